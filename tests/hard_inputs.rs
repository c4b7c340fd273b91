//! Hard inputs (issue 14): each finding of the attack on the binary, as a regression
//! test named after it, run through the real binary. No record is silently dropped, no
//! markup comes through from a name, no input is overwritten, reads are bounded, and a
//! closed pipe ends a run quietly.

use assert_cmd::Command;
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;

fn powermap() -> Command {
    let mut c = Command::cargo_bin("powermap").unwrap();
    c.env_remove("POWERMAP_MAX_INPUT").env("LANG", "C");
    c
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// `check --format json`: the exit code and the diagnostics.
fn check_json(path: &Path) -> (i32, Vec<Value>) {
    let out = powermap().args(["check", "--format", "json"]).arg(path).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&out.stdout));
    });
    let mut diags = v["errors"].as_array().cloned().unwrap_or_default();
    diags.extend(v["warnings"].as_array().cloned().unwrap_or_default());
    (out.status.code().unwrap(), diags)
}

fn with_code<'a>(diags: &'a [Value], code: &str) -> Vec<&'a Value> {
    diags.iter().filter(|d| d["code"] == code).collect()
}

fn line_col(d: &Value) -> (u64, u64) {
    let l = &d["location"];
    (l["line"].as_u64().unwrap_or(0), l["column"].as_u64().unwrap_or(0))
}

// 1. A lone surrogate escape: the map was "valid" with that record and every one after
// it gone, and every other diagnostic lost its line.

#[test]
fn lone_surrogate_refuses_the_map_located_and_other_problems_keep_their_lines() {
    let dir = tempfile::tempdir().unwrap();
    let text = "{\"version\": 1,\n \"people\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\", \"name\": \"x\\ud800\"},\n  {\"id\": \"c\"}\n ],\n \"zzz\": 1\n}\n";
    let map = write(dir.path(), "m.json", text);
    let (code, diags) = check_json(&map);
    assert_eq!(code, 1, "{diags:?}");
    let bad = with_code(&diags, "unreadable-record");
    assert_eq!(bad.len(), 1, "{diags:?}");
    assert_eq!(bad[0]["location"]["path"], "people[1]");
    assert_eq!(bad[0]["message_code"], "robust-lone-surrogate");
    // Line 4, at the escape (the reader stops just after it).
    let (l, c) = line_col(bad[0]);
    assert_eq!(l, 4, "{bad:?}");
    assert!((30..=37).contains(&c), "{bad:?}");
    // The unknown field after the list is still located.
    let unknown = with_code(&diags, "unknown-field");
    assert_eq!(unknown.len(), 1, "{diags:?}");
    assert_eq!(line_col(unknown[0]), (7, 9), "{unknown:?}");
}

#[test]
fn ties_naming_people_after_an_unreadable_one_are_counted_not_listed() {
    // Every end naming someone after the record that stopped the reading would be
    // "not a person id": a flood burying the one real problem. They are said once, as
    // a count; the map is still refused.
    let dir = tempfile::tempdir().unwrap();
    let mut people: Vec<String> = (0..40).map(|i| format!("{{\"id\": \"p{i}\"}}")).collect();
    people[0] = "{\"id\": \"p0\", \"reports_to\": [\"p30\"]}".into();
    people[10] = "{\"id\": \"p10\", \"name\": \"x\\ud800\"}".into();
    let ties: Vec<String> =
        (1..40).map(|i| format!("{{\"from\": \"p{i}\", \"to\": \"p0\", \"kind\": \"knows\"}}")).collect();
    let text = format!("{{\"people\": [{}],\n\"ties\": [\n{}\n]}}", people.join(",\n"), ties.join(",\n"));
    let map = write(dir.path(), "m.json", &text);
    let (code, diags) = check_json(&map);
    assert_eq!(code, 1, "{diags:?}");
    assert_eq!(with_code(&diags, "unreadable-record").len(), 1, "{diags:?}");
    assert!(with_code(&diags, "unknown-id").is_empty(), "{diags:?}");
    let counted = with_code(&diags, "unread-ends");
    assert_eq!(counted.len(), 1, "{diags:?}");
    // p10 to p39 from the ties (30), and p30 from p0's reports_to.
    assert_eq!(counted[0]["message_code"], "diag-ends-not-read");
    assert!(
        counted[0]["message"].as_str().unwrap().starts_with("31 ends of ties name no one"),
        "{counted:?}"
    );
    assert!(counted[0]["message"].as_str().unwrap().contains("people[10]"), "{counted:?}");
    assert_eq!(counted[0]["location"]["path"], "ties");
}

