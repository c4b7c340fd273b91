//! Fair matching (issue 16, item 1; issue 15, item 4): people paired by name, title,
//! unit, role and ties together; units by name and by the people and sub-units in
//! them; Traditional names; a correct answer never both missing and extra; any
//! renaming of ids and units in a key grades 100; the indexed matcher gives the
//! exhaustive matcher's result. Also the example map and the exercise key agree
//! (item 2), explanations per field (item 3) and template leftovers (item 4).

use powermap::load::{MapSource, load, load_json_str};
use powermap::model::Map;
use powermap::train::exercise::{EXERCISES, key_map};
use powermap::train::grade::{Grade, ItemKind, Subject, grade};
use powermap::train::matching::{TITLE_WEIGHT, by_name};
use powermap::train::names::{NameKey, assign, dice, fold, in_lang, name_score};
use powermap::vocab::{Lang, Section};
use proptest::prelude::*;

fn map(json: &str) -> Map {
    load_json_str(json, "t").unwrap_or_else(|e| panic!("{json}: {e:?}")).map
}

/// Every subject both missing and extra in one section: a correct answer taught wrong.
fn missing_and_extra(g: &Grade) -> Vec<String> {
    let name = |s: &Subject| match s {
        Subject::Name(n) => n.clone(),
        Subject::Tie { from, to, .. } => format!("{from}→{to}"),
    };
    let mut out = Vec::new();
    for m in g.items.iter().filter(|i| i.kind == ItemKind::Missing) {
        if g.items.iter().any(|e| e.kind == ItemKind::Extra && e.section == m.section) {
            out.push(format!("{:?} {}", m.section, name(&m.subject)));
        }
    }
    out
}

fn score(g: &Grade, s: Section) -> Option<f64> {
    g.sections.iter().find(|x| x.section == s).map(|x| x.score)
}

/// (what it shows, key, attempt, key id, the attempt id it must pair with)
const PAIRS: &[(&str, &str, &str, &str, &str)] = &[
    (
        "a placeholder in the key pairs with the trainee's person who plays that part",
        r#"{"units":[{"id":"bureau","name":"华北局"},{"id":"di","name":"华北电力设计院","parent":"bureau"},{"id":"prod","name":"生技部","parent":"bureau"}],
            "people":[{"id":"liu","name":"刘工","unit":"prod","roles":["decision_maker"]},
                      {"id":"dc","name":"设计院继保设计负责人（待查）","unit":"di","roles":["spec_writer"],"optional":true}],
            "ties":[{"from":"dc","to":"liu","kind":"influences"}]}"#,
        r#"{"units":[{"id":"b","name":"华北局"},{"id":"s","name":"设计院","parent":"b"},{"id":"p","name":"生技部","parent":"b"}],
            "people":[{"id":"l","name":"刘工","unit":"p","roles":["decision_maker"]},
                      {"id":"x","name":"设计院负责人","unit":"s","roles":["spec_writer"]}],
            "ties":[{"from":"x","to":"l","kind":"influences"}]}"#,
        "dc",
        "x",
    ),
    (
        "a placeholder pairs through its ties and roles when the trainee drew no units",
        r#"{"people":[{"id":"huang","name":"黄主任","roles":["decision_maker"]},
                      {"id":"boss","name":"局领导（待查）","roles":["approver"]}],
            "ties":[{"from":"huang","to":"boss","kind":"reports_to"}]}"#,
        r#"{"people":[{"id":"h","name":"黄主任","roles":["decision_maker"]},
                      {"id":"z","name":"分管副局长","roles":["approver"]}],
            "ties":[{"from":"h","to":"z","kind":"reports_to"}]}"#,
        "boss",
        "z",
    ),
    (
        "Traditional characters match Simplified ones",
        r#"{"people":[{"id":"huang","name":"黄主任","title":"继保处主任"},{"id":"liu","name":"刘工"}]}"#,
        r#"{"people":[{"id":"a","name":"劉工"},{"id":"b","name":"黃主任","title":"繼保處主任"}]}"#,
        "huang",
        "b",
    ),
    (
        "an English name matches the bilingual key's English half",
        r#"{"people":[{"id":"huang","name":"黄主任 Director Huang"}]}"#,
        r#"{"people":[{"id":"x","name":"Huang"}]}"#,
        "huang",
        "x",
    ),
];

