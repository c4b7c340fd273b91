//! Checking the ties of a map: resolving their ends, refusing ties to oneself and
//! cycles of solid reporting lines, dropping duplicates, and the map-wide warnings
//! (two solid managers, no approver, people with no tie). O(P + T).

use std::collections::HashMap;

use super::{Checker, Here, Pending};
use crate::diag::Location;
use crate::load::raw::{RawTie, Val};
use crate::model::{Map, PersonIx, Tie};
use crate::vocab::{Role, Side, Strength, TieKind};

pub(super) fn ties(c: &mut Checker, map: &mut Map, raw: Vec<RawTie>, reports: Vec<Pending>) {
    let ids: HashMap<&str, PersonIx> =
        map.people.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    let mut out: Vec<Tie> = Vec::with_capacity(raw.len() + reports.len());
    let mut locs: Vec<Location> = Vec::new();
    let mut seen: HashMap<(PersonIx, PersonIx, TieKind), usize> = HashMap::with_capacity(raw.len());
    let lookup = |c: &mut Checker, id: &str, loc: Location, what: &str| -> Option<PersonIx> {
        match ids.get(id) {
            Some(&ix) => Some(ix),
            None => {
                let hint = if map.people.len() <= 20_000 {
                    c.suggest(id, map.people.iter().map(|p| p.id.as_str()))
                } else {
                    String::new()
                };
                c.error("unknown-id", loc, format!("{what}\"{id}\" is not a person id{hint}"));
                None
            }
        }
    };
    let mut candidates: Vec<(Tie, Location)> = Vec::with_capacity(raw.len() + reports.len());
    for p in reports {
        let label = if c.src.csv_headers.is_some() { "reports_to: ".to_string() } else { String::new() };
        let Some(to) = lookup(c, &p.text, p.loc.clone(), &label) else { continue };
        if to == p.ix {
            c.error("self-tie", p.loc, format!("{label}\"{}\" reports to themself", p.text));
            continue;
        }
        candidates.push((
            Tie {
                from: p.ix,
                to,
                kind: TieKind::ReportsTo,
                strength: Strength::Medium,
                dotted: false,
                note: None,
            },
            p.loc,
        ));
    }
    for (i, mut r) in raw.into_iter().enumerate() {
        let here = Here { src: c.src, section: "ties", index: i, line: r.line };
        c.shape::<RawTie>(here, r.not_object, &r.unknown);
        if r.not_object.is_some() {
            continue;
        }
        let mut ends = [None, None];
        for (k, key, v) in [(0, "from", r.from.take()), (1, "to", r.to.take())] {
            match c.field(here, key, v) {
                Some(id) => ends[k] = lookup(c, &id, here.at(Some(key)), &here.label(key)),
                None => c.error(
                    "missing-field",
                    here.at(Some(key)),
                    format!("{}a tie needs \"{key}\"", here.label(key)),
                ),
            }
        }
        let kind = c.field(here, "kind", r.kind.take());
        if kind.is_none() && matches!(r.kind, Val::Missing) {
            c.error(
                "missing-field",
                here.at(Some("kind")),
                format!(
                    "{}a tie needs a kind (reports_to, influences, knows or conflict)",
                    here.label("kind")
                ),
            );
        }
        let strength = c.field(here, "strength", r.strength.take()).unwrap_or(Strength::Medium);
        let dotted = c.field(here, "dotted", r.dotted.take()).unwrap_or(false);
        let note = c.field(here, "note", r.note.take());
        let ([Some(from), Some(to)], Some(kind)) = (ends, kind) else { continue };
        if from == to {
            c.error("self-tie", here.at(None), format!("a tie from \"{}\" to themself", map.people[from].id));
            continue;
        }
        if dotted && kind != TieKind::ReportsTo {
            c.warn(
                "dotted-not-reporting",
                here.at(Some("dotted")),
                format!(
                    "{}only reporting lines can be dotted; ignored on a {kind} tie",
                    here.label("dotted")
                ),
            );
        }
        candidates.push((
            Tie { from, to, kind, strength, dotted: dotted && kind == TieKind::ReportsTo, note },
            here.at(None),
        ));
    }
    for (t, loc) in candidates {
        let key = if t.kind.is_symmetric() {
            (t.from.min(t.to), t.from.max(t.to), t.kind)
        } else {
            (t.from, t.to, t.kind)
        };
        if let Some(&first) = seen.get(&key) {
            let first_loc = &locs[first];
            let at = first_loc
                .line
                .map(|l| format!("line {l}"))
                .or_else(|| first_loc.path.clone())
                .unwrap_or_else(|| first_loc.file.clone());
            c.warn(
                "duplicate-tie",
                loc,
                format!(
                    "duplicate {} tie between \"{}\" and \"{}\" (first at {at}); this one is ignored",
                    t.kind, map.people[t.from].id, map.people[t.to].id
                ),
            );
            continue;
        }
        seen.insert(key, out.len());
        out.push(t);
        locs.push(loc);
    }
    map.ties = out;
    c.check_reporting(map, &locs);
}

impl Checker<'_> {
    /// Refuses cycles of solid reporting lines; warns of two solid managers. O(P + T).
    fn check_reporting(&mut self, map: &Map, locs: &[Location]) {
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
                    locs[ms[1]].clone(),
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
                                locs[ti].clone(),
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
        let loc = c.person_locs[i].clone();
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
