//! Checking the ties of a map: resolving their ends, refusing ties to oneself and
//! cycles of solid reporting lines, dropping duplicates, and the map-wide warnings
//! (two solid managers, no approver, people with no tie). O(P + T).
//!
//! A long list of ties is checked in two shares side by side, one per thread; the
//! shares' results are then joined in file order and duplicates dropped, so the map
//! and every diagnostic, in its order, are the same as when checking one by one.

use std::collections::BTreeMap;
use std::iter::Peekable;

use super::{Checker, Here, Pending, PersonIds, Sources, item_note, where_first};
use crate::diag::{Diagnostic, Location};
use crate::i18n::Msg;
use crate::lists::Lists;
use crate::load::raw::{Id, RawTie, Records, Val};
use crate::load::records::Unlisted;
use crate::model::{ItemNote, Map, PersonIx, Tie};
use crate::vocab::{Role, Side, Strength, TieKind, Vocab};

/// How many tie records are read before their ends are looked up together.
const BATCH: usize = 256;

/// Lists of at least this many ties are checked in two shares, on two threads.
const SHARE_MIN: usize = 20_000;

/// Where a tie was written: the index and line (JSON: 1 + byte offset) of a record of ties, or the number of
/// a person's `reports_to` reference and where it was. Kept small (16 bytes; no list
/// or file reaches 2³² records or lines) and turned into a [`Location`] only when
/// there is something to report.
#[derive(Clone)]
pub(super) enum Spot {
    Record(u32, u64),
    Written(u32, Box<Location>),
}

impl Spot {
    fn location(&self, src: &Sources) -> Location {
        match self {
            Spot::Record(index, line) => {
                Here { src, section: "ties", index: *index as usize, line: *line }.at(None)
            }
            Spot::Written(_, l) => (**l).clone(),
        }
    }

    /// Its place in file order: `reports_to` references (of which there are
    /// `references`) come before the tie records.
    fn order(&self, references: usize) -> usize {
        match self {
            Spot::Written(k, _) => *k as usize,
            Spot::Record(index, _) => references + *index as usize,
        }
    }
}

/// Ties accepted, in file order, with where each was written; duplicates not dropped yet.
#[derive(Default)]
struct Accepted {
    ties: Vec<Tie>,
    spots: Vec<Spot>,
    /// Answer keys: grading notes, by index in `ties`, in order.
    notes: Vec<(usize, ItemNote)>,
}

impl Accepted {
    fn with_capacity(n: usize) -> Accepted {
        Accepted { ties: Vec::with_capacity(n), spots: Vec::with_capacity(n), notes: Vec::new() }
    }

    fn push(&mut self, tie: Tie, spot: Spot, note: Option<ItemNote>) {
        if let Some(n) = note {
            self.notes.push((self.ties.len(), n));
        }
        self.ties.push(tie);
        self.spots.push(spot);
    }

    /// Adds the ties of a later share after these (taking its storage when this is empty).
    fn append(&mut self, mut later: Accepted) {
        if self.ties.is_empty() && self.notes.is_empty() {
            *self = later;
            return;
        }
        let offset = self.ties.len();
        self.notes.extend(later.notes.drain(..).map(|(i, n)| (offset + i, n)));
        self.ties.append(&mut later.ties);
        self.spots.append(&mut later.spots);
    }
}

/// What one share of the tie records gave.
struct Share {
    accepted: Accepted,
    /// Its problems, each with the index of its record, in record order.
    diags: Vec<(usize, Diagnostic)>,
    /// Ends that are no person's id: where their error is in `diags`, and the id.
    /// Suggestions are added afterwards, in file order, within the map's budget.
    unknown: Vec<(usize, String)>,
    /// What the list was, when not a list.
    listed: Result<(), Unlisted>,
}

