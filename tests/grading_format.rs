//! The map format's grading annotations (answer keys): `grading.weights`, and
//! `optional` / `explain` on people and ties, read from JSON and CSV, refused when
//! wrong, written back by the canonical JSON and described by the schema.

use powermap::load::{LoadError, csv::CsvText, load_csv_texts, load_json_str};
use powermap::model::Explain;
use powermap::vocab::{Lang, Section};

const KEY: &str = r#"{
  "version": 1,
  "grading": { "weights": { "people": 30, "立场": 5.5, "influence": 0 } },
  "people": [
    { "id": "a", "name": "黄主任", "roles": ["approver"], "optional": true },
    { "id": "b", "name": "刘工", "stance": "skeptic", "explain": "他称赞竞争对手" },
    { "id": "c", "name": "马工" }
  ],
  "ties": [
    { "from": "b", "to": "a", "kind": "reports_to", "explain": "生技部在局领导之下" },
    { "from": "c", "to": "a", "kind": "reports_to", "optional": "yes" },
    { "from": "a", "to": "c", "kind": "influences" }
  ]
}"#;

fn errors(e: LoadError) -> Vec<String> {
    match e {
        LoadError::Invalid { diagnostics, .. } => {
            diagnostics.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect()
        }
        other => panic!("unexpected {other}"),
    }
}

#[test]
fn json_key_annotations_are_read() {
    let m = load_json_str(KEY, "key.json").unwrap().map;
    let g = &m.grading;
    assert_eq!(g.weights.get(&Section::People), Some(&30.0));
    assert_eq!(g.weights.get(&Section::Stances), Some(&5.5));
    assert_eq!(g.weights.get(&Section::Influence), Some(&0.0));
    assert_eq!(g.weights.len(), 3);
    assert!(g.person(0).unwrap().optional);
    assert_eq!(g.person(0).unwrap().explain, None);
    assert!(!g.person(1).unwrap().optional);
    assert_eq!(g.person(1).unwrap().explain, Some(Explain::Same("他称赞竞争对手".into())));
    assert!(g.person(2).is_none());
    assert_eq!(g.tie(0).unwrap().explain, Some(Explain::Same("生技部在局领导之下".into())));
    assert!(g.tie(1).unwrap().optional);
    assert!(g.tie(2).is_none());
}