#[test]
fn lone_surrogate_in_the_second_half_of_many_ties_is_reported() {
    // Big lists are read in two shares on two threads; either may hold the bad record.
    let dir = tempfile::tempdir().unwrap();
    let people: Vec<String> = (0..3000).map(|i| format!("{{\"id\": \"p{i}\"}}")).collect();
    let mut ties: Vec<String> =
        (1..3000).map(|i| format!("{{\"from\": \"p{i}\", \"to\": \"p0\", \"kind\": \"knows\"}}")).collect();
    ties[2500] = "{\"from\": \"p1\", \"to\": \"p0\", \"kind\": \"knows\", \"note\": \"\\udc00\"}".into();
    let text = format!("{{\"people\": [{}],\n\"ties\": [\n{}\n]}}", people.join(",\n"), ties.join(",\n"));
    let map = write(dir.path(), "m.json", &text);
    let (code, diags) = check_json(&map);
    assert_eq!(code, 1, "{diags:?}");
    let bad = with_code(&diags, "unreadable-record");
    assert_eq!(bad.len(), 1, "{diags:?}");
    assert_eq!(bad[0]["location"]["path"], "ties[2500]");
    assert_eq!(line_col(bad[0]).0, 5502);
}

#[test]
fn number_out_of_range_in_a_record_refuses_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let map =
        write(dir.path(), "m.json", "{\"people\": [{\"id\": \"a\", \"level\": 1e400}, {\"id\": \"b\"}]}");
    let (code, diags) = check_json(&map);
    assert_eq!(code, 1, "{diags:?}");
    assert_eq!(with_code(&diags, "unreadable-record")[0]["message_code"], "robust-number-out-of-range");
}

// 2. An unclosed quote in a CSV cell swallowed the rest of the file.

#[test]
fn csv_unclosed_quote_is_an_error_where_it_opens() {
    let dir = tempfile::tempdir().unwrap();
    let people = write(
        dir.path(),
        "people.csv",
        "id,name,stance\na,\"黄主任,supporter\nb,赵总,neutral\nc,王,neutral\n",
    );
    let (code, diags) = check_json(&people);
    assert_eq!(code, 1, "{diags:?}");
    let d = with_code(&diags, "unclosed-quote");
    assert_eq!(d.len(), 1, "{diags:?}");
    assert_eq!(line_col(d[0]).0, 2, "located at the line where the quote opens");
}

// 3. Duplicate keys: the last value silently won.

