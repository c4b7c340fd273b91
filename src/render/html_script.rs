//! The HTML report's read-only interactivity, without a server: pan, zoom and fit the
//! diagram, search and filter people (by unit, stance, reached), click a person for
//! their details and the routes to them, click a route or a candidate row to light
//! them up. One inline script ([`SCRIPT`], from `src/render/html.js`) allowed by its
//! SHA-256 in the page's Content-Security-Policy, and one JSON data block (not run);
//! nothing fetched. The page reads the same with scripts off: the script only adds
//! controls. Deterministic: the data is in the map's order, the words from the catalogs.

use serde_json::{Value, json};

use crate::analysis::{AnalyzeOptions, analyze, reach};
use crate::graph::OrgGraph;
use crate::i18n::tr;
use crate::model::Map;
use crate::render::Overlay;
use crate::render::sha256::{base64, sha256};
use crate::report::Section as Part;
use crate::vocab::{Lang, Stance, Vocab};

/// The script, run once the page is read.
pub const SCRIPT: &str = include_str!("html.js");

/// The words the script shows, by catalog key.
const WORDS: &[&str] = &[
    "report-html-search",
    "report-html-fit",
    "report-html-zoom-in",
    "report-html-zoom-out",
    "report-html-any",
    "report-html-reached",
    "report-html-unreached",
    "report-html-click-hint",
    "report-html-routes-to",
    "report-html-close",
    "report-html-field-title",
    "report-html-field-unit",
    "report-html-field-notes",
    "report-html-unit-people",
    "report-html-unit-key",
    "vocab-stance",
    "vocab-role",
    "vocab-relationship",
];

/// `'sha256-…'` of the script, for the policy.
pub fn script_hash() -> String {
    format!("'sha256-{}'", base64(&sha256(SCRIPT.as_bytes())))
}

/// JSON safe inside `<script type="application/json">`: no `<` at all (so no `</script>`
/// and no `<!--`), and no line separators.
fn in_script(v: &Value) -> String {
    serde_json::to_string(v)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// The data the script reads: people (index = `person-N` in the diagram), units,
/// the routes and candidates behind the report's rows. O(analysis + size).
pub fn data(map: &Map, overlay: &Overlay, lang: Lang) -> String {
    let g = OrgGraph::new(map);
    let report = analyze(&g, &AnalyzeOptions::default());
    let reached =
        if overlay.reached.len() == map.people.len() { overlay.reached.clone() } else { reach::reached(&g) };
    let people: Vec<Value> = map
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            json!({
                "id": p.id,
                "name": p.name.clone().unwrap_or_else(|| p.id.clone()),
                "title": p.title,
                "unit": p.unit,
                "stance": p.stance.as_str(),
                "stance_label": p.stance.label(lang),
                "roles": p.roles.iter().map(|r| r.label(lang)).collect::<Vec<_>>(),
                "relationship": p.relationship.label(lang),
                "notes": p.notes,
                "reached": reached.get(i).copied().unwrap_or(false),
            })
        })
        .collect();
    let units: Vec<Value> = map
        .units
        .iter()
        .map(|u| json!({"name": u.name.clone().unwrap_or_else(|| u.id.clone()), "parent": u.parent}))
        .collect();
    let section = |part: Part| overlay.sections.iter().position(|s| s.title == part.title(lang));
    let mut rows = Vec::new();
    if let Some(s) = section(Part::Paths) {
        for (i, p) in report.paths.iter().enumerate() {
            rows.push(json!({"section": s, "row": i, "people": p.people, "route": true}));
        }
    }
    if let Some(s) = section(Part::DecisionMakers) {
        for (i, c) in report.decision_makers.iter().enumerate() {
            rows.push(json!({"section": s, "row": i, "people": [c.person]}));
        }
    }
    let mut words = serde_json::Map::new();
    for k in WORDS {
        words.insert((*k).to_string(), Value::String(tr(lang, k)));
    }
    let stances: Vec<Value> =
        Stance::ALL.iter().map(|s| json!({"value": s.as_str(), "label": s.label(lang)})).collect();
    in_script(&json!({
        "words": words,
        "people": people,
        "units": units,
        "stances": stances,
        "rows": rows,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_block_cannot_close_its_script() {
        let v = json!({"x": "</script><!-- & \u{2028}"});
        let s = in_script(&v);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('\u{2028}'), "{s}");
        assert_eq!(serde_json::from_str::<Value>(&s).unwrap(), v);
    }

    #[test]
    fn the_hash_is_of_the_script_as_embedded() {
        let h = script_hash();
        assert!(h.starts_with("'sha256-") && h.ends_with("='"), "{h}");
        assert_eq!(h.len(), "'sha256-".len() + 44 + 1);
    }
}
