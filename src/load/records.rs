//! Lists of records as a map holds them before checking: in memory (read from CSV) or
//! located in the JSON text and read when checked, one record at a time, in shares
//! (a range of indices, for two threads), or parsed on a thread of their own while the
//! caller checks the records before.

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;
use std::cell::Cell;
use std::fmt;
use std::marker::PhantomData;

/// Why a list of records was not read in full.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unlisted {
    /// The value is not a list: what it is ("a string").
    NotList(&'static str),
    /// Record `index` could not be read, so neither it nor any record after it in the
    /// list was: its text is not JSON (when the list was only located, see
    /// [`Records::located`]), or holds what a syntax check lets pass (one that does
    /// not decode strings or numbers). `at` is the byte offset in the text where
    /// reading stopped.
    Unreadable {
        /// The index of the record in the list.
        index: usize,
        /// Where reading stopped: a byte offset into the whole text.
        at: usize,
        /// What was found there.
        why: Unreadable,
    },
}

/// What made a record unreadable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// A `\uD800`–`\uDFFF` escape not part of a pair: no character.
    LoneSurrogate,
    /// A number too large for any number type (`1e400`).
    NumberOutOfRange,
    /// Anything else the JSON reader refused.
    Other,
}

impl Unreadable {
    fn of(e: &serde_json::Error) -> Unreadable {
        let m = e.to_string();
        if m.contains("surrogate") || m.contains("hex escape") || m.contains("unicode code point") {
            Unreadable::LoneSurrogate
        } else if m.contains("number out of range") {
            Unreadable::NumberOutOfRange
        } else {
            Unreadable::Other
        }
    }
}

/// The byte offset in `text` of serde_json's 1-based line and byte column.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.bytes().enumerate().filter(|&(_, b)| b == b'\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1)
    };
    (start + column.saturating_sub(1)).min(text.len())
}

/// Where a JSON value lies in the text it was parsed from. Only its address and
/// length are kept, so a big list is neither copied nor tied to the text's lifetime;
/// [`Span::within`] finds it again in that text.
#[derive(Debug, Clone, Copy)]
pub struct Span {
    addr: usize,
    len: usize,
}

impl Span {
    fn of(part: &str) -> Span {
        Span { addr: part.as_ptr() as usize, len: part.len() }
    }

    /// The spanned text, if `text` is the text the span was taken from.
    pub fn within(self, text: &str) -> Option<&str> {
        let start = self.addr.checked_sub(text.as_ptr() as usize)?;
        text.get(start..start.checked_add(self.len)?)
    }
}

/// A list of records, or a share of one (the records from index `first` up to `end`):
/// read from CSV into memory, or located in the JSON text and read one record at a
/// time when checked (so a big map never holds every raw record at once, nor a copy
/// of its text).
#[derive(Debug, Default)]
pub struct Records<T> {
    /// Records already in memory (CSV), in file order, from index `first`.
    pub items: Vec<T>,
    /// Where the JSON value lies in the text, read lazily by [`Records::for_each`].
    pub span: Option<Span>,
    /// The index of the first record of this share.
    first: usize,
    /// The index after the last record of this share; `None`: to the end of the list.
    end: Option<usize>,
    /// How many objects the JSON list opens, when counted as it was located.
    objects: Option<usize>,
    /// Where some items start, as the list was located: (index, offset in the list's
    /// text), in order of index.
    marks: Vec<(usize, usize)>,
    /// Where item `first` starts in the list's text, when known: the reading starts
    /// there instead of stepping over the items before it.
    resume: Option<usize>,
}

impl<'de, T> Deserialize<'de> for Records<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let raw = <&'de RawValue>::deserialize(d)?;
        Ok(Records::spanning(Span::of(raw.get()), None, Vec::new()))
    }
}

impl<T> Records<T> {
    /// The JSON list `part` (a slice of the text, from its `[` to its `]`), which opens
    /// `objects` objects, located by stepping over it rather than parsing it: its syntax
    /// is checked as its records are read ([`Records::for_each`]). `marks`: where some
    /// of its items start, (index, offset in `part`), in order of index.
    pub fn located(part: &str, objects: usize, marks: Vec<(usize, usize)>) -> Records<T> {
        Records::spanning(Span::of(part), Some(objects), marks)
    }

    fn spanning(span: Span, objects: Option<usize>, marks: Vec<(usize, usize)>) -> Records<T> {
        Records { items: Vec::new(), span: Some(span), first: 0, end: None, objects, marks, resume: None }
    }
}

