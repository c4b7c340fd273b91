//! Reading a map from JSON text into the raw form, and locating problems in it.

use super::locate::{locate_with, repeated_keys};
use super::raw::{RawContext, RawPerson, RawTie, RawTop, RawUnit, Record, Records};
use crate::diag::{Diagnostic, Location};
use crate::i18n::{Lang, Msg};

/// Parses JSON text. A syntax error is one located diagnostic; everything else the
/// text says is kept for validation, however wrong. O(n) in the text.
pub fn parse(text: &str, file: &str) -> Result<RawTop, Box<Diagnostic>> {
    serde_json::from_str::<RawTop>(text).map_err(|e| {
        // Lists are first read as raw text, whose parser words some errors vaguely
        // ("key must be a string" for a trailing comma); a full parse words them best.
        let e = serde_json::from_str::<serde_json::Value>(text).err().unwrap_or(e);
        let msg = e.to_string();
        let reason = match msg.rfind(" at line ") {
            Some(i) => &msg[..i],
            None => &msg,
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
            Msg::new("diag-json-syntax").arg("reason", syntax_reason(reason)),
        ))
    })
}

/// How often the items of a list are marked as it is located ([`parse_quick`]): a
/// share of the ties is read from the mark nearest the middle, and a long list of
/// people or units is read a batch from one mark to the next at a time. A mark costs
/// 16 bytes.
pub const MARK_EVERY: usize = 1024;

/// Reads the top level of a JSON map as [`parse`] does, but steps over the lists of
/// units, people and ties instead of parsing them: each is only located (and its
/// objects counted), and its syntax is checked as its records are read
/// ([`Records::for_each`](super::records::Records::for_each) reports a list that is not
/// JSON as an unreadable record). The other values are parsed by serde as [`parse`]
/// parses them, from the same text. `None` when the top level is anything but an
/// object of keys without escapes, each given once, followed by nothing but
/// whitespace: the caller then calls [`parse`]. O(n) in the text, one pass over the
/// lists that only follows brackets and strings.
///
/// Every [`MARK_EVERY`]-th item of a list is marked with where it starts.
pub fn parse_quick(text: &str) -> Option<RawTop> {
    use super::scan::{plain_str, skip_marking, skip_ws};
    let b = text.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    let mut top = RawTop::default();
    // The fields given so far, by index into KEYS (fewer than 64).
    let mut given = 0u64;
    i = skip_ws(b, i + 1);
    loop {
        let (key, end) = plain_str(text, i)?;
        if given == 0 && top.unknown.is_empty() {
            top.addr = key.as_ptr() as usize;
        }
        i = skip_ws(b, end);
        if b.get(i) != Some(&b':') {
            return None;
        }
        let start = skip_ws(b, i + 1);
        // Where some items of a list start, so that a share of its records can be read
        // from there instead of stepping over those before it.
        let list = b.get(start) == Some(&b'[');
        let mut marks = Vec::new();
        let (end, objects) = skip_marking(b, start, if list { MARK_EVERY } else { 0 }, &mut marks)?;
        let value = text.get(start..end)?;
        match RawTop::exact_key_ix(key).or_else(|| RawTop::key_ix(key)) {
            Some(ix) => {
                let bit = 1u64 << (ix % 64);
                if given & bit != 0 {
                    return None;
                }
                given |= bit;
                match RawTop::KEYS[ix][0] {
                    "units" if list => top.units = Records::located(value, objects, marks),
                    "people" if list => top.people = Records::located(value, objects, marks),
                    "ties" if list => top.ties = Records::located(value, objects, marks),
                    _ => top.set_json_text(ix, value).ok()?,
                }
            }
            None => {
                serde_json::from_str::<serde::de::IgnoredAny>(value).ok()?;
                top.unknown.push(key.to_string());
            }
        }
        i = skip_ws(b, end);
        match b.get(i)? {
            b',' => i = skip_ws(b, i + 1),
            b'}' => break,
            _ => return None,
        }
    }
    (skip_ws(b, i + 1) == b.len()).then_some(top)
}

/// serde_json's words for a syntax error as a message: the common ones from the
/// catalogs, any other as serde_json says it.
fn syntax_reason(reason: &str) -> Msg {
    let key = match reason {
        "trailing comma" => "diag-json-trailing-comma",
        "trailing characters" => "diag-json-trailing-characters",
        "EOF while parsing a value" => "diag-json-eof-value",
        "EOF while parsing a list" => "diag-json-eof-list",
        "EOF while parsing an object" => "diag-json-eof-object",
        "EOF while parsing a string" => "diag-json-eof-string",
        "expected `:`" => "diag-json-expected-colon",
        "expected `,` or `]`" => "diag-json-expected-comma-list",
        "expected `,` or `}`" => "diag-json-expected-comma-object",
        "expected value" | "expected ident" => "diag-json-expected-value",
        "key must be a string" => "diag-json-key-not-string",
        "invalid escape" => "diag-json-invalid-escape",
        "invalid number" => "diag-json-invalid-number",
        "control character (\\u0000-\\u001F) found while parsing a string" => "diag-json-control-character",
        _ => return Msg::new("diag-json-other").arg("reason", reason),
    };
    Msg::new(key)
}

