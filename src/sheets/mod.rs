//! Writing a map as spreadsheets: the tables of the CSV form (people, ties, units,
//! account), with headers and values in the user's language as the loader reads them
//! back, as CSV files or as one workbook (rust_xlsxwriter) with frozen headers, column
//! widths, a note on each header and dropdown lists. The `init --format xlsx` template
//! is the CSV template's example map written this way; `export` writes any map.

pub mod plan;
pub mod portfolio;
pub mod redact;

use std::collections::BTreeMap;

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, Format, FormatBorder, Note, Workbook, Worksheet,
    XlsxError,
};
use unicode_width::UnicodeWidthStr;

use crate::i18n::{Lang, tr};
use crate::model::{Map, Tie};
use crate::vocab::{
    Adaptability, Contact, Expertise, Interest, Relationship, Role, Side, Stance, Strength, Style, TieKind,
    UnitKind, Vocab,
};

/// Which table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// people / 人员.
    People,
    /// ties / 关系.
    Ties,
    /// units / 部门.
    Units,
    /// account / 客户.
    Account,
}

impl Part {
    /// The sheet's name in `lang`, one the loader reads.
    pub fn sheet_name(self, lang: Lang) -> String {
        tr(
            lang,
            match self {
                Part::People => "sheet-name-people",
                Part::Ties => "sheet-name-ties",
                Part::Units => "sheet-name-units",
                Part::Account => "sheet-name-account",
            },
        )
    }

    /// The CSV file the table is written to.
    pub fn file_name(self) -> &'static str {
        match self {
            Part::People => "people.csv",
            Part::Ties => "ties.csv",
            Part::Units => "units.csv",
            Part::Account => "account.csv",
        }
    }
}

/// A column: the record key it fills, the catalog keys of its header and its note, and
/// the values a dropdown offers (none for free text).
#[derive(Debug, Clone, Copy)]
struct Col {
    key: &'static str,
    head: &'static str,
    note: &'static str,
    list: Choices,
}

/// What a column's dropdown offers.
#[derive(Debug, Clone, Copy)]
enum Choices {
    Free,
    /// One value of a vocabulary (a warning when another is typed: numbers are fine too).
    One(fn(Lang) -> Vec<String>),
    /// Several values of a vocabulary, separated (the dropdown helps with the first).
    Many(fn(Lang) -> Vec<String>),
}

fn labels<V: Vocab>(lang: Lang) -> Vec<String> {
    V::ALL.iter().map(|v| v.label(lang)).collect()
}

fn yes_no(lang: Lang) -> Vec<String> {
    vec![tr(lang, "sheet-yes"), tr(lang, "sheet-no")]
}

const fn col(key: &'static str, head: &'static str, note: &'static str, list: Choices) -> Col {
    Col { key, head, note, list }
}

const PEOPLE: &[Col] = &[
    col("id", "sheet-head-id", "sheet-note-person-id", Choices::Free),
    col("name", "sheet-head-name", "sheet-note-name", Choices::Free),
    col("title", "sheet-head-title", "sheet-note-title", Choices::Free),
    col("unit", "sheet-head-unit", "sheet-note-unit", Choices::Free),
    col("side", "sheet-head-side", "sheet-note-side", Choices::One(labels::<Side>)),
    col("level", "sheet-head-level", "sheet-note-level", Choices::Free),
    col("roles", "sheet-head-roles", "sheet-note-roles", Choices::Many(labels::<Role>)),
    col("stance", "sheet-head-stance", "sheet-note-stance", Choices::One(labels::<Stance>)),
    col("favors", "sheet-head-favors", "sheet-note-favors", Choices::Free),
    col(
        "relationship",
        "sheet-head-relationship",
        "sheet-note-relationship",
        Choices::One(labels::<Relationship>),
    ),
    col("expertise", "sheet-head-expertise", "sheet-note-expertise", Choices::One(labels::<Expertise>)),
    col("style", "sheet-head-style", "sheet-note-style", Choices::One(labels::<Style>)),
    col(
        "adaptability",
        "sheet-head-adaptability",
        "sheet-note-adaptability",
        Choices::One(labels::<Adaptability>),
    ),
    col("interests", "sheet-head-interests", "sheet-note-interests", Choices::Many(labels::<Interest>)),
    col("contact", "sheet-head-contact", "sheet-note-contact", Choices::One(labels::<Contact>)),
    col("notes", "sheet-head-notes", "sheet-note-notes", Choices::Free),
    col("reports_to", "sheet-head-reports-to", "sheet-note-reports-to", Choices::Free),
];

