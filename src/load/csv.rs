//! Reading a map from the spreadsheet form: `people.csv` with optional `ties.csv`,
//! `units.csv` and `account.csv`, headers in English or Chinese, comma- or
//! tab-separated. O(n) in the text.

use super::raw::{RawAccountRow, RawContext, RawPerson, RawTie, RawTop, RawUnit, Record, Val};
use super::validate::{AccountField, CsvHeaders, Sources};
use crate::diag::{Diagnostic, Location};
use crate::i18n::Msg;
use crate::vocab::did_you_mean;

/// One CSV file's name (as shown in messages) and decoded text.
#[derive(Debug, Clone)]
pub struct CsvText {
    /// The name shown in messages.
    pub name: String,
    /// The decoded text.
    pub text: String,
}

/// Reads the CSV files into the raw form, with the sources to locate problems and the
/// problems found in the files' shape (headers, ragged rows, unknown account fields).
pub fn parse(
    people: &CsvText,
    units: Option<&CsvText>,
    ties: Option<&CsvText>,
    account: Option<&CsvText>,
) -> (RawTop, Sources, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let mut headers = CsvHeaders::default();
    let mut top = RawTop::default();
    let (p, h) = records::<RawPerson>(people, &mut diags);
    top.people.items = p;
    headers.people = h;
    if let Some(u) = units {
        let (items, h) = records::<RawUnit>(u, &mut diags);
        top.units.items = items;
        headers.units = h;
    }
    if let Some(t) = ties {
        let (items, h) = records::<RawTie>(t, &mut diags);
        top.ties.items = items;
        headers.ties = h;
    }
    if let Some(a) = account {
        headers.account = account_fields(a, &mut top, &mut diags);
    }
    let sources = Sources {
        main: people.name.clone(),
        units: units.map(|u| u.name.clone()),
        ties: ties.map(|t| t.name.clone()),
        account: account.map(|a| a.name.clone()),
        csv_headers: Some(headers),
    };
    (top, sources, diags)
}

/// Tab-separated when the header line has tabs and no commas (Excel's "Unicode text").
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    if first.contains('\t') && !first.contains(',') { b'\t' } else { b',' }
}

/// Reads one file's records; returns them with, for each record key, the header text
/// and its 1-based column.
fn records<R: Record>(file: &CsvText, diags: &mut Vec<Diagnostic>) -> (Vec<R>, Vec<Option<(String, u64)>>) {
    let delim = delimiter(&file.text);
    // Lines from byte positions: the csv crate's own count is off on `\r` line ends.
    let lines = super::lines::LineIndex::new(&file.text);
    if let Some(line) = super::lines::unclosed_quote(&file.text, delim) {
        let loc = Location { file: file.name.clone(), line: Some(line), ..Location::default() };
        diags.push(Diagnostic::error("unclosed-quote", loc, Msg::new("sheet-unclosed-quote")));
    }
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(delim)
        .flexible(true)
        .has_headers(false)
        .from_reader(file.text.as_bytes());
    let at = |line: u64| Location { file: file.name.clone(), line: Some(line), ..Location::default() };
    let mut rows = rdr.records();
    let header = loop {
        match rows.next() {
            None => {
                diags.push(Diagnostic::error(
                    "empty-file",
                    Location::file(&file.name),
                    Msg::new("diag-empty-file"),
                ));
                return (Vec::new(), vec![None; R::KEYS.len()]);
            }
            Some(Err(e)) => {
                diags.push(Diagnostic::error(
                    "csv-syntax",
                    at(e.position().map_or(1, |p| lines.record_line(&file.text, p.byte()))),
                    Msg::new("diag-csv-syntax").arg("reason", e.to_string()),
                ));
                return (Vec::new(), vec![None; R::KEYS.len()]);
            }
            Some(Ok(r)) if r.iter().all(|c| c.trim().is_empty()) => continue,
            Some(Ok(r)) => break r,
        }
    };
    let header_line = header.position().map_or(1, |p| lines.record_line(&file.text, p.byte()));
    let mut cols: Vec<Option<usize>> = Vec::with_capacity(header.len());
    let mut by_key: Vec<Option<(String, u64)>> = vec![None; R::KEYS.len()];
    for (ci, cell) in header.iter().enumerate() {
        let name = cell.trim();
        let loc = Location { column: Some(ci as u64 + 1), ..at(header_line) };
        if name.is_empty() {
            cols.push(None);
            continue;
        }
        // Headers in Traditional Chinese (`編號`, `立場`) name the same columns.
        match R::key_ix(name).or_else(|| R::key_ix(&crate::vocab::to_simplified(name))) {
            Some(k) if by_key[k].is_none() => {
                by_key[k] = Some((name.to_string(), ci as u64 + 1));
                cols.push(Some(k));
            }
            Some(k) => {
                let first = by_key[k].as_ref().map_or("", |(n, _)| n.as_str());
                let msg = Msg::new("diag-duplicate-column").arg("column", name).arg("first", first);
                diags.push(Diagnostic::warning("duplicate-column", loc, msg));
                cols.push(None);
            }
            None => {
                let msg = match did_you_mean(name, R::all_keys()) {
                    Some(s) => {
                        Msg::new("diag-unknown-column-suggest").arg("column", name).arg("suggestion", s)
                    }
                    None => Msg::new("diag-unknown-column").arg("column", name),
                };
                diags.push(Diagnostic::warning("unknown-column", loc, msg));
                cols.push(None);
            }
        }
    }
    let has_id = match R::SECTION {
        "ties" | "account" => by_key[0].is_some() && by_key[1].is_some(),
        _ => by_key[0].is_some(),
    };
    if !has_id {
        let need = match R::SECTION {
            "ties" => "diag-needs-tie-columns",
            "account" => "diag-needs-account-columns",
            _ => "diag-needs-id-column",
        };
        diags.push(Diagnostic::error("missing-column", at(header_line), Msg::new(need)));
        return (Vec::new(), by_key);
    }
    let mut out = Vec::new();
    for row in rows {
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                diags.push(Diagnostic::error(
                    "csv-syntax",
                    at(e.position().map_or(0, |p| lines.record_line(&file.text, p.byte()))),
                    Msg::new("diag-csv-syntax").arg("reason", e.to_string()),
                ));
                continue;
            }
        };
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let line = row.position().map_or(0, |p| lines.record_line(&file.text, p.byte()));
        if row.len() > cols.len() && row.iter().skip(cols.len()).any(|c| !c.trim().is_empty()) {
            let msg = Msg::new("diag-ragged-row").arg("cells", row.len()).arg("columns", cols.len());
            diags.push(Diagnostic::error("ragged-row", at(line), msg));
            continue;
        }
        let mut r = R::default();
        for (cell, col) in row.iter().zip(&cols) {
            if let Some(k) = col {
                r.set_text(*k, &fold_id_digits(R::KEYS[*k][0], cell));
            }
        }
        r.set_line(line);
        out.push(r);
    }
    (out, by_key)
}