/// The duplicate-check key: the ends in order, or sorted for symmetric kinds.
fn key(t: &Tie) -> (u32, u32, TieKind) {
    let (a, b) = if t.kind.is_symmetric() { (t.from.min(t.to), t.from.max(t.to)) } else { (t.from, t.to) };
    (a as u32, b as u32, t.kind)
}

/// Checks the ties, the people's `reports_to` shorthands first, then the tie records
/// (in two shares on two threads when there are many), into `map.ties`; `ids` are the
/// people's. O(P + T) (see [`repeats`] for the duplicates).
pub(super) fn ties(
    c: &mut Checker,
    map: &mut Map,
    raw: Records<RawTie>,
    ids: PersonIds,
    reports: Vec<Pending>,
    people_cut: Option<usize>,
) {
    let count = raw.capacity_hint(c.text);
    let references = reports.len();
    let mut accepted = Accepted::with_capacity(if references == 0 { 0 } else { count + references });
    // Problems, each with its place in file order (see `Spot::order`).
    let mut early = Vec::new();
    for (k, mut p) in reports.into_iter().enumerate() {
        let Some(to) = ids.get(&p.text) else {
            let hint = suggestion(c, map, &p.text);
            let msg = unknown_person(p.text, hint);
            early.push((k, Diagnostic::error("unknown-id", p.loc, msg)));
            continue;
        };
        if to == p.ix {
            let msg = Msg::new("diag-reports-to-self").arg("id", p.text);
            early.push((k, Diagnostic::error("self-tie", p.loc, msg)));
            continue;
        }
        // The column's name leads messages about this reference only, not those about
        // the reporting line it makes (a cycle, two managers).
        p.loc.field = None;
        let tie = Tie {
            from: p.ix,
            to,
            kind: TieKind::ReportsTo,
            strength: Strength::Medium,
            dotted: false,
            note: None,
        };
        accepted.push(tie, Spot::Written(k as u32, Box::new(p.loc)), None);
    }
    let (src, text, people, table): (&Sources, &str, &Map, &PersonIds) = (c.src, c.text, map, &ids);
    // The first share reserves room for every tie, so that the second can be appended
    // to it without moving it (room not written to costs no memory).
    let mut shares = if count >= SHARE_MIN && crate::par::parallel() {
        let at = raw.split_near(count / 2);
        let (first, second) = raw.split_at(at);
        let (first, second) = crate::par::join(
            || share(src, text, people, table, first, count),
            move || share(src, text, people, table, second, count.saturating_sub(at)),
        );
        vec![first, second]
    } else {
        vec![share(src, text, people, table, raw, count)]
    };
    // Every end is resolved: the id table's memory can go before the ties are joined.
    drop(ids);
    // When the people stopped being read at a record, an end naming no person read may
    // name one after it: those are said once, as a count, not one by one.
    let mut unread = 0usize;
    if people_cut.is_some() {
        let before = early.len();
        early.retain(|(_, d)| d.code != "unknown-id");
        unread += before - early.len();
    }
    for sh in &mut shares {
        if people_cut.is_some() {
            let unknown = std::mem::take(&mut sh.unknown);
            unread += unknown.len();
            let mut named = vec![false; sh.diags.len()];
            for (at, _) in unknown {
                named[at] = true;
            }
            let mut named = named.into_iter();
            sh.diags.retain(|_| !named.next().unwrap_or(false));
            continue;
        }
        for (at, id) in std::mem::take(&mut sh.unknown) {
            let hint = suggestion(c, map, &id);
            sh.diags[at].1.msg = unknown_person(id, hint);
        }
    }
    // Either share may hold a record that cannot be read.
    let listed = shares.iter().map(|s| s.listed).find(Result::is_err).unwrap_or(Ok(()));
    let mut problems = vec![early];
    for sh in shares {
        accepted.append(sh.accepted);
        problems.push(sh.diags.into_iter().map(|(i, d)| (references + i, d)).collect());
    }
    let mut problems = problems.into_iter().flatten().peekable();
    let notes = drop_duplicates(c, map, &mut accepted, references, &mut problems);
    c.diags.extend(problems.map(|(_, d)| d));
    if let Some(index) = people_cut.filter(|_| unread > 0) {
        let root = Here { src: c.src, section: "", index: 0, line: 0 };
        let msg =
            Msg::new("diag-ends-not-read").arg("count", unread).arg("record", format!("people[{index}]"));
        c.warn("unread-ends", root.at(Some("ties")), msg);
    }
    c.list_shape(listed, "ties");
    let Accepted { ties, spots, .. } = accepted;
    map.ties = ties;
    map.grading.ties = notes;
    c.check_reporting(map, &spots);
}

