//! The programs in examples/ run as a user would run them (each example's `run` is
//! compiled in here, so every `cargo test` runs them, whichever targets it builds).

#[allow(dead_code)]
#[path = "../../examples/top_decision_makers.rs"]
mod top_decision_makers;

#[allow(dead_code)]
#[path = "../../examples/build_and_draw.rs"]
mod build_and_draw;

#[allow(dead_code)]
#[path = "../../examples/diff_maps.rs"]
mod diff_maps;

#[test]
fn top_decision_makers_prints_the_ranking_with_reasons() {
    let mut out = Vec::new();
    top_decision_makers::run(&[], &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + 2 * 3, "{text}");
    assert!(
        lines[1].starts_with("1. ") && lines[3].starts_with("2. ") && lines[5].starts_with("3. "),
        "{text}"
    );
    assert!(lines[2].trim().len() > 10, "a reason follows each name: {text}");
    // A map file and a count, as on the command line.
    let map = crate::root().join("data/acme-hospital.json").display().to_string();
    let mut out = Vec::new();
    top_decision_makers::run(&[map, "1".into()], &mut out).unwrap();
    assert_eq!(String::from_utf8(out).unwrap().lines().count(), 3);
    assert!(top_decision_makers::run(&["no/such/map.json".into()], &mut Vec::new()).is_err());
}

#[test]
fn build_and_draw_writes_an_svg_of_the_map_built_in_code() {
    let svg = String::from_utf8(build_and_draw::run().unwrap()).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let texts: String = doc.descendants().filter_map(|n| n.text()).collect();
    for name in ["Dana Wu", "Dr. Lee", "Sam Ortiz", "Radiology", "Acme Hospital"] {
        assert!(texts.contains(name), "{name}");
    }
}

#[test]
fn diff_maps_reports_the_warmer_stance_and_the_new_person() {
    let mut out = Vec::new();
    diff_maps::run(&[], &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.starts_with("1 added, 0 gone, 1 stance changes"), "{text}");
    assert!(text.contains("new_evaluator") || text.contains("New evaluator"), "{text}");
    let nc = crate::root().join("data/north-china-grid.json").display().to_string();
    let mut same = Vec::new();
    diff_maps::run(&[nc.clone(), nc], &mut same).unwrap();
    assert!(String::from_utf8(same).unwrap().starts_with("0 added, 0 gone, 0 stance changes"));
}
