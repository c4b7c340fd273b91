//! `powermap check`: the summary of a valid map and the machine-readable report of
//! its diagnostics.

use serde::Serialize;
use std::collections::BTreeMap;

use crate::diag::{Diagnostic, InLang};
use crate::i18n::{Msg, tr_args};
use crate::model::Map;
use crate::vocab::{Lang, Side, TieKind, Vocab};

/// Counts that tell a user the map was read as they meant it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The account, if named.
    pub account: Option<String>,
    /// The opportunity, if named.
    pub opportunity: Option<String>,
    /// People in all.
    pub people: usize,
    /// People by side, in the format's order of sides.
    pub people_by_side: BTreeMap<&'static str, usize>,
    /// Units in all (including units created from people's unit names).
    pub units: usize,
    /// Ties in all.
    pub ties: usize,
    /// Ties by kind.
    pub ties_by_kind: BTreeMap<&'static str, usize>,
}

impl Summary {
    /// Counts a map. O(P + T).
    pub fn of(map: &Map) -> Summary {
        let mut people_by_side = BTreeMap::new();
        for p in &map.people {
            *people_by_side.entry(p.side.as_str()).or_insert(0) += 1;
        }
        let mut ties_by_kind = BTreeMap::new();
        for t in &map.ties {
            *ties_by_kind.entry(t.kind.as_str()).or_insert(0) += 1;
        }
        Summary {
            account: map.account.clone(),
            opportunity: map.opportunity.clone(),
            people: map.people.len(),
            people_by_side,
            units: map.units.len(),
            ties: map.ties.len(),
            ties_by_kind,
        }
    }

    /// The summary as lines of text, in `lang`.
    pub fn to_text(&self, name: &str, lang: Lang) -> String {
        let field = |label: &'static str, value: String| {
            format!(
                "  {}\n",
                tr_args(lang, "check-field", &[("label", Msg::new(label).into()), ("value", value.into())])
            )
        };
        let mut s = format!("{}\n", Msg::new("check-valid").arg("map", name).render(lang));
        if let Some(a) = &self.account {
            s.push_str(&field("check-account", a.clone()));
        }
        if let Some(o) = &self.opportunity {
            s.push_str(&field("check-opportunity", o.clone()));
        }
        let sides: Vec<Msg> = Side::ALL
            .iter()
            .filter_map(|side| self.people_by_side.get(side.as_str()).map(|&n| part(side.term(), n)))
            .collect();
        s.push_str(&field("check-people", counted(self.people, sides).render(lang)));
        s.push_str(&field("check-units", self.units.to_string()));
        let kinds: Vec<Msg> = TieKind::ALL
            .iter()
            .filter_map(|k| self.ties_by_kind.get(k.as_str()).map(|&n| part(k.term(), n)))
            .collect();
        s.push_str(&field("check-ties", counted(self.ties, kinds).render(lang)));
        s
    }
}

/// `customer 7`: a value and how many have it.
fn part(value: crate::i18n::Term, count: usize) -> Msg {
    Msg::new("check-part").arg("value", value).arg("count", count)
}

/// `9 (customer 7, ours 2)`, or `9` when there are no parts.
fn counted(count: usize, parts: Vec<Msg>) -> Msg {
    if parts.is_empty() {
        Msg::new("check-count").arg("count", count)
    } else {
        Msg::new("check-count-parts").arg("count", count).arg("parts", parts)
    }
}

/// The JSON report of `check --format json`: the shape's version, valid or not, the
/// language of its messages, every diagnostic (code, location, message in that
/// language, and the message's own code and parameters), and the summary when valid.
#[derive(Debug, Clone, Serialize)]
pub struct Report<'a> {
    /// The version of this output's shape ([`crate::i18n::SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The map's name (file).
    pub map: &'a str,
    /// True when the map has no error.
    pub valid: bool,
    /// The language of the messages (`en`, `zh`, `zh-Hant`).
    pub lang: &'static str,
    /// Errors, in file order.
    pub errors: Vec<InLang<'a>>,
    /// Warnings, in file order.
    pub warnings: Vec<InLang<'a>>,
    /// Counts, for a valid map.
    pub summary: Option<Summary>,
}

impl<'a> Report<'a> {
    /// Builds the report, its messages in `lang`.
    pub fn new(
        map: &'a str,
        diagnostics: &'a [Diagnostic],
        summary: Option<Summary>,
        lang: Lang,
    ) -> Report<'a> {
        let of = |error: bool| -> Vec<InLang<'a>> {
            diagnostics.iter().filter(|d| d.is_error() == error).map(|d| d.in_lang(lang)).collect()
        };
        Report {
            schema_version: crate::i18n::SCHEMA_VERSION,
            map,
            valid: !diagnostics.iter().any(Diagnostic::is_error),
            lang: lang.code(),
            errors: of(true),
            warnings: of(false),
            summary,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_counts_and_omits_empty_breakdowns() {
        let mut map = Map::default();
        map.people.push(crate::model::Person::new("a"));
        let text = Summary::of(&map).to_text("m.json", Lang::En);
        assert_eq!(text, "m.json: valid map\n  people: 1 (customer 1)\n  units: 0\n  ties: 0\n");
        let text = Summary::of(&Map::default()).to_text("m.json", Lang::Zh);
        assert_eq!(text, "m.json: 地图有效\n  人员: 0\n  部门: 0\n  关系: 0\n");
        let mut map = Map::default();
        map.people.push(crate::model::Person::new("a"));
        map.people.push(crate::model::Person { side: Side::Ours, ..crate::model::Person::new("b") });
        let text = Summary::of(&map).to_text("m.json", Lang::ZhHant);
        assert_eq!(text, "m.json: 地圖有效\n  人員: 2（客戶 1、我方 1）\n  部門: 0\n  關係: 0\n");
    }
}