/// What may follow "is not a person id".
enum Hint {
    /// Nothing close.
    None,
    /// A close id.
    Similar(String),
    /// The id of the one person with that name.
    NameOf(String),
}

/// The message for an unknown person id, with its hint.
fn unknown_person(id: impl Into<crate::i18n::Arg>, hint: Hint) -> Msg {
    let msg = |key| Msg::new(key).arg("id", id);
    match hint {
        Hint::None => msg("diag-unknown-person"),
        Hint::Similar(s) => msg("diag-unknown-person-suggest").arg("suggestion", s),
        Hint::NameOf(p) => msg("diag-unknown-person-named").arg("person", p),
    }
}

/// A suggestion for an unknown person id (small maps only): the id of the one person
/// with that name (a spreadsheet often names the manager), else a close id within the
/// budget.
fn suggestion(c: &mut Checker, map: &Map, id: &str) -> Hint {
    if map.people.len() > 20_000 {
        return Hint::None;
    }
    let mut named = map.people.iter().filter(|p| p.name.as_deref() == Some(id.trim()));
    if let (Some(p), None) = (named.next(), named.next()) {
        return Hint::NameOf(p.id.clone());
    }
    match c.suggest(id, map.people.iter().map(|p| p.id.as_str())) {
        Some(s) => Hint::Similar(s),
        None => Hint::None,
    }
}

/// Checks one share of the tie records. Records are read in batches: first every end
/// of the batch is looked up at once (see [`PersonIds::get_batch`]), then each record
/// in order, as written. O(records in the list), as records outside the share are
/// skipped over.
fn share(
    src: &Sources,
    text: &str,
    map: &Map,
    ids: &PersonIds,
    raw: Records<RawTie>,
    capacity: usize,
) -> Share {
    let mut c = Checker { src, text, diags: Vec::new(), suggestions_left: 0, person_spots: Vec::new() };
    let mut out = Share {
        accepted: Accepted::with_capacity(capacity),
        diags: Vec::new(),
        unknown: Vec::new(),
        listed: Ok(()),
    };
    let mut batch: Vec<(usize, RawTie)> = Vec::with_capacity(BATCH);
    let listed = raw.for_each(text, |i, r| {
        batch.push((i, r));
        if batch.len() == BATCH {
            check_batch(&mut c, map, ids, &mut batch, &mut out);
        }
    });
    check_batch(&mut c, map, ids, &mut batch, &mut out);
    out.listed = listed;
    out
}

/// Checks a batch of tie records into `out` and empties the batch.
fn check_batch(
    c: &mut Checker,
    map: &Map,
    ids: &PersonIds,
    batch: &mut Vec<(usize, RawTie)>,
    out: &mut Share,
) {
    let ends = batch.iter().flat_map(|(_, r)| [r.from.ok().map(Id::as_bytes), r.to.ok().map(Id::as_bytes)]);
    let found = ids.get_batch(ends);
    for ((i, r), found) in batch.iter_mut().zip(found.chunks_exact(2)) {
        check_tie(c, map, *i, r, [found[0], found[1]], out);
        out.diags.extend(c.diags.drain(..).map(|d| (*i, d)));
    }
    batch.clear();
}

