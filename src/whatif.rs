//! What if…: assumptions (a person's field set, a tie added or removed, the account's
//! context set) applied to a copy of a map, the result checked by the same loader and
//! validation as a file, analysed, and compared with the original by the diff engine
//! ([`crate::train::diff`]). `powermap whatif` and the workspace (`powermap serve`) share it.
//!
//! The map is edited in its canonical JSON form (the format's own field names, see
//! [`crate::model::Map`]'s `Serialize`), then written out as JSON text and loaded with
//! [`crate::load::load_json_str`]: an assumption can never make a map the loader would
//! refuse from a file, and its problems are reported the same way, in the user's language.
//!
//! ```
//! use powermap::whatif::{self, Assumption};
//! let base = powermap::load::load_json_str(powermap::load::EMBEDDED_MAP, "nc").unwrap().map;
//! let a = whatif::parse_set("liu.stance=supporter").unwrap();
//! let out = whatif::what_if(&base, &[a], powermap::vocab::Lang::En).unwrap();
//! assert_eq!(out.diff.stances.len(), 1);
//! ```

use serde::Deserialize;
use serde_json::{Map as JsonObject, Value};

use crate::analysis::{AnalyzeOptions, Report, analyze};
use crate::diag::Diagnostic;
use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::load::{LoadError, Loaded, load_json_str};
use crate::model::Map;
use crate::report::{self, Section as Part};
use crate::train::diff::{MapDiff, diff_with};
use crate::vocab::{Lang, TieKind, Vocab};

/// One assumption, as the command line and the workspace's API write it
/// (`{"type": "set", "person": "liu", "field": "stance", "value": "supporter"}`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Assumption {
    /// Set (or, with no value, clear) a field of a person.
    Set {
        /// The person's id.
        person: String,
        /// The field's name in the format (`stance`, `roles`, `relationship`…).
        field: String,
        /// The new value as written in a file; absent or empty clears the field.
        #[serde(default)]
        value: Option<String>,
    },
    /// Add a tie.
    AddTie {
        /// From whom (the subordinate of a reporting line, the one who sways).
        from: String,
        /// To whom.
        to: String,
        /// The kind (`knows`, `influences`, `reports_to`, `conflict`, or a Chinese name).
        kind: String,
        /// 1…3; medium when absent.
        #[serde(default)]
        strength: Option<u8>,
    },
    /// Remove a tie (every tie between the two of that kind, or of any kind).
    RemoveTie {
        /// From whom.
        from: String,
        /// To whom.
        to: String,
        /// The kind; any kind when absent.
        #[serde(default)]
        kind: Option<String>,
    },
    /// Set (or clear) a field of the account's context: `governance`, `purchase_share`.
    Context {
        /// The field.
        field: String,
        /// The value; absent or empty clears it.
        #[serde(default)]
        value: Option<String>,
    },
}

/// The fields of a person an assumption may set, as the format names them.
pub const PERSON_FIELDS: &[&str] = &[
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
    "contact",
    "notes",
];

/// The fields of the context an assumption may set.
pub const CONTEXT_FIELDS: &[&str] = &["governance", "purchase_share"];

/// Why a what-if could not be computed.
#[derive(Debug, Clone, PartialEq)]
pub enum WhatIfError {
    /// An assumption is malformed or names someone not in the map.
    Assumption(Msg),
    /// The map with the assumptions is one the loader refuses: every problem, located.
    Invalid(Vec<Diagnostic>),
}

/// The map with the assumptions, and what moved.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The map as assumed.
    pub map: Map,
    /// The loader's warnings about it.
    pub warnings: Vec<Diagnostic>,
    /// What changed, the analyses included.
    pub diff: MapDiff,
    /// The full analysis of the map as it was.
    pub before: Report,
    /// The full analysis of the map as assumed.
    pub after: Report,
}

