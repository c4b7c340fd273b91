//! `export --redact`: a map without personal data, to share with a coach or turn into a
//! training case. Names become placeholders by side (`客户A`, `我方A`), ids `p01` … and
//! `u1` … (in the order of the old ids), titles and notes numbered placeholders (the same text, the same
//! placeholder), units `部门A`, competitors `竞争对手A` (a person's `favors` follows
//! them), the account and opportunity generic words. Everything else — sides, roles,
//! stances, relationships, levels, every tie — is kept, so the analysis of the
//! redacted map is the analysis of the map with other names. O(P + U + T).

use std::collections::HashMap;

use crate::i18n::{Lang, Msg};
use crate::model::Map;
use crate::vocab::{Side, Vocab};

/// Letters for the n-th placeholder of `count` (A … Z; AA … ZZ when there are more
/// than 26, and so on): all of one width, so that they sort as their numbers do.
fn letters(n: usize, count: usize) -> String {
    let mut width = 1;
    while 26usize.saturating_pow(width) < count {
        width += 1;
    }
    let mut out = vec![b'A'; width as usize];
    let mut n = n;
    for slot in out.iter_mut().rev() {
        *slot = b'A' + (n % 26) as u8;
        n /= 26;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The rank of each item by its name (items without one last, in order): placeholders
/// given in that order keep every order the analysis takes from names.
fn ranks(names: &[Option<&str>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by_key(|&i| (names[i].is_none(), names[i], i));
    let mut rank = vec![0; names.len()];
    for (r, i) in order.into_iter().enumerate() {
        rank[i] = r;
    }
    rank
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

/// New ids (`p01` …, `u1` …): numbered in the order of the old ids, of one width, so
/// that they sort as the old ones did and every order taken from ids is kept.
fn new_ids<'a>(prefix: &str, ids: impl Iterator<Item = &'a str>) -> Vec<String> {
    let ids: Vec<Option<&str>> = ids.map(Some).collect();
    let width = ids.len().to_string().len();
    ranks(&ids).into_iter().map(|r| format!("{prefix}{:0width$}", r + 1)).collect()
}

/// The redacted copy of `map`, its placeholders in `lang`.
pub fn redact(map: &Map, lang: Lang) -> Map {
    let mut out = map.clone();
    let person_ids = new_ids("p", map.people.iter().map(|p| p.id.as_str()));
    let unit_ids = new_ids("u", map.units.iter().map(|u| u.id.as_str()));
    let n_competitors = map.competitors.len() + map.people.iter().filter(|p| p.favors.is_some()).count();
    let competitor =
        |n: usize| Msg::new("sheet-redact-competitor").arg("code", letters(n, n_competitors)).render(lang);
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
    let unit_rank = ranks(&map.units.iter().map(|u| u.name.as_deref()).collect::<Vec<_>>());
    let n_units = map.units.len();
    for (i, u) in out.units.iter_mut().enumerate() {
        u.id = unit_ids[i].clone();
        if u.name.is_some() {
            u.name =
                Some(Msg::new("sheet-redact-unit").arg("code", letters(unit_rank[i], n_units)).render(lang));
        }
    }
    // Each side's people lettered in the order of their names.
    let mut per_side: HashMap<Side, Vec<usize>> = HashMap::new();
    for (i, p) in map.people.iter().enumerate() {
        per_side.entry(p.side).or_default().push(i);
    }
    let mut code = vec![String::new(); map.people.len()];
    for members in per_side.values() {
        let names: Vec<Option<&str>> = members.iter().map(|&i| map.people[i].name.as_deref()).collect();
        for (k, r) in ranks(&names).into_iter().enumerate() {
            code[members[k]] = letters(r, members.len());
        }
    }
    let mut titles = Numbering::default();
    let mut notes = Numbering::default();
    for (i, p) in out.people.iter_mut().enumerate() {
        p.id = person_ids[i].clone();
        let c = std::mem::take(&mut code[i]);
        p.name = Some(Msg::new("sheet-redact-person").arg("side", p.side.term()).arg("code", c).render(lang));
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
        n.explain_roles = None;
        n.explain_stance = None;
        n.explain_relationship = None;
    }
    out
}

/// The id each original id became, people then units, for tests and tools that
/// compare a map with its redacted copy.
pub fn renamed_ids(map: &Map) -> Vec<(String, String)> {
    let people =
        map.people.iter().map(|p| p.id.clone()).zip(new_ids("p", map.people.iter().map(|p| p.id.as_str())));
    let units =
        map.units.iter().map(|u| u.id.clone()).zip(new_ids("u", map.units.iter().map(|u| u.id.as_str())));
    people.chain(units).collect()
}