const TIES: &[Col] = &[
    col("from", "sheet-head-from", "sheet-note-from", Choices::Free),
    col("to", "sheet-head-to", "sheet-note-to", Choices::Free),
    col("kind", "sheet-head-kind", "sheet-note-tie-kind", Choices::One(labels::<TieKind>)),
    col("strength", "sheet-head-strength", "sheet-note-strength", Choices::One(labels::<Strength>)),
    col("dotted", "sheet-head-dotted", "sheet-note-dotted", Choices::One(yes_no)),
    col("note", "sheet-head-notes", "sheet-note-tie-note", Choices::Free),
];

const UNITS: &[Col] = &[
    col("id", "sheet-head-id", "sheet-note-unit-id", Choices::Free),
    col("name", "sheet-head-unit-name", "sheet-note-unit-name", Choices::Free),
    col("parent", "sheet-head-parent", "sheet-note-parent", Choices::Free),
    col("kind", "sheet-head-kind", "sheet-note-unit-kind", Choices::One(labels::<UnitKind>)),
    col("contact", "sheet-head-contact", "sheet-note-unit-contact", Choices::One(labels::<Contact>)),
];

const ACCOUNT: &[Col] = &[
    col("field", "sheet-head-field", "sheet-note-field", Choices::Free),
    col("value", "sheet-head-value", "sheet-note-value", Choices::Free),
];

/// An answer key's `optional` column, written only when some item is optional.
const OPTIONAL: Col = col("optional", "sheet-head-optional", "sheet-note-optional", Choices::One(yes_no));

/// One table: which, its columns and its rows of cells.
#[derive(Debug, Clone)]
pub struct Table {
    /// Which table.
    pub part: Part,
    cols: Vec<Col>,
    /// The cells, a row at a time, as many as there are columns.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The headers in `lang`.
    pub fn headers(&self, lang: Lang) -> Vec<String> {
        self.cols.iter().map(|c| tr(lang, c.head)).collect()
    }

    /// The record keys of the columns (`id`, `name` …).
    pub fn keys(&self) -> Vec<&'static str> {
        self.cols.iter().map(|c| c.key).collect()
    }
}

/// How a map is laid out in tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Every tie in the ties table, in the map's order (lossless).
    Export,
    /// Plain solid reporting lines in the people table's `reports_to` column, as
    /// people fill in a template; the other ties in the ties table.
    Template,
}

fn join(lang: Lang, items: impl IntoIterator<Item = String>) -> String {
    items.into_iter().collect::<Vec<_>>().join(&tr(lang, "sheet-list-separator"))
}

/// Is this tie written as a `reports_to` cell in the template layout?
fn plain_report(t: &Tie) -> bool {
    t.kind == TieKind::ReportsTo && t.strength == Strength::Medium && !t.dotted && t.note.is_none()
}

