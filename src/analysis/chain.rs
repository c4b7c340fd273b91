//! The decision along the reporting chain (bases 1 and 4): who holds decision weight
//! when no one is written as deciding, and how governance and purchase share move it up
//! or down the solid reporting lines.
//!
//! - **Holders**: the people written as approver (※) or decision maker (+). When no one
//!   is, the direct solid-line managers of the people with a purchase role (the head of
//!   the unit that evaluates or uses it) are *assumed* holders, with a decision maker's
//!   weight ([`IMPLIED_WEIGHT`]); their confidence says so.
//! - **Up** (top bias b > 0: centralized and/or major): each holder below the top keeps
//!   1 − μ of their decision weight, μ = [`SHIFT`] · b, and the rest rises to their
//!   solid-line managers' chain, the share of an ancestor proportional to its distance
//!   (the top gets most) — even when no role is written for the top officers. A written
//!   decision maker lower down becomes closer to a recommender.
//! - **Down** (b < 0: decentralized and/or minor): each holder with holders below them
//!   passes μ = [`SHIFT`] · |b| of their weight down to the lowest holders of their
//!   subtree (the local holders), equally; head office becomes a gate.
//!
//! O(P · depth) for the chains, O(P + T) otherwise.

use std::collections::BTreeMap;

use crate::graph::{OrgGraph, Reporting};
use crate::model::PersonIx;
use crate::vocab::{Role, Side};

/// The share of a holder's weight that moves per unit of top bias.
pub const SHIFT: f64 = 0.7;
/// An assumed holder's decision weight (a decision maker's).
pub const IMPLIED_WEIGHT: f64 = 0.9;

/// Who holds the decision, and where the bases moved it.
#[derive(Debug, Clone, Default)]
pub struct Chain {
    /// Holds decision weight by role (written) or by assumption.
    pub holder: Vec<bool>,
    /// Holds it only by assumption (no decision role written anywhere).
    pub implied: Vec<bool>,
    /// Those whose weight moved to a person, for the few it moved to (see
    /// [`Chain::moved_from`]).
    pub from: BTreeMap<PersonIx, Vec<PersonIx>>,
    /// Those a person's weight moved to, for the few whose weight moved (see
    /// [`Chain::moved_to`]).
    pub to: BTreeMap<PersonIx, Vec<PersonIx>>,
    /// Head-office people in a decentralized or minor purchase: the top of a local
    /// holder's chain and its direct reports outside every such chain (a gate).
    pub gate: Vec<bool>,
}

/// Written or assumed holders: with no decision role written, the managers of the
/// people with roles; with no role written at all, the heads of the reporting chain.
/// O(P + T).
pub fn holders(g: &OrgGraph) -> Chain {
    let map = g.map;
    let n = map.people.len();
    let written =
        |i: usize| map.people[i].has_role(Role::Approver) || map.people[i].has_role(Role::DecisionMaker);
    let customer = |i: usize| map.people[i].side == Side::Customer;
    let mut holder: Vec<bool> = (0..n).map(|i| customer(i) && written(i)).collect();
    let mut implied = vec![false; n];
    if !holder.iter().any(|&h| h) {
        let rep = Reporting::of(map);
        for i in (0..n).filter(|&i| customer(i) && !map.people[i].roles.is_empty()) {
            for &m in &rep.managers[i] {
                if customer(m) && map.people[m].roles.is_empty() {
                    implied[m] = true;
                }
            }
        }
        // No purchase role written at all: the decision is presumed to sit at the top
        // of the reporting chain (the heads with people below them), as it would with
        // nothing else known (the first basis, position).
        if !implied.iter().any(|&h| h) && (0..n).all(|i| !customer(i) || map.people[i].roles.is_empty()) {
            for i in
                (0..n).filter(|&i| customer(i) && rep.managers[i].is_empty() && !rep.reports[i].is_empty())
            {
                implied[i] = true;
            }
        }
        holder.clone_from(&implied);
    }
    Chain { holder, implied, from: BTreeMap::new(), to: BTreeMap::new(), gate: vec![false; n] }
}

impl Chain {
    /// Those whose weight moved to `p`, in the order it moved.
    pub fn moved_from(&self, p: PersonIx) -> &[PersonIx] {
        self.from.get(&p).map_or(&[], Vec::as_slice)
    }

