//! The raw map: what a file said, before checking. Every field keeps either its parsed
//! value or what the user wrote with the reason it was refused, so that validation can
//! report every problem at once. JSON and CSV loaders both produce this form.

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::marker::PhantomData;

use super::scan::{FromPlain, Plain};
use crate::i18n::{Arg, Msg};
use crate::vocab::{
    Adaptability, Contact, Expertise, Governance, Interest, PurchaseShare, Relationship, Role, Side, Stance,
    Strength, Style, TieKind, UnitKind, Vocab,
};

/// A field as written: absent, understood, or refused with a reason.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Val<T> {
    /// Not given (or empty).
    #[default]
    Missing,
    /// Given and understood.
    Ok(T),
    /// Given and refused: the reason, naming what was written.
    Bad(Box<Msg>),
}

impl<T> Val<T> {
    /// The value if it was given and understood.
    pub fn ok(&self) -> Option<&T> {
        match self {
            Val::Ok(v) => Some(v),
            _ => None,
        }
    }

    /// Takes the value out, leaving `Missing`.
    pub fn take(&mut self) -> Val<T> {
        std::mem::take(self)
    }
}

/// `text.trim()`, without looking further when it starts and ends with a visible ASCII
/// character, as nearly every id, name and value does (`str::trim` decodes characters
/// from both ends). O(1) then, O(length) otherwise.
pub fn trim(text: &str) -> &str {
    let visible = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_graphic());
    let b = text.as_bytes();
    if visible(b.first()) && visible(b.last()) { text } else { text.trim() }
}

impl<T: Field> Val<T> {
    /// Parses one cell or string; blank text is `Missing`.
    pub fn from_text(text: &str) -> Val<T> {
        if trim(text).is_empty() {
            return Val::Missing;
        }
        wrap(T::from_text(text))
    }
}

/// A type a field can hold, parsed leniently from text, numbers, booleans or lists.
/// A value refused is a message ([`Msg`]) naming what was written.
pub trait Field: Sized {
    /// What the field expects, for serde ("a name", "a stance").
    const EXPECTS: &'static str;
    /// What the field expects, for messages: a catalog message (`value-expects-text`)
    /// or a vocabulary's name.
    fn expects() -> Arg;
    /// From a string (or a CSV cell).
    fn from_text(text: &str) -> Result<Self, Msg>;
    /// From a JSON number, by its text.
    fn from_number(text: &str) -> Result<Self, Msg> {
        Self::from_text(text)
    }
    /// From a JSON boolean.
    fn from_bool(b: bool) -> Result<Self, Msg> {
        Err(expected_found::<Self>(Arg::Str(b.to_string())))
    }
    /// Is this a vocabulary value (lists of them split on more separators)?
    const IS_VOCAB: bool = false;
    /// From a JSON array of scalars.
    fn from_items(_items: Vec<String>) -> Result<Self, Msg> {
        Err(expected_found::<Self>(Msg::new(FOUND_LIST).into()))
    }
}

/// `expected {what the field expects}, found {found}`.
fn expected_found<T: Field>(found: Arg) -> Msg {
    Msg::new("value-expected-found").arg("expected", T::expects()).arg("found", found)
}

/// The catalog keys naming what a JSON value was, where something else was expected.
pub const FOUND_LIST: &str = "value-found-list";
/// See [`FOUND_LIST`].
pub const FOUND_OBJECT: &str = "value-found-object";
/// See [`FOUND_LIST`].
pub const FOUND_STRING: &str = "value-found-string";
/// See [`FOUND_LIST`].
pub const FOUND_NUMBER: &str = "value-found-number";
/// See [`FOUND_LIST`].
pub const FOUND_BOOL: &str = "value-found-bool";
/// See [`FOUND_LIST`].
pub const FOUND_NULL: &str = "value-found-null";

impl Field for String {
    const EXPECTS: &'static str = "text";
    fn expects() -> Arg {
        Msg::new("value-expects-text").into()
    }
    fn from_text(text: &str) -> Result<Self, Msg> {
        Ok(trim(text).to_string())
    }
}

