//! Sway: how strongly a person moves the people who hold this decision, directly and
//! through chains. A personalized PageRank run backwards over the influence graph:
//! decision weight starts at the decision holders and flows to those who influence
//! them, split by each influencer's share of the influence the person receives.
//!
//! `r(p) = v(p) + α · Σ_{p→q} r(q) · w(p,q) / (c + Σ_{x→q} w(x,q))`
//!
//! where `v` is the decision weight, `w` the tie weight (influence ties by strength,
//! reporting lines from the manager down, weighted by how centralized the account is),
//! `c` the weight of a person's own judgment and α the damping. The sway of `p` is
//! `r(p) − v(p)`: what flows to them from others. Each row of the iteration is a
//! contraction (α < 1 and shares sum below 1), so it converges; it runs at most
//! [`ITERATIONS`] rounds of O(P + T) each.

use crate::graph::OrgGraph;
use crate::lists::Lists;
use crate::vocab::TieKind;

/// Damping: how much of a swayed person's weight passes to those who sway them.
pub const ALPHA: f64 = 0.85;
/// A person's own judgment, in tie-weight units (one strong influence tie is 1.0).
pub const OWN_JUDGMENT: f64 = 1.0;
/// The most rounds of iteration.
pub const ITERATIONS: usize = 60;

/// One weighted edge of the influence graph: `from` sways `to`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sway {
    /// The one who sways.
    pub from: u32,
    /// The one swayed.
    pub to: u32,
    /// Weight, 0…1.
    pub weight: f64,
}

/// The influence edges of a map: influence ties (strength / 3) and reporting lines
/// from the manager down (strength / 3 × `formal`; dotted lines half). O(T).
pub fn sway_edges(g: &OrgGraph, formal: f64) -> Vec<Sway> {
    // Room for every tie at once: most ties are one of the two kinds, and a vector
    // grown by doubling would hold up to twice the room it needs.
    let mut edges = Vec::with_capacity(g.map.ties.len());
    edges.extend(g.map.ties.iter().filter_map(|t| {
        let s = f64::from(t.strength.value()) / 3.0;
        match t.kind {
            TieKind::Influences => Some(Sway { from: t.from as u32, to: t.to as u32, weight: s }),
            TieKind::ReportsTo => Some(Sway {
                from: t.to as u32,
                to: t.from as u32,
                weight: s * formal * if t.dotted { 0.5 } else { 1.0 },
            }),
            _ => None,
        }
    }));
    edges
}

/// `r` of the formula above for decision weights `v`; sway is `r − v`.
/// O(ITERATIONS · (P + E)).
pub fn propagate(n: usize, edges: &[Sway], v: &[f64]) -> Vec<f64> {
    let mut inflow = vec![OWN_JUDGMENT; n];
    for e in edges {
        inflow[e.to as usize] += e.weight;
    }
    // (the one swayed, the share of their inflow this edge carries), grouped by the one
    // who sways, each group in the order given. A round then gathers each person's sum
    // in turn instead of scattering additions across the whole vector, and adds the
    // same terms in the same order as edge by edge would: the result is the same to
    // the bit.
    let rows =
        Lists::build(n, edges.iter().map(|e| (e.from as usize, (e.to, e.weight / inflow[e.to as usize]))));
    drop(inflow);
    let mut r = v.to_vec();
    let mut next = vec![0.0; n];
    for _ in 0..ITERATIONS {
        let (mut delta, mut scale) = (0.0f64, 0.0f64);
        for (((out, &vi), &ri), row) in next.iter_mut().zip(v).zip(&r).zip(rows.iter()) {
            let mut x = vi;
            for &(to, share) in row {
                x += ALPHA * r[to as usize] * share;
            }
            *out = x;
            delta = delta.max((x - ri).abs());
            scale = scale.max(x);
        }
        let scale = scale.max(1e-300);
        std::mem::swap(&mut r, &mut next);
        // Converged to far below the one decimal a report shows.
        if delta <= 1e-8 * scale {
            break;
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weight_flows_back_along_chains_and_decays() {
        // 2 sways 1 sways 0; only 0 decides.
        let edges = [Sway { from: 1, to: 0, weight: 1.0 }, Sway { from: 2, to: 1, weight: 1.0 }];
        let r = propagate(3, &edges, &[1.0, 0.0, 0.0]);
        assert!((r[0] - 1.0).abs() < 1e-12);
        assert!((r[1] - ALPHA * 0.5).abs() < 1e-12);
        assert!((r[2] - ALPHA * ALPHA * 0.25).abs() < 1e-12);
    }

    #[test]
    fn converges_on_cycles() {
        let edges = [Sway { from: 0, to: 1, weight: 1.0 }, Sway { from: 1, to: 0, weight: 1.0 }];
        let r = propagate(2, &edges, &[1.0, 1.0]);
        assert!(r.iter().all(|x| x.is_finite() && *x > 1.0 && *x < 10.0));
    }
}
