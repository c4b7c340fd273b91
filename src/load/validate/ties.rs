//! Checking the ties of a map: resolving their ends, refusing ties to oneself and
//! cycles of solid reporting lines, dropping duplicates, and the map-wide warnings
//! (two solid managers, no approver, people with no tie). O(P + T).

use rustc_hash::FxHashMap;
use std::collections::BTreeMap;

use super::{Checker, Here, Pending, PersonIds, item_note};
use crate::diag::Location;
use crate::load::raw::{Id, RawTie, Records, Val};
use crate::model::{ItemNote, Map, PersonIx, Tie};
use crate::vocab::{Role, Side, Strength, TieKind};

/// Where a tie was written: the index and line of a record of ties, or a person's
/// `reports_to`. Kept small (24 bytes) and turned into a [`Location`] only when there
/// is something to report.
#[derive(Clone)]
pub(super) enum Spot {
    Record(usize, u64),
    Written(Box<Location>),
}

impl Spot {
    fn location(&self, c: &Checker) -> Location {
        match self {
            Spot::Record(index, line) => {
                Here { src: c.src, section: "ties", index: *index, line: *line }.at(None)
            }
            Spot::Written(l) => (**l).clone(),
        }
    }
}

/// How many tie records are read before their ends are looked up together.
const BATCH: usize = 256;

/// The ties kept so far, with where each was written, and a duplicate check.
struct Kept {
    ties: Vec<Tie>,
    spots: Vec<Spot>,
    seen: FxHashMap<(u32, u32, TieKind), u32>,
    /// Answer keys: the grading notes of the ties kept, by index.
    notes: BTreeMap<usize, ItemNote>,
}

impl Kept {
    /// Looks up the duplicate-check keys of a batch of ties back to back, only to bring
    /// their table entries into the cache before the ties are kept one by one.
    fn warm(&self, ties: impl Iterator<Item = (PersonIx, PersonIx, TieKind)>) {
        for (from, to, kind) in ties {
            std::hint::black_box(self.seen.get(&Self::key(from, to, kind)));
        }
    }

    /// The duplicate-check key: the ends in order, or sorted for symmetric kinds.
    fn key(from: PersonIx, to: PersonIx, kind: TieKind) -> (u32, u32, TieKind) {
        let (a, b) = if kind.is_symmetric() { (from.min(to), from.max(to)) } else { (from, to) };
        (a as u32, b as u32, kind)
    }

    /// Keeps a tie unless the same one was kept before (either order for symmetric
    /// kinds), which is reported and dropped.
    fn keep(&mut self, c: &mut Checker, map: &Map, t: Tie, spot: Spot, note: Option<ItemNote>) {
        let key = Self::key(t.from, t.to, t.kind);
        if let Some(&first) = self.seen.get(&key) {
            let first_loc = self.spots[first as usize].location(c);
            let at = first_loc
                .line
                .map(|l| format!("line {l}"))
                .or_else(|| first_loc.path.clone())
                .unwrap_or_else(|| first_loc.file.clone());
            let msg = format!(
                "duplicate {} tie between \"{}\" and \"{}\" (first at {at}); this one is ignored",
                t.kind, map.people[t.from].id, map.people[t.to].id
            );
            let loc = spot.location(c);
            c.warn("duplicate-tie", loc, msg);
            return;
        }
        self.seen.insert(key, self.ties.len() as u32);
        if let Some(n) = note {
            self.notes.insert(self.ties.len(), n);
        }
        self.ties.push(t);
        self.spots.push(spot);
    }
}

