//! `powermap diff`: golden account-review reports between two versions of the North
//! China map (regenerate with `POWERMAP_BLESS=1 cargo test --test diff`), and the
//! structural diff's directions checked directly.

use assert_cmd::Command;
use powermap::load::load_json_str;
use powermap::train::diff::{Direction, diff};
use powermap::vocab::{Lang, Role};

const V1: &str = "tests/fixtures/diff/ncg-v1.json";
const V2: &str = "tests/fixtures/diff/ncg-v2.json";

fn golden(name: &str, args: &[&str]) {
    let out = Command::cargo_bin("powermap").unwrap().arg("diff").args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let path = format!("tests/golden/diff/{name}");
    if std::env::var_os("POWERMAP_BLESS").is_some() {
        std::fs::write(&path, &out.stdout).unwrap();
        return;
    }
    let want = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e} (bless with POWERMAP_BLESS=1)"));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&want),
        "{path} differs (bless with POWERMAP_BLESS=1 if the change is intended)"
    );
}

#[test]
fn golden_text_zh() {
    golden("ncg.zh.txt", &[V1, V2]);
}

#[test]
fn golden_text_zh_hant() {
    golden("ncg.zh-Hant.txt", &[V1, V2, "--lang", "zh-Hant"]);
}

#[test]
fn golden_text_en() {
    golden("ncg.en.txt", &[V1, V2, "--lang", "en"]);
}

#[test]
fn golden_markdown_en() {
    golden("ncg.en.md", &[V1, V2, "--lang", "en", "--format", "markdown"]);
}

#[test]
fn golden_json() {
    golden("ncg.json", &[V1, V2, "--format", "json"]);
}

#[test]
fn golden_reverse_direction() {
    golden("ncg-reverse.en.txt", &[V2, V1, "--lang", "en"]);
}

#[test]
fn the_same_map_written_another_way_has_no_changes() {
    // The canonical JSON of a map (ids, English values, default fields left out) is the
    // same map as the hand-written file.
    let m = load_json_str(&std::fs::read_to_string(V1).unwrap(), "v1").unwrap().map;
    let dir = tempfile::tempdir().unwrap();
    let canon = dir.path().join("canonical.json");
    std::fs::write(&canon, serde_json::to_string(&m).unwrap()).unwrap();
    let out = Command::cargo_bin("powermap")
        .unwrap()
        .args(["diff", V1])
        .arg(&canon)
        .args(["--lang", "en"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().ends_with("\nNo changes.\n"));
}

#[test]
fn the_same_map_as_csv_and_json_has_no_changes() {
    let out = Command::cargo_bin("powermap")
        .unwrap()
        .args(["diff", "data/north-china-grid.json", "data/north-china-grid", "--lang", "en"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8(out.stdout).unwrap().ends_with("\nNo changes.\n"));
}

#[test]
fn a_broken_version_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("v3.json");
    std::fs::write(&bad, r#"{"people":[{"id":"a","stance":"suport"}]}"#).unwrap();
    let out = Command::cargo_bin("powermap").unwrap().args(["diff", V1]).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(r#"did you mean "supporter"?"#));
    Command::cargo_bin("powermap").unwrap().args(["diff", V1]).assert().code(2);
}

#[test]
fn directions_of_change() {
    let old = load_json_str(
        r#"{"people":[{"id":"a","roles":["approver"],"stance":"skeptic","relationship":2},
                      {"id":"b","stance":"unknown","roles":["user"]},{"id":"c","stance":"neutral"}],
            "ties":[{"from":"b","to":"a","kind":"knows","strength":1},{"from":"c","to":"a","kind":"reports_to"}]}"#,
        "old",
    )
    .unwrap()
    .map;
    let new = load_json_str(
        r#"{"people":[{"id":"a","roles":["approver","decision_maker"],"stance":"neutral","relationship":1},
                      {"id":"b","stance":"opponent"},{"id":"c"}],
            "ties":[{"from":"a","to":"b","kind":"knows","strength":3},{"from":"c","to":"a","kind":"reports_to","dotted":true}]}"#,
        "new",
    )
    .unwrap()
    .map;
    let d = diff(&old, &new, Lang::En);
    let st: Vec<(&str, Direction)> = d.stances.iter().map(|c| (c.person.id.as_str(), c.direction)).collect();
    assert_eq!(st, [("a", Direction::Warmer), ("b", Direction::Learned), ("c", Direction::Lost)]);
    let rel: Vec<(&str, Direction)> =
        d.relationships.iter().map(|c| (c.person.id.as_str(), c.direction)).collect();
    assert_eq!(rel, [("a", Direction::Colder)]);
    assert_eq!(d.roles.len(), 2);
    assert_eq!(
        (d.roles[0].added.as_slice(), d.roles[0].removed.as_slice()),
        (&[Role::DecisionMaker][..], &[][..])
    );
    assert_eq!((d.roles[1].added.as_slice(), d.roles[1].removed.as_slice()), (&[][..], &[Role::User][..]));
    // The knows tie written the other way round is the same tie, now stronger.
    assert!(d.ties_added.is_empty() && d.ties_removed.is_empty(), "{d:?}");
    assert_eq!(d.ties_changed.len(), 2);
    let knows = d.ties_changed.iter().find(|c| c.tie.kind == powermap::vocab::TieKind::Knows).unwrap();
    assert_eq!((knows.old_strength, knows.tie.strength, knows.direction), (1, 3, Some(Direction::Warmer)));
    let line = d.ties_changed.iter().find(|c| c.tie.dotted).unwrap();
    assert_eq!((line.old_dotted, line.direction), (false, None));
}