/// A person id as written in a tie, or as a key of the id table: short ids (up to 22
/// bytes, nearly all of them) are kept inline, so reading millions of ties allocates
/// nothing for them and a table lookup compares bytes in the table itself.
#[derive(Debug, Clone)]
pub enum Id {
    /// Up to 22 bytes of UTF-8, and their length.
    Inline([u8; 22], u8),
    /// Anything longer.
    Heap(Box<str>),
}

impl Id {
    /// An id holding this text as it is.
    pub fn new(text: &str) -> Id {
        if text.len() <= 22 {
            let mut b = [0u8; 22];
            b[..text.len()].copy_from_slice(text.as_bytes());
            Id::Inline(b, text.len() as u8)
        } else {
            Id::Heap(text.into())
        }
    }

    /// The id's text, as bytes.
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Id::Inline(b, n) => &b[..usize::from(*n)],
            Id::Heap(s) => s.as_bytes(),
        }
    }

    /// The id's text.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }
}

impl Field for Id {
    const EXPECTS: &'static str = "an id";
    fn expects() -> Arg {
        Msg::new("value-expects-id").into()
    }
    fn from_text(text: &str) -> Result<Self, Msg> {
        Ok(Id::new(trim(text)))
    }
}

// Equality and hashing are the text's, so that a table keyed by `Id` is searched by `&str`.
impl PartialEq for Id {
    fn eq(&self, other: &Id) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Id {}

impl std::hash::Hash for Id {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h);
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl Field for u32 {
    const EXPECTS: &'static str = "a whole number";
    fn expects() -> Arg {
        Msg::new("value-expects-whole-number").into()
    }
    fn from_text(text: &str) -> Result<Self, Msg> {
        let t = crate::vocab::normalize(text);
        match t.parse::<f64>() {
            Ok(x) if x.fract() == 0.0 && x >= 1.0 && x <= f64::from(u32::MAX) => Ok(x as u32),
            _ => Err(Msg::new("value-not-whole-number").arg("value", text.trim())),
        }
    }
}

impl Field for bool {
    const EXPECTS: &'static str = "true or false";
    fn expects() -> Arg {
        Msg::new("value-expects-bool").into()
    }
    fn from_text(text: &str) -> Result<Self, Msg> {
        match crate::vocab::normalize(text).as_str() {
            "true" | "yes" | "y" | "1" | "x" | "是" | "虚线" | "虛線" | "√" | "✓" => Ok(true),
            "false" | "no" | "n" | "0" | "否" | "实线" | "實線" => Ok(false),
            _ => Err(Msg::new("value-not-bool").arg("value", text.trim())),
        }
    }
    fn from_bool(b: bool) -> Result<Self, Msg> {
        Ok(b)
    }
}

macro_rules! vocab_field {
    ($($t:ty),*) => {$(
        impl Field for $t {
            const EXPECTS: &'static str = <$t as Vocab>::WHAT;
            const IS_VOCAB: bool = true;
            fn expects() -> Arg {
                <$t as Vocab>::name_term().into()
            }
            fn from_text(text: &str) -> Result<Self, Msg> {
                <$t as Vocab>::parse(text)
            }
        }
    )*};
}
vocab_field!(
    Governance,
    PurchaseShare,
    UnitKind,
    Side,
    Role,
    Stance,
    Relationship,
    Expertise,
    Style,
    Adaptability,
    Contact,
    Interest,
    TieKind,
    Strength
);

/// Separators of items inside one cell: `;` `；` `、` and, leniently, commas.
pub const LIST_SEPARATORS: &[char] = &[';', '；', '、', ',', '，'];

/// Lists of vocabulary values (roles, interests) also split on `/` and `|`, as Excel
/// users write `决策者/评估者` (full-width `／` `｜` too); lists of names and ids do
/// not, since a competitor's name may hold a slash.
pub const VOCAB_LIST_SEPARATORS: &[char] = &[';', '；', '、', ',', '，', '/', '／', '|', '｜'];

impl<T: Field> Field for Vec<T> {
    const EXPECTS: &'static str = "a list";
    fn expects() -> Arg {
        Msg::new("value-expects-list").into()
    }
    fn from_text(text: &str) -> Result<Self, Msg> {
        let seps = if T::IS_VOCAB { VOCAB_LIST_SEPARATORS } else { LIST_SEPARATORS };
        Self::from_items(text.split(seps).map(str::to_string).collect())
    }
    fn from_items(items: Vec<String>) -> Result<Self, Msg> {
        let mut out = Vec::with_capacity(items.len());
        let mut errors = Vec::new();
        for item in items {
            if item.trim().is_empty() {
                continue;
            }
            match T::from_text(&item) {
                Ok(v) => out.push(v),
                Err(e) => match combined(&item) {
                    Some(vs) => out.extend(vs),
                    None => errors.push(e),
                },
            }
        }
        // Several refused items: each problem, one after the other.
        match errors
            .into_iter()
            .rev()
            .reduce(|rest, first| Msg::new("value-problems").arg("first", first).arg("rest", rest))
        {
            None => Ok(out),
            Some(m) => Err(m),
        }
    }
}

/// An item of symbols written together (`※+`, `+=`: the seed's role notation), each
/// symbol a value of its own; `None` unless every symbol is one.
fn combined<T: Field>(item: &str) -> Option<Vec<T>> {
    let symbols: Vec<char> = item.chars().filter(|c| !c.is_whitespace()).collect();
    if symbols.len() < 2 || symbols.iter().any(|c| c.is_alphanumeric()) {
        return None;
    }
    symbols.iter().map(|c| T::from_text(&c.to_string()).ok()).collect()
}

impl<T: Field> FromPlain for Val<T> {
    /// As [`Val`]'s `Deserialize` does with the same value (`visit_str`, `visit_u64`…).
    fn set_plain(&mut self, v: Plain<'_>) -> bool {
        *self = match v {
            Plain::Str(s) => Val::from_text(s),
            Plain::Digits(d) => wrap(T::from_number(d)),
            Plain::Bool(b) => wrap(T::from_bool(b)),
            Plain::Null => Val::Missing,
            Plain::Strs(items) => wrap(T::from_items(items.into_iter().map(str::to_string).collect())),
        };
        true
    }
}

impl FromPlain for RawContext {}
impl FromPlain for RawGrading {}

impl<'de, T: Field> Deserialize<'de> for Val<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Field> Visitor<'de> for V<T> {
            type Value = Val<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(T::EXPECTS)
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Val<T>, E> {
                Ok(Val::from_text(s))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Val<T>, E> {
                Ok(wrap(T::from_number(&n.to_string())))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Val<T>, E> {
                Ok(wrap(T::from_number(&n.to_string())))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Val<T>, E> {
                Ok(wrap(T::from_number(&number_text(n))))
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<Val<T>, E> {
                Ok(wrap(T::from_bool(b)))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Val<T>, E> {
                Ok(Val::Missing)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Val<T>, A::Error> {
                let mut items = Vec::new();
                let mut bad = None;
                while let Some(item) = seq.next_element::<Scalar>()? {
                    match item {
                        Scalar::Text(t) => items.push(t),
                        Scalar::Other(what) => bad = Some(what),
                    }
                }
                Ok(match bad {
                    Some(what) => {
                        Val::Bad(Box::new(Msg::new("value-list-item").arg("found", Msg::new(what))))
                    }
                    None => wrap(T::from_items(items)),
                })
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Val<T>, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Val::Bad(Box::new(expected_found::<T>(Msg::new(FOUND_OBJECT).into()))))
            }
        }
        d.deserialize_any(V(PhantomData))
    }
}

/// A JSON number read as a float, as text. Integers beyond 2^53 (the JSON reader gives
/// those past 2^64 as floats) lost their last digits: they are written in scientific
/// notation (`1.8446744073709552e19`), not as digits the user never wrote
/// (`18446744073709552000`).
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() >= 9_007_199_254_740_992.0 { format!("{n:e}") } else { n.to_string() }
}

fn wrap<T>(r: Result<T, Msg>) -> Val<T> {
    match r {
        Ok(v) => Val::Ok(v),
        Err(e) => Val::Bad(Box::new(e)),
    }
}

/// A list item: a string or number as text, or what else it was (a `FOUND_…` key).
pub(super) enum Scalar {
    Text(String),
    Other(&'static str),
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Scalar, E> {
                Ok(Scalar::Text(s.to_string()))
            }
            fn visit_i64<E: de::Error>(self, n: i64) -> Result<Scalar, E> {
                Ok(Scalar::Text(n.to_string()))
            }
            fn visit_u64<E: de::Error>(self, n: u64) -> Result<Scalar, E> {
                Ok(Scalar::Text(n.to_string()))
            }
            fn visit_f64<E: de::Error>(self, n: f64) -> Result<Scalar, E> {
                Ok(Scalar::Text(number_text(n)))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar, E> {
                Ok(Scalar::Other(FOUND_BOOL))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
                Ok(Scalar::Other(FOUND_NULL))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Scalar, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other(FOUND_LIST))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Scalar::Other(FOUND_OBJECT))
            }
        }
        d.deserialize_any(V)
    }
}

