//! Loading maps: from a JSON file, JSON on standard input, CSV files (`people.csv` with
//! `ties.csv` and `units.csv` beside it, or a directory holding them), or the North
//! China map built into the binary. Every problem is reported at once, located.

pub mod bounded;
mod by_name;
pub mod csv;
pub mod discover;
pub mod json;
pub mod key;
pub mod lines;
pub mod locate;
pub mod raw;
pub mod records;
mod scan;
pub mod sniff;
pub mod text;
pub mod validate;
pub mod workbook;

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Location, Severity};
use crate::i18n::{Lang, Msg};
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
    /// The language the map is written in, judged from what was read (see
    /// [`LoadError::Invalid`]'s `lang`): the language its diagnostics are shown in when
    /// the user does not choose one.
    pub lang: Option<Lang>,
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
    #[error("{}", refused(.name, .diagnostics).render(Lang::En))]
    Invalid {
        /// The map's name.
        name: String,
        /// Every problem, errors and warnings, in file order.
        diagnostics: Vec<Diagnostic>,
        /// The language the map is written in, judged from what was read even though it
        /// was refused: the names and titles of its people, units and account; for CSV,
        /// Chinese headers mean Chinese; for JSON that could not be read as a map, the
        /// text of its values. `None` when nothing read tells (an unreadable file).
        lang: Option<Lang>,
    },
}

/// `{map}: refused: {errors} errors, {warnings} warnings`.
pub fn refused(name: &str, diagnostics: &[Diagnostic]) -> Msg {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    Msg::new("diag-refused")
        .arg("map", name)
        .arg("errors", errors)
        .arg("warnings", diagnostics.len() - errors)
}

impl LoadError {
    fn one(name: &str, loc: Location, code: &'static str, msg: Msg) -> LoadError {
        LoadError::Invalid {
            name: name.to_string(),
            diagnostics: vec![Diagnostic::error(code, loc, msg)],
            lang: None,
        }
    }

    /// The language of the map refused, as judged from what was read (`None` for an
    /// I/O error).
    pub fn lang(&self) -> Option<Lang> {
        match self {
            LoadError::Invalid { lang, .. } => *lang,
            LoadError::Io { .. } => None,
        }
    }
}

/// Loads and checks a map from wherever it comes.
pub fn load(source: &MapSource) -> Result<Loaded, LoadError> {
    match source {
        MapSource::Embedded => load_json_str(EMBEDDED_MAP, EMBEDDED_NAME),
        MapSource::Stdin => {
            let bytes =
                bounded::read_text(std::io::stdin().lock(), None).map_err(|e| refused_input(e, "-"))?;
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
        let people =
            ["people.csv", "人员.csv", "人員.csv"].iter().map(|n| path.join(n)).find(|p| p.is_file());
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
            let msg = match json.as_slice() {
                [one] => Msg::new("diag-no-people-csv-json").arg("file", one.display().to_string()),
                _ => Msg::new("diag-no-people-csv"),
            };
            return Err(LoadError::one(&shown, Location::file(&shown), "no-map", msg));
        };
        return load_csv_files(&people);
    }
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("csv") | Some("tsv") | Some("txt") => load_csv_files(path),
        _ => {
            let bytes = read_any(path)?;
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
            if bytes.iter().take(8192).any(|&b| b == 0)
                && !bytes.starts_with(&[0xFF, 0xFE])
                && !bytes.starts_with(&[0xFE, 0xFF])
            {
                return Err(refused_input(bounded::Refused::NotText, &shown));
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
                    Msg::new("diag-unknown-format"),
                ))
            }
        }
    }
}

/// Reads a text file with a bound (see [`bounded`]): binary files and files over the
/// bound are refused, located, before they are read in full.
fn read(path: &Path) -> Result<Vec<u8>, LoadError> {
    let name = path.display().to_string();
    let io = |e| LoadError::Io { path: name.clone(), source: e };
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    bounded::read_text(file, meta.is_file().then_some(meta.len())).map_err(|e| refused_input(e, &name))
}

