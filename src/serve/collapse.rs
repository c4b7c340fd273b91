//! Collapsed units on the workspace's diagram. A collapsed unit is drawn as one box
//! standing for everyone in it and its sub-units ("Dispatch (12)"); ties to and from
//! them go to the box. It is a way of looking, not an edit: the analysis is always of
//! the whole map (the stars, the route and who is reached are worked out on it and
//! then carried to the boxes), and the document is never touched.
//!
//! Maps above [`BIG_MAP`] people open with every unit below the top collapsed (every
//! unit, when none has a parent).

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{Map, Person, PersonIx};
use crate::render::Overlay;

/// Above this many people a map opens collapsed.
pub const BIG_MAP: usize = 60;

/// The units a map opens with collapsed: none for a small map.
pub fn initial(map: &Map) -> BTreeSet<String> {
    if map.people.len() <= BIG_MAP {
        return BTreeSet::new();
    }
    let nested = map.units.iter().any(|u| u.parent.is_some());
    map.units.iter().filter(|u| !nested || u.parent.is_some()).map(|u| u.id.clone()).collect()
}

/// What one drawn box stands for: a person, or a collapsed unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shown {
    /// A person of the map, by index.
    Person(PersonIx),
    /// A collapsed unit (by id), and how many people it holds.
    Unit(String, usize),
}

/// The map as drawn with `collapsed` units folded, what each drawn person stands for,
/// and the overlay carried over to it. O(P · depth + T log T).
pub fn fold(map: &Map, collapsed: &BTreeSet<String>, overlay: &Overlay) -> (Map, Vec<Shown>, Overlay) {
    // For each unit, its outermost collapsed enclosing unit (itself included).
    let top: Vec<Option<usize>> = (0..map.units.len())
        .map(|u| {
            let mut best = None;
            let mut cur = Some(u);
            let mut steps = 0;
            while let Some(c) = cur {
                if collapsed.contains(&map.units[c].id) {
                    best = Some(c);
                }
                cur = map.units[c].parent;
                steps += 1;
                if steps > map.units.len() {
                    break;
                }
            }
            best
        })
        .collect();
    let mut out = map.clone();
    out.people.clear();
    out.ties.clear();
    out.grading = Default::default();
    let mut shown = Vec::new();
    let mut box_of: BTreeMap<usize, usize> = BTreeMap::new();
    let mut new_ix = vec![0usize; map.people.len()];
    for (i, p) in map.people.iter().enumerate() {
        match p.unit.and_then(|u| top[u]) {
            Some(c) => {
                let ix = *box_of.entry(c).or_insert_with(|| {
                    let u = &map.units[c];
                    let mut b = Person::new(format!("unit:{}", u.id));
                    b.unit = Some(c);
                    out.people.push(b);
                    shown.push(Shown::Unit(u.id.clone(), 0));
                    out.people.len() - 1
                });
                if let Shown::Unit(_, n) = &mut shown[ix] {
                    *n += 1;
                }
                new_ix[i] = ix;
            }
            None => {
                out.people.push(p.clone());
                shown.push(Shown::Person(i));
                new_ix[i] = out.people.len() - 1;
            }
        }
    }
    for (c, &ix) in &box_of {
        if let Shown::Unit(_, n) = &shown[ix] {
            out.people[ix].name = Some(format!("{} ({n})", map.units[*c].display_name()));
        }
    }
    let mut seen = BTreeSet::new();
    for t in &map.ties {
        let (f, to) = (new_ix[t.from], new_ix[t.to]);
        if f != to && seen.insert((f, to, t.kind)) {
            let mut t = t.clone();
            t.from = f;
            t.to = to;
            out.ties.push(t);
        }
    }
    let carried = carry(overlay, &new_ix, &shown, out.people.len());
    (out, shown, carried)
}

/// The overlay of the whole map carried to the folded one: stars stay on people still
/// drawn, the route runs through the boxes, a box counts as reached when anyone in it is.
fn carry(overlay: &Overlay, new_ix: &[usize], shown: &[Shown], n: usize) -> Overlay {
    let top = overlay
        .top
        .iter()
        .filter(|&&p| matches!(shown.get(new_ix[p]), Some(Shown::Person(_))))
        .map(|&p| new_ix[p])
        .collect();
    let mut path: Vec<usize> = Vec::new();
    for &p in &overlay.path {
        if path.last() != Some(&new_ix[p]) {
            path.push(new_ix[p]);
        }
    }
    let reached = if overlay.reached.is_empty() {
        Vec::new()
    } else {
        let mut r = vec![false; n];
        for (old, &ix) in new_ix.iter().enumerate() {
            r[ix] |= overlay.reached.get(old).copied().unwrap_or(false);
        }
        r
    };
    Overlay { top, path, reached, sections: Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nc() -> Map {
        crate::load::load_json_str(crate::load::EMBEDDED_MAP, "nc").unwrap().map
    }

    #[test]
    fn a_collapsed_unit_is_one_box_with_its_ties() {
        let map = nc();
        let (folded, shown, _) = fold(&map, &BTreeSet::new(), &Overlay::default());
        assert_eq!(folded.people.len(), map.people.len());
        assert!(shown.iter().all(|s| matches!(s, Shown::Person(_))));
        let unit = map.people[map.person_ix("liu").unwrap()].unit.unwrap();
        let uid = map.units[unit].id.clone();
        let inside = map.people.iter().filter(|p| p.unit == Some(unit)).count();
        let (folded, shown, _) = fold(&map, &[uid.clone()].into(), &Overlay::default());
        let boxes: Vec<_> = shown.iter().filter(|s| matches!(s, Shown::Unit(..))).collect();
        assert_eq!(boxes, vec![&Shown::Unit(uid.clone(), inside)]);
        assert_eq!(folded.people.len(), map.people.len() - inside + 1);
        let b = folded.person_ix(&format!("unit:{uid}")).unwrap();
        assert!(folded.ties.iter().any(|t| t.from == b || t.to == b));
        assert!(folded.ties.iter().all(|t| t.from != t.to));
        // Nothing of the map is lost: the folded map still loads as a map would.
        assert!(crate::whatif::load_doc(&crate::whatif::to_doc(&folded), "x").is_ok());
    }

    #[test]
    fn only_big_maps_open_collapsed() {
        assert!(initial(&nc()).is_empty());
        let mut big = nc();
        for i in 0..BIG_MAP {
            let mut p = Person::new(format!("extra{i}"));
            p.unit = big.units.iter().position(|u| u.parent.is_some());
            big.people.push(p);
        }
        let c = initial(&big);
        assert!(!c.is_empty());
        assert!(c.iter().all(|id| big.units.iter().any(|u| &u.id == id && u.parent.is_some())));
    }
}
