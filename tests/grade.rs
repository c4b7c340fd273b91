//! `powermap grade` and the exercise pack: keys grade 100 against themselves, known
//! mistakes give exactly the expected feedback, a GBK spreadsheet attempt grades like
//! its JSON twin, weights and optional items count as the key says, and `--pass N`
//! decides the exit code.

use assert_cmd::Command;
use powermap::load::load_json_str;
use powermap::train::exercise::EXERCISES;
use powermap::train::grade::{ItemKind, Subject, grade};
use powermap::vocab::{Lang, Section};
use serde_json::Value;

const ATTEMPT: &str = "tests/fixtures/grade/ncg-attempt.json";

fn powermap() -> Command {
    Command::cargo_bin("powermap").unwrap()
}

fn json_grade(args: &[&str]) -> Value {
    let out = powermap().arg("grade").args(args).args(["--format", "json", "--verbose"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn every_key_scores_100_against_itself() {
    for e in EXERCISES {
        let key = e.key_map().unwrap();
        for lang in [Lang::En, Lang::Zh] {
            let g = grade(&key, &key, lang);
            assert_eq!(g.total, 100.0, "{}", e.name);
            assert!(g.items.iter().all(|i| i.kind == ItemKind::Found), "{}: {:?}", e.name, g.items);
            assert_eq!(g.sections.len(), 7, "{}", e.name);
            assert!(g.matches.iter().all(|m| m.attempt.as_deref() == Some(m.key.as_str())));
        }
    }
}

#[test]
fn a_key_written_out_by_the_cli_passes_check_and_grades_100() {
    let dir = tempfile::tempdir().unwrap();
    for e in EXERCISES {
        let key = dir.path().join(format!("{}.json", e.name));
        powermap().args(["exercise", "key", e.name, "-o"]).arg(&key).assert().success();
        powermap().arg("check").arg(&key).assert().code(0);
        let v = json_grade(&["--exercise", e.name, key.to_str().unwrap()]);
        assert_eq!(v["total"], 100.0, "{}", e.name);
        let v = json_grade(&["--key", key.to_str().unwrap(), key.to_str().unwrap()]);
        assert_eq!(v["total"], 100.0, "{}", e.name);
    }
}

#[test]
fn hint_levels_print_less_or_more_help() {
    let show = |args: &[&str]| -> String {
        let out = powermap().args(["exercise", "show", "north-china-grid"]).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let none = show(&["--hints", "none"]);
    let some = show(&["--hints", "some"]);
    let full = show(&["--hints", "full"]);
    assert_eq!(show(&[]), full, "the default is every hint");
    assert!(none.contains("问题") && !none.contains("作答说明") && !none.contains("待查"), "{none}");
    assert!(some.contains("作答说明") && some.contains("※ 最后批准") && !some.contains("待查"), "{some}");
    assert!(full.contains("作答提示") && full.contains("待查"), "{full}");
    assert!(!full.contains("<!--"), "markers are never printed");
    let en = show(&["--hints", "some", "--lang", "en"]);
    assert!(en.contains("How to answer") && !en.contains("## Hints"), "{en}");
    let hant = show(&["--lang", "zh-Hant"]);
    assert!(hant.starts_with("# 電氣自動化案例") && hant.contains("專案"), "{hant}");
    let out = powermap().args(["exercise", "show", "north-china-grid", "--hints", "lots"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "clap refuses an unknown level");
}

#[test]
fn a_before_and_after_exercise_starts_from_its_first_chart() {
    let dir = tempfile::tempdir().unwrap();
    let v1 = dir.path().join("v1.json");
    powermap().args(["exercise", "start", "logistics-reorg", "-o"]).arg(&v1).assert().success();
    powermap().arg("check").arg(&v1).assert().code(0);
    // Handing in the first chart unchanged is far from the answer, and the feedback
    // names what the reorganization changed.
    let v = json_grade(&["--exercise", "logistics-reorg", v1.to_str().unwrap(), "--lang", "en"]);
    assert!(v["total"].as_f64().unwrap() < 80.0, "{}", v["total"]);
    let missing: Vec<String> = feedback(&v).into_iter().filter(|f| f.1 == "missing").map(|f| f.2).collect();
    assert!(missing.iter().any(|m| m.contains("Ye")), "{missing:?}");
    // The coach's view: diff the first chart with the key.
    let key = dir.path().join("key.json");
    powermap().args(["exercise", "key", "logistics-reorg", "-o"]).arg(&key).assert().success();
    let out = powermap().arg("diff").arg(&v1).arg(&key).args(["--lang", "en"]).output().unwrap();
    let diff = String::from_utf8(out.stdout).unwrap();
    assert!(diff.contains("Mr. Ye") && diff.contains("Manager Liang"), "{diff}");
    // An exercise that starts from a blank page has no start map.
    let out = powermap()
        .args(["exercise", "start", "north-china-grid"])
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no start map"));
}

/// Every item but the found ones, as (section, kind, subject, expected, got, optional).
fn feedback(v: &Value) -> Vec<(String, String, String, String, String, bool)> {
    let s = |x: &Value| x.as_str().unwrap_or("").to_string();
    v["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] != "found")
        .map(|i| {
            (
                s(&i["section"]),
                s(&i["kind"]),
                s(&i["subject"]),
                s(&i["expected"]),
                s(&i["got"]),
                i["optional"].as_bool().unwrap_or(false),
            )
        })
        .collect()
}

#[test]
fn known_mistakes_give_exactly_the_expected_feedback() {
    let v = json_grade(&["--exercise", "north-china-grid", ATTEMPT]);
    let t = |sec: &str, kind: &str, subj: &str, e: &str, g: &str, opt: bool| {
        (sec.to_string(), kind.to_string(), subj.to_string(), e.to_string(), g.to_string(), opt)
    };
    // The trainee's 王处长 plays the key's tender-centre contact (a placeholder): paired,
    // so neither "missing" nor "extra" (issue 16, item 1).
    let expected = vec![
        t("people", "missing", "张科长", "", "", false),
        t("people", "missing", "设计院继保设计负责人（待查）", "", "", true),
        t("people", "missing", "我（销售）", "", "", true),
        t("people", "extra", "调度中心主任", "", "", false),
        t("units", "missing", "华北电力设计院", "", "", false),
        t("units", "missing", "廊坊局", "", "", false),
        t("units", "extra", "财务部", "", "", false),
        t("reporting", "missing", "马工 → 华北局领导（待查） (汇报)", "", "", false),
        t("reporting", "missing", "设计院继保设计负责人（待查） → 华北局领导（待查） (汇报)", "", "", true),
        t("reporting", "missing", "我（销售） → 赵总 (汇报)", "", "", true),
        t("influence", "wrong", "黄主任 → 马工 (影响)", "forward", "reversed", false),
        t("influence", "missing", "设计院继保设计负责人（待查） → 刘工 (影响)", "", "", true),
        t("influence", "missing", "设计院继保设计负责人（待查） → 马工 (影响)", "", "", true),
        t("influence", "missing", "张科长 → 马工 (影响)", "", "", false),
        t("influence", "missing", "我（销售） — 张科长 (认识)", "", "", true),
        t("influence", "missing", "我（销售） — 赵总 (认识)", "", "", true),
        t("influence", "missing", "我（销售） — 黄主任 (认识)", "", "", true),
        t("influence", "missing", "我（销售） — 刘工 (认识)", "", "", true),
        t("influence", "missing", "我（销售） — 马工 (认识)", "", "", true),
        t("influence", "extra", "刘工程师 — 马工 (矛盾)", "", "", false),
        t("roles", "wrong", "马工", "decision_maker, evaluator", "evaluator", false),
        t("stances", "wrong", "刘工", "skeptic", "neutral", false),
    ];
    assert_eq!(feedback(&v), expected);
    // 黄主任's line through an intermediate manager the key does not have counts as found.
    let found: Vec<&str> = v["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "found" && i["section"] == "reporting")
        .map(|i| i["subject"].as_str().unwrap())
        .collect();
    assert_eq!(
        found,
        [
            "黄主任 → 华北局领导（待查） (汇报)",
            "刘工 → 华北局领导（待查） (汇报)",
            // 王处长, paired with the tender-centre contact, reports to the bureau's leaders.
            "招标中心联系人（待查） → 华北局领导（待查） (汇报)"
        ]
    );
    // Sections as worked out by hand (see the scoring rules in src/train/grade.rs).
    let scores: Vec<(String, f64)> = v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["section"].as_str().unwrap().to_string(), s["score"].as_f64().unwrap()))
        .collect();
    // With 王处长 paired to the tender-centre contact, that person, their reporting line,
    // role, stance and stage count among the items found.
    let want = [
        ("people", 85.7),
        ("units", 75.0),
        ("reporting", 75.0),
        ("influence", 50.0),
        ("roles", 75.0),
        ("stances", 75.0),
        ("relationships", 83.3),
    ];
    assert_eq!(scores, want.iter().map(|(s, x)| (s.to_string(), *x)).collect::<Vec<_>>());
    assert_eq!(v["total"], 74.2);
}

#[test]
fn feedback_explains_and_speaks_both_languages() {
    let out = powermap()
        .args(["grade", "--exercise", "north-china-grid", ATTEMPT, "--lang", "en"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Score: 74.2 / 100\n"), "{text}");
    assert!(
        text.contains("Engineer Liu (you: 刘工程师): stance should be skeptic — he praises a competitor's product, is lukewarm to us and raises many questions: a skeptic; you have neutral"),
        "{text}"
    );
    let out = powermap().args(["grade", "--exercise", "north-china-grid", ATTEMPT]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("得分: 74.2 / 100\n"), "{text}");
    assert!(text.contains("刘工 (你写作 刘工程师)：立场应为 不支持 — "), "{text}");
    let out = powermap()
        .args(["grade", "--exercise", "north-china-grid", ATTEMPT, "--format", "markdown", "--lang", "en"])
        .output()
        .unwrap();
    let md = String::from_utf8(out.stdout).unwrap();
    assert!(md.starts_with("# Score: 74.2 / 100\n"), "{md}");
    assert!(md.contains("| influence | 50.0 | 2.5 / 5 | 15 |"), "{md}");
}

#[test]
fn a_gbk_spreadsheet_attempt_grades_like_its_json_twin() {
    let dir = tempfile::tempdir().unwrap();
    for f in ["people.csv", "ties.csv", "units.csv"] {
        let utf8 = std::fs::read_to_string(format!("tests/fixtures/grade/ncg-attempt-csv/{f}")).unwrap();
        let (gbk, _, bad) = encoding_rs::GBK.encode(&utf8);
        assert!(!bad);
        assert!(std::str::from_utf8(&gbk).is_err(), "the file must really be GBK");
        std::fs::write(dir.path().join(f), &gbk).unwrap();
    }
    let csv = json_grade(&["--exercise", "north-china-grid", dir.path().to_str().unwrap()]);
    let json = json_grade(&["--exercise", "north-china-grid", ATTEMPT]);
    assert_eq!(csv, json);
}

#[test]
fn pass_mark_sets_the_exit_code() {
    powermap().args(["grade", "--exercise", "north-china-grid", ATTEMPT, "--pass", "74.2"]).assert().code(0);
    let out = powermap()
        .args(["grade", "--exercise", "north-china-grid", ATTEMPT, "--pass", "75", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stdout).unwrap().starts_with("Score: 74.2 / 100 (pass mark 75: not passed)")
    );
    powermap().args(["grade", "--exercise", "north-china-grid", ATTEMPT]).assert().code(0);
    powermap().args(["grade", "--exercise", "north-china-grid", ATTEMPT, "--pass", "101"]).assert().code(2);
    powermap().args(["grade", "--exercise", "north-china-grid", ATTEMPT, "--pass", "x"]).assert().code(2);
    let v = json_grade(&["--exercise", "north-china-grid", ATTEMPT, "--pass", "60"]);
    assert_eq!((v["pass"].as_f64(), v["passed"].as_bool()), (Some(60.0), Some(true)));
}

#[test]
fn usage_and_data_errors_are_reported() {
    powermap().args(["grade", ATTEMPT]).assert().code(2);
    powermap().args(["grade", "--key", ATTEMPT, "--exercise", "north-china-grid", ATTEMPT]).assert().code(2);
    let out = powermap().args(["grade", "--exercise", "north-china-gird", ATTEMPT]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(r#"did you mean "north-china-grid"?"#));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, r#"{"people":[{"id":"a"},{"id":"a"}]}"#).unwrap();
    let out = powermap()
        .args(["grade", "--exercise", "north-china-grid", "--lang", "en"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("duplicate person id \"a\"") && err.contains("the attempt"), "{err}");
    // The key is Chinese: without --lang, the command's own words are Chinese.
    let out = powermap().args(["grade", "--exercise", "north-china-grid"]).arg(&bad).output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("作答 "),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = powermap().args(["grade", "--key", "no/such/key.json", ATTEMPT]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no/such/key.json"));
}

#[test]
fn weights_and_optional_items_count_as_the_key_says() {
    let key = r#"{"grading":{"weights":{"people":1,"units":0,"reporting":0,"influence":0,"roles":0,
                 "stances":0,"relationships":0}},
        "people":[{"id":"a","name":"Dr. Sarah Hale","roles":["approver"]},
                  {"id":"b","name":"Director Huang"},
                  {"id":"c","name":"Mr. Lee","optional":true,"explain":"nice to have"}],
        "ties":[{"from":"b","to":"a","kind":"reports_to"}]}"#;
    let att = r#"{"people":[{"id":"x","name":"Hale"},{"id":"y","name":"Engineer Wu"}]}"#;
    let key = load_json_str(key, "k").unwrap().map;
    let att = load_json_str(att, "a").unwrap().map;
    let g = grade(&key, &att, Lang::En);
    // Only people weigh: Hale found, Huang missing, Lee optional and missing.
    assert_eq!(g.total, 50.0);
    let people = g.sections.iter().find(|s| s.section == Section::People).unwrap();
    assert_eq!((people.earned, people.possible), (1.0, 2.0));
    let lee = g.items.iter().find(|i| i.subject == Subject::Name("Mr. Lee".into())).unwrap();
    assert!(lee.optional && lee.kind == ItemKind::Missing);
    assert_eq!(lee.message.render(Lang::En), "missing: Mr. Lee (optional) — nice to have");
    assert_eq!(lee.message.key, "grade-missing");
    // An attempt with nobody in it grades 0, not a panic.
    let empty = load_json_str(r#"{"people":[]}"#, "e").unwrap().map;
    assert_eq!(grade(&key, &empty, Lang::Zh).total, 0.0);
    assert_eq!(grade(&empty, &empty, Lang::Zh).total, 0.0);
}

#[test]
fn dotted_lines_and_kinds_are_checked() {
    let key = r#"{"people":[{"id":"a","name":"王总","roles":["approver"]},{"id":"b","name":"李明"},{"id":"c","name":"孙婷"}],
        "ties":[{"from":"c","to":"b","kind":"reports_to","dotted":true},{"from":"c","to":"a","kind":"reports_to"},
                {"from":"a","to":"b","kind":"conflict"}]}"#;
    let att = r#"{"people":[{"id":"1","name":"王建国总经理","roles":["approver"]},{"id":"2","name":"李总监"},{"id":"3","name":"孙婷"}],
        "ties":[{"from":"3","to":"2","kind":"reports_to"},{"from":"3","to":"1","kind":"reports_to"},
                {"from":"2","to":"1","kind":"influences"}]}"#;
    let key = load_json_str(key, "k").unwrap().map;
    let att = load_json_str(att, "a").unwrap().map;
    let g = grade(&key, &att, Lang::En);
    let wrong: Vec<(String, Option<&str>, Option<&str>)> = g
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Wrong)
        .map(|i| (i.subject.render(Lang::En), i.expected.as_deref(), i.got.as_deref()))
        .collect();
    assert_eq!(
        wrong,
        [
            ("孙婷 → 李明 (reports to, dotted)".to_string(), Some("dotted"), Some("solid")),
            ("王总 — 李明 (conflict)".to_string(), Some("conflict"), Some("influences")),
        ]
    );
    assert_eq!(
        g.matches.iter().map(|m| m.attempt.as_deref()).collect::<Vec<_>>(),
        [Some("1"), Some("2"), Some("3")]
    );
}

#[test]
fn an_english_attempt_matches_the_bilingual_key_like_the_chinese_one() {
    let zh = json_grade(&["--exercise", "north-china-grid", ATTEMPT, "--lang", "en"]);
    let en = json_grade(&[
        "--exercise",
        "north-china-grid",
        "tests/fixtures/grade/ncg-attempt.en.json",
        "--lang",
        "en",
    ]);
    assert_eq!(en["matches"], zh["matches"]);
    assert_eq!(en["sections"], zh["sections"]);
    assert_eq!(en["total"], 74.2);
    let subjects = |v: &Value| -> Vec<String> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["kind"] != "extra")
            .map(|i| i["subject"].to_string())
            .collect()
    };
    assert_eq!(subjects(&en), subjects(&zh));
}

#[test]
fn a_line_to_the_wrong_manager_is_one_wrong_item() {
    let key = r#"{"people":[{"id":"a","name":"周行长","roles":["approver"]},{"id":"b","name":"钱副行长"},{"id":"c","name":"孙总"}],
        "ties":[{"from":"b","to":"a","kind":"reports_to"},{"from":"c","to":"a","kind":"reports_to","explain":"风险条线独立"}]}"#;
    let att = r#"{"people":[{"id":"1","name":"周行长","roles":["approver"]},{"id":"2","name":"钱行长"},{"id":"3","name":"孙总"}],
        "ties":[{"from":"2","to":"1","kind":"reports_to"},{"from":"3","to":"2","kind":"reports_to"}]}"#;
    let key = load_json_str(key, "k").unwrap().map;
    let att = load_json_str(att, "a").unwrap().map;
    let g = grade(&key, &att, Lang::Zh);
    let lines: Vec<(ItemKind, String)> = g
        .items
        .iter()
        .filter(|i| i.section == Section::Reporting)
        .map(|i| (i.kind, i.message.render(Lang::Zh)))
        .collect();
    assert_eq!(
        lines,
        [
            (ItemKind::Found, "找到 钱副行长 → 周行长 (汇报)".to_string()),
            (
                ItemKind::Wrong,
                "孙总 → 周行长 (汇报)：应向 周行长 汇报；你画的是向 钱行长 汇报 — 风险条线独立".to_string()
            ),
        ]
    );
    let s = g.sections.iter().find(|s| s.section == Section::Reporting).unwrap();
    assert_eq!((s.earned, s.possible), (1.0, 2.0));
}

#[test]
fn either_half_of_the_bilingual_keys_grades_100() {
    use powermap::train::names::in_lang;
    for e in EXERCISES {
        let key = e.key_map().unwrap();
        for lang in [Lang::En, Lang::Zh] {
            // What a trainee writing in one language would draw: the same chart, their
            // own ids, names and unit names in that language only, no key annotations.
            let mut att = key.clone();
            att.grading = Default::default();
            for p in &mut att.people {
                p.id = format!("t_{}", p.id);
                p.name = p.name.as_deref().map(|n| in_lang(n, lang).to_string());
            }
            for u in &mut att.units {
                u.id = format!("u_{}", u.id);
                u.name = u.name.as_deref().map(|n| in_lang(n, lang).to_string());
            }
            let g = grade(&key, &att, lang);
            let off: Vec<String> = g
                .items
                .iter()
                .filter(|i| i.kind != ItemKind::Found)
                .map(|i| i.message.render(lang))
                .collect();
            assert_eq!(g.total, 100.0, "{} {lang:?}: {off:?}", e.name);
        }
    }
}

#[test]
fn the_exercise_command_lists_shows_and_writes_keys() {
    let out = powermap().args(["exercise", "list", "--lang", "en"]).output().unwrap();
    let list = String::from_utf8(out.stdout).unwrap();
    assert_eq!(list.lines().count(), EXERCISES.len());
    assert!(list.starts_with("north-china-grid "), "{list}");
    let out = powermap().args(["exercise", "show", "north-china-grid", "--lang", "en"]).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("# Electrical automation case"));
    let out = powermap().args(["exercise", "show", "org-influence"]).output().unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("高级副总裁"));
    let out = powermap().args(["exercise", "key", "county-hospital-endoscopy"]).output().unwrap();
    let key = String::from_utf8(out.stdout).unwrap();
    assert!(load_json_str(&key, "key").is_ok());
    let out = powermap().args(["exercise", "show", "bank", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no exercise named \"bank\""));
    let out = powermap().args(["exercise", "show", "bank", "--lang", "zh-Hant"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("沒有名為「bank」的練習"));
    powermap().args(["exercise"]).assert().code(2);
}

#[test]
fn json_feedback_has_the_same_codes_in_every_language() {
    let run = |lang: &str| json_grade(&["--exercise", "north-china-grid", ATTEMPT, "--lang", lang]);
    let (en, zh, hant) = (run("en"), run("zh"), run("zh-Hant"));
    for v in [&en, &zh, &hant] {
        assert_eq!(v["schema_version"], powermap::i18n::SCHEMA_VERSION);
    }
    // What a script reads: each item's kind, section, code and the shape of its
    // parameters, and the scores; only the words differ.
    let codes = |v: &Value| -> Vec<(String, String, String, Vec<String>)> {
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                let params = i["params"].as_object().unwrap().keys().cloned().collect();
                (s(&i["kind"]), s(&i["section"]), s(&i["code"]), params)
            })
            .collect()
    };
    fn s(v: &Value) -> String {
        v.as_str().unwrap().to_string()
    }
    assert!(codes(&en).iter().any(|c| c.2 == "grade-wrong-stance"), "{:?}", codes(&en));
    assert_eq!(codes(&en), codes(&zh));
    assert_eq!(codes(&en), codes(&hant));
    assert_eq!(en["sections"], hant["sections"]);
    assert_eq!(en["total"], hant["total"]);
    // The message is in the language asked for; parameters hold canonical values.
    let stance = |v: &Value| -> Value {
        v["items"].as_array().unwrap().iter().find(|i| i["code"] == "grade-wrong-stance").unwrap().clone()
    };
    assert_eq!(stance(&en)["params"]["expected"], "skeptic");
    assert_eq!(stance(&hant)["params"]["expected"], "skeptic");
    assert!(s(&stance(&en)["message"]).contains("stance should be skeptic"));
    assert!(s(&stance(&hant)["message"]).contains("立場應為 不支持"));
}

