//! Writing a [`Grade`]: plain text for the terminal, Markdown for a trainer's notes,
//! JSON for scripts. Writers take any `Write`; output is deterministic.

use std::io::{self, Write};

use serde::Serialize;

use super::grade::{Grade, Item, ItemKind, Match, SectionScore};
use crate::i18n::{Msg, SCHEMA_VERSION, tr};
use crate::vocab::{Lang, Section, Vocab};

/// How a single attempt's grade is written.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// The pass mark, to show the verdict.
    pub pass: Option<f64>,
    /// List the items found one by one (else only their count).
    pub verbose: bool,
}

/// How many items were found.
fn found(g: &Grade) -> usize {
    g.items.iter().filter(|i| i.kind == ItemKind::Found).count()
}

/// The line that stands for the items found when they are not listed.
fn found_line(g: &Grade, lang: Lang) -> String {
    Msg::new("grade-found-count").arg("count", found(g)).render(lang)
}

/// The feedback items grouped by kind, in reading order (wrong, missing, extra, and
/// found when `verbose`), each with its heading; kinds with no item are left out.
fn grouped(g: &Grade, verbose: bool, lang: Lang) -> Vec<(String, Vec<&Item>)> {
    [
        (ItemKind::Wrong, "grade-heading-wrong"),
        (ItemKind::Missing, "grade-heading-missing"),
        (ItemKind::Extra, "grade-heading-extra"),
        (ItemKind::Found, "grade-heading-found"),
    ]
    .into_iter()
    .map(|(kind, heading)| (tr(lang, heading), g.items.iter().filter(|i| i.kind == kind).collect::<Vec<_>>()))
    .filter(|(_, items)| !items.is_empty())
    .filter(|(_, items)| verbose || items[0].kind != ItemKind::Found)
    .collect()
}

/// The score line: `Score: 70.7 / 100`.
fn score_line(g: &Grade, lang: Lang) -> String {
    Msg::new("grade-score").arg("total", g.total.to_string()).render(lang)
}

/// The pass mark and the verdict, when a pass mark was given.
fn pass_line(g: &Grade, pass: Option<f64>, lang: Lang) -> Option<String> {
    pass.map(|p| {
        let passed = if g.total >= p { "yes" } else { "no" };
        Msg::new("grade-pass").arg("pass", p.to_string()).arg("passed", passed).render(lang)
    })
}

/// Writes the grade as text: the total, a line per section, then the items grouped
/// by kind (wrong, missing, extra, found).
pub fn write_text(w: &mut dyn Write, g: &Grade, opts: Options, lang: Lang) -> io::Result<()> {
    let total = score_line(g, lang);
    match pass_line(g, opts.pass, lang) {
        Some(p) => writeln!(w, "{total} ({p})")?,
        None => writeln!(w, "{total}")?,
    }
    for s in &g.sections {
        let label = s.section.label(lang);
        let pad = 14usize.saturating_sub(display_width(&label));
        let points = Msg::new("grade-points")
            .arg("earned", trim(s.earned))
            .arg("possible", trim(s.possible))
            .arg("weight", trim(s.weight))
            .render(lang);
        writeln!(w, "  {label}{:pad$} {:>5.1}  {points}", "", s.score)?;
    }
    for (heading, items) in grouped(g, opts.verbose, lang) {
        writeln!(w, "\n{heading} ({}):", items.len())?;
        for i in items {
            writeln!(w, "  - [{}] {}", i.section.label(lang), i.message.render(lang))?;
        }
    }
    if !opts.verbose && found(g) > 0 {
        writeln!(w, "\n{}", found_line(g, lang))?;
    }
    Ok(())
}

/// Writes the grade as Markdown: a table of sections and a list per kind of item.
pub fn write_markdown(w: &mut dyn Write, g: &Grade, opts: Options, lang: Lang) -> io::Result<()> {
    writeln!(w, "# {}\n", score_line(g, lang))?;
    if let Some(p) = pass_line(g, opts.pass, lang) {
        writeln!(w, "{p}\n")?;
    }
    let col = |k: &str| tr(lang, k);
    writeln!(
        w,
        "| {} | {} | {} | {} |",
        col("grade-col-section"),
        col("grade-col-score"),
        col("grade-col-points"),
        col("grade-col-weight")
    )?;
    writeln!(w, "|---|---:|---:|---:|")?;
    for s in &g.sections {
        writeln!(
            w,
            "| {} | {:.1} | {} / {} | {} |",
            s.section.label(lang),
            s.score,
            trim(s.earned),
            trim(s.possible),
            trim(s.weight)
        )?;
    }
    for (heading, items) in grouped(g, opts.verbose, lang) {
        writeln!(w, "\n## {heading} ({})\n", items.len())?;
        for i in items {
            writeln!(w, "- **{}** {}", i.section.label(lang), md_escape(&i.message.render(lang)))?;
        }
    }
    if !opts.verbose && found(g) > 0 {
        writeln!(w, "\n{}", md_escape(&found_line(g, lang)))?;
    }
    Ok(())
}

