//! `powermap schema`: a JSON Schema (draft 2020-12) of the map format, generated from
//! the same vocabularies the loader accepts, so editors can validate and complete maps.

use serde_json::{Value, json};

use crate::vocab::{
    Adaptability, Contact, Expertise, Governance, Interest, PurchaseShare, Relationship, Role, Section, Side,
    Stance, Strength, Style, TieKind, UnitKind, Vocab,
};

/// Every spelling of a vocabulary: the English names first, then the aliases and the
/// labels of every language, Simplified and Traditional Chinese (powermap itself also
/// ignores case and width, which a schema cannot say).
fn words<V: Vocab>() -> Vec<String> {
    crate::vocab::accepted_spellings::<V>()
}

fn vocab<V: Vocab>(description: &str) -> Value {
    json!({ "description": description, "type": "string", "enum": words::<V>() })
}

fn vocab_or_number<V: Vocab>(description: &str, lo: i64, hi: i64) -> Value {
    json!({
        "description": description,
        "oneOf": [
            { "type": "integer", "minimum": lo, "maximum": hi },
            { "type": "string", "enum": words::<V>().into_iter()
                .chain((lo..=hi).map(|n| n.to_string())).collect::<Vec<_>>() }
        ]
    })
}

fn list_of(item: Value, description: &str) -> Value {
    json!({
        "description": description,
        "oneOf": [
            { "type": "array", "items": item },
            { "type": "string", "description": "items separated by ; ； 、 or ," }
        ]
    })
}

fn id(description: &str) -> Value {
    json!({ "description": description, "type": ["string", "integer"], "minLength": 1 })
}

fn text(description: &str) -> Value {
    json!({ "description": description, "type": "string" })
}

fn optional() -> Value {
    json!({ "type": "boolean", "description": "Answer keys only: a trainee who misses this loses nothing (可选)." })
}

fn explain() -> Value {
    json!({
        "description": "Answer keys only: shown to a trainee who misses or mistakes this (讲解): one text, or one per language.",
        "oneOf": [
            { "type": "string" },
            { "type": "object", "properties": { "en": { "type": "string" }, "zh": { "type": "string" } },
              "additionalProperties": false, "minProperties": 1 }
        ]
    })
}

/// The schema as a JSON value.
pub fn schema() -> Value {
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://powermap.invalid/schema/map-v1.json",
        "title": "powermap map (format version 1)",
        "description": "One customer account's buying organization: units, people, and the ties between them.",
        "type": "object",
        "properties": {
            "$schema": text("The schema an editor checks this file against (e.g. map.schema.json from `powermap schema`); powermap ignores it."),
            "version": { "description": "Format version; 1 when absent.", "const": 1 },
            "account": text("The customer account (客户)."),
            "opportunity": text("The opportunity this map is for (项目)."),
            "competitors": { "type": "array", "items": { "type": "string" }, "description": "Competitors in this opportunity." },
            "context": {
                "type": "object",
                "description": "The account-level bases for finding the key person.",
                "properties": {
                    "governance": vocab::<Governance>("Basis 1, governance (治理结构)."),
                    "purchase_share": vocab::<PurchaseShare>("Basis 4, this purchase's share of all purchasing (采购占比).")
                },
                "additionalProperties": false
            },
            "units": { "type": "array", "items": { "$ref": "#/$defs/unit" } },
            "people": { "type": "array", "items": { "$ref": "#/$defs/person" } },
            "ties": { "type": "array", "items": { "$ref": "#/$defs/tie" } },
            "grading": {
                "type": "object",
                "description": "Answer keys only (powermap grade): how a trainee's chart is scored.",
                "properties": {
                    "weights": {
                        "type": "object",
                        "description": "Section weights; sections not named keep their default weight.",
                        "propertyNames": { "enum": words::<Section>() },
                        "additionalProperties": { "type": "number", "minimum": 0 }
                    }
                },
                "additionalProperties": false
            }
        },
        "additionalProperties": false,
        "$defs": {
            "unit": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": id("Unique among units."),
                    "name": text("Display name (名称)."),
                    "parent": id("The enclosing unit's id (上级)."),
                    "kind": vocab::<UnitKind>("Kind of unit (类型)."),
                    "contact": vocab::<Contact>("do_not_contact (勿接触): nobody in this unit or below it is approached; open when absent (接触).")
                },
                "additionalProperties": false
            },
            "person": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": id("Unique among people; what ties refer to (编号)."),
                    "name": text("Shown in diagrams; defaults to the id (姓名)."),
                    "title": text("Job title (职务)."),
                    "unit": id("A unit id or name; an unknown one creates a unit (部门)."),
                    "side": vocab::<Side>("Whose side (阵营); customer when absent."),
                    "level": { "type": "integer", "minimum": 1, "description": "Rank, 1 = top executive (级别); derived from reporting lines when absent." },
                    "roles": list_of(vocab::<Role>("A purchase role."), "Purchase roles (角色)."),
                    "stance": vocab_or_number::<Stance>("Stance toward us (立场), or −2…2.", -2, 2),
                    "favors": text("The competitor this person leans to (倾向)."),
                    "relationship": vocab_or_number::<Relationship>("Our relationship stage 0…4 (关系).", 0, 4),
                    "expertise": vocab::<Expertise>("Basis 2 (专长)."),
                    "style": vocab::<Style>("Basis 3 (风格)."),
                    "adaptability": vocab::<Adaptability>("Attitude to innovation (创新态度)."),
                    "interests": list_of(vocab::<Interest>("An interest."), "Interests (利益)."),
                    "contact": vocab::<Contact>("do_not_contact (勿接触): no route or step targets or passes through this person; open when absent (接触)."),
                    "notes": text("Free text (备注)."),
                    "reports_to": list_of(id("A manager's id."), "Shorthand for reports_to ties (上级)."),
                    "optional": optional(),
                    "explain": explain(),
                    "explain_roles": explain(),
                    "explain_stance": explain(),
                    "explain_relationship": explain()
                },
                "additionalProperties": false
            },
            "tie": {
                "type": "object",
                "required": ["from", "to", "kind"],
                "properties": {
                    "from": id("Person id; the subordinate for reports_to, the one who sways for influences (起点)."),
                    "to": id("Person id (终点)."),
                    "kind": vocab::<TieKind>("Kind of tie (类型)."),
                    "strength": vocab_or_number::<Strength>("1 weak … 3 strong (强度); 2 when absent.", 1, 3),
                    "dotted": { "type": "boolean", "description": "A dotted-line (secondary) reporting line (虚线)." },
                    "note": text("Free text (备注)."),
                    "optional": optional(),
                    "explain": explain()
                },
                "additionalProperties": false
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_english_and_chinese_values() {
        let s = schema();
        let stance = &s["$defs"]["person"]["properties"]["stance"]["oneOf"][1]["enum"];
        let all: Vec<&str> = stance.as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
        assert!(all.contains(&"supporter") && all.contains(&"支持") && all.contains(&"-1"));
    }
}
