//! Bad input never panics: random bytes, random JSON-ish text, random JSON structures
//! using the format's own keys and values, and random CSV files all give a map or
//! located diagnostics. Maps that load survive a round trip through canonical JSON.

use proptest::prelude::*;
use serde_json::{Map as JsonObject, Value};

use crate::common::{csv, load_json};
use powermap::load::{CsvFiles, LoadError, load_csv, load_json_bytes};
use powermap::vocab::{
    Adaptability, Expertise, Governance, Interest, Relationship, Role, Side, Stance, Strength, Style,
    TieKind, UnitKind, Vocab,
};

/// Words the format knows, so that random input often means something.
const WORDS: &[&str] = &[
    "a",
    "b",
    "c",
    "d",
    "u1",
    "u2",
    "approver",
    "批准者",
    "※",
    "+",
    "=",
    "-",
    "supporter",
    "suport",
    "支持",
    "-2",
    "2",
    "7",
    "0",
    "knows",
    "认识",
    "reports_to",
    "汇报",
    "influences",
    "conflict",
    "strong",
    "强",
    "3",
    "true",
    "是",
    "ours",
    "我方",
    "competitor",
    "技术型",
    "独断",
    "保守者",
    "产品质量、权利",
    "user;approver",
    "centralized",
    "小",
    "department",
    "委员会",
    "",
    " ",
    "ＳＵＰＰＯＲＴＥＲ",
    "\u{3000}",
];

const PERSON_KEYS: &[&str] = &[
    "id",
    "name",
    "title",
    "unit",
    "side",
    "level",
    "roles",
    "stance",
    "favors",
    "relationship",
    "expertise",
    "style",
    "adaptability",
    "interests",
    "notes",
    "reports_to",
    "编号",
    "立场",
    "角色",
    "上级",
    "colour",
];
const TIE_KEYS: &[&str] =
    &["from", "to", "kind", "strength", "dotted", "note", "起点", "终点", "类型", "weight"];
const UNIT_KEYS: &[&str] = &["id", "name", "parent", "kind", "上级"];
const TOP_KEYS: &[&str] = &["version", "account", "opportunity", "competitors", "context", "版本", "extra"];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(WORDS).prop_map(String::from),
        1 => "[a-d]{1,2}",
        1 => "\\PC{0,8}",
    ]
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => word().prop_map(Value::String),
        2 => (-3i64..10).prop_map(Value::from),
        1 => any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        1 => any::<bool>().prop_map(Value::Bool),
        1 => Just(Value::Null),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec((word(), inner), 0..3)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// An object with some of these keys, mostly scalar values, sometimes anything.
fn record(keys: &'static [&'static str]) -> impl Strategy<Value = Value> {
    let field = (proptest::sample::select(keys), prop_oneof![8 => leaf(), 1 => value()]);
    prop_oneof![
        12 => proptest::collection::vec(field, 0..7).prop_map(|kv| {
            Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect::<JsonObject<_, _>>())
        }),
        1 => value(),
    ]
}

fn map() -> impl Strategy<Value = Value> {
    (
        proptest::collection::vec(record(UNIT_KEYS), 0..4),
        proptest::collection::vec(record(PERSON_KEYS), 0..7),
        proptest::collection::vec(record(TIE_KEYS), 0..8),
        proptest::collection::vec((proptest::sample::select(TOP_KEYS), leaf()), 0..3),
    )
        .prop_map(|(units, people, ties, top)| {
            let mut m: JsonObject<String, Value> = top.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
            m.insert("units".into(), Value::Array(units));
            m.insert("people".into(), Value::Array(people));
            m.insert("ties".into(), Value::Array(ties));
            Value::Object(m)
        })
}

/// Every spelling of every value of a vocabulary.
fn spellings<V: Vocab>() -> Vec<&'static str> {
    V::ALL.iter().flat_map(|v| std::iter::once(v.as_str()).chain(v.aliases().iter().copied())).collect()
}

fn one_of<V: Vocab>() -> impl Strategy<Value = Value> {
    proptest::sample::select(spellings::<V>()).prop_map(Value::from)
}

