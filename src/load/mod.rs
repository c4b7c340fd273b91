//! Loading maps: from a JSON file, JSON on standard input, CSV files (`people.csv` with
//! `ties.csv` and `units.csv` beside it, or a directory holding them), or the North
//! China map built into the binary. Every problem is reported at once, located.

mod by_name;
pub mod csv;
pub mod discover;
pub mod json;
pub mod key;
pub mod lines;
pub mod locate;
pub mod raw;
pub mod records;
pub mod sniff;
pub mod text;
pub mod validate;
pub mod workbook;

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Location, Severity};
use crate::model::Map;

/// The North China grid case (the seed's 电气自动化案例), built into the binary.
pub const EMBEDDED_MAP: &str = include_str!("../../data/north-china-grid.json");
/// The name the built-in map goes by in messages.
pub const EMBEDDED_NAME: &str = "north-china-grid.json (built in)";

/// Where a map comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapSource {
    /// The built-in North China map.
    Embedded,
    /// JSON on standard input (`-`).
    Stdin,
    /// A JSON file, a CSV file, or a directory of CSV files.
    Path(PathBuf),
}

impl MapSource {
    /// `-` is standard input; anything else a path.
    pub fn from_arg(arg: Option<&Path>) -> MapSource {
        match arg {
            None => MapSource::Embedded,
            Some(p) if p == Path::new("-") => MapSource::Stdin,
            Some(p) => MapSource::Path(p.to_path_buf()),
        }
    }
}

/// A map that loaded, with its warnings.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The map.
    pub map: Map,
    /// Warnings (never errors), located.
    pub warnings: Vec<Diagnostic>,
    /// The name the map goes by in messages.
    pub name: String,
}

/// Why a map could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// The map was refused: every problem found (errors and warnings), located.
    #[error("{} refused: {} error(s)", .name, .diagnostics.iter().filter(|d| d.is_error()).count())]
    Invalid {
        /// The map's name.
        name: String,
        /// Every problem, errors and warnings, in file order.
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    fn one(name: &str, loc: Location, code: &'static str, msg: impl Into<crate::i18n::Msg>) -> LoadError {
        LoadError::Invalid { name: name.to_string(), diagnostics: vec![Diagnostic::error(code, loc, msg)] }
    }
}

/// Loads and checks a map from wherever it comes.
pub fn load(source: &MapSource) -> Result<Loaded, LoadError> {
    match source {
        MapSource::Embedded => load_json_str(EMBEDDED_MAP, EMBEDDED_NAME),
        MapSource::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| LoadError::Io { path: "-".into(), source: e })?;
            load_json_bytes(&bytes, "-")
        }
        MapSource::Path(p) => load_path(p),
    }
}

