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
    // In the map's own language (the built-in map is Chinese) and in Traditional Chinese.
    let (code, _, err) = run(&["paths", "--to", "huagn"]);
    assert_eq!(code, 2);
    assert!(err.contains("--to huagn：没有人员使用这个 id，是不是“huang”？"), "{err}");
    let (_, _, err) = run(&["paths", "--to", "huagn", "--lang", "zh-Hant"]);
    assert!(err.contains("沒有人員使用這個 id，是不是「huang」？"), "{err}");
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

fn json_of(args: &[&str]) -> serde_json::Value {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    serde_json::from_str(&out).unwrap()
}

fn arr(v: &serde_json::Value) -> &Vec<serde_json::Value> {
    v.as_array().unwrap_or_else(|| panic!("not an array: {v}"))
}

/// Every text of a JSON report with its code and parameters, language-free: risks,
/// next steps (action and why), hops and score reasons.
fn codes_of(v: &serde_json::Value) -> Vec<serde_json::Value> {
    use serde_json::json;
    let mut out = Vec::new();
    for r in arr(&v["risks"]) {
        out.push(json!([r["kind"], r["code"], r["params"]]));
    }
    for s in arr(&v["next_steps"]) {
        out.push(json!([s["kind"], s["action_code"], s["action_params"], s["why_code"], s["why_params"]]));
    }
    for p in arr(&v["paths"]) {
        for h in arr(&p["steps"]) {
            out.push(json!([h["via"], h["reason_code"], h["reason_params"]]));
        }
    }
    for c in arr(&v["decision_makers"]) {
        for k in arr(&c["components"]) {
            for r in arr(&k["reason_codes"]) {
                out.push(json!([k["name"], r["code"], r["params"]]));
            }
        }
    }
    out
}

#[test]
fn json_reports_carry_the_schema_version_and_a_code_beside_every_text() {
    let map = data("north-china-grid.json");
    let map = map.to_str().unwrap();
    for cmd in ["rank", "unreached", "paths", "analyze"] {
        let v = json_of(&[cmd, map, "--format", "json", "--lang", "zh-Hant"]);
        assert_eq!(v["schema_version"], powermap::i18n::SCHEMA_VERSION, "{cmd}");
        assert_eq!(v["lang"], "zh-Hant", "{cmd}");
    }
    let v = json_of(&["analyze", map, "--format", "json", "--lang", "en"]);
    assert!(!arr(&v["risks"]).is_empty() && !arr(&v["next_steps"]).is_empty());
    for r in arr(&v["risks"]) {
        assert!(r["code"].as_str().unwrap().starts_with("risk-"), "{r}");
        assert!(r["params"].is_object() && r["message"].is_string(), "{r}");
    }
    let blocker = arr(&v["risks"]).iter().find(|r| r["kind"] == "blocker").unwrap();
    assert_eq!(blocker["params"]["who_id"], "liu", "a person in params keeps their id: {blocker}");
    assert_eq!(blocker["params"]["stance"], "skeptic", "vocabulary in params is language-free");
    for s in arr(&v["next_steps"]) {
        assert!(s["action_code"].as_str().unwrap().starts_with("step-"), "{s}");
        assert!(s["why_code"].is_string() && s["why_params"].is_object(), "{s}");
        assert!(s["action"].is_string() && s["why"].is_string(), "{s}");
    }
    let first = &arr(&v["next_steps"])[0];
    assert_eq!(first["action_code"], "step-introduce");
    assert_eq!(first["action_params"]["route_ids"], serde_json::json!(["zhao", "huang", "bureau_head"]));
    for p in arr(&v["paths"]) {
        for h in arr(&p["steps"]) {
            assert!(h["reason_code"].as_str().unwrap().starts_with("route-"), "{h}");
            assert!(h["reason"].is_string(), "{h}");
        }
    }
    for c in arr(&v["decision_makers"]) {
        for k in arr(&c["components"]) {
            let (reasons, codes) = (arr(&k["reasons"]), arr(&k["reason_codes"]));
            assert_eq!(reasons.len(), codes.len(), "{k}");
            for (text, code) in reasons.iter().zip(codes) {
                assert!(code["code"].as_str().unwrap().starts_with("reason-"), "{code}");
                assert_eq!(&code["message"], text, "the coded reason renders as the reason");
            }
        }
    }
}

