//! Next steps as a coach would judge them: one scale (power at stake × reliability of
//! the way × urgency), the levers the method teaches (a blocker's boss, our executive
//! for a top person nobody knows, our only contact as a coach, conflict ties), and
//! people off limits (`contact: do_not_contact`) in the loaders, routes and steps.

use powermap::analysis::next_steps::COLD_APPROACH;
use powermap::analysis::risks::RiskKind;
use powermap::analysis::{AnalyzeOptions, NextStep, Report, analyze};
use powermap::graph::OrgGraph;
use powermap::load::workbook::load_workbook_bytes;
use powermap::load::{MapSource, load};
use powermap::model::Map;
use powermap::sheets::{self, Layout, Part};
use powermap::vocab::{Contact, Lang};

use crate::common::{load_csv, load_json, ok};

fn map(people: &str, ties: &str) -> Map {
    ok(load_json(&format!(r#"{{ "people": [ {people} ], "ties": [ {ties} ] }}"#))).map
}

fn all(map: &Map) -> Report {
    analyze(&OrgGraph::new(map), &AnalyzeOptions { top: 0, k: 3, ..AnalyzeOptions::default() })
}

fn step<'r>(r: &'r Report, kind: &str, target: &str) -> &'r NextStep {
    r.next_steps
        .iter()
        .find(|s| s.kind == kind && s.target.as_deref() == Some(target))
        .unwrap_or_else(|| panic!("no {kind} step to {target}: {:#?}", r.next_steps))
}

#[test]
fn asking_a_supporter_to_speak_for_us_beats_a_second_thread_and_a_weak_chain() {
    // Y decides; X, a supporter we know well, sways Y strongly. Z also decides, but the
    // only way to Z is a long chain of weak ties through strangers (about 4 %). All we
    // reach hangs on "me": single-threaded.
    let m = map(
        r#"{"id": "boss", "roles": ["approver"], "level": 1},
           {"id": "y", "roles": ["decision_maker"]},
           {"id": "z", "roles": ["decision_maker"]},
           {"id": "x", "stance": "supporter", "relationship": 3},
           {"id": "a"}, {"id": "b"}, {"id": "c"},
           {"id": "me", "side": "ours"}"#,
        r#"{"from": "y", "to": "boss", "kind": "reports_to"},
           {"from": "z", "to": "boss", "kind": "reports_to"},
           {"from": "x", "to": "y", "kind": "reports_to"},
           {"from": "x", "to": "y", "kind": "influences", "strength": 3},
           {"from": "me", "to": "x", "kind": "knows", "strength": 3},
           {"from": "me", "to": "a", "kind": "knows", "strength": 1},
           {"from": "a", "to": "b", "kind": "knows", "strength": 1},
           {"from": "b", "to": "c", "kind": "knows", "strength": 1},
           {"from": "c", "to": "z", "kind": "knows", "strength": 1}"#,
    );
    let r = all(&m);
    let speak = step(&r, "use_supporter", "y");
    assert_eq!(speak.via.last().map(String::as_str), Some("x"));
    assert_eq!(speak.action.key, "step-speak-for-us");
    // The chain to z is below the cold approach: no "get introduced" along it.
    assert!(
        r.next_steps.iter().all(|s| s.kind != "reach" || s.reliability >= COLD_APPROACH),
        "{:#?}",
        r.next_steps
    );
    let z = r.next_steps.iter().find(|s| s.target.as_deref() == Some("z")).expect("a step about z");
    assert_ne!(z.action.key, "step-introduce", "{z:#?}");
    assert!(speak.rank < z.rank, "{:#?}", r.next_steps);
    for s in r.next_steps.iter().filter(|s| s.kind == "second_thread") {
        assert!(speak.rank < s.rank, "{:#?}", r.next_steps);
    }
    // One scale: every priority is the product of its factors, no fixed constants.
    for s in &r.next_steps {
        let want = s.power * s.reliability * s.urgency;
        assert!((s.priority - want).abs() < 0.2, "{s:#?}");
    }
}

#[test]
fn every_step_names_a_person_and_a_way_with_its_reliability() {
    let map = ok(load(&MapSource::Embedded)).map;
    let r = all(&map);
    assert!(!r.next_steps.is_empty());
    for s in &r.next_steps {
        assert!(s.action.get("reliability").is_some(), "{s:#?}");
        assert!((0.0..=1.0).contains(&s.reliability), "{s:#?}");
        let named = s.target.is_some() || !s.via.is_empty();
        assert!(named || s.action.key == "step-find-contact", "{s:#?}");
        for lang in [Lang::En, Lang::Zh, Lang::ZhHant] {
            let text = s.action.render(lang);
            assert!(text.contains(&format!("{:.2}", s.reliability)), "{text}");
        }
    }
}

#[test]
fn a_blockers_supportive_boss_brings_them_round() {
    let m = map(
        r#"{"id": "head", "roles": ["approver"], "stance": "supporter", "relationship": 3, "level": 1},
           {"id": "liu", "roles": ["decision_maker"], "stance": "opponent", "favors": "Acme"},
           {"id": "me", "side": "ours"}"#,
        r#"{"from": "liu", "to": "head", "kind": "reports_to"},
           {"from": "me", "to": "head", "kind": "knows", "strength": 3}"#,
    );
    let r = all(&m);
    let s = step(&r, "handle_blocker", "liu");
    assert_eq!(s.action.key, "step-boss-brings-round", "{s:#?}");
    assert_eq!(s.via, ["me", "head"]);
    assert!(s.action.render(Lang::En).contains("head"));
}

#[test]
fn our_executive_meets_a_top_person_nobody_knows() {
    // Nobody of ours knows the CEO, and no route leads to him.
    let m = map(
        r#"{"id": "ceo", "roles": ["approver"], "level": 1},
           {"id": "eng", "stance": "supporter", "relationship": 2},
           {"id": "our_vp", "side": "ours", "level": 1},
           {"id": "me", "side": "ours"}"#,
        r#"{"from": "me", "to": "our_vp", "kind": "reports_to"},
           {"from": "me", "to": "eng", "kind": "knows", "strength": 2}"#,
    );
    let r = all(&m);
    let s = step(&r, "bring_executive", "ceo");
    assert_eq!(s.action.key, "step-exec-to-exec");
    assert_eq!(s.via, ["our_vp"]);
    assert!(s.action.render(Lang::Zh).contains("高层对高层"));
}

#[test]
fn a_weak_route_becomes_a_better_way_in_with_concrete_options() {
    let m = map(
        r#"{"id": "ceo", "roles": ["approver"], "level": 1},
           {"id": "dm", "roles": ["decision_maker"]},
           {"id": "a"}, {"id": "b"},
           {"id": "p", "side": "partner"},
           {"id": "me", "side": "ours"}"#,
        r#"{"from": "dm", "to": "ceo", "kind": "reports_to"},
           {"from": "a", "to": "ceo", "kind": "reports_to"},
           {"from": "b", "to": "ceo", "kind": "reports_to"},
           {"from": "me", "to": "a", "kind": "knows", "strength": 1},
           {"from": "a", "to": "b", "kind": "knows", "strength": 1},
           {"from": "b", "to": "dm", "kind": "knows", "strength": 1},
           {"from": "p", "to": "dm", "kind": "knows", "strength": 1}"#,
    );
    let r = all(&m);
    let s = r.next_steps.iter().find(|s| s.target.as_deref() == Some("dm")).expect("a step about dm");
    assert_eq!(s.kind, "better_way_in", "{:#?}", r.next_steps);
    assert_eq!(s.reliability, COLD_APPROACH.round_to_2());
    let text = s.action.render(Lang::En);
    for want in ["our management", "partner p", "reference customer"] {
        assert!(text.contains(want), "{text}");
    }
}

trait Round2 {
    fn round_to_2(self) -> f64;
}
impl Round2 for f64 {
    fn round_to_2(self) -> f64 {
        (self * 100.0).round() / 100.0
    }
}

#[test]
fn our_only_contact_coaches_us_on_the_decision_process() {
    let m = map(
        r#"{"id": "gm", "roles": ["approver"], "level": 1},
           {"id": "clerk", "relationship": 2},
           {"id": "me", "side": "ours"}"#,
        r#"{"from": "clerk", "to": "gm", "kind": "reports_to"},
           {"from": "me", "to": "clerk", "kind": "knows", "strength": 2}"#,
    );
    let r = all(&m);
    let s = step(&r, "use_coach", "clerk");
    assert_eq!(s.via, ["me", "clerk"]);
    assert!(s.action.render(Lang::En).contains("who decides"));
    // With a second contact, nobody is "our only contact".
    let m2 = map(
        r#"{"id": "gm", "roles": ["approver"], "level": 1},
           {"id": "clerk", "relationship": 2}, {"id": "other", "relationship": 2},
           {"id": "me", "side": "ours"}"#,
        r#"{"from": "clerk", "to": "gm", "kind": "reports_to"},
           {"from": "other", "to": "gm", "kind": "reports_to"}"#,
    );
    assert!(all(&m2).next_steps.iter().all(|s| s.kind != "use_coach"));
}

#[test]
fn people_in_conflict_are_never_sent_to_each_other() {
    // X supports us and sways Y, but X and Y are in conflict: do not send X to Y.
    let m = map(
        r#"{"id": "y", "roles": ["decision_maker"], "level": 1},
           {"id": "x", "stance": "champion", "relationship": 4},
           {"id": "w", "stance": "neutral", "relationship": 2},
           {"id": "me", "side": "ours"}"#,
        r#"{"from": "x", "to": "y", "kind": "influences", "strength": 3},
           {"from": "x", "to": "y", "kind": "conflict"},
           {"from": "w", "to": "y", "kind": "knows"},
           {"from": "me", "to": "x", "kind": "knows", "strength": 3},
           {"from": "me", "to": "w", "kind": "knows", "strength": 2}"#,
    );
    let r = all(&m);
    let conflict = r.risks.iter().find(|k| k.kind == RiskKind::Conflict).expect("a conflict risk");
    assert_eq!(conflict.people, ["x", "y"]);
    assert!(conflict.message.render(Lang::En).contains("don't send x to y"));
    for p in r.paths.iter().filter(|p| p.target == "y") {
        assert!(!p.ids.windows(2).any(|w| w[0] == "x" && w[1] == "y"), "{p:#?}");
    }
    for s in &r.next_steps {
        let uses_x_on_y = s.target.as_deref() == Some("y") && s.via.last().map(String::as_str) == Some("x");
        assert!(!uses_x_on_y, "{s:#?}");
    }
    let s = step(&r, "mind_conflict", "y");
    assert_eq!(s.via, ["me", "w", "y"]);
}

/// An off-limits expert on the tender panel who is also the only bridge to R, a
/// panel unit off limits, a spec writer we know.
fn tender() -> Map {
    ok(load_json(
        r#"{ "units": [ {"id": "panel", "name": "评标专家组", "contact": "勿接触"}, {"id": "sub", "parent": "panel"} ],
             "people": [
               {"id": "head", "roles": ["approver"], "level": 1},
               {"id": "expert", "roles": ["evaluator", "decision_maker"], "contact": "do_not_contact", "stance": "supporter", "relationship": 3},
               {"id": "q", "unit": "sub", "roles": ["evaluator"]},
               {"id": "r", "roles": ["decision_maker"]},
               {"id": "designer", "roles": ["spec_writer"], "stance": "supporter", "relationship": 2},
               {"id": "me", "side": "ours"} ],
             "ties": [
               {"from": "expert", "to": "head", "kind": "influences", "strength": 3},
               {"from": "q", "to": "head", "kind": "influences", "strength": 3},
               {"from": "me", "to": "expert", "kind": "knows", "strength": 3},
               {"from": "expert", "to": "r", "kind": "knows", "strength": 3},
               {"from": "me", "to": "designer", "kind": "knows", "strength": 2},
               {"from": "designer", "to": "q", "kind": "knows", "strength": 3} ] }"#,
    ))
    .map
}