#[test]
fn duplicate_keys_are_errors_at_the_second_key_in_every_object() {
    let dir = tempfile::tempdir().unwrap();
    let text = r#"{
  "version": 1,
  "account": "A", "account": "B",
  "context": {"governance": "centralized", "治理结构": "balanced"},
  "units": [{"id": "u", "name": "x", "name": "y"}],
  "people": [
    {"id": "a", "stance": "opponent", "stance": "champion"},
    {"id": "b", "立场": "opponent", "stance": "champion", "stance": "neutral"}
  ],
  "ties": [{"from": "a", "to": "b", "kind": "knows", "kind": "conflict"}]
}"#;
    let map = write(dir.path(), "m.json", text);
    let (code, diags) = check_json(&map);
    assert_eq!(code, 1, "{diags:?}");
    let mut got: Vec<(String, (u64, u64))> = with_code(&diags, "duplicate-key")
        .iter()
        .map(|d| (d["location"]["path"].as_str().unwrap().to_string(), line_col(d)))
        .collect();
    got.sort();
    let col = |line: usize, needle: &str, nth: usize| {
        let l = text.lines().nth(line - 1).unwrap();
        let at = l.match_indices(needle).nth(nth).unwrap().0;
        (line as u64, l[..at].chars().count() as u64 + 1)
    };
    let mut want = vec![
        ("account".to_string(), col(3, "\"account\"", 1)),
        ("context.governance".to_string(), col(4, "\"治理结构\"", 0)),
        ("units[0].name".to_string(), col(5, "\"name\"", 1)),
        ("people[0].stance".to_string(), col(7, "\"stance\"", 1)),
        ("people[1].stance".to_string(), col(8, "\"stance\"", 0)),
        ("people[1].stance".to_string(), col(8, "\"stance\"", 1)),
        ("ties[0].kind".to_string(), col(10, "\"kind\"", 1)),
    ];
    want.sort();
    assert_eq!(got, want, "{diags:?}");
    // In words, in the three languages.
    let msg = powermap::i18n::Msg::new("robust-duplicate-key").arg("key", "stance");
    assert!(msg.render(powermap::i18n::Lang::ZhHant).contains("欄位「stance」重複"));
    assert!(msg.render(powermap::i18n::Lang::Zh).contains("字段“stance”重复"));
}

// 4. Mermaid applied `%%{init: …}%%` in a name as a directive.

fn named_map(dir: &Path, names: &[(&str, &str)]) -> PathBuf {
    let people: Vec<Value> =
        names.iter().map(|(id, name)| serde_json::json!({"id": id, "name": name})).collect();
    let ties: Vec<Value> = names
        .windows(2)
        .map(|w| serde_json::json!({"from": w[0].0, "to": w[1].0, "kind": "knows"}))
        .collect();
    let map = serde_json::json!({"version": 1, "account": "AT&amp;T", "people": people, "ties": ties});
    write(dir, "m.json", &map.to_string())
}

fn render(map: &Path, format: &str, extra: &[&str]) -> String {
    let out = powermap().args(["render", "--format", format]).args(extra).arg(map).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn mermaid_percent_in_a_name_is_no_directive() {
    let dir = tempfile::tempdir().unwrap();
    let map = named_map(dir.path(), &[("a", "%%{init: {\"theme\": \"forest\"}}%%"), ("b", "x %%{ y")]);
    let m = render(&map, "mermaid", &[]);
    assert!(!m.contains("%%{") && !m.contains("init:") || !m.contains("%%"), "{m}");
    assert!(!m.contains('%'), "{m}");
    assert!(m.contains("#37;#37;{init:"), "{m}");
}

// 5. DOT let `&` through (Graphviz decodes entities), and ids differing only by a
// control character became one node in DOT and GraphML.

#[test]
fn dot_ampersand_is_escaped_so_graphviz_draws_names_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let map = named_map(dir.path(), &[("&name;", "AT&amp;T"), ("b", "<script>x</script>")]);
    let d = render(&map, "dot", &[]);
    assert!(d.contains("AT&amp;amp;T"), "{d}");
    assert!(d.contains("p_&amp;name;"), "{d}");
    assert!(!d.contains("<script"), "{d}");
    for (i, _) in d.match_indices('&') {
        let rest = &d[i..];
        assert!(
            ["&amp;", "&lt;", "&gt;"].iter().any(|e| rest.starts_with(e)),
            "{}",
            &rest[..rest.len().min(20)]
        );
    }
}

