//! The `powermap` binary end to end: exit codes (0 valid, 1 refused or unreadable,
//! 2 usage), what goes to stdout and what to stderr, the JSON report, the built-in map,
//! standard input, and input files left untouched.

use assert_cmd::Command;
use std::path::Path;

use crate::common::{data, tempdir, write};
use crate::loaders::walk;

fn powermap() -> Command {
    Command::cargo_bin("powermap").unwrap()
}

fn stdout_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// Every map under data/: JSON files and people CSV files.
fn bundled_maps() -> Vec<std::path::PathBuf> {
    let maps: Vec<_> = walk(&crate::common::root().join("data"))
        .into_iter()
        .filter(|p| {
            p.extension().is_some_and(|e| e == "json")
                || p.file_name().and_then(|f| f.to_str()).is_some_and(|f| f.ends_with("people.csv"))
        })
        .collect();
    assert!(maps.len() >= 4, "{maps:?}");
    maps
}

const BROKEN: &str = "{\n  \"people\": [\n    {\"id\": \"a\", \"stance\": \"suport\"},\n    {\"id\": \"a\"}\n  ],\n  \"ties\": [{\"from\": \"a\", \"to\": \"b\", \"kind\": \"knows\"}]\n}\n";

#[test]
fn check_accepts_every_bundled_map_with_a_summary() {
    for map in bundled_maps() {
        let out = powermap().arg("check").arg(&map).output().unwrap();
        let (so, se) = (stdout_of(&out), stderr_of(&out));
        assert_eq!(out.status.code(), Some(0), "{}: {se}", map.display());
        assert!(so.starts_with(&format!("{}: ", map.display())), "{so}");
        assert!(so.contains("valid map") || so.contains("地图有效"), "{so}");
        assert!(!se.contains("error"), "{se}");
    }
    // A directory of CSV files is a map too.
    let out = powermap().arg("check").arg(data("north-china-grid")).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
}

#[test]
fn summary_counts_people_units_and_ties() {
    let out = powermap().args(["check", "--lang", "en"]).arg(data("north-china-grid.json")).output().unwrap();
    let so = stdout_of(&out);
    assert!(so.contains("  account: 华北电网 North China Grid\n"), "{so}");
    assert!(so.contains("  people: 9 (customer 7, ours 2)\n"), "{so}");
    assert!(so.contains("  units: 11\n"), "{so}");
    assert!(so.contains("  ties: 16 (reports to 5, influences 5, knows 6)\n"), "{so}");
    let out = powermap().args(["check", "--lang", "zh"]).arg(data("north-china-grid.json")).output().unwrap();
    assert!(stdout_of(&out).contains("  人员: 9（客户 7、我方 2）\n"), "{}", stdout_of(&out));
}

#[test]
fn check_refuses_a_broken_map_with_located_diagnostics() {
    let d = tempdir();
    let p = write(d.path(), "broken.json", BROKEN);
    let out = powermap().arg("check").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout_of(&out), "", "nothing on stdout for a refused map");
    let f = p.display();
    let want = format!(
        "{f}:3:27: error: people[0].stance: unknown stance \"suport\": did you mean \"supporter\"?\n\
         {f}:3:12: warning: people[0].id: \"a\" has no tie to anyone: add whom they report to, influence or know\n\
         {f}:4:12: error: people[1].id: duplicate person id \"a\" (first at people[0])\n\
         {f}:6:32: error: ties[0].to: \"b\" is not a person id\n\
         {f}: warning: no approver (※) is identified among the customer's people: find out who gives final approval\n\
         {f}: refused: 3 errors, 2 warnings\n"
    );
    assert_eq!(stderr_of(&out), want);
}

