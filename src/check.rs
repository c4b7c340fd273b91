//! `powermap check`: the summary of a valid map and the machine-readable report of
//! its diagnostics.

use serde::Serialize;
use std::collections::BTreeMap;

use crate::diag::Diagnostic;
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

    /// The summary as lines of text.
    pub fn to_text(&self, name: &str, lang: Lang) -> String {
        let mut s = String::new();
        let ok = lang.pick("valid map", "地图有效");
        s.push_str(&format!("{name}: {ok}\n"));
        if let Some(a) = &self.account {
            s.push_str(&format!("  {}: {a}\n", lang.pick("account", "客户")));
        }
        if let Some(o) = &self.opportunity {
            s.push_str(&format!("  {}: {o}\n", lang.pick("opportunity", "项目")));
        }
        let sides: Vec<String> = Side::ALL
            .iter()
            .filter_map(|side| {
                self.people_by_side.get(side.as_str()).map(|n| format!("{} {n}", side.label(lang)))
            })
            .collect();
        s.push_str(&format!("  {}: {}{}\n", lang.pick("people", "人员"), self.people, parts(&sides)));
        s.push_str(&format!("  {}: {}\n", lang.pick("units", "部门"), self.units));
        let kinds: Vec<String> = TieKind::ALL
            .iter()
            .filter_map(|k| self.ties_by_kind.get(k.as_str()).map(|n| format!("{} {n}", k.label(lang))))
            .collect();
        s.push_str(&format!("  {}: {}{}\n", lang.pick("ties", "关系"), self.ties, parts(&kinds)));
        s
    }
}

/// ` (a 1, b 2)`, or nothing when there are no parts.
fn parts(p: &[String]) -> String {
    if p.is_empty() { String::new() } else { format!(" ({})", p.join(", ")) }
}

/// The JSON report of `check --format json`: valid or not, every diagnostic, and the
/// summary when valid.
#[derive(Debug, Clone, Serialize)]
pub struct Report<'a> {
    /// The map's name (file).
    pub map: &'a str,
    /// True when the map has no error.
    pub valid: bool,
    /// Errors, in file order.
    pub errors: Vec<&'a Diagnostic>,
    /// Warnings, in file order.
    pub warnings: Vec<&'a Diagnostic>,
    /// Counts, for a valid map.
    pub summary: Option<Summary>,
}

impl<'a> Report<'a> {
    /// Builds the report.
    pub fn new(map: &'a str, diagnostics: &'a [Diagnostic], summary: Option<Summary>) -> Report<'a> {
        Report {
            map,
            valid: !diagnostics.iter().any(Diagnostic::is_error),
            errors: diagnostics.iter().filter(|d| d.is_error()).collect(),
            warnings: diagnostics.iter().filter(|d| !d.is_error()).collect(),
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
    }
}