#[test]
fn people_who_play_the_same_part_pair_and_are_never_missing_and_extra() {
    for (what, key, att, k, a) in PAIRS {
        let (key, att) = (map(key), map(att));
        let g = grade(&key, &att, Lang::Zh);
        let m = g.matches.iter().find(|m| m.key == *k).unwrap();
        assert_eq!(m.attempt.as_deref(), Some(*a), "{what}: {:?}", g.matches);
        assert!(missing_and_extra(&g).is_empty(), "{what}: {:?}", missing_and_extra(&g));
        assert_eq!(g.total, 100.0, "{what}: {:?}", g.items);
    }
}

#[test]
fn different_people_stay_apart() {
    // A named key person is not given to a trainee's person of another unit and role.
    let key = map(r#"{"units":[{"id":"a","name":"生技部"},{"id":"b","name":"基建部"}],
            "people":[{"id":"liu","name":"刘工","unit":"a","roles":["decision_maker"]},{"id":"ma","name":"马工","unit":"b","roles":["evaluator"]}]}"#);
    let att = map(r#"{"units":[{"id":"a","name":"生技部"},{"id":"b","name":"基建部"}],
            "people":[{"id":"l","name":"刘工","unit":"a","roles":["decision_maker"]},{"id":"w","name":"王工","unit":"a","roles":["user"]}]}"#);
    let g = grade(&key, &att, Lang::Zh);
    assert_eq!(g.matches[1].attempt, None, "{:?}", g.matches);
}

#[test]
fn units_without_names_match_by_the_people_and_units_in_them() {
    let key = map(
        r#"{"units":[{"id":"bureau","name":"华北局"},{"id":"dispatch","name":"网络调度中心","parent":"bureau"},
                     {"id":"relay","name":"继保处","parent":"dispatch"},{"id":"prod","name":"生技部","parent":"bureau"}],
            "people":[{"id":"huang","name":"黄主任","unit":"relay"},{"id":"liu","name":"刘工","unit":"prod"},{"id":"boss","name":"局领导","unit":"bureau"}]}"#,
    );
    let att = map(
        r#"{"units":[{"id":"huabei"},{"id":"diaodu","parent":"huabei"},{"id":"jibao","parent":"diaodu"},{"id":"shengji","parent":"huabei"}],
            "people":[{"id":"h","name":"黄主任","unit":"jibao"},{"id":"l","name":"刘工","unit":"shengji"},{"id":"b","name":"局领导","unit":"huabei"}]}"#,
    );
    let g = grade(&key, &att, Lang::Zh);
    assert_eq!(score(&g, Section::Units), Some(100.0), "{:?}", g.items);
    assert!(missing_and_extra(&g).is_empty());
    let found = g.items.iter().find(|i| i.section == Section::Units).unwrap();
    assert!(found.message.render(Lang::En).contains("huabei"), "shows what the trainee wrote");
}