/// The tables of a map, in `lang`. Values are the catalogs' labels, which the loader
/// reads back as the same values (a test holds it to that).
pub fn tables(map: &Map, lang: Lang, layout: Layout) -> Vec<Table> {
    let optional_people = map.grading.people.values().any(|n| n.optional);
    let optional_ties = map.grading.ties.values().any(|n| n.optional);
    let yes = |b: bool| if b { tr(lang, "sheet-yes") } else { String::new() };
    let opt = |s: &Option<String>| s.clone().unwrap_or_default();
    let contact = |c: Contact| if c == Contact::Open { String::new() } else { c.label(lang) };
    let mut reports: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut tie_rows = Vec::new();
    for (ix, t) in map.ties.iter().enumerate() {
        let optional = map.grading.tie(ix).is_some_and(|n| n.optional);
        if layout == Layout::Template && plain_report(t) && !optional {
            reports.entry(t.from).or_default().push(map.people[t.to].id.clone());
            continue;
        }
        let mut row = vec![
            map.people[t.from].id.clone(),
            map.people[t.to].id.clone(),
            t.kind.label(lang),
            if t.strength == Strength::Medium { String::new() } else { t.strength.label(lang) },
            yes(t.dotted),
            t.note.as_deref().unwrap_or("").to_string(),
        ];
        if optional_ties {
            row.push(yes(optional));
        }
        tie_rows.push(row);
    }
    let people_rows = map
        .people
        .iter()
        .enumerate()
        .map(|(ix, p)| {
            let mut row = vec![
                p.id.clone(),
                opt(&p.name),
                opt(&p.title),
                p.unit.map(|u| map.units[u].id.clone()).unwrap_or_default(),
                if p.side == Side::Customer { String::new() } else { p.side.label(lang) },
                p.level.map(|l| l.to_string()).unwrap_or_default(),
                join(lang, p.roles.iter().map(|r| r.label(lang))),
                if p.stance == Stance::Unknown { String::new() } else { p.stance.label(lang) },
                opt(&p.favors),
                if p.relationship == Relationship::None { String::new() } else { p.relationship.label(lang) },
                p.expertise.map(|v| v.label(lang)).unwrap_or_default(),
                p.style.map(|v| v.label(lang)).unwrap_or_default(),
                p.adaptability.map(|v| v.label(lang)).unwrap_or_default(),
                join(lang, p.interests.iter().map(|r| r.label(lang))),
                contact(p.contact),
                opt(&p.notes),
                join(lang, reports.remove(&ix).unwrap_or_default()),
            ];
            if optional_people {
                row.push(yes(map.grading.person(ix).is_some_and(|n| n.optional)));
            }
            row
        })
        .collect();
    let unit_rows = map
        .units
        .iter()
        .map(|u| {
            vec![
                u.id.clone(),
                opt(&u.name),
                u.parent.map(|p| map.units[p].id.clone()).unwrap_or_default(),
                u.kind.map(|k| k.label(lang)).unwrap_or_default(),
                contact(u.contact),
            ]
        })
        .collect();
    let mut account_rows = Vec::new();
    let mut field = |key: &'static str, value: String| {
        if !value.is_empty() {
            account_rows.push(vec![tr(lang, key), value]);
        }
    };
    field("sheet-field-account", opt(&map.account));
    field("sheet-field-opportunity", opt(&map.opportunity));
    field("sheet-field-competitors", join(lang, map.competitors.iter().cloned()));
    field("sheet-field-governance", map.context.governance.map(|v| v.label(lang)).unwrap_or_default());
    field(
        "sheet-field-purchase-share",
        map.context.purchase_share.map(|v| v.label(lang)).unwrap_or_default(),
    );
    let with = |cols: &[Col], optional: bool| {
        let mut c = cols.to_vec();
        if optional {
            c.push(OPTIONAL);
        }
        c
    };
    vec![
        Table { part: Part::People, cols: with(PEOPLE, optional_people), rows: people_rows },
        Table { part: Part::Ties, cols: with(TIES, optional_ties), rows: tie_rows },
        Table { part: Part::Units, cols: UNITS.to_vec(), rows: unit_rows },
        Table { part: Part::Account, cols: ACCOUNT.to_vec(), rows: account_rows },
    ]
}

/// A table as CSV text (UTF-8 with the byte-order mark Excel needs for Chinese).
pub fn to_csv(table: &Table, lang: Lang) -> String {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let _ = w.write_record(table.headers(lang));
    for r in &table.rows {
        let _ = w.write_record(r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{FEFF}{}", String::from_utf8_lossy(&bytes))
}

/// The display width of a text in a spreadsheet column (CJK counts double).
fn width(text: &str) -> usize {
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// Rows of the dropdowns and formats in a template below its example rows.
const TEMPLATE_ROWS: u32 = 500;

/// Writes tables into a workbook: one sheet each, frozen bold header row, columns as
/// wide as their contents (within reason), a note on each header saying what goes
/// there, and with `dropdowns` the lists of each vocabulary column.
pub fn workbook(tables: &[Table], lang: Lang, dropdowns: bool) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDE7F0))
        .set_border_bottom(FormatBorder::Thin);
    let text = Format::new().set_text_wrap();
    for t in tables {
        let ws = wb.add_worksheet();
        ws.set_name(t.part.sheet_name(lang))?;
        write_table(ws, t, lang, dropdowns, &head, &text)?;
    }
    wb.save_to_buffer()
}