/// One feedback item in JSON: its values, then its `code`, `params` and `message`.
#[derive(Serialize)]
struct ItemOut<'a> {
    section: Section,
    kind: ItemKind,
    subject: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    expected: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    got: Option<&'a str>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    optional: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    explain: Option<&'a str>,
    code: &'static str,
    #[serde(serialize_with = "params")]
    params: &'a Msg,
    message: String,
}

fn params<S: serde::Serializer>(m: &&Msg, s: S) -> Result<S::Ok, S::Error> {
    m.serialize_params(s)
}

/// Writes the grade as pretty JSON (in `lang` for the messages and subjects), with
/// the pass mark and verdict when asked, and the `schema_version`; `found` counts the
/// items found, which `items` lists only when `verbose`.
pub fn write_json(w: &mut dyn Write, g: &Grade, opts: Options, lang: Lang) -> io::Result<()> {
    let pass = opts.pass;
    #[derive(Serialize)]
    struct Out<'a> {
        schema_version: u32,
        total: f64,
        sections: &'a [SectionScore],
        found: usize,
        items: Vec<ItemOut<'a>>,
        matches: &'a [Match],
        #[serde(skip_serializing_if = "Option::is_none")]
        pass: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        passed: Option<bool>,
    }
    let items = g
        .items
        .iter()
        .filter(|i| opts.verbose || i.kind != ItemKind::Found)
        .map(|i| ItemOut {
            section: i.section,
            kind: i.kind,
            subject: i.subject.render(lang),
            expected: i.expected.as_deref(),
            got: i.got.as_deref(),
            optional: i.optional,
            explain: i.explain.as_deref(),
            code: i.message.key,
            params: &i.message,
            message: i.message.render(lang),
        })
        .collect();
    let out = Out {
        schema_version: SCHEMA_VERSION,
        total: g.total,
        sections: &g.sections,
        found: found(g),
        items,
        matches: &g.matches,
        pass,
        passed: pass.map(|p| g.total >= p),
    };
    serde_json::to_writer_pretty(&mut *w, &out).map_err(io::Error::other)?;
    writeln!(w)
}

/// A number without a needless `.0`.
fn trim(x: f64) -> String {
    if x.fract() == 0.0 { format!("{x:.0}") } else { format!("{x}") }
}

/// Terminal width: CJK characters take two columns.
fn display_width(s: &str) -> usize {
    s.chars().map(|c| if crate::model::is_cjk(c) { 2 } else { 1 }).sum()
}

/// Escapes the characters Markdown would read as markup, so that names stay text.
pub fn md_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_json_str;

    fn grade(key: &str, att: &str) -> Grade {
        let k = load_json_str(key, "k").unwrap().map;
        let a = load_json_str(att, "a").unwrap().map;
        super::super::grade::grade(&k, &a, Lang::En)
    }

    #[test]
    fn text_and_markdown_show_sections_and_items() {
        let g = grade(
            r#"{"people":[{"id":"a","name":"Huang","roles":["approver"]},{"id":"b","name":"Liu <b>"}],
                "ties":[{"from":"b","to":"a","kind":"reports_to"}]}"#,
            r#"{"people":[{"id":"x","name":"Director Huang","roles":["approver"]}]}"#,
        );
        let mut t = Vec::new();
        write_text(&mut t, &g, Options { pass: Some(50.0), verbose: false }, Lang::En).unwrap();
        let t = String::from_utf8(t).unwrap();
        assert!(t.starts_with("Score: "), "{t}");
        assert!(t.contains("Missing (2):"), "{t}");
        assert!(t.contains("  - [people] missing: Liu <b>"), "{t}");
        let mut m = Vec::new();
        write_markdown(&mut m, &g, Options::default(), Lang::Zh).unwrap();
        let m = String::from_utf8(m).unwrap();
        assert!(m.contains("| 部分 | 得分 |"), "{m}");
        assert!(m.contains(r"Liu \<b\>"), "{m}");
        let mut j = Vec::new();
        write_json(&mut j, &g, Options { pass: Some(50.0), verbose: true }, Lang::En).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&j).unwrap();
        assert_eq!(v["passed"], serde_json::json!(g.total >= 50.0));
        assert_eq!(v["matches"][0]["attempt"], "x");
        assert_eq!(v["found"], 1);
        assert!(v["items"].as_array().unwrap().iter().any(|i| i["kind"] == "found"));
        assert!(t.contains("found: 1 item (--verbose lists them)"), "{t}");
        assert!(!t.contains("Found (1)"), "{t}");
    }
}
