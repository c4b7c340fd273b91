//! Writing a [`Class`] report: text, Markdown, JSON, a self-contained HTML page and a
//! workbook (scores and mistakes on two sheets). Writers take any `Write` (the
//! workbook returns bytes); output is deterministic.

use std::io::{self, Write};

use super::class::{Class, Mistake, score, sections};
use super::grade::ItemKind;
use super::grade_out::md_escape;
use crate::i18n::{Msg, SCHEMA_VERSION, tr};
use crate::render::escape::xml;
use crate::vocab::{Lang, Vocab};

/// The mistake in words, without any one trainee's answer: `missing: X` or `X: roles`.
fn what(m: &Mistake, lang: Lang) -> String {
    let key = if m.kind == ItemKind::Missing { "class-missing" } else { "class-wrong" };
    Msg::new(key).arg("what", m.subject.as_str()).arg("section", m.section.label(lang)).render(lang)
}

fn num(x: f64) -> String {
    format!("{x:.1}")
}

/// The heading line: how many trainees, and the mean.
fn summary(c: &Class, lang: Lang) -> String {
    Msg::new("class-summary").arg("count", c.rows.len()).arg("mean", num(c.mean)).render(lang)
}

/// The pass line: who is under the mark, or that everyone reached it.
fn pass_line(c: &Class, lang: Lang) -> Option<String> {
    let p = c.pass?;
    Some(if c.failed.is_empty() {
        Msg::new("class-all-passed").arg("pass", p.to_string()).render(lang)
    } else {
        Msg::new("class-failed").arg("pass", p.to_string()).arg("who", c.failed.join(", ")).render(lang)
    })
}

/// The table's header cells and each row's cells.
fn table(c: &Class, lang: Lang) -> (Vec<String>, Vec<Vec<String>>) {
    let secs = sections(c);
    let mut head = vec![tr(lang, "class-col-trainee"), tr(lang, "class-col-total")];
    head.extend(secs.iter().map(|s| s.label(lang)));
    let rows = c
        .rows
        .iter()
        .map(|r| {
            let mut cells = vec![r.trainee.clone(), num(r.total)];
            cells.extend(secs.iter().map(|&s| score(r, s).map(num).unwrap_or_else(|| "—".into())));
            cells
        })
        .collect();
    (head, rows)
}

fn width(s: &str) -> usize {
    s.chars().map(|c| if crate::model::is_cjk(c) { 2 } else { 1 }).sum()
}

/// Writes the class report as aligned text.
pub fn write_text(w: &mut dyn Write, c: &Class, lang: Lang) -> io::Result<()> {
    writeln!(w, "{}", summary(c, lang))?;
    let (head, rows) = table(c, lang);
    let widths: Vec<usize> = (0..head.len())
        .map(|i| {
            std::iter::once(&head[i]).chain(rows.iter().map(|r| &r[i])).map(|s| width(s)).max().unwrap_or(0)
        })
        .collect();
    for cells in std::iter::once(&head).chain(rows.iter()) {
        let mut line = String::new();
        for (i, cell) in cells.iter().enumerate() {
            let pad = " ".repeat(widths[i].saturating_sub(width(cell)));
            if i == 0 {
                line.push_str(&format!("{cell}{pad}"))
            } else {
                line.push_str(&format!("  {pad}{cell}"))
            }
        }
        writeln!(w, "{}", line.trim_end())?;
    }
    if let Some(p) = pass_line(c, lang) {
        writeln!(w, "\n{p}")?;
    }
    writeln!(w, "\n{}:", tr(lang, "class-heading-mistakes"))?;
    if c.mistakes.is_empty() {
        writeln!(w, "  {}", tr(lang, "class-no-mistakes"))?;
    }
    for (i, m) in c.mistakes.iter().enumerate() {
        let count = Msg::new("class-count").arg("count", m.count).arg("of", c.rows.len()).render(lang);
        writeln!(w, "  {}. [{}] {} — {}", i + 1, m.section.label(lang), what(m, lang), count)?;
        if let Some(e) = &m.explain {
            writeln!(w, "     {e}")?;
        }
    }
    Ok(())
}

/// Writes the class report as Markdown: the score table, then the mistakes.
pub fn write_markdown(w: &mut dyn Write, c: &Class, lang: Lang) -> io::Result<()> {
    writeln!(w, "# {}\n", md_escape(&summary(c, lang)))?;
    let (head, rows) = table(c, lang);
    writeln!(w, "| {} |", head.iter().map(|h| md_escape(h)).collect::<Vec<_>>().join(" | "))?;
    writeln!(w, "|---|{}", "---:|".repeat(head.len() - 1))?;
    for r in rows {
        writeln!(w, "| {} |", r.iter().map(|h| md_escape(h)).collect::<Vec<_>>().join(" | "))?;
    }
    if let Some(p) = pass_line(c, lang) {
        writeln!(w, "\n{}", md_escape(&p))?;
    }
    writeln!(w, "\n## {}\n", tr(lang, "class-heading-mistakes"))?;
    if c.mistakes.is_empty() {
        writeln!(w, "{}", tr(lang, "class-no-mistakes"))?;
        return Ok(());
    }
    writeln!(
        w,
        "| # | {} | {} | {} | {} |",
        tr(lang, "class-col-count"),
        tr(lang, "grade-col-section"),
        tr(lang, "class-col-mistake"),
        tr(lang, "class-col-explain")
    )?;
    writeln!(w, "|---:|---:|---|---|---|")?;
    for (i, m) in c.mistakes.iter().enumerate() {
        writeln!(
            w,
            "| {} | {} / {} | {} | {} | {} |",
            i + 1,
            m.count,
            c.rows.len(),
            m.section.label(lang),
            md_escape(&what(m, lang)),
            md_escape(m.explain.as_deref().unwrap_or(""))
        )?;
    }
    Ok(())
}