fn write_table(
    ws: &mut Worksheet,
    t: &Table,
    lang: Lang,
    dropdowns: bool,
    head: &Format,
    text: &Format,
) -> Result<(), XlsxError> {
    let headers = t.headers(lang);
    for (c, (h, spec)) in headers.iter().zip(&t.cols).enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, h, head)?;
        let note = Note::new(tr(lang, spec.note)).set_width(300).set_height(120).add_author_prefix(false);
        ws.insert_note(0, c, &note)?;
        let widest = t.rows.iter().filter_map(|r| r.get(c as usize)).map(|s| width(s)).max().unwrap_or(0);
        let w = (widest.max(width(h) + 2).max(8) + 1).min(40);
        ws.set_column_width(c, w as f64)?;
        let choices = match spec.list {
            Choices::One(f) => Some((f(lang), DataValidationErrorStyle::Warning)),
            Choices::Many(f) => Some((f(lang), DataValidationErrorStyle::Information)),
            Choices::Free => None,
        };
        if let (true, Some((items, style))) = (dropdowns, choices) {
            let v = DataValidation::new().allow_list_strings(&items)?.set_error_style(style);
            ws.add_data_validation(1, c, TEMPLATE_ROWS, c, &v)?;
        }
    }
    for (r, row) in t.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            if !cell.is_empty() {
                let (r, c) = (r as u32 + 1, c as u16);
                if cell.contains('\n') {
                    ws.write_string_with_format(r, c, cell, text)?;
                } else {
                    ws.write_string(r, c, cell)?;
                }
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    Ok(())
}

/// The `init --format xlsx` template: the CSV template's example map (which includes
/// one of our own people and an acquaintance tie, so that a first analysis finds
/// routes) as a workbook with dropdowns.
pub fn template(lang: Lang) -> Vec<u8> {
    let files = crate::train::init::starter_files(lang);
    let text = |i: usize| crate::load::csv::CsvText {
        name: files[i].0.to_string(),
        text: files[i].1.trim_start_matches('\u{FEFF}').to_string(),
    };
    let (p, t, u, a) = (text(0), text(1), text(2), text(3));
    let files = crate::load::CsvFiles { people: &p, units: Some(&u), ties: Some(&t), account: Some(&a) };
    // The example rows load cleanly (a test of init holds them to that).
    let map = crate::load::load_csv(&files).map(|l| l.map).unwrap_or_default();
    // Writing to memory fails only on limits the template is far within.
    workbook(&tables(&map, lang, Layout::Template), lang, true).unwrap_or_default()
}

/// The template's file name.
pub const TEMPLATE_NAME: &str = "map.xlsx";

/// Writes the template into `dir` (created if needed) as `map.xlsx`, never over an
/// existing file. Returns its path.
pub fn write_template(
    dir: &std::path::Path,
    lang: Lang,
) -> Result<std::path::PathBuf, crate::train::init::InitError> {
    use crate::train::init::InitError;
    let path = dir.join(TEMPLATE_NAME);
    if path.symlink_metadata().is_ok() {
        return Err(InitError::Exists(vec![path]));
    }
    std::fs::create_dir_all(dir).map_err(|e| InitError::Io { path: dir.display().to_string(), source: e })?;
    crate::output::write_atomic(&path, &template(lang))
        .map_err(|e| InitError::Io { path: path.display().to_string(), source: e })?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every label a table may write reads back as the same value, in every language.
    #[test]
    fn labels_read_back_as_their_values() {
        fn all<V: Vocab + PartialEq + std::fmt::Debug>() {
            for lang in [Lang::En, Lang::Zh, Lang::ZhHant] {
                for &v in V::ALL {
                    assert_eq!(V::parse(&v.label(lang)), Ok(v), "{lang:?} {}", v.label(lang));
                }
            }
        }
        all::<Side>();
        all::<Role>();
        all::<Stance>();
        all::<Relationship>();
        all::<Expertise>();
        all::<Style>();
        all::<Adaptability>();
        all::<Interest>();
        all::<TieKind>();
        all::<Strength>();
        all::<UnitKind>();
        all::<crate::vocab::Governance>();
        all::<crate::vocab::PurchaseShare>();
    }
}
