//! What an answer key adds to the raw map (see `docs/format.md`, Answer keys): section
//! weights (`grading.weights`) and explanations given as one text or one per language.
//! Read leniently like the rest of the raw map: every problem is kept for validation.

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

use super::raw::{FOUND_BOOL, FOUND_LIST, FOUND_NUMBER, Field, FromCell, Scalar, Val};
use crate::i18n::{Arg, Msg};

/// `explain` is not text nor an object of texts: what it was instead (a `FOUND_…` key).
fn explain_found(found: &'static str) -> Val<crate::model::Explain> {
    Val::Bad(Box::new(Msg::new("value-explain-expected").arg("found", Msg::new(found))))
}

/// `explain` as written: text, or `{"en": "…", "zh": "…"}`. In CSV, the cell's text.
#[derive(Debug, Default)]
pub struct RawExplain(pub Val<crate::model::Explain>);

impl FromCell for RawExplain {
    fn set_cell(&mut self, text: &str) {
        self.0 = match Val::<String>::from_text(text) {
            Val::Ok(t) => Val::Ok(crate::model::Explain::Same(t)),
            Val::Missing => Val::Missing,
            Val::Bad(b) => Val::Bad(b),
        };
    }
}

impl super::scan::FromPlain for RawExplain {
    /// A string or null as `Deserialize` reads them (`visit_str`, `visit_unit`).
    fn set_plain(&mut self, v: super::scan::Plain<'_>) -> bool {
        match v {
            super::scan::Plain::Str(s) => self.set_cell(s),
            super::scan::Plain::Null => self.0 = Val::Missing,
            _ => return false,
        }
        true
    }
}

impl<'de> Deserialize<'de> for RawExplain {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use crate::model::Explain;
        const EXPECTS: &str = r#"expected text or {"en": "…", "zh": "…"}"#;
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawExplain;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(EXPECTS)
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawExplain, E> {
                let mut r = RawExplain::default();
                r.set_cell(s);
                Ok(r)
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawExplain, E> {
                Ok(RawExplain(Val::Missing))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawExplain, A::Error> {
                let (mut en, mut zh, mut bad) = (None, None, None);
                while let Some(key) = map.next_key::<String>()? {
                    let text = match map.next_value::<Scalar>()? {
                        Scalar::Text(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
                        Scalar::Text(_) => None,
                        Scalar::Other(what) => {
                            bad = Some(
                                Msg::new("value-explain-item")
                                    .arg("key", key.as_str())
                                    .arg("found", Msg::new(what)),
                            );
                            None
                        }
                    };
                    match crate::vocab::normalize(&key).as_str() {
                        "en" | "english" | "英文" => en = text,
                        "zh" | "chinese" | "中文" => zh = text,
                        _ => bad = Some(Msg::new("value-explain-language").arg("key", key.as_str())),
                    }
                }
                Ok(RawExplain(match (bad, en, zh) {
                    (Some(b), _, _) => Val::Bad(Box::new(b)),
                    (None, None, None) => Val::Missing,
                    (None, en, zh) => Val::Ok(Explain::ByLang { en, zh }),
                }))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawExplain, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(RawExplain(explain_found(FOUND_LIST)))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawExplain, E> {
                Ok(RawExplain(explain_found(FOUND_NUMBER)))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawExplain, E> {
                Ok(RawExplain(explain_found(FOUND_NUMBER)))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawExplain, E> {
                Ok(RawExplain(explain_found(FOUND_NUMBER)))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<RawExplain, E> {
                Ok(RawExplain(explain_found(FOUND_BOOL)))
            }
        }
        d.deserialize_any(V)
    }
}

/// A weight: a number ≥ 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weight(pub f64);

impl Field for Weight {
    const EXPECTS: &'static str = "a number ≥ 0";
    fn expects() -> Arg {
        Msg::new("value-expects-weight").into()
    }
    fn from_text(text: &str) -> Result<Self, Msg> {
        match crate::vocab::normalize(text).parse::<f64>() {
            Ok(x) if x.is_finite() && x >= 0.0 => Ok(Weight(x)),
            _ => Err(Msg::new("value-bad-weight").arg("value", text.trim())),
        }
    }
}

/// `grading.weights` as written: section name → weight, in file order.
#[derive(Debug, Default)]
pub struct RawWeights {
    /// Each entry as written.
    pub entries: Vec<(String, Val<Weight>)>,
    /// Set when the value was not an object: what it was.
    pub not_object: Option<&'static str>,
}

impl FromCell for RawWeights {
    fn set_cell(&mut self, _: &str) {}
}

impl super::scan::FromPlain for RawWeights {}

impl<'de> Deserialize<'de> for RawWeights {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RawWeights;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object of section weights")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawWeights, A::Error> {
                let mut w = RawWeights::default();
                while let Some(key) = map.next_key::<String>()? {
                    let v: Val<Weight> = map.next_value()?;
                    w.entries.push((key, v));
                }
                Ok(w)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawWeights, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(RawWeights { not_object: Some(FOUND_LIST), ..RawWeights::default() })
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<RawWeights, E> {
                Ok(RawWeights { not_object: Some(super::raw::FOUND_STRING), ..RawWeights::default() })
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawWeights, E> {
                Ok(RawWeights { not_object: Some(FOUND_NUMBER), ..RawWeights::default() })
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawWeights, E> {
                Ok(RawWeights { not_object: Some(FOUND_NUMBER), ..RawWeights::default() })
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawWeights, E> {
                Ok(RawWeights { not_object: Some(FOUND_NUMBER), ..RawWeights::default() })
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<RawWeights, E> {
                Ok(RawWeights { not_object: Some(FOUND_BOOL), ..RawWeights::default() })
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawWeights, E> {
                Ok(RawWeights::default())
            }
        }
        d.deserialize_any(V)
    }
}
