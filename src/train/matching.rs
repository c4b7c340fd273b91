//! Pairing a key's people and units with an attempt's before grading: people by name
//! (indexed, so only plausible pairs are scored), units by name, then units by the
//! people and sub-units in them (pinyin ids without names), then the key's people
//! still unpaired by the part they play — unit, roles, ties, title — so that a
//! placeholder (设计院继保设计负责人（待查）) pairs with the trainee's 设计院负责人.
//!
//! Complexity, for K key and A attempt people (U units, T ties): O((K + A)·L) to take
//! names apart and index them (L the length of a name), then the pairs that share an
//! index entry — all of them the exhaustive matcher would consider, so the result is
//! the same — which is O(K + A) when names are distinct; O((U + P + T)·D) for units by
//! their members (D the depth of the unit tree); O(T + C) for the pairing by part,
//! C the candidates in the same unit or tied to the same people.

use std::collections::{HashMap, HashSet};

use super::names::{self, NameKey, assign_pairs, dice, fold, key_tokens, name_score, query_tokens};
use crate::model::{Map, Person, PersonIx};
use crate::vocab::Side;

/// How a key was paired with an attempt.
pub struct Pairing {
    /// For each key person, the attempt person.
    pub people: Vec<Option<PersonIx>>,
    /// For each key unit, the attempt unit (units holding only our people are left out).
    pub units: Vec<Option<usize>>,
}

/// The weight of the title when two names score the same: small enough that a name
/// written differently never outranks the same name (0.95 + 0.04 < 1).
pub const TITLE_WEIGHT: f64 = 0.04;

/// Pairs the key's people and units with the attempt's.
pub fn pair(key: &Map, att: &Map) -> Pairing {
    let mut people = by_name(&key.people, &att.people);
    let graded: Vec<bool> = graded_units(key);
    let mut units = units_by_name(key, att, &graded);
    units_by_members(key, att, &people, &mut units, &graded);
    by_part(key, att, &mut people, &units);
    units_by_members(key, att, &people, &mut units, &graded);
    Pairing { people, units }
}

/// Units that are graded: those holding someone other than our own people (or no one).
/// O(U + P).
pub fn graded_units(m: &Map) -> Vec<bool> {
    let mut any = vec![false; m.units.len()];
    let mut theirs = vec![false; m.units.len()];
    for p in &m.people {
        if let Some(u) = p.unit {
            any[u] = true;
            theirs[u] |= p.side != Side::Ours;
        }
    }
    (0..m.units.len()).map(|u| !any[u] || theirs[u]).collect()
}

fn person_key(p: &Person) -> (NameKey, String) {
    (NameKey::new(p.display_name()), fold(p.title.as_deref().unwrap_or("")))
}

/// People by name, greedy best pair first ([`names::assign`]'s rule). Names written
/// exactly as the key's are paired first (they outrank every other pair); the rest are
/// scored only when they share an index entry of [`key_tokens`] / [`query_tokens`].
pub fn by_name(key: &[Person], att: &[Person]) -> Vec<Option<PersonIx>> {
    let kn: Vec<(NameKey, String)> = key.iter().map(person_key).collect();
    let an: Vec<(NameKey, String)> = att.iter().map(person_key).collect();
    let score = |k: usize, a: usize| {
        let s = name_score(&kn[k].0, &an[a].0);
        if s > 0.0 { s + TITLE_WEIGHT * dice(&kn[k].1, &an[a].1) } else { 0.0 }
    };
    let exact = same_text(kn.iter().map(|n| n.0.full.clone()), an.iter().map(|n| n.0.full.clone()));
    two_phase(kn.len(), an.len(), exact, score, |rows, cols| {
        let mut index: HashMap<String, Vec<usize>> = HashMap::new();
        let mut words: HashMap<&str, Vec<usize>> = HashMap::new();
        for &k in rows {
            for t in key_tokens(&kn[k].0) {
                index.entry(t).or_default().push(k);
            }
            for w in &kn[k].0.latin {
                words.entry(w.as_str()).or_default().push(k);
            }
        }
        // Latin words: the shorter name's words that must be written out (not initials)
        // are all among the longer's, so its rarest such word is too.
        let bucket = |w: &str| words.get(w).map_or(0, Vec::len);
        let mut by_rarest: HashMap<&str, Vec<usize>> = HashMap::new();
        for &k in rows {
            for w in rarest(&kn[k].0.latin, bucket) {
                by_rarest.entry(w).or_default().push(k);
            }
        }
        let mut pairs = Vec::new();
        for &a in cols {
            let n = &an[a].0;
            for t in query_tokens(n) {
                pairs.extend(index.get(&t).into_iter().flatten().map(|&k| (k, a)));
            }
            for w in rarest(&n.latin, bucket) {
                pairs.extend(words.get(w).into_iter().flatten().map(|&k| (k, a)));
            }
            for w in &n.latin {
                pairs.extend(by_rarest.get(w.as_str()).into_iter().flatten().map(|&k| (k, a)));
            }
        }
        pairs
    })
}