pub(super) fn ties(
    c: &mut Checker,
    map: &mut Map,
    raw: Records<RawTie>,
    ids: &PersonIds,
    reports: Vec<Pending>,
) {
    let lookup = |c: &mut Checker, id: &str, loc: &dyn Fn() -> (Location, String)| -> Option<PersonIx> {
        if let Some(ix) = ids.get(id) {
            return Some(ix);
        }
        let hint = if map.people.len() <= 20_000 {
            c.suggest(id, map.people.iter().map(|p| p.id.as_str()))
        } else {
            String::new()
        };
        let (loc, what) = loc();
        c.error("unknown-id", loc, format!("{what}\"{id}\" is not a person id{hint}"));
        None
    };
    let capacity = raw.capacity_hint(c.text) + reports.len();
    let mut kept = Kept {
        ties: Vec::with_capacity(capacity),
        spots: Vec::with_capacity(capacity),
        seen: FxHashMap::with_capacity_and_hasher(capacity, Default::default()),
        notes: BTreeMap::new(),
    };
    for p in reports {
        let label = if c.src.csv_headers.is_some() { "reports_to: " } else { "" };
        let Some(to) = lookup(c, &p.text, &|| (p.loc.clone(), label.to_string())) else { continue };
        if to == p.ix {
            c.error("self-tie", p.loc, format!("{label}\"{}\" reports to themself", p.text));
            continue;
        }
        let tie = Tie {
            from: p.ix,
            to,
            kind: TieKind::ReportsTo,
            strength: Strength::Medium,
            dotted: false,
            note: None,
        };
        kept.keep(c, map, tie, Spot::Written(Box::new(p.loc)), None);
    }
    // Records are checked in batches: first every end of the batch is looked up back
    // to back, so that the table lookups (which miss the cache in big maps) overlap
    // instead of waiting one by one; then each record in order, as written.
    let mut batch: Vec<(usize, RawTie)> = Vec::with_capacity(BATCH);
    let check_batch = |c: &mut Checker, kept: &mut Kept, batch: &mut Vec<(usize, RawTie)>| {
        let ends = batch.iter().flat_map(|(_, r)| [r.from.ok().map(Id::as_str), r.to.ok().map(Id::as_str)]);
        let resolved = ids.get_batch(ends);
        let found: Vec<[Option<PersonIx>; 2]> = resolved.chunks_exact(2).map(|e| [e[0], e[1]]).collect();
        kept.warm(found.iter().zip(batch.iter()).filter_map(|(ends, (_, r))| match (ends, r.kind.ok()) {
            ([Some(a), Some(b)], Some(&kind)) => Some((*a, *b, kind)),
            _ => None,
        }));
        for ((i, r), found) in batch.iter_mut().zip(found) {
            let i = *i;
            let here = Here { src: c.src, section: "ties", index: i, line: r.line };
            c.shape::<RawTie>(here, r.not_object, &r.unknown);
            if r.not_object.is_some() {
                continue;
            }
            let mut ends = [None, None];
            for (k, key, v) in [(0, "from", r.from.take()), (1, "to", r.to.take())] {
                match c.field(here, key, v) {
                    Some(_) if found[k].is_some() => ends[k] = found[k],
                    Some(id) => ends[k] = lookup(c, id.as_str(), &|| (here.at(Some(key)), here.label(key))),
                    None => c.error(
                        "missing-field",
                        here.at(Some(key)),
                        format!("{}a tie needs \"{key}\"", here.label(key)),
                    ),
                }
            }
            let kind = c.field(here, "kind", r.kind.take());
            if kind.is_none() && matches!(r.kind, Val::Missing) {
                let label = here.label("kind");
                let msg = format!("{label}a tie needs a kind (reports_to, influences, knows or conflict)");
                c.error("missing-field", here.at(Some("kind")), msg);
            }
            let strength = c.field(here, "strength", r.strength.take()).unwrap_or(Strength::Medium);
            let dotted = c.field(here, "dotted", r.dotted.take()).unwrap_or(false);
            let note = c.field(here, "note", r.note.take());
            let optional = c.field(here, "optional", r.optional.take());
            let grading = item_note(optional, c.field(here, "explain", r.explain.0.take()));
            let ([Some(from), Some(to)], Some(kind)) = (ends, kind) else { continue };
            if from == to {
                let msg = format!("a tie from \"{}\" to themself", map.people[from].id);
                c.error("self-tie", here.at(None), msg);
                continue;
            }
            if dotted && kind != TieKind::ReportsTo {
                let label = here.label("dotted");
                let msg = format!("{label}only reporting lines can be dotted; ignored on a {kind} tie");
                c.warn("dotted-not-reporting", here.at(Some("dotted")), msg);
            }
            let tie = Tie { from, to, kind, strength, dotted: dotted && kind == TieKind::ReportsTo, note };
            kept.keep(c, map, tie, Spot::Record(i, r.line), grading);
        }
        batch.clear();
    };
    let listed = raw.for_each(c.text, |i, r| {
        batch.push((i, r));
        if batch.len() == BATCH {
            check_batch(c, &mut kept, &mut batch);
        }
    });
    check_batch(c, &mut kept, &mut batch);
    c.list_shape(listed, "ties");
    let Kept { ties, spots, seen, notes } = kept;
    drop(seen);
    map.ties = ties;
    map.grading.ties = notes;
    c.check_reporting(map, &spots);
}

impl Checker<'_> {
    /// Refuses cycles of solid reporting lines; warns of two solid managers. O(P + T).
    fn check_reporting(&mut self, map: &Map, locs: &[Spot]) {
        let n = map.people.len();
        let mut managers: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (ti, t) in map.ties.iter().enumerate() {
            if t.kind == TieKind::ReportsTo && !t.dotted {
                managers[t.from].push(ti);
            }
        }
        for (p, ms) in managers.iter().enumerate() {
            if ms.len() > 1 {
                let names: Vec<String> =
                    ms.iter().map(|&ti| format!("\"{}\"", map.people[map.ties[ti].to].id)).collect();
                self.warn(
                    "two-managers",
                    locs[ms[1]].location(self),
                    format!(
                        "\"{}\" has {} solid-line managers ({}); mark the secondary line dotted",
                        map.people[p].id,
                        ms.len(),
                        names.join(", ")
                    ),
                );
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
                            self.error(
                                "reporting-cycle",
                                locs[ti].location(self),
                                format!("solid reporting lines form a cycle: {}", names.join(" → ")),
                            );
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
        c.warn(
            "no-approver",
            Location::file(c.src.main.clone()),
            "no approver (※) is identified among the customer's people: find out who gives final approval",
        );
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
        c.warn(
            "no-tie",
            loc,
            format!(
                "\"{}\" has no tie to anyone: add whom they report to, influence or know",
                map.people[i].id
            ),
        );
    }
    if lonely.len() > 50 {
        c.warn(
            "no-tie",
            Location::file(c.src.main.clone()),
            format!("{} more customer people have no tie at all", lonely.len() - 50),
        );
    }
}