#[test]
fn graphviz_svg_is_well_formed_when_an_id_is_an_entity() {
    if std::process::Command::new("dot").arg("-V").output().is_err() {
        eprintln!("Graphviz is not installed (scripts/test-deps.sh installs it): skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let map = named_map(dir.path(), &[("&name;", "AT&amp;T"), ("&#0;", "b")]);
    let svg = render(&map, "svg", &["--engine", "graphviz"]);
    let doc = roxmltree::Document::parse(&svg).unwrap_or_else(|e| panic!("{e}"));
    let text: String = doc.descendants().filter_map(|n| n.text()).collect();
    assert!(text.contains("AT&amp;T"), "the name is drawn as written: {text}");
}

#[test]
fn ids_differing_only_by_a_control_character_stay_distinct_nodes() {
    let dir = tempfile::tempdir().unwrap();
    let map = named_map(dir.path(), &[("a\u{1}", "one"), ("a\u{2}", "two"), ("a", "three")]);
    let d = render(&map, "dot", &[]);
    let nodes: std::collections::HashSet<&str> = d
        .lines()
        .filter(|l| {
            l.contains("label=") && (l.trim_start().starts_with("\"p_") || l.trim_start().starts_with("\"q_"))
        })
        .map(|l| l.trim_start().split("\" [").next().unwrap())
        .collect();
    assert_eq!(nodes.len(), 3, "{d}");
    let g = render(&map, "graphml", &[]);
    let doc = roxmltree::Document::parse(&g).unwrap();
    let ids: std::collections::HashSet<&str> =
        doc.descendants().filter(|n| n.has_tag_name("node")).filter_map(|n| n.attribute("id")).collect();
    assert_eq!(ids.len(), 3, "{g}");
    let ends: std::collections::HashSet<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("edge"))
        .flat_map(|n| [n.attribute("source").unwrap(), n.attribute("target").unwrap()])
        .collect();
    assert!(ends.is_subset(&ids), "{ends:?} {ids:?}");
}

// 6. `-o` naming the input overwrote it; links, devices, read-only files, temp files.

#[test]
fn output_onto_the_input_map_is_refused_in_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let map = named_map(dir.path(), &[("a", "A"), ("b", "B")]);
    let before = std::fs::read(&map).unwrap();
    // By another name of the same file, too.
    let other = dir.path().join(".").join("m.json");
    for target in [&map, &other] {
        let out =
            powermap().args(["render", "--format", "dot", "-o"]).arg(target).arg(&map).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stderr).contains("-o"));
        assert_eq!(std::fs::read(&map).unwrap(), before);
    }
    // A CSV folder: each of its files is an input.
    let csv = dir.path().join("csv");
    std::fs::create_dir(&csv).unwrap();
    write(&csv, "people.csv", "id,name\na,A\nb,B\n");
    write(&csv, "ties.csv", "from,to,kind\na,b,knows\n");
    for name in ["people.csv", "ties.csv"] {
        let out = powermap()
            .args(["render", "--format", "dot", "-o"])
            .arg(csv.join(name))
            .arg(&csv)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
    }
    assert_eq!(std::fs::read_to_string(csv.join("ties.csv")).unwrap(), "from,to,kind\na,b,knows\n");
    // Every command that takes -o writes through the same place.
    let out =
        powermap().args(["generate", "--people", "5", "-o"]).arg(dir.path().join("g.json")).output().unwrap();
    assert!(out.status.success());
    let out = powermap()
        .args(["exercise", "key", "hospital", "-o"])
        .arg(dir.path().join("k.json"))
        .output()
        .unwrap();
    assert!(out.status.success() || out.status.code() == Some(1), "{}", String::from_utf8_lossy(&out.stderr));
}

#[cfg(unix)]
#[test]
fn output_writes_through_a_symlink_to_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let map = named_map(dir.path(), &[("a", "A")]);
    let real = write(dir.path(), "real.dot", "old");
    let link = dir.path().join("link.dot");
    std::os::unix::fs::symlink("real.dot", &link).unwrap();
    let out = powermap().args(["render", "--format", "dot", "-o"]).arg(&link).arg(&map).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
    assert!(std::fs::read_to_string(&real).unwrap().starts_with("digraph"));
    // A link to the input map is the input map.
    let to_map = dir.path().join("to-map.json");
    std::os::unix::fs::symlink(&map, &to_map).unwrap();
    let out = powermap().args(["render", "--format", "dot", "-o"]).arg(&to_map).arg(&map).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[cfg(unix)]