/// Checks one tie record, whose ends were looked up as `found`; its problems go to
/// `c.diags`, which is empty before.
fn check_tie(
    c: &mut Checker,
    map: &Map,
    i: usize,
    r: &mut RawTie,
    found: [Option<PersonIx>; 2],
    out: &mut Share,
) {
    let here = Here { src: c.src, section: "ties", index: i, line: r.line };
    c.shape::<RawTie>(here, r.not_object, &r.unknown);
    c.repeated(here, &r.repeated);
    if r.not_object.is_some() {
        return;
    }
    let mut ends = [None, None];
    for (k, key, v) in [(0, "from", r.from.take()), (1, "to", r.to.take())] {
        match c.field(here, key, v) {
            Some(_) if found[k].is_some() => ends[k] = found[k],
            Some(id) => {
                out.unknown.push((out.diags.len() + c.diags.len(), id.as_str().to_string()));
                let msg = Msg::new("diag-unknown-person").arg("id", id.as_str());
                c.error("unknown-id", here.at_field(key), msg);
            }
            None => {
                c.error("missing-field", here.at_field(key), Msg::new("diag-tie-needs-end").arg("field", key))
            }
        }
    }
    let kind_missing = matches!(r.kind, Val::Missing);
    let kind = c.field(here, "kind", r.kind.take());
    if kind_missing {
        c.error("missing-field", here.at_field("kind"), Msg::new("diag-tie-needs-kind"));
    }
    let strength = c.field(here, "strength", r.strength.take()).unwrap_or(Strength::Medium);
    let dotted = c.field(here, "dotted", r.dotted.take()).unwrap_or(false);
    let note = c.field(here, "note", r.note.take());
    let optional = c.field(here, "optional", r.optional.take());
    let grading = item_note(optional, c.field(here, "explain", r.explain.0.take()));
    let ([Some(from), Some(to)], Some(kind)) = (ends, kind) else { return };
    if from == to {
        c.error("self-tie", here.at(None), Msg::new("diag-self-tie").arg("id", &map.people[from].id));
        return;
    }
    if dotted && kind != TieKind::ReportsTo {
        let msg = Msg::new("diag-dotted-not-reporting").arg("kind", kind.term());
        c.warn("dotted-not-reporting", here.at_field("dotted"), msg);
    }
    let note = note.map(String::into_boxed_str);
    let tie = Tie { from, to, kind, strength, dotted: dotted && kind == TieKind::ReportsTo, note };
    out.accepted.push(tie, Spot::Record(i as u32, r.line), grading);
}

/// Drops every tie that repeats an earlier one (either order for symmetric kinds),
/// with a warning, keeping the order of the rest. The other problems of the ties,
/// each with its place in file order, are passed to `c` in that order around the
/// warnings. Returns the grading notes by final index. O(P + T) (see [`repeats`]).
fn drop_duplicates(
    c: &mut Checker,
    map: &Map,
    acc: &mut Accepted,
    references: usize,
    problems: &mut Peekable<impl Iterator<Item = (usize, Diagnostic)>>,
) -> BTreeMap<usize, ItemNote> {
    let repeated = repeats(map.people.len(), &acc.ties);
    for &(r, first) in &repeated {
        let order = acc.spots[r].order(references);
        while let Some((_, d)) = problems.next_if(|(at, _)| *at <= order) {
            c.diags.push(d);
        }
        let here = acc.spots[r].location(c.src);
        let at = where_first(acc.spots[first].location(c.src), &here.file);
        let t = &acc.ties[r];
        let msg = Msg::new("diag-duplicate-tie")
            .arg("kind", t.kind.term())
            .arg("from", &map.people[t.from].id)
            .arg("to", &map.people[t.to].id)
            .arg("first", at);
        c.warn("duplicate-tie", here, msg);
    }
    // How many ties before index `i` are dropped: `i` moves down by as many.
    let dropped_before = |i: usize| repeated.partition_point(|&(r, _)| r < i);
    let notes = std::mem::take(&mut acc.notes)
        .into_iter()
        .filter(|(i, _)| repeated.binary_search_by_key(i, |&(r, _)| r).is_err())
        .map(|(i, n)| (i - dropped_before(i), n))
        .collect();
    drop_repeated(&mut acc.ties, &repeated);
    drop_repeated(&mut acc.spots, &repeated);
    notes
}

