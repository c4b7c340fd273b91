//! How a report names a person: by the name people know them by, with the id beside it
//! only where two people of the map share that name (`张工 (zhang2)`), and by the id
//! alone for someone with no name. One rule for every human-readable writer (text,
//! Markdown, the HTML report, the workbook plan, diff and what-if); ids on their own
//! belong in JSON.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::i18n::{Arg, Msg};
use crate::model::{Map, Person, PersonIx};

/// A person's name for people: the display name, `name (id)` when `shared`.
pub fn label(name: &str, id: &str, shared: bool) -> String {
    if shared && name != id { format!("{name} ({id})") } else { name.to_string() }
}

/// Names people of one map. Building counts the display names, O(P); looking a person
/// up by id builds an index of ids the first time, O(P), then O(1).
pub struct Namer<'a> {
    map: &'a Map,
    count: FxHashMap<&'a str, u32>,
    shared: bool,
    index: OnceLock<FxHashMap<&'a str, PersonIx>>,
}

impl<'a> Namer<'a> {
    /// The namer of a map. O(P).
    pub fn new(map: &'a Map) -> Namer<'a> {
        let mut count: FxHashMap<&str, u32> = FxHashMap::default();
        count.reserve(map.people.len());
        for p in &map.people {
            *count.entry(p.display_name()).or_insert(0) += 1;
        }
        let shared = count.values().any(|&c| c > 1);
        Namer { map, count, shared, index: OnceLock::new() }
    }

    /// Do two people of the map go by any one name?
    pub fn any_shared(&self) -> bool {
        self.shared
    }

    /// Does anyone else go by this person's name?
    pub fn is_shared(&self, p: &Person) -> bool {
        // Most maps share no name: then nothing is looked up.
        self.shared && self.count.get(p.display_name()).copied().unwrap_or(0) > 1
    }

    /// The person's name, with the id beside it when the name is shared.
    pub fn person(&self, p: &Person) -> String {
        label(p.display_name(), &p.id, self.is_shared(p))
    }

    /// The person at this index.
    pub fn ix(&self, ix: PersonIx) -> String {
        self.map.people.get(ix).map(|p| self.person(p)).unwrap_or_default()
    }

    /// The person with this id; the id itself when no one has it.
    pub fn id(&self, id: &str) -> String {
        let index = self
            .index
            .get_or_init(|| self.map.people.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect());
        index.get(id).map_or_else(|| id.to_string(), |&i| self.ix(i))
    }

    /// The labels of these people, for a report to carry to its writers. O(n log n).
    pub fn labels(&self, people: impl IntoIterator<Item = PersonIx>) -> Labels {
        let set: BTreeSet<PersonIx> = people.into_iter().filter(|&i| i < self.map.people.len()).collect();
        Labels(set.into_iter().map(|i| (self.map.people[i].id.clone(), self.ix(i))).collect())
    }

    /// Puts the id beside a person's name in a message where the name is shared: every
    /// parameter `X` with a sibling `X_id`, and a `route` beside its `route_ids`, nested
    /// messages included. Nothing to do (and O(1)) when no names are shared.
    pub fn disambiguate(&self, m: &mut Msg) {
        if !self.shared {
            return;
        }
        self.rewrite(m);
    }

    fn rewrite(&self, m: &mut Msg) {
        let ids: BTreeMap<String, Arg> = m
            .args
            .iter()
            .filter_map(|(k, v)| {
                k.strip_suffix("_id").or(k.strip_suffix("_ids")).map(|b| (b.to_string(), v.clone()))
            })
            .collect();
        for (k, v) in &mut m.args {
            match (ids.get(*k), &mut *v) {
                (Some(Arg::Str(id)), Arg::Str(name)) => *name = self.id(id),
                (Some(Arg::List(list)), Arg::Str(route)) if *k == "route" => {
                    let names: Vec<String> = list
                        .iter()
                        .map(|a| if let Arg::Str(id) = a { self.id(id) } else { String::new() })
                        .collect();
                    *route = names.join(" → ");
                }
                (_, Arg::Msg(inner)) => self.rewrite(inner),
                (_, Arg::List(items)) => {
                    for a in items {
                        if let Arg::Msg(inner) = a {
                            self.rewrite(inner);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// People's names as a report's writers show them, by id (see [`Namer`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Labels(BTreeMap<String, String>);

impl Labels {
    /// The name of the person with this id; the id when the report does not know it.
    pub fn of<'s>(&'s self, id: &'s str) -> &'s str {
        self.0.get(id).map_or(id, String::as_str)
    }

    /// Names the person with this id.
    pub fn insert(&mut self, id: String, label: String) {
        self.0.insert(id, label);
    }

    /// A route by names: `赵总 → 黄主任`.
    pub fn route(&self, ids: &[String]) -> String {
        self.list(ids, " → ")
    }

    /// Names joined with `sep`.
    pub fn list(&self, ids: &[String], sep: &str) -> String {
        ids.iter().map(|id| self.of(id)).collect::<Vec<_>>().join(sep)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_json_str;

    fn two_zhangs() -> Map {
        let doc = r#"{"people":[
            {"id":"zhang1","name":"张工"},{"id":"zhang2","name":"张工"},
            {"id":"huang","name":"黄主任"},{"id":"anon"}]}"#;
        load_json_str(doc, "m").unwrap().map
    }

    #[test]
    fn the_id_stands_beside_a_name_only_when_two_people_share_it() {
        let m = two_zhangs();
        let n = Namer::new(&m);
        assert!(n.any_shared());
        assert_eq!(n.id("zhang2"), "张工 (zhang2)");
        assert_eq!(n.id("huang"), "黄主任");
        assert_eq!(n.id("anon"), "anon");
        assert_eq!(n.id("nobody"), "nobody");
        let l = n.labels([0, 2, 99]);
        assert_eq!(l.route(&["huang".into(), "zhang1".into(), "x".into()]), "黄主任 → 张工 (zhang1) → x");
    }

    #[test]
    fn messages_name_the_one_of_two_namesakes_they_mean() {
        let m = two_zhangs();
        let n = Namer::new(&m);
        let inner = Msg::new("k").arg("who", "张工").arg("who_id", "zhang2");
        let mut msg = Msg::new("k")
            .arg("from", "张工")
            .arg("from_id", "zhang1")
            .arg("to", "黄主任")
            .arg("to_id", "huang")
            .arg("route", "张工 → 黄主任")
            .arg("route_ids", vec!["zhang2", "huang"])
            .arg("why", inner);
        n.disambiguate(&mut msg);
        let s = |k: &str| msg.args.iter().find(|(a, _)| *a == k).map(|(_, v)| v.clone());
        assert_eq!(s("from"), Some(Arg::Str("张工 (zhang1)".into())));
        assert_eq!(s("to"), Some(Arg::Str("黄主任".into())));
        assert_eq!(s("route"), Some(Arg::Str("张工 (zhang2) → 黄主任".into())));
        let Some(Arg::Msg(w)) = s("why") else { panic!("nested") };
        assert_eq!(w.args[0].1, Arg::Str("张工 (zhang2)".into()));
    }
}
