//! Reading a map from a workbook (`.xlsx`, `.xlsm`, `.xls`, `.ods`, by the calamine
//! crate): sheets named people/人员, ties/关系, units/部门 and account/客户 (either
//! language, any case or width), with the headers of the CSV form.
//!
//! Each sheet is turned into the CSV text of the same cells, one row a line, so the CSV
//! loader reads it and every check and message is the CSV form's; then each problem's
//! place is given back as Excel shows it (`江南钢铁.xlsx [人员] C7`). Cells arrive as
//! Excel stores them: a number typed `2` is `2.0` and reads as `2`; a formula by its
//! cached value; a date as `YYYY-MM-DD` text (no field of a map is a date, so a date is
//! most often a value Excel converted as it was typed, like `1-2`); an error value
//! (`#N/A`) as an empty cell, with a warning. Empty trailing rows and columns are
//! ignored, and so are hidden sheets, with a warning. O(cells).

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Range, Reader, SheetType, SheetVisible, Sheets};

use super::csv::{CsvText, parse};
use super::sniff::Kind;
use super::{LoadError, Loaded, finish, validate};
use crate::diag::{Diagnostic, Location};
use crate::i18n::Msg;
use crate::vocab::{did_you_mean, normalize};

/// The sheets a map workbook may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    People,
    Ties,
    Units,
    Account,
}

/// The accepted names of each sheet (compared after [`normalize`]).
const NAMES: &[(Part, &[&str])] = &[
    (Part::People, &["people", "人员", "人員", "persons", "person"]),
    (Part::Ties, &["ties", "关系", "關係", "links", "relations"]),
    (Part::Units, &["units", "部门", "部門", "departments", "组织", "組織"]),
    (Part::Account, &["account", "客户", "客戶"]),
];

fn part_of(sheet: &str) -> Option<Part> {
    let n = normalize(sheet);
    NAMES.iter().find(|(_, names)| names.iter().any(|k| normalize(k) == n)).map(|(p, _)| *p)
}