#[test]
fn codes_and_parameters_are_the_same_in_every_language() {
    for map in ["north-china-grid.json", "acme-hospital.json", "org-influence-company.json"] {
        let map = data(map);
        let map = map.to_str().unwrap();
        let of = |lang: &str| json_of(&["analyze", map, "--format", "json", "--top", "0", "--lang", lang]);
        let (en, zh, hant) = (of("en"), of("zh"), of("zh-Hant"));
        let codes = codes_of(&en);
        assert!(codes.len() > 10, "{map}: {codes:?}");
        assert_eq!(codes, codes_of(&zh), "{map}: en and zh");
        assert_eq!(codes, codes_of(&hant), "{map}: en and zh-Hant");
        // … while the words are each language's own.
        assert_ne!(en["risks"][0]["message"], zh["risks"][0]["message"], "{map}");
        assert_ne!(zh["risks"][0]["message"], hant["risks"][0]["message"], "{map}");
    }
}

/// Characters found only in Simplified Chinese, common in the report's own words.
const SIMPLIFIED_ONLY: &str =
    "决关风险议选进们为这级汇报员认识响优径荐采购职权据条联络发线务设证访挠两专长与适听评别";

/// Every text of the map a report may quote: names, titles, units, account, favors.
fn map_strings(path: &std::path::Path) -> Vec<String> {
    let m = powermap::load::load_path(path).unwrap_or_else(|e| panic!("{e:?}")).map;
    let mut v: Vec<String> = Vec::new();
    for p in &m.people {
        v.extend(
            [Some(p.id.clone()), p.name.clone(), p.title.clone(), p.favors.clone()].into_iter().flatten(),
        );
    }
    for u in &m.units {
        v.extend([Some(u.id.clone()), u.name.clone()].into_iter().flatten());
    }
    v.extend([m.account.clone(), m.opportunity.clone()].into_iter().flatten());
    v.extend(m.competitors.iter().cloned());
    v.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    v
}

#[test]
fn traditional_chinese_reports_have_no_simplified_words_of_their_own() {
    let d = tempdir();
    for map in ["north-china-grid.json", "org-influence-company.json"] {
        let path = data(map);
        let strings = map_strings(&path);
        let p = path.to_str().unwrap();
        let html = d.path().join("r.html");
        let mut outputs = Vec::new();
        for args in [
            vec!["analyze", p],
            vec!["analyze", p, "--format", "markdown"],
            vec!["analyze", p, "--format", "json"],
            vec!["paths", p, "-k", "3"],
            vec!["unreached", p],
            vec!["rank", p, "--top", "0"],
        ] {
            let mut args = args.clone();
            args.extend(["--lang", "zh-Hant"]);
            let (code, out, err) = run(&args);
            assert_eq!(code, 0, "{args:?}: {err}");
            outputs.push((args.join(" "), out));
        }
        let (code, _, err) =
            run(&["render", p, "--format", "html", "--lang", "zh-Hant", "-o", html.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        let page = std::fs::read_to_string(&html).unwrap();
        // The report's part of the page: from the first section heading on, up to the
        // map's data for the page's script (the map's own words, JSON-escaped).
        let start = page.find("<h2>").unwrap_or(0);
        let end = page[start..].find("<script").map_or(page.len(), |i| start + i);
        let report = page[start..end].replace("&#39;", "'").replace("&amp;", "&");
        outputs.push(("render html".into(), report));
        for (what, out) in &outputs {
            let mut rest = out.clone();
            for s in &strings {
                rest = rest.replace(s.as_str(), " ");
            }
            let bad: Vec<char> = rest.chars().filter(|c| SIMPLIFIED_ONLY.contains(*c)).collect();
            assert!(
                bad.is_empty(),
                "{map} {what}: Simplified characters {bad:?} outside the map's names in\n{rest}"
            );
        }
        let text = &outputs[0].1;
        for word in ["關鍵決策人", "風險與缺口", "下一步", "職權", "影響力", "原因："] {
            assert!(text.contains(word), "{map}: no {word} in\n{text}");
        }
        assert!(page.contains("<html lang=\"zh-Hant\">"), "{map}");
    }
}

#[test]
fn every_traditional_report_message_is_written_in_traditional_characters() {
    // Also the messages no bundled map happens to show (a unit to cover, a lone thread).
    let (_, _, text) =
        powermap::i18n::CATALOGS.iter().find(|(l, _, _)| *l == powermap::i18n::Lang::ZhHant).unwrap();
    let mut checked = 0;
    let mut ours = false;
    for line in text.lines() {
        if line.starts_with("## (section:") {
            ours = line.starts_with("## (section: reports)");
        }
        if ours && !line.starts_with('#') {
            let bad: Vec<char> = line.chars().filter(|c| SIMPLIFIED_ONLY.contains(*c)).collect();
            assert!(bad.is_empty(), "zh-Hant.ftl: {bad:?} in {line}");
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} lines checked");
}