#[test]
fn check_refuses_broken_csv_with_file_and_line() {
    let d = tempdir();
    write(d.path(), "people.csv", "编号,立场\nhuang,支持\nliu,中力\n");
    write(d.path(), "ties.csv", "起点,终点,类型\nhuang,lui,影响\n");
    let out = powermap().args(["check", "--lang", "en"]).arg(d.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let se = stderr_of(&out);
    let people = d.path().join("people.csv");
    let ties = d.path().join("ties.csv");
    assert!(
        se.contains(&format!(
            "{}:3:2: error: 立场: unknown stance \"中力\": did you mean \"中立\"?\n",
            people.display()
        )),
        "{se}"
    );
    assert!(
        se.contains(&format!(
            "{}:2:2: error: 终点: \"lui\" is not a person id: did you mean \"liu\"?\n",
            ties.display()
        )),
        "{se}"
    );
}

#[test]
fn warnings_go_to_stderr_and_the_map_is_still_valid() {
    let d = tempdir();
    let p = write(
        d.path(),
        "m.json",
        r#"{"people": [{"id": "a", "roles": ["approver"]}, {"id": "b", "colour": 1, "reports_to": "a"}]}"#,
    );
    let out = powermap().arg("check").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        stderr_of(&out),
        format!("{}:1:71: warning: people[1].colour: unknown field \"colour\" (ignored)\n", p.display())
    );
    assert!(stdout_of(&out).contains("valid map"));
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["check", "--bogus"][..],
        &["check", "--format", "yaml"],
        &["check", "--lang", "fr"],
        &["frobnicate"],
        &["check", "a.json", "b.json"],
        &[],
    ] {
        let out = powermap().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stdout_of(&out), "", "{args:?}");
        assert!(!stderr_of(&out).is_empty(), "{args:?}");
    }
    let out = powermap().args(["check", "--format", "yaml"]).output().unwrap();
    assert!(stderr_of(&out).contains("invalid value 'yaml' for '--format <FORMAT>'"), "{}", stderr_of(&out));
    for help in [&["--help"][..], &["--version"], &["check", "--help"]] {
        powermap().args(help).assert().success();
    }
}

#[test]
fn check_format_json_report() {
    let out =
        powermap().args(["check", "--format", "json"]).arg(data("acme-hospital.json")).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["valid"], true);
    assert_eq!(v["map"], data("acme-hospital.json").display().to_string());
    assert!(v["errors"].as_array().unwrap().is_empty());
    assert!(v["warnings"].is_array());
    let s = &v["summary"];
    let people = s["people"].as_u64().unwrap();
    let by_side: u64 = s["people_by_side"].as_object().unwrap().values().map(|n| n.as_u64().unwrap()).sum();
    assert_eq!(people, by_side);
    let by_kind: u64 = s["ties_by_kind"].as_object().unwrap().values().map(|n| n.as_u64().unwrap()).sum();
    assert_eq!(s["ties"].as_u64().unwrap(), by_kind);
    assert!(s["units"].as_u64().unwrap() > 0);

    let d = tempdir();
    let p = write(d.path(), "broken.json", BROKEN);
    let out = powermap().args(["check", "--format", "json"]).arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["valid"], false);
    assert!(v["summary"].is_null());
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 3);
    assert_eq!(errors[0]["severity"], "error");
    assert_eq!(errors[0]["code"], "bad-value");
    assert_eq!(errors[0]["message"], "unknown stance \"suport\": did you mean \"supporter\"?");
    assert_eq!(
        errors[0]["location"],
        serde_json::json!({"file": p.display().to_string(), "line": 3, "column": 27, "path": "people[0].stance"})
    );
    let codes: Vec<&str> =
        v["warnings"].as_array().unwrap().iter().map(|w| w["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["no-tie", "no-approver"]);
    assert!(v["warnings"][1]["location"].get("line").is_none());
}

#[test]
fn no_map_uses_the_built_in_one_and_says_so() {
    let out = powermap().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let se = stderr_of(&out);
    assert!(se.contains("no MAP given") && se.contains("built-in North China"), "{se}");
    let so = stdout_of(&out);
    assert!(so.contains("华北电网"), "{so}");
    // The built-in map is the bundled file.
    let file = powermap().arg("check").arg(data("north-china-grid.json")).output().unwrap();
    let tail = |s: &str| s.lines().skip(1).collect::<Vec<_>>().join("\n");
    assert_eq!(tail(&so), tail(&stdout_of(&file)));
}

#[test]
fn map_on_standard_input() {
    let text = std::fs::read_to_string(data("acme-hospital.json")).unwrap();
    let out = powermap().args(["check", "-"]).write_stdin(text).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    let so = stdout_of(&out);
    assert!(so.starts_with("-: valid map\n"), "{so}");
    assert!(so.contains("people: 15"), "{so}");
    let out = powermap().args(["check", "-"]).write_stdin(BROKEN).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).starts_with("-:3:27: error: people[0].stance: unknown stance"),
        "{}",
        stderr_of(&out)
    );
    let out = powermap().args(["check", "-"]).write_stdin("{\"people\": [").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).starts_with("-:1:12: error: not valid JSON: EOF while parsing"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn unreadable_input_exits_1_with_a_clear_message() {
    let d = tempdir();
    let missing = d.path().join("nope.json");
    let out = powermap().arg("check").arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let se = stderr_of(&out);
    assert!(se.starts_with(&format!("powermap: cannot read {}: ", missing.display())), "{se}");
    assert!(!se.contains("panicked"), "{se}");
    // A directory without a people.csv, and a file that is no map.
    write(d.path(), "only.json", "{}");
    let out = powermap().arg("check").arg(d.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("this directory has no people.csv (to read the JSON map there, name it:"),
        "{}",
        stderr_of(&out)
    );
    let p = write(d.path(), "notes.md", "# not a map\n");
    let out = powermap().arg("check").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr_of(&out).contains(
        "not a map: expected a .json file, a people.csv (人员.csv) or a directory holding one, or a workbook"
    ));
}

