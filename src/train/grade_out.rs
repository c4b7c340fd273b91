//! Writing a [`Grade`]: plain text for the terminal, Markdown for a trainer's notes,
//! JSON for scripts. Writers take any `Write`; output is deterministic.

use std::io::{self, Write};

use super::grade::{Grade, Item, ItemKind};
use crate::vocab::{Lang, Vocab};

/// The heading of each kind of item, in order.
/// The feedback items grouped by kind, in reading order (wrong, missing, extra, found),
/// each with its heading; kinds with no item are left out.
fn grouped(g: &Grade, lang: Lang) -> Vec<(&'static str, Vec<&Item>)> {
    [
        (ItemKind::Wrong, lang.pick("Wrong", "错误")),
        (ItemKind::Missing, lang.pick("Missing", "缺少")),
        (ItemKind::Extra, lang.pick("Extra", "多出")),
        (ItemKind::Found, lang.pick("Found", "找到")),
    ]
    .into_iter()
    .map(|(kind, heading)| (heading, g.items.iter().filter(|i| i.kind == kind).collect::<Vec<_>>()))
    .filter(|(_, items)| !items.is_empty())
    .collect()
}

fn pass_line(g: &Grade, pass: Option<f64>, lang: Lang) -> Option<String> {
    pass.map(|p| {
        let ok = g.total >= p;
        match lang {
            Lang::En => format!("pass mark {p}: {}", if ok { "passed" } else { "not passed" }),
            Lang::Zh | Lang::ZhHant => format!("及格线 {p}：{}", if ok { "通过" } else { "未通过" }),
        }
    })
}

/// Writes the grade as text: the total, a line per section, then the items grouped
/// by kind (wrong, missing, extra, found).
pub fn write_text(w: &mut dyn Write, g: &Grade, pass: Option<f64>, lang: Lang) -> io::Result<()> {
    let total = lang.pick("Score", "得分");
    match pass_line(g, pass, lang) {
        Some(p) => writeln!(w, "{total}: {} / 100 ({p})", g.total)?,
        None => writeln!(w, "{total}: {} / 100", g.total)?,
    }
    for s in &g.sections {
        let label = s.section.label(lang);
        let pad = 14usize.saturating_sub(display_width(&label));
        writeln!(
            w,
            "  {label}{:pad$} {:>5.1}  ({} / {}, {} {})",
            "",
            s.score,
            trim(s.earned),
            trim(s.possible),
            lang.pick("weight", "权重"),
            trim(s.weight)
        )?;
    }
    for (heading, items) in grouped(g, lang) {
        writeln!(w, "\n{heading} ({}):", items.len())?;
        for i in items {
            writeln!(w, "  - [{}] {}", i.section.label(lang), i.message)?;
        }
    }
    Ok(())
}

/// Writes the grade as Markdown: a table of sections and a list per kind of item.
pub fn write_markdown(w: &mut dyn Write, g: &Grade, pass: Option<f64>, lang: Lang) -> io::Result<()> {
    writeln!(w, "# {}: {} / 100\n", lang.pick("Score", "得分"), g.total)?;
    if let Some(p) = pass_line(g, pass, lang) {
        writeln!(w, "{p}\n")?;
    }
    let (sec, score, pts, weight) = match lang {
        Lang::En => ("Section", "Score", "Points", "Weight"),
        Lang::Zh | Lang::ZhHant => ("部分", "得分", "分数", "权重"),
    };
    writeln!(w, "| {sec} | {score} | {pts} | {weight} |")?;
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
    for (heading, items) in grouped(g, lang) {
        writeln!(w, "\n## {heading} ({})\n", items.len())?;
        for i in items {
            writeln!(w, "- **{}** {}", i.section.label(lang), md_escape(&i.message))?;
        }
    }
    Ok(())
}

/// Writes the grade as pretty JSON, with the pass mark and verdict when asked.
pub fn write_json(w: &mut dyn Write, g: &Grade, pass: Option<f64>) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct Out<'a> {
        #[serde(flatten)]
        grade: &'a Grade,
        #[serde(skip_serializing_if = "Option::is_none")]
        pass: Option<f64>,
        #[serde(skip_serializing_if = "Option::is_none")]
        passed: Option<bool>,
    }
    let out = Out { grade: g, pass, passed: pass.map(|p| g.total >= p) };
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
        write_text(&mut t, &g, Some(50.0), Lang::En).unwrap();
        let t = String::from_utf8(t).unwrap();
        assert!(t.starts_with("Score: "), "{t}");
        assert!(t.contains("Missing (2):"), "{t}");
        assert!(t.contains("  - [people] missing: Liu <b>"), "{t}");
        let mut m = Vec::new();
        write_markdown(&mut m, &g, None, Lang::Zh).unwrap();
        let m = String::from_utf8(m).unwrap();
        assert!(m.contains("| 部分 | 得分 |"), "{m}");
        assert!(m.contains(r"Liu \<b\>"), "{m}");
        let mut j = Vec::new();
        write_json(&mut j, &g, Some(50.0)).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&j).unwrap();
        assert_eq!(v["passed"], serde_json::json!(g.total >= 50.0));
        assert_eq!(v["matches"][0]["attempt"], "x");
    }
}
