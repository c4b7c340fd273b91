//! Grading the attributes of the customer's people found: purchase roles (by
//! overlap), stances and relationship stages (half a point one step off).

use super::grade::{Grader, ItemKind, Subject};
use super::names::in_lang;
use crate::i18n::{Arg, Msg};
use crate::vocab::{Relationship, Role, Section, Side, Vocab};

/// A relationship stage with its number: `2 engaged` (`grade-stage`).
fn stage(r: Relationship) -> Arg {
    Msg::new("grade-stage").arg("n", r.value()).arg("stage", r.term()).into()
}

/// Roles as a list in the report's language, or `none` (`grade-roles-none`).
fn roles(rs: &[Role]) -> Arg {
    if rs.is_empty() {
        Msg::new("grade-roles-none").into()
    } else {
        Arg::List(rs.iter().map(|r| Arg::Term(r.term())).collect())
    }
}

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
            let [b_roles, b_stance, b_stage] =
                [&note.roles, &note.stance, &note.relationship].map(|e| self.because(e.as_ref()));
            let wrong = |key: &'static str, expected: Arg, got: Arg, because: Arg| {
                Msg::new(key)
                    .arg("who", who.clone())
                    .arg("expected", expected)
                    .arg("because", because)
                    .arg("got", got)
            };
            // Roles, by overlap (Jaccard).
            let union = kp.roles.iter().chain(ap.roles.iter().filter(|r| !kp.roles.contains(r))).count();
            let common = kp.roles.iter().filter(|r| ap.roles.contains(r)).count();
            let credit = if union == 0 { 1.0 } else { common as f64 / union as f64 };
            self.tally(Section::Roles, credit, 1.0);
            if credit < 1.0 {
                let msg = wrong("grade-wrong-roles", roles(&kp.roles), roles(&ap.roles), b_roles);
                let canon = |rs: &[Role]| rs.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ");
                let subject = in_lang(kp.display_name(), self.lang).to_string();
                self.wrong(
                    Section::Roles,
                    subject,
                    msg,
                    canon(&kp.roles),
                    canon(&ap.roles),
                    &note,
                    &note.roles,
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
                let msg =
                    wrong("grade-wrong-stance", kp.stance.term().into(), ap.stance.term().into(), b_stance);
                let subject = in_lang(kp.display_name(), self.lang).to_string();
                let (e, g) = (kp.stance.as_str().into(), ap.stance.as_str().into());
                self.wrong(Section::Stances, subject, msg, e, g, &note, &note.stance);
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
                let msg = wrong(
                    "grade-wrong-relationship",
                    stage(kp.relationship),
                    stage(ap.relationship),
                    b_stage,
                );
                let subject = in_lang(kp.display_name(), self.lang).to_string();
                let (e, g) = (kp.relationship.as_str().into(), ap.relationship.as_str().into());
                self.wrong(Section::Relationships, subject, msg, e, g, &note, &note.relationship);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn wrong(
        &mut self,
        section: Section,
        subject: String,
        msg: Msg,
        expected: String,
        got: String,
        note: &super::grade::Note,
        explain: &Option<String>,
    ) {
        let it = self.push(section, ItemKind::Wrong, Subject::Name(subject), msg);
        it.expected = Some(expected);
        it.got = Some(got);
        it.optional = note.optional;
        it.explain = explain.clone();
    }
}