#[test]
fn schema_prints_a_json_schema() {
    let out = powermap().arg("schema").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert_eq!(v, powermap::schema::schema());
    assert!(jsonschema::meta::is_valid(&v), "not a valid draft 2020-12 schema");
}

/// Modification time and bytes of every file under a directory.
fn snapshot(dir: &Path) -> Vec<(std::path::PathBuf, std::time::SystemTime, Vec<u8>)> {
    walk(dir)
        .into_iter()
        .map(|p| {
            let m = std::fs::metadata(&p).unwrap().modified().unwrap();
            let b = std::fs::read(&p).unwrap();
            (p, m, b)
        })
        .collect()
}

#[test]
fn input_files_are_never_modified() {
    let d = tempdir();
    let src = data("north-china-grid");
    for f in walk(&src) {
        write(d.path(), f.file_name().unwrap().to_str().unwrap(), std::fs::read(&f).unwrap());
    }
    write(d.path(), "map.json", std::fs::read(data("north-china-grid.json")).unwrap());
    write(d.path(), "broken.json", BROKEN);
    let before = snapshot(d.path());
    std::thread::sleep(std::time::Duration::from_millis(20));
    for arg in ["people.csv", "map.json", "broken.json", "."] {
        for format in ["text", "json"] {
            powermap().current_dir(d.path()).args(["check", "--format", format, arg]).output().unwrap();
        }
    }
    assert_eq!(snapshot(d.path()), before, "a check must not touch its input nor add files beside it");
}

/// powermap with no language in the environment, unless the test sets one.
fn plain() -> Command {
    let mut c = powermap();
    c.env_remove("LANG").env_remove("LC_ALL").env_remove("LC_MESSAGES");
    c
}