/// The words a name is looked up by: its rarest word that must be written out in full
/// (not an initial), or, when it has none, all its words (one of them must be equal).
fn rarest(latin: &[String], bucket: impl Fn(&str) -> usize) -> Vec<&str> {
    let full = latin.iter().filter(|w| !names::is_initial(w)).min_by_key(|w| (bucket(w), w.as_str()));
    match full {
        Some(w) => vec![w.as_str()],
        None => latin.iter().map(String::as_str).collect(),
    }
}

/// The pairs whose texts are the same (and not empty). O(R + C + pairs).
fn same_text(rows: impl Iterator<Item = String>, cols: impl Iterator<Item = String>) -> Vec<(usize, usize)> {
    let mut index: HashMap<String, Vec<usize>> = HashMap::new();
    for (r, t) in rows.enumerate() {
        if !t.is_empty() {
            index.entry(t).or_default().push(r);
        }
    }
    let mut pairs = Vec::new();
    for (c, t) in cols.enumerate() {
        pairs.extend(index.get(&t).into_iter().flatten().map(|&r| (r, c)));
    }
    pairs
}

/// The greedy assignment in two phases: the `exact` pairs first (they must outrank
/// every other pair), then the pairs `rest` proposes among the rows and columns left.
/// The same result as one greedy pass over all the pairs.
fn two_phase(
    rows: usize,
    cols: usize,
    exact: Vec<(usize, usize)>,
    score: impl Fn(usize, usize) -> f64,
    rest: impl FnOnce(&[usize], &[usize]) -> Vec<(usize, usize)>,
) -> Vec<Option<usize>> {
    let mut found = assign_pairs(rows, cols, exact, &score);
    let mut taken = vec![false; cols];
    for c in found.iter().flatten() {
        taken[*c] = true;
    }
    let left_rows: Vec<usize> = (0..rows).filter(|&r| found[r].is_none()).collect();
    let left_cols: Vec<usize> = (0..cols).filter(|&c| !taken[c]).collect();
    let more = assign_pairs(rows, cols, rest(&left_rows, &left_cols), |r, c| {
        if found[r].is_some() || taken[c] { 0.0 } else { score(r, c) }
    });
    for (r, c) in more.into_iter().enumerate() {
        if found[r].is_none() && c.is_some() {
            found[r] = c;
        }
    }
    found
}