impl Outcome {
    /// The risks of the analysis before that are gone after (indices into
    /// `before.risks`) and those that are new (indices into `after.risks`). A risk is the
    /// same when its kind, people and unit are ([`report::to_json`]'s fields).
    pub fn risk_changes(&self) -> (Vec<usize>, Vec<usize>) {
        let keys = |r: &Report| -> Vec<Value> {
            let v = report::to_json(r, &[Part::Risks], Lang::En);
            v.get("risks")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .map(|r| serde_json::json!([r.get("kind"), r.get("people"), r.get("unit")]))
                        .collect()
                })
                .unwrap_or_default()
        };
        let (b, a) = (keys(&self.before), keys(&self.after));
        let cleared = (0..b.len()).filter(|&i| !a.contains(&b[i])).collect();
        let added = (0..a.len()).filter(|&i| !b.contains(&a[i])).collect();
        (cleared, added)
    }
}

fn opt_value(v: &str) -> Option<String> {
    let v = v.trim();
    if v.is_empty() { None } else { Some(v.to_string()) }
}

/// Parses `ID.field=value` (`liu.stance=supporter`; `liu.notes=` clears the notes).
pub fn parse_set(s: &str) -> Result<Assumption, Msg> {
    let bad = || Msg::new("whatif-bad-set").arg("text", s);
    let (lhs, value) = s.split_once('=').ok_or_else(bad)?;
    let (person, field) = lhs.rsplit_once('.').ok_or_else(bad)?;
    let (person, field) = (person.trim(), field.trim());
    if person.is_empty() || field.is_empty() {
        return Err(bad());
    }
    Ok(Assumption::Set { person: person.to_string(), field: field.to_string(), value: opt_value(value) })
}

/// Parses `A,B,kind[,strength]` (`zhao,liu,knows,2`).
pub fn parse_add_tie(s: &str) -> Result<Assumption, Msg> {
    let bad = || Msg::new("whatif-bad-tie").arg("text", s);
    let parts: Vec<&str> = s.split([',', '，']).map(str::trim).collect();
    let (from, to, kind, strength) = match parts.as_slice() {
        [a, b, k] => (a, b, k, None),
        [a, b, k, n] => (a, b, k, Some(n.parse::<u8>().map_err(|_| bad())?)),
        _ => return Err(bad()),
    };
    if from.is_empty() || to.is_empty() || kind.is_empty() {
        return Err(bad());
    }
    Ok(Assumption::AddTie { from: from.to_string(), to: to.to_string(), kind: kind.to_string(), strength })
}

/// Parses `A,B[,kind]`.
pub fn parse_remove_tie(s: &str) -> Result<Assumption, Msg> {
    let bad = || Msg::new("whatif-bad-tie").arg("text", s);
    let parts: Vec<&str> = s.split([',', '，']).map(str::trim).collect();
    let (from, to, kind) = match parts.as_slice() {
        [a, b] => (a, b, None),
        [a, b, k] => (a, b, Some(k.to_string())),
        _ => return Err(bad()),
    };
    if from.is_empty() || to.is_empty() {
        return Err(bad());
    }
    Ok(Assumption::RemoveTie { from: from.to_string(), to: to.to_string(), kind })
}

/// Parses `field=value` (`governance=centralized`).
pub fn parse_context(s: &str) -> Result<Assumption, Msg> {
    let (field, value) = s.split_once('=').ok_or_else(|| Msg::new("whatif-bad-context").arg("text", s))?;
    Ok(Assumption::Context { field: field.trim().to_string(), value: opt_value(value) })
}

/// The canonical JSON of a map: what assumptions and the workspace's edits work on.
pub fn to_doc(map: &Map) -> Value {
    serde_json::to_value(map).unwrap_or(Value::Null)
}

/// Loads a JSON document with the same loader and validation as a file named `name`.
pub fn load_doc(doc: &Value, name: &str) -> Result<Loaded, Vec<Diagnostic>> {
    let text = serde_json::to_string_pretty(doc).unwrap_or_default();
    match load_json_str(&text, name) {
        Ok(l) => Ok(l),
        Err(LoadError::Invalid { diagnostics, .. }) => Err(diagnostics),
        Err(LoadError::Io { .. }) => Err(Vec::new()),
    }
}

fn array<'a>(doc: &'a mut Value, key: &str) -> &'a mut Vec<Value> {
    if !doc.is_object() {
        *doc = Value::Object(JsonObject::new());
    }
    let o = doc.as_object_mut().expect("an object, made so above");
    let slot = o.entry(key).or_insert_with(|| Value::Array(Vec::new()));
    if !slot.is_array() {
        *slot = Value::Array(Vec::new());
    }
    slot.as_array_mut().expect("an array, made so above")
}

