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

/// Eight bytes at a time: each of these masks has the high bit of every byte that is
/// `c` (or below `n`) set. A byte's borrow may also set bits in the bytes above a true
/// match, never below one, so the lowest bit set marks the first match exactly.
const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

fn bytes_eq(x: u64, c: u8) -> u64 {
    let y = x ^ (ONES * u64::from(c));
    y.wrapping_sub(ONES) & !y & HIGHS
}

fn bytes_below(x: u64, n: u8) -> u64 {
    x.wrapping_sub(ONES * u64::from(n)) & !x & HIGHS
}

/// The first position from `i` of a quote or backslash (or, when `controls`, a control
/// character), looked for eight bytes at a time; the text's length when there is none.
/// O(distance).
fn string_stop(b: &[u8], mut i: usize, controls: bool) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let mut m = bytes_eq(x, b'"') | bytes_eq(x, b'\\');
        if controls {
            m |= bytes_below(x, 0x20);
        }
        if m != 0 {
            return i + (m.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if c == b'"' || c == b'\\' || (controls && c < 0x20) {
            return i;
        }
        i += 1;
    }
    i
}

/// The end (just past the closing quote) of the string whose opening quote is at
/// `pos`, escapes skipped over; `None` if the text ends first. O(length).
fn skip_string(b: &[u8], pos: usize) -> Option<usize> {
    let mut i = pos + 1;
    loop {
        i = string_stop(b, i, false);
        match *b.get(i)? {
            b'"' => return Some(i + 1),
            _ => i += 2,
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
    skip_marking(b, pos, 0, &mut Vec::new())
}

/// As [`skip_counting`]; with `every` > 0, also pushes onto `marks` where every
/// `every`-th item of the value itself (not of a value nested in it) starts: its index
/// and the offset after the comma before it. O(length of the value).
pub fn skip_marking(
    b: &[u8],
    pos: usize,
    every: usize,
    marks: &mut Vec<(usize, usize)>,
) -> Option<(usize, usize)> {
    // Items since the last mark, and how many there were before it.
    let (mut since, mut before) = (0usize, 0usize);
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
                    b',' if depth == 1 => {
                        since += 1;
                        if since == every {
                            before += every;
                            since = 0;
                            marks.push((before, i + 1 - pos));
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
    let i = string_stop(b, start, true);
    match *b.get(i)? {
        b'"' => Some((text.get(start..i)?, i + 1)),
        _ => None,
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
    use proptest::prelude::*;

    proptest! {
        /// Eight bytes at a time or one by one, the first stop is the same, from any
        /// start, with quotes, backslashes, controls and UTF-8 around.
        #[test]
        fn the_first_stop_is_found_as_byte_by_byte(
            bytes in prop::collection::vec(prop::sample::select(vec![b'a', b'"', b'\\', 0x1f, 0x20, 0x7f, 0x80, 0xe4, 0xff, b'0']), 0..40),
            start in 0usize..42,
            controls: bool,
        ) {
            let naive = (start..bytes.len())
                .find(|&i| bytes[i] == b'"' || bytes[i] == b'\\' || (controls && bytes[i] < 0x20))
                .unwrap_or(bytes.len().max(start));
            prop_assert_eq!(string_stop(&bytes, start, controls), naive);
        }
    }

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
