//! Account health and robustness as a coach would judge them: each colour on a small
//! map made for it, the draws reproducible and indifferent to the number of threads, a
//! fully known map fully stable, and the one unknown that decides the advice named as
//! the fact to learn first; `powermap portfolio` over a folder of mixed forms.

use assert_cmd::Command;
use powermap::analysis::health::Status;
use powermap::analysis::{AnalyzeOptions, Draws, Report, RobustOptions, analyze};
use powermap::graph::OrgGraph;
use powermap::model::Map;
use serde_json::{Value, json};

use crate::common::{load_json, ok, tempdir, write};

fn map(people: Value, ties: Value) -> Map {
    let v = json!({ "account": "T", "people": people, "ties": ties });
    ok(load_json(&v.to_string())).map
}

fn run(m: &Map, draws: Draws, seed: u64) -> Report {
    let opts = AnalyzeOptions { robust: RobustOptions { draws, seed }, ..AnalyzeOptions::default() };
    analyze(&OrgGraph::new(m), &opts)
}

fn health(m: &Map) -> (Status, &'static str, f64) {
    let h = run(m, Draws::Off, 1).health.expect("analyze gives a health");
    (h.status, h.rule.key, h.coverage)
}

/// A boss (level 1, approver) above an engineer (level 2, evaluator), and our rep.
fn two_levels(boss: Value, eng: Value) -> Map {
    let mut b = json!({ "id": "boss", "name": "王院长", "level": 1, "roles": ["approver"] });
    let mut e = json!({ "id": "eng", "name": "刘工", "level": 2, "roles": ["evaluator"] });
    for (o, extra) in [(&mut b, boss), (&mut e, eng)] {
        for (k, v) in extra.as_object().unwrap() {
            o[k] = v.clone();
        }
    }
    let rep = json!({ "id": "rep", "name": "我", "side": "ours" });
    map(json!([b, e, rep]), json!([{ "from": "eng", "to": "boss", "kind": "reports_to" }]))
}

#[test]
fn red_when_no_key_player_supports_us() {
    let m = two_levels(json!({ "stance": "neutral", "relationship": 3 }), json!({ "stance": "skeptic" }));
    let (s, rule, _) = health(&m);
    assert_eq!((s, rule), (Status::Red, "health-rule-red"));
}

#[test]
fn amber_when_the_supporters_hold_no_decision() {
    let m = two_levels(
        json!({ "stance": "neutral", "relationship": 3 }),
        json!({ "stance": "supporter", "relationship": 3 }),
    );
    let (s, rule, cov) = health(&m);
    assert_eq!((s, rule), (Status::Amber, "health-rule-amber-holders"));
    assert_eq!(cov, 100.0, "both reached, both levels covered");
}

#[test]
fn amber_when_a_level_is_out_of_reach_and_green_once_it_is_reached() {
    let m = two_levels(json!({ "stance": "supporter", "relationship": 3 }), json!({ "stance": "neutral" }));
    let (s, rule, cov) = health(&m);
    assert_eq!((s, rule), (Status::Amber, "health-rule-amber-levels"));
    let green = two_levels(
        json!({ "stance": "supporter", "relationship": 3 }),
        json!({ "stance": "neutral", "relationship": 2 }),
    );
    let (s2, rule2, cov2) = health(&green);
    assert_eq!((s2, rule2), (Status::Green, "health-rule-green"));
    assert!(cov2 > cov, "reaching the second level raises coverage: {cov} → {cov2}");
}

#[test]
fn amber_when_another_decision_holder_is_against_us() {
    let m = two_levels(
        json!({ "stance": "supporter", "relationship": 3 }),
        json!({ "stance": "opponent", "relationship": 2, "roles": ["decision_maker"] }),
    );
    let (s, rule, _) = health(&m);
    assert_eq!((s, rule), (Status::Amber, "health-rule-amber-against"));
}

