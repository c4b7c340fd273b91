//! Golden outputs: what a user reads from every command that prints words — reports in
//! text, Markdown and JSON, diagrams, diagnostics, grading, exercises — in each
//! language, compared byte for byte with tests/golden/outputs/. Regenerate with
//! `POWERMAP_BLESS=1 cargo test --test golden_outputs` after an intended change, and
//! review the diff: the words a user reads should change only where meant to.

use assert_cmd::Command;

/// One golden: a file name and the command's arguments. The file holds the exit code,
/// standard output and standard error, so diagnostics are covered as well.
const CASES: &[(&str, &[&str])] = &[
    ("analyze-ncg.en.txt", &["analyze", "data/north-china-grid.json", "--lang", "en"]),
    ("analyze-ncg.zh.txt", &["analyze", "data/north-china-grid.json", "--lang", "zh"]),
    ("analyze-ncg.zh-Hant.txt", &["analyze", "data/north-china-grid.json", "--lang", "zh-Hant"]),
    ("analyze-ncg.en.md", &["analyze", "data/north-china-grid.json", "--lang", "en", "--format", "markdown"]),
    ("analyze-ncg.zh.md", &["analyze", "data/north-china-grid.json", "--lang", "zh", "--format", "markdown"]),
    ("analyze-ncg.en.json", &["analyze", "data/north-china-grid.json", "--lang", "en", "--format", "json"]),
    ("analyze-ncg.zh.json", &["analyze", "data/north-china-grid.json", "--lang", "zh", "--format", "json"]),
    (
        "analyze-ncg.zh-Hant.md",
        &["analyze", "data/north-china-grid.json", "--lang", "zh-Hant", "--format", "markdown"],
    ),
    (
        "analyze-ncg.zh-Hant.json",
        &["analyze", "data/north-china-grid.json", "--lang", "zh-Hant", "--format", "json"],
    ),
    ("analyze-hospital.en.txt", &["analyze", "data/acme-hospital.json"]),
    ("analyze-company.zh.txt", &["analyze", "data/org-influence-company.json"]),
    ("paths-ncg.en.txt", &["paths", "data/north-china-grid.json", "--lang", "en", "-k", "3"]),
    ("paths-ncg.zh-Hant.txt", &["paths", "data/north-china-grid.json", "--lang", "zh-Hant", "-k", "3"]),
    ("unreached-ncg.zh.txt", &["unreached", "data/north-china-grid.json", "--lang", "zh"]),
    ("check-ncg.en.txt", &["check", "data/north-china-grid.json", "--lang", "en"]),
    ("check-ncg.zh.txt", &["check", "data/north-china-grid.json", "--lang", "zh"]),
    ("check-ncg.zh-Hant.txt", &["check", "data/north-china-grid.json", "--lang", "zh-Hant"]),
    ("check-ncg.json", &["check", "data/north-china-grid.json", "--format", "json"]),
    ("check-broken.en.txt", &["check", "tests/fixtures/diagnostics/broken-map.json", "--lang", "en"]),
    ("check-broken.zh.txt", &["check", "tests/fixtures/diagnostics/broken-map.json", "--lang", "zh"]),
    (
        "check-broken.zh-Hant.txt",
        &["check", "tests/fixtures/diagnostics/broken-map.json", "--lang", "zh-Hant"],
    ),
    // No --lang: the refused map is Chinese, so are its diagnostics.
    ("check-broken.txt", &["check", "tests/fixtures/diagnostics/broken-map.json"]),
    ("check-broken.json", &["check", "tests/fixtures/diagnostics/broken-map.json", "--format", "json"]),
    (
        "check-broken.en.json",
        &["check", "tests/fixtures/diagnostics/broken-map.json", "--format", "json", "--lang", "en"],
    ),
    ("check-broken-csv.zh.txt", &["check", "tests/fixtures/diagnostics/broken-csv/人员.csv", "--lang", "zh"]),
    ("check-broken-csv.en.txt", &["check", "tests/fixtures/diagnostics/broken-csv/人员.csv", "--lang", "en"]),
    ("check-broken-csv.txt", &["check", "tests/fixtures/diagnostics/broken-csv/人员.csv"]),
    // A Traditional Chinese spreadsheet: headers and values read, diagnostics in Traditional.
    ("check-broken-csv-hant.txt", &["check", "tests/fixtures/diagnostics/broken-csv-hant"]),
    ("analyze-broken.en.txt", &["analyze", "tests/fixtures/diagnostics/broken-map.json", "--lang", "en"]),
    ("analyze-broken.txt", &["analyze", "tests/fixtures/diagnostics/broken-map.json"]),
    ("render-ncg.en.dot", &["render", "data/north-china-grid.json", "--format", "dot", "--lang", "en"]),
    ("render-ncg.zh.dot", &["render", "data/north-china-grid.json", "--format", "dot", "--lang", "zh"]),
    ("render-ncg.zh.mmd", &["render", "data/north-china-grid.json", "--format", "mermaid", "--lang", "zh"]),
    (
        "render-ncg.zh-Hant.dot",
        &["render", "data/north-china-grid.json", "--format", "dot", "--lang", "zh-Hant"],
    ),
    (
        "render-ncg.zh-Hant.mmd",
        &["render", "data/north-china-grid.json", "--format", "mermaid", "--lang", "zh-Hant"],
    ),
    (
        "grade-ncg.zh.txt",
        &["grade", "--exercise", "north-china-grid", "tests/fixtures/grade/ncg-attempt.json", "--lang", "zh"],
    ),
    (
        "grade-ncg.en.txt",
        &[
            "grade",
            "--exercise",
            "north-china-grid",
            "tests/fixtures/grade/ncg-attempt.en.json",
            "--lang",
            "en",
        ],
    ),
    (
        "grade-ncg.en.md",
        &[
            "grade",
            "--exercise",
            "north-china-grid",
            "tests/fixtures/grade/ncg-attempt.en.json",
            "--lang",
            "en",
            "--format",
            "markdown",
        ],
    ),
    ("exercise-list.en.txt", &["exercise", "list", "--lang", "en"]),
    ("exercise-list.zh.txt", &["exercise", "list", "--lang", "zh"]),
    ("exercise-list.zh-Hant.txt", &["exercise", "list", "--lang", "zh-Hant"]),
    ("exercise-show-ncg.en.md", &["exercise", "show", "north-china-grid", "--lang", "en"]),
    ("exercise-show-ncg.zh.md", &["exercise", "show", "north-china-grid", "--lang", "zh"]),
    ("exercise-show-ncg.zh-Hant.md", &["exercise", "show", "north-china-grid", "--lang", "zh-Hant"]),
    ("exercise-show-bank.en.md", &["exercise", "show", "bank-loan-system", "--lang", "en"]),
    (
        "grade-ncg.zh-Hant.txt",
        &[
            "grade",
            "--exercise",
            "north-china-grid",
            "tests/fixtures/grade/ncg-attempt.json",
            "--lang",
            "zh-Hant",
        ],
    ),
    (
        "diff-ncg.zh-Hant.txt",
        &["diff", "tests/fixtures/diff/ncg-v1.json", "tests/fixtures/diff/ncg-v2.json", "--lang", "zh-Hant"],
    ),
];