impl<T> super::scan::FromPlain for Records<T> {}

impl<T> Records<T> {
    /// Splits this share into the records before index `at` and those from it on. When
    /// `at` is marked, the second is read from its mark.
    pub fn split_at(mut self, at: usize) -> (Records<T>, Records<T>) {
        let at = at.max(self.first);
        let at = self.end.map_or(at, |end| at.min(end));
        let rest = self.items.split_off((at - self.first).min(self.items.len()));
        let resume = match self.marks.binary_search_by_key(&at, |m| m.0) {
            Ok(k) => Some(self.marks[k].1),
            Err(_) => None,
        };
        let tail = Records {
            items: rest,
            span: self.span,
            first: at,
            end: self.end,
            objects: self.objects,
            marks: Vec::new(),
            resume,
        };
        self.end = Some(at);
        (self, tail)
    }

    /// Where to split this share in two about `half`: the marked index nearest it, so
    /// that the second share is read from its mark, else `half`. O(log marks).
    pub fn split_near(&self, half: usize) -> usize {
        let k = self.marks.partition_point(|m| m.0 < half);
        let near = [k.checked_sub(1), Some(k)].into_iter().flatten().filter_map(|k| self.marks.get(k));
        near.map(|m| m.0).filter(|&at| at > self.first).min_by_key(|&at| at.abs_diff(half)).unwrap_or(half)
    }
}

impl<T: for<'de> Deserialize<'de> + super::raw::Record> Records<T> {
    /// At least as many as there are records (the objects counted when the list was
    /// located, else the count of `{` in its JSON text): a capacity to reserve, so that
    /// big lists are not copied as they grow. O(1) when counted, else O(n).
    pub fn capacity_hint(&self, text: &str) -> usize {
        if let Some(n) = self.objects {
            return n;
        }
        match self.span.and_then(|s| s.within(text)) {
            Some(json) => json.bytes().filter(|&b| b == b'{').count(),
            None => self.items.len(),
        }
    }

    /// Calls `f` with each record of this share and its index in the list, in order;
    /// `text` is the JSON text the records were parsed from. Returns what the value was
    /// when it is not a list, as a `FOUND_…` catalog key (null counts as an empty list). O(n) in the text: records
    /// outside the share are skipped over, not read.
    /// A record the text holds but that cannot be read (a lone surrogate escape) stops
    /// the reading with [`Unlisted::Unreadable`].
    pub fn for_each(self, text: &str, mut f: impl FnMut(usize, T)) -> Result<(), Unlisted> {
        let Some(span) = self.span else {
            for (i, x) in self.items.into_iter().enumerate() {
                f(self.first + i, x);
            }
            return Ok(());
        };
        let Some(json) = span.within(text) else {
            return Err(Unlisted::NotList("value-found-unread"));
        };
        if json.as_bytes().get(super::scan::skip_ws(json.as_bytes(), 0)) == Some(&b'[') {
            let from = self.resume.map(|at| (self.first, at));
            return scan_list(json, text, (self.first, self.end), from, &mut f);
        }
        serde_list(json, text, (self.first, self.end), &mut f)
    }
}

/// The offset of `part` (a slice of `text`) in `text`.
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// Records where a record read from `text` was written: 1 + the byte offset of its
/// first key, from the key's address.
fn place<T: super::raw::Record>(text: &str, x: &mut T) {
    if let Some(off) = x.addr().checked_sub(text.as_ptr() as usize).filter(|&o| o < text.len()) {
        x.set_line(off as u64 + 1);
    }
}