/// Graded key units by name ([`names::unit_score`]): the same folded name first, then
/// the pairs left that share a bigram (every pair scoring above 0 does).
fn units_by_name(key: &Map, att: &Map, graded: &[bool]) -> Vec<Option<usize>> {
    let kn: Vec<Vec<char>> =
        key.units.iter().map(|u| names::unit_norm(u.display_name()).chars().collect()).collect();
    let an: Vec<Vec<char>> =
        att.units.iter().map(|u| names::unit_norm(u.display_name()).chars().collect()).collect();
    let text = |cs: &Vec<char>| cs.iter().collect::<String>();
    let exact = same_text(kn.iter().map(text), an.iter().map(text));
    let exact = exact.into_iter().filter(|&(k, _)| graded[k]).collect();
    let grams = |cs: &[char]| -> Vec<(char, char)> {
        match cs.len() {
            0 => Vec::new(),
            1 => vec![(cs[0], cs[0])],
            _ => cs.windows(2).map(|w| (w[0], w[1])).collect(),
        }
    };
    let score =
        |k: usize, a: usize| names::unit_score(key.units[k].display_name(), att.units[a].display_name());
    two_phase(kn.len(), an.len(), exact, score, |rows, cols| {
        let mut index: HashMap<(char, char), Vec<usize>> = HashMap::new();
        for &a in cols {
            for g in grams(&an[a]) {
                index.entry(g).or_default().push(a);
            }
        }
        let mut pairs = Vec::new();
        for &k in rows.iter().filter(|&&k| graded[k]) {
            for g in grams(&kn[k]) {
                pairs.extend(index.get(&g).into_iter().flatten().map(|&a| (k, a)));
            }
        }
        pairs
    })
}

/// Key units still unpaired, paired by what is in them: the people and sub-units
/// already paired, when they make up most of both units (at least [`names::MATCH_THRESHOLD`]
/// of the larger). Repeated while it pairs more (a parent after its children).
fn units_by_members(
    key: &Map,
    att: &Map,
    people: &[Option<PersonIx>],
    units: &mut [Option<usize>],
    graded: &[bool],
) {
    let size = |m: &Map| {
        let mut n = vec![0usize; m.units.len()];
        for p in &m.people {
            if let Some(u) = p.unit {
                n[u] += 1;
            }
        }
        for u in &m.units {
            if let Some(parent) = u.parent {
                n[parent] += 1;
            }
        }
        n
    };
    let (ksize, asize) = (size(key), size(att));
    loop {
        let mut taken = vec![false; att.units.len()];
        for a in units.iter().flatten() {
            taken[*a] = true;
        }
        // Votes: a key unit's member (person or sub-unit) paired into an attempt unit.
        let mut votes: HashMap<(usize, usize), usize> = HashMap::new();
        for (k, p) in key.people.iter().enumerate() {
            if let (Some(ku), Some(a)) = (p.unit, people[k])
                && let Some(au) = att.people[a].unit
                && units[ku].is_none()
                && !taken[au]
            {
                *votes.entry((ku, au)).or_default() += 1;
            }
        }
        for (ku, u) in key.units.iter().enumerate() {
            if let (Some(kp), Some(au)) = (u.parent, units[ku])
                && let Some(ap) = att.units[au].parent
                && units[kp].is_none()
                && !taken[ap]
            {
                *votes.entry((kp, ap)).or_default() += 1;
            }
        }
        let score = |k: usize, a: usize| {
            let v = votes.get(&(k, a)).copied().unwrap_or(0);
            v as f64 / ksize[k].max(asize[a]).max(1) as f64
        };
        let pairs: Vec<(usize, usize)> = votes.keys().copied().filter(|&(k, _)| graded[k]).collect();
        let found = assign_pairs(key.units.len(), att.units.len(), pairs, score);
        let mut more = false;
        for (k, a) in found.into_iter().enumerate() {
            if let Some(a) = a
                && units[k].is_none()
            {
                units[k] = Some(a);
                more = true;
            }
        }
        if !more {
            return;
        }
    }
}

/// A key person written as a placeholder: a bracketed "to be found" (（待查）, (TBD)).
pub fn is_placeholder(p: &Person) -> bool {
    let name = fold(p.display_name());
    ["待查", "待定", "待确认", "未知", "tbd", "to be found", "unknown", "?", "？"]
        .iter()
        .any(|w| name.contains(w))
}