fn run(args: &[&str]) -> Vec<u8> {
    let out = Command::cargo_bin("powermap")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    let mut v = format!("exit: {}\n--- stdout\n", out.status.code().unwrap_or(-1)).into_bytes();
    v.extend_from_slice(&out.stdout);
    v.extend_from_slice(b"--- stderr\n");
    v.extend_from_slice(&out.stderr);
    v
}

#[test]
fn every_output_matches_its_golden_file() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/outputs");
    let bless = std::env::var_os("POWERMAP_BLESS").is_some_and(|v| v == "1");
    let mut differ = Vec::new();
    for (name, args) in CASES {
        let got = run(args);
        let path = dir.join(name);
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read(&path).unwrap_or_default();
        if want != got {
            let g = String::from_utf8_lossy(&got);
            let w = String::from_utf8_lossy(&want);
            let line = g.lines().zip(w.lines()).position(|(a, b)| a != b).unwrap_or(0);
            let show = |s: &str| s.lines().nth(line).unwrap_or("").to_string();
            differ.push(format!(
                "{name} at line {}:\n  golden: {:?}\n  actual: {:?}",
                line + 1,
                show(&w),
                show(&g)
            ));
        }
    }
    assert!(differ.is_empty(), "run with POWERMAP_BLESS=1 if intended:\n{}", differ.join("\n"));
}
