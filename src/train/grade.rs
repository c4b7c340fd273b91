//! Grading a trainee's chart against an answer key: people matched tolerantly by name
//! and title, units by name, ties through the matched people; a score for each section
//! (people, units, reporting lines, influence lines, roles, stances, relationship
//! stages), a weighted total out of 100, and itemized feedback (found, missing, wrong,
//! extra) in English or Chinese.
//!
//! Scoring rules, each section a fraction earned / possible:
//! - a key item marked `optional` counts only when the trainee has it (so does a tie
//!   to an optional person the trainee left out);
//! - people and units: one point for each key item found; extra people and units are
//!   listed but cost nothing (units holding only our own people are not graded);
//! - reporting and influence lines: one point for each key tie found (half for a line
//!   drawn the wrong way, of the wrong kind, or solid instead of dotted); a reporting
//!   line drawn through people the key does not have counts as found; an extra line
//!   between two people of the key costs a point;
//! - roles, stances, relationship stages, for the customer's people: one point each
//!   (roles by overlap; half a point for a stance or stage one step off); a key person
//!   the trainee missed earns nothing here either.

use serde::Serialize;
use std::collections::BTreeMap;

use super::names::{NameKey, assign, dice, name_score, unit_score};
use crate::model::{Map, PersonIx, Tie};
use crate::vocab::{Lang, Role, Section, Side, TieKind, Vocab};

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

/// The result of grading one attempt.
#[derive(Debug, Clone, Serialize)]
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

/// One feedback item.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Item {
    /// The section it belongs to.
    pub section: Section,
    /// Found, missing, wrong or extra.
    pub kind: ItemKind,
    /// What it is about, in the key's words (the attempt's for extras).
    pub subject: String,
    /// The key's value, canonical (for wrong items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// The attempt's value, canonical (for wrong items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub got: Option<String>,
    /// The key marks the item optional.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub optional: bool,
    /// The key's explanation, for missing and wrong items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<String>,
    /// The whole item as a sentence in the report's language.
    pub message: String,
}

/// A key person and the attempt's person matched to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Match {
    /// The key's id.
    pub key: String,
    /// The attempt's id, if matched.
    pub attempt: Option<String>,
}

/// A section's tally while grading.
#[derive(Default)]
struct Tally {
    earned: f64,
    possible: f64,
}

struct Grader<'a> {
    key: &'a Map,
    att: &'a Map,
    lang: Lang,
    /// For each key person, the attempt person matched.
    to_att: Vec<Option<PersonIx>>,
    /// For each attempt person, the key person matched.
    to_key: Vec<Option<PersonIx>>,
    tallies: BTreeMap<Section, Tally>,
    items: Vec<Item>,
}

/// Grades `attempt` against `key`. O(K·A·log(K·A)) for the matching of K key people
/// and A attempt people (likewise units), then O((K + A) + T_k·T_a) for the ties.
pub fn grade(key: &Map, attempt: &Map, lang: Lang) -> Grade {
    let kn: Vec<(NameKey, String)> = key.people.iter().map(|p| person_key(p)).collect();
    let an: Vec<(NameKey, String)> = attempt.people.iter().map(|p| person_key(p)).collect();
    let to_att = assign(kn.len(), an.len(), |k, a| {
        let s = name_score(&kn[k].0, &an[a].0);
        if s > 0.0 { s + 0.05 * dice(&kn[k].1, &an[a].1) } else { 0.0 }
    });
    let mut to_key = vec![None; attempt.people.len()];
    for (k, a) in to_att.iter().enumerate() {
        if let Some(a) = a {
            to_key[*a] = Some(k);
        }
    }
    let mut g =
        Grader { key, att: attempt, lang, to_att, to_key, tallies: BTreeMap::new(), items: Vec::new() };
    g.people();
    g.units();
    g.ties(Section::Reporting);
    g.ties(Section::Influence);
    g.attributes();
    g.finish()
}