#[test]
fn the_contact_field_loads_from_json_csv_and_workbooks() {
    let m = tender();
    let ix = |id: &str| m.person_ix(id).unwrap();
    assert_eq!(m.people[ix("expert")].contact, Contact::DoNotContact);
    assert_eq!(m.units[0].contact, Contact::DoNotContact);
    assert_eq!(m.people[ix("head")].contact, Contact::Open);
    let off = m.off_limits();
    assert!(off[ix("expert")] && off[ix("q")] && !off[ix("head")] && !off[ix("me")]);
    // CSV, Chinese and English headers.
    let zh = ok(load_csv(
        "编号,姓名,部门,接触\nzhou,周工,jjc,不可接触\nwu,吴工,,\n",
        Some("编号,名称,上级,类型,接触\njjc,纪检监察室,,,勿接触\n"),
        None,
        None,
    ))
    .map;
    assert_eq!(zh.people[0].contact, Contact::DoNotContact);
    assert_eq!(zh.people[1].contact, Contact::Open);
    assert_eq!(zh.units[0].contact, Contact::DoNotContact);
    let en = ok(load_csv("id,contact\nzhou,do not contact\n", None, None, None)).map;
    assert_eq!(en.people[0].contact, Contact::DoNotContact);
    let bad = load_csv("id,contact\nzhou,maybe\n", None, None, None);
    assert!(bad.is_err());
    // Export round trips: JSON, workbook and CSV in each language.
    let json = serde_json::to_value(&m).unwrap();
    assert_eq!(json["people"][1]["contact"], "do_not_contact");
    assert_eq!(json["units"][0]["contact"], "do_not_contact");
    assert!(json["people"][0].get("contact").is_none());
    for lang in [Lang::En, Lang::Zh, Lang::ZhHant] {
        let bytes = sheets::workbook(&sheets::tables(&m, lang, Layout::Export), lang, true).unwrap();
        let back = ok(load_workbook_bytes(bytes, "m.xlsx")).map;
        assert_eq!(back.off_limits(), m.off_limits(), "{lang:?}");
        let tables = sheets::tables(&m, lang, Layout::Export);
        let text = |p: Part| {
            let t = tables.iter().find(|t| t.part == p).unwrap();
            sheets::to_csv(t, lang).trim_start_matches('\u{FEFF}').to_string()
        };
        let back =
            ok(load_csv(&text(Part::People), Some(&text(Part::Units)), Some(&text(Part::Ties)), None)).map;
        assert_eq!(back.off_limits(), m.off_limits(), "{lang:?}");
    }
}

