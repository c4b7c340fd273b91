//! Words in one place: every word a user reads comes from a per-language Fluent catalog
//! (`locales/en.ftl`, `locales/zh.ftl`, `locales/zh-Hant.ftl`), compiled into the binary.
//!
//! Below the surface, analyses, validation, grading and diff carry a [`Msg`]: a stable
//! key (its `code`) and typed parameters. Only the writers of reports, diagrams and
//! diagnostics turn a `Msg` into words with [`Msg::render`] (or [`tr`] for a plain
//! label). A translator edits a `.ftl` file and never reads Rust; adding a language is
//! one more file and one line in [`CATALOGS`].
//!
//! Parameters are named in the catalogs as `{ $name }`. Integers are passed as Fluent
//! numbers (so plurals select on them); decimal figures are formatted by the caller and
//! passed as text; vocabulary values ([`Arg::Term`]) are looked up in the catalog of the
//! language being rendered (`stance-supporter` → `支持`); a nested [`Msg`] is rendered
//! first; a list is joined with the language's list separator.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

mod lang;
pub use lang::Lang;

/// The catalogs compiled into the binary: language, file name, text.
pub const CATALOGS: &[(Lang, &str, &str)] = &[
    (Lang::En, "en.ftl", include_str!("../../locales/en.ftl")),
    (Lang::Zh, "zh.ftl", include_str!("../../locales/zh.ftl")),
    (Lang::ZhHant, "zh-Hant.ftl", include_str!("../../locales/zh-Hant.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [Bundle] {
    static BUNDLES: OnceLock<Vec<Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        CATALOGS
            .iter()
            .map(|(lang, _, text)| {
                let id = lang.code().parse().unwrap_or_default();
                let mut b = FluentBundle::new_concurrent(vec![id]);
                // Terminals, CSV cells and diagrams want plain text, not bidi marks.
                b.set_use_isolating(false);
                // A catalog that does not parse is caught by the catalog tests; what parses
                // is still used.
                let res = FluentResource::try_new((*text).to_string()).unwrap_or_else(|(r, _)| r);
                let _ = b.add_resource(res);
                b
            })
            .collect()
    })
}

fn bundle(lang: Lang) -> &'static Bundle {
    let all = bundles();
    let i = CATALOGS.iter().position(|(l, _, _)| *l == lang).unwrap_or(0);
    &all[i]
}

/// The words for `key` in `lang`, with no parameters (a label, a heading).
///
/// A key missing from a catalog falls back to English, and then to the key itself, so a
/// user never sees nothing; the catalog tests keep that from happening.
pub fn tr(lang: Lang, key: &str) -> String {
    words(lang, key, &[], false)
}

/// The words for `key` in `lang` with parameters.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, Arg)]) -> String {
    words(lang, key, args, false)
}

/// The words of `key` (see [`tr`]): written out directly when the pattern is plain
/// ([`plain_words`]) unless `fluent_only`, else by Fluent's resolver.
fn words(lang: Lang, key: &str, args: &[(&str, Arg)], fluent_only: bool) -> String {
    // The catalog of `lang`, else English's, else the key itself.
    let Some((b, pattern)) = [lang, Lang::En].into_iter().find_map(|l| {
        let b = bundle(l);
        b.get_message(key).and_then(|m| m.value()).map(|p| (b, p))
    }) else {
        return key.to_string();
    };
    if !fluent_only && let Some(words) = plain_words(pattern, lang, args) {
        return words;
    }
    let mut fa = FluentArgs::with_capacity(args.len());
    for (name, a) in args {
        fa.set(*name, a.to_fluent(lang));
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, (!args.is_empty()).then_some(&fa), &mut errors).into_owned()
}

/// The words of a pattern made of text and parameters alone (no selector, function or
/// reference: most messages), written out directly; `None` for any other pattern or a
/// parameter not given, which Fluent formats. The words are Fluent's to the byte (no
/// isolation marks are used, a parameter given twice is the last one given, a number
/// is written as Fluent writes it): a review of a big map renders a message for every
/// change, and Fluent's general resolver, with its arguments sorted into a table of
/// their own, costs several times as much. O(length of the words).
fn plain_words(pattern: &ast::Pattern<&str>, lang: Lang, args: &[(&str, Arg)]) -> Option<String> {
    use ast::{Expression, InlineExpression, PatternElement};
    let mut out = String::new();
    for e in &pattern.elements {
        let arg = match e {
            PatternElement::TextElement { value } => {
                out.push_str(value);
                continue;
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => args.iter().rev().find(|(n, _)| *n == id.name).map(|(_, a)| a)?,
            PatternElement::Placeable { .. } => return None,
        };
        match arg {
            Arg::Str(s) => out.push_str(s),
            Arg::Int(n) => out.push_str(&fluent_bundle::types::FluentNumber::from(*n).as_string()),
            other => out.push_str(&other.render(lang)),
        }
    }
    Some(out)
}

/// Does the catalog of `lang` hold `key`?
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// A parameter of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Text shown as it is: a name, an id, a file name, a figure already formatted.
    Str(String),
    /// A whole number (plurals select on it).
    Int(i64),
    /// A vocabulary value, shown in the language rendered: the catalog key `{vocab}-{value}`.
    Term(Term),
    /// A message of its own, rendered first.
    Msg(Box<Msg>),
    /// Several parameters, joined with the language's list separator (`, ` / `、`).
    List(Vec<Arg>),
}

