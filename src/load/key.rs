//! What an answer key adds to the raw map (see `docs/format.md`, Answer keys): section
//! weights (`grading.weights`) and explanations given as one text or one per language.
//! Read leniently like the rest of the raw map: every problem is kept for validation.

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;

use super::raw::{Field, FromCell, Scalar, Val};

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
                            bad = Some(format!("explain.{key} is {what}, expected text"));
                            None
                        }
                    };
                    match crate::vocab::normalize(&key).as_str() {
                        "en" | "english" | "英文" => en = text,
                        "zh" | "chinese" | "中文" => zh = text,
                        _ => bad = Some(format!("explain: unknown language \"{key}\" (expected en or zh)")),
                    }
                }
                Ok(RawExplain(match (bad, en, zh) {
                    (Some(b), _, _) => Val::Bad(b.into()),
                    (None, None, None) => Val::Missing,
                    (None, en, zh) => Val::Ok(Explain::ByLang { en, zh }),
                }))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawExplain, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(RawExplain(Val::Bad(format!("{EXPECTS}, found a list").into())))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawExplain, E> {
                Ok(RawExplain(Val::Bad(format!("{EXPECTS}, found a number").into())))
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawExplain, E> {
                Ok(RawExplain(Val::Bad(format!("{EXPECTS}, found a number").into())))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawExplain, E> {
                Ok(RawExplain(Val::Bad(format!("{EXPECTS}, found a number").into())))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<RawExplain, E> {
                Ok(RawExplain(Val::Bad(format!("{EXPECTS}, found true/false").into())))
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
    fn from_text(text: &str) -> Result<Self, String> {
        match crate::vocab::normalize(text).parse::<f64>() {
            Ok(x) if x.is_finite() && x >= 0.0 => Ok(Weight(x)),
            _ => Err(format!("weight \"{}\" is not a number ≥ 0", text.trim())),
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
                Ok(RawWeights { not_object: Some("a list"), ..RawWeights::default() })
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<RawWeights, E> {
                Ok(RawWeights { not_object: Some("a string"), ..RawWeights::default() })
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawWeights, E> {
                Ok(RawWeights { not_object: Some("a number"), ..RawWeights::default() })
            }
            fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawWeights, E> {
                Ok(RawWeights { not_object: Some("a number"), ..RawWeights::default() })
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawWeights, E> {
                Ok(RawWeights { not_object: Some("a number"), ..RawWeights::default() })
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<RawWeights, E> {
                Ok(RawWeights { not_object: Some("true/false"), ..RawWeights::default() })
            }
            fn visit_unit<E: de::Error>(self) -> Result<RawWeights, E> {
                Ok(RawWeights::default())
            }
        }
        d.deserialize_any(V)
    }
}
