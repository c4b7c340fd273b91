//! The account-health and robustness sections of a report in words: the lines the text
//! and Markdown writers print, and the texts the JSON form carries beside the codes.

use serde_json::{Map as JsonMap, Value};

use crate::analysis::{Health, Robustness};
use crate::i18n::{Msg, tr};
use crate::vocab::Lang;

fn pct(x: f64) -> i64 {
    (x * 100.0).round() as i64
}

/// The health section: the colour with the coverage, the rule that applied, the
/// coverage figures and the whole rule.
pub fn health_lines(h: &Health, lang: Lang) -> Vec<String> {
    let status = Msg::new("health-status-line")
        .arg("status", Msg::new(h.status.key()))
        .arg("coverage", format!("{:.0}", h.coverage));
    vec![status.render(lang), h.rule.render(lang), h.coverage_detail.render(lang), tr(lang, "health-legend")]
}

/// The robustness section: the draws, each top candidate's stability, how often the
/// advice holds, and the facts worth learning.
pub fn robust_lines(r: &Robustness, lang: Lang) -> Vec<String> {
    if let Some(why) = &r.skipped {
        return vec![why.render(lang)];
    }
    let mut out = vec![
        Msg::new("stability-header")
            .arg("draws", r.draws)
            .arg("unknowns", r.unknowns)
            .arg("seed", r.seed.to_string())
            .render(lang),
    ];
    if r.unknowns == 0 {
        out.push(tr(lang, "stability-no-unknowns"));
        return out;
    }
    for s in &r.stability {
        let m = Msg::new("stability-top")
            .arg("who", s.name.as_str())
            .arg("who_id", s.id.as_str())
            .arg("top3", pct(s.top3))
            .arg("first", pct(s.first));
        out.push(m.render(lang));
    }
    out.push(Msg::new("stability-advice").arg("kept", pct(r.advice_kept)).render(lang));
    if r.facts.is_empty() {
        out.push(tr(lang, "stability-no-fact"));
    }
    for f in &r.facts {
        let m = Msg::new("stability-fact-line").arg("fact", f.fact.clone()).arg("share", pct(f.value));
        out.push(m.render(lang));
    }
    out
}

fn put(o: &mut JsonMap<String, Value>, m: &Msg, lang: Lang, key: &str) {
    o.insert(key.into(), m.render(lang).into());
    o.insert(format!("{key}_code"), m.key.into());
    let mut v = serde_json::to_value(m).unwrap_or_default();
    o.insert(format!("{key}_params"), v.get_mut("params").map(Value::take).unwrap_or_default());
}

/// Puts the texts of the health section into its JSON object: `rule` and
/// `coverage_detail` in words, with `*_code` and `*_params` beside them.
pub fn health_json(o: &mut JsonMap<String, Value>, h: &Health, lang: Lang) {
    put(o, &h.rule, lang, "rule");
    put(o, &h.coverage_detail, lang, "coverage_detail");
}

/// Puts the texts of the robustness section into its JSON object: each fact's `fact`
/// and the `skipped` reason in words, with `*_code` and `*_params` beside them.
pub fn robust_json(o: &mut JsonMap<String, Value>, r: &Robustness, lang: Lang) {
    if let Some(s) = &r.skipped {
        put(o, s, lang, "skipped");
    }
    if let Some(Value::Array(facts)) = o.get_mut("facts") {
        for (fo, f) in facts.iter_mut().zip(&r.facts) {
            if let Value::Object(fo) = fo {
                put(fo, &f.fact, lang, "fact");
            }
        }
    }
}