/// Reads the list `json` (a slice of `text`, starting with `[` after any whitespace):
/// each record of the share `(first, end)` by [`super::scan::record`] when it is plain,
/// else by the serde reader from where it starts (which then reads it, and stops at
/// the same byte on an unreadable one, as [`serde_list`] does); records outside the
/// share are stepped over, or, with `from` (an index and the offset in `json` where
/// that item starts, after a comma), the reading starts there. The same calls of `f`,
/// in the same order, with the same records, as [`serde_list`]. O(n) in the list's
/// text.
fn scan_list<T: for<'de> Deserialize<'de> + super::raw::Record>(
    json: &str,
    text: &str,
    (first, end): (usize, Option<usize>),
    from: Option<(usize, usize)>,
    f: &mut impl FnMut(usize, T),
) -> Result<(), Unlisted> {
    use super::scan::{record, skip_value, skip_ws};
    let b = json.as_bytes();
    let start = offset_in(text, json);
    // Met only when the list was located without being parsed (`Records::located`)
    // and its text is not JSON.
    let broken = |index, at| Err(Unlisted::Unreadable { index, at: start + at, why: Unreadable::Other });
    let (mut i, mut pos) = match from {
        Some((i, at)) => (i, skip_ws(b, at)),
        None => (0, skip_ws(b, skip_ws(b, 0) + 1)),
    };
    if from.is_none() && b.get(pos) == Some(&b']') {
        return Ok(());
    }
    loop {
        if end.is_some_and(|end| i >= end) {
            // The rest is another share's (whose reading checks it).
            return Ok(());
        }
        let next = if i < first {
            skip_value(b, pos)
        } else if let Some((mut x, after)) = record::<T>(json, pos) {
            place(text, &mut x);
            f(i, x);
            Some(after)
        } else {
            let rest = &json[pos..];
            let mut de = serde_json::Deserializer::from_str(rest);
            match T::deserialize(&mut de) {
                Ok(mut x) => {
                    place(text, &mut x);
                    f(i, x);
                }
                Err(e) => {
                    let at = start + pos + offset_of(rest, e.line(), e.column());
                    return Err(Unlisted::Unreadable { index: i, at, why: Unreadable::of(&e) });
                }
            }
            skip_value(b, pos)
        };
        let Some(after) = next else { return broken(i, pos) };
        pos = skip_ws(b, after);
        match b.get(pos) {
            Some(b',') => pos = skip_ws(b, pos + 1),
            Some(b']') if skip_ws(b, pos + 1) == b.len() => return Ok(()),
            _ => return broken(i, pos),
        }
        i += 1;
    }
}

/// Reads the JSON value `json` (a slice of `text`) with the serde reader: each record
/// of the share `(first, end)` of a list, in order, to `f`; what it is when not a list.
/// O(n) in its text.
fn serde_list<T: for<'de> Deserialize<'de> + super::raw::Record>(
    json: &str,
    text: &str,
    share: (usize, Option<usize>),
    f: &mut impl FnMut(usize, T),
) -> Result<(), Unlisted> {
    struct V<'f, T, F> {
        f: &'f mut F,
        share: (usize, Option<usize>),
        /// The index of the record being read.
        at: &'f Cell<usize>,
        /// The address and length of the whole text, to turn addresses into offsets.
        base: usize,
        len: usize,
        t: PhantomData<T>,
    }
    impl<'de, T: Deserialize<'de> + super::raw::Record, F: FnMut(usize, T)> Visitor<'de> for V<'_, T, F> {
        type Value = Result<(), Unlisted>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a list")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let (first, end) = self.share;
            let mut i = 0;
            loop {
                self.at.set(i);
                if i < first || end.is_some_and(|end| i >= end) {
                    if seq.next_element::<IgnoredAny>()?.is_none() {
                        break;
                    }
                } else {
                    match seq.next_element::<T>()? {
                        Some(mut x) => {
                            // The record's place in the text, from the address of
                            // its first key (borrowed from the text being read).
                            if let Some(off) = x.addr().checked_sub(self.base).filter(|&o| o < self.len) {
                                x.set_line(off as u64 + 1);
                            }
                            (self.f)(i, x)
                        }
                        None => break,
                    }
                }
                i += 1;
            }
            Ok(Ok(()))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(Ok(()))
        }
        fn visit_str<E: de::Error>(self, _: &str) -> Result<Self::Value, E> {
            Ok(Err(Unlisted::NotList(super::raw::FOUND_STRING)))
        }
        fn visit_i64<E: de::Error>(self, _: i64) -> Result<Self::Value, E> {
            Ok(Err(Unlisted::NotList(super::raw::FOUND_NUMBER)))
        }
        fn visit_u64<E: de::Error>(self, _: u64) -> Result<Self::Value, E> {
            Ok(Err(Unlisted::NotList(super::raw::FOUND_NUMBER)))
        }
        fn visit_f64<E: de::Error>(self, _: f64) -> Result<Self::Value, E> {
            Ok(Err(Unlisted::NotList(super::raw::FOUND_NUMBER)))
        }
        fn visit_bool<E: de::Error>(self, _: bool) -> Result<Self::Value, E> {
            Ok(Err(Unlisted::NotList(super::raw::FOUND_BOOL)))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(Err(Unlisted::NotList(super::raw::FOUND_OBJECT)))
        }
    }
    let mut de = serde_json::Deserializer::from_str(json);
    // The first parse checked the text's syntax, but not what strings and numbers
    // decode to: a lone surrogate escape fails only now, and is reported, located.
    let at = Cell::new(0);
    let (base, len) = (text.as_ptr() as usize, text.len());
    let v = V { f, share, at: &at, base, len, t: PhantomData };
    de.deserialize_any(v).unwrap_or_else(|e| {
        let start = json.as_ptr() as usize - text.as_ptr() as usize;
        let at_byte = start + offset_of(json, e.line(), e.column());
        Err(Unlisted::Unreadable { index: at.get(), at: at_byte, why: Unreadable::of(&e) })
    })
}