/// Loads a path: a `.json` file, a `.csv` file (the people file), or a directory.
pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| LoadError::Io { path: shown.clone(), source: e })?;
    if meta.is_dir() {
        let people = ["people.csv", "人员.csv"].iter().map(|n| path.join(n)).find(|p| p.is_file());
        let Some(people) = people else {
            if let Some(one) = discover::map_in_dir(path) {
                return load_path(&one);
            }
            let json: Vec<_> = std::fs::read_dir(path)
                .map(|d| {
                    d.filter_map(|e| e.ok())
                        .map(|e| e.path())
                        .filter(|p| p.extension().is_some_and(|x| x == "json"))
                        .collect()
                })
                .unwrap_or_default();
            let hint = match json.as_slice() {
                [one] => format!(" (to read the JSON map there, name it: {})", one.display()),
                _ => String::new(),
            };
            return Err(LoadError::one(
                &shown,
                Location::file(&shown),
                "no-map",
                format!("this directory has no people.csv{hint}"),
            ));
        };
        return load_csv_files(&people);
    }
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("csv") | Some("tsv") | Some("txt") => load_csv_files(path),
        _ => {
            let bytes = read(path)?;
            let kind = sniff::sniff(&bytes);
            let workbook_ext = matches!(ext.as_deref(), Some("xlsx" | "xlsm" | "xls" | "ods"));
            if kind.is_workbook()
                || kind == sniff::Kind::Encrypted
                || (workbook_ext && matches!(kind, sniff::Kind::Other | sniff::Kind::Zip))
            {
                return workbook::load_workbook_bytes(bytes, &shown);
            }
            if let Some(what) = kind.what_key() {
                let msg = crate::i18n::Msg::new("sheet-not-a-map").arg("what", crate::i18n::Msg::new(what));
                return Err(LoadError::one(&shown, Location::file(&shown), "not-a-map", msg));
            }
            let first =
                bytes.iter().find(|b| !b.is_ascii_whitespace() && **b != 0xEF && **b != 0xBB && **b != 0xBF);
            if ext.as_deref() == Some("json") || matches!(first, Some(b'{') | Some(b'[')) {
                let text = decode_owned(bytes, &shown)?;
                load_json_str(&text, &shown)
            } else {
                Err(LoadError::one(
                    &shown,
                    Location::file(&shown),
                    "unknown-format",
                    "not a map: expected a .json file, a people.csv or a directory holding one".to_string(),
                ))
            }
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>, LoadError> {
    std::fs::read(path).map_err(|e| LoadError::Io { path: path.display().to_string(), source: e })
}

fn decode(bytes: &[u8], name: &str) -> Result<String, LoadError> {
    text::decode(bytes).map(|(s, _)| s).map_err(|e| {
        let loc = Location { line: e.line, ..Location::file(name) };
        LoadError::one(name, loc, "bad-encoding", format!("the file {e}"))
    })
}

fn decode_owned(bytes: Vec<u8>, name: &str) -> Result<String, LoadError> {
    text::decode_owned(bytes).map(|(s, _)| s).map_err(|e| {
        let loc = Location { line: e.line, ..Location::file(name) };
        LoadError::one(name, loc, "bad-encoding", format!("the file {e}"))
    })
}

fn json_sources(name: &str) -> validate::Sources {
    validate::Sources { main: name.to_string(), units: None, ties: None, account: None, csv_headers: None }
}

/// Loads JSON bytes in any supported encoding.
pub fn load_json_bytes(bytes: &[u8], name: &str) -> Result<Loaded, LoadError> {
    let text = decode(bytes, name)?;
    load_json_str(&text, name)
}

/// Loads and checks a JSON map.
pub fn load_json_str(text: &str, name: &str) -> Result<Loaded, LoadError> {
    let raw = json::parse(text, name)
        .map_err(|d| LoadError::Invalid { name: name.to_string(), diagnostics: vec![*d] })?;
    let (map, mut diags) = validate::build(raw, text, &json_sources(name));
    json::add_lines(text, &mut diags);
    finish(map, diags, name)
}

/// The files beside a people file.
#[derive(Debug, Default)]
struct Siblings {
    ties: Option<PathBuf>,
    units: Option<PathBuf>,
    account: Option<PathBuf>,
}

/// The files beside a people file: `ties.csv`, `units.csv` and `account.csv`, or the
/// same name with `people` replaced (`acme-people.csv` → `acme-ties.csv`), or the
/// Chinese names (`人员.csv` → `关系.csv`, `部门.csv`, `客户.csv`).
fn siblings(people: &Path) -> Siblings {
    let dir = people.parent().unwrap_or(Path::new("."));
    let file = people.file_name().and_then(|f| f.to_str()).unwrap_or("");
    let find = |en: &str, zh: &str| -> Option<PathBuf> {
        let mut names = Vec::new();
        if file.contains("people") {
            names.push(file.replace("people", en));
        }
        if file.contains("人员") {
            names.push(file.replace("人员", zh));
        }
        names.push(format!("{en}.csv"));
        names.push(format!("{zh}.csv"));
        names.into_iter().map(|n| dir.join(n)).find(|p| p.is_file() && p != people)
    };
    Siblings {
        ties: find("ties", "关系"), units: find("units", "部门"), account: find("account", "客户")
    }
}

/// Loads a people CSV and the ties, units and account files beside it.
pub fn load_csv_files(people: &Path) -> Result<Loaded, LoadError> {
    let Siblings { ties, units, account } = siblings(people);
    let read_csv = |p: &Path| -> Result<csv::CsvText, LoadError> {
        let name = p.display().to_string();
        let text = decode(&read(p)?, &name)?;
        Ok(csv::CsvText { name, text })
    };
    let p = read_csv(people)?;
    let t = ties.as_deref().map(read_csv).transpose()?;
    let u = units.as_deref().map(read_csv).transpose()?;
    let a = account.as_deref().map(read_csv).transpose()?;
    load_csv(&CsvFiles { people: &p, units: u.as_ref(), ties: t.as_ref(), account: a.as_ref() })
}

/// Loads and checks a map from CSV texts already in memory (no `account.csv`).
pub fn load_csv_texts(
    people: &csv::CsvText,
    units: Option<&csv::CsvText>,
    ties: Option<&csv::CsvText>,
) -> Result<Loaded, LoadError> {
    load_csv(&CsvFiles { people, units, ties, account: None })
}

/// The CSV files of one map, already decoded.
#[derive(Debug, Clone, Copy)]
pub struct CsvFiles<'a> {
    /// `people.csv` (人员.csv).
    pub people: &'a csv::CsvText,
    /// `units.csv` (部门.csv).
    pub units: Option<&'a csv::CsvText>,
    /// `ties.csv` (关系.csv).
    pub ties: Option<&'a csv::CsvText>,
    /// `account.csv` (客户.csv): account, opportunity, competitors, context.
    pub account: Option<&'a csv::CsvText>,
}

/// Loads and checks a map from CSV texts already in memory.
pub fn load_csv(files: &CsvFiles) -> Result<Loaded, LoadError> {
    let people = files.people;
    let (mut raw, sources, mut diags) = csv::parse(people, files.units, files.ties, files.account);
    diags.extend(by_name::resolve(&mut raw, &sources));
    let (map, more) = validate::build(raw, "", &sources);
    diags.extend(more);
    let map = if diags.iter().any(Diagnostic::is_error) { None } else { map };
    finish(map, diags, &people.name)
}

fn finish(map: Option<Map>, mut diags: Vec<Diagnostic>, name: &str) -> Result<Loaded, LoadError> {
    // File order: by file, then line; problems without a line after those with one.
    diags.sort_by(|a, b| {
        (&a.location.file, a.location.line.is_none(), a.location.line, a.severity == Severity::Warning).cmp(
            &(&b.location.file, b.location.line.is_none(), b.location.line, b.severity == Severity::Warning),
        )
    });
    match map {
        Some(map) if !diags.iter().any(Diagnostic::is_error) => {
            Ok(Loaded { map, warnings: diags, name: name.to_string() })
        }
        _ => Err(LoadError::Invalid { name: name.to_string(), diagnostics: diags }),
    }
}