/// Everything the draws could vary is written: stances, roles, strengths 1 or 3.
fn all_known() -> Map {
    let people = json!([
        { "id": "boss", "name": "王院长", "level": 1, "roles": ["approver"], "stance": "neutral" },
        { "id": "eng", "name": "刘工", "level": 2, "roles": ["evaluator"], "stance": "supporter", "relationship": 2 },
        { "id": "user", "name": "小张", "level": 3, "roles": ["user"], "stance": "neutral" },
        { "id": "rep", "name": "我", "side": "ours" }
    ]);
    let ties = json!([
        { "from": "eng", "to": "boss", "kind": "reports_to" },
        { "from": "user", "to": "eng", "kind": "reports_to" },
        { "from": "eng", "to": "boss", "kind": "influences", "strength": 3 },
        { "from": "rep", "to": "eng", "kind": "knows", "strength": 3 }
    ]);
    map(people, ties)
}

#[test]
fn a_map_with_every_fact_known_is_fully_stable() {
    let r = run(&all_known(), Draws::Run(200), 7);
    let rob = r.robustness.expect("asked for");
    assert_eq!(rob.unknowns, 0);
    assert_eq!(rob.advice_kept, 1.0);
    assert!(rob.stability.iter().all(|s| s.top3 == 1.0), "{:?}", rob.stability);
    assert_eq!(rob.stability[0].first, 1.0);
    assert!(rob.facts.is_empty());
}

/// The boss's stance is the one unknown that matters: a blocker at the top changes the
/// first step; the user's stance and role are unknown too but move nothing.
fn one_deciding_unknown() -> Map {
    let people = json!([
        { "id": "boss", "name": "王院长", "level": 1, "roles": ["approver"], "relationship": 2 },
        { "id": "eng", "name": "刘工", "level": 2, "roles": ["evaluator"], "stance": "supporter", "relationship": 3 },
        { "id": "clerk", "name": "小张", "level": 3 },
        { "id": "rep", "name": "我", "side": "ours" }
    ]);
    let ties = json!([
        { "from": "eng", "to": "boss", "kind": "reports_to" },
        { "from": "clerk", "to": "eng", "kind": "reports_to" },
        { "from": "eng", "to": "boss", "kind": "influences", "strength": 3 },
        { "from": "rep", "to": "eng", "kind": "knows", "strength": 3 }
    ]);
    map(people, ties)
}

#[test]
fn the_unknown_that_decides_the_advice_is_the_fact_to_learn_first() {
    let r = run(&one_deciding_unknown(), Draws::Run(1000), 1);
    let rob = r.robustness.as_ref().expect("asked for");
    assert!(rob.unknowns >= 2, "{}", rob.unknowns);
    assert!(rob.advice_kept < 1.0, "the boss's stance must move the advice");
    let first = rob.facts.first().expect("a valuable fact");
    assert_eq!(
        (first.kind, first.people.as_slice()),
        ("stance", &["boss".to_string()][..]),
        "{:?}",
        rob.facts
    );
    assert!(rob.facts.iter().all(|f| f.people != ["clerk"] || f.value < first.value));
    let learn = r.next_steps.iter().find(|s| s.kind == "learn_fact").expect("a step to learn it");
    assert_eq!(learn.target.as_deref(), Some("boss"));
}

#[test]
fn the_draws_are_the_same_for_a_seed_and_differ_across_seeds() {
    let m = one_deciding_unknown();
    let a = run(&m, Draws::Run(300), 5).robustness;
    let b = run(&m, Draws::Run(300), 5).robustness;
    assert_eq!(a, b);
    let c = run(&m, Draws::Run(300), 6).robustness.unwrap();
    assert_ne!(a.unwrap().advice_kept, c.advice_kept, "another seed draws other values");
}

fn powermap(one_thread: bool, args: &[&str]) -> (String, Option<i32>) {
    let mut cmd = Command::cargo_bin("powermap").unwrap();
    if one_thread {
        cmd.env("POWERMAP_THREADS", "1");
    } else {
        cmd.env_remove("POWERMAP_THREADS");
    }
    let out = cmd.args(args).output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), out.status.code())
}

