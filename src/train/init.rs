//! Starter spreadsheets for a new map: `people.csv`, `ties.csv`, `units.csv` and
//! `account.csv` with headers in English or Chinese and two example rows each, which
//! load cleanly. Existing files are never overwritten.

use std::path::{Path, PathBuf};

use crate::i18n::Msg;
use crate::vocab::Lang;

/// The byte-order mark Excel needs to read UTF-8 Chinese correctly; powermap skips it.
const BOM: &str = "\u{FEFF}";

/// The starter spreadsheets of each language, as a translator or trainer edits them:
/// `data/init/<lang>/` (headers the loader reads, two example rows that load cleanly).
macro_rules! starter {
    ($lang:literal) => {
        [
            include_str!(concat!("../../data/init/", $lang, "/people.csv")),
            include_str!(concat!("../../data/init/", $lang, "/ties.csv")),
            include_str!(concat!("../../data/init/", $lang, "/units.csv")),
            include_str!(concat!("../../data/init/", $lang, "/account.csv")),
        ]
    };
}

/// The file names of the starter files, in the order written.
const NAMES: [&str; 4] = ["people.csv", "ties.csv", "units.csv", "account.csv"];

/// The starter files: (file name, contents), in the order written. Traditional Chinese
/// gets the Chinese headers and examples, which the loader reads.
pub fn starter_files(lang: Lang) -> [(&'static str, String); 4] {
    let texts = if lang.is_chinese() { starter!("zh") } else { starter!("en") };
    std::array::from_fn(|i| (NAMES[i], format!("{BOM}{}", texts[i])))
}

/// Why the starter files were not written. [`InitError::message`] gives the words in
/// any language; `Display` shows them in English.
#[derive(Debug, thiserror::Error)]
pub enum InitError {
    /// Some of the files exist already; nothing was written.
    #[error("{}", self.message().render(Lang::En))]
    Exists(Vec<PathBuf>),
    /// A directory or file could not be written.
    #[error("{}", self.message().render(Lang::En))]
    Io {
        /// The path.
        path: String,
        /// Why.
        source: std::io::Error,
    },
}

impl InitError {
    /// What went wrong: a code and its parameters.
    pub fn message(&self) -> Msg {
        match self {
            InitError::Exists(paths) => Msg::new("init-exists")
                .arg("paths", paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>())
                .arg("n", paths.len()),
            InitError::Io { path, source } => {
                Msg::new("init-io").arg("path", path.as_str()).arg("error", source.to_string())
            }
        }
    }
}

/// Writes the starter files into `dir` (created if needed), each atomically. Every
/// target is checked first: if any exists, nothing is written. Returns the paths written.
pub fn write_starter(dir: &Path, lang: Lang) -> Result<Vec<PathBuf>, InitError> {
    let files = starter_files(lang);
    let existing: Vec<PathBuf> =
        files.iter().map(|(n, _)| dir.join(n)).filter(|p| p.symlink_metadata().is_ok()).collect();
    if !existing.is_empty() {
        return Err(InitError::Exists(existing));
    }
    std::fs::create_dir_all(dir).map_err(|e| InitError::Io { path: dir.display().to_string(), source: e })?;
    let mut written = Vec::new();
    for (name, text) in &files {
        let path = dir.join(name);
        crate::output::write_atomic(&path, text.as_bytes())
            .map_err(|e| InitError::Io { path: path.display().to_string(), source: e })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::{csv::CsvText, load_csv_texts};

    #[test]
    fn starter_files_load_cleanly_in_both_languages() {
        for lang in [Lang::Zh, Lang::En] {
            let f = starter_files(lang);
            let text =
                |i: usize| CsvText { name: f[i].0.to_string(), text: f[i].1.trim_start_matches(BOM).into() };
            let loaded = load_csv_texts(&text(0), Some(&text(2)), Some(&text(1))).unwrap();
            assert!(loaded.warnings.is_empty(), "{lang:?}: {:?}", loaded.warnings);
            assert_eq!(loaded.map.people.len(), 3);
            assert_eq!(loaded.map.ties.len(), 4, "three ties and one reports_to");
            // Our own side knows someone, so a first analysis finds routes at once.
            let g = crate::graph::OrgGraph::new(&loaded.map);
            let rep = crate::analysis::analyze(&g, &crate::analysis::AnalyzeOptions::default());
            assert!(!rep.paths.is_empty(), "{lang:?}: no route in the template");
            assert_eq!(loaded.map.units.len(), 2);
            for (name, body) in &f {
                assert!(body.starts_with(BOM) && body.lines().count() >= 3, "{name}");
            }
        }
    }

    #[test]
    fn refuses_to_overwrite_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("ties.csv"), "mine").unwrap();
        match write_starter(dir.path(), Lang::En) {
            Err(InitError::Exists(p)) => assert_eq!(p, vec![dir.path().join("ties.csv")]),
            other => panic!("{other:?}"),
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert_eq!(std::fs::read_to_string(dir.path().join("ties.csv")).unwrap(), "mine");
    }
}