#[test]
fn a_refused_chinese_map_is_refused_in_chinese() {
    let d = tempdir();
    write(d.path(), "人员.csv", "编号,立场\n1,中力\n2,支持\n");
    let out = plain().arg("check").arg(d.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let se = stderr_of(&out);
    assert!(se.contains("人员.csv:2:2: 错误: 立场: 未知的立场“中力”：是不是“中立”？\n"), "{se}");
    assert!(se.contains(": 未通过检查：1 个错误，"), "{se}");
    // Every command that loads the map says so in Chinese, and --lang still wins.
    for cmd in ["rank", "analyze", "render"] {
        let out = plain().arg(cmd).arg(d.path()).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{cmd}");
        let se = stderr_of(&out);
        assert!(se.contains("未知的立场“中力”"), "{cmd}: {se}");
        assert!(se.contains("地图有 1 个错误；运行 `powermap check` 查看详情"), "{cmd}: {se}");
        let out = plain().arg(cmd).arg(d.path()).args(["--lang", "en"]).output().unwrap();
        let se = stderr_of(&out);
        assert!(se.contains("error: 立场: unknown stance \"中力\": did you mean \"中立\"?"), "{cmd}: {se}");
        assert!(se.contains("the map has 1 error; run `powermap check` for details"), "{cmd}: {se}");
    }
}

#[test]
fn warnings_of_a_valid_map_are_in_its_language() {
    let d = tempdir();
    let p = write(
        d.path(),
        "m.json",
        r#"{"people": [{"id": "a", "name": "王总", "roles": ["批准者"]}, {"id": "b", "name": "李工", "colour": 1, "reports_to": "a"}]}"#,
    );
    for args in [&["check"][..], &["rank"], &["render", "--format", "dot"]] {
        let out = plain().args(args).arg(&p).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert_eq!(
            stderr_of(&out),
            format!("{}:1:94: 警告: people[1].colour: 未知字段“colour”（已忽略）\n", p.display()),
            "{args:?}"
        );
    }
}

#[test]
fn the_environment_chooses_when_the_map_does_not_tell() {
    let d = tempdir();
    // Ids only and English headers: nothing in the map says what language it is.
    let p = write(d.path(), "people.csv", "id,stance\n1,suport\n");
    let out = plain().arg("check").arg(&p).env("LANG", "zh_TW.UTF-8").output().unwrap();
    let se = stderr_of(&out);
    assert!(se.contains(":2:2: 錯誤: stance: 未知的立場「suport」：是不是「supporter」？\n"), "{se}");
    assert!(se.contains("未通過檢查：1 個錯誤"), "{se}");
    let out = plain()
        .arg("check")
        .arg(&p)
        .env("LC_ALL", "zh_CN.UTF-8")
        .env("LANG", "en_US.UTF-8")
        .output()
        .unwrap();
    assert!(stderr_of(&out).contains("错误: stance: 未知的立场“suport”"), "{}", stderr_of(&out));
    let out = plain().arg("check").arg(&p).output().unwrap();
    assert!(stderr_of(&out).contains("error: stance: unknown stance \"suport\""), "{}", stderr_of(&out));
    // A map that tells wins over the environment; --lang over both.
    let q = write(d.path(), "zh/people.csv", "编号,立场\n1,suport\n");
    let out = plain().arg("check").arg(&q).env("LANG", "en_US.UTF-8").output().unwrap();
    assert!(stderr_of(&out).contains("错误: 立场: 未知的立场“suport”"), "{}", stderr_of(&out));
    let out =
        plain().args(["check", "--lang", "zh-Hant"]).arg(&q).env("LANG", "en_US.UTF-8").output().unwrap();
    assert!(stderr_of(&out).contains("錯誤: 立场: 未知的立場「suport」"), "{}", stderr_of(&out));
    // A file that cannot be read is said in the environment's language.
    let out =
        plain().arg("check").arg(d.path().join("nope.json")).env("LANG", "zh_CN.UTF-8").output().unwrap();
    assert!(stderr_of(&out).starts_with("powermap: 无法读取 "), "{}", stderr_of(&out));
}

#[test]
fn check_json_carries_codes_parameters_and_words_in_the_language() {
    let d = tempdir();
    let p = write(d.path(), "m.json", r#"{"people": [{"id": "a", "name": "王总", "stance": "中力"}]}"#);
    let out = plain().args(["check", "--format", "json"]).arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema_version"], powermap::i18n::SCHEMA_VERSION);
    assert_eq!(v["lang"], "zh");
    let e = &v["errors"][0];
    assert_eq!(e["code"], "bad-value");
    assert_eq!(e["message_code"], "value-unknown-suggest");
    assert_eq!(
        e["params"],
        serde_json::json!({"what": "stance", "value": "中力", "suggestion": "中立", "meant": "neutral"})
    );
    assert_eq!(e["message"], "未知的立场“中力”：是不是“中立”？");
    assert_eq!(v["warnings"][0]["message_code"], "diag-no-tie");
    let out = plain().args(["check", "--format", "json", "--lang", "en"]).arg(&p).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["lang"], "en");
    assert_eq!(v["errors"][0]["message"], "unknown stance \"中力\": did you mean \"中立\"?");
    assert_eq!(v["errors"][0]["params"]["meant"], "neutral");
}