/// A vocabulary value named in a message: which vocabulary and which value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Term {
    /// The vocabulary's catalog key (`stance`, `tie-kind`).
    pub vocab: &'static str,
    /// The canonical value as written in JSON (`supporter`, `reports_to`).
    pub value: &'static str,
}

impl Term {
    /// The catalog key of this value: `stance-supporter`, `tie-kind-reports-to`.
    pub fn key(self) -> String {
        term_key(self.vocab, self.value)
    }
}

/// The catalog key of a vocabulary value.
pub fn term_key(vocab: &str, value: &str) -> String {
    let mut k = String::with_capacity(vocab.len() + value.len() + 1);
    k.push_str(vocab);
    k.push('-');
    k.extend(value.chars().map(|c| if c == '_' { '-' } else { c }));
    k
}

/// The words of a term in `lang` (`tr` of its key), looked up in the catalog once per
/// thread and term: a review or report names the same few kinds, stances and fields
/// thousands of times. O(1) amortized (a hash lookup and a copy).
fn term_words(lang: Lang, t: Term) -> String {
    thread_local! {
        static WORDS: std::cell::RefCell<rustc_hash::FxHashMap<(Lang, Term), std::rc::Rc<str>>> =
            std::cell::RefCell::default();
    }
    WORDS.with(|words| {
        if let Some(w) = words.borrow().get(&(lang, t)) {
            return w.to_string();
        }
        let w = tr(lang, &t.key());
        words.borrow_mut().insert((lang, t), w.as_str().into());
        w
    })
}

impl Arg {
    fn to_fluent(&self, lang: Lang) -> FluentValue<'_> {
        match self {
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Str(s) => FluentValue::from(s.as_str()),
            other => FluentValue::from(other.render(lang)),
        }
    }

    /// This parameter as words in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Arg::Str(s) => s.clone(),
            Arg::Int(n) => n.to_string(),
            Arg::Term(t) => term_words(lang, *t),
            Arg::Msg(m) => m.render(lang),
            Arg::List(items) => {
                let sep = term_words(lang, Term { vocab: "list", value: "separator" });
                let parts: Vec<String> = items.iter().map(|a| a.render(lang)).collect();
                parts.join(&sep)
            }
        }
    }

    fn serialize_value<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Str(v) => s.serialize_str(v),
            Arg::Int(n) => s.serialize_i64(*n),
            Arg::Term(t) => s.serialize_str(t.value),
            Arg::Msg(m) => m.serialize(s),
            Arg::List(items) => s.collect_seq(items.iter().map(ArgRef)),
        }
    }
}

struct ArgRef<'a>(&'a Arg);

impl Serialize for ArgRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_value(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(s: Cow<'_, str>) -> Self {
        Arg::Str(s.into_owned())
    }
}
macro_rules! int_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(i8, i16, i32, i64, u8, u16, u32, u64, usize);
impl From<Term> for Arg {
    fn from(t: Term) -> Self {
        Arg::Term(t)
    }
}
impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}
impl<T: Into<Arg>> From<Vec<T>> for Arg {
    fn from(v: Vec<T>) -> Self {
        Arg::List(v.into_iter().map(Into::into).collect())
    }
}

/// Something to say: a stable catalog key (the `code` scripts read) and its parameters.
/// Serialized as `{"code": key, "params": {name: value}}`; terms as their canonical
/// English value, nested messages as objects of the same shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    /// The catalog key, also the stable code (`risk-blocker`).
    pub key: &'static str,
    /// Named parameters, in the order given.
    pub args: Vec<(&'static str, Arg)>,
}

impl Msg {
    /// A message with no parameters.
    pub fn new(key: &'static str) -> Msg {
        Msg { key, args: Vec::new() }
    }

    /// Adds a parameter.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Msg {
        self.args.push((name, value.into()));
        self
    }

    /// The value of a parameter, if given.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// The words of this message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        tr_args(lang, self.key, &self.args)
    }

    /// The message and its code for a JSON output:
    /// `{"code": …, "params": {…}, "message": "…"}`.
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        let mut v = serde_json::to_value(self).unwrap_or_default();
        if let Some(o) = v.as_object_mut() {
            o.insert("message".into(), self.render(lang).into());
        }
        v
    }
}

impl Msg {
    /// The parameters alone, as a JSON object (`{"who": "huang", "n": 3}`).
    pub fn serialize_params<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.args.len()))?;
        for (k, v) in &self.args {
            m.serialize_entry(k, &ArgRef(v))?;
        }
        m.end()
    }
}