/// JSON lists longer than this many bytes are read on a thread of their own by
/// [`Records::for_each_piped`].
const PIPE_MIN_BYTES: usize = 1 << 20;

/// How many records the reading thread hands over at a time.
const PIPE_BATCH: usize = 256;

impl<T: for<'de> Deserialize<'de> + super::raw::Record + Send> Records<T> {
    /// Does what [`Records::for_each`] does, with the same calls in the same order; but
    /// for a long JSON list the records are parsed on another thread, a batch at a
    /// time, while `f` handles the batch before. O(n) in the text.
    pub fn for_each_piped(self, text: &str, mut f: impl FnMut(usize, T)) -> Result<(), Unlisted> {
        if self.span.is_none_or(|s| s.len < PIPE_MIN_BYTES) || !crate::par::parallel() {
            return self.for_each(text, f);
        }
        if self.first == 0 && self.end.is_none() && !self.marks.is_empty() {
            return self.for_each_by_turns(text, f);
        }
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<(usize, T)>>(4);
        std::thread::scope(|s| {
            let reader = s.spawn(move || {
                let mut batch = Vec::with_capacity(PIPE_BATCH);
                let listed = self.for_each(text, |i, x| {
                    batch.push((i, x));
                    if batch.len() == PIPE_BATCH {
                        // The receiver only stops early by panicking; then this thread's
                        // result is not read either.
                        let _ = tx.send(std::mem::replace(&mut batch, Vec::with_capacity(PIPE_BATCH)));
                    }
                });
                let _ = tx.send(batch);
                listed
            });
            for batch in rx {
                for (i, x) in batch {
                    f(i, x);
                }
            }
            reader.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
        })
    }

