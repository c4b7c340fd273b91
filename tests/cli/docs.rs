//! docs/format.md tells the truth: its example map reads the same in JSON and in
//! Chinese CSV, and every map shown in it loads.

use crate::common::{load_json, ok, root, tempdir, write};
use powermap::load::load_path;

/// The fenced code blocks of a Markdown text: (info string, body).
fn blocks(md: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in md.lines() {
        let t = line.trim_start();
        match (&mut current, t.strip_prefix("```")) {
            (None, Some(info)) => current = Some((info.trim().to_string(), String::new())),
            (Some(_), Some(_)) => out.extend(current.take()),
            (Some((_, body)), None) => {
                body.push_str(t);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    out
}

fn format_md() -> String {
    std::fs::read_to_string(root().join("docs/format.md")).unwrap()
}

#[test]
fn the_example_reads_the_same_in_json_and_chinese_csv() {
    let all = blocks(&format_md());
    let json =
        all.iter().find(|(info, _)| info == "json example").map(|(_, b)| b).expect("a ```json example block");
    let from_json = ok(load_json(json));
    assert!(from_json.warnings.is_empty(), "{:?}", from_json.warnings);
    let d = tempdir();
    let mut files = 0;
    for (info, body) in &all {
        if let Some(name) = info.strip_prefix("csv ") {
            write(d.path(), name.trim(), body);
            files += 1;
        }
    }
    assert_eq!(files, 4, "people, units, ties and account files expected");
    let from_csv = ok(load_path(d.path()));
    assert!(from_csv.warnings.is_empty(), "{:?}", from_csv.warnings);
    assert_eq!(from_csv.map, from_json.map);
    assert_eq!(from_json.map.people.len(), 4);
    assert_eq!(from_json.map.ties.len(), 5);
}

#[test]
fn every_map_shown_in_the_docs_loads() {
    let mut n = 0;
    for (info, body) in blocks(&format_md()) {
        if !info.starts_with("json") {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&body).unwrap_or_else(|e| panic!("{e}:\n{body}"));
        if v.get("people").is_some() {
            ok(load_json(&body));
            n += 1;
        }
    }
    assert!(n >= 3, "{n}");
}