/// A record type: its keys (English, then accepted Chinese spellings) and how to set
/// a field from a CSV cell.
pub trait Record: Default {
    /// The section's name in JSON paths (`people`).
    const SECTION: &'static str;
    /// Each field: its JSON key, then the other header names accepted for it.
    const KEYS: &'static [&'static [&'static str]];
    /// Sets field `ix` (an index into `KEYS`) from one cell.
    fn set_text(&mut self, ix: usize, text: &str);
    /// Records where the record was written (see the `line` field of each record).
    fn set_line(&mut self, line: u64);
    /// JSON only: the address of its first key as read, 0 when not known.
    fn addr(&self) -> usize;
    /// JSON only: records the address of its first key as read.
    fn set_addr(&mut self, addr: usize);
    /// Notes that field `ix` (an index into `KEYS`) was given again.
    fn note_repeat(&mut self, ix: usize);
    /// Sets field `ix` from a plain JSON value as the serde reader would; `false` when
    /// the field takes no plain value (see [`super::scan`]).
    fn set_plain(&mut self, ix: usize, v: super::scan::Plain<'_>) -> bool;
    /// The index into `KEYS` of a key written exactly as listed (the fast path).
    fn exact_key_ix(key: &str) -> Option<usize> {
        Self::KEYS.iter().position(|names| names.contains(&key))
    }
    /// The index into `KEYS` of a key or header, matched after [`crate::vocab::normalize`].
    fn key_ix(key: &str) -> Option<usize> {
        let n = crate::vocab::normalize(key);
        Self::KEYS.iter().position(|names| names.iter().any(|k| crate::vocab::normalize(k) == n))
    }
    /// Every accepted name, for suggestions.
    fn all_keys() -> impl Iterator<Item = &'static str> {
        Self::KEYS.iter().flat_map(|names| names.iter().copied())
    }
}

/// Sets a record field from a cell; records nested in others are not cells.
pub trait FromCell {
    /// Replaces the field with what the cell says.
    fn set_cell(&mut self, text: &str);
}

impl<T: Field> FromCell for Val<T> {
    fn set_cell(&mut self, text: &str) {
        *self = Val::from_text(text);
    }
}

impl<T> FromCell for Records<T> {
    fn set_cell(&mut self, _: &str) {}
}

/// An object's key as read: borrowed from the text when it has no escapes (so its
/// address tells where the record was written), else decoded. serde's own `Cow` never
/// borrows.
struct Key<'de>(std::borrow::Cow<'de, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Borrowed(s)))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(s.to_string())))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<Key<'de>, E> {
                Ok(Key(std::borrow::Cow::Owned(s)))
            }
        }
        d.deserialize_str(V)
    }
}