/// Id columns with full-width digits (`１２`, as a Chinese input method types them)
/// read as ASCII digits, so that they match the ids they name; numbers and vocabulary
/// columns are folded when parsed, and names and notes are kept as written.
fn fold_id_digits<'a>(key: &str, cell: &'a str) -> std::borrow::Cow<'a, str> {
    let is_id = matches!(key, "id" | "parent" | "unit" | "reports_to" | "from" | "to");
    if is_id && cell.chars().any(|c| ('０'..='９').contains(&c)) {
        let folded = cell.chars().map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        });
        return folded.collect::<String>().into();
    }
    cell.into()
}

/// Is this top-level key one `account.csv` cannot give (the context as a whole, a list
/// of records, or the editor's `$schema`)?
fn not_an_account_field(key: &str) -> bool {
    matches!(key, "context" | "units" | "people" | "ties" | "$schema")
}

/// The fields `account.csv` may give: the map's own (not its lists of records) and the
/// context's.
fn account_keys() -> impl Iterator<Item = &'static str> {
    RawTop::KEYS
        .iter()
        .filter(|names| !not_an_account_field(names[0]))
        .chain(RawContext::KEYS)
        .flat_map(|names| names.iter().copied())
}

/// Reads `account.csv` (`field,value` / `字段,值`, one row per field) into the map's own
/// fields and its context; returns where each field was given. O(n) in the text.
fn account_fields(file: &CsvText, top: &mut RawTop, diags: &mut Vec<Diagnostic>) -> Vec<AccountField> {
    let (rows, header) = records::<RawAccountRow>(file, diags);
    let column = header.get(1).and_then(|h| h.as_ref()).map_or(2, |(_, c)| *c);
    let at = |line: u64| Location { file: file.name.clone(), line: Some(line), ..Location::default() };
    let mut given: Vec<AccountField> = Vec::new();
    for mut row in rows {
        let value = match row.value.take() {
            Val::Ok(v) => v,
            _ => String::new(),
        };
        let Val::Ok(name) = row.field.take() else {
            if !value.is_empty() {
                let msg = Msg::new("diag-value-without-field").arg("value", value);
                diags.push(Diagnostic::warning("unknown-field", at(row.line), msg));
            }
            continue;
        };
        let simplified = crate::vocab::to_simplified(&name);
        // As written (a Traditional alias such as 專案), else in Simplified characters.
        let top_ix = RawTop::key_ix(&name)
            .or_else(|| RawTop::key_ix(&simplified))
            .filter(|&ix| !not_an_account_field(RawTop::KEYS[ix][0]));
        let context_ix = RawContext::key_ix(&name).or_else(|| RawContext::key_ix(&simplified));
        let (key, in_context, ix) = match (top_ix, context_ix) {
            (Some(ix), _) => (RawTop::KEYS[ix][0], false, ix),
            (None, Some(ix)) => (RawContext::KEYS[ix][0], true, ix),
            (None, None) => {
                let msg = match did_you_mean(&name, account_keys()) {
                    Some(s) => {
                        Msg::new("diag-unknown-field-suggest").arg("field", &name).arg("suggestion", s)
                    }
                    None => Msg::new("diag-unknown-field").arg("field", &name),
                };
                diags.push(Diagnostic::warning("unknown-field", at(row.line), msg));
                continue;
            }
        };
        if let Some(first) = given.iter().find(|f| f.key == key) {
            let msg = Msg::new("diag-duplicate-field")
                .arg("field", &name)
                .arg("first", &first.written)
                .arg("line", first.line);
            diags.push(Diagnostic::warning("duplicate-field", at(row.line), msg));
            continue;
        }
        if in_context {
            top.context.set_text(ix, &value);
        } else {
            top.set_text(ix, &value);
        }
        given.push(AccountField { key, written: name, line: row.line, column });
    }
    given
}