#[test]
fn a_class_report_ranks_the_common_mistakes_and_names_who_failed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(ATTEMPT, dir.path().join("anna.json")).unwrap();
    std::fs::copy(ATTEMPT, dir.path().join("bo.json")).unwrap();
    let key = powermap().args(["exercise", "key", "north-china-grid"]).output().unwrap();
    std::fs::write(dir.path().join("chen.json"), &key.stdout).unwrap();
    let d = dir.path().to_str().unwrap();
    let out = powermap()
        .args(["grade", "--exercise", "north-china-grid", d, "--pass", "80", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows: Vec<(&str, f64)> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["trainee"].as_str().unwrap(), r["total"].as_f64().unwrap()))
        .collect();
    let single = json_grade(&["--exercise", "north-china-grid", ATTEMPT])["total"].as_f64().unwrap();
    assert_eq!(rows, [("anna", single), ("bo", single), ("chen", 100.0)]);
    assert_eq!(v["failed"], serde_json::json!(["anna", "bo"]));
    let first = &v["mistakes"][0];
    assert_eq!(first["count"], 2, "{first}");
    assert_eq!(first["trainees"], serde_json::json!(["anna", "bo"]));
    assert!(v["mistakes"].as_array().unwrap().iter().all(|m| m["count"].as_u64() <= Some(2)));
    assert!(
        v["mistakes"].as_array().unwrap().iter().any(|m| m["explain"].is_string()),
        "explanations for the trainer"
    );
    // Text and Markdown name the trainees; HTML escapes; the pass line lists who failed.
    let text = powermap()
        .args(["grade", "--exercise", "north-china-grid", d, "--pass", "80", "--lang", "en"])
        .output()
        .unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("Class report: 3 trainees"), "{text}");
    assert!(text.contains("under the pass mark 80: anna, bo"), "{text}");
    assert!(text.contains("Most common mistakes:\n  1. "), "{text}");
    let html =
        powermap().args(["grade", "--exercise", "north-china-grid", d, "--format", "html"]).output().unwrap();
    assert!(html.status.success());
    let html = String::from_utf8(html.stdout).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<td>100.0</td>"), "{html}");
    // A workbook needs -o; with it, the file is a zip.
    let x =
        powermap().args(["grade", "--exercise", "north-china-grid", d, "--format", "xlsx"]).output().unwrap();
    assert_eq!(x.status.code(), Some(2));
    let book = dir.path().join("out").with_extension("xlsx");
    let x = powermap()
        .args([
            "grade",
            "--exercise",
            "north-china-grid",
            d,
            "--format",
            "xlsx",
            "-o",
            book.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(x.status.success(), "{}", String::from_utf8_lossy(&x.stderr));
    assert!(std::fs::read(&book).unwrap().starts_with(b"PK"));
    // Several attempts named one by one are a class too; everyone passing exits 0.
    let ok = powermap()
        .args(["grade", "--exercise", "north-china-grid", "--pass", "50", ATTEMPT, ATTEMPT])
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0), "{}", String::from_utf8_lossy(&ok.stdout));
}

#[test]
fn found_items_are_a_count_unless_verbose() {
    let out = powermap()
        .args(["grade", "--exercise", "north-china-grid", ATTEMPT, "--lang", "en"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains("Found ("), "{text}");
    assert!(text.contains("found: ") && text.contains("(--verbose lists them)"), "{text}");
    let out = powermap()
        .args(["grade", "--exercise", "north-china-grid", ATTEMPT, "--lang", "en", "--verbose"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().contains("Found ("));
    let out = powermap()
        .args(["grade", "--exercise", "north-china-grid", ATTEMPT, "--format", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["found"].as_u64().unwrap() > 0);
    assert!(v["items"].as_array().unwrap().iter().all(|i| i["kind"] != "found"));
}