/// Characters that exist only in the Simplified script, among those the review prints.
const SIMPLIFIED_ONLY: &str = "从变没户员关阶级线决认识览签单进为径换虚实强网这么";
/// Their Traditional forms.
const TRADITIONAL_ONLY: &str = "從變沒戶員關階級線決認識覽簽單進為徑換虛實強網這麼";

#[test]
fn the_traditional_review_is_written_in_traditional_characters() {
    let out =
        Command::cargo_bin("powermap").unwrap().args(["diff", V1, V2, "--lang", "zh-Hant"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    // The review's own words, not the names in the map (which are Simplified data).
    let names: Vec<String> = [V1, V2]
        .iter()
        .flat_map(|p| {
            let m = load_json_str(&std::fs::read_to_string(p).unwrap(), p).unwrap().map;
            let mut v: Vec<String> = m.people.iter().filter_map(|x| x.name.clone()).collect();
            v.extend(m.people.iter().filter_map(|x| x.title.clone()));
            v.extend(m.units.iter().filter_map(|u| u.name.clone()));
            v.extend(m.account.clone());
            v.extend(m.opportunity.clone());
            v.extend(m.competitors.clone());
            v.extend(m.people.iter().filter_map(|x| x.favors.clone()));
            v
        })
        .collect();
    let mut own = text.clone();
    for n in names.iter().filter(|n| !n.is_empty()) {
        own = own.replace(n.as_str(), "");
    }
    let simplified: Vec<char> = own.chars().filter(|c| SIMPLIFIED_ONLY.contains(*c)).collect();
    assert!(simplified.is_empty(), "Simplified characters {simplified:?} in:\n{own}");
    assert!(own.chars().filter(|c| TRADITIONAL_ONLY.contains(*c)).count() >= 5, "{own}");
    for heading in ["從 ", "立場", "關係階段", "關係線", "關鍵決策人排名", "最佳引薦路徑"]
    {
        assert!(own.contains(heading), "{heading} missing from:\n{own}");
    }
}

#[test]
fn json_changes_carry_codes_params_and_messages() {
    let run = |lang: &str| {
        let out = Command::cargo_bin("powermap")
            .unwrap()
            .args(["diff", V1, V2, "--format", "json", "--lang", lang])
            .output()
            .unwrap();
        assert!(out.status.success());
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let (en, zh) = (run("en"), run("zh-Hant"));
    assert_eq!(en["schema_version"], powermap::i18n::SCHEMA_VERSION);
    let mut seen = 0;
    for (k, list) in en.as_object().unwrap() {
        let Some(items) = list.as_array() else { continue };
        for (i, item) in items.iter().enumerate() {
            assert!(item["code"].as_str().unwrap().starts_with("diff-"), "{k}[{i}]: {item}");
            assert!(item["params"].is_object() && item["message"].is_string(), "{k}[{i}]: {item}");
            assert_eq!(item["code"], zh[k][i]["code"], "{k}[{i}]");
            assert_eq!(item["params"], zh[k][i]["params"], "{k}[{i}]: parameters are canonical");
            seen += 1;
        }
    }
    assert!(seen > 5, "{en}");
    let stance = &en["stances"][0];
    assert_eq!(stance["code"], "diff-stance");
    assert_eq!(stance["params"]["from"], stance["from"]);
}

#[test]
fn the_review_reads_the_same_of_a_partial_analysis_as_of_a_full_one() {
    // `diff` analyses each version only as far as it compares (no next steps, health or
    // robustness); the workspace compares full reports. Both must give the same review.
    use powermap::analysis::{AnalyzeOptions, analyze};
    use powermap::graph::OrgGraph;
    use powermap::train::diff::diff_with;
    let read = |p: &str| load_json_str(&std::fs::read_to_string(p).unwrap(), p).unwrap().map;
    let (v1, v2) = (read(V1), read(V2));
    let (g1, g2) = (powermap::generate::generate(400, 1), powermap::generate::generate(380, 2));
    let full = |m| analyze(&OrgGraph::new(m), &AnalyzeOptions::default());
    let mut risks_moved = false;
    for (old, new) in [(&v1, &v2), (&v2, &v1), (&g1, &g2), (&g2, &g1)] {
        let d = diff(old, new, Lang::En);
        risks_moved |= !d.risks_added.is_empty() && !d.risks_gone.is_empty();
        assert_eq!(d, diff_with(old, new, &full(old), &full(new)));
    }
    assert!(risks_moved, "no pair moved its risks: the comparison would not be tested");
}
