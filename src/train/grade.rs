//! Grading a trainee's chart against an answer key: people matched tolerantly by name
//! and title, units by name, ties through the matched people; a score for each section
//! (people, units, reporting lines, influence lines, roles, stances, relationship
//! stages), a weighted total out of 100, and itemized feedback (found, missing, wrong,
//! extra) as codes and parameters ([`Msg`]); [`super::grade_out`] puts them in words.
//!
//! Scoring rules, each section a fraction earned / possible:
//! - a key item marked `optional` counts only when the trainee has it (so does a tie
//!   to an optional person the trainee left out);
//! - people and units: one point for each key item found; extra people and units are
//!   listed but cost nothing (units holding only our own people are not graded);
//! - reporting and influence lines: one point for each key tie found (half for a line
//!   drawn the wrong way, of the wrong kind, or solid instead of dotted); a reporting
//!   line drawn through people the key does not have counts as found, one drawn to the
//!   wrong manager is one wrong item (no credit); an extra line between two people of
//!   the key costs a point;
//! - roles, stances, relationship stages, for the customer's people: one point each
//!   (roles by overlap; half a point for a stance or stage one step off); a key person
//!   the trainee missed earns nothing here either.

use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

use crate::i18n::{Arg, Msg};

use super::names::in_lang;
use crate::model::{Map, PersonIx};
use crate::vocab::{Lang, Section, TieKind, Vocab};

/// The default weight of each section, out of 100.
pub const DEFAULT_WEIGHTS: [(Section, f64); 7] = [
    (Section::People, 20.0),
    (Section::Units, 10.0),
    (Section::Reporting, 15.0),
    (Section::Influence, 15.0),
    (Section::Roles, 15.0),
    (Section::Stances, 15.0),
    (Section::Relationships, 10.0),
];

/// The result of grading one attempt. Written by [`super::grade_out`].
#[derive(Debug, Clone)]
pub struct Grade {
    /// The weighted total, 0…100, rounded to one decimal.
    pub total: f64,
    /// Each section that had something to grade, in the order of [`DEFAULT_WEIGHTS`].
    pub sections: Vec<SectionScore>,
    /// Feedback, section by section, in key order; extras after.
    pub items: Vec<Item>,
    /// How the key's people were matched to the attempt's, by id (key order).
    pub matches: Vec<Match>,
}

/// One section's score.
#[derive(Debug, Clone, Serialize)]
pub struct SectionScore {
    /// The section.
    pub section: Section,
    /// Its weight (from the key, else the default).
    pub weight: f64,
    /// Points earned.
    pub earned: f64,
    /// Points possible.
    pub possible: f64,
    /// earned / possible × 100, rounded to one decimal.
    pub score: f64,
}

/// What kind of feedback an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// In the key and in the attempt.
    Found,
    /// In the key, not in the attempt.
    Missing,
    /// In both, but different.
    Wrong,
    /// In the attempt, not in the key.
    Extra,
}

/// What a feedback item is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A person or a unit, by the name shown (the key's, in the report's language; the
    /// attempt's for extras).
    Name(String),
    /// A line between two people, by their names.
    Tie {
        /// From whom.
        from: String,
        /// To whom.
        to: String,
        /// What kind of line.
        kind: TieKind,
        /// A dotted reporting line.
        dotted: bool,
    },
}

impl Subject {
    /// The subject as a parameter of a message: a name as it is, a line as the message
    /// `grade-tie` (`A → B (reports to)`), its kind in the language rendered.
    pub fn to_arg(&self) -> Arg {
        match self {
            Subject::Name(n) => Arg::Str(n.clone()),
            Subject::Tie { from, to, kind, dotted } => {
                let arrow = if kind.is_symmetric() { "—" } else { "→" };
                Msg::new(if *dotted { "grade-tie-dotted" } else { "grade-tie" })
                    .arg("from", from.as_str())
                    .arg("arrow", arrow)
                    .arg("to", to.as_str())
                    .arg("kind", kind.term())
                    .into()
            }
        }
    }