/// The key with every person's and unit's id renamed and every unit renamed: pinyin
/// ids, names of the trainee's own.
fn renamed(key: &Map, ids: &[usize], units: &[usize], named: bool) -> Map {
    let mut m = key.clone();
    m.grading = Default::default();
    for (p, &n) in m.people.iter_mut().zip(ids) {
        p.id = format!("p{n}");
    }
    for (u, &n) in m.units.iter_mut().zip(units) {
        u.id = format!("u{n}");
        u.name = named.then(|| format!("部门{n}"));
    }
    m
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn any_renaming_of_ids_and_units_in_a_key_grades_100(
        which in 0..EXERCISES.len(),
        order in Just((0..64).collect::<Vec<usize>>()).prop_shuffle(),
        named in any::<bool>(),
    ) {
        let key = key_map(EXERCISES[which].name).unwrap();
        let units: Vec<usize> = order.iter().rev().copied().collect();
        let att = renamed(&key, &order, &units, named);
        let g = grade(&key, &att, Lang::En);
        prop_assert_eq!(g.total, 100.0, "{}: {:?}", EXERCISES[which].name, g.items);
    }

    #[test]
    fn the_indexed_matcher_gives_the_exhaustive_result(
        keys in proptest::collection::vec((0usize..NAMES.len(), 0usize..TITLES.len()), 0..14),
        tries in proptest::collection::vec((0usize..NAMES.len(), 0usize..TITLES.len()), 0..14),
    ) {
        let people = |v: &[(usize, usize)]| -> Vec<powermap::model::Person> {
            v.iter().enumerate().map(|(i, &(n, t))| {
                let mut p = powermap::model::Person::new(format!("x{i}"));
                p.name = Some(NAMES[n].to_string());
                p.title = Some(TITLES[t].to_string());
                p
            }).collect()
        };
        let (k, a) = (people(&keys), people(&tries));
        let kn: Vec<(NameKey, String)> = k.iter().map(|p| (NameKey::new(p.display_name()), fold(p.title.as_deref().unwrap()))).collect();
        let an: Vec<(NameKey, String)> = a.iter().map(|p| (NameKey::new(p.display_name()), fold(p.title.as_deref().unwrap()))).collect();
        let exhaustive = assign(k.len(), a.len(), |r, c| {
            let s = name_score(&kn[r].0, &an[c].0);
            if s > 0.0 { s + TITLE_WEIGHT * dice(&kn[r].1, &an[c].1) } else { 0.0 }
        });
        prop_assert_eq!(by_name(&k, &a), exhaustive);
    }
}

/// Names that pair in every way the scorer knows: the same, titles, surnames, Latin
/// words and initials, descriptions of unnamed people, Traditional script.
const NAMES: &[&str] = &[
    "黄主任",
    "黄",
    "黃主任",
    "黄伟",
    "黄工",
    "王黄",
    "刘工",
    "劉工",
    "欧阳明",
    "欧阳主任",
    "Director Huang",
    "Huang",
    "Huang Wei",
    "Wei Huang",
    "S. Hale",
    "Sarah Hale",
    "Dr. Sarah Hale",
    "Sarah",
    "Hall",
    "招标中心联系人（待查）",
    "招标中心联系人",
    "局领导",
    "华北局领导（待查）",
    "设计院继保负责人",
    "设计院",
    "黄主任 Director Huang",
    "Person 1",
    "Person 12",
    "Person 2",
];
const TITLES: &[&str] = &["", "主任", "继保处主任", "工程师", "Director", "总经理"];

#[test]
fn the_example_map_and_the_exercise_key_agree() {
    let key = key_map("north-china-grid").unwrap();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/data/");
    for form in ["north-china-grid.json", "north-china-grid"] {
        let path = std::path::PathBuf::from(root).join(form);
        let data = load(&MapSource::Path(path)).unwrap().map;
        let differences = compare(&key, &data);
        assert!(differences.is_empty(), "{form}: the key differs without saying why: {differences:#?}");
    }
}

/// Every shared fact on which the key and the map differ and the key gives no reason.
/// A person's unit may be coarser in the key (an ancestor of the map's).
fn compare(key: &Map, data: &Map) -> Vec<String> {
    let zh = |s: &str| in_lang(s, Lang::Zh).to_string();
    let mut out = Vec::new();
    let data_units: Vec<String> = data.units.iter().map(|u| zh(u.display_name())).collect();
    for u in &key.units {
        if !data_units.contains(&zh(u.display_name())) {
            out.push(format!("unit {}", u.id));
        }
    }
    for (k, kp) in key.people.iter().enumerate() {
        let Some(dp) = data.people.iter().find(|p| p.id == kp.id) else { continue };
        let note = key.grading.person(k);
        let why = |f: fn(&powermap::model::ItemNote) -> bool| note.is_some_and(f);
        let mut roles = (kp.roles.clone(), dp.roles.clone());
        roles.0.sort();
        roles.1.sort();
        if roles.0 != roles.1 && !why(|n| n.explain_roles.is_some()) {
            out.push(format!("{}: roles", kp.id));
        }
        if kp.stance != dp.stance && !why(|n| n.explain_stance.is_some()) {
            out.push(format!("{}: stance", kp.id));
        }
        if kp.relationship != dp.relationship && !why(|n| n.explain_relationship.is_some()) {
            out.push(format!("{}: relationship", kp.id));
        }
        if kp.side != dp.side {
            out.push(format!("{}: side", kp.id));
        }
        let ku = kp.unit.map(|u| zh(key.units[u].display_name()));
        let mut du = dp.unit;
        let mut within = ku.is_none() && du.is_none();
        while let Some(u) = du {
            within |= Some(zh(data.units[u].display_name())) == ku;
            du = data.units[u].parent;
        }
        if !within {
            out.push(format!("{}: unit", kp.id));
        }
    }
    let tie = |m: &Map, t: &powermap::model::Tie| {
        (m.people[t.from].id.clone(), m.people[t.to].id.clone(), t.kind, t.dotted)
    };
    let key_ties: Vec<_> = key.ties.iter().map(|t| tie(key, t)).collect();
    let data_ties: Vec<_> = data.ties.iter().map(|t| tie(data, t)).collect();
    for (i, t) in key_ties.iter().enumerate() {
        if !data_ties.contains(t) && key.grading.tie(i).is_none_or(|n| n.explain.is_none()) {
            out.push(format!("tie {t:?} only in the key"));
        }
    }
    let shared = |id: &str| key.people.iter().any(|p| p.id == id);
    for t in &data_ties {
        if shared(&t.0) && shared(&t.1) && !key_ties.contains(t) {
            out.push(format!("tie {t:?} only in the map"));
        }
    }
    out
}

