//! A fast reader for the common JSON record (an object of known keys whose values are
//! plain strings, small whole numbers, booleans, nulls or lists of plain strings, with
//! no escape anywhere); anything else is left to the serde reader, which reads the
//! record exactly as before. It is strict: what it takes is JSON (so a list located
//! without being parsed, [`crate::load::json::parse_quick`], is checked as it is
//! read), and anything it does not take, broken text included, goes to serde. Both
//! give the same record: the fast reader calls the same conversions
//! ([`Val::from_text`](super::raw::Val::from_text), `Field::from_number`…) with the same
//! text, and records the same address of the first key (see
//! `records::tests::fast_and_serde_readers_agree`).

/// A JSON value of the kinds the fast reader takes, borrowed from the text.
#[derive(Debug)]
pub enum Plain<'a> {
    /// A string without escapes, between its quotes.
    Str(&'a str),
    /// A whole number of at most 19 digits, no sign, no leading zero, as written (which
    /// is how the serde reader writes it back: `u64::to_string`).
    Digits(&'a str),
    /// `true` or `false`.
    Bool(bool),
    /// `null`.
    Null,
    /// A list of strings without escapes.
    Strs(Vec<&'a str>),
}

/// A record field the fast reader can set; `false` leaves the record to the serde
/// reader (the default: nested records, lists of records).
pub trait FromPlain {
    /// Sets the field from `v` as the serde reader would, or returns `false` (the field
    /// is then left as it was).
    fn set_plain(&mut self, v: Plain<'_>) -> bool {
        let _ = v;
        false
    }
}

/// JSON whitespace.
fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\n' | b'\r' | b'\t')
}

/// The first position from `pos` that is not whitespace. O(whitespace).
pub fn skip_ws(b: &[u8], mut pos: usize) -> usize {
    while b.get(pos).is_some_and(|&c| is_ws(c)) {
        pos += 1;
    }
    pos
}

/// The end (just past the closing quote) of the string whose opening quote is at
/// `pos`, escapes skipped over; `None` if the text ends first. O(length).
fn skip_string(b: &[u8], pos: usize) -> Option<usize> {
    let mut i = pos + 1;
    // Most strings of a map are short (ids, names, values): their first bytes are looked
    // at one by one, which costs less than starting a vector search.
    let short = b.len().min(i + 24);
    while i < short {
        match b[i] {
            b'"' => return Some(i + 1),
            b'\\' => i += 2,
            _ => i += 1,
        }
    }
    loop {
        match memchr::memchr2(b'"', b'\\', b.get(i..)?) {
            Some(k) if b[i + k] == b'"' => return Some(i + k + 1),
            Some(k) => i += k + 2,
            None => return None,
        }
    }
}

/// The end of the JSON value starting at `pos` (a syntactically valid one: nesting is
/// followed by counting brackets, strings are stepped over); `None` if the text ends
/// first. O(length of the value).
pub fn skip_value(b: &[u8], pos: usize) -> Option<usize> {
    skip_counting(b, pos).map(|(end, _)| end)
}

/// As [`skip_value`], with how many objects the value opens (outside strings, at any
/// depth): at least as many as the records of a list. O(length of the value).
pub fn skip_counting(b: &[u8], pos: usize) -> Option<(usize, usize)> {
    match *b.get(pos)? {
        b'"' => skip_string(b, pos).map(|end| (end, 0)),
        b'{' | b'[' => {
            let (mut depth, mut objects) = (0usize, 0usize);
            let mut i = pos;
            loop {
                match *b.get(i)? {
                    b'"' => {
                        i = skip_string(b, i)?;
                        continue;
                    }
                    b'{' => {
                        depth += 1;
                        objects += 1;
                    }
                    b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some((i + 1, objects));
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
        }
        _ => {
            let mut i = pos;
            while b.get(i).is_some_and(|&c| !is_ws(c) && !matches!(c, b',' | b']' | b'}' | b':')) {
                i += 1;
            }
            (i > pos).then_some((i, 0))
        }
    }
}

/// The string whose opening quote is at `pos`, if it has no escape and no control
/// character, and the position after its closing quote. O(length).
pub fn plain_str(text: &str, pos: usize) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    if b.get(pos) != Some(&b'"') {
        return None;
    }
    let start = pos + 1;
    let mut i = start;
    loop {
        match *b.get(i)? {
            b'"' => return Some((text.get(start..i)?, i + 1)),
            b'\\' => return None,
            c if c < 0x20 => return None,
            _ => i += 1,
        }
    }
}

/// The plain value starting at `pos`, and the position after it; `None` for anything
/// else (an escape, a fraction or exponent, a sign, a nested object…). O(length).
fn plain_value(text: &str, pos: usize) -> Option<(Plain<'_>, usize)> {
    let b = text.as_bytes();
    let word = |w: &[u8], v: Plain<'static>| {
        b.get(pos..pos + w.len()).filter(|s| *s == w).map(|_| (v, pos + w.len()))
    };
    match *b.get(pos)? {
        b'"' => plain_str(text, pos).map(|(s, end)| (Plain::Str(s), end)),
        b't' => word(b"true", Plain::Bool(true)),
        b'f' => word(b"false", Plain::Bool(false)),
        b'n' => word(b"null", Plain::Null),
        b'0'..=b'9' => {
            let mut end = pos;
            while b.get(end).is_some_and(u8::is_ascii_digit) {
                end += 1;
            }
            let digits = text.get(pos..end)?;
            let whole = !matches!(b.get(end), Some(b'.' | b'e' | b'E'));
            let canonical = digits.len() <= 19 && (digits.len() == 1 || !digits.starts_with('0'));
            (whole && canonical).then_some((Plain::Digits(digits), end))
        }
        b'[' => {
            let mut items = Vec::new();
            let mut i = skip_ws(b, pos + 1);
            if b.get(i) == Some(&b']') {
                return Some((Plain::Strs(items), i + 1));
            }
            loop {
                let (s, end) = plain_str(text, i)?;
                items.push(s);
                i = skip_ws(b, end);
                match *b.get(i)? {
                    b',' => i = skip_ws(b, i + 1),
                    b']' => return Some((Plain::Strs(items), i + 1)),
                    _ => return None,
                }
            }
        }
        _ => None,
    }
}

/// Reads the object starting at `pos` (its `{`) as a record, if every key is one the
/// record knows, written without escapes, and every value is plain (see [`Plain`]);
/// returns it and the position after its `}`. Repeated keys are noted as the serde
/// reader notes them (the last value kept). `None` leaves the record to the serde
/// reader. O(length of the record · keys of the record type), the key lookup being a
/// scan of the record's few names.
pub fn record<T: super::raw::Record>(text: &str, pos: usize) -> Option<(T, usize)> {
    let b = text.as_bytes();
    if b.get(pos) != Some(&b'{') {
        return None;
    }
    let mut r = T::default();
    let mut i = skip_ws(b, pos + 1);
    if b.get(i) == Some(&b'}') {
        return Some((r, i + 1));
    }
    // The fields given so far, by index into KEYS (fewer than 64).
    let mut given = 0u64;
    let mut first = true;
    loop {
        let (key, end) = plain_str(text, i)?;
        let ix = T::exact_key_ix(key).or_else(|| T::key_ix(key))?;
        if first {
            r.set_addr(key.as_ptr() as usize);
            first = false;
        }
        i = skip_ws(b, end);
        if b.get(i) != Some(&b':') {
            return None;
        }
        let (v, end) = plain_value(text, skip_ws(b, i + 1))?;
        let bit = 1u64 << (ix % 64);
        if given & bit != 0 {
            r.note_repeat(ix);
        }
        given |= bit;
        if !r.set_plain(ix, v) {
            return None;
        }
        i = skip_ws(b, end);
        match *b.get(i)? {
            b',' => i = skip_ws(b, i + 1),
            b'}' => return Some((r, i + 1)),
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_skipped_whole() {
        let t = br#"{"a":[1,"x\"]",{"b":null}],"c":"}"} , 12.5e3]"#;
        assert_eq!(skip_value(t, 0), Some(35));
        assert_eq!(skip_value(t, 38), Some(44));
        assert_eq!(skip_value(br#""abc"#, 0), None);
        assert_eq!(skip_value(b"[[", 0), None);
        assert_eq!(skip_value(b"]", 0), None);
        assert_eq!(skip_value(b"", 0), None);
    }

    #[test]
    fn only_plain_values_are_taken() {
        assert!(matches!(plain_value(r#""a b""#, 0), Some((Plain::Str("a b"), 5))));
        assert!(plain_value(r#""a\nb""#, 0).is_none());
        assert!(matches!(plain_value("12,", 0), Some((Plain::Digits("12"), 2))));
        assert!(plain_value("2.0", 0).is_none());
        assert!(plain_value("1e5", 0).is_none());
        assert!(plain_value("-1", 0).is_none());
        assert!(plain_value("012", 0).is_none());
        assert!(plain_value("12345678901234567890", 0).is_none());
        assert!(matches!(plain_value("[ ]", 0), Some((Plain::Strs(v), 3)) if v.is_empty()));
        assert!(matches!(plain_value(r#"["a" , "b"]"#, 0), Some((Plain::Strs(v), 11)) if v == ["a", "b"]));
        assert!(plain_value(r#"["a",1]"#, 0).is_none());
        assert!(matches!(plain_value("null", 0), Some((Plain::Null, 4))));
        assert!(plain_value("nul", 0).is_none());
        assert!(plain_value("{}", 0).is_none());
    }
}