/// Removes the items at the indices `repeated` names (ascending), keeping the order.
/// O(items): the indices are walked beside the items.
fn drop_repeated<T>(items: &mut Vec<T>, repeated: &[(usize, usize)]) {
    if repeated.is_empty() {
        return;
    }
    let mut drop = repeated.iter().map(|&(r, _)| r).peekable();
    let mut i = 0;
    items.retain(|_| {
        i += 1;
        drop.next_if_eq(&(i - 1)).is_none()
    });
}

/// The ties that repeat an earlier one, each with the index of the first, in order.
/// The ties are grouped by the first end of their key (a counting sort, whose writes
/// need not wait on each other as a hash table's probes do), and each person's few
/// ties compared among themselves; a person with many ties has them sorted instead.
/// O(P + T), and O(d log d) for a person with d ties beyond a handful.
fn repeats(people: usize, ties: &[Tie]) -> Vec<(usize, usize)> {
    let mut start = vec![0u32; people + 1];
    for t in ties {
        start[key(t).0 as usize + 1] += 1;
    }
    for p in 0..people {
        start[p + 1] += start[p];
    }
    // (the other end, the tie's kind, the tie's index), grouped by the first end, in
    // file order: comparing two ties reads their slots alone, never the ties.
    let mut slots = vec![(0u32, TieKind::ReportsTo, 0u32); ties.len()];
    let mut fill = start.clone();
    for (i, t) in ties.iter().enumerate() {
        let (a, b, kind) = key(t);
        slots[fill[a as usize] as usize] = (b, kind, i as u32);
        fill[a as usize] += 1;
    }
    drop(fill);
    let mut repeated = Vec::new();
    for p in 0..people {
        let group = &mut slots[start[p] as usize..start[p + 1] as usize];
        if group.len() <= 16 {
            for j in 1..group.len() {
                let (b, kind, i) = group[j];
                if let Some(&(_, _, first)) = group[..j].iter().find(|g| g.0 == b && g.1 == kind) {
                    repeated.push((i as usize, first as usize));
                }
            }
        } else {
            group.sort_unstable_by_key(|&(b, kind, i)| (b, kind, i));
            let mut head = 0;
            for j in 1..group.len() {
                let (b, kind, i) = group[j];
                let (hb, hkind, hi) = group[head];
                if hb == b && hkind == kind {
                    repeated.push((i as usize, hi as usize));
                } else {
                    head = j;
                }
            }
        }
    }
    repeated.sort_unstable();
    repeated
}

