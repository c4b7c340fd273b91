//! `powermap render` as a user runs it: formats to stdout and files, flag errors with
//! exit code 2, a missing Graphviz with exit code 1, never a panic.

use assert_cmd::Command;

fn powermap() -> Command {
    Command::cargo_bin("powermap").unwrap()
}

#[test]
fn renders_the_built_in_map_to_stdout_in_every_format() {
    for format in ["dot", "svg", "html", "graphml", "mermaid"] {
        let out = powermap().args(["render", "--format", format]).output().unwrap();
        assert!(out.status.success(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("黄主任"), "{format}");
    }
}

#[test]
fn writes_a_file_with_dash_o_and_the_map_language_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nc.html");
    let map = crate::root().join("data/north-china-grid.json");
    powermap().args(["render"]).arg(&map).args(["--format", "html", "-o"]).arg(&path).assert().success();
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.contains("lang=\"zh-CN\"") && html.contains("图例"));
    let en =
        powermap().args(["render"]).arg(&map).args(["--format", "html", "--lang", "en"]).output().unwrap();
    assert!(String::from_utf8(en.stdout).unwrap().contains("Legend"));
}

#[test]
fn views_around_and_path_to_are_accepted() {
    for view in ["org", "influence", "coverage", "full"] {
        powermap().args(["render", "--format", "dot", "--view", view]).assert().success();
    }
    let out =
        powermap().args(["render", "--format", "dot", "--around", "zhang", "--depth", "1"]).output().unwrap();
    assert!(out.status.success());
    let dot = String::from_utf8(out.stdout).unwrap();
    assert!(dot.contains("p_zhang") && dot.contains("p_ma") && !dot.contains("p_tender_contact"));
    powermap().args(["render", "--format", "svg", "--path-to", "bureau_head"]).assert().success();
}

#[test]
fn an_unknown_person_is_a_usage_error_with_a_suggestion() {
    let out = powermap().args(["render", "--around", "huangg", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("--around huangg: no person has this id: did you mean \"huang\"?"), "{err}");
    // The built-in map is Chinese: without --lang the usage error is in Chinese.
    let out = powermap().args(["render", "--around", "huangg"]).output().unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("--around huangg：没有这个编号的人员") && err.contains("\"huang\""), "{err}");
    let out = powermap().args(["render", "--path-to", "nobody"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn bad_flags_are_usage_errors() {
    powermap().args(["render", "--format", "jpeg"]).assert().code(2);
    powermap().args(["render", "--depth", "2"]).assert().code(2);
    powermap().args(["render", "--view", "everything"]).assert().code(2);
}

#[test]
fn a_missing_graphviz_is_a_clear_error() {
    let out = powermap()
        .env("POWERMAP_DOT", "/nonexistent/dot")
        .args(["render", "--format", "svg", "--engine", "graphviz", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("needs Graphviz") && err.contains("--engine builtin"), "{err}");
    // In the diagram's language: the built-in map's Chinese, or Traditional when asked.
    for (lang, words) in
        [(None, "需要 Graphviz 的 `/nonexistent/dot` 程序"), (Some("zh-Hant"), "程式，但找不到")]
    {
        let mut cmd = powermap();
        cmd.env("POWERMAP_DOT", "/nonexistent/dot")
            .args(["render", "--format", "svg", "--engine", "graphviz"]);
        if let Some(l) = lang {
            cmd.args(["--lang", l]);
        }
        let out = cmd.output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(words) && err.contains("--engine builtin"), "{err}");
    }
}

#[cfg(unix)]
fn fake_dot(dir: &std::path::Path, body: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("fake-dot");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[cfg(unix)]
#[test]
fn a_graphviz_that_never_finishes_is_stopped_not_waited_for() {
    let dir = tempfile::tempdir().unwrap();
    let dot = fake_dot(dir.path(), "cat >/dev/null; sleep 30");
    let start = std::time::Instant::now();
    let out = powermap()
        .env("POWERMAP_DOT", &dot)
        .env("POWERMAP_DOT_TIMEOUT", "1")
        .args(["render", "--format", "svg", "--engine", "graphviz", "--lang", "en"])
        .output()
        .unwrap();
    assert!(start.elapsed().as_secs() < 15, "waited {:?}", start.elapsed());
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("stopped after 1 s") && err.contains("--engine builtin"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_failing_graphviz_reports_its_message() {
    let dir = tempfile::tempdir().unwrap();
    let dot = fake_dot(dir.path(), "cat >/dev/null; echo 'Error: syntax error in line 1' >&2; exit 3");
    let out = powermap()
        .env("POWERMAP_DOT", &dot)
        .args(["render", "--format", "html", "--engine", "graphviz", "--lang", "en"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("failed") && err.contains("syntax error in line 1"), "{err}");
}

#[test]
fn an_unwritable_output_is_an_error_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no/such/dir/out.svg");
    let out = powermap().args(["render", "--lang", "en", "-o"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stderr).unwrap().contains("cannot write"));
}

#[test]
fn a_refused_map_is_a_data_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    std::fs::write(&path, r#"{"version": 1, "people": [{"id": "a", "stance": "suport"}]}"#).unwrap();
    powermap().arg("render").arg(&path).assert().code(1);
}

/// The text of every `<title>` (tooltip) of an SVG.
fn tooltips(svg: &str) -> Vec<String> {
    svg.split("<title>").skip(1).filter_map(|t| t.split("</title>").next()).map(str::to_string).collect()
}

#[test]
fn chinese_tooltips_and_legends_hold_no_english_words() {
    let english = [
        "reports_to",
        "reports to",
        "influences",
        "knows",
        "conflict",
        "supporter",
        "skeptic",
        "neutral",
        "opponent",
        "champion",
        "Legend",
        "Stance",
        "Our side",
    ];
    for (lang, reports) in [("zh", "(汇报)"), ("zh-Hant", "(匯報)")] {
        let out = powermap()
            .args(["render", "--format", "svg", "--view", "full", "--lang", lang])
            .output()
            .unwrap();
        assert!(out.status.success());
        let svg = String::from_utf8(out.stdout).unwrap();
        let tips = tooltips(&svg);
        assert!(tips.iter().any(|t| t.contains(reports)), "{lang}: {tips:?}");
        for t in &tips {
            for w in english {
                assert!(!t.contains(w), "{lang}: tooltip {t:?} says {w:?}");
            }
        }
        let legend = svg.split("<g class=\"legend\">").nth(1).unwrap();
        for w in english {
            assert!(!legend.contains(w), "{lang}: the legend says {w:?}");
        }
    }
    // English tooltips name the kind in words, not as the JSON spelling.
    let out = powermap().args(["render", "--format", "svg", "--lang", "en"]).output().unwrap();
    let tips = tooltips(&String::from_utf8(out.stdout).unwrap());
    assert!(
        tips.iter().any(|t| t.contains("(reports to)")) && !tips.iter().any(|t| t.contains("reports_to"))
    );
}
