//! Saving JSON in the user's own shape. The workspace edits a canonical document (the
//! map as the model writes it, keys sorted); written as it is, it would reorder every
//! key and drop the fields powermap does not know. So a save lays the new document out
//! along the file it replaces: each object's keys in the order the file had them (keys
//! new to an object after them, sorted), people and units matched by id, ties by
//! from, to and kind, other arrays by position; and every field the loader reported as
//! unknown (`unknown-field`, by its JSON path) is kept where it was, with its value.
//!
//! What is still normalized: whitespace (two-space indentation, as `serde_json` pretty
//! prints), values as the model writes them (e.g. a relationship stage as its name),
//! fields the loader reads under another spelling written under the canonical one, and
//! fields equal to their default left out. O(n log n) in the document's size.

use std::collections::BTreeSet;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

/// A JSON value that keeps the order of its objects' keys.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// An object, keys in the order written.
    Obj(Vec<(String, Node)>),
    /// An array.
    Arr(Vec<Node>),
    /// Anything else.
    Leaf(Value),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Node, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Node;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
                Ok(Node::Leaf(Value::Bool(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
                Ok(Node::Leaf(Value::from(v)))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
                Ok(Node::Leaf(Value::from(v)))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
                Ok(Node::Leaf(Value::from(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Node, E> {
                Ok(Node::Leaf(Value::String(v.to_string())))
            }
            fn visit_unit<E>(self) -> Result<Node, E> {
                Ok(Node::Leaf(Value::Null))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Node, A::Error> {
                let mut out = Vec::new();
                while let Some(n) = a.next_element()? {
                    out.push(n);
                }
                Ok(Node::Arr(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Node, A::Error> {
                let mut out: Vec<(String, Node)> = Vec::new();
                while let Some((k, v)) = a.next_entry::<String, Node>()? {
                    // A repeated key: the loader read the last one; keep it in the first place.
                    match out.iter_mut().find(|(x, _)| *x == k) {
                        Some(slot) => slot.1 = v,
                        None => out.push((k, v)),
                    }
                }
                Ok(Node::Obj(out))
            }
        }
        d.deserialize_any(V)
    }
}

impl Node {
    fn get(&self, key: &str) -> Option<&Node> {
        match self {
            Node::Obj(kv) => kv.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    fn leaf_str(&self, key: &str) -> Option<&str> {
        match self.get(key) {
            Some(Node::Leaf(Value::String(s))) => Some(s),
            _ => None,
        }
    }
}

/// How an element of an array is known across versions: a person's or unit's id, a
/// tie's ends and kind; none for anything else (matched by position).
fn identity_value(v: &Value) -> Option<String> {
    if let Some(id) = v.get("id").and_then(Value::as_str) {
        return Some(format!("id:{id}"));
    }
    let s = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("");
    v.get("from").is_some().then(|| format!("tie:{}|{}|{}", s("from"), s("to"), s("kind")))
}

fn identity_node(n: &Node) -> Option<String> {
    if let Some(id) = n.leaf_str("id") {
        return Some(format!("id:{id}"));
    }
    let s = |k: &str| n.leaf_str(k).unwrap_or("");
    n.get("from").is_some().then(|| format!("tie:{}|{}|{}", s("from"), s("to"), s("kind")))
}

/// Lays `new` out along `old` (the file's version at JSON path `path`), keeping the
/// fields at the paths in `unknown`.
pub fn reshape(new: &Value, old: Option<&Node>, path: &str, unknown: &BTreeSet<String>) -> Node {
    match (new, old) {
        (Value::Object(o), Some(Node::Obj(old_kv))) => {
            let mut out = Vec::new();
            for (k, ov) in old_kv {
                let here = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                match o.get(k) {
                    Some(nv) => out.push((k.clone(), reshape(nv, Some(ov), &here, unknown))),
                    None if unknown.contains(&here) => out.push((k.clone(), ov.clone())),
                    None => {}
                }
            }
            for (k, nv) in o {
                if !old_kv.iter().any(|(x, _)| x == k) {
                    out.push((k.clone(), reshape(nv, None, "", unknown)));
                }
            }
            Node::Obj(out)
        }
        (Value::Object(o), _) => {
            Node::Obj(o.iter().map(|(k, v)| (k.clone(), reshape(v, None, "", unknown))).collect())
        }
        (Value::Array(a), Some(Node::Arr(old_a))) => {
            let mut used = vec![false; old_a.len()];
            let items = a.iter().enumerate().map(|(i, nv)| {
                let found = match identity_value(nv) {
                    Some(id) => old_a
                        .iter()
                        .enumerate()
                        .position(|(j, on)| !used[j] && identity_node(on).as_deref() == Some(id.as_str())),
                    None => (i < old_a.len() && !used[i]).then_some(i),
                };
                match found {
                    Some(j) => {
                        used[j] = true;
                        reshape(nv, Some(&old_a[j]), &format!("{path}[{j}]"), unknown)
                    }
                    None => reshape(nv, None, "", unknown),
                }
            });
            Node::Arr(items.collect())
        }
        (Value::Array(a), _) => Node::Arr(a.iter().map(|v| reshape(v, None, "", unknown)).collect()),
        (v, _) => Node::Leaf(v.clone()),
    }
}

/// The node as pretty JSON, two spaces an indent, with a final newline.
pub fn to_pretty(n: &Node) -> String {
    let mut out = String::new();
    write(n, 0, &mut out);
    out.push('\n');
    out
}

fn write(n: &Node, depth: usize, out: &mut String) {
    let pad = |d: usize, out: &mut String| out.extend(std::iter::repeat_n("  ", d));
    match n {
        Node::Leaf(v) => out.push_str(&serde_json::to_string(v).unwrap_or_else(|_| "null".into())),
        Node::Arr(a) if a.is_empty() => out.push_str("[]"),
        Node::Obj(o) if o.is_empty() => out.push_str("{}"),
        Node::Arr(a) => {
            out.push_str("[\n");
            for (i, x) in a.iter().enumerate() {
                pad(depth + 1, out);
                write(x, depth + 1, out);
                out.push_str(if i + 1 < a.len() { ",\n" } else { "\n" });
            }
            pad(depth, out);
            out.push(']');
        }
        Node::Obj(o) => {
            out.push_str("{\n");
            for (i, (k, x)) in o.iter().enumerate() {
                pad(depth + 1, out);
                out.push_str(&serde_json::to_string(k).unwrap_or_default());
                out.push_str(": ");
                write(x, depth + 1, out);
                out.push_str(if i + 1 < o.len() { ",\n" } else { "\n" });
            }
            pad(depth, out);
            out.push('}');
        }
    }
}

/// The JSON paths of the fields the loader reported as unknown.
pub fn unknown_paths(warnings: &[crate::diag::Diagnostic]) -> BTreeSet<String> {
    warnings.iter().filter(|d| d.code == "unknown-field").filter_map(|d| d.location.path.clone()).collect()
}

/// The new document as text in the shape of `old_text` (the file it replaces), keeping
/// the fields at `unknown`; canonical pretty JSON when the old text is not JSON.
pub fn shaped(new: &Value, old_text: Option<&str>, unknown: &BTreeSet<String>) -> String {
    let old: Option<Node> =
        old_text.and_then(|t| serde_json::from_str(t.trim_start_matches('\u{feff}')).ok());
    to_pretty(&reshape(new, old.as_ref(), "", unknown))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_keep_their_order_and_unknown_fields_stay() {
        let old = r#"{"version": 1, "people": [{"name": "B", "id": "b", "x-crm": 7}, {"id": "a", "name": "A"}],
            "zz": {"keep": [1, 2]}, "account": "Acme"}"#;
        // Edited: a's name changed, b's title added, c added, the account removed.
        let new = json!({"version": 1, "people": [{"id": "a", "name": "A2"}, {"id": "b", "name": "B", "title": "T"},
            {"id": "c"}]});
        let unknown: BTreeSet<String> = ["people[0].x-crm".to_string(), "zz".to_string()].into();
        let text = shaped(&new, Some(old), &unknown);
        let want = "{\n  \"version\": 1,\n  \"people\": [\n    {\n      \"id\": \"a\",\n      \"name\": \"A2\"\n    },\n    \
                    {\n      \"name\": \"B\",\n      \"id\": \"b\",\n      \"x-crm\": 7,\n      \"title\": \"T\"\n    },\n    \
                    {\n      \"id\": \"c\"\n    }\n  ],\n  \"zz\": {\n    \"keep\": [\n      1,\n      2\n    ]\n  }\n}\n";
        assert_eq!(text, want);
    }

    #[test]
    fn without_an_old_file_it_is_serde_jsons_pretty_print() {
        let v = json!({"b": [1, {"c": null}], "a": {}, "e": [], "s": "引号\"\n"});
        assert_eq!(
            shaped(&v, None, &BTreeSet::new()),
            format!("{}\n", serde_json::to_string_pretty(&v).unwrap())
        );
        assert_eq!(shaped(&v, Some("not json"), &BTreeSet::new()), shaped(&v, None, &BTreeSet::new()));
    }
}