#[test]
fn output_to_a_device_is_written_directly() {
    use std::os::unix::fs::FileTypeExt;
    // A named pipe stands for a device: a binary that replaces what it writes to
    // would replace it, and this test must not break the machine's /dev/null when
    // it is run against such a binary.
    let dir = tempfile::tempdir().unwrap();
    let map = named_map(dir.path(), &[("a", "A")]);
    let fifo = dir.path().join("pipe");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = powermap().args(["render", "--format", "dot", "-o"]).arg(&fifo).arg(&map).output().unwrap();
    if !std::fs::metadata(&fifo).unwrap().file_type().is_fifo() {
        // Unblock the reader before failing.
        let _ = std::fs::write(&fifo, "");
        panic!("the pipe was replaced by a file");
    }
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(reader.join().unwrap().starts_with("digraph"));
    // /dev/stdout names no real path when it is a pipe.
    let out = powermap().args(["render", "--format", "dot", "-o", "/dev/stdout"]).arg(&map).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("digraph"));
}

#[cfg(unix)]
#[test]
fn output_to_a_read_only_file_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let map = named_map(dir.path(), &[("a", "A")]);
    let ro = write(dir.path(), "ro.dot", "keep");
    std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = powermap().args(["render", "--format", "dot", "-o"]).arg(&ro).arg(&map).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("read-only"));
    assert_eq!(std::fs::read_to_string(&ro).unwrap(), "keep");
    // Nothing else is left beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
}

// 7. Unbounded reads.

#[test]
fn check_dev_zero_is_refused_at_once() {
    let out =
        powermap().args(["check", "/dev/zero"]).timeout(std::time::Duration::from_secs(20)).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not text"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("powermap"))
        .args(["check", "-"])
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not text"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn inputs_over_the_bound_are_refused_with_the_way_to_raise_it() {
    let dir = tempfile::tempdir().unwrap();
    // A sparse 3 GiB people.csv: refused by its size, before any reading.
    let big = dir.path().join("people.csv");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(3 << 30).unwrap();
    let out = powermap().arg("check").arg(&big).timeout(std::time::Duration::from_secs(20)).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("2 GiB") && err.contains("--max-input") && err.contains("POWERMAP_MAX_INPUT"),
        "{err}"
    );
    // The bound is lowered (or raised) by the flag and by the environment.
    let map = named_map(dir.path(), &[("a", "A"), ("b", "B")]);
    let out = powermap().args(["check", "--max-input", "50"]).arg(&map).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("50 B"));
    let out = powermap().arg("check").arg(&map).env("POWERMAP_MAX_INPUT", "50").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = powermap()
        .args(["check", "--max-input", "1M"])
        .arg(&map)
        .env("POWERMAP_MAX_INPUT", "50")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn binary_files_are_refused_as_not_text() {
    let dir = tempfile::tempdir().unwrap();
    let bin = dir.path().join("people.csv");
    std::fs::write(&bin, b"\x7fELF\x02\x01\x01\x00\x00\x00id,name\n").unwrap();
    let (code, diags) = check_json(&bin);
    assert_eq!(code, 1);
    assert_eq!(with_code(&diags, "not-text").len(), 1, "{diags:?}");
}

// 8. A closed pipe: "Broken pipe" and exit 1 from generate.