fn some_of<V: Vocab>() -> impl Strategy<Value = Value> {
    proptest::collection::vec(proptest::sample::select(spellings::<V>()), 0..3).prop_map(Value::from)
}

/// A map that is mostly valid: unique ids, values from the vocabularies (in English,
/// Chinese or symbols), ties between the people; sometimes a reporting cycle or a
/// duplicate tie, which the loader must handle.
fn plausible_map() -> impl Strategy<Value = Value> {
    let person = (
        proptest::option::of(one_of::<Side>()),
        some_of::<Role>(),
        proptest::option::of(one_of::<Stance>()),
        proptest::option::of(prop_oneof![(0i64..5).prop_map(Value::from), one_of::<Relationship>()]),
        proptest::option::of(0usize..4),
        proptest::option::of(1u32..6),
        some_of::<Interest>(),
        (proptest::option::of(one_of::<Expertise>()), proptest::option::of(one_of::<Style>())),
        proptest::option::of(one_of::<Adaptability>()),
        proptest::option::of(Just("Rival")),
    );
    let tie = (
        0usize..8,
        0usize..8,
        one_of::<TieKind>(),
        proptest::option::of(one_of::<Strength>()),
        any::<bool>(),
    );
    (
        proptest::collection::vec(person, 1..8),
        proptest::collection::vec(tie, 0..12),
        0usize..4,
        proptest::option::of(one_of::<Governance>()),
        proptest::option::of(one_of::<UnitKind>()),
    )
        .prop_map(|(people, ties, units, governance, unit_kind)| {
            let n = people.len();
            let people: Vec<Value> = people
                .into_iter()
                .enumerate()
                .map(
                    |(i, (side, roles, stance, rel, unit, level, interests, (exp, style), adapt, favors))| {
                        let mut p = JsonObject::new();
                        p.insert("id".into(), format!("p{i}").into());
                        p.insert("name".into(), format!("人{i}").into());
                        let unit = unit.map(|u| if u == 3 { "Sales".to_string() } else { format!("u{u}") });
                        for (k, v) in [
                            ("side", side),
                            ("roles", Some(roles)),
                            ("stance", stance),
                            ("relationship", rel),
                            ("unit", unit.map(Value::from)),
                            ("level", level.map(Value::from)),
                            ("interests", Some(interests)),
                            ("expertise", exp),
                            ("style", style),
                            ("adaptability", adapt),
                            ("favors", favors.map(Value::from)),
                        ] {
                            if let Some(v) = v {
                                p.insert(k.into(), v);
                            }
                        }
                        Value::Object(p)
                    },
                )
                .collect();
            let ties: Vec<Value> = ties
                .into_iter()
                .filter(|(f, t, ..)| f % n != t % n)
                .map(|(f, t, kind, strength, dotted)| {
                    let mut o = JsonObject::new();
                    o.insert("from".into(), format!("p{}", f % n).into());
                    o.insert("to".into(), format!("p{}", t % n).into());
                    o.insert("kind".into(), kind);
                    if let Some(s) = strength {
                        o.insert("strength".into(), s);
                    }
                    o.insert("dotted".into(), dotted.into());
                    Value::Object(o)
                })
                .collect();
            let units: Vec<Value> = (0..units)
                .map(|i| {
                    let mut u = serde_json::json!({"id": format!("u{i}"), "name": format!("部门{i}")});
                    if i > 0 {
                        u["parent"] = format!("u{}", i - 1).into();
                    }
                    if let Some(k) = &unit_kind {
                        u["kind"] = k.clone();
                    }
                    u
                })
                .collect();
            let mut m = serde_json::json!({
                "version": 1, "account": "Acme", "competitors": ["Rival"],
                "units": units, "people": people, "ties": ties
            });
            if let Some(g) = governance {
                m["context"] = serde_json::json!({ "governance": g });
            }
            m
        })
}

