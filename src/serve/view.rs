//! What the page shows, computed on the server: the diagram the built-in engine draws,
//! the report's sections as tables with the people each row is about (so the page can
//! light them up), the report itself as its JSON (read through [`report::to_json`], so
//! the workspace does not depend on the report's Rust types), and the words of the page
//! in the chosen language.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use super::collapse::{self, Shown};
use super::session::{Form, Session};
use crate::analysis::{AnalyzeOptions, analyze, reach};
use crate::graph::OrgGraph;
use crate::i18n::tr;
use crate::model::Map;
use crate::render::{self, Format, Options, Overlay};
use crate::report::{self, Section as Part};
use crate::vocab::{
    Adaptability, Contact, Expertise, Governance, Interest, Lang, PurchaseShare, Relationship, Role, Side,
    Stance, Strength, Style, TieKind, UnitKind, Vocab,
};

/// How many of the best candidates are highlighted on the diagram.
const TOP_HIGHLIGHTED: usize = 3;

/// The diagram: the full view, the top candidates starred, who we reached, and the best
/// coach path to `path_to` (an id) in bold when one is asked for and exists.
pub fn diagram(map: &Map, lang: Lang, path_to: Option<&str>) -> String {
    diagram_folded(map, lang, path_to, &BTreeSet::new()).0
}

/// The diagram with the `collapsed` units folded ([`collapse`]), and what each drawn
/// person box stands for, in the diagram's order (`person-0`, `person-1`, …):
/// `{"id"}` for a person, `{"unit", "count"}` for a collapsed unit.
pub fn diagram_folded(
    map: &Map,
    lang: Lang,
    path_to: Option<&str>,
    collapsed: &BTreeSet<String>,
) -> (String, Value) {
    let g = OrgGraph::new(map);
    let to = path_to.and_then(|id| map.person_ix(id));
    let report = analyze(&g, &AnalyzeOptions { to, ..AnalyzeOptions::default() });
    let path = to
        .and_then(|t| report.paths.iter().find(|p| p.people.last() == Some(&t)))
        .map(|p| p.people.clone())
        .unwrap_or_default();
    let overlay = Overlay {
        top: report.decision_makers.iter().take(TOP_HIGHLIGHTED).map(|c| c.person).collect(),
        path,
        reached: reach::reached(&g),
        sections: Vec::new(),
    };
    let opts = Options { lang, ..Options::default() };
    let draw = |m: &Map, o: &Overlay| {
        let mut out = Vec::new();
        match render::render(Format::Svg, &OrgGraph::new(m), o, &opts, &mut out) {
            Ok(()) => String::from_utf8(out).unwrap_or_default(),
            Err(_) => String::new(),
        }
    };
    let known: BTreeSet<String> =
        collapsed.iter().filter(|c| map.units.iter().any(|u| &u.id == *c)).cloned().collect();
    if known.is_empty() {
        let shown = map.people.iter().map(|p| json!({ "id": p.id })).collect::<Vec<_>>();
        return (draw(map, &overlay), Value::Array(shown));
    }
    let (folded, shown, carried) = collapse::fold(map, &known, &overlay);
    let shown = shown
        .iter()
        .map(|s| match s {
            Shown::Person(i) => json!({ "id": map.people[*i].id }),
            Shown::Unit(u, n) => json!({ "unit": u, "count": n }),
        })
        .collect::<Vec<_>>();
    (draw(&folded, &carried), Value::Array(shown))
}

fn strings(v: Option<&Value>) -> Vec<Value> {
    match v {
        Some(Value::String(s)) => vec![Value::String(s.clone())],
        Some(Value::Array(a)) => a.iter().filter(|x| x.is_string()).cloned().collect(),
        _ => Vec::new(),
    }
}

/// The people each row of a report section is about, read from the report's JSON.
fn links(report_json: &Value, part: Part) -> Vec<Value> {
    let rows = report_json.get(part.key()).and_then(Value::as_array).cloned().unwrap_or_default();
    rows.iter()
        .map(|r| {
            let mut ids = Vec::new();
            match part {
                Part::DecisionMakers | Part::Unreached => ids.extend(strings(r.get("id"))),
                Part::Paths => ids.extend(strings(r.get("hops"))),
                Part::Risks => ids.extend(strings(r.get("people"))),
                Part::NextSteps => {
                    ids.extend(strings(r.get("via")));
                    ids.extend(strings(r.get("target")));
                }
                Part::Health | Part::Robustness => {}
            }
            let target = match part {
                Part::Paths => r.get("target").cloned(),
                Part::NextSteps => r.get("target").cloned(),
                Part::DecisionMakers | Part::Unreached => r.get("id").cloned(),
                Part::Risks | Part::Health | Part::Robustness => None,
            };
            json!({ "ids": ids, "target": target.unwrap_or(Value::Null) })
        })
        .collect()
}