    /// Those `p`'s weight moved to, in the order it moved.
    pub fn moved_to(&self, p: PersonIx) -> &[PersonIx] {
        self.to.get(&p).map_or(&[], Vec::as_slice)
    }
}

/// Solid-line ancestors of `p` with their distance, nearest first (breadth-first;
/// each once, at its shortest distance).
fn ancestors(rep: &Reporting, p: PersonIx) -> Vec<(PersonIx, usize)> {
    let mut out: Vec<(PersonIx, usize)> = Vec::new();
    let mut frontier = vec![p];
    let mut d = 0;
    while !frontier.is_empty() && d < rep.managers.len() {
        d += 1;
        let mut next = Vec::new();
        for &x in &frontier {
            for &m in &rep.managers[x] {
                if m != p && !out.iter().any(|&(y, _)| y == m) {
                    out.push((m, d));
                    next.push(m);
                }
            }
        }
        frontier = next;
    }
    out
}

/// Moves decision weight along the chain for top bias `bias`, recording who moved to
/// whom in `chain`. O(P · depth).
pub fn shift(g: &OrgGraph, bias: f64, weight: &mut [f64], chain: &mut Chain) {
    let map = g.map;
    let n = map.people.len();
    let mu = SHIFT * bias.abs();
    if mu == 0.0 {
        return;
    }
    let rep = Reporting::of(map);
    let customer = |i: usize| map.people[i].side == Side::Customer;
    let before = weight.to_vec();
    let ups: Vec<Vec<(PersonIx, usize)>> = (0..n)
        .map(|i| if chain.holder[i] { ancestors(&rep, i) } else { Vec::new() })
        .map(|a| a.into_iter().filter(|&(m, _)| customer(m)).collect())
        .collect();
    if bias > 0.0 {
        let movers: Vec<PersonIx> =
            (0..n).filter(|&h| chain.holder[h] && before[h] > 0.0 && !ups[h].is_empty()).collect();
        for h in movers {
            let moved = before[h] * mu;
            let total: usize = ups[h].iter().map(|&(_, d)| d).sum();
            weight[h] -= moved;
            for &(m, d) in &ups[h] {
                weight[m] += moved * d as f64 / total as f64;
                link(chain, h, m);
            }
        }
        return;
    }
    // Down: the local holders are the holders with no holder below them.
    let mut local_below: Vec<Vec<PersonIx>> = vec![Vec::new(); n];
    let has_holder_below: Vec<bool> = {
        let mut v = vec![false; n];
        for h in (0..n).filter(|&h| chain.holder[h]) {
            for &(m, _) in &ups[h] {
                v[m] = true;
            }
        }
        v
    };
    let locals: Vec<PersonIx> = (0..n).filter(|&h| chain.holder[h] && !has_holder_below[h]).collect();
    for h in locals {
        for &(m, _) in &ups[h] {
            local_below[m].push(h);
        }
        // Head office: the top of this chain and its direct reports off every chain.
        if let Some(&(top, _)) = ups[h].iter().find(|&&(m, _)| rep.managers[m].is_empty()) {
            chain.gate[top] = true;
            for &r in &rep.reports[top] {
                if customer(r) && !has_holder_below[r] && !chain.holder[r] {
                    chain.gate[r] = true;
                }
            }
        }
    }
    for h in 0..n {
        let local = &local_below[h];
        if local.is_empty() || before[h] <= 0.0 || !chain.holder[h] {
            continue;
        }
        let moved = before[h] * mu;
        weight[h] -= moved;
        for &l in local {
            weight[l] += moved / local.len() as f64;
            link(chain, h, l);
        }
    }
    // A gate whose own chain runs through someone else's holder is not a gate: keep the
    // mark for head office only (people above or beside, never a local holder).
    for (h, below) in has_holder_below.iter().enumerate().take(n) {
        if chain.holder[h] && !below {
            chain.gate[h] = false;
        }
    }
}

fn link(chain: &mut Chain, from: PersonIx, to: PersonIx) {
    let moved_to = chain.to.entry(from).or_default();
    if !moved_to.contains(&to) {
        moved_to.push(to);
    }
    let moved_from = chain.from.entry(to).or_default();
    if !moved_from.contains(&from) {
        moved_from.push(from);
    }
}