#[test]
fn routes_and_steps_avoid_people_off_limits() {
    let m = tender();
    let r = all(&m);
    let off = ["expert", "q"];
    for p in &r.paths {
        assert!(!p.ids.iter().any(|i| off.contains(&i.as_str())), "{p:#?}");
    }
    // The expert was the only bridge to r: there is no route to r at all.
    assert!(r.paths.iter().all(|p| p.target != "r"), "{:#?}", r.paths);
    for s in &r.next_steps {
        assert!(!s.target.as_deref().is_some_and(|t| off.contains(&t)), "{s:#?}");
        assert!(!s.via.iter().any(|v| off.contains(&v.as_str())), "{s:#?}");
    }
    // No risk sends us to them; the panel is not a unit to "find a contact" in.
    assert!(r.risks.iter().all(|k| k.kind != RiskKind::UncoveredUnit || k.unit.as_deref() != Some("panel")));
    assert!(
        r.risks.iter().all(|k| k.kind != RiskKind::DecisionMakerUnreached || k.people[0] != "expert"),
        "{:#?}",
        r.risks
    );
}

#[test]
fn the_advice_about_people_off_limits_turns_to_legitimate_channels() {
    let m = tender();
    let r = all(&m);
    let risk = r
        .risks
        .iter()
        .find(|k| k.kind == RiskKind::OffLimits && k.people == ["expert"])
        .expect("off-limits risk");
    assert!(risk.message.render(Lang::En).contains("specification"));
    let s = r
        .next_steps
        .iter()
        .find(|s| {
            s.kind == "legitimate_channel"
                && s.action.get("who_id").is_some_and(|v| format!("{v:?}").contains("expert"))
        })
        .unwrap_or_else(|| panic!("{:#?}", r.next_steps));
    // The step targets the spec writer, the legitimate way in, never the expert.
    assert_eq!(s.target.as_deref(), Some("designer"));
    assert_eq!(s.via, ["me", "designer"]);
    let en = s.action.render(Lang::En);
    for want in ["off limits", "specification", "references", "scoring criteria"] {
        assert!(en.contains(want), "{en}");
    }
    assert!(s.action.render(Lang::Zh).contains("评分标准"));
}