/// The language a JSON text is written in, judged from the text itself when it could
/// not be read as a map (not valid JSON), or no name was read from it: the text of the
/// values of name-like keys (`name`, `title`, `account`, `姓名`…); else Chinese if its
/// other strings (keys and values) are — ids and the format's English values are no
/// sign of English. Judged from the first strings of the text (a few megabytes at
/// most), so it costs little on a big map.
pub fn text_lang(text: &str) -> Option<Lang> {
    const NAMED: &[&str] =
        &["name", "title", "account", "opportunity", "notes", "姓名", "名称", "职务", "客户", "项目", "备注"];
    /// Enough strings to judge by, and how much text to read at most for them.
    const SAMPLE: usize = 2000;
    const MAX_BYTES: usize = 4 << 20;
    let b = &text.as_bytes()[..text.len().min(MAX_BYTES)];
    let (mut named, mut others): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let mut key: &str = "";
    let mut i = 0;
    while i < b.len() && named.len() < SAMPLE {
        if b[i] != b'"' {
            i += 1;
            continue;
        }
        let start = i + 1;
        i += 1;
        while i < b.len() && b[i] != b'"' {
            i += if b[i] == b'\\' { 2 } else { 1 };
        }
        let s = text.get(start..i.min(b.len())).unwrap_or("");
        i += 1;
        let mut j = i;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if b.get(j) == Some(&b':') {
            key = s;
        } else if NAMED.contains(&key) {
            named.push(s);
            continue;
        }
        if others.len() < SAMPLE {
            others.push(s);
        }
    }
    Lang::of_text(named.iter().copied())
        .or_else(|| Lang::of_text(others.iter().copied()).filter(|l| l.is_chinese()))
}

/// Fills in line and column for diagnostics that carry a JSON path into `text` (and no
/// line yet); a repeated key is located at its repeat.
pub fn add_lines(text: &str, diags: &mut [Diagnostic]) {
    if diags.iter().any(|d| d.code == "duplicate-key") {
        let mut repeats = repeated_keys(text, &canonical_key);
        for d in diags.iter_mut().filter(|d| d.code == "duplicate-key" && d.location.line.is_none()) {
            let Some(p) = d.location.path.as_deref() else { continue };
            if let Some(k) = repeats.iter().position(|(rp, _)| rp == p) {
                let (_, (l, c)) = repeats.remove(k);
                d.location.line = Some(l);
                d.location.column = Some(c);
            }
        }
    }
    by_record(text, diags);
    let paths: Vec<&str> = diags
        .iter()
        .filter(|d| d.location.line.is_none())
        .filter_map(|d| d.location.path.as_deref())
        .collect();
    if paths.is_empty() {
        return;
    }
    // What the records did not place (a record whose first key has escapes, the top
    // level, the context): one reading of the whole text.
    // A path to a field that is absent (a missing id) points at its record instead.
    let parents: Vec<String> =
        paths.iter().filter_map(|p| p.rfind('.').map(|i| p[..i].to_string())).collect();
    let mut wanted: Vec<&str> = paths.clone();
    wanted.extend(parents.iter().map(String::as_str));
    let found = locate_with(text, &wanted, &canonical_key);
    for d in diags.iter_mut().filter(|d| d.location.line.is_none()) {
        let Some(p) = d.location.path.as_deref() else { continue };
        let hit = found.get(p).or_else(|| p.rfind('.').and_then(|i| found.get(&p[..i])));
        if let Some(&(l, c)) = hit {
            d.location.line = Some(l);
            d.location.column = Some(c);
        }
    }
}

/// Locates the diagnostics whose record's place in the text was recorded while reading
/// it (`Location::offset`): the record's line from that offset, a field's within the
/// record's own text. O(n) in the text up to the last such record (newlines counted,
/// nothing parsed) plus the size of each record reported.
fn by_record(text: &str, diags: &mut [Diagnostic]) {
    let mut placed: Vec<(usize, usize, (u64, u64))> = Vec::new();
    for (k, d) in diags.iter().enumerate() {
        let (None, Some(path), Some(off)) = (d.location.line, d.location.path.as_deref(), d.location.offset)
        else {
            continue;
        };
        let Some(start) = record_start(text, off as usize) else { continue };
        let (record, field) = match path.find(']') {
            Some(i) => (&path[..=i], path[i + 1..].trim_start_matches('.')),
            None => continue,
        };
        let within = if field.is_empty() { (1, 1) } else { field_within(&text[start..], record, field) };
        placed.push((k, start, within));
    }
    if placed.is_empty() {
        return;
    }
    let starts: Vec<usize> = placed.iter().map(|&(_, s, _)| s).collect();
    for (&(k, _, (rl, rc)), (l, c)) in placed.iter().zip(super::locate::positions(text, &starts)) {
        let (line, column) = if rl == 1 { (l, c + rc - 1) } else { (l + rl - 1, rc) };
        diags[k].location.line = Some(line);
        diags[k].location.column = Some(column);
    }
}

/// The offset of the `{` opening the record whose first key starts at `key` (just
/// after its opening quote).
fn record_start(text: &str, key: usize) -> Option<usize> {
    let b = text.as_bytes();
    let quote = key.checked_sub(1).filter(|&q| b.get(q) == Some(&b'"'))?;
    let open = b[..quote].iter().rposition(|c| !c.is_ascii_whitespace())?;
    (b[open] == b'{').then_some(open)
}

/// The line and column of `field` (or of the nearest enclosing value given) within the
/// text of one record, which starts the text `record_text`; (1, 1) when not found.
fn field_within(record_text: &str, record: &str, field: &str) -> (u64, u64) {
    let mut wanted = vec![field];
    let mut f = field;
    while let Some(i) = f.rfind('.') {
        f = &f[..i];
        wanted.push(f);
    }
    let canon = |parent: &str, key: &str| {
        let mut full = record.to_string();
        if !parent.is_empty() {
            full.push('.');
            full.push_str(parent);
        }
        canonical_key(&full, key)
    };
    let found = locate_with(record_text, &wanted, &canon);
    wanted.iter().find_map(|w| found.get(*w).copied()).unwrap_or((1, 1))
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