fn has_person(doc: &Value, id: &str) -> bool {
    doc.get("people")
        .and_then(Value::as_array)
        .is_some_and(|ps| ps.iter().any(|p| p.get("id").and_then(Value::as_str) == Some(id)))
}

fn unknown_person(id: &str) -> Msg {
    Msg::new("whatif-unknown-person").arg("id", id)
}

/// A value as the format writes the field: lists for `roles` and `interests`, a number
/// for `level` and `relationship` when it reads as one, else the text.
pub fn field_value(field: &str, value: &str) -> Value {
    match field {
        "roles" | "interests" => Value::Array(
            value
                .split([',', '+', '、', '，', ';'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| Value::String(s.to_string()))
                .collect(),
        ),
        "level" | "relationship" => match value.trim().parse::<i64>() {
            Ok(n) => Value::from(n),
            Err(_) => Value::String(value.to_string()),
        },
        _ => Value::String(value.to_string()),
    }
}

fn same_kind(written: Option<&str>, wanted: &str) -> bool {
    match (written.and_then(|w| TieKind::parse(w).ok()), TieKind::parse(wanted).ok()) {
        (Some(a), Some(b)) => a == b,
        _ => written == Some(wanted),
    }
}

/// Applies one assumption to a map's JSON document. Only the shape is checked here
/// (the people named exist, the field is one a person has); the values are checked by
/// loading the result ([`load_doc`]).
pub fn apply(doc: &mut Value, a: &Assumption) -> Result<(), Msg> {
    match a {
        Assumption::Set { person, field, value } => {
            if !PERSON_FIELDS.contains(&field.as_str()) {
                return Err(Msg::new("whatif-unknown-field").arg("field", field.as_str()));
            }
            let people = array(doc, "people");
            let p = people
                .iter_mut()
                .find(|p| p.get("id").and_then(Value::as_str) == Some(person.as_str()))
                .and_then(Value::as_object_mut)
                .ok_or_else(|| unknown_person(person))?;
            match value {
                Some(v) => {
                    p.insert(field.clone(), field_value(field, v));
                }
                None => {
                    p.remove(field.as_str());
                }
            }
        }
        Assumption::AddTie { from, to, kind, strength } => {
            for id in [from, to] {
                if !has_person(doc, id) {
                    return Err(unknown_person(id));
                }
            }
            let mut t = JsonObject::new();
            t.insert("from".into(), from.as_str().into());
            t.insert("to".into(), to.as_str().into());
            t.insert("kind".into(), kind.as_str().into());
            if let Some(s) = strength {
                t.insert("strength".into(), Value::from(*s));
            }
            array(doc, "ties").push(Value::Object(t));
        }
        Assumption::RemoveTie { from, to, kind } => {
            for id in [from, to] {
                if !has_person(doc, id) {
                    return Err(unknown_person(id));
                }
            }
            let ties = array(doc, "ties");
            let before = ties.len();
            ties.retain(|t| {
                let f = t.get("from").and_then(Value::as_str);
                let g = t.get("to").and_then(Value::as_str);
                let k = t.get("kind").and_then(Value::as_str);
                let symmetric = k.and_then(|k| TieKind::parse(k).ok()).is_some_and(TieKind::is_symmetric);
                let ends = (f == Some(from.as_str()) && g == Some(to.as_str()))
                    || (symmetric && f == Some(to.as_str()) && g == Some(from.as_str()));
                let kind_ok = kind.as_deref().is_none_or(|want| same_kind(k, want));
                !(ends && kind_ok)
            });
            if ties.len() == before {
                let m = match kind {
                    Some(k) => Msg::new("whatif-no-such-tie-kind").arg("kind", k.as_str()),
                    None => Msg::new("whatif-no-such-tie"),
                };
                return Err(m.arg("from", from.as_str()).arg("to", to.as_str()));
            }
        }
        Assumption::Context { field, value } => {
            if !CONTEXT_FIELDS.contains(&field.as_str()) {
                return Err(Msg::new("whatif-unknown-context").arg("field", field.as_str()));
            }
            if !doc.is_object() {
                *doc = Value::Object(JsonObject::new());
            }
            let o = doc.as_object_mut().expect("an object, made so above");
            let ctx = o.entry("context").or_insert_with(|| Value::Object(JsonObject::new()));
            if !ctx.is_object() {
                *ctx = Value::Object(JsonObject::new());
            }
            let c = ctx.as_object_mut().expect("an object, made so above");
            match value {
                Some(v) => {
                    c.insert(field.clone(), Value::String(v.clone()));
                }
                None => {
                    c.remove(field.as_str());
                }
            }
        }
    }
    Ok(())
}

/// The map with every assumption applied (in order), checked like a file named `name`.
pub fn assume(base: &Map, assumptions: &[Assumption], name: &str) -> Result<Loaded, WhatIfError> {
    let mut doc = to_doc(base);
    for a in assumptions {
        apply(&mut doc, a).map_err(WhatIfError::Assumption)?;
    }
    load_doc(&doc, name).map_err(WhatIfError::Invalid)
}

/// The name the assumed map goes by in messages.
pub const ASSUMED_NAME: &str = "what-if";

/// Applies the assumptions to a copy of `base`, checks it, analyses both and says what
/// moved. O(size of the map) plus two analyses.
pub fn what_if(base: &Map, assumptions: &[Assumption], lang: Lang) -> Result<Outcome, WhatIfError> {
    let _ = lang; // the analyses choose no words: only the writers take a language
    let loaded = assume(base, assumptions, ASSUMED_NAME)?;
    let opts = AnalyzeOptions::default();
    let (before, after) = crate::par::join(
        || analyze(&OrgGraph::new(base), &opts),
        || analyze(&OrgGraph::new(&loaded.map), &opts),
    );
    let d = diff_with(base, &loaded.map, &before, &after);
    Ok(Outcome { map: loaded.map, warnings: loaded.warnings, diff: d, before, after })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::EMBEDDED_MAP;

    fn nc() -> Map {
        load_json_str(EMBEDDED_MAP, "nc").unwrap().map
    }

    #[test]
    fn parses_the_command_line_forms() {
        assert_eq!(
            parse_set("liu.stance=supporter").unwrap(),
            Assumption::Set { person: "liu".into(), field: "stance".into(), value: Some("supporter".into()) }
        );
        assert_eq!(
            parse_set("a.b.notes=").unwrap(),
            Assumption::Set { person: "a.b".into(), field: "notes".into(), value: None }
        );
        assert_eq!(parse_set("liu=supporter").unwrap_err().key, "whatif-bad-set");
        assert_eq!(
            parse_add_tie("zhao, liu, knows, 3").unwrap(),
            Assumption::AddTie {
                from: "zhao".into(),
                to: "liu".into(),
                kind: "knows".into(),
                strength: Some(3)
            }
        );
        assert_eq!(parse_add_tie("zhao,liu").unwrap_err().key, "whatif-bad-tie");
        assert_eq!(parse_add_tie("zhao,liu,knows,x").unwrap_err().key, "whatif-bad-tie");
        assert_eq!(
            parse_context("governance=centralized").unwrap(),
            Assumption::Context { field: "governance".into(), value: Some("centralized".into()) }
        );
    }

    #[test]
    fn an_unknown_person_or_field_is_named() {
        let e = what_if(&nc(), &[parse_set("nobody.stance=supporter").unwrap()], Lang::En).unwrap_err();
        assert_eq!(e, WhatIfError::Assumption(Msg::new("whatif-unknown-person").arg("id", "nobody")));
        let e = what_if(&nc(), &[parse_set("liu.colour=red").unwrap()], Lang::En).unwrap_err();
        assert!(matches!(e, WhatIfError::Assumption(m) if m.key == "whatif-unknown-field"));
    }

    #[test]
    fn a_bad_value_is_refused_by_the_loader_with_its_location() {
        let e = what_if(&nc(), &[parse_set("liu.stance=maybe").unwrap()], Lang::En).unwrap_err();
        let WhatIfError::Invalid(diags) = e else { panic!("{e:?}") };
        assert!(
            diags
                .iter()
                .any(|d| d.is_error() && d.location.path.as_deref().is_some_and(|p| p.contains("stance")))
        );
    }

    #[test]
    fn making_liu_a_supporter_clears_the_blocker_risk() {
        let out = what_if(&nc(), &[parse_set("liu.stance=supporter").unwrap()], Lang::En).unwrap();
        let (cleared, added) = out.risk_changes();
        let kinds = |r: &Report, ix: &[usize]| -> Vec<String> {
            let v = report::to_json(r, &[Part::Risks], Lang::En);
            ix.iter().map(|&i| v["risks"][i]["kind"].as_str().unwrap_or("").to_string()).collect()
        };
        let gone = kinds(&out.before, &cleared);
        assert!(gone.iter().any(|k| k == "blocker"), "cleared: {gone:?}");
        let gone_people: Vec<&Vec<String>> = cleared.iter().map(|&i| &out.before.risks[i].people).collect();
        assert!(gone_people.iter().any(|p| p.first().map(String::as_str) == Some("liu")), "{gone_people:?}");
        // The only-one-supporter gap goes too: 刘工 is a second supporter among the deciders.
        assert!(gone.iter().any(|k| k == "single_threaded"), "cleared: {gone:?}");
        assert!(added.is_empty(), "added: {:?}", kinds(&out.after, &added));
        assert_eq!(out.diff.stances.len(), 1);
        assert_eq!(out.diff.stances[0].person.id, "liu");
    }

    #[test]
    fn a_tie_from_our_side_gains_a_route_to_the_approver() {
        let base = nc();
        let before = what_if(&base, &[], Lang::En).unwrap().after;
        let best = |r: &Report| {
            r.paths.iter().find(|p| p.target == "bureau_head").map(|p| (p.ids.clone(), p.reliability))
        };
        let (old_route, old_rel) = best(&before).expect("a route to the approver already");
        let out = what_if(&base, &[parse_add_tie("zhao,bureau_head,knows,3").unwrap()], Lang::En).unwrap();
        let (new_route, new_rel) = best(&out.after).expect("a route after");
        assert_eq!(new_route, vec!["zhao".to_string(), "bureau_head".to_string()], "was {old_route:?}");
        assert!(new_rel > old_rel);
        assert!(out.diff.paths.iter().any(|m| m.target.id == "bureau_head"));
        assert_eq!(out.diff.ties_added.len(), 1);
        // Reached now: the "no relationship with the approver" risk is not cleared by a
        // tie alone (the relationship stage is ours to change), but the route moved.
    }

    #[test]
    fn centralized_governance_is_a_context_change() {
        let out = what_if(&nc(), &[parse_context("governance=decentralized").unwrap()], Lang::En).unwrap();
        assert_eq!(out.diff.account.len(), 1);
        assert_eq!(out.diff.account[0].field, "governance");
        let e = what_if(&nc(), &[parse_context("mood=good").unwrap()], Lang::En).unwrap_err();
        assert!(matches!(e, WhatIfError::Assumption(m) if m.key == "whatif-unknown-context"));
    }

    #[test]
    fn no_assumption_changes_nothing() {
        let out = what_if(&nc(), &[], Lang::En).unwrap();
        assert!(out.diff.is_empty(), "{:?}", out.diff);
        assert_eq!(out.map, nc());
    }

    #[test]
    fn removing_a_symmetric_tie_matches_either_direction() {
        let m = load_json_str(
            r#"{"people":[{"id":"a","side":"ours"},{"id":"b","roles":["approver"]}],
                "ties":[{"from":"a","to":"b","kind":"knows"}]}"#,
            "m",
        )
        .unwrap()
        .map;
        let out = what_if(&m, &[parse_remove_tie("b,a,认识").unwrap()], Lang::En).unwrap();
        assert_eq!(out.diff.ties_removed.len(), 1);
        let e = what_if(&m, &[parse_remove_tie("b,a,influences").unwrap()], Lang::En).unwrap_err();
        assert!(matches!(e, WhatIfError::Assumption(m) if m.key == "whatif-no-such-tie-kind"));
    }
}
