//! Names, not ids, in the human-readable reports (the id beside a name only where two
//! people share it), and what `diff` tells about risks, routes and units.

use powermap::analysis::{AnalyzeOptions, analyze};
use powermap::graph::OrgGraph;
use powermap::load::load_json_str;
use powermap::model::Map;
use powermap::report::{Section, Style, to_markdown, to_text};
use powermap::train::diff::{RouteFate, diff};
use powermap::train::diff_out;
use powermap::vocab::Lang;

fn map(doc: &str) -> Map {
    load_json_str(doc, "m").unwrap_or_else(|e| panic!("{e:?}")).map
}

const NAMESAKES: &str = r#"{"people":[
  {"id":"we","name":"赵总","side":"ours"},
  {"id":"zhang1","name":"张工","title":"处长","roles":["approver"],"reports_to":"huang"},
  {"id":"zhang2","name":"张工","title":"工程师","roles":["user"],"reports_to":"zhang1"},
  {"id":"huang","name":"黄主任","roles":["decision_maker"]},
  {"id":"liu","name":"刘工","stance":"opponent","roles":["evaluator"],"reports_to":"zhang1"}],
 "ties":[{"from":"we","to":"zhang2","kind":"knows","strength":3},
         {"from":"liu","to":"huang","kind":"influences","strength":3}]}"#;

#[test]
fn reports_name_people_and_put_the_id_only_beside_a_shared_name() {
    let m = map(NAMESAKES);
    let r = analyze(&OrgGraph::new(&m), &AnalyzeOptions::default());
    for text in [
        to_text(&r, &Section::ALL, Lang::Zh, Style { color: false }),
        to_markdown(&r, &Section::ALL, Lang::Zh),
    ] {
        assert!(text.contains("张工 (zhang1)"), "{text}");
        assert!(text.contains("张工 (zhang2)"), "{text}");
        assert!(text.contains("黄主任"), "{text}");
        for id in ["huang", "liu", "we"] {
            assert!(!text.contains(&format!("({id})")), "no id beside a name of its own: {id}\n{text}");
            assert!(!text.contains(&format!("{id} →")) && !text.contains(&format!("→ {id}")), "{id}\n{text}");
        }
        assert!(text.contains("赵总 → 张工 (zhang2)"), "routes by names\n{text}");
    }
    // The JSON keeps ids.
    let j = powermap::report::to_json(&r, &Section::ALL, Lang::Zh);
    assert!(j["paths"].as_array().unwrap().iter().any(|p| p["hops"][0] == "we"), "{j}");
}

fn people(extra: &str, ties: &str) -> String {
    format!(
        r#"{{"units":[{{"id":"hq","name":"HQ"}},{{"id":"it","name":"IT","parent":"hq"}}{extra}],
  "people":[{{"id":"we","name":"Wu","side":"ours"}},
   {{"id":"a","name":"Ann","unit":"it","reports_to":"t"}},{{"id":"b","name":"Bob","unit":"it","reports_to":"t"}},
   {{"id":"t","name":"Tess","roles":["approver"],"unit":"hq"}}],
  "ties":[{ties}]}}"#
    )
}