    /// The subject in words.
    pub fn render(&self, lang: Lang) -> String {
        self.to_arg().render(lang)
    }
}

/// One feedback item: codes and values, no words (see [`super::grade_out`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The section it belongs to.
    pub section: Section,
    /// Found, missing, wrong or extra.
    pub kind: ItemKind,
    /// What it is about.
    pub subject: Subject,
    /// The key's value, canonical (for wrong items).
    pub expected: Option<String>,
    /// The attempt's value, canonical (for wrong items).
    pub got: Option<String>,
    /// The key marks the item optional.
    pub optional: bool,
    /// The key's explanation (in the report's language), for missing and wrong items.
    pub explain: Option<String>,
    /// The whole item: a code (`grade-missing`) and its parameters.
    pub message: Msg,
}

/// A key person and the attempt's person matched to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Match {
    /// The key's id.
    pub key: String,
    /// The attempt's id, if matched.
    pub attempt: Option<String>,
}

/// A key tie found in the attempt: the credit, and what is wrong when not exactly right.
pub(super) struct TieFound {
    pub(super) credit: f64,
    pub(super) wrong: Option<Mismatch>,
}

/// What is wrong with a tie: the key's value, the attempt's, and what is wrong.
pub(super) struct Mismatch {
    pub(super) expected: String,
    pub(super) got: String,
    pub(super) why: Msg,
}

/// What the key says about an item, in the report's language.
#[derive(Debug, Clone, Default)]
pub(super) struct Note {
    pub(super) optional: bool,
    pub(super) explain: Option<String>,
    /// The explanations of a person's roles, stance and relationship stage, each
    /// falling back on `explain`.
    pub(super) roles: Option<String>,
    pub(super) stance: Option<String>,
    pub(super) relationship: Option<String>,
}

/// A section's tally while grading.
#[derive(Default)]
struct Tally {
    earned: f64,
    possible: f64,
}

pub(super) struct Grader<'a> {
    pub(super) key: &'a Map,
    pub(super) att: &'a Map,
    pub(super) lang: Lang,
    /// For each key person, the attempt person matched.
    pub(super) to_att: Vec<Option<PersonIx>>,
    /// For each attempt person, the key person matched.
    pub(super) to_key: Vec<Option<PersonIx>>,
    /// For each attempt person, the attempt's reporting ties leaving them (indices).
    pub(super) up: Vec<Vec<usize>>,
    /// The attempt's ties by the pair of people they join (lower index first).
    pub(super) by_pair: HashMap<(PersonIx, PersonIx), Vec<usize>>,
    /// For each key unit, the attempt unit paired with it.
    unit_to_att: Vec<Option<usize>>,
    tallies: BTreeMap<Section, Tally>,
    pub(super) items: Vec<Item>,
}

/// Grades `attempt` against `key`. Near-linear: the pairing of people and units is
/// indexed ([`super::matching`]), the ties are found through an index of the
/// attempt's ties by pair of people; O((K + A + U + T)·log) when names are distinct.
pub fn grade(key: &Map, attempt: &Map, lang: Lang) -> Grade {
    let pairing = super::matching::pair(key, attempt);
    let to_att = pairing.people;
    let mut to_key = vec![None; attempt.people.len()];
    for (k, a) in to_att.iter().enumerate() {
        if let Some(a) = a {
            to_key[*a] = Some(k);
        }
    }
    let mut up = vec![Vec::new(); attempt.people.len()];
    let mut by_pair: HashMap<(PersonIx, PersonIx), Vec<usize>> = HashMap::new();
    for (i, t) in attempt.ties.iter().enumerate() {
        if t.kind == TieKind::ReportsTo {
            up[t.from].push(i);
        }
        by_pair.entry((t.from.min(t.to), t.from.max(t.to))).or_default().push(i);
    }
    let mut g = Grader {
        key,
        att: attempt,
        lang,
        to_att,
        to_key,
        up,
        by_pair,
        unit_to_att: pairing.units,
        tallies: BTreeMap::new(),
        items: Vec::new(),
    };
    g.people();
    g.units();
    g.ties(Section::Reporting);
    g.ties(Section::Influence);
    g.attributes();
    g.finish()
}