#[test]
fn analyze_reports_health_and_robustness_the_same_on_one_thread_or_two() {
    let args = ["analyze", "--format", "json", "--draws", "200", "--seed", "3"];
    let (one, c1) = powermap(true, &args);
    let (two, c2) = powermap(false, &args);
    assert_eq!((c1, c2), (Some(0), Some(0)));
    assert_eq!(one, two);
    let v: Value = serde_json::from_str(&two).unwrap();
    assert_eq!(v["robustness"]["draws"], 200);
    assert!(["red", "amber", "green"].contains(&v["health"]["status"].as_str().unwrap()));
    assert!(v["health"]["rule"].as_str().unwrap().len() > 10);
    let (text, _) = powermap(false, &["analyze", "--lang", "en", "--draws", "100"]);
    assert!(text.contains("Account health") && text.contains("in the top 3 in"), "{text}");
    let (none, _) = powermap(false, &["analyze", "--format", "json", "--draws", "0"]);
    assert!(serde_json::from_str::<Value>(&none).unwrap().get("robustness").is_none());
}

#[test]
fn portfolio_lists_every_form_worst_first_and_the_broken_map_with_its_error() {
    let d = tempdir();
    let root = crate::common::root();
    std::fs::copy(root.join("data/north-china-grid.json"), d.path().join("north.json")).unwrap();
    for f in std::fs::read_dir(root.join("data/north-china-grid")).unwrap() {
        let f = f.unwrap().path();
        std::fs::create_dir_all(d.path().join("csv-account")).unwrap();
        std::fs::copy(&f, d.path().join("csv-account").join(f.file_name().unwrap())).unwrap();
    }
    let book = d.path().join("acme.xlsx");
    let acme = root.join("data/acme-hospital.json");
    let (_, code) = powermap(
        false,
        &["export", acme.to_str().unwrap(), "--format", "xlsx", "-o", book.to_str().unwrap()],
    );
    assert_eq!(code, Some(0));
    write(d.path(), "red.json", two_levels(json!({ "stance": "neutral" }), json!({})).pipe_json());
    write(
        d.path(),
        "broken.json",
        "{ \"format_version\": 1, \"people\": [ { \"id\": \"a\", \"stance\": \"fan\" } ] }",
    );
    write(d.path(), "notes.txt", "not a map");
    let dir = d.path().to_str().unwrap();
    let (one, c1) = powermap(true, &["portfolio", dir, "--format", "json", "--lang", "en"]);
    let (two, c2) = powermap(false, &["portfolio", dir, "--format", "json", "--lang", "en"]);
    assert_eq!((c1, c2), (Some(1), Some(1)), "a broken map makes the exit code 1");
    assert_eq!(one, two);
    let v: Value = serde_json::from_str(&two).unwrap();
    let accounts = v["accounts"].as_array().unwrap();
    assert_eq!(accounts.len(), 4, "json, csv folder, workbook, red map: {accounts:#?}");
    let order = |s: &str| ["red", "amber", "green"].iter().position(|x| *x == s).unwrap();
    let statuses: Vec<usize> = accounts.iter().map(|a| order(a["status"].as_str().unwrap())).collect();
    assert!(statuses.windows(2).all(|w| w[0] <= w[1]), "worst first: {statuses:?}");
    assert_eq!(accounts[0]["status"], "red");
    assert!(accounts.iter().any(|a| a["path"].as_str().unwrap().ends_with("acme.xlsx")));
    let bad = v["unreadable"].as_array().unwrap();
    assert_eq!(bad.len(), 1);
    assert!(bad[0]["path"].as_str().unwrap().ends_with("broken.json"));
    assert!(bad[0]["error"].as_str().unwrap().contains("broken.json:"), "located: {}", bad[0]["error"]);
    for f in ["text", "markdown", "html"] {
        let (out, code) = powermap(false, &["portfolio", dir, "--format", f]);
        assert_eq!(code, Some(1));
        assert!(out.contains("broken.json") && out.contains("acme"), "{f}: {out}");
    }
    let x = d.path().join("out").join("p.xlsx");
    std::fs::create_dir_all(x.parent().unwrap()).unwrap();
    let (_, code) = powermap(false, &["portfolio", dir, "--format", "xlsx", "-o", x.to_str().unwrap()]);
    assert_eq!(code, Some(1));
    assert!(std::fs::metadata(&x).unwrap().len() > 1000);
}

trait PipeJson {
    fn pipe_json(&self) -> String;
}

impl PipeJson for Map {
    /// The map as JSON, as `export` writes it.
    fn pipe_json(&self) -> String {
        serde_json::to_string(self).unwrap()
    }
}
