//! Unreached influencers (未覆盖的影响者): customer people with real sway over the top
//! decision makers, directly or through chains, whom our side has not reached
//! (reach below [`super::reach::REACHED`]), ranked by sway × how unreached.
//!
//! Sway over the top is [`super::influence::propagate`] with the decision weight placed
//! on the top decision makers only (by their scores), so it counts chains. A person
//! qualifies with at least [`MIN_SHARE`] of the largest such sway. The pull counts
//! reporting lines from the manager down as well (authority); the report keeps the two
//! apart: `sways` through influence ties, `manages` through reporting lines only. O(I · (P + T)), plus
//! a bounded search per listed person for whom they sway.

use serde::Serialize;
use std::collections::VecDeque;

use super::influence::propagate;
use super::rank::{Power, round2};
use super::reach::REACHED;
use crate::graph::OrgGraph;
use crate::lists::Lists;
use crate::model::PersonIx;
use crate::vocab::{Role, Side, Stance};

/// The smallest share of the largest sway that counts as real sway.
pub const MIN_SHARE: f64 = 0.05;
/// How many hops the search for whom a person sways goes.
pub const SWAY_DEPTH: usize = 4;

/// An unreached influencer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unreached {
    /// Index in the map.
    #[serde(skip)]
    pub person: PersonIx,
    /// The person's id.
    pub id: String,
    /// The person's name.
    pub name: String,
    /// Sway over the top decision makers, relative to the largest (0…1).
    pub sway: f64,
    /// How well we reach them (0…1).
    pub reach: f64,
    /// sway × (1 − reach), the ranking key.
    pub priority: f64,
    /// Roles, if any.
    pub roles: Vec<Role>,
    /// Stance.
    pub stance: Stance,
    /// The top decision makers they sway through influence ties, nearest first (ids).
    pub sways: Vec<String>,
    /// The same, as indices.
    #[serde(skip)]
    pub sways_ix: Vec<PersonIx>,
    /// The top decision makers they reach only through a reporting line (authority,
    /// not sway), nearest first (ids).
    pub manages: Vec<String>,
    /// The same, as indices.
    #[serde(skip)]
    pub manages_ix: Vec<PersonIx>,
    /// The best known way in: a route's ids from our side (empty when there is none).
    pub way_in: Vec<String>,
    /// That route's reliability, 0…1.
    pub way_in_reliability: Option<f64>,
    /// Off limits (marked do-not-contact, or in a unit so marked): no way in is
    /// looked for; the next steps turn to legitimate channels.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub off_limits: bool,
}

/// Each person's sway over the top decision makers (absolute). O(I · (P + T)).
pub fn sway_over_top(g: &OrgGraph, power: &Power, top: &[PersonIx]) -> Vec<f64> {
    let n = g.map.people.len();
    let mut v = vec![0.0; n];
    for &t in top {
        v[t] = power.score[t].max(1e-6);
    }
    let r = propagate(n, &power.edges, &v);
    r.iter().zip(&v).map(|(a, b)| (a - b).max(0.0)).collect()
}

/// The largest sway among customer people.
pub fn max_customer(g: &OrgGraph, sway: &[f64]) -> f64 {
    (0..sway.len()).filter(|&i| g.map.people[i].side == Side::Customer).map(|i| sway[i]).fold(0.0, f64::max)
}

/// The unreached influencers, highest priority first (ties by id); `sway` is
/// [`sway_over_top`].
pub fn unreached(
    g: &OrgGraph,
    reach: &[f64],
    top: &[PersonIx],
    _power: &Power,
    sway: &[f64],
) -> Vec<Unreached> {
    let map = g.map;
    let n = map.people.len();
    let max = max_customer(g, sway);
    if max <= 0.0 {
        return Vec::new();
    }
    let mut out: Vec<(f64, PersonIx)> = (0..n)
        .filter(|&i| map.people[i].side == Side::Customer && reach[i] < REACHED && sway[i] >= MIN_SHARE * max)
        .map(|i| ((sway[i] / max) * (1.0 - reach[i]), i))
        .collect();
    super::sort_top(&mut out, 200, |a, b| {
        b.0.total_cmp(&a.0)
            .then_with(|| super::rank::natural_cmp(&map.people[a.1].id, &map.people[b.1].id))
            .then(a.1.cmp(&b.1))
    });
    let (mut adj, mut ties) = (Lists::default(), Lists::default()); // manager → report; who sways whom
    if !out.is_empty() {
        let of_kind = |kind| map.ties.iter().filter(move |t| t.kind == kind);
        adj = Lists::build(n, of_kind(crate::vocab::TieKind::ReportsTo).map(|t| (t.to, t.from)));
        ties = Lists::build(n, of_kind(crate::vocab::TieKind::Influences).map(|t| (t.from, t.to)));
    }
    let off = map.off_limits();
    out.into_iter()
        .map(|(priority, i)| {
            let p = &map.people[i];
            let swayed = swayed_top(&ties, i, top);
            let managed: Vec<PersonIx> =
                swayed_top(&adj, i, top).into_iter().filter(|x| !swayed.contains(x)).collect();
            Unreached {
                person: i,
                id: p.id.clone(),
                name: p.display_name().to_string(),
                sway: round2(sway[i] / max),
                reach: round2(reach[i]),
                priority: round2(priority),
                roles: p.roles.clone(),
                stance: p.stance,
                sways: swayed.iter().map(|&t| map.people[t].id.clone()).collect(),
                sways_ix: swayed,
                manages: managed.iter().map(|&t| map.people[t].id.clone()).collect(),
                manages_ix: managed,
                way_in: Vec::new(),
                way_in_reliability: None,
                off_limits: off[i],
            }
        })
        .collect()
}

/// The top people reachable from `p` along sway edges within [`SWAY_DEPTH`] hops,
/// nearest first. Breadth-first, bounded by the people it visits.
pub fn swayed_top(adj: &Lists<usize>, p: PersonIx, top: &[PersonIx]) -> Vec<PersonIx> {
    let mut seen = std::collections::HashSet::new();
    let mut q = VecDeque::from([(p, 0usize)]);
    seen.insert(p);
    let mut out = Vec::new();
    while let Some((x, d)) = q.pop_front() {
        if x != p && top.contains(&x) {
            out.push(x);
        }
        if d == SWAY_DEPTH {
            continue;
        }
        let mut next: Vec<usize> = adj[x].to_vec();
        next.sort_unstable();
        for y in next {
            if seen.insert(y) {
                q.push_back((y, d + 1));
            }
        }
    }
    out
}