/// The key's name with the attempt's spelling: `grade-you-wrote`.
fn you_wrote(name: &str, yours: &str) -> Arg {
    Msg::new("grade-you-wrote").arg("name", name).arg("yours", yours).into()
}

/// A parameter that shows nothing (an optional part of a message left out).
pub(super) fn nothing() -> Arg {
    Arg::Str(String::new())
}

/// "(optional)" as a parameter when the key marks an item so, else nothing.
pub(super) fn optional(yes: bool) -> Arg {
    if yes { Msg::new("grade-optional").into() } else { nothing() }
}

pub(super) fn section_of(kind: TieKind) -> Section {
    if kind == TieKind::ReportsTo { Section::Reporting } else { Section::Influence }
}

impl Grader<'_> {
    pub(super) fn tally(&mut self, s: Section, earned: f64, possible: f64) {
        let t = self.tallies.entry(s).or_default();
        t.earned += earned;
        t.possible += possible;
    }

    pub(super) fn push(
        &mut self,
        section: Section,
        kind: ItemKind,
        subject: Subject,
        message: Msg,
    ) -> &mut Item {
        self.items.push(Item {
            section,
            kind,
            subject,
            expected: None,
            got: None,
            optional: false,
            explain: None,
            message,
        });
        let last = self.items.len() - 1;
        &mut self.items[last]
    }

    /// The key person's name, with the attempt's spelling when it differs.
    pub(super) fn who(&self, k: PersonIx) -> Arg {
        let name = in_lang(self.key.people[k].display_name(), self.lang);
        match self.to_att[k].map(|a| self.att.people[a].display_name()) {
            Some(a) if a != name => you_wrote(name, a),
            _ => name.into(),
        }
    }

    /// The key's note on a person, in the report's language.
    pub(super) fn person_note(&self, p: PersonIx) -> Note {
        self.note(self.key.grading.person(p))
    }

    /// The key's note on a tie, in the report's language.
    pub(super) fn tie_note(&self, t: usize) -> Note {
        self.note(self.key.grading.tie(t))
    }

    fn note(&self, n: Option<&crate::model::ItemNote>) -> Note {
        n.map(|n| {
            let text = |e: &Option<crate::model::Explain>| e.as_ref().map(|e| e.get(self.lang).to_string());
            let explain = text(&n.explain);
            let field = |e: &Option<crate::model::Explain>| text(e).or_else(|| explain.clone());
            Note {
                optional: n.optional,
                roles: field(&n.explain_roles),
                stance: field(&n.explain_stance),
                relationship: field(&n.explain_relationship),
                explain,
            }
        })
        .unwrap_or_default()
    }

    /// The key's explanation as a parameter (`grade-because`), or nothing.
    pub(super) fn because(&self, explain: Option<&String>) -> Arg {
        explain.map(|e| Msg::new("grade-because").arg("explain", e.as_str()).into()).unwrap_or_else(nothing)
    }

    fn people(&mut self) {
        for k in 0..self.key.people.len() {
            let note = self.person_note(k);
            let p = &self.key.people[k];
            let name = in_lang(p.display_name(), self.lang).to_string();
            match self.to_att[k] {
                Some(_) => {
                    self.tally(Section::People, 1.0, 1.0);
                    let msg = Msg::new("grade-found").arg("what", self.who(k));
                    self.push(Section::People, ItemKind::Found, Subject::Name(name), msg).optional =
                        note.optional;
                }
                None => {
                    if !note.optional {
                        self.tally(Section::People, 0.0, 1.0);
                    }
                    let title = p
                        .title
                        .as_deref()
                        .map(|t| Msg::new("grade-title").arg("title", t).into())
                        .unwrap_or_else(nothing);
                    let msg = Msg::new("grade-missing")
                        .arg("what", name.as_str())
                        .arg("title", title)
                        .arg("optional", optional(note.optional))
                        .arg("because", self.because(note.explain.as_ref()));
                    let it = self.push(Section::People, ItemKind::Missing, Subject::Name(name), msg);
                    it.optional = note.optional;
                    it.explain = note.explain;
                }
            }
        }
        for a in 0..self.att.people.len() {
            if self.to_key[a].is_none() {
                let p = &self.att.people[a];
                let name = p.display_name().to_string();
                let msg = match super::leftover::person(p) {
                    Some(sample) => {
                        Msg::new("grade-leftover").arg("what", name.as_str()).arg("sample", sample)
                    }
                    None => Msg::new("grade-extra").arg("what", name.as_str()),
                };
                self.push(Section::People, ItemKind::Extra, Subject::Name(name), msg);
            }
        }
    }

    fn units(&mut self) {
        let graded = super::matching::graded_units(self.key);
        let att_graded = super::matching::graded_units(self.att);
        let mut used = vec![false; self.att.units.len()];
        for u in (0..self.key.units.len()).filter(|&u| graded[u]) {
            let full = self.key.units[u].display_name();
            let name = in_lang(full, self.lang);
            match self.unit_to_att[u] {
                Some(a) => {
                    used[a] = true;
                    self.tally(Section::Units, 1.0, 1.0);
                    let theirs = self.att.units[a].display_name();
                    let shown =
                        if theirs == full || theirs == name { name.into() } else { you_wrote(name, theirs) };
                    let msg = Msg::new("grade-found").arg("what", shown);
                    self.push(Section::Units, ItemKind::Found, Subject::Name(name.to_string()), msg);
                }
                None => {
                    self.tally(Section::Units, 0.0, 1.0);
                    let msg = Msg::new("grade-missing-unit").arg("what", name);
                    self.push(Section::Units, ItemKind::Missing, Subject::Name(name.to_string()), msg);
                }
            }
        }
        // The account (the top of the organization) still named as in the template.
        if let Some(acc) = self.att.account.as_deref().filter(|a| super::leftover::name(a)) {
            let msg = Msg::new("grade-leftover").arg("what", acc).arg("sample", acc);
            self.push(Section::Units, ItemKind::Extra, Subject::Name(acc.to_string()), msg);
        }
        for a in 0..self.att.units.len() {
            // Units holding only our own people are not graded, so not extra either.
            if !used[a] && att_graded[a] {
                let name = self.att.units[a].display_name();
                let msg = if super::leftover::name(name) {
                    Msg::new("grade-leftover").arg("what", name).arg("sample", name)
                } else {
                    Msg::new("grade-extra-unit").arg("what", name)
                };
                self.push(Section::Units, ItemKind::Extra, Subject::Name(name.to_string()), msg);
            }
        }
    }

    fn finish(self) -> Grade {
        let round = |x: f64| (x * 10.0).round() / 10.0;
        let mut sections = Vec::new();
        let (mut sum, mut wsum) = (0.0, 0.0);
        for (s, default) in DEFAULT_WEIGHTS {
            let Some(t) = self.tallies.get(&s) else { continue };
            if t.possible <= 0.0 {
                continue;
            }
            let weight = self.key.grading.weights.get(&s).copied().unwrap_or(default);
            let frac = t.earned / t.possible;
            sum += weight * frac;
            wsum += weight;
            sections.push(SectionScore {
                section: s,
                weight,
                earned: t.earned,
                possible: t.possible,
                score: round(frac * 100.0),
            });
        }
        let total = if wsum > 0.0 { round(sum / wsum * 100.0) } else { 0.0 };
        let order = |s: Section| DEFAULT_WEIGHTS.iter().position(|(x, _)| *x == s).unwrap_or(usize::MAX);
        let mut items = self.items;
        // Stable: by section, then extras after the key's items, keeping key order.
        items.sort_by_key(|i| (order(i.section), i.kind == ItemKind::Extra));
        let matches = self
            .key
            .people
            .iter()
            .zip(&self.to_att)
            .map(|(p, a)| Match { key: p.id.clone(), attempt: a.map(|a| self.att.people[a].id.clone()) })
            .collect();
        Grade { total, sections, items, matches }
    }
}