#[test]
fn canonical_json_keeps_annotations_and_round_trips() {
    let m = load_json_str(KEY, "key.json").unwrap().map;
    let out = serde_json::to_string(&m).unwrap();
    assert!(out.contains(r#""grading":{"weights":{"influence":0.0,"people":30.0,"stances":5.5}}"#), "{out}");
    assert!(out.contains(r#""optional":true"#));
    let again = load_json_str(&out, "again.json").unwrap().map;
    assert_eq!(again, m);
}

#[test]
fn a_map_without_annotations_writes_none() {
    let m = load_json_str(r#"{"people":[{"id":"a","roles":["approver"]}]}"#, "m.json").unwrap().map;
    assert_eq!(m.grading, powermap::model::Grading::default());
    let out = serde_json::to_string(&m).unwrap();
    assert!(!out.contains("grading") && !out.contains("optional") && !out.contains("explain"), "{out}");
}

#[test]
fn an_unknown_section_is_refused_with_a_suggestion() {
    let e =
        errors(load_json_str(r#"{"grading":{"weights":{"peple":3}},"people":[]}"#, "k.json").unwrap_err());
    assert_eq!(e.len(), 1, "{e:?}");
    assert!(e[0].contains("grading.weights.peple"), "{}", e[0]);
    assert!(e[0].contains(r#"did you mean "people"?"#), "{}", e[0]);
}

#[test]
fn bad_weights_are_refused() {
    let e = errors(
        load_json_str(r#"{"grading":{"weights":{"people":-1,"units":"lots"}},"people":[]}"#, "k.json")
            .unwrap_err(),
    );
    assert_eq!(e.len(), 2, "{e:?}");
    assert!(e[0].contains(r#"weight "-1" is not a number ≥ 0"#), "{}", e[0]);
    assert!(e[1].contains(r#"weight "lots" is not a number ≥ 0"#), "{}", e[1]);
    let e = errors(load_json_str(r#"{"grading":{"weights":[1,2]},"people":[]}"#, "k.json").unwrap_err());
    assert!(e[0].contains("grading.weights must be an object of section weights, found a list"), "{e:?}");
    let e = errors(
        load_json_str(r#"{"grading":{"weights":{"people":1,"人员":2}},"people":[]}"#, "k.json").unwrap_err(),
    );
    assert!(e[0].contains("the weight of people is given twice"), "{e:?}");
}

#[test]
fn an_unknown_grading_field_is_a_warning() {
    let l = load_json_str(r#"{"grading":{"weigths":{}},"people":[]}"#, "k.json").unwrap();
    assert!(
        l.warnings.iter().any(|d| d.to_string().contains(r#"did you mean "weights"?"#)),
        "{:?}",
        l.warnings
    );
}

#[test]
fn bad_optional_is_refused() {
    let e = errors(load_json_str(r#"{"people":[{"id":"a","optional":"maybe"}]}"#, "k.json").unwrap_err());
    assert!(e[0].contains("people[0].optional") && e[0].contains("is not true or false"), "{e:?}");
}

#[test]
fn csv_keys_take_chinese_headers() {
    let people = CsvText {
        name: "people.csv".into(),
        text: "编号,姓名,角色,可选,讲解\na,黄主任,批准者,是,\nb,刘工,,,他称赞竞争对手\n".into(),
    };
    let ties =
        CsvText { name: "ties.csv".into(), text: "起点,终点,类型,可选\nb,a,汇报,是\n".into() };
    let m = load_csv_texts(&people, None, Some(&ties)).unwrap().map;
    assert!(m.grading.person(0).unwrap().optional);
    assert_eq!(m.grading.person(1).unwrap().explain, Some(Explain::Same("他称赞竞争对手".into())));
    assert!(m.grading.tie(0).unwrap().optional);
}

#[test]
fn duplicate_ties_keep_the_first_ones_note() {
    let m = load_json_str(
        r#"{"people":[{"id":"a","roles":["approver"]},{"id":"b"}],
            "ties":[{"from":"a","to":"b","kind":"knows","optional":true},
                    {"from":"b","to":"a","kind":"knows","explain":"x"},
                    {"from":"b","to":"a","kind":"reports_to","explain":"y"}]}"#,
        "k.json",
    )
    .unwrap()
    .map;
    assert_eq!(m.ties.len(), 2);
    assert!(m.grading.tie(0).unwrap().optional);
    assert_eq!(m.grading.tie(1).unwrap().explain, Some(Explain::Same("y".into())));
}

#[test]
fn the_schema_accepts_a_key_and_refuses_a_bad_section() {
    let schema = powermap::schema::schema();
    let v = jsonschema::validator_for(&schema).unwrap();
    // The schema wants JSON booleans; powermap also takes "yes".
    let key: serde_json::Value = serde_json::from_str(&KEY.replace(r#""yes""#, "true")).unwrap();
    assert!(v.is_valid(&key));
    let bad: serde_json::Value = serde_json::from_str(r#"{"grading":{"weights":{"peple":1}}}"#).unwrap();
    assert!(!v.is_valid(&bad));
}

#[test]
fn an_explanation_may_be_given_per_language() {
    let m = load_json_str(
        r#"{"people":[{"id":"a","roles":["approver"],"explain":{"en":"praises a competitor","zh":"称赞竞争对手"}},
                      {"id":"b","explain":{"中文":"只有中文"}}],
            "ties":[{"from":"b","to":"a","kind":"knows"}]}"#,
        "k.json",
    )
    .unwrap()
    .map;
    let a = m.grading.person(0).unwrap().explain.as_ref().unwrap();
    assert_eq!((a.get(Lang::En), a.get(Lang::Zh)), ("praises a competitor", "称赞竞争对手"));
    let b = m.grading.person(1).unwrap().explain.as_ref().unwrap();
    assert_eq!((b.get(Lang::En), b.get(Lang::Zh)), ("只有中文", "只有中文"));
    let out = serde_json::to_string(&m).unwrap();
    assert!(out.contains(r#""explain":{"en":"praises a competitor","zh":"称赞竞争对手"}"#), "{out}");
    assert_eq!(load_json_str(&out, "again").unwrap().map, m);
    let schema = powermap::schema::schema();
    let v = jsonschema::validator_for(&schema).unwrap();
    assert!(v.is_valid(&serde_json::from_str::<serde_json::Value>(&out).unwrap()));
    let e = errors(load_json_str(r#"{"people":[{"id":"a","explain":{"fr":"non"}}]}"#, "k.json").unwrap_err());
    assert!(
        e[0].contains("people[0].explain") && e[0].contains(r#"unknown language "fr" (expected en or zh)"#),
        "{e:?}"
    );
    let e = errors(load_json_str(r#"{"people":[{"id":"a","explain":3}]}"#, "k.json").unwrap_err());
    assert!(e[0].contains("found a number"), "{e:?}");
}
