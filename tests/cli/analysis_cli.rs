//! The analysis commands end to end: every format, both languages, the JSON schema's
//! top-level keys, exit codes for unknown ids and refused maps, and no colour when
//! asked or when the output is not a terminal.

use assert_cmd::Command;

use crate::common::{data, tempdir, write};

fn powermap() -> Command {
    Command::cargo_bin("powermap").unwrap()
}

fn run(args: &[&str]) -> (i32, String, String) {
    let out = powermap().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn analyze_json_has_every_section_sorted_and_stable() {
    let (code, out, err) = run(&["analyze", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("built-in North China"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    for key in ["decision_makers", "unreached", "paths", "risks", "next_steps"] {
        assert!(v[key].is_array(), "{key} missing");
    }
    let scores: Vec<f64> =
        v["decision_makers"].as_array().unwrap().iter().map(|c| c["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    let path = &v["paths"][0];
    assert!(path["hops"].as_array().unwrap().len() >= 2);
    assert!((0.0..=1.0).contains(&path["reliability"].as_f64().unwrap()));
    assert_eq!(run(&["analyze", "--format", "json"]).1, out, "the same map gives the same bytes");
}

#[test]
fn each_command_prints_its_own_section() {
    for (cmd, key) in [("rank", "decision_makers"), ("unreached", "unreached"), ("paths", "paths")] {
        let (code, out, _) = run(&[cmd, "--format", "json"]);
        assert_eq!(code, 0);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
        assert!(keys.iter().any(|k| *k == key), "{cmd}: {keys:?}");
        for other in ["decision_makers", "unreached", "paths", "risks", "next_steps"] {
            if other != key {
                assert!(v.get(other).is_none(), "{cmd} printed {other}");
            }
        }
    }
}

#[test]
fn text_and_markdown_in_both_languages() {
    let (_, zh, _) = run(&["analyze"]);
    assert!(zh.contains("关键决策人") && zh.contains("下一步"), "{zh}");
    let (_, en, _) = run(&["analyze", "--lang", "en"]);
    assert!(
        en.contains("Key decision makers") && en.contains("Next steps") && en.contains("Risks and gaps"),
        "{en}"
    );
    assert!(!en.contains('\u{1b}'), "no colour when stdout is not a terminal");
    let (_, md, _) = run(&["rank", "--format", "markdown", "--lang", "en"]);
    assert!(md.contains("| # | person | score |"), "{md}");
    let (_, forced, _) = run(&["rank", "--color", "always"]);
    assert!(forced.contains("\u{1b}[1m"), "--color always colours");
}

#[test]
fn paths_to_a_target_and_unknown_ids() {
    let (code, out, _) = run(&["paths", "--to", "huang", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["paths"][0]["hops"], serde_json::json!(["zhao", "huang"]));
    let (code, _, err) = run(&["paths", "--to", "huagn", "--lang", "en"]);
    assert_eq!(code, 2, "an unknown id in a flag is a usage error");
    assert!(err.contains("--to huagn: no person has this id: did you mean \"huang\"?"), "{err}");
    // In the report's language: the built-in map is Chinese.
    let (_, _, err) = run(&["paths", "--to", "huagn"]);
    assert!(err.contains("--to huagn：没有这个编号的人员"), "{err}");
    let (code, _, err) = run(&["paths", "--from", "nobody"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn a_refused_map_is_not_analysed() {
    let dir = tempdir();
    let bad = write(dir.path(), "bad.json", r#"{"people": [{"id": "a", "stance": "suport"}]}"#);
    let (code, out, err) = run(&["analyze", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("did you mean \"supporter\"?") && err.contains("1 error"), "{err}");
}

#[test]
fn every_bundled_map_analyses_in_every_format() {
    for map in
        ["north-china-grid.json", "north-china-grid", "org-influence-company.json", "acme-hospital.json"]
    {
        for format in ["text", "markdown", "json"] {
            let (code, out, err) = run(&["analyze", data(map).to_str().unwrap(), "--format", format]);
            assert_eq!(code, 0, "{map} {format}: {err}");
            assert!(!out.is_empty());
        }
    }
}

#[test]
fn the_csv_twin_analyses_the_same_as_the_json() {
    let (_, a, _) = run(&["analyze", data("north-china-grid.json").to_str().unwrap(), "--format", "json"]);
    let (_, b, _) = run(&["analyze", data("north-china-grid").to_str().unwrap(), "--format", "json"]);
    assert_eq!(a, b);
}

#[test]
fn generate_makes_a_map_that_checks() {
    let dir = tempdir();
    let out = dir.path().join("gen.json");
    let (code, _, err) = run(&["generate", "--people", "300", "--seed", "5", "-o", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&["check", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let (code, _, _) = run(&["analyze", out.to_str().unwrap(), "--top", "0", "--format", "json"]);
    assert_eq!(code, 0);
}

#[test]
fn a_route_through_a_skeptic_is_flagged_in_every_format() {
    // Our only way to the approver is through a skeptic.
    let map = r#"{"people": [
        {"id": "z", "name": "Zhao", "side": "ours"},
        {"id": "s", "name": "Skeptic", "stance": "skeptic", "relationship": 2},
        {"id": "a", "name": "Approver", "roles": ["approver"]}],
      "ties": [{"from": "z", "to": "s", "kind": "knows", "strength": 3},
               {"from": "s", "to": "a", "kind": "knows", "strength": 3}]}"#;
    let d = tempdir();
    let map = write(d.path(), "map.json", map);
    let map = map.to_str().unwrap();
    for (format, flag) in
        [("text", "[through a hostile introducer]"), ("markdown", r"\[through a hostile introducer\]")]
    {
        let (code, out, err) =
            run(&["paths", map, "--to", "a", "--allow-hostile", "--lang", "en", "--format", format]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(flag), "{format}: {out}");
        let (_, out, _) = run(&["paths", map, "--to", "a", "--lang", "en", "--format", format]);
        assert!(out.contains("no route through the ties we know"), "{format}: {out}");
        assert!(!out.contains("hostile"), "{format}: {out}");
    }
    let (_, out, _) = run(&["paths", map, "--to", "a", "--allow-hostile", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["paths"][0]["hostile"], true, "{out}");
}
