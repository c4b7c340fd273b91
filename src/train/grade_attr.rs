//! Grading the attributes of the customer's people found: purchase roles (by
//! overlap), stances and relationship stages (half a point one step off).

use super::grade::{Grader, ItemKind};
use super::names::in_lang;
use crate::vocab::{Role, Section, Side, Vocab};

impl Grader<'_> {
    pub(super) fn attributes(&mut self) {
        for k in 0..self.key.people.len() {
            let kp = &self.key.people[k];
            if kp.side != Side::Customer {
                continue;
            }
            let note = self.person_note(k);
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
                self.wrong(
                    Section::Roles,
                    in_lang(kp.display_name(), self.lang),
                    msg,
                    canon(&kp.roles),
                    canon(&ap.roles),
                    &note,
                );
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
                    in_lang(kp.display_name(), self.lang),
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
                    in_lang(kp.display_name(), self.lang),
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
        note: &super::grade::Note,
    ) {
        let it = self.push(section, ItemKind::Wrong, subject.to_string(), msg);
        it.expected = Some(expected);
        it.got = Some(got);
        it.optional = note.optional;
        it.explain = note.explain.clone();
    }
}