    /// [`Records::for_each_piped`] for a whole list with marks: its records are read in
    /// batches, from one mark to the next, by two threads taking turns (each reads from
    /// its batch's mark, stepping over nothing), while `f` handles the batches in order
    /// on this one. Each thread keeps at most a few batches ahead. O(n) in the text.
    fn for_each_by_turns(mut self, text: &str, mut f: impl FnMut(usize, T)) -> Result<(), Unlisted> {
        type Batch<T> = (Vec<(usize, T)>, Result<(), Unlisted>);
        let marks = std::mem::take(&mut self.marks);
        let starts: Vec<(usize, Option<usize>)> =
            std::iter::once((0, None)).chain(marks.iter().map(|&(i, at)| (i, Some(at)))).collect();
        let span = self.span;
        let batch = |k: usize| Records::<T> {
            items: Vec::new(),
            span,
            first: starts[k].0,
            end: starts.get(k + 1).map(|s| s.0),
            objects: None,
            marks: Vec::new(),
            resume: starts[k].1,
        };
        let n = starts.len();
        std::thread::scope(|s| {
            let read_turn = |turn: usize, tx: std::sync::mpsc::SyncSender<Batch<T>>| {
                for k in (turn..n).step_by(2) {
                    let mut records = Vec::new();
                    let listed = batch(k).for_each(text, |i, x| records.push((i, x)));
                    let stop = listed.is_err();
                    // The receiver stops early after an error, or by panicking.
                    if tx.send((records, listed)).is_err() || stop {
                        break;
                    }
                }
            };
            let (tx0, rx0) = std::sync::mpsc::sync_channel::<Batch<T>>(2);
            let (tx1, rx1) = std::sync::mpsc::sync_channel::<Batch<T>>(2);
            let readers = [s.spawn(move || read_turn(0, tx0)), s.spawn(move || read_turn(1, tx1))];
            let rx = [rx0, rx1];
            for k in 0..n {
                let Ok((records, listed)) = rx[k % 2].recv() else { break };
                for (i, x) in records {
                    f(i, x);
                }
                listed?;
            }
            for r in readers {
                r.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            }
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::raw::{RawPerson, RawTie, Record};
    use proptest::prelude::*;

    /// Keys of ties and people: English, Chinese, another case, unknown, escaped,
    /// answer-key fields.
    const KEYS: &[&str] = &[
        "from",
        "to",
        "kind",
        "strength",
        "dotted",
        "note",
        "optional",
        "explain",
        "起点",
        "类型",
        "From",
        "unknown",
        r"fr\u006fm",
        "id",
        "name",
        "roles",
        "relationship",
        "level",
        "stance",
        "interests",
        "reports_to",
        "explain_roles",
        "角色",
        "side",
        " to",
    ];

    /// Values as JSON text: plain, escaped, unicode, numbers of every kind, booleans,
    /// nulls, lists, objects, and the unreadable (a lone surrogate, a number too large).
    const VALUES: &[&str] = &[
        r#""p1""#,
        r#"" p2 ""#,
        r#""张三""#,
        r#""a\"b""#,
        r#""\u00e9""#,
        r#""\ud83d\ude00""#,
        r#""\ud800""#,
        r#""reports_to""#,
        r#""influences""#,
        r#""strong""#,
        r#""REPORTS TO""#,
        r#""""#,
        r#""  ""#,
        "0",
        "2",
        "2.0",
        "-1",
        "1e5",
        "1e400",
        "18446744073709551616",
        "12345678901234567890",
        "true",
        "false",
        "null",
        "[]",
        r#"["a","b"]"#,
        r#"["user", "approver"]"#,
        r#"["a",1]"#,
        "[null]",
        r#"{"en":"x"}"#,
        "{}",
        "[[1]]",
        r#""决策者/评估者""#,
        "3",
    ];

    /// Whole elements that are not objects.
    const NOT_OBJECTS: &[&str] = &[r#""p1""#, "5", "null", "[1]", "true", "{}", r#"{"from":{"a":[{}]}}"#];

    /// A list of records, with `ws` between every token.
    fn list(elems: &[Result<Vec<(usize, usize)>, usize>], ws: &str) -> String {
        let items: Vec<String> = elems
            .iter()
            .map(|e| match e {
                Err(k) => NOT_OBJECTS[*k].to_string(),
                Ok(fields) => {
                    let fields: Vec<String> = fields
                        .iter()
                        .map(|&(k, v)| format!("\"{}\"{ws}:{ws}{}", KEYS[k], VALUES[v]))
                        .collect();
                    format!("{{{ws}{}{ws}}}", fields.join(&format!("{ws},{ws}")))
                }
            })
            .collect();
        format!("{ws}[{ws}{}{ws}]{ws}", items.join(&format!("{ws},{ws}")))
    }

    /// What reading `text` (a list) gives with each reader: every call of `f` and the
    /// result.
    fn read<T: for<'de> Deserialize<'de> + Record + fmt::Debug>(
        text: &str,
        share: (usize, Option<usize>),
    ) -> [String; 2] {
        let records: Records<T> = serde_json::from_str(text).expect("the list is valid JSON");
        let json = records.span.and_then(|s| s.within(text)).expect("the span is in the text");
        [true, false].map(|fast| {
            let mut calls = Vec::new();
            let mut f = |i: usize, x: T| calls.push(format!("{i}: {x:?}"));
            let result = if fast {
                scan_list(json, text, share, None, &mut f)
            } else {
                serde_list(json, text, share, &mut f)
            };
            format!("{calls:#?}\n{result:?}")
        })
    }

    fn element() -> impl Strategy<Value = Result<Vec<(usize, usize)>, usize>> {
        prop_oneof![
            1 => (0..NOT_OBJECTS.len()).prop_map(Err),
            8 => prop::collection::vec((0..KEYS.len(), 0..VALUES.len()), 0..7).prop_map(Ok),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        /// The fast reader and the serde reader give the same records (every field, the
        /// unknown and repeated keys, where each was written), the same calls in the
        /// same order and the same result (where an unreadable record stopped them),
        /// for ties and people, in any share of the list.
        #[test]
        fn fast_and_serde_readers_agree(
            elems in prop::collection::vec(element(), 0..8),
            ws in 0usize..3,
            first in 0usize..3,
            end in prop::option::of(0usize..8),
        ) {
            let text = list(&elems, ["", " ", "\n  "][ws]);
            let share = (first, end);
            let [fast, serde] = read::<RawTie>(&text, share);
            prop_assert_eq!(fast, serde, "ties: {}", text);
            let [fast, serde] = read::<RawPerson>(&text, share);
            prop_assert_eq!(fast, serde, "people: {}", text);
        }
    }

    /// The list `text` of ties, located as [`super::super::json::parse_quick`] locates
    /// it, with a mark at every `every`-th item (none for 0).
    fn located_marked(text: &str, every: usize) -> Records<RawTie> {
        let b = text.as_bytes();
        let start = super::super::scan::skip_ws(b, 0);
        let mut marks = Vec::new();
        let (_, objects) =
            super::super::scan::skip_marking(b, start, every, &mut marks).expect("the list is valid JSON");
        // Offsets in the list's text, which starts after any whitespace.
        for m in &mut marks {
            m.1 += start;
        }
        Records::located(text, objects, marks)
    }

    /// Every call of a reading and its result.
    fn calls_of(read: impl FnOnce(&mut dyn FnMut(usize, RawTie)) -> Result<(), Unlisted>) -> String {
        let mut calls = Vec::new();
        let result = read(&mut |i, x| calls.push(format!("{i}: {x:?}")));
        format!("{calls:#?}\n{result:?}")
    }

    /// The calls and result of reading each of two shares, split at `at`, of the list
    /// `text` located with a mark at every item when `marked`.
    fn read_split(text: &str, at: usize, marked: bool) -> [String; 2] {
        let (first, second) = located_marked(text, usize::from(marked)).split_at(at);
        [first, second].map(|share| calls_of(|f| share.for_each(text, f)))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        /// A share read from the mark where its first item starts gives the same
        /// records, calls and result as one that steps over the items before it, and
        /// the share before it is the same either way.
        #[test]
        fn a_share_read_from_its_mark_is_the_same(
            elems in prop::collection::vec(element(), 0..8),
            ws in 0usize..3,
            at in 0usize..9,
        ) {
            let text = list(&elems, ["", " ", "\n  "][ws]);
            prop_assert_eq!(read_split(&text, at, true), read_split(&text, at, false), "{}", text);
        }

        /// Reading a list by turns, a batch from one mark to the next on each of two
        /// threads, gives the same calls in the same order and the same result (where
        /// an unreadable record stopped it) as reading it on one.
        #[test]
        fn reading_by_turns_is_reading_in_order(
            elems in prop::collection::vec(element(), 0..12),
            ws in 0usize..3,
            every in 1usize..4,
        ) {
            let text = list(&elems, ["", " ", "\n  "][ws]);
            let by_turns = calls_of(|f| located_marked(&text, every).for_each_by_turns(&text, f));
            let in_order = calls_of(|f| located_marked(&text, every).for_each(&text, f));
            prop_assert_eq!(by_turns, in_order, "{}", text);
        }
    }

    #[test]
    fn split_near_takes_the_nearest_mark() {
        let text = "[{},{},{},{},{},{},{}]";
        let marks = vec![(2, 7), (4, 13), (6, 19)];
        let r = Records::<RawTie>::located(text, 7, marks);
        assert_eq!(r.split_near(3), 2, "a tie goes to the lower mark");
        assert_eq!(r.split_near(5), 4);
        assert_eq!(r.split_near(9), 6);
        assert_eq!(r.split_near(0), 2, "a mark after the start, not at it");
        let unmarked = Records::<RawTie>::located(text, 7, Vec::new());
        assert_eq!(unmarked.split_near(3), 3);
        let (_, second) = r.split_at(4);
        assert_eq!(second.resume, Some(13));
    }

    #[test]
    fn a_plain_tie_is_read_by_the_fast_reader() {
        let text = r#"[{"from": "p1", "to": "p2", "kind": "reports_to", "dotted": true}]"#;
        let tie = super::super::scan::record::<RawTie>(text, 1).expect("plain").0;
        assert_eq!(tie.from.ok().map(|id| id.as_str()), Some("p1"));
        assert_eq!(tie.dotted.ok(), Some(&true));
        assert_eq!(tie.addr, text.as_ptr() as usize + 3);
        let [fast, serde] = read::<RawTie>(text, (0, None));
        assert_eq!(fast, serde);
    }
}