macro_rules! record {
    ($(#[$meta:meta])* $name:ident, $section:literal {
        $($(#[$fmeta:meta])* $field:ident : $ty:ty = [$($key:literal),+]),* $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Default)]
        pub struct $name {
            $($(#[$fmeta])* pub $field: $ty,)*
            /// Keys the format does not know, as written.
            pub unknown: Vec<String>,
            /// Set when the value was not an object: what it was (a `FOUND_…` key).
            pub not_object: Option<&'static str>,
            /// Fields given more than once in the JSON object (by their format name),
            /// once per repeat: the JSON reader keeps the last value.
            pub repeated: Vec<&'static str>,
            /// Where it was written: the CSV line it came from; for JSON, 1 + the byte
            /// offset in the text of its first key (0: not known), set by
            /// [`Records::for_each`](super::records::Records::for_each) from `addr`.
            pub line: u64,
            /// JSON only: the address in memory of its first key as read (0: not known,
            /// e.g. a key with escapes), so it is located without reading the text again.
            pub addr: usize,
        }

        impl Record for $name {
            const SECTION: &'static str = $section;
            const KEYS: &'static [&'static [&'static str]] = &[$(&[$($key),+]),*];
            fn set_line(&mut self, line: u64) {
                self.line = line;
            }
            fn addr(&self) -> usize {
                self.addr
            }
            fn set_addr(&mut self, addr: usize) {
                self.addr = addr;
            }
            fn note_repeat(&mut self, ix: usize) {
                if let Some(names) = Self::KEYS.get(ix) {
                    self.repeated.push(names[0]);
                }
            }
            #[allow(unused_assignments, unused_variables, unused_mut)]
            fn set_plain(&mut self, ix: usize, v: super::scan::Plain<'_>) -> bool {
                let mut i = 0usize;
                $(
                    if i == ix {
                        return super::scan::FromPlain::set_plain(&mut self.$field, v);
                    }
                    i += 1;
                )*
                false
            }
            #[allow(unused_assignments, unused_variables, unused_mut)]
            fn set_text(&mut self, ix: usize, text: &str) {
                let mut i = 0usize;
                $(
                    if i == ix {
                        FromCell::set_cell(&mut self.$field, text);
                        return;
                    }
                    i += 1;
                )*
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl<'de> Visitor<'de> for V {
                    type Value = $name;
                    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                        f.write_str("an object")
                    }
                    #[allow(unused_assignments, unused_mut)]
                    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        let mut r = $name::default();
                        // The fields given so far, by index into KEYS (fewer than 64).
                        let mut given = 0u64;
                        while let Some(Key(key)) = map.next_key::<Key<'de>>()? {
                            if given == 0 && r.unknown.is_empty() {
                                if let std::borrow::Cow::Borrowed(k) = &key {
                                    r.addr = k.as_ptr() as usize;
                                }
                            }
                            let ix = <$name as Record>::exact_key_ix(&key)
                                .or_else(|| <$name as Record>::key_ix(&key));
                            match ix {
                                Some(ix) => {
                                    let bit = 1u64 << (ix % 64);
                                    if given & bit != 0 {
                                        r.repeated.push(<$name as Record>::KEYS[ix][0]);
                                    }
                                    given |= bit;
                                    r.set_json(ix, &mut map)?
                                }
                                None => {
                                    r.unknown.push(key.into_owned());
                                    map.next_value::<IgnoredAny>()?;
                                }
                            }
                        }
                        Ok(r)
                    }
                    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<$name, A::Error> {
                        while seq.next_element::<IgnoredAny>()?.is_some() {}
                        Ok($name { not_object: Some(FOUND_LIST), ..$name::default() })
                    }
                    fn visit_str<E: de::Error>(self, _: &str) -> Result<$name, E> {
                        Ok($name { not_object: Some(FOUND_STRING), ..$name::default() })
                    }
                    fn visit_i64<E: de::Error>(self, _: i64) -> Result<$name, E> {
                        Ok($name { not_object: Some(FOUND_NUMBER), ..$name::default() })
                    }
                    fn visit_u64<E: de::Error>(self, _: u64) -> Result<$name, E> {
                        Ok($name { not_object: Some(FOUND_NUMBER), ..$name::default() })
                    }
                    fn visit_f64<E: de::Error>(self, _: f64) -> Result<$name, E> {
                        Ok($name { not_object: Some(FOUND_NUMBER), ..$name::default() })
                    }
                    fn visit_bool<E: de::Error>(self, _: bool) -> Result<$name, E> {
                        Ok($name { not_object: Some(FOUND_BOOL), ..$name::default() })
                    }
                    fn visit_unit<E: de::Error>(self) -> Result<$name, E> {
                        Ok($name { not_object: Some(FOUND_NULL), ..$name::default() })
                    }
                }
                d.deserialize_any(V)
            }
        }

        impl $name {
            /// Sets field `ix` from `value`, the text of one JSON value (a slice of the
            /// text being read, so that keys borrowed from it keep their addresses).
            #[allow(unused_assignments, unused_variables, unused_mut, dead_code)]
            pub(super) fn set_json_text(&mut self, ix: usize, value: &str) -> serde_json::Result<()> {
                let mut i = 0usize;
                $(
                    if i == ix {
                        self.$field = serde_json::from_str(value)?;
                        return Ok(());
                    }
                    i += 1;
                )*
                serde_json::from_str::<IgnoredAny>(value).map(|_| ())
            }

            #[allow(unused_assignments, unused_variables, unused_mut)]
            fn set_json<'de, A: MapAccess<'de>>(&mut self, ix: usize, map: &mut A) -> Result<(), A::Error> {
                let mut i = 0usize;
                $(
                    if i == ix {
                        self.$field = map.next_value()?;
                        return Ok(());
                    }
                    i += 1;
                )*
                map.next_value::<IgnoredAny>()?;
                Ok(())
            }
        }
    };
}

record!(
    /// The top level of a JSON map.
    RawTop, "" {
        /// Format version.
        version: Val<u32> = ["version", "版本"],
        /// The account.
        account: Val<String> = ["account", "客户", "客戶"],
        /// The opportunity.
        opportunity: Val<String> = ["opportunity", "项目", "商机", "專案", "商機"],
        /// Competitors.
        competitors: Val<Vec<String>> = ["competitors", "竞争对手", "競爭對手"],
        /// Context.
        context: RawContext = ["context", "背景"],
        /// Units.
        units: Records<RawUnit> = ["units", "部门", "部門"],
        /// People.
        people: Records<RawPerson> = ["people", "人员", "人員"],
        /// Ties.
        ties: Records<RawTie> = ["ties", "关系", "關係"],
        /// The JSON Schema an editor should check the file against; ignored by powermap.
        schema: Val<String> = ["$schema"],
        /// Grading annotations of an answer key.
        grading: RawGrading = ["grading", "评分", "評分"],
    }
);

pub use super::key::{RawExplain, RawWeights, Weight};
pub use super::records::{Records, Span};

impl FromCell for RawGrading {
    fn set_cell(&mut self, _: &str) {}
}

record!(
    /// An answer key's grading annotations.
    RawGrading, "grading" {
        /// Section weights.
        weights: RawWeights = ["weights", "权重", "權重"],
    }
);

impl FromCell for RawContext {
    fn set_cell(&mut self, _: &str) {}
}

record!(
    /// The account's context.
    RawContext, "context" {
        /// Basis 1.
        governance: Val<Governance> = ["governance", "治理结构", "治理結構"],
        /// Basis 4.
        purchase_share: Val<PurchaseShare> = ["purchase_share", "采购占比", "採購占比"],
    }
);

record!(
    /// A unit as written.
    RawUnit, "units" {
        /// Unique id.
        id: Val<String> = ["id", "编号", "編號"],
        /// Name.
        name: Val<String> = ["name", "名称", "姓名", "名稱"],
        /// Parent unit id.
        parent: Val<String> = ["parent", "上级", "上級"],
        /// Kind.
        kind: Val<UnitKind> = ["kind", "类型", "類型"],
        /// Off limits.
        contact: Val<Contact> = ["contact", "接触", "接觸"],
    }
);

record!(
    /// A person as written.
    RawPerson, "people" {
        /// Unique id.
        id: Val<String> = ["id", "编号", "編號"],
        /// Name.
        name: Val<String> = ["name", "姓名"],
        /// Title.
        title: Val<String> = ["title", "职务", "職務"],
        /// Unit id or name.
        unit: Val<String> = ["unit", "部门", "部門"],
        /// Side.
        side: Val<Side> = ["side", "阵营", "陣營"],
        /// Level.
        level: Val<u32> = ["level", "级别", "級別"],
        /// Roles.
        roles: Val<Vec<Role>> = ["roles", "角色", "role"],
        /// Stance.
        stance: Val<Stance> = ["stance", "立场", "立場"],
        /// Favored competitor.
        favors: Val<String> = ["favors", "倾向", "傾向"],
        /// Relationship stage.
        relationship: Val<Relationship> = ["relationship", "关系", "關係"],
        /// Expertise.
        expertise: Val<Expertise> = ["expertise", "专长", "專長"],
        /// Style.
        style: Val<Style> = ["style", "风格", "風格"],
        /// Adaptability.
        adaptability: Val<Adaptability> = ["adaptability", "创新态度", "創新態度"],
        /// Interests.
        interests: Val<Vec<Interest>> = ["interests", "利益"],
        /// Off limits.
        contact: Val<Contact> = ["contact", "接触", "接觸"],
        /// Notes.
        notes: Val<String> = ["notes", "备注", "note", "備註"],
        /// Shorthand for reporting ties: the managers' ids.
        reports_to: Val<Vec<String>> = ["reports_to", "上级", "上級"],
        /// Answer keys: missing this person costs nothing.
        optional: Val<bool> = ["optional", "可选", "可選"],
        /// Answer keys: shown to a trainee who misses or mistakes this person.
        explain: RawExplain = ["explain", "讲解", "解释", "講解", "解釋"],
        /// Answer keys: shown for this person's roles got wrong.
        explain_roles: RawExplain = ["explain_roles", "角色讲解", "角色講解"],
        /// Answer keys: shown for this person's stance got wrong.
        explain_stance: RawExplain = ["explain_stance", "立场讲解", "立場講解"],
        /// Answer keys: shown for this person's relationship stage got wrong.
        explain_relationship: RawExplain = ["explain_relationship", "关系讲解", "關係講解"],
    }
);

record!(
    /// A tie as written.
    RawTie, "ties" {
        /// From person id.
        from: Val<Id> = ["from", "起点", "起點"],
        /// To person id.
        to: Val<Id> = ["to", "终点", "終點"],
        /// Kind.
        kind: Val<TieKind> = ["kind", "类型", "類型"],
        /// Strength.
        strength: Val<Strength> = ["strength", "强度", "強度"],
        /// Dotted line.
        dotted: Val<bool> = ["dotted", "虚线", "虛線"],
        /// Note.
        note: Val<String> = ["note", "备注", "notes", "備註"],
        /// Answer keys: missing this tie costs nothing.
        optional: Val<bool> = ["optional", "可选", "可選"],
        /// Answer keys: shown to a trainee who misses or mistakes this tie.
        explain: RawExplain = ["explain", "讲解", "解释", "講解", "解釋"],
    }
);

record!(
    /// A row of `account.csv`: one of the account's own fields and its value.
    RawAccountRow, "account" {
        /// The field's name, English or Chinese (`competitors`, `竞争对手`).
        field: Val<String> = ["field", "字段", "项", "欄位", "項"],
        /// Its value as written; lists separated by `;` `；` `、`.
        value: Val<String> = ["value", "值", "内容", "內容"],
    }
);
