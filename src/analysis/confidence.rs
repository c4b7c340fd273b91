//! Confidence (把握): how much of a candidate's score rests on facts written in the map
//! rather than on the defaults the ranking assumes when something is unknown.
//!
//! Each input the score uses has a weight; the confidence is the weight of the inputs
//! the map states, over all of them:
//! - purchase role 0.40 (an assumed holder's role is a default);
//! - position (level, written or implied by reporting lines) 0.20;
//! - stance 0.15;
//! - the account's governance 0.075 and purchase share 0.075 (bases 1 and 4);
//! - for someone holding decision weight, expertise 0.05 and style 0.05 (bases 2 and
//!   3); for anyone else they do not enter the score and count as known.
//!
//! High from [`HIGH`], low below [`LOW`]. O(1) per candidate.

use serde::Serialize;

use super::chain::Chain;
use super::rank::round2;
use crate::graph::OrgGraph;
use crate::model::PersonIx;
use crate::vocab::Stance;

/// From this share on, a score is well founded.
pub const HIGH: f64 = 0.85;
/// Below this share, a score rests mostly on defaults.
pub const LOW: f64 = 0.6;

/// How well founded a score is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Confidence {
    /// The share of the score's inputs that the map states, 0…1.
    pub share: f64,
    /// `high`, `medium` or `low`.
    pub level: &'static str,
    /// The inputs taken by default: `role`, `level`, `stance`, `governance`,
    /// `purchase_share`, `expertise`, `style`.
    pub unknown: Vec<&'static str>,
}

/// The confidence of person `i`'s score; `weight` is the decision weight after the bases.
pub fn of(g: &OrgGraph, chain: &Chain, weight: &[f64], i: PersonIx) -> Confidence {
    let map = g.map;
    let p = &map.people[i];
    let decides = chain.holder[i] || weight[i] > 0.0 && !chain.moved_from(i).is_empty();
    let inputs: [(&'static str, f64, bool); 7] = [
        ("role", 0.40, !p.roles.is_empty()),
        ("level", 0.20, g.level[i].is_some()),
        ("stance", 0.15, p.stance != Stance::Unknown),
        ("governance", 0.075, map.context.governance.is_some()),
        ("purchase_share", 0.075, map.context.purchase_share.is_some()),
        ("expertise", 0.05, !decides || p.expertise.is_some()),
        ("style", 0.05, !decides || p.style.is_some()),
    ];
    let known: f64 = inputs.iter().filter(|x| x.2).map(|x| x.1).sum();
    let share = round2(known);
    let level = if share >= HIGH {
        "high"
    } else if share >= LOW {
        "medium"
    } else {
        "low"
    };
    Confidence { share, level, unknown: inputs.iter().filter(|x| !x.2).map(|x| x.0).collect() }
}