/// A file that may be a workbook or another binary file: a regular file is read whole
/// (within the size bound) so that it can be told apart by its bytes; anything else
/// (a device, a pipe) must be text, sniffed before it is read ([`read`]).
fn read_any(path: &Path) -> Result<Vec<u8>, LoadError> {
    let name = path.display().to_string();
    let io = |e| LoadError::Io { path: name.clone(), source: e };
    let file = std::fs::File::open(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return read(path);
    }
    bounded::read_bytes(file, Some(meta.len())).map_err(|e| refused_input(e, &name))
}

/// An input that [`bounded::read_text`] refused, as a load error.
fn refused_input(e: bounded::Refused, name: &str) -> LoadError {
    let (code, msg) = match e {
        bounded::Refused::Io(source) => return LoadError::Io { path: name.to_string(), source },
        bounded::Refused::TooBig { limit } => (
            "too-big",
            crate::i18n::Msg::new("robust-too-big")
                .arg("limit", bounded::size_text(limit))
                .arg("env", bounded::MAX_INPUT_ENV),
        ),
        bounded::Refused::NotText => ("not-text", crate::i18n::Msg::new("robust-not-text")),
    };
    LoadError::Invalid {
        name: name.to_string(),
        diagnostics: vec![Diagnostic::error(code, Location::file(name), msg)],
        lang: None,
    }
}

/// The files a map is read from (a CSV folder's or a people.csv's files beside it),
/// so that an output is never written onto one of them. Empty for the built-in map
/// and standard input.
pub fn input_files(source: &MapSource) -> Vec<PathBuf> {
    let MapSource::Path(p) = source else { return Vec::new() };
    let people = if p.is_dir() {
        ["people.csv", "人员.csv"].iter().map(|n| p.join(n)).find(|f| f.is_file())
    } else if p
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "csv" | "tsv" | "txt"))
    {
        Some(p.clone())
    } else {
        return vec![p.clone()];
    };
    let Some(people) = people else { return vec![p.clone()] };
    let Siblings { ties, units, account } = siblings(&people);
    [Some(people), ties, units, account].into_iter().flatten().collect()
}

fn decode(bytes: &[u8], name: &str) -> Result<String, LoadError> {
    text::decode(bytes).map(|(s, _)| s).map_err(|e| {
        let loc = Location { line: e.line, ..Location::file(name) };
        LoadError::one(name, loc, "bad-encoding", e.msg)
    })
}

