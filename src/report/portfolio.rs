//! The portfolio in words: an aligned text table, Markdown, JSON and a standalone HTML
//! page — accounts worst first with health, coverage, top risk and first next step, then
//! the maps that could not be read with their error.

use serde_json::{Map as JsonMap, Value, json};

use super::table::{Table, clean};
use crate::i18n::{Msg, SCHEMA_VERSION, tr};
use crate::portfolio::{Account, Portfolio};
use crate::render::escape::xml;
use crate::vocab::Lang;

fn heads(lang: Lang) -> Vec<String> {
    [
        "portfolio-column-account",
        "portfolio-column-health",
        "portfolio-column-coverage",
        "portfolio-column-top-risk",
        "portfolio-column-next-step",
        "portfolio-column-map",
    ]
    .iter()
    .map(|k| tr(lang, k))
    .collect()
}

/// One account's cells, in words: account (the opportunity is in the JSON), health,
/// coverage, top risk, first step, map.
fn cells(a: &Account, lang: Lang) -> [String; 6] {
    let none = || tr(lang, "portfolio-none");
    [
        a.account.clone(),
        tr(lang, a.status.key()),
        format!("{:.0}", a.coverage),
        a.top_risk.as_ref().map_or_else(none, |m| m.render(lang)),
        a.next_step.as_ref().map_or_else(none, |m| m.render(lang)),
        a.path.clone(),
    ]
}

fn title(p: &Portfolio, lang: Lang) -> String {
    Msg::new("portfolio-title").arg("accounts", p.accounts.len()).arg("dir", p.dir.as_str()).render(lang)
}

fn summary(p: &Portfolio, lang: Lang) -> String {
    let [red, amber, green] = p.counts();
    Msg::new("portfolio-summary")
        .arg("red", red)
        .arg("amber", amber)
        .arg("green", green)
        .arg("unreadable", p.unreadable.len())
        .render(lang)
}

/// The portfolio as aligned text.
pub fn to_text(p: &Portfolio, lang: Lang) -> String {
    let mut out = format!("{}\n{}\n\n", clean(&title(p, lang)), clean(&summary(p, lang)));
    let h = heads(lang);
    let mut hs: Vec<&str> = vec!["#"];
    hs.extend(h.iter().map(String::as_str));
    let mut t = Table::new(&hs, &[0, 3]);
    for (i, a) in p.accounts.iter().enumerate() {
        let mut row = vec![(i + 1).to_string()];
        row.extend(cells(a, lang).iter().map(|c| clean(c)));
        t.row(row);
    }
    out.push_str(&t.render(2, &|x| x.to_string()));
    if !p.unreadable.is_empty() {
        out.push_str(&format!("\n{}\n", tr(lang, "portfolio-unreadable")));
        for u in &p.unreadable {
            out.push_str(&format!("  {}: {}\n", clean(&u.path), clean(&u.problem.render(lang))));
        }
    }
    out
}

/// The portfolio as Markdown.
pub fn to_markdown(p: &Portfolio, lang: Lang) -> String {
    let md = super::md;
    let mut out = format!("# {}\n\n{}\n\n", md(&title(p, lang)), md(&summary(p, lang)));
    let h = heads(lang);
    out.push_str(&format!("| # | {} |\n|--:|---|---|--:|---|---|---|\n", h.join(" | ")));
    for (i, a) in p.accounts.iter().enumerate() {
        let c: Vec<String> = cells(a, lang).iter().map(|c| md(c)).collect();
        out.push_str(&format!("| {} | {} |\n", i + 1, c.join(" | ")));
    }
    if !p.unreadable.is_empty() {
        out.push_str(&format!("\n## {}\n\n", tr(lang, "portfolio-unreadable")));
        for u in &p.unreadable {
            out.push_str(&format!("- {}: {}\n", md(&u.path), md(&u.problem.render(lang))));
        }
    }
    out
}

fn msg_json(m: &Msg, lang: Lang) -> Value {
    json!({ "text": m.render(lang), "code": m.key, "params": serde_json::to_value(m).ok().and_then(|mut v| v.get_mut("params").map(Value::take)) })
}

/// The portfolio as JSON: `accounts` worst first (path, account, opportunity, people,
/// status, coverage, rule, top_risk, next_step — each message as `{text, code,
/// params}`), `unreadable` (path, error), with `schema_version`, `lang` and `counts`.
pub fn to_json(p: &Portfolio, lang: Lang) -> Value {
    let [red, amber, green] = p.counts();
    let accounts: Vec<Value> = p
        .accounts
        .iter()
        .map(|a| {
            let mut o = JsonMap::new();
            o.insert("path".into(), a.path.clone().into());
            o.insert("account".into(), a.account.clone().into());
            o.insert("opportunity".into(), a.opportunity.clone().into());
            o.insert("people".into(), a.people.into());
            o.insert("status".into(), serde_json::to_value(a.status).unwrap_or_default());
            o.insert("coverage".into(), a.coverage.into());
            o.insert("rule".into(), msg_json(&a.rule, lang));
            o.insert("top_risk".into(), a.top_risk.as_ref().map_or(Value::Null, |m| msg_json(m, lang)));
            o.insert("next_step".into(), a.next_step.as_ref().map_or(Value::Null, |m| msg_json(m, lang)));
            Value::Object(o)
        })
        .collect();
    let unreadable: Vec<Value> =
        p.unreadable.iter().map(|u| json!({ "path": u.path, "error": u.problem.render(lang) })).collect();
    json!({
        "schema_version": SCHEMA_VERSION,
        "lang": lang.code(),
        "dir": p.dir,
        "counts": { "red": red, "amber": amber, "green": green, "unreadable": p.unreadable.len() },
        "accounts": accounts,
        "unreadable": unreadable,
    })
}

/// The portfolio as a standalone HTML page (everything escaped, no script).
pub fn to_html(p: &Portfolio, lang: Lang) -> String {
    let t = xml(&title(p, lang));
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n<style>\n\
         body{{font-family:system-ui,sans-serif;margin:2em}}table{{border-collapse:collapse}}\
         td,th{{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}}\
         .red{{background:#f8d0d0}}.amber{{background:#fde9b8}}.green{{background:#d3efd3}}\n</style>\n</head>\n<body>\n\
         <h1>{t}</h1>\n<p>{}</p>\n<table>\n<tr><th>#</th>",
        xml(&tr(lang, "report-html-lang")),
        xml(&summary(p, lang))
    );
    for h in heads(lang) {
        out.push_str(&format!("<th>{}</th>", xml(&h)));
    }
    out.push_str("</tr>\n");
    for (i, a) in p.accounts.iter().enumerate() {
        let class = serde_json::to_value(a.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        out.push_str(&format!("<tr><td>{}</td>", i + 1));
        for (k, c) in cells(a, lang).iter().enumerate() {
            if k == 1 {
                out.push_str(&format!(
                    "<td class=\"{class}\" title=\"{}\">{}</td>",
                    xml(&a.rule.render(lang)),
                    xml(c)
                ));
            } else {
                out.push_str(&format!("<td>{}</td>", xml(c)));
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    if !p.unreadable.is_empty() {
        out.push_str(&format!("<h2>{}</h2>\n<ul>\n", xml(&tr(lang, "portfolio-unreadable"))));
        for u in &p.unreadable {
            out.push_str(&format!("<li>{}: {}</li>\n", xml(&u.path), xml(&u.problem.render(lang))));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}