/// Runs powermap with its standard output a pipe whose reading end is closed before
/// anything is written (as `| head` does once it has its lines): exit 0, nothing said.
fn closed_pipe(args: &[&str]) {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("powermap"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    let status = child.wait().unwrap();
    let err: String = err.lines().filter(|l| !l.contains("no MAP given")).collect();
    assert!(status.success() && err.is_empty(), "{args:?}: {status:?} {err}");
}

#[test]
fn every_command_exits_quietly_on_a_closed_pipe() {
    let north = concat!(env!("CARGO_MANIFEST_DIR"), "/data/north-china-grid.json");
    closed_pipe(&["generate", "--people", "3000"]);
    closed_pipe(&["analyze", north]);
    closed_pipe(&["analyze", "--format", "json", north]);
    closed_pipe(&["rank", north]);
    closed_pipe(&["unreached", north]);
    closed_pipe(&["paths", north]);
    closed_pipe(&["check", north]);
    closed_pipe(&["check", "--format", "json", north]);
    closed_pipe(&["render", "--format", "svg", north]);
    closed_pipe(&["render", "--format", "html", north]);
    closed_pipe(&["schema"]);
    closed_pipe(&["exercise", "list"]);
    closed_pipe(&["diff", north, north]);
    closed_pipe(&["completions", "bash"]);
    closed_pipe(&["man"]);
}

#[test]
fn generate_into_head_exits_zero() {
    // The shell's own pipe, as a user types it.
    let out = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "set -o pipefail; {} generate --people 20000 | head -c 100 >/dev/null",
            assert_cmd::cargo::cargo_bin("powermap").display()
        ))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

// 9. The empty top-level key had no location; a huge version was shown with digits
// nobody wrote.

#[test]
fn empty_top_level_key_is_located() {
    let dir = tempfile::tempdir().unwrap();
    let map = write(dir.path(), "m.json", "{\"version\": 1,\n  \"\": 1,\n  \"people\": [{\"id\": \"a\"}]}");
    let (_, diags) = check_json(&map);
    let d = with_code(&diags, "unknown-field");
    assert_eq!(d.len(), 1, "{diags:?}");
    assert_eq!(d[0]["location"]["path"], "[\"\"]");
    // At its value, as every unknown field.
    assert_eq!(line_col(d[0]), (2, 7));
}

#[test]
fn version_beyond_u64_is_not_shown_with_made_up_digits() {
    let dir = tempfile::tempdir().unwrap();
    let map =
        write(dir.path(), "m.json", "{\"version\": 18446744073709551617, \"people\": [{\"id\": \"a\"}]}");
    let (code, diags) = check_json(&map);
    assert_eq!(code, 1);
    let text = serde_json::to_string(&diags).unwrap();
    assert!(!text.contains("18446744073709552000"), "{text}");
    assert!(text.contains("1.8446744073709552e19"), "{text}");
}

// 11. Completions, a man page, and the commit in --version.

#[test]
fn completions_for_every_shell_and_a_man_page() {
    for (shell, mark) in [
        ("bash", "complete"),
        ("zsh", "#compdef"),
        ("fish", "complete -c powermap"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = powermap().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let s = String::from_utf8(out.stdout).unwrap();
        assert!(s.contains(mark) && s.contains("render"), "{shell}: {s}");
    }
    let out = powermap().arg("man").output().unwrap();
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with(".ie") || s.contains(".TH powermap"), "{s}");
    assert!(s.contains("render") && s.contains("max\\-input"), "{s}");
}

#[test]
fn version_names_the_git_commit() {
    let out = powermap().arg("--version").output().unwrap();
    let v = String::from_utf8(out.stdout).unwrap();
    assert!(v.starts_with(&format!("powermap {}", env!("CARGO_PKG_VERSION"))), "{v}");
    let head = std::process::Command::new("git")
        .args(["rev-parse", "--short", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    if let Ok(h) = head
        && h.status.success()
    {
        let h = String::from_utf8(h.stdout).unwrap();
        // The binary names the commit it was built from: HEAD, or one before it.
        assert!(v.contains('(') && v.trim_end().ends_with(')'), "{v} (HEAD {h})");
    }
}