/// Writes the class report as pretty JSON, with the `schema_version`.
pub fn write_json(w: &mut dyn Write, c: &Class, _lang: Lang) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct Out<'a> {
        schema_version: u32,
        #[serde(flatten)]
        class: &'a Class,
    }
    serde_json::to_writer_pretty(&mut *w, &Out { schema_version: SCHEMA_VERSION, class: c })
        .map_err(io::Error::other)?;
    writeln!(w)
}

/// Writes the class report as one self-contained HTML page (every text escaped).
pub fn write_html(w: &mut dyn Write, c: &Class, lang: Lang) -> io::Result<()> {
    let title = xml(&summary(c, lang));
    writeln!(w, "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">", lang.code())?;
    writeln!(w, "<title>{title}</title>\n<style>{STYLE}</style></head><body>")?;
    writeln!(w, "<h1>{title}</h1>")?;
    let (head, rows) = table(c, lang);
    writeln!(w, "<table><thead><tr>")?;
    for h in &head {
        write!(w, "<th>{}</th>", xml(h))?;
    }
    writeln!(w, "</tr></thead><tbody>")?;
    for (r, row) in c.rows.iter().zip(rows) {
        let class = if r.passed == Some(false) { " class=\"failed\"" } else { "" };
        write!(w, "<tr{class}>")?;
        for (i, cell) in row.iter().enumerate() {
            if i == 0 { write!(w, "<th>{}</th>", xml(cell))? } else { write!(w, "<td>{}</td>", xml(cell))? }
        }
        writeln!(w, "</tr>")?;
    }
    writeln!(w, "</tbody></table>")?;
    if let Some(p) = pass_line(c, lang) {
        writeln!(w, "<p class=\"pass\">{}</p>", xml(&p))?;
    }
    writeln!(w, "<h2>{}</h2>", xml(&tr(lang, "class-heading-mistakes")))?;
    if c.mistakes.is_empty() {
        writeln!(w, "<p>{}</p>", xml(&tr(lang, "class-no-mistakes")))?;
    } else {
        writeln!(w, "<ol>")?;
        for m in &c.mistakes {
            let count = Msg::new("class-count").arg("count", m.count).arg("of", c.rows.len()).render(lang);
            write!(w, "<li><b>{}</b> <span class=\"n\">{}</span>", xml(&what(m, lang)), xml(&count))?;
            if let Some(e) = &m.explain {
                write!(w, "<br>{}", xml(e))?;
            }
            writeln!(w, "</li>")?;
        }
        writeln!(w, "</ol>")?;
    }
    writeln!(w, "</body></html>")
}

const STYLE: &str = "body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;margin:2em;max-width:60em}\
table{border-collapse:collapse}th,td{padding:.25em .6em;border-bottom:1px solid #ddd;text-align:right}\
th:first-child{text-align:left}tr.failed th,tr.failed td{color:#a40000}.n{color:#555}li{margin:.4em 0}";

/// The class report as a workbook: a sheet of scores, a sheet of mistakes.
pub fn workbook(c: &Class, lang: Lang) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let secs = sections(c);
    let ws = wb.add_worksheet();
    ws.set_name(tr(lang, "class-sheet-scores"))?;
    let mut head = vec![tr(lang, "class-col-trainee"), tr(lang, "class-col-total")];
    head.extend(secs.iter().map(|s| s.label(lang)));
    for (i, h) in head.iter().enumerate() {
        ws.write_string_with_format(0, i as u16, h, &bold)?;
    }
    for (r, row) in c.rows.iter().enumerate() {
        let y = r as u32 + 1;
        ws.write_string(y, 0, &row.trainee)?;
        ws.write_number(y, 1, row.total)?;
        for (i, &s) in secs.iter().enumerate() {
            if let Some(x) = score(row, s) {
                ws.write_number(y, i as u16 + 2, x)?;
            }
        }
    }
    ws.set_freeze_panes(1, 1)?;
    ws.set_column_width(0, 20)?;
    let ws = wb.add_worksheet();
    ws.set_name(tr(lang, "class-sheet-mistakes"))?;
    let head = [
        tr(lang, "class-col-count"),
        tr(lang, "grade-col-section"),
        tr(lang, "class-col-mistake"),
        tr(lang, "class-col-explain"),
        tr(lang, "class-col-trainee"),
    ];
    for (i, h) in head.iter().enumerate() {
        ws.write_string_with_format(0, i as u16, h, &bold)?;
    }
    for (r, m) in c.mistakes.iter().enumerate() {
        let y = r as u32 + 1;
        ws.write_number(y, 0, m.count as f64)?;
        ws.write_string(y, 1, m.section.label(lang))?;
        ws.write_string_with_format(y, 2, what(m, lang), &wrap)?;
        ws.write_string_with_format(y, 3, m.explain.as_deref().unwrap_or(""), &wrap)?;
        ws.write_string_with_format(y, 4, m.trainees.join(", "), &wrap)?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.set_column_width(2, 40)?;
    ws.set_column_width(3, 60)?;
    ws.set_column_width(4, 30)?;
    wb.save_to_buffer()
}
