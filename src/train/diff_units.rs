//! How a map's units changed between two versions: units added and gone, renamed, or
//! moved under another parent. Units are matched by id.

use std::collections::BTreeMap;

use super::diff::{UnitChange, UnitRef};
use crate::model::{Map, Unit};

fn unit_ref(u: &Unit) -> UnitRef {
    UnitRef { id: u.id.clone(), name: u.display_name().to_string() }
}

/// Units added, gone and changed (renamed or moved), each sorted by id. O(U log U).
pub(crate) fn unit_changes(old: &Map, new: &Map) -> (Vec<UnitRef>, Vec<UnitRef>, Vec<UnitChange>) {
    fn by_id(m: &Map) -> BTreeMap<&str, &Unit> {
        m.units.iter().map(|u| (u.id.as_str(), u)).collect()
    }
    let (bo, bn) = (by_id(old), by_id(new));
    let added = bn.iter().filter(|(id, _)| !bo.contains_key(*id)).map(|(_, u)| unit_ref(u)).collect();
    let gone = bo.iter().filter(|(id, _)| !bn.contains_key(*id)).map(|(_, u)| unit_ref(u)).collect();
    let parent = |m: &Map, u: &Unit| u.parent.and_then(|p| m.units.get(p)).map(unit_ref);
    let mut changed = Vec::new();
    for (id, nu) in &bn {
        let Some(ou) = bo.get(id) else { continue };
        let (op, np) = (parent(old, ou), parent(new, nu));
        let moved = op.as_ref().map(|u| &u.id) != np.as_ref().map(|u| &u.id);
        let renamed = ou.display_name() != nu.display_name();
        if moved || renamed {
            changed.push(UnitChange {
                unit: unit_ref(nu),
                old_name: renamed.then(|| ou.display_name().to_string()),
                old_parent: moved.then_some(op),
                new_parent: moved.then_some(np),
            });
        }
    }
    (added, gone, changed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_json_str;

    #[test]
    fn units_added_gone_renamed_and_moved() {
        let a = load_json_str(
            r#"{"units":[{"id":"hq","name":"HQ"},{"id":"it","name":"IT","parent":"hq"},{"id":"old","name":"Old"}],
                "people":[{"id":"a","unit":"it"}]}"#,
            "a",
        )
        .unwrap()
        .map;
        let b = load_json_str(
            r#"{"units":[{"id":"hq","name":"HQ"},{"id":"it","name":"Informatics"},{"id":"new","name":"New","parent":"hq"}],
                "people":[{"id":"a","unit":"it"}]}"#,
            "b",
        )
        .unwrap()
        .map;
        let (added, gone, changed) = unit_changes(&a, &b);
        assert_eq!(added.iter().map(|u| u.id.as_str()).collect::<Vec<_>>(), ["new"]);
        assert_eq!(gone.iter().map(|u| u.id.as_str()).collect::<Vec<_>>(), ["old"]);
        assert_eq!(changed.len(), 1, "{changed:?}");
        assert_eq!(changed[0].old_name.as_deref(), Some("IT"));
        assert_eq!(changed[0].old_parent, Some(Some(UnitRef { id: "hq".into(), name: "HQ".into() })));
        assert_eq!(changed[0].new_parent, Some(None));
    }
}