struct ParamsOf<'a>(&'a Msg);

impl Serialize for ParamsOf<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_params(s)
    }
}

impl Serialize for Msg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("code", self.key)?;
        m.serialize_entry("params", &ParamsOf(self))?;
        m.end()
    }
}

/// The version of every JSON output's shape: raised when a field is renamed or removed
/// (adding one does not raise it). Written as the top-level `schema_version`.
pub const SCHEMA_VERSION: u32 = 2;

#[cfg(test)]
mod tests {
    use super::*;

    /// The variables a pattern names, at any depth (in selectors and their variants too).
    fn variables<'s>(p: &ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
        fn inline<'s>(e: &ast::InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
            match e {
                ast::InlineExpression::VariableReference { id } => out.push(id.name),
                ast::InlineExpression::Placeable { expression } => expr(expression, out),
                ast::InlineExpression::FunctionReference { arguments, .. } => {
                    arguments.positional.iter().for_each(|a| inline(a, out));
                    arguments.named.iter().for_each(|a| inline(&a.value, out));
                }
                _ => {}
            }
        }
        fn expr<'s>(e: &ast::Expression<&'s str>, out: &mut Vec<&'s str>) {
            match e {
                ast::Expression::Inline(i) => inline(i, out),
                ast::Expression::Select { selector, variants } => {
                    inline(selector, out);
                    variants.iter().for_each(|v| variables(&v.value, out));
                }
            }
        }
        for e in &p.elements {
            if let ast::PatternElement::Placeable { expression } = e {
                expr(expression, out);
            }
        }
    }

    /// Every message of every catalog, with every kind of parameter for each of its
    /// variables (and with one left out), says the same words written out directly as
    /// by Fluent's resolver.
    #[test]
    fn plain_messages_are_written_as_fluent_writes_them() {
        let samples = [
            Arg::Str("黄 <b>&amp;".into()),
            Arg::Int(3),
            Arg::Int(-1),
            Arg::Int(1 << 60),
            Arg::Term(Term { vocab: "stance", value: "supporter" }),
            Arg::Msg(Box::new(Msg::new("list-separator"))),
            Arg::List(vec![Arg::Str("a".into()), Arg::Int(1)]),
        ];
        let mut plain = 0;
        for (lang, _, text) in CATALOGS {
            let res = fluent_syntax::parser::parse(*text).unwrap_or_else(|(r, _)| r);
            for entry in &res.body {
                let ast::Entry::Message(m) = entry else { continue };
                let Some(p) = &m.value else { continue };
                let mut names = Vec::new();
                variables(p, &mut names);
                for (k, sample) in samples.iter().enumerate() {
                    let mut args: Vec<(&str, Arg)> = names.iter().map(|&n| (n, sample.clone())).collect();
                    // A parameter given twice: the last one counts.
                    if let Some(&n) = names.first() {
                        args.insert(0, (n, Arg::Str("first".into())));
                    }
                    if k == 0 && !args.is_empty() {
                        args.pop();
                    }
                    let key = m.id.name;
                    assert_eq!(tr_args(*lang, key, &args), words(*lang, key, &args, true), "{lang:?} {key}");
                    plain += usize::from(plain_words(p, *lang, &args).is_some());
                }
                assert_eq!(
                    tr(*lang, m.id.name),
                    words(*lang, m.id.name, &[], true),
                    "{lang:?} {}",
                    m.id.name
                );
            }
        }
        assert!(plain > 1000, "most messages are written directly ({plain})");
    }

    #[test]
    fn renders_parameters_terms_and_lists_in_each_language() {
        let m = Msg::new("list-separator");
        assert_eq!(m.render(Lang::En), ", ");
        assert_eq!(m.render(Lang::Zh), "、");
        let t = Arg::Term(Term { vocab: "stance", value: "supporter" });
        assert_eq!(t.render(Lang::En), "supporter");
        assert_eq!(t.render(Lang::Zh), "支持");
        let l = Arg::List(vec![
            Arg::Term(Term { vocab: "role", value: "approver" }),
            Arg::Term(Term { vocab: "role", value: "decision_maker" }),
        ]);
        assert_eq!(l.render(Lang::Zh), "批准者、决策者");
        assert_eq!(l.render(Lang::ZhHant), "批准者、決策者");
        assert_eq!(l.render(Lang::En), "approver, decision maker");
    }

    #[test]
    fn a_message_serializes_as_code_and_params() {
        let m = Msg::new("severity-error").arg("n", 3).arg("who", "黄主任");
        let v = serde_json::to_value(&m).unwrap();
        assert_eq!(v, serde_json::json!({"code": "severity-error", "params": {"n": 3, "who": "黄主任"}}));
        assert_eq!(m.to_json(Lang::Zh)["message"], "错误");
    }

    #[test]
    fn an_unknown_key_falls_back_to_the_key() {
        assert_eq!(tr(Lang::Zh, "no-such-key-anywhere"), "no-such-key-anywhere");
    }
}
