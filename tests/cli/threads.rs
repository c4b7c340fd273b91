//! A big map read and analysed on two threads gives, byte for byte, what one thread
//! (`POWERMAP_THREADS=1`) gives: the same map, every diagnostic in the same order, the
//! same reports. The maps are long enough for every list to be split or piped.

use assert_cmd::Command;
use powermap::generate::{Rng, generate};
use serde_json::{Value, json};

use crate::common::{tempdir, write};

/// Runs powermap with `args`, on one thread or as many as it likes; stdout, stderr, exit code.
fn run(one_thread: bool, args: &[&str]) -> (String, String, Option<i32>) {
    let mut cmd = Command::cargo_bin("powermap").unwrap();
    if one_thread {
        cmd.env("POWERMAP_THREADS", "1");
    } else {
        cmd.env_remove("POWERMAP_THREADS");
    }
    let out = cmd.args(args).output().unwrap();
    (String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap(), out.status.code())
}

/// Asserts that one thread and two give the same output for `args`; returns it.
fn same_either_way(args: &[&str]) -> (String, String, Option<i32>) {
    let one = run(true, args);
    let two = run(false, args);
    assert_eq!(one.2, two.2, "exit codes differ for {args:?}");
    assert_eq!(one.1, two.1, "stderr differs for {args:?}");
    assert_eq!(one.0, two.0, "stdout differs for {args:?}");
    two
}

/// A generated map of 8000 people (about 24000 ties) as JSON.
fn big_map() -> Value {
    let v = serde_json::to_value(generate(8000, 11)).unwrap();
    assert!(v["ties"].as_array().unwrap().len() > 20_000, "too few ties to be checked in shares");
    v
}

/// Copies of ties (as written, and reversed for `knows`) at random places, some
/// `reports_to` shorthands, notes, grading notes and a dotted `knows` tie: a valid map
/// with warnings.
fn with_duplicates(mut v: Value, rng: &mut Rng) -> Value {
    let ids: Vec<String> =
        v["people"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap().to_string()).collect();
    let ties = v["ties"].as_array_mut().unwrap();
    for k in 0..120 {
        let mut t = ties[rng.below(ties.len())].clone();
        if k % 3 == 1 {
            let (from, to) = (t["from"].clone(), t["to"].clone());
            t["from"] = to;
            t["to"] = from;
            t["kind"] = json!("knows");
        }
        ties.insert(rng.below(ties.len()), t);
    }
    for k in 0..20 {
        let i = rng.below(ties.len());
        ties[i]["note"] = json!(format!("note {k}"));
        let j = rng.below(ties.len());
        ties[j]["optional"] = json!(true);
    }
    let i = ties.iter().position(|t| t["kind"] == "knows").unwrap();
    ties[i]["dotted"] = json!(true);
    let people = v["people"].as_array_mut().unwrap();
    for _ in 0..40 {
        let p = rng.below(people.len());
        let m = &ids[rng.below(ids.len())];
        if *m != ids[p] {
            people[p]["reports_to"] = json!([m]);
        }
    }
    v
}

/// Besides duplicates: unknown ends, ties to oneself, missing kinds, records that are
/// not objects, repeated person ids and bad values, spread over the whole file.
fn with_errors(v: Value, rng: &mut Rng) -> Value {
    let mut v = with_duplicates(v, rng);
    let ties = v["ties"].as_array_mut().unwrap();
    for k in 0..100 {
        let i = rng.below(ties.len());
        match k % 5 {
            0 => ties[i]["to"] = json!(format!("ghost{k}")),
            1 => {
                let from = ties[i]["from"].clone();
                ties[i]["to"] = from;
            }
            2 => _ = ties[i].as_object_mut().unwrap().remove("kind"),
            3 => ties[i] = json!(k),
            _ => ties[i]["strength"] = json!("huge"),
        }
    }
    let people = v["people"].as_array_mut().unwrap();
    for k in 0..30 {
        let i = rng.below(people.len());
        match k % 3 {
            0 => {
                let other = people[rng.below(people.len())]["id"].clone();
                people[i]["id"] = other;
            }
            1 => people[i]["stance"] = json!("lukewarm"),
            _ => people[i]["reports_to"] = json!([format!("nobody{k}")]),
        }
    }
    v
}

#[test]
fn a_refused_big_map_reports_the_same_problems_in_the_same_order() {
    let dir = tempdir();
    let mut rng = Rng::new(5);
    let map = write(dir.path(), "broken.json", with_errors(big_map(), &mut rng).to_string());
    let map = map.to_str().unwrap();
    let (out, _, code) = same_either_way(&["check", "--format", "json", map]);
    assert_eq!(code, Some(1));
    let report: Value = serde_json::from_str(&out).unwrap();
    let codes = |key: &str| -> Vec<String> {
        report[key].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap().to_string()).collect()
    };
    let (errors, warnings) = (codes("errors"), codes("warnings"));
    for code in ["unknown-id", "self-tie", "missing-field", "not-an-object", "duplicate-id", "bad-value"] {
        assert!(errors.iter().filter(|c| *c == code).count() >= 3, "few {code} errors: {errors:?}");
    }
    assert!(warnings.iter().filter(|c| *c == "duplicate-tie").count() >= 50, "{warnings:?}");
    // Problems are spread over both halves of the lists.
    let last_tie = report["errors"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["location"]["path"].as_str())
        .filter_map(|p| p.strip_prefix("ties[")?.split(']').next()?.parse::<usize>().ok())
        .max();
    assert!(last_tie.is_some_and(|i| i > 15_000), "{last_tie:?}");
    same_either_way(&["check", map]);
}

#[test]
fn a_valid_big_map_loads_and_analyses_the_same() {
    let dir = tempdir();
    let mut rng = Rng::new(9);
    let map = write(dir.path(), "big.json", with_duplicates(big_map(), &mut rng).to_string());
    let map = map.to_str().unwrap();
    let (out, _, code) = same_either_way(&["check", "--format", "json", map]);
    assert_eq!(code, Some(0));
    let report: Value = serde_json::from_str(&out).unwrap();
    let warnings = report["warnings"].as_array().unwrap();
    let duplicates = warnings.iter().filter(|d| d["code"] == "duplicate-tie").count();
    assert!(duplicates >= 60, "{duplicates} duplicate ties reported");
    assert!(warnings.iter().any(|d| d["code"] == "dotted-not-reporting"));
    same_either_way(&["analyze", "--format", "json", map]);
    same_either_way(&["render", "--format", "dot", map]);
}