fn decode_owned(bytes: Vec<u8>, name: &str) -> Result<String, LoadError> {
    text::decode_owned(bytes).map(|(s, _)| s).map_err(|e| {
        let loc = Location { line: e.line, ..Location::file(name) };
        LoadError::one(name, loc, "bad-encoding", e.msg)
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
    load_json_with(text, name, true)
}

/// [`load_json_str`], trying [`json::parse_quick`] first when `quick`.
fn load_json_with(text: &str, name: &str, quick: bool) -> Result<Loaded, LoadError> {
    // Most maps are read in one pass over their lists ([`json::parse_quick`]); one whose
    // lists held a record that could not be read is read again as before (parsed whole
    // first), so that a syntax error anywhere is reported as such, and alone.
    if let Some(raw) = quick.then(|| json::parse_quick(text)).flatten() {
        let (map, diags) = validate::build_all(raw, text, &json_sources(name));
        if !diags.iter().any(|d| d.code == validate::UNREADABLE) {
            return finish_json(text, name, map, diags);
        }
    }
    let raw = json::parse(text, name).map_err(|d| LoadError::Invalid {
        name: name.to_string(),
        diagnostics: vec![*d],
        lang: json::text_lang(text),
    })?;
    let (map, diags) = validate::build_all(raw, text, &json_sources(name));
    finish_json(text, name, map, diags)
}

/// The end of [`load_json_str`]: the diagnostics located by line, the map's language.
fn finish_json(text: &str, name: &str, map: Map, mut diags: Vec<Diagnostic>) -> Result<Loaded, LoadError> {
    json::add_lines(text, &mut diags);
    let lang = map.language().or_else(|| json::text_lang(text));
    finish(map, diags, name, lang)
}

/// The files beside a people file.
#[derive(Debug, Default)]
pub struct Siblings {
    /// The ties file.
    pub ties: Option<PathBuf>,
    /// The units file.
    pub units: Option<PathBuf>,
    /// The account file.
    pub account: Option<PathBuf>,
}

/// The files beside a people file: `ties.csv`, `units.csv` and `account.csv`, or the
/// same name with `people` replaced (`acme-people.csv` → `acme-ties.csv`), or the
/// Chinese names (`人员.csv` → `关系.csv`, `部门.csv`, `客户.csv`), in either script
/// (`人員.csv` → `關係.csv`, `部門.csv`, `客戶.csv`).
pub fn siblings(people: &Path) -> Siblings {
    let dir = people.parent().unwrap_or(Path::new("."));
    let file = people.file_name().and_then(|f| f.to_str()).unwrap_or("");
    let find = |en: &str, zh: &str, hant: &str| -> Option<PathBuf> {
        let mut names = Vec::new();
        if file.contains("people") {
            names.push(file.replace("people", en));
        }
        if file.contains("人员") {
            names.push(file.replace("人员", zh));
        }
        if file.contains("人員") {
            names.push(file.replace("人員", hant));
        }
        names.push(format!("{en}.csv"));
        names.push(format!("{zh}.csv"));
        names.push(format!("{hant}.csv"));
        names.into_iter().map(|n| dir.join(n)).find(|p| p.is_file() && p != people)
    };
    Siblings {
        ties: find("ties", "关系", "關係"),
        units: find("units", "部门", "部門"),
        account: find("account", "客户", "客戶"),
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
    let (map, more) = validate::build_all(raw, "", &sources);
    diags.extend(more);
    let lang = csv_lang(&map, sources.csv_headers.as_ref());
    finish(map, diags, &people.name, lang)
}

/// The language of a map read from CSV: Chinese when its headers are (the user chose to
/// write them so), in the script its headers and names are written in; otherwise the
/// language of its names, titles and units (English headers are the format's own, no
/// sign of English).
pub(super) fn csv_lang(map: &Map, headers: Option<&validate::CsvHeaders>) -> Option<Lang> {
    let written: Vec<&str> = headers
        .map(|h| {
            [&h.people, &h.units, &h.ties]
                .into_iter()
                .flatten()
                .flatten()
                .map(|(text, _)| text.as_str())
                .chain(h.account.iter().map(|f| f.written.as_str()))
                .collect()
        })
        .unwrap_or_default();
    let names = map.language();
    match Lang::of_text(written.iter().copied()) {
        Some(l) if l.is_chinese() => {
            let hant = names == Some(Lang::ZhHant) || l == Lang::ZhHant;
            Some(if hant { Lang::ZhHant } else { Lang::Zh })
        }
        _ => names,
    }
}

/// Sorts the diagnostics into file order and accepts the map when none is an error.
fn finish(map: Map, mut diags: Vec<Diagnostic>, name: &str, lang: Option<Lang>) -> Result<Loaded, LoadError> {
    // File order: by file, then line; problems without a line after those with one;
    // within a line the errors before the warnings, each in column order.
    let key = |d: &Diagnostic| {
        let at = &d.location;
        (at.line.is_none(), at.line, d.severity == Severity::Warning, at.column)
    };
    diags.sort_by(|a, b| a.location.file.cmp(&b.location.file).then_with(|| key(a).cmp(&key(b))));
    if diags.iter().any(Diagnostic::is_error) {
        Err(LoadError::Invalid { name: name.to_string(), diagnostics: diags, lang })
    } else {
        Ok(Loaded { map, warnings: diags, name: name.to_string(), lang })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Maps to break: every section, Chinese keys, a context, grading notes.
    const MAPS: &[&str] = &[
        include_str!("../../data/acme-hospital.json"),
        include_str!("../../data/north-china-grid.json"),
        include_str!("../../data/org-influence-company.json"),
    ];

    /// What is put into a map: JSON's punctuation, escapes, the unreadable (a lone
    /// surrogate, a number too large), a repeated or unknown key, words.
    const INSERTS: &[&str] = &[
        ",",
        "]",
        "}",
        "{",
        "[",
        "\"",
        "\\",
        ":",
        " ",
        "x",
        "1",
        "-",
        "null",
        "\\ud800",
        "1e400",
        "\"people\": [],",
        "\"ties\": 3,",
        "\"zz\": {\"a\": [1]},",
        "{}",
        "[]",
        "\u{0}",
        "\n",
        "\u{3000}",
    ];

    /// `text` with one change at about `at` (a fraction of its length).
    fn mutate(text: &str, at: f64, op: usize) -> String {
        let mut i = ((text.len() as f64) * at) as usize;
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        match op {
            0 => text[..i].to_string(),
            1 => {
                let next = text[i..].chars().next().map_or(0, char::len_utf8);
                format!("{}{}", &text[..i], &text[i + next..])
            }
            k => format!("{}{}{}", &text[..i], INSERTS[(k - 2) % INSERTS.len()], &text[i..]),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 600, ..ProptestConfig::default() })]

        /// Reading a map in one pass over its lists gives what parsing it whole first
        /// gives: the same map, the same diagnostics (a syntax error alone, located),
        /// however the text is broken.
        #[test]
        fn the_quick_reading_agrees_with_the_whole_parse(
            map in 0..MAPS.len(),
            changes in prop::collection::vec((0.0f64..1.0, 0usize..2 + INSERTS.len()), 0..3),
        ) {
            let mut text = MAPS[map].to_string();
            for (at, op) in changes {
                text = mutate(&text, at, op);
            }
            let quick = format!("{:?}", load_json_with(&text, "m.json", true));
            let whole = format!("{:?}", load_json_with(&text, "m.json", false));
            prop_assert_eq!(quick, whole, "{}", text);
        }
    }

    /// A list of ties long enough to be checked in two shares, broken in either one,
    /// between them, or after its end: refused as the whole parse refuses it.
    #[test]
    fn a_broken_list_read_in_shares_is_refused_as_before() {
        let map = crate::generate::generate_shaped(9000, 3, crate::generate::Shape::Deep);
        assert!(map.ties.len() >= 20_000, "two shares (validate::ties::SHARE_MIN): {}", map.ties.len());
        let text = serde_json::to_string(&map).expect("a map is written");
        let ties = text.find("\"ties\":[").expect("the ties") + 8;
        assert!(load_json_with(&text, "m.json", true).is_ok(), "the generated map loads");
        for at in [0.0, 0.25, 0.5, 0.75, 0.999] {
            let mut i = ties + ((text.len() - ties) as f64 * at) as usize;
            while !text[i..].starts_with(",{") {
                i += 1;
            }
            for insert in ["]", ",", "{", "x", "\"\\ud800\""] {
                let broken = format!("{}{insert}{}", &text[..i], &text[i..]);
                let quick = format!("{:?}", load_json_with(&broken, "m.json", true));
                let whole = format!("{:?}", load_json_with(&broken, "m.json", false));
                assert_eq!(quick, whole, "{insert:?} at {at}");
            }
        }
        let after = format!("{} x", text.trim_end());
        assert!(load_json_str(&after, "m.json").is_err(), "text after the map");
    }

    #[test]
    fn a_valid_map_is_read_quickly_and_a_broken_list_as_before() {
        let text = MAPS[0];
        assert!(json::parse_quick(text).is_some(), "the top level of a plain map is read quickly");
        let broken = text.replacen("\"ties\": [", "\"ties\": [,", 1);
        assert_ne!(broken, text);
        let Err(LoadError::Invalid { diagnostics, .. }) = load_json_str(&broken, "m.json") else {
            panic!("a syntax error in the ties is refused")
        };
        assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
        assert_eq!(diagnostics[0].code, "json-syntax");
    }
}
