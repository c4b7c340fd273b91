//! Whom our side has reached. A customer person's *reach* is how well we can talk to
//! them, 0…1: the larger of our relationship stage (0…4, as a quarter each) and their
//! best acquaintance (`knows`) tie to someone on our side (strong 0.75, medium 0.5,
//! weak 0.25). A person is *reached* at 0.5 or more: an engaged relationship, or a
//! medium or strong personal tie to one of us. Below that we have at most met them.

use crate::graph::OrgGraph;
use crate::model::PersonIx;
use crate::vocab::{Side, TieKind};

/// The reach at and above which a person counts as reached.
pub const REACHED: f64 = 0.5;

/// Each person's reach, 0…1; our own side is 1. O(P + T).
pub fn reach_scores(g: &OrgGraph) -> Vec<f64> {
    let map = g.map;
    let mut r: Vec<f64> = map
        .people
        .iter()
        .map(|p| match p.side {
            Side::Ours => 1.0,
            _ => f64::from(p.relationship.value()) / 4.0,
        })
        .collect();
    for t in &map.ties {
        if t.kind != TieKind::Knows {
            continue;
        }
        let (a, b) = (&map.people[t.from], &map.people[t.to]);
        let via = f64::from(t.strength.value()) / 4.0;
        if a.side == Side::Ours && b.side != Side::Ours {
            r[t.to] = r[t.to].max(via);
        }
        if b.side == Side::Ours && a.side != Side::Ours {
            r[t.from] = r[t.from].max(via);
        }
    }
    r
}

/// Who is reached (reach ≥ [`REACHED`]). O(P + T).
pub fn reached(g: &OrgGraph) -> Vec<bool> {
    reach_scores(g).into_iter().map(|x| x >= REACHED).collect()
}

/// Our people who know `p` (by a `knows` tie), best tie first. O(degree).
pub fn our_contacts(g: &OrgGraph, p: PersonIx) -> Vec<(PersonIx, u8)> {
    let mut out: Vec<(PersonIx, u8)> = g
        .neighbors(p, TieKind::Knows)
        .filter(|(q, _)| g.map.people[*q].side == Side::Ours)
        .map(|(q, e)| (q, e.strength.value()))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    out
}
