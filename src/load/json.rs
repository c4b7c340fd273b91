//! Reading a map from JSON text into the raw form, and locating problems in it.

use super::locate::locate_with;
use super::raw::{RawContext, RawPerson, RawTie, RawTop, RawUnit, Record};
use crate::diag::{Diagnostic, Location};

/// Parses JSON text. A syntax error is one located diagnostic; everything else the
/// text says is kept for validation, however wrong. O(n) in the text.
pub fn parse(text: &str, file: &str) -> Result<RawTop, Box<Diagnostic>> {
    serde_json::from_str::<RawTop>(text).map_err(|e| {
        // Lists are first read as raw text, whose parser words some errors vaguely
        // ("key must be a string" for a trailing comma); a full parse words them best.
        let e = serde_json::from_str::<serde_json::Value>(text).err().unwrap_or(e);
        let msg = e.to_string();
        let msg = match msg.rfind(" at line ") {
            Some(i) => msg[..i].to_string(),
            None => msg,
        };
        Box::new(Diagnostic::error(
            "json-syntax",
            Location {
                file: file.to_string(),
                line: Some(e.line() as u64),
                // serde_json counts the column of an error at the very start of a line as 0.
                column: Some((e.column() as u64).max(1)),
                ..Location::default()
            },
            format!("not valid JSON: {msg}"),
        ))
    })
}

/// Fills in line and column for diagnostics that carry a JSON path into `text`.
pub fn add_lines(text: &str, diags: &mut [Diagnostic]) {
    let paths: Vec<&str> = diags.iter().filter_map(|d| d.location.path.as_deref()).collect();
    if paths.is_empty() {
        return;
    }
    // A path to a field that is absent (a missing id) points at its record instead.
    let parents: Vec<String> =
        paths.iter().filter_map(|p| p.rfind('.').map(|i| p[..i].to_string())).collect();
    let mut wanted: Vec<&str> = paths.clone();
    wanted.extend(parents.iter().map(String::as_str));
    let found = locate_with(text, &wanted, &canonical_key);
    for d in diags.iter_mut() {
        let Some(p) = d.location.path.as_deref() else { continue };
        let hit = found.get(p).or_else(|| p.rfind('.').and_then(|i| found.get(&p[..i])));
        if let Some(&(l, c)) = hit {
            d.location.line = Some(l);
            d.location.column = Some(c);
        }
    }
}

/// The format's name for a key as the loader reads it (`立场` → `stance`), given the
/// path of the object holding it; None for keys the format does not know.
fn canonical_key(parent: &str, key: &str) -> Option<&'static str> {
    fn name<R: Record>(key: &str) -> Option<&'static str> {
        R::exact_key_ix(key).or_else(|| R::key_ix(key)).map(|ix| R::KEYS[ix][0])
    }
    let section = parent.split('[').next().unwrap_or("");
    let is_item = parent.ends_with(']') && !parent.contains('.');
    match (section, is_item) {
        ("", false) if parent.is_empty() => name::<RawTop>(key),
        ("context", false) if parent == "context" => name::<RawContext>(key),
        ("units", true) => name::<RawUnit>(key),
        ("people", true) => name::<RawPerson>(key),
        ("ties", true) => name::<RawTie>(key),
        _ => None,
    }
}
