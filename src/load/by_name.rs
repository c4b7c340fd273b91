//! Spreadsheet habits: a manager (`上级`) or a tie end written by the person's name
//! instead of their id is read as that person's id, with a warning, when exactly one
//! person has that name and no person has it as id. For the spreadsheet forms (CSV and
//! workbooks), whose records are in memory before they are checked. O(P + T).

use rustc_hash::{FxHashMap, FxHashSet};

use super::raw::{Id, RawPerson, RawTie, RawTop, Record, Val};
use super::validate::Sources;
use crate::diag::{Diagnostic, Location};
use crate::i18n::Msg;

/// Rewrites references by a unique name to ids; returns a warning for each.
pub(super) fn resolve(top: &mut RawTop, src: &Sources) -> Vec<Diagnostic> {
    let ids: FxHashSet<&str> =
        top.people.items.iter().filter_map(|p| p.id.ok().map(|s| s.as_str())).collect();
    let is_unknown = |r: &str| !r.trim().is_empty() && !ids.contains(r.trim());
    let any_managers =
        top.people.items.iter().any(|p| p.reports_to.ok().is_some_and(|m| m.iter().any(|r| is_unknown(r))));
    let any_ends = top
        .ties
        .items
        .iter()
        .any(|t| [&t.from, &t.to].iter().any(|e| e.ok().is_some_and(|i| is_unknown(i.as_str()))));
    if !any_managers && !any_ends {
        return Vec::new();
    }
    // Each name and the one id it names (None when two people share it).
    let mut by_name: FxHashMap<String, Option<String>> = FxHashMap::default();
    for p in &top.people.items {
        if let (Val::Ok(name), Val::Ok(id)) = (&p.name, &p.id) {
            by_name
                .entry(name.trim().to_string())
                .and_modify(|e| *e = None)
                .or_insert_with(|| Some(id.clone()));
        }
    }
    by_name.retain(|name, _| !ids.contains(name.as_str()));
    drop(ids);
    let column = |cols: Option<&Vec<Option<(String, u64)>>>, ix: Option<usize>| {
        cols.and_then(|c| c.get(ix?)?.as_ref()).map(|(_, c)| *c)
    };
    let headers = src.csv_headers.as_ref();
    let mut out = Vec::new();
    let mut warn = |file: &str, line: u64, col: Option<u64>, name: &str, id: &str| {
        let loc = Location { line: Some(line), column: col, ..Location::file(file) };
        let msg = Msg::new("sheet-name-as-id").arg("name", name).arg("id", id);
        out.push(Diagnostic::warning("name-as-id", loc, msg));
    };
    let reports_col = column(headers.map(|h| &h.people), RawPerson::exact_key_ix("reports_to"));
    for p in &mut top.people.items {
        let Val::Ok(managers) = &mut p.reports_to else { continue };
        for m in managers.iter_mut() {
            if let Some(Some(id)) = by_name.get(m.trim()) {
                warn(&src.main, p.line, reports_col, m.trim(), id);
                *m = id.clone();
            }
        }
    }
    let ties_file = src.ties.as_deref().unwrap_or(&src.main);
    let ties = headers.map(|h| &h.ties);
    let cols = [column(ties, RawTie::exact_key_ix("from")), column(ties, RawTie::exact_key_ix("to"))];
    for t in &mut top.ties.items {
        for (end, col) in [&mut t.from, &mut t.to].into_iter().zip(cols) {
            let Val::Ok(written) = end else { continue };
            if let Some(Some(id)) = by_name.get(written.as_str()) {
                warn(ties_file, t.line, col, written.as_str(), id);
                *end = Val::Ok(Id::new(id));
            }
        }
    }
    out
}
