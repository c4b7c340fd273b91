//! Helpers shared by the integration tests: loading texts in memory, writing files into
//! a temporary directory, and picking diagnostics apart.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use powermap::diag::Diagnostic;
use powermap::load::csv::CsvText;
use powermap::load::{CsvFiles, LoadError, Loaded};

/// The repository's root, where `data/` is.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file of the repository's `data/` directory.
pub fn data(rel: &str) -> PathBuf {
    root().join("data").join(rel)
}

/// A CSV text with a name, as if read from a file.
pub fn csv(name: &str, text: &str) -> CsvText {
    CsvText { name: name.to_string(), text: text.to_string() }
}

/// Loads CSV texts in memory: people, then optional units, ties and account.
pub fn load_csv(
    people: &str,
    units: Option<&str>,
    ties: Option<&str>,
    account: Option<&str>,
) -> Result<Loaded, LoadError> {
    let p = csv("people.csv", people);
    let u = units.map(|t| csv("units.csv", t));
    let t = ties.map(|t| csv("ties.csv", t));
    let a = account.map(|t| csv("account.csv", t));
    powermap::load::load_csv(&CsvFiles {
        people: &p,
        units: u.as_ref(),
        ties: t.as_ref(),
        account: a.as_ref(),
    })
}

/// Loads a JSON text in memory under the name `map.json`.
pub fn load_json(text: &str) -> Result<Loaded, LoadError> {
    powermap::load::load_json_str(text, "map.json")
}

/// The loaded map, or a panic listing every diagnostic (for tests of valid input).
pub fn ok(r: Result<Loaded, LoadError>) -> Loaded {
    match r {
        Ok(l) => l,
        Err(LoadError::Invalid { diagnostics, .. }) => {
            let all: Vec<String> = diagnostics.iter().map(|d| d.to_string()).collect();
            panic!("the map was refused:\n{}", all.join("\n"))
        }
        Err(e) => panic!("the map could not be read: {e}"),
    }
}

/// Every diagnostic of a refused map (panics when the map loaded).
pub fn refused(r: Result<Loaded, LoadError>) -> Vec<Diagnostic> {
    match r {
        Ok(l) => panic!("the map was accepted; warnings: {:?}", l.warnings),
        Err(LoadError::Invalid { diagnostics, .. }) => diagnostics,
        Err(e) => panic!("expected a refused map, got an I/O error: {e}"),
    }
}

/// Every diagnostic, whether the map loaded (its warnings) or not.
pub fn diagnostics(r: Result<Loaded, LoadError>) -> Vec<Diagnostic> {
    match r {
        Ok(l) => l.warnings,
        Err(LoadError::Invalid { diagnostics, .. }) => diagnostics,
        Err(e) => panic!("the map could not be read: {e}"),
    }
}

/// The diagnostics of one kind, displayed as the user sees them.
pub fn lines_of(diags: &[Diagnostic], code: &str) -> Vec<String> {
    diags.iter().filter(|d| d.code == code).map(|d| d.to_string()).collect()
}

/// Asserts that exactly one diagnostic of this kind was reported, displayed exactly so.
pub fn assert_one(diags: &[Diagnostic], code: &str, shown: &str) {
    let got = lines_of(diags, code);
    let all: Vec<String> = diags.iter().map(|d| format!("[{}] {d}", d.code)).collect();
    assert_eq!(got, vec![shown.to_string()], "all diagnostics:\n{}", all.join("\n"));
}

/// Writes a file (creating directories) and returns its path.
pub fn write(dir: &Path, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

/// A fresh temporary directory.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}