/// JSON-ish text: fragments of JSON in random order.
fn jsonish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        proptest::sample::select(
            &[
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"",
                "\"people\"",
                "\"ties\"",
                "\"id\"",
                "\"a\"",
                "\\",
                "\\u12",
                "\\ud800",
                "null",
                "tru",
                "1e999",
                "-0",
                "\n",
                " ",
                "\u{FEFF}",
                "\"stance\": \"suport\"",
            ][..]
        )
        .prop_map(String::from),
        word(),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// A CSV text: a header from known and unknown names, then rows of words.
fn csv_text(keys: &'static [&'static str]) -> impl Strategy<Value = String> {
    let sep = proptest::sample::select(&[",", "\t", ";"][..]);
    (
        proptest::collection::vec(proptest::sample::select(keys), 0..6),
        proptest::collection::vec(proptest::collection::vec(word(), 0..7), 0..6),
        sep,
    )
        .prop_map(|(header, rows, sep)| {
            let mut s = header.join(sep);
            for r in rows {
                s.push('\n');
                s.push_str(&r.join(sep));
            }
            s
        })
}

/// Loads must never panic; a loaded map's canonical JSON loads back to the same map,
/// and every diagnostic of JSON input that carries a path also carries a line.
fn check_json(text: &str) -> Result<(), TestCaseError> {
    match load_json(text) {
        Ok(l) => {
            let canonical = serde_json::to_string_pretty(&l.map).unwrap();
            let again = load_json(&canonical);
            prop_assert!(again.is_ok(), "canonical JSON refused: {canonical}\n{:?}", again.err());
            prop_assert_eq!(&again.unwrap().map, &l.map);
        }
        Err(LoadError::Invalid { diagnostics, .. }) => {
            prop_assert!(diagnostics.iter().any(|d| d.is_error()));
            for d in &diagnostics {
                if d.location.path.is_some() {
                    prop_assert!(d.location.line.is_some(), "no line for {d}\nin {text}");
                }
            }
        }
        Err(e) => prop_assert!(false, "unexpected I/O error {e}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = load_json_bytes(&bytes, "x.json");
        if let Ok((text, _)) = powermap::load::text::decode(&bytes) {
            let p = csv("people.csv", &text);
            let _ = load_csv(&CsvFiles { people: &p, units: Some(&p), ties: Some(&p), account: Some(&p) });
        }
    }

    #[test]
    fn jsonish_text_never_panics(text in jsonish()) {
        check_json(&text)?;
    }

    #[test]
    fn random_maps_load_or_are_refused(m in map()) {
        check_json(&serde_json::to_string_pretty(&m).unwrap())?;
        check_json(&serde_json::to_string(&m).unwrap())?;
    }

    #[test]
    fn plausible_maps_round_trip_through_canonical_json(m in plausible_map()) {
        check_json(&serde_json::to_string_pretty(&m).unwrap())?;
    }

    #[test]
    fn random_csv_files_never_panic(
        people in csv_text(PERSON_KEYS),
        units in csv_text(UNIT_KEYS),
        ties in csv_text(TIE_KEYS),
        account in csv_text(&["field", "value", "字段", "值", "account", "competitors"]),
    ) {
        let (p, u, t, a) = (csv("people.csv", &people), csv("units.csv", &units), csv("ties.csv", &ties), csv("account.csv", &account));
        match load_csv(&CsvFiles { people: &p, units: Some(&u), ties: Some(&t), account: Some(&a) }) {
            Ok(l) => {
                // The CSV map, written as canonical JSON, reads back the same.
                let canonical = serde_json::to_string(&l.map).unwrap();
                let again = load_json(&canonical);
                prop_assert!(again.is_ok(), "canonical JSON refused: {canonical}\n{:?}", again.err());
                prop_assert_eq!(&again.unwrap().map, &l.map);
            }
            Err(LoadError::Invalid { diagnostics, .. }) => {
                for d in &diagnostics {
                    prop_assert!(d.location.path.is_none(), "a JSON path in CSV: {d}");
                }
            }
            Err(e) => prop_assert!(false, "unexpected I/O error {e}"),
        }
    }
}
