//! Hostile maps (issue 14): names built from markup, Mermaid directives, entities and
//! control characters in every field, keys given twice, lone surrogate escapes, broken
//! CSV quotes. Whatever is generated, loading never panics, every diagnostic is
//! located, a valid map keeps every person record, and no output carries markup from
//! a name. The same invariants as the fuzz targets (tests/support/invariants.rs).

#[path = "support/invariants.rs"]
mod invariants;

use proptest::prelude::*;
use serde_json::{Value, json};

use powermap::load::csv::CsvText;
use powermap::load::{CsvFiles, load_csv, load_json_bytes};

const PIECES: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT src=x>",
    "%%{init: {'theme':'forest'}}%%",
    "%%{",
    "%%",
    "%",
    "&name;",
    "&amp;",
    "&#0;",
    "&#x26;",
    "AT&T",
    "&",
    "\u{1}",
    "\u{0}",
    "\u{7f}",
    "\u{fffe}",
    "\u{202e}",
    "\"",
    "'",
    "\\",
    "\\N",
    "\n",
    "\r\n",
    "\t",
    "]]>",
    "-->",
    "<!--",
    "`md`",
    "{",
    "}",
    "|",
    "#",
    "#35;",
    "[x]",
    "(y)",
    ";",
    ",",
    "黄主任",
    "華北",
    " ",
    "",
];

fn hostile() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![4 => prop::sample::select(PIECES).prop_map(str::to_string), 1 => any::<String>()],
        1..4,
    )
    .prop_map(|parts| parts.concat())
}

const KINDS: &[&str] = &["reports_to", "influences", "knows", "conflict"];

/// A map with hostile text in every free-text field, and its people count.
fn hostile_map() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec((hostile(), hostile(), hostile(), hostile(), 0usize..3), 1..7),
        prop::collection::vec((hostile(), hostile()), 0..3),
        prop::collection::vec((0usize..7, 0usize..7, prop::sample::select(KINDS), hostile()), 0..8),
        hostile(),
    )
        .prop_map(|(people, units, ties, account)| {
            let units: Vec<Value> = units
                .iter()
                .enumerate()
                .map(|(i, (id, name))| json!({"id": format!("{id}u{i}"), "name": name}))
                .collect();
            let ids: Vec<String> = people.iter().enumerate().map(|(i, p)| format!("{}p{i}", p.0)).collect();
            let people: Vec<Value> = people
                .iter()
                .zip(&ids)
                .map(|((_, name, title, notes, unit), id)| {
                    let mut p = json!({"id": id, "name": name, "title": title, "notes": notes});
                    if let Some(u) = units.get(*unit) {
                        p["unit"] = u["id"].clone();
                    }
                    p
                })
                .collect();
            let ties: Vec<Value> = ties
                .iter()
                .filter(|(a, b, _, _)| a != b && *a < ids.len() && *b < ids.len())
                .map(|(a, b, kind, note)| json!({"from": ids[*a], "to": ids[*b], "kind": kind, "note": note}))
                .collect();
            json!({"version": 1, "account": account, "units": units, "people": people, "ties": ties})
        })
}

/// Text surgery on a map's JSON: repeat a key, or put a lone surrogate in a string.
#[derive(Debug, Clone)]
enum Harm {
    None,
    RepeatKey(usize),
    LoneSurrogate(usize),
}

fn harm() -> impl Strategy<Value = Harm> {
    prop_oneof![
        2 => Just(Harm::None),
        1 => any::<usize>().prop_map(Harm::RepeatKey),
        1 => any::<usize>().prop_map(Harm::LoneSurrogate),
    ]
}

fn apply(text: &str, h: &Harm) -> String {
    match h {
        Harm::None => text.to_string(),
        Harm::RepeatKey(n) => {
            // `"name":` becomes `"name": "x", "name":` at the n-th occurrence.
            let at: Vec<usize> = text.match_indices("\"name\":").map(|(i, _)| i).collect();
            match at.get(n % at.len().max(1)) {
                Some(&i) => format!("{}\"name\": \"x\", {}", &text[..i], &text[i..]),
                None => text.to_string(),
            }
        }
        Harm::LoneSurrogate(n) => {
            let at: Vec<usize> = text
                .match_indices("\"title\":")
                .filter_map(|(i, _)| text[i + 8..].find('"').map(|j| i + 8 + j + 1))
                .collect();
            match at.get(n % at.len().max(1)) {
                Some(&i) => format!("{}\\ud800{}", &text[..i], &text[i..]),
                None => text.to_string(),
            }
        }
    }
}

/// A CSV cell, quoted when it must be (or, when `broken`, with its quote left open).
fn cell(s: &str, broken: bool) -> String {
    if broken {
        return format!("\"{s}");
    }
    if s.contains([',', '"', '\n', '\r']) || s.trim() != s {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 192, ..ProptestConfig::default() })]

    #[test]
    fn hostile_json_maps_load_located_whole_and_draw_clean(map in hostile_map(), h in harm(), pretty in any::<bool>()) {
        let base = if pretty { serde_json::to_string_pretty(&map).unwrap() } else { map.to_string() };
        let text = apply(&base, &h);
        let got = load_json_bytes(text.as_bytes(), "m.json");
        let records = invariants::json_people_records(&text);
        if let Err(e) = invariants::check_load(&got, &["m.json"], records) {
            return Err(TestCaseError::fail(format!("{e}\n{text}")));
        }
        if text != base {
            // A repeated key or a lone surrogate is never accepted.
            prop_assert!(got.is_err(), "accepted: {text}");
        }
    }

    #[test]
    fn hostile_csv_maps_load_located_whole_and_draw_clean(
        people in prop::collection::vec((hostile(), hostile(), hostile()), 1..7),
        ties in prop::collection::vec((0usize..7, 0usize..7, prop::sample::select(KINDS)), 0..6),
        broken in prop::option::of(0usize..7),
    ) {
        let mut p = String::from("id,name,title\n");
        let mut opened = None;
        for (i, (id, name, title)) in people.iter().enumerate() {
            let id = format!("{}p{i}", id.replace(['\r', '\n'], ""));
            if broken == Some(i) {
                opened = Some(p.len() + cell(&id, false).len() + 1);
            }
            p.push_str(&format!("{},{},{}\n", cell(&id, false), cell(name, broken == Some(i)), cell(title, false)));
        }
        let mut t = String::from("from,to,kind\n");
        for (a, b, kind) in &ties {
            if a < &people.len() && b < &people.len() {
                let id = |i: usize| cell(&format!("{}p{i}", people[i].0.replace(['\r', '\n'], "")), false);
                t.push_str(&format!("{},{},{kind}\n", id(*a), id(*b)));
            }
        }
        let pf = CsvText { name: "people.csv".into(), text: p.clone() };
        let tf = CsvText { name: "ties.csv".into(), text: t.clone() };
        let got = load_csv(&CsvFiles { people: &pf, units: None, ties: Some(&tf), account: None });
        let records = invariants::csv_people_records(&p);
        if let Err(e) = invariants::check_load(&got, &["people.csv", "ties.csv"], Some(records)) {
            return Err(TestCaseError::fail(format!("{e}\n{p}\n{t}")));
        }
        if let Some(at) = opened
            && !p[at + 1..].contains('"')
        {
            // A quote never closed never lets the map through with rows swallowed.
            prop_assert!(got.is_err(), "accepted:\n{p}");
        }
    }
}