/// The column letters Excel shows for a 1-based column (1 → A, 27 → AA).
pub fn column_letters(mut col: u64) -> String {
    let mut out = Vec::new();
    while col > 0 {
        let r = ((col - 1) % 26) as u8;
        out.push(b'A' + r);
        col = (col - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A line break inside a cell, carried through the CSV text as a private-use
/// character so that each sheet row stays one line of it; put back in the texts read.
const NL: char = '\u{E00A}';
const CR: char = '\u{E00D}';

/// Loads a workbook file.
pub fn load_workbook(path: &Path) -> Result<Loaded, LoadError> {
    let name = path.display().to_string();
    let bytes = super::read_any(path)?;
    load_workbook_bytes(bytes, &name)
}

fn refuse(name: &str, code: &'static str, msg: Msg) -> LoadError {
    LoadError::Invalid {
        name: name.to_string(),
        diagnostics: vec![Diagnostic::error(code, Location::file(name), msg)],
        lang: None,
    }
}

/// Loads a workbook from its bytes; `name` is the name shown in messages.
pub fn load_workbook_bytes(bytes: Vec<u8>, name: &str) -> Result<Loaded, LoadError> {
    let kind = super::sniff::sniff(&bytes);
    if kind == Kind::Encrypted {
        return Err(refuse(name, "workbook-encrypted", Msg::new("sheet-encrypted")));
    }
    let opened: Result<Sheets<Cursor<Vec<u8>>>, calamine::Error> = match kind {
        Kind::Ods => calamine::open_workbook_from_rs(Cursor::new(bytes)).map(Sheets::Ods).map_err(Into::into),
        Kind::Xls => calamine::open_workbook_from_rs(Cursor::new(bytes)).map(Sheets::Xls).map_err(Into::into),
        _ => calamine::open_workbook_from_rs(Cursor::new(bytes)).map(Sheets::Xlsx).map_err(Into::into),
    };
    let mut wb = match opened {
        Ok(wb) => wb,
        Err(e) if is_password(&e) => {
            return Err(refuse(name, "workbook-encrypted", Msg::new("sheet-encrypted")));
        }
        Err(e) => {
            return Err(refuse(
                name,
                "workbook-corrupt",
                Msg::new("sheet-corrupt").arg("detail", e.to_string()),
            ));
        }
    };
    let mut diags = Vec::new();
    let at_sheet = |sheet: &str| Location { sheet: Some(sheet.to_string()), ..Location::file(name) };
    // Which sheet gives which part, in the workbook's order.
    let mut chosen: Vec<(Part, String)> = Vec::new();
    let mut unknown: Vec<String> = Vec::new();
    let meta = wb.sheets_metadata().to_vec();
    for s in &meta {
        if s.typ != SheetType::WorkSheet {
            continue;
        }
        let part = part_of(&s.name);
        if s.visible != SheetVisible::Visible {
            diags.push(Diagnostic::warning(
                "hidden-sheet",
                at_sheet(&s.name),
                Msg::new("sheet-hidden").arg("sheet", s.name.as_str()),
            ));
            continue;
        }
        match part {
            Some(p) if chosen.iter().any(|(q, _)| *q == p) => {
                let first = chosen.iter().find(|(q, _)| *q == p).map_or("", |(_, n)| n.as_str());
                diags.push(Diagnostic::warning(
                    "duplicate-sheet",
                    at_sheet(&s.name),
                    Msg::new("sheet-duplicate").arg("sheet", s.name.as_str()).arg("first", first),
                ));
            }
            Some(p) => chosen.push((p, s.name.clone())),
            None => unknown.push(s.name.clone()),
        }
    }
    // A workbook of one unnamed sheet (`Sheet1`) is a people sheet.
    if !chosen.iter().any(|(p, _)| *p == Part::People) {
        if chosen.is_empty() && unknown.len() == 1 {
            chosen.push((Part::People, unknown.remove(0)));
        } else {
            let all: Vec<&str> = meta.iter().map(|s| s.name.as_str()).collect();
            diags.push(Diagnostic::error(
                "no-people-sheet",
                Location::file(name),
                Msg::new("sheet-no-people").arg("sheets", all.join(", ")),
            ));
            return Err(LoadError::Invalid { name: name.to_string(), diagnostics: diags, lang: None });
        }
    }
    let every_name = NAMES.iter().flat_map(|(_, n)| n.iter().copied());
    let candidates: Vec<&str> = every_name.collect();
    for s in &unknown {
        let msg = match did_you_mean(s, candidates.iter().copied()) {
            Some(like) => Msg::new("sheet-unknown-like").arg("sheet", s.as_str()).arg("like", like),
            None => Msg::new("sheet-unknown").arg("sheet", s.as_str()),
        };
        diags.push(Diagnostic::warning("unknown-sheet", at_sheet(s), msg));
    }
    // Each chosen sheet as CSV text, named `book.xlsx [sheet]` until its places are given back.
    let mut texts: Vec<(Part, String, CsvText)> = Vec::new();
    for (part, sheet) in &chosen {
        let range = match wb.worksheet_range(sheet) {
            Ok(r) => r,
            Err(e) => {
                diags.push(Diagnostic::error(
                    "workbook-corrupt",
                    at_sheet(sheet),
                    Msg::new("sheet-corrupt").arg("detail", e.to_string()),
                ));
                continue;
            }
        };
        let text = sheet_csv(&range, name, sheet, &mut diags);
        texts.push((*part, sheet.clone(), CsvText { name: format!("{name} [{sheet}]"), text }));
    }
    let get = |p: Part| texts.iter().find(|(q, _, _)| *q == p).map(|(_, _, t)| t);
    let Some(people) = get(Part::People) else {
        return Err(LoadError::Invalid { name: name.to_string(), diagnostics: diags, lang: None });
    };
    let (mut raw, sources, more) = parse(people, get(Part::Units), get(Part::Ties), get(Part::Account));
    restore_breaks(&mut raw);
    diags.extend(more);
    diags.extend(super::by_name::resolve(&mut raw, &sources));
    let (map, more) = validate::build_all(raw, "", &sources);
    diags.extend(more);
    let lang = super::csv_lang(&map, sources.csv_headers.as_ref());
    let order: Vec<(String, String)> = texts.iter().map(|(_, s, t)| (t.name.clone(), s.clone())).collect();
    let place = |d: &mut Diagnostic| {
        if let Some((_, sheet)) = order.iter().find(|(n, _)| *n == d.location.file) {
            let l = &mut d.location;
            l.file = name.to_string();
            l.sheet = Some(sheet.clone());
            l.cell = match (l.line, l.column) {
                (Some(r), Some(c)) => Some(format!("{}{r}", column_letters(c))),
                (Some(r), None) => Some(format!("{r}:{r}")),
                _ => None,
            };
        }
    };
    let sheet_rank = |d: &Diagnostic| {
        d.location.sheet.as_ref().and_then(|s| meta.iter().position(|m| m.name == *s)).unwrap_or(usize::MAX)
    };
    let sort = |diags: &mut Vec<Diagnostic>| {
        diags.iter_mut().for_each(place);
        // Workbook-wide problems first, then by sheet in the workbook's order, row, column.
        diags
            .sort_by_key(|d| (d.location.sheet.is_some(), sheet_rank(d), d.location.line, d.location.column));
    };
    match finish(map, diags, name, lang) {
        Ok(mut l) => {
            sort(&mut l.warnings);
            Ok(l)
        }
        Err(LoadError::Invalid { name, mut diagnostics, lang }) => {
            sort(&mut diagnostics);
            Err(LoadError::Invalid { name, diagnostics, lang })
        }
        Err(e) => Err(e),
    }
}

fn is_password(e: &calamine::Error) -> bool {
    matches!(
        e,
        calamine::Error::Xlsx(calamine::XlsxError::Password)
            | calamine::Error::Xls(calamine::XlsError::Password)
            | calamine::Error::Ods(calamine::OdsError::Password)
    )
}

/// A cell's text as the CSV form would hold it, or the error value it holds.
fn cell_text(d: &Data) -> Result<String, String> {
    Ok(match d {
        Data::Empty => String::new(),
        Data::String(s) => {
            s.replace("\r\n", "\n").replace('\n', &NL.to_string()).replace('\r', &CR.to_string())
        }
        // Shortest form that reads back as the same number: 2.0 → "2", 2.5 → "2.5".
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(dt) if dt.is_datetime() => {
            let (y, m, d, h, min, s, _) = dt.to_ymd_hms_milli();
            if (h, min, s) == (0, 0, 0) {
                format!("{y:04}-{m:02}-{d:02}")
            } else {
                format!("{y:04}-{m:02}-{d:02} {h:02}:{min:02}:{s:02}")
            }
        }
        Data::DateTime(dt) => format!("{}", dt.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => return Err(e.to_string()),
    })
}

/// The CSV text of a sheet's cells: line n is row n, column c field c (both from 1),
/// so that the CSV loader's line and column are the sheet's row and column. Cells with
/// no header above them and error values are reported here.
fn sheet_csv(range: &Range<Data>, book: &str, sheet: &str, diags: &mut Vec<Diagnostic>) -> String {
    let Some((row0, col0)) = range.start() else { return String::new() };
    let at = |r: usize, c: usize| {
        let (row, col) = (u64::from(row0) + r as u64 + 1, u64::from(col0) + c as u64 + 1);
        Location {
            line: Some(row),
            column: Some(col),
            sheet: Some(sheet.to_string()),
            cell: Some(format!("{}{row}", column_letters(col))),
            ..Location::file(book)
        }
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (r, row) in range.rows().enumerate() {
        let mut cells = Vec::with_capacity(row.len());
        for (c, d) in row.iter().enumerate() {
            match cell_text(d) {
                Ok(t) => cells.push(t),
                Err(e) => {
                    diags.push(Diagnostic::warning(
                        "cell-error",
                        at(r, c),
                        Msg::new("sheet-cell-error").arg("value", e),
                    ));
                    cells.push(String::new());
                }
            }
        }
        rows.push(cells);
    }
    // Trailing empty columns: the width is that of the widest non-empty row.
    let width = rows.iter().map(|r| r.iter().rposition(|c| !c.trim().is_empty()).map_or(0, |i| i + 1)).max();
    let width = width.unwrap_or(0);
    let header = rows.iter().position(|r| r.iter().any(|c| !c.trim().is_empty()));
    if let Some(h) = header {
        for (r, row) in rows.iter().enumerate().skip(h + 1) {
            for (c, cell) in row.iter().enumerate() {
                let no_header = rows[h].get(c).is_none_or(|t| t.trim().is_empty());
                if no_header && !cell.trim().is_empty() {
                    diags.push(Diagnostic::warning("no-header", at(r, c), Msg::new("sheet-no-header")));
                }
            }
        }
    }
    let mut w = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let mut out = "\n".repeat(row0 as usize).into_bytes();
    // A header of one column is written with a trailing empty one, so that the CSV
    // loader does not take a tab inside it for a tab-separated file.
    let fields = (col0 as usize + width).max(2);
    for row in &rows {
        let mut line: Vec<&str> = vec![""; col0 as usize];
        line.extend(row.iter().take(width).map(String::as_str));
        line.resize(fields, "");
        if w.write_record(&line).is_err() {
            break;
        }
    }
    out.extend(w.into_inner().unwrap_or_default());
    String::from_utf8(out).unwrap_or_default()
}

/// Puts back the line breaks of cells in the texts read (names, titles, notes).
fn restore_breaks(raw: &mut super::raw::RawTop) {
    fn fix(v: &mut super::raw::Val<String>) {
        if let super::raw::Val::Ok(s) = v
            && s.contains([NL, CR])
        {
            *s = s.replace(NL, "\n").replace(CR, "\r");
        }
    }
    for p in &mut raw.people.items {
        for f in [&mut p.name, &mut p.title, &mut p.notes, &mut p.unit, &mut p.favors] {
            fix(f);
        }
    }
    for u in &mut raw.units.items {
        fix(&mut u.name);
    }
    for t in &mut raw.ties.items {
        fix(&mut t.note);
    }
    fix(&mut raw.account);
    fix(&mut raw.opportunity);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_excel_does() {
        assert_eq!(column_letters(1), "A");
        assert_eq!(column_letters(3), "C");
        assert_eq!(column_letters(26), "Z");
        assert_eq!(column_letters(27), "AA");
        assert_eq!(column_letters(703), "AAA");
    }

    #[test]
    fn sheet_names_in_either_language_and_any_width() {
        assert_eq!(part_of("人员"), Some(Part::People));
        assert_eq!(part_of("PEOPLE"), Some(Part::People));
        assert_eq!(part_of("ｐｅｏｐｌｅ"), Some(Part::People));
        assert_eq!(part_of(" 關係 "), Some(Part::Ties));
        assert_eq!(part_of("部门"), Some(Part::Units));
        assert_eq!(part_of("Account"), Some(Part::Account));
        assert_eq!(part_of("Sheet1"), None);
    }
}