impl Checker<'_> {
    /// Refuses cycles of solid reporting lines; warns of two solid managers. O(P + T).
    fn check_reporting(&mut self, map: &Map, locs: &[Spot]) {
        let n = map.people.len();
        // Each person's solid reporting ties, by index, in file order.
        let solid = map.ties.iter().enumerate().filter(|(_, t)| t.kind == TieKind::ReportsTo && !t.dotted);
        let managers = Lists::build(n, solid.map(|(ti, t)| (t.from, ti)));
        for (p, ms) in managers.iter().enumerate() {
            if ms.len() > 1 {
                let managers: Vec<&String> = ms.iter().map(|&ti| &map.people[map.ties[ti].to].id).collect();
                let msg = Msg::new("diag-two-managers")
                    .arg("id", &map.people[p].id)
                    .arg("count", ms.len())
                    .arg("managers", managers);
                self.warn("two-managers", locs[ms[1]].location(self.src), msg);
            }
        }
        // Iterative DFS with colours over solid reporting ties; each cycle reported once.
        let mut state = vec![0u8; n];
        let mut on_path: Vec<(usize, usize)> = Vec::new(); // (person, next manager slot)
        let mut via: Vec<usize> = Vec::new(); // tie used to reach each path entry but the first
        for start in 0..n {
            if state[start] != 0 {
                continue;
            }
            state[start] = 1;
            on_path.push((start, 0));
            while let Some(&mut (p, ref mut slot)) = on_path.last_mut() {
                if let Some(&ti) = managers[p].get(*slot) {
                    *slot += 1;
                    let m = map.ties[ti].to;
                    match state[m] {
                        0 => {
                            state[m] = 1;
                            via.push(ti);
                            on_path.push((m, 0));
                        }
                        1 => {
                            let pos = on_path.iter().position(|&(x, _)| x == m).unwrap_or(0);
                            let mut names: Vec<&str> =
                                on_path[pos..].iter().map(|&(x, _)| map.people[x].id.as_str()).collect();
                            names.push(map.people[m].id.as_str());
                            let msg = Msg::new("diag-reporting-cycle").arg("cycle", names.join(" → "));
                            self.error("reporting-cycle", locs[ti].location(self.src), msg);
                        }
                        _ => {}
                    }
                } else {
                    state[p] = 2;
                    on_path.pop();
                    via.pop();
                }
            }
        }
    }
}

/// Map-wide warnings: no approver; customer people with no tie at all.
pub(super) fn structure(c: &mut Checker, map: &Map) {
    let customers = map.people.iter().filter(|p| p.side == Side::Customer).count();
    if customers > 0 && !map.people.iter().any(|p| p.side == Side::Customer && p.has_role(Role::Approver)) {
        c.warn("no-approver", Location::file(c.src.main.clone()), Msg::new("diag-no-approver"));
    }
    let mut tied = vec![false; map.people.len()];
    for t in &map.ties {
        tied[t.from] = true;
        tied[t.to] = true;
    }
    let lonely: Vec<usize> =
        (0..map.people.len()).filter(|&i| !tied[i] && map.people[i].side == Side::Customer).collect();
    for &i in lonely.iter().take(50) {
        let (index, line) = c.person_spots[i];
        let loc = Here { src: c.src, section: "people", index, line }.at(Some("id"));
        c.warn("no-tie", loc, Msg::new("diag-no-tie").arg("id", &map.people[i].id));
    }
    if lonely.len() > 50 {
        let msg = Msg::new("diag-no-tie-more").arg("count", lonely.len() - 50);
        c.warn("no-tie", Location::file(c.src.main.clone()), msg);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::Rng;

    /// The ties repeating an earlier one, by comparing every pair: O(T²).
    fn naive(ties: &[Tie]) -> Vec<(usize, usize)> {
        (0..ties.len())
            .filter_map(|i| (0..i).find(|&j| key(&ties[j]) == key(&ties[i])).map(|j| (i, j)))
            .collect()
    }

    #[test]
    fn repeats_are_found_as_by_comparing_every_pair() {
        let kinds = [TieKind::ReportsTo, TieKind::Influences, TieKind::Knows, TieKind::Conflict];
        let mut rng = Rng::new(3);
        for round in 0..200 {
            // Few people and many ties, so that repeats are common; person 0 is a hub
            // with more ties than the quadratic comparison handles.
            let people = 2 + rng.below(8);
            let ties: Vec<Tie> = (0..rng.below(120))
                .map(|_| {
                    let from = if rng.chance(0.4) { 0 } else { rng.below(people) };
                    let to = (from + 1 + rng.below(people - 1)) % people;
                    Tie {
                        from,
                        to,
                        kind: kinds[rng.below(4)],
                        strength: Strength::Medium,
                        dotted: false,
                        note: None,
                    }
                })
                .collect();
            assert_eq!(repeats(people, &ties), naive(&ties), "round {round}");
        }
    }
}
