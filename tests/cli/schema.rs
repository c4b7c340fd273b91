//! The JSON Schema of `powermap schema`, checked with a real validator: every map under
//! data/ (recursively) is valid against it, the canonical JSON of loaded maps is too,
//! and broken maps are not.

use crate::common::{load_json, ok, root};
use crate::loaders::walk;
use serde_json::{Value, json};

fn validator() -> jsonschema::Validator {
    let schema = powermap::schema::schema();
    assert!(jsonschema::meta::is_valid(&schema), "the schema itself is not valid draft 2020-12");
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

fn errors(v: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    v.iter_errors(instance).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn every_map_in_data_is_valid_against_the_schema() {
    let v = validator();
    let maps: Vec<_> = walk(&root().join("data"))
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    assert!(maps.len() >= 3, "{maps:?}");
    for p in maps {
        let text = std::fs::read_to_string(&p).unwrap();
        let instance: Value = serde_json::from_str(&text).unwrap();
        let errs = errors(&v, &instance);
        assert!(errs.is_empty(), "{}:\n{}", p.display(), errs.join("\n"));
    }
}

#[test]
fn canonical_json_of_loaded_maps_is_valid() {
    let v = validator();
    for text in [crate::loaders::JSON, powermap::load::EMBEDDED_MAP] {
        let map = ok(load_json(text)).map;
        let canonical = serde_json::to_value(&map).unwrap();
        let errs = errors(&v, &canonical);
        assert!(errs.is_empty(), "{}", errs.join("\n"));
    }
}

#[test]
fn chinese_values_and_shorthands_are_valid() {
    let v = validator();
    let map = json!({
        "$schema": "./map.schema.json",
        "version": 1,
        "context": {"governance": "集权", "purchase_share": "小"},
        "units": [{"id": "u", "kind": "部门"}],
        "people": [
            {"id": "a", "roles": ["批准者", "+"], "stance": "支持", "relationship": "信任", "side": "客户",
             "interests": "产品质量、权利", "expertise": "技术型", "style": "民主", "adaptability": "务实者"},
            {"id": "b", "stance": -1, "relationship": 2, "reports_to": "a", "unit": "u"}
        ],
        "ties": [{"from": "a", "to": "b", "kind": "认识", "strength": "强", "dotted": false}]
    });
    let errs = errors(&v, &map);
    assert!(errs.is_empty(), "{}", errs.join("\n"));
    // And powermap reads it as the schema says, "$schema" without a warning.
    let l = ok(load_json(&map.to_string()));
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
}

#[test]
fn broken_maps_fail_validation() {
    let v = validator();
    let base =
        json!({"people": [{"id": "a"}, {"id": "b"}], "ties": [{"from": "a", "to": "b", "kind": "knows"}]});
    assert!(v.is_valid(&base), "{:?}", errors(&v, &base));
    let broken: Vec<(&str, Value)> = vec![
        ("misspelt stance", json!({"people": [{"id": "a", "stance": "suport"}]})),
        ("person without id", json!({"people": [{"name": "Ann"}]})),
        ("unknown field", json!({"people": [{"id": "a", "colour": "red"}]})),
        (
            "strength out of range",
            json!({"people": [{"id": "a"}, {"id": "b"}], "ties": [{"from": "a", "to": "b", "kind": "knows", "strength": 5}]}),
        ),
        ("relationship out of range", json!({"people": [{"id": "a", "relationship": 7}]})),
        (
            "tie without kind",
            json!({"people": [{"id": "a"}, {"id": "b"}], "ties": [{"from": "a", "to": "b"}]}),
        ),
        ("people not a list", json!({"people": {"a": {}}})),
        ("version 2", json!({"version": 2, "people": []})),
        (
            "unknown tie kind",
            json!({"people": [{"id": "a"}, {"id": "b"}], "ties": [{"from": "a", "to": "b", "kind": "likes"}]}),
        ),
        ("level zero", json!({"people": [{"id": "a", "level": 0}]})),
        ("a map that is a list", json!([{"id": "a"}])),
    ];
    for (what, map) in broken {
        assert!(!v.is_valid(&map), "{what}: the schema accepted {map}");
        // powermap refuses these too (the unknown field is a warning only).
        if what != "unknown field" {
            assert!(load_json(&map.to_string()).is_err(), "{what}: powermap accepted {map}");
        }
    }
}
