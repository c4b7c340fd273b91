//! What must hold for any input, however hostile: shared by the property tests
//! (tests/hostile_props.rs) and the fuzz targets (fuzz/), which include this file.
//!
//! - loading never panics (the callers run it);
//! - every diagnostic is located: it names the input, and one with a JSON path has
//!   the line and column where that path is;
//! - a valid map has as many people as the input has person records;
//! - no diagram or report carries markup from a name: no `<script`, no Mermaid
//!   directive `%%{` in Mermaid, and every `&` starts an entity the renderer wrote.

#![allow(dead_code)]

use powermap::analysis::{AnalyzeOptions, analyze, reach};
use powermap::diag::Diagnostic;
use powermap::graph::OrgGraph;
use powermap::load::raw::{RawTop, Record};
use powermap::load::{LoadError, Loaded};
use powermap::model::Map;
use powermap::render::{self, Engine, Format, Options, Overlay, View};
use powermap::vocab::Lang;

/// Every diagnostic names `file` (or a file beside it, for CSV) and, when it has a
/// JSON path, the line and column of that path.
pub fn located(diags: &[Diagnostic], files: &[&str]) -> Result<(), String> {
    for d in diags {
        if !files.contains(&d.location.file.as_str()) {
            return Err(format!("not in an input file: {d}"));
        }
        if d.location.path.is_some() && (d.location.line.is_none() || d.location.column.is_none()) {
            return Err(format!("a JSON path without its line: {d}"));
        }
    }
    Ok(())
}

/// Checks a load's outcome: located diagnostics; for a valid map, `records` people
/// (when the count of the input's records is known) and clean diagrams.
pub fn check_load(
    got: &Result<Loaded, LoadError>,
    files: &[&str],
    records: Option<usize>,
) -> Result<(), String> {
    match got {
        Ok(l) => {
            located(&l.warnings, files)?;
            if let Some(n) = records
                && l.map.people.len() != n
            {
                return Err(format!("{} people loaded from {n} records", l.map.people.len()));
            }
            render_all(&l.map)
        }
        Err(LoadError::Invalid { diagnostics, .. }) => {
            if !diagnostics.iter().any(Diagnostic::is_error) {
                return Err("refused with no error".into());
            }
            located(diagnostics, files)
        }
        Err(LoadError::Io { .. }) => Ok(()),
    }
}

/// The person records of a JSON map: the length of its people list (under any of the
/// names the format accepts), None when the text is not plain JSON to count in.
pub fn json_people_records(text: &str) -> Option<usize> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    let people = RawTop::exact_key_ix("people")?;
    let obj = v.as_object()?;
    let lists: Vec<&serde_json::Value> = obj
        .iter()
        .filter(|(k, _)| RawTop::exact_key_ix(k).or_else(|| RawTop::key_ix(k)) == Some(people))
        .map(|(_, v)| v)
        .collect();
    match lists.as_slice() {
        [] => Some(0),
        [serde_json::Value::Null] => Some(0),
        [serde_json::Value::Array(a)] => Some(a.len()),
        _ => None,
    }
}

/// The person records of a people CSV: its rows after the header with any cell not
/// blank.
pub fn csv_people_records(text: &str) -> usize {
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.contains('\t') && !first.contains(',') { b'\t' } else { b',' };
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut rows = rdr.records().filter_map(Result::ok).filter(|r| !r.iter().all(|c| c.trim().is_empty()));
    rows.next();
    rows.count()
}

/// Draws `map` in every format and view (the built-in layout), with the analysis's
/// highlights and the HTML report's tables, and checks each output.
pub fn render_all(map: &Map) -> Result<(), String> {
    let g = OrgGraph::new(map);
    let report = analyze(&g, &AnalyzeOptions::default());
    let overlay = Overlay {
        top: report.decision_makers.iter().take(3).map(|c| c.person).collect(),
        path: report.paths.first().map(|p| p.people.clone()).unwrap_or_default(),
        reached: reach::reached(&g),
        sections: render::sections::from_report(&report, Lang::Zh),
    };
    let formats = [Format::Dot, Format::Svg, Format::Html, Format::Graphml, Format::Mermaid];
    for (format, view) in
        formats.into_iter().zip([View::Org, View::Full, View::Coverage, View::Full, View::Influence])
    {
        let opts = Options { view, lang: Lang::Zh, around: None, engine: Engine::Builtin };
        let mut out = Vec::new();
        render::render(format, &g, &overlay, &opts, &mut out).map_err(|e| format!("{format:?}: {e}"))?;
        let mut text = String::from_utf8(out).map_err(|e| format!("{format:?}: not UTF-8: {e}"))?;
        if format == Format::Html {
            text = without_report_scripts(&text).map_err(|e| format!("{format:?}: {e}"))?;
        }
        clean(&text, format == Format::Mermaid).map_err(|e| format!("{format:?}: {e}"))?;
    }
    Ok(())
}

/// The HTML report without its own two scripts — the JSON data block (which must hold
/// no `<`, `>` or `&`, so nothing in it can close it or be read as markup) and the one
/// script its policy allows — so that what is left can be held to [`clean`]; an error
/// when either is missing or the script is not the one built in.
pub fn without_report_scripts(html: &str) -> Result<String, String> {
    let open = "<script type=\"application/json\" id=\"pm-data\">";
    let a = html.find(open).ok_or("no data block in the HTML report")?;
    let rest = &html[a + open.len()..];
    let b = rest.find("</script>").ok_or("the data block is not closed")?;
    if rest[..b].contains(['<', '>', '&']) {
        return Err("markup in the data block".into());
    }
    let without = format!("{}{}", &html[..a], &rest[b + "</script>".len()..]);
    let script = format!("<script>{}</script>", powermap::render::html_script::SCRIPT);
    if without.matches(&script).count() != 1 {
        return Err("the report's script is not the one built in".into());
    }
    Ok(without.replacen(&script, "", 1))
}

/// No markup from a name: no `<script`, every `&` starts an entity, and in Mermaid
/// (where it is a directive) no `%%{`.
pub fn clean(text: &str, mermaid: bool) -> Result<(), String> {
    if text.to_ascii_lowercase().contains("<script") {
        return Err("<script in the output".into());
    }
    if mermaid && text.contains("%%{") {
        return Err("a Mermaid directive %%{ in the output".into());
    }
    for (i, _) in text.match_indices('&') {
        let rest = &text[i + 1..];
        let entity = ["amp;", "lt;", "gt;", "quot;", "apos;"].iter().any(|e| rest.starts_with(e))
            || rest.strip_prefix('#').is_some_and(|r| {
                let digits = r.bytes().take_while(u8::is_ascii_digit).count();
                digits > 0 && r.as_bytes().get(digits) == Some(&b';')
            });
        if !entity {
            let end = text[i..].char_indices().nth(24).map_or(text.len(), |(j, _)| i + j);
            return Err(format!("an unescaped & in the output: {:?}", &text[i..end]));
        }
    }
    Ok(())
}