#[test]
fn a_lost_route_is_told_from_one_only_ranked_lower() {
    let strong_a = r#"{"from":"we","to":"a","kind":"knows","strength":3},{"from":"a","to":"t","kind":"knows","strength":3},
                      {"from":"we","to":"b","kind":"knows","strength":1},{"from":"b","to":"t","kind":"knows","strength":1}"#;
    let strong_b = r#"{"from":"we","to":"a","kind":"knows","strength":1},{"from":"a","to":"t","kind":"knows","strength":1},
                      {"from":"we","to":"b","kind":"knows","strength":3},{"from":"b","to":"t","kind":"knows","strength":3}"#;
    let v1 = map(&people("", strong_a));
    let v2 = map(&people("", strong_b));
    let d = diff(&v1, &v2, Lang::En);
    let m = d.paths.iter().find(|p| p.target.id == "t").expect("the route to t changed");
    assert!(matches!(m.old_route, Some(RouteFate::Kept { .. })), "{m:?}");
    let mut out = Vec::new();
    diff_out::write_report(&mut out, &d, ("v1", "v2"), Lang::En, false).unwrap();
    let s = String::from_utf8(out).unwrap();
    assert!(s.contains("the old route Wu → Ann → Tess still exists"), "{s}");
    // Ann's reporting line to Tess is gone too: the hop Ann → Tess no longer carries.
    let broken = people(
        "",
        r#"{"from":"we","to":"a","kind":"knows","strength":3},
           {"from":"we","to":"b","kind":"knows","strength":1},{"from":"b","to":"t","kind":"knows","strength":1}"#,
    )
    .replace(r#""unit":"it","reports_to":"t"},{"id":"b""#, r#""unit":"it"},{"id":"b""#);
    let d = diff(&v1, &map(&broken), Lang::En);
    let m = d.paths.iter().find(|p| p.target.id == "t").expect("the route to t changed");
    match &m.old_route {
        Some(RouteFate::HopGone { from, to }) => assert_eq!((from.id.as_str(), to.id.as_str()), ("a", "t")),
        other => panic!("{other:?}"),
    }
    let mut out = Vec::new();
    diff_out::write_report(&mut out, &d, ("v1", "v2"), Lang::Zh, false).unwrap();
    assert!(String::from_utf8(out).unwrap().contains("原路径断了：Ann 已无法再引荐 Tess"));
}

#[test]
fn risks_that_appear_and_go_are_reported_by_kind_and_subject() {
    let ties = r#"{"from":"we","to":"a","kind":"knows","strength":3}"#;
    let with = map(&people("", ties));
    let without = map(&people("", ties).replace(r#""roles":["approver"],"#, ""));
    let d = diff(&with, &without, Lang::En);
    assert!(
        d.risks_added.iter().any(|r| format!("{:?}", r.kind) == "NoDecisionHolder"),
        "{:?}",
        d.risks_added
    );
    let back = diff(&without, &with, Lang::En);
    assert!(
        back.risks_gone.iter().any(|r| format!("{:?}", r.kind) == "NoDecisionHolder"),
        "{:?}",
        back.risks_gone
    );
    let mut out = Vec::new();
    diff_out::write_report(&mut out, &d, ("v1", "v2"), Lang::En, false).unwrap();
    let s = String::from_utf8(out).unwrap();
    assert!(s.contains("Risks") && s.contains("+ new risk [high]"), "{s}");
    let mut j = Vec::new();
    diff_out::write_json(&mut j, &d, ("v1", "v2"), Lang::En).unwrap();
    let j: serde_json::Value = serde_json::from_slice(&j).unwrap();
    assert_eq!(j["risks_added"][0]["code"], "diff-risk-added");
}

#[test]
fn units_renamed_moved_and_people_moving_between_them() {
    let ties = r#"{"from":"we","to":"a","kind":"knows","strength":3}"#;
    let v1 = map(&people(r#",{"id":"ops","name":"Ops"}"#, ties));
    let v2 = map(&people(r#",{"id":"ops","name":"Operations","parent":"hq"}"#, ties)
        .replace(
            r#"{"id":"it","name":"IT","parent":"hq"}"#,
            r#"{"id":"it","name":"Informatics","parent":"hq"}"#,
        )
        .replace(r#""id":"b","name":"Bob","unit":"it""#, r#""id":"b","name":"Bob","unit":"ops""#));
    let d = diff(&v1, &v2, Lang::En);
    assert_eq!(d.units_changed.len(), 2, "{:?}", d.units_changed);
    // Ann stays in the renamed unit: no change of hers; Bob moved.
    let moved: Vec<&str> =
        d.details.iter().filter(|f| f.field == "unit").map(|f| f.person.id.as_str()).collect();
    assert_eq!(moved, ["b"]);
    let mut out = Vec::new();
    diff_out::write_report(&mut out, &d, ("v1", "v2"), Lang::En, false).unwrap();
    let s = String::from_utf8(out).unwrap();
    assert!(s.contains("Informatics: renamed from IT"), "{s}");
    assert!(s.contains("Operations: renamed from Ops, moved from under (top level) to under HQ"), "{s}");
    assert!(s.contains("Bob: unit IT → Operations"), "{s}");
}