/// How well attempt person `a` plays the part of key person `k`, 0…1: in the paired
/// unit (0.4), the same roles (0.3 × overlap), tied to the same people (0.3 × share of
/// `k`'s ties found), and a similar name and title (up to 0.2).
struct Part<'a> {
    key: &'a Map,
    att: &'a Map,
    people: &'a [Option<PersonIx>],
    units: &'a [Option<usize>],
    kn: Vec<Vec<PersonIx>>,
    att_ties: HashSet<(PersonIx, PersonIx)>,
}

impl Part<'_> {
    fn score(&self, k: PersonIx, a: PersonIx) -> f64 {
        let (kp, ap) = (&self.key.people[k], &self.att.people[a]);
        if kp.side != ap.side {
            return 0.0;
        }
        let unit = match (kp.unit.and_then(|u| self.units[u]), ap.unit) {
            (Some(x), Some(y)) if x == y => 0.4,
            _ => 0.0,
        };
        let union = kp.roles.iter().chain(ap.roles.iter().filter(|r| !kp.roles.contains(r))).count();
        let common = kp.roles.iter().filter(|r| ap.roles.contains(r)).count();
        let roles = if union == 0 { 0.0 } else { 0.3 * common as f64 / union as f64 };
        let mine: Vec<PersonIx> = self.kn[k].iter().filter_map(|&m| self.people[m]).collect();
        let shared = mine.iter().filter(|&&b| self.att_ties.contains(&(a.min(b), a.max(b)))).count();
        let ties = if mine.is_empty() { 0.0 } else { 0.3 * shared as f64 / mine.len() as f64 };
        if unit + roles + ties == 0.0 || (unit == 0.0 && roles == 0.0) {
            return 0.0;
        }
        let text = |p: &Person| fold(&format!("{}{}", p.display_name(), p.title.as_deref().unwrap_or("")));
        let similar = 0.2 * dice(&text(kp), &text(ap));
        let total = (unit + roles + ties + similar).min(1.0);
        // A named person needs more than a placeholder: the part played nearly whole.
        let optional = self.key.grading.person(k).is_some_and(|n| n.optional);
        if is_placeholder(kp) || optional { total } else { total - 0.2 }
    }
}

/// The key's people still unpaired, paired by the part they play. Candidates: the
/// attempt's unpaired people in the paired unit or tied to the paired neighbours.
fn by_part(key: &Map, att: &Map, people: &mut [Option<PersonIx>], units: &[Option<usize>]) {
    let neighbours = |m: &Map| {
        let mut n = vec![Vec::new(); m.people.len()];
        for t in &m.ties {
            n[t.from].push(t.to);
            n[t.to].push(t.from);
        }
        n
    };
    let (kn, an) = (neighbours(key), neighbours(att));
    let mut paired = vec![false; att.people.len()];
    for a in people.iter().flatten() {
        paired[*a] = true;
    }
    let mut in_unit: HashMap<usize, Vec<PersonIx>> = HashMap::new();
    for (a, p) in att.people.iter().enumerate() {
        if let Some(u) = p.unit
            && !paired[a]
        {
            in_unit.entry(u).or_default().push(a);
        }
    }
    let mut pairs = Vec::new();
    for k in (0..key.people.len()).filter(|&k| people[k].is_none()) {
        let p = &key.people[k];
        if let Some(u) = p.unit.and_then(|u| units[u]) {
            pairs.extend(in_unit.get(&u).into_iter().flatten().map(|&a| (k, a)));
        }
        for &m in &kn[k] {
            if let Some(b) = people[m] {
                pairs.extend(an[b].iter().filter(|&&a| !paired[a]).map(|&a| (k, a)));
            }
        }
    }
    let att_ties = att.ties.iter().map(|t| (t.from.min(t.to), t.from.max(t.to))).collect();
    let part = Part { key, att, people, units, kn, att_ties };
    let found = assign_pairs(key.people.len(), att.people.len(), pairs, |k, a| part.score(k, a));
    for (k, a) in found.into_iter().enumerate() {
        if let Some(a) = a {
            people[k] = Some(a);
        }
    }
}