/// Everything the page needs after a load or an edit.
pub fn state(s: &Session) -> Value {
    let lang = s.lang;
    let (svg, shown) = diagram_folded(&s.map, lang, None, &s.collapsed);
    let g = OrgGraph::new(&s.map);
    let report = analyze(&g, &AnalyzeOptions::default());
    let report_json = report::to_json(&report, &Part::ALL, lang);
    let tables = render::sections::from_report(&report, lang);
    let sections: Vec<Value> = Part::ALL
        .iter()
        .zip(tables)
        .map(|(part, t)| {
            // Beside a diagram the tables stay narrow: the long columns (titles, reasons,
            // hop by hop) are in the side panel of the person clicked; the confidence
            // stays beside the score.
            let keep: &[usize] = match part {
                Part::DecisionMakers => &[0, 1, 3, 4, 5, 6],
                Part::Unreached => &[0, 1, 2, 3, 8],
                Part::Paths => &[0, 1, 2],
                Part::Risks => &[0, 1],
                Part::NextSteps => &[0, 1, 2],
                Part::Health | Part::Robustness => &[0],
            };
            let pick = |row: &Vec<String>| -> Vec<String> {
                keep.iter().filter_map(|&i| row.get(i).cloned()).collect()
            };
            json!({
                "key": part.key(),
                "title": t.title,
                "columns": pick(&t.columns),
                "rows": t.rows.iter().map(pick).collect::<Vec<_>>(),
                "links": links(&report_json, *part),
            })
        })
        .collect();
    json!({
        "version": s.version,
        "name": s.name,
        "dirty": s.dirty(),
        "can_undo": !s.undo.is_empty(),
        "can_redo": !s.redo.is_empty(),
        "can_save": matches!(s.form, Form::Json | Form::Csv | Form::Workbook) && s.file.is_some(),
        "form": s.form.key(),
        "training": s.training,
        "doc": s.doc,
        "svg": svg,
        "shown": shown,
        "collapsed": s.collapsed,
        "big_map": s.map.people.len() > collapse::BIG_MAP,
        "reached": reach::reached(&g)
            .iter()
            .zip(&s.map.people)
            .filter(|(r, _)| **r)
            .map(|(_, p)| p.id.as_str())
            .collect::<Vec<_>>(),
        "sections": sections,
        "report": report_json,
        "warnings": s.warnings.iter().map(|d| d.to_json(lang)).collect::<Vec<_>>(),
    })
}

/// The words of the page, by key, in `lang`. Every key is written out here, so the
/// catalog tests see it used and the page's script holds no words of its own.
pub const PAGE_WORDS: &[&str] = &[
    "serve-title",
    "serve-search",
    "serve-fit",
    "serve-zoom-in",
    "serve-zoom-out",
    "serve-undo",
    "serve-redo",
    "serve-save",
    "serve-saved",
    "serve-unsaved",
    "serve-filter-unit",
    "serve-filter-role",
    "serve-filter-stance",
    "serve-filter-reach",
    "serve-filter-any",
    "serve-reached",
    "serve-unreached",
    "serve-person",
    "serve-edit-person",
    "serve-apply",
    "serve-remove-person",
    "serve-add-person",
    "serve-add-unit",
    "serve-new-id",
    "serve-new-name",
    "serve-parent-unit",
    "serve-unit-none",
    "serve-ties",
    "serve-remove",
    "serve-new-tie",
    "serve-tie-from-to",
    "serve-create",
    "serve-cancel",
    "serve-score",
    "serve-routes",
    "serve-risks-about",
    "serve-none",
    "serve-problems",
    "serve-whatif",
    "serve-whatif-help",
    "serve-whatif-apply",
    "serve-whatif-clear",
    "serve-whatif-empty",
    "serve-whatif-moves",
    "serve-risks-cleared",
    "serve-risks-added",
    "serve-changed-on-disk",
    "serve-overwrite",
    "serve-reload",
    "serve-leave-warning",
    "serve-account",
    "serve-drag-hint",
    "serve-light-up",
    "serve-save-failed-title",
    "serve-field-name",
    "serve-field-title",
    "serve-field-unit",
    "serve-field-notes",
    "serve-field-level",
    "serve-report",
    "serve-snapshot-kept",
    "serve-case",
    "serve-grade",
    "serve-grade-result",
    "serve-your-name",
    "serve-start-drawing",
    "serve-trainee-as",
    "serve-attempt-saved",
    "serve-training-help",
    "serve-edit-unit",
    "serve-remove-unit",
    "serve-units",
    "serve-collapse",
    "serve-expand",
    "serve-collapse-all",
    "serve-expand-all",
    "serve-collapsed-note",
];

fn vocab<V: Vocab>(lang: Lang) -> Value {
    json!({
        "name": tr(lang, &format!("vocab-{}", V::KEY)),
        "values": V::ALL.iter().map(|v| json!({"value": v.as_str(), "label": v.label(lang)})).collect::<Vec<_>>(),
    })
}

/// The page's words and the vocabularies' labels in `lang`.
pub fn words(lang: Lang) -> Value {
    let mut w = serde_json::Map::new();
    for k in PAGE_WORDS {
        w.insert((*k).to_string(), Value::String(tr(lang, k)));
    }
    json!({
        "lang": lang.code(),
        "words": w,
        "vocab": {
            "role": vocab::<Role>(lang),
            "stance": vocab::<Stance>(lang),
            "relationship": vocab::<Relationship>(lang),
            "side": vocab::<Side>(lang),
            "tie_kind": vocab::<TieKind>(lang),
            "strength": vocab::<Strength>(lang),
            "governance": vocab::<Governance>(lang),
            "purchase_share": vocab::<PurchaseShare>(lang),
            "expertise": vocab::<Expertise>(lang),
            "style": vocab::<Style>(lang),
            "adaptability": vocab::<Adaptability>(lang),
            "interest": vocab::<Interest>(lang),
            "contact": vocab::<Contact>(lang),
            "unit_kind": vocab::<UnitKind>(lang),
        },
    })
}