#[test]
fn feedback_explains_the_field_that_is_wrong() {
    let key = map(
        r#"{"people":[{"id":"liu","name":"刘工","roles":["decision_maker"],"stance":"skeptic","relationship":1,
            "explain":"general","explain_roles":"about roles","explain_stance":"about stance","explain_relationship":"about the stage"}]}"#,
    );
    let att =
        map(r#"{"people":[{"id":"l","name":"刘工","roles":["user"],"stance":"skeptic","relationship":3}]}"#);
    let g = grade(&key, &att, Lang::En);
    let explain = |s: Section| g.items.iter().find(|i| i.section == s).and_then(|i| i.explain.clone());
    assert_eq!(explain(Section::Roles).as_deref(), Some("about roles"));
    assert_eq!(explain(Section::Relationships).as_deref(), Some("about the stage"));
    assert_eq!(explain(Section::Stances), None, "the stance is right: nothing said");
    let roles = g.items.iter().find(|i| i.section == Section::Roles).unwrap().message.render(Lang::En);
    assert!(roles.contains("about roles") && !roles.contains("about stance"), "{roles}");
    // A key without per-field explanations keeps the person's one explanation.
    let key = map(r#"{"people":[{"id":"liu","name":"刘工","stance":"skeptic","explain":"general"}]}"#);
    // (A wrong stance: found items are counted, not listed.)
    let att = map(r#"{"people":[{"id":"l","name":"刘工","stance":"neutral"}]}"#);
    let g = grade(&key, &att, Lang::En);
    assert_eq!(
        g.items.iter().find(|i| i.section == Section::Stances).unwrap().explain.as_deref(),
        Some("general")
    );
}

#[test]
fn template_leftovers_are_flagged_as_such() {
    let key = map(
        r#"{"units":[{"id":"bureau","name":"华北局"}],"people":[{"id":"huang","name":"黄主任","unit":"bureau"}]}"#,
    );
    let att = map(
        r#"{"account":"示例客户公司","units":[{"id":"b","name":"华北局"},{"id":"company","name":"客户公司"},{"id":"equipment","name":"设备部","parent":"company"}],
            "people":[{"id":"h","name":"黄主任","unit":"b"},{"id":"zhang","name":"张总","title":"总经理","unit":"company"}]}"#,
    );
    let g = grade(&key, &att, Lang::Zh);
    let leftovers: Vec<String> = g
        .items
        .iter()
        .filter(|i| i.message.key == "grade-leftover")
        .map(|i| i.subject.render(Lang::Zh))
        .collect();
    assert_eq!(leftovers, ["张总", "示例客户公司", "客户公司", "设备部"], "{:?}", g.items);
    assert!(
        g.items
            .iter()
            .find(|i| i.message.key == "grade-leftover")
            .unwrap()
            .message
            .render(Lang::Zh)
            .contains("模板")
    );
}