/// A person's name taken apart (with the title, which may hold the surname's title),
/// and their folded title for tie-breaking.
fn person_key(p: &crate::model::Person) -> (NameKey, String) {
    (NameKey::new(p.display_name()), super::names::fold(p.title.as_deref().unwrap_or("")))
}

fn section_of(kind: TieKind) -> Section {
    if kind == TieKind::ReportsTo { Section::Reporting } else { Section::Influence }
}

impl Grader<'_> {
    fn tally(&mut self, s: Section, earned: f64, possible: f64) {
        let t = self.tallies.entry(s).or_default();
        t.earned += earned;
        t.possible += possible;
    }

    fn pick<'s>(&self, en: &'s str, zh: &'s str) -> &'s str {
        self.lang.pick(en, zh)
    }

    fn push(&mut self, section: Section, kind: ItemKind, subject: String, message: String) -> &mut Item {
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
    fn who(&self, k: PersonIx) -> String {
        let name = self.key.people[k].display_name();
        match self.to_att[k].map(|a| self.att.people[a].display_name()) {
            Some(a) if a != name => format!("{name} ({} {a})", self.pick("you:", "你写作")),
            _ => name.to_string(),
        }
    }

    /// " — explanation" in the report's language, or nothing.
    fn because(&self, explain: Option<&String>) -> String {
        explain.map(|e| format!(" — {e}")).unwrap_or_default()
    }

    fn people(&mut self) {
        for k in 0..self.key.people.len() {
            let note = self.key.grading.person(k).cloned().unwrap_or_default();
            let p = &self.key.people[k];
            let title = p.title.as_deref().map(|t| format!(" ({t})")).unwrap_or_default();
            match self.to_att[k] {
                Some(_) => {
                    self.tally(Section::People, 1.0, 1.0);
                    let msg = format!("{}{}", self.pick("found ", "找到 "), self.who(k));
                    self.push(Section::People, ItemKind::Found, p.display_name().to_string(), msg).optional =
                        note.optional;
                }
                None => {
                    if !note.optional {
                        self.tally(Section::People, 0.0, 1.0);
                    }
                    let opt = if note.optional { self.pick(" (optional)", "（可选）") } else { "" };
                    let msg = format!(
                        "{}{}{title}{opt}{}",
                        self.pick("missing: ", "缺少："),
                        p.display_name(),
                        self.because(note.explain.as_ref())
                    );
                    let it = self.push(Section::People, ItemKind::Missing, p.display_name().to_string(), msg);
                    it.optional = note.optional;
                    it.explain = note.explain;
                }
            }
        }
        for a in 0..self.att.people.len() {
            if self.to_key[a].is_none() {
                let name = self.att.people[a].display_name().to_string();
                let msg = format!(
                    "{}{name}{}",
                    self.pick("extra: ", "多出："),
                    self.pick(" is not in the key", "（答案中没有）")
                );
                self.push(Section::People, ItemKind::Extra, name, msg);
            }
        }
    }

    fn units(&mut self) {
        let graded: Vec<usize> = (0..self.key.units.len())
            .filter(|&u| {
                let members: Vec<_> = self.key.people.iter().filter(|p| p.unit == Some(u)).collect();
                members.is_empty() || members.iter().any(|p| p.side != Side::Ours)
            })
            .collect();
        let kn: Vec<&str> = graded.iter().map(|&u| self.key.units[u].display_name()).collect();
        let an: Vec<&str> = self.att.units.iter().map(|u| u.display_name()).collect();
        let m = assign(kn.len(), an.len(), |k, a| unit_score(kn[k], an[a]));
        let mut used = vec![false; an.len()];
        for (i, name) in kn.iter().enumerate() {
            match m[i] {
                Some(a) => {
                    used[a] = true;
                    self.tally(Section::Units, 1.0, 1.0);
                    let shown = if an[a] == *name {
                        name.to_string()
                    } else {
                        format!("{name} ({} {})", self.pick("you:", "你写作"), an[a])
                    };
                    let msg = format!("{}{shown}", self.pick("found ", "找到 "));
                    self.push(Section::Units, ItemKind::Found, name.to_string(), msg);
                }
                None => {
                    self.tally(Section::Units, 0.0, 1.0);
                    let msg = format!("{}{name}", self.pick("missing unit: ", "缺少部门："));
                    self.push(Section::Units, ItemKind::Missing, name.to_string(), msg);
                }
            }
        }
        for (a, name) in an.iter().enumerate() {
            // Units holding only our own people are not graded, so not extra either.
            let ours_only = {
                let members: Vec<_> = self.att.people.iter().filter(|p| p.unit == Some(a)).collect();
                !members.is_empty() && members.iter().all(|p| p.side == Side::Ours)
            };
            if !used[a] && !ours_only {
                let msg = format!(
                    "{}{name}{}",
                    self.pick("extra unit: ", "多出部门："),
                    self.pick(" is not in the key", "（答案中没有）")
                );
                self.push(Section::Units, ItemKind::Extra, name.to_string(), msg);
            }
        }
    }

    /// A tie as words: `A → B (kind)`, `A — B (kind)` for symmetric kinds.
    fn tie_words(&self, t: &Tie, names: impl Fn(PersonIx) -> String) -> String {
        let arrow = if t.kind.is_symmetric() { "—" } else { "→" };
        let dotted = if t.dotted { self.pick(", dotted", "，虚线") } else { "" };
        format!("{} {arrow} {} ({}{dotted})", names(t.from), names(t.to), t.kind.label(self.lang))
    }

    fn ties(&mut self, section: Section) {
        let in_section = |t: &Tie| section_of(t.kind) == section;
        let mut used = vec![false; self.att.ties.len()];
        for (ti, t) in self.key.ties.iter().enumerate() {
            if !in_section(t) {
                continue;
            }
            let mut note = self.key.grading.tie(ti).cloned().unwrap_or_default();
            // A tie to an optional person the trainee left out is optional too.
            let absent_optional = |p: PersonIx| {
                self.to_att[p].is_none() && self.key.grading.person(p).is_some_and(|n| n.optional)
            };
            note.optional |= absent_optional(t.from) || absent_optional(t.to);
            let subject = self.tie_words(t, |p| self.key.people[p].display_name().to_string());
            let found = match (self.to_att[t.from], self.to_att[t.to]) {
                (Some(a), Some(b)) => self.find_tie(t, a, b, &mut used),
                _ => None,
            };
            let because = self.because(note.explain.as_ref());
            match found {
                Some((credit, None)) => {
                    self.tally(section, credit, 1.0);
                    let msg = format!("{}{subject}", self.pick("found ", "找到 "));
                    self.push(section, ItemKind::Found, subject, msg).optional = note.optional;
                }
                Some((credit, Some((expected, got, why)))) => {
                    self.tally(section, credit, 1.0);
                    let msg = format!("{subject}{}{why}{because}", self.pick(": ", "："));
                    let it = self.push(section, ItemKind::Wrong, subject, msg);
                    it.expected = Some(expected);
                    it.got = Some(got);
                    it.optional = note.optional;
                    it.explain = note.explain;
                }
                None => {
                    if !note.optional {
                        self.tally(section, 0.0, 1.0);
                    }
                    let opt = if note.optional { self.pick(" (optional)", "（可选）") } else { "" };
                    let msg = format!("{}{subject}{opt}{because}", self.pick("missing: ", "缺少："));
                    let it = self.push(section, ItemKind::Missing, subject, msg);
                    it.optional = note.optional;
                    it.explain = note.explain;
                }
            }
        }
        for (ai, t) in self.att.ties.iter().enumerate() {
            if used[ai] || !in_section(t) {
                continue;
            }
            let both_known = self.to_key[t.from].is_some() && self.to_key[t.to].is_some();
            if both_known {
                self.tally(section, 0.0, 1.0);
            }
            let subject = self.tie_words(t, |p| self.att.people[p].display_name().to_string());
            let msg = format!(
                "{}{subject}{}",
                self.pick("extra: ", "多出："),
                self.pick(" is not in the key", "（答案中没有）")
            );
            self.push(section, ItemKind::Extra, subject, msg);
        }
    }

    /// Looks for the key tie `t` between attempt people `a` and `b` among unused attempt
    /// ties; marks what it uses. Returns the credit and, when not exactly right,
    /// (expected, got, what is wrong).
    fn find_tie(
        &self,
        t: &Tie,
        a: PersonIx,
        b: PersonIx,
        used: &mut [bool],
    ) -> Option<(f64, Option<(String, String, String)>)> {
        let section = section_of(t.kind);
        let same_pair = |x: &Tie| (x.from == a && x.to == b) || (x.from == b && x.to == a);
        let candidates: Vec<usize> = (0..self.att.ties.len())
            .filter(|&i| {
                !used[i] && section_of(self.att.ties[i].kind) == section && same_pair(&self.att.ties[i])
            })
            .collect();
        let forward = |x: &Tie| x.kind.is_symmetric() || (x.from == a && x.to == b);
        // Best first: same kind and direction, same kind reversed, another kind.
        let exact =
            candidates.iter().find(|&&i| self.att.ties[i].kind == t.kind && forward(&self.att.ties[i]));
        let reversed = candidates.iter().find(|&&i| self.att.ties[i].kind == t.kind);
        let other = candidates.first();
        if let Some(&i) = exact.or(reversed).or(other) {
            used[i] = true;
            let x = &self.att.ties[i];
            if x.kind != t.kind {
                let why = format!(
                    "{}{}{}{}",
                    self.pick("should be ", "应为 "),
                    t.kind.label(self.lang),
                    self.pick("; you have ", "；你画的是 "),
                    x.kind.label(self.lang)
                );
                return Some((0.5, Some((t.kind.as_str().into(), x.kind.as_str().into(), why))));
            }
            if !forward(x) {
                let why = self.pick("drawn the wrong way round", "方向画反了").to_string();
                return Some((0.5, Some(("forward".into(), "reversed".into(), why))));
            }
            if x.dotted != t.dotted {
                let (e, g) = if t.dotted { ("dotted", "solid") } else { ("solid", "dotted") };
                let why = match self.lang {
                    Lang::En => format!("should be a {e} line; you drew a {g} one"),
                    Lang::Zh => format!(
                        "应为{}；你画的是{}",
                        if t.dotted { "虚线" } else { "实线" },
                        if t.dotted { "实线" } else { "虚线" }
                    ),
                };
                return Some((0.5, Some((e.into(), g.into(), why))));
            }
            return Some((1.0, None));
        }
        if t.kind == TieKind::ReportsTo {
            return self.reporting_chain(a, b, t.dotted, used);
        }
        None
    }

    /// A reporting line from `a` up to `b` through people the key does not have
    /// (an intermediate manager the trainee added). Breadth-first, O(A + T_a).
    fn reporting_chain(
        &self,
        a: PersonIx,
        b: PersonIx,
        dotted: bool,
        used: &mut [bool],
    ) -> Option<(f64, Option<(String, String, String)>)> {
        let n = self.att.people.len();
        let mut via: Vec<Option<usize>> = vec![None; n];
        let mut seen = vec![false; n];
        let mut queue = std::collections::VecDeque::from([a]);
        seen[a] = true;
        while let Some(p) = queue.pop_front() {
            for (i, x) in self.att.ties.iter().enumerate() {
                if x.from != p || x.kind != TieKind::ReportsTo || x.dotted != dotted || used[i] || seen[x.to]
                {
                    continue;
                }
                if x.to == b && p != a {
                    let mut q = p;
                    used[i] = true;
                    while let Some(ti) = via[q] {
                        used[ti] = true;
                        q = self.att.ties[ti].from;
                    }
                    return Some((1.0, None));
                }
                if self.to_key[x.to].is_none() {
                    seen[x.to] = true;
                    via[x.to] = Some(i);
                    queue.push_back(x.to);
                }
            }
        }
        None
    }

    fn attributes(&mut self) {
        for k in 0..self.key.people.len() {
            let kp = &self.key.people[k];
            if kp.side != Side::Customer {
                continue;
            }
            let note = self.key.grading.person(k).cloned().unwrap_or_default();
            let Some(a) = self.to_att[k] else {
                if !note.optional {
                    for s in [Section::Roles, Section::Stances, Section::Relationships] {
                        self.tally(s, 0.0, 1.0);
                    }
                }
                continue;
            };
            let ap = &self.att.people[a];
            let who = self.who(k);
            let because = self.because(note.explain.as_ref());
            // Roles, by overlap (Jaccard).
            let union = kp.roles.iter().chain(ap.roles.iter().filter(|r| !kp.roles.contains(r))).count();
            let common = kp.roles.iter().filter(|r| ap.roles.contains(r)).count();
            let credit = if union == 0 { 1.0 } else { common as f64 / union as f64 };
            self.tally(Section::Roles, credit, 1.0);
            if credit < 1.0 {
                let (e, g) = (self.roles(&kp.roles), self.roles(&ap.roles));
                let msg = format!(
                    "{who}{}{e}{because}{}{g}",
                    self.pick(": roles should be ", "：角色应为 "),
                    self.pick("; you have ", "；你写的是 ")
                );
                let canon = |rs: &[Role]| rs.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ");
                self.wrong(Section::Roles, kp.display_name(), msg, canon(&kp.roles), canon(&ap.roles), &note);
            }
            // Stance: half a point one step off.
            let credit = match (kp.stance.score(), ap.stance.score()) {
                _ if kp.stance == ap.stance => 1.0,
                (Some(x), Some(y)) if (x - y).abs() == 1 => 0.5,
                _ => 0.0,
            };
            self.tally(Section::Stances, credit, 1.0);
            if credit < 1.0 {
                let msg = format!(
                    "{who}{}{}{because}{}{}",
                    self.pick(": stance should be ", "：立场应为 "),
                    kp.stance.label(self.lang),
                    self.pick("; you have ", "；你写的是 "),
                    ap.stance.label(self.lang)
                );
                self.wrong(
                    Section::Stances,
                    kp.display_name(),
                    msg,
                    kp.stance.as_str().into(),
                    ap.stance.as_str().into(),
                    &note,
                );
            }
            // Relationship stage: half a point one step off.
            let (x, y) = (kp.relationship.value(), ap.relationship.value());
            let credit = match x.abs_diff(y) {
                0 => 1.0,
                1 => 0.5,
                _ => 0.0,
            };
            self.tally(Section::Relationships, credit, 1.0);
            if credit < 1.0 {
                let stage = |r: crate::vocab::Relationship| format!("{} {}", r.value(), r.label(self.lang));
                let msg = format!(
                    "{who}{}{}{because}{}{}",
                    self.pick(": relationship should be ", "：关系阶段应为 "),
                    stage(kp.relationship),
                    self.pick("; you have ", "；你写的是 "),
                    stage(ap.relationship)
                );
                self.wrong(
                    Section::Relationships,
                    kp.display_name(),
                    msg,
                    kp.relationship.as_str().into(),
                    ap.relationship.as_str().into(),
                    &note,
                );
            }
        }
    }

    fn roles(&self, rs: &[Role]) -> String {
        if rs.is_empty() {
            return self.pick("none", "无").to_string();
        }
        let sep = self.pick(", ", "、");
        rs.iter().map(|r| r.label(self.lang)).collect::<Vec<_>>().join(sep)
    }

    fn wrong(
        &mut self,
        section: Section,
        subject: &str,
        msg: String,
        expected: String,
        got: String,
        note: &crate::model::ItemNote,
    ) {
        let it = self.push(section, ItemKind::Wrong, subject.to_string(), msg);
        it.expected = Some(expected);
        it.got = Some(got);
        it.optional = note.optional;
        it.explain = note.explain.clone();
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
