//! `export --redact`: a map without personal data, to share with a coach or turn into a
//! training case. Names become placeholders by side (`客户A`, `我方A`), ids `p1` … and
//! `u1` …, titles and notes numbered placeholders (the same text, the same
//! placeholder), units `部门A`, competitors `竞争对手A` (a person's `favors` follows
//! them), the account and opportunity generic words. Everything else — sides, roles,
//! stances, relationships, levels, every tie — is kept, so the analysis of the
//! redacted map is the analysis of the map with other names. O(P + U + T).

use std::collections::HashMap;

use crate::i18n::{Lang, Msg};
use crate::model::Map;
use crate::vocab::{Side, Vocab};

/// Letters for the n-th placeholder (0 → A, 25 → Z, 26 → AA), as spreadsheets letter columns.
fn letters(n: usize) -> String {
    crate::load::workbook::column_letters(n as u64 + 1)
}

/// Numbers each distinct text in order of first appearance.
#[derive(Default)]
struct Numbering(HashMap<String, usize>);

impl Numbering {
    fn of(&mut self, text: &str) -> usize {
        let next = self.0.len() + 1;
        *self.0.entry(text.to_string()).or_insert(next)
    }
}

/// The redacted copy of `map`, its placeholders in `lang`.
pub fn redact(map: &Map, lang: Lang) -> Map {
    let mut out = map.clone();
    let competitor = |n: usize| Msg::new("sheet-redact-competitor").arg("code", letters(n)).render(lang);
    let competitors: HashMap<&str, usize> =
        map.competitors.iter().enumerate().map(|(i, c)| (c.as_str(), i)).collect();
    out.competitors = (0..map.competitors.len()).map(competitor).collect();
    let mut extra_competitors = Numbering::default();
    if out.account.is_some() {
        out.account = Some(Msg::new("sheet-redact-account").render(lang));
    }
    if out.opportunity.is_some() {
        out.opportunity = Some(Msg::new("sheet-redact-opportunity").render(lang));
    }
    for (i, u) in out.units.iter_mut().enumerate() {
        u.id = format!("u{}", i + 1);
        if u.name.is_some() {
            u.name = Some(Msg::new("sheet-redact-unit").arg("code", letters(i)).render(lang));
        }
    }
    let mut per_side: HashMap<Side, usize> = HashMap::new();
    let mut titles = Numbering::default();
    let mut notes = Numbering::default();
    for (i, p) in out.people.iter_mut().enumerate() {
        p.id = format!("p{}", i + 1);
        let n = per_side.entry(p.side).or_default();
        p.name = Some(Msg::new("sheet-redact-person").arg("side", p.side.term()).arg("code", letters(*n)).render(lang));
        *n += 1;
        if let Some(t) = &p.title {
            p.title = Some(Msg::new("sheet-redact-title").arg("n", titles.of(t) as i64).render(lang));
        }
        if let Some(t) = &p.notes {
            p.notes = Some(Msg::new("sheet-redact-note").arg("n", notes.of(t) as i64).render(lang));
        }
        if let Some(f) = &p.favors {
            p.favors = Some(match competitors.get(f.as_str()) {
                Some(&k) => competitor(k),
                None => competitor(map.competitors.len() + extra_competitors.of(f) - 1),
            });
        }
    }
    for t in &mut out.ties {
        if let Some(text) = &t.note {
            let n = notes.of(text) as i64;
            t.note = Some(Msg::new("sheet-redact-note").arg("n", n).render(lang).into());
        }
    }
    // Explanations of an answer key speak of the people by name.
    for n in out.grading.people.values_mut().chain(out.grading.ties.values_mut()) {
        n.explain = None;
    }
    out
}

/// The id each original id became, people then units, for tests and tools that
/// compare a map with its redacted copy.
pub fn renamed_ids(map: &Map) -> Vec<(String, String)> {
    let people = map.people.iter().enumerate().map(|(i, p)| (p.id.clone(), format!("p{}", i + 1)));
    let units = map.units.iter().enumerate().map(|(i, u)| (u.id.clone(), format!("u{}", i + 1)));
    people.chain(units).collect()
}
