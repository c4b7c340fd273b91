//! Grading the lines of a chart: reporting lines and influence lines (influences,
//! knows, conflict), matched through the people already matched, with half credit for
//! a line drawn the wrong way, of the wrong kind, or solid instead of dotted, and a
//! reporting line to the wrong manager named as such.

use super::grade::{Grader, ItemKind, Mismatch, Subject, TieFound, optional, section_of};
use super::names::in_lang;
use crate::i18n::Msg;
use crate::model::{PersonIx, Tie};
use crate::vocab::{Section, TieKind, Vocab};

impl Grader<'_> {
    /// A tie as a subject, its people named by `names`.
    pub(super) fn tie_subject(&self, t: &Tie, names: impl Fn(PersonIx) -> String) -> Subject {
        Subject::Tie { from: names(t.from), to: names(t.to), kind: t.kind, dotted: t.dotted }
    }

    pub(super) fn ties(&mut self, section: Section) {
        let in_section = |t: &Tie| section_of(t.kind) == section;
        let mut used = vec![false; self.att.ties.len()];
        // First every line drawn as the key has it (or nearly), then, for reporting
        // lines still missing, a line to another manager, so that a near miss never
        // takes the line an exact match needs.
        let mut found: Vec<Option<TieFound>> = self
            .key
            .ties
            .iter()
            .map(|t| match (in_section(t), self.to_att[t.from], self.to_att[t.to]) {
                (true, Some(a), Some(b)) => self.find_tie(t, a, b, &mut used),
                _ => None,
            })
            .collect();
        for (ti, t) in self.key.ties.iter().enumerate() {
            if found[ti].is_none()
                && t.kind == TieKind::ReportsTo
                && let Some(a) = self.to_att[t.from]
            {
                found[ti] = self.other_manager(t, a, &mut used);
            }
        }
        for (ti, t) in self.key.ties.iter().enumerate() {
            if !in_section(t) {
                continue;
            }
            let mut note = self.tie_note(ti);
            // A tie to an optional person the trainee left out is optional too.
            let absent_optional = |p: PersonIx| {
                self.to_att[p].is_none() && self.key.grading.person(p).is_some_and(|n| n.optional)
            };
            note.optional |= absent_optional(t.from) || absent_optional(t.to);
            let subject =
                self.tie_subject(t, |p| in_lang(self.key.people[p].display_name(), self.lang).to_string());
            let because = self.because(note.explain.as_ref());
            match found[ti].take() {
                Some(TieFound { credit, wrong: None }) => {
                    self.tally(section, credit, 1.0);
                    let msg = Msg::new("grade-found").arg("what", subject.to_arg());
                    self.push(section, ItemKind::Found, subject, msg).optional = note.optional;
                }
                Some(TieFound { credit, wrong: Some(Mismatch { expected, got, why }) }) => {
                    self.tally(section, credit, 1.0);
                    let msg = Msg::new("grade-wrong-tie")
                        .arg("tie", subject.to_arg())
                        .arg("why", why)
                        .arg("because", because);
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
                    let msg = Msg::new("grade-missing")
                        .arg("what", subject.to_arg())
                        .arg("title", super::grade::nothing())
                        .arg("optional", optional(note.optional))
                        .arg("because", because);
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
            let subject = self.tie_subject(t, |p| self.att.people[p].display_name().to_string());
            let msg = Msg::new("grade-extra").arg("what", subject.to_arg());
            self.push(section, ItemKind::Extra, subject, msg);
        }
    }

    /// Looks for the key tie `t` between attempt people `a` and `b` among unused attempt
    /// ties; marks what it uses. Returns the credit and, when not exactly right,
    /// (expected, got, what is wrong).
    fn find_tie(&self, t: &Tie, a: PersonIx, b: PersonIx, used: &mut [bool]) -> Option<TieFound> {
        let section = section_of(t.kind);
        let same_pair = |x: &Tie| (x.from == a && x.to == b) || (x.from == b && x.to == a);
        let candidates: Vec<usize> = self
            .by_pair
            .get(&(a.min(b), a.max(b)))
            .into_iter()
            .flatten()
            .copied()
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
                let why = Msg::new("grade-why-kind").arg("expected", t.kind.term()).arg("got", x.kind.term());
                return Some(TieFound {
                    credit: 0.5,
                    wrong: Some(Mismatch {
                        expected: t.kind.as_str().into(),
                        got: x.kind.as_str().into(),
                        why,
                    }),
                });
            }
            if !forward(x) {
                let why = Msg::new("grade-why-reversed");
                return Some(TieFound {
                    credit: 0.5,
                    wrong: Some(Mismatch { expected: "forward".into(), got: "reversed".into(), why }),
                });
            }
            if x.dotted != t.dotted {
                let (e, g) = if t.dotted { ("dotted", "solid") } else { ("solid", "dotted") };
                let why = Msg::new(if t.dotted { "grade-why-dotted" } else { "grade-why-solid" });
                return Some(TieFound {
                    credit: 0.5,
                    wrong: Some(Mismatch { expected: e.into(), got: g.into(), why }),
                });
            }
            return Some(TieFound { credit: 1.0, wrong: None });
        }
        if t.kind == TieKind::ReportsTo {
            return self.reporting_chain(a, b, t.dotted, used);
        }
        None
    }

    /// For a key reporting line from `t.from` (drawn as attempt person `a`) that was
    /// not found: an unused line of the same kind (solid or dotted) from `a` to someone
    /// else, a wrong manager (no credit, but one item instead of a missing and an
    /// extra). O(lines leaving `a`).
    fn other_manager(&self, t: &Tie, a: PersonIx, used: &mut [bool]) -> Option<TieFound> {
        let i = self.up[a].iter().copied().find(|&i| !used[i] && self.att.ties[i].dotted == t.dotted)?;
        used[i] = true;
        let key_boss = in_lang(self.key.people[t.to].display_name(), self.lang);
        let att_boss = self.att.people[self.att.ties[i].to].display_name();
        let why = Msg::new("grade-why-manager").arg("expected", key_boss).arg("got", att_boss);
        let wrong = Mismatch {
            expected: self.key.people[t.to].id.clone(),
            got: self.att.people[self.att.ties[i].to].id.clone(),
            why,
        };
        Some(TieFound { credit: 0.0, wrong: Some(wrong) })
    }

    /// A reporting line from `a` up to `b` through people the key does not have
    /// (an intermediate manager the trainee added). Breadth-first over the reporting
    /// lines, O(people and lines visited).
    fn reporting_chain(&self, a: PersonIx, b: PersonIx, dotted: bool, used: &mut [bool]) -> Option<TieFound> {
        // Only the people met are remembered, so that a search costs what it visits.
        let mut via: std::collections::HashMap<PersonIx, usize> = std::collections::HashMap::new();
        let mut queue = std::collections::VecDeque::from([a]);
        while let Some(p) = queue.pop_front() {
            for &i in &self.up[p] {
                let x = &self.att.ties[i];
                if x.dotted != dotted || used[i] || x.to == a || via.contains_key(&x.to) {
                    continue;
                }
                if x.to == b && p != a {
                    let mut q = p;
                    used[i] = true;
                    while let Some(&ti) = via.get(&q) {
                        used[ti] = true;
                        q = self.att.ties[ti].from;
                    }
                    return Some(TieFound { credit: 1.0, wrong: None });
                }
                if self.to_key[x.to].is_none() {
                    via.insert(x.to, i);
                    queue.push_back(x.to);
                }
            }
        }
        None
    }
}
