//! Account health (客户健康度): one red / amber / green status with the rule that gave
//! it, and a coverage score, from the ranking, the stances and our reach.
//!
//! - The *key players* are the top decision-maker candidates and everyone holding a
//!   decision role (approver ※ or decision maker +); the *decision holders* are those
//!   with a decision role, or the first candidate when no one has one.
//! - A *supporter* is a supporter or a champion (coach).
//! - **Red**: no supporter among the key players.
//! - **Amber**: supporters among the key players, but none of them holds the decision;
//!   or a supportive decision holder, but another decision holder is against us
//!   (skeptic or opponent), or a level of the organization where we reach no one.
//! - **Green**: a supportive decision holder, no decision holder against us, and
//!   someone reached ([`super::reach::REACHED`]) at every level of the customer's
//!   reporting lines.
//!
//! Coverage, 0…100 = the mean of the share of key players reached and the share of
//! levels with someone reached (the key players alone when no level is known).
//!
//! O(P) after the ranking.

use serde::Serialize;

use super::rank::Candidate;
use super::reach::REACHED;
use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::model::PersonIx;
use crate::vocab::{Role, Side, Stance};

/// The colour of an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// No supporter among the key players.
    Red,
    /// Supporters, but not yet where the decision is made, or gaps in coverage.
    Amber,
    /// A supportive decision holder and coverage at every level.
    Green,
}

impl Status {
    /// The catalog key of the colour's name.
    pub fn key(self) -> &'static str {
        match self {
            Status::Red => "health-status-red",
            Status::Amber => "health-status-amber",
            Status::Green => "health-status-green",
        }
    }
}

/// An account's health.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Health {
    /// Red, amber or green.
    pub status: Status,
    /// Why: the rule that applied, with the people and levels it names.
    pub rule: Msg,
    /// Coverage, 0…100.
    pub coverage: f64,
    /// The coverage figures, as a message.
    pub coverage_detail: Msg,
    /// Key players (ids), in ranking order.
    pub key_players: Vec<String>,
    /// Key players who support us (ids).
    pub supporters: Vec<String>,
    /// Levels of the customer's organization, top first, and whether someone is
    /// reached there.
    pub levels: Vec<LevelCover>,
}

/// One level of the organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LevelCover {
    /// 1 = top.
    pub level: u32,
    /// People at this level on the customer side.
    pub people: usize,
    /// Of them, reached.
    pub reached: usize,
}

fn supportive(s: Stance) -> bool {
    matches!(s, Stance::Supporter | Stance::Champion)
}

/// The account's health. `top` is the ranking (best first), `top_n` how many of it
/// count as key players, `reach` each person's reach. O(P).
pub fn health(g: &OrgGraph, top: &[Candidate], top_n: usize, reach: &[f64]) -> Health {
    let map = g.map;
    let customer = |p: &crate::model::Person| p.side == Side::Customer;
    let holds = |i: PersonIx| {
        let p = &map.people[i];
        p.has_role(Role::Approver) || p.has_role(Role::DecisionMaker)
    };
    let mut key: Vec<PersonIx> = top.iter().take(top_n.max(1)).map(|c| c.person).collect();
    for (i, p) in map.people.iter().enumerate() {
        if customer(p) && holds(i) && !key.contains(&i) {
            key.push(i);
        }
    }
    let mut holders: Vec<PersonIx> = key.iter().copied().filter(|&i| holds(i)).collect();
    if holders.is_empty() {
        holders.extend(top.first().map(|c| c.person));
    }
    let names = |v: &[PersonIx]| -> Vec<String> {
        v.iter().map(|&i| map.people[i].display_name().to_string()).collect()
    };
    let ids = |v: &[PersonIx]| -> Vec<String> { v.iter().map(|&i| map.people[i].id.clone()).collect() };
    let sup: Vec<PersonIx> = key.iter().copied().filter(|&i| supportive(map.people[i].stance)).collect();
    let sup_holders: Vec<PersonIx> = holders.iter().copied().filter(|i| sup.contains(i)).collect();
    let against: Vec<PersonIx> =
        holders.iter().copied().filter(|&i| map.people[i].stance.is_hostile()).collect();
    let levels = level_cover(g, reach);
    let open: Vec<u32> = levels.iter().filter(|l| l.reached == 0).map(|l| l.level).collect();
    let (status, rule) = if sup.is_empty() {
        (Status::Red, Msg::new("health-rule-red").arg("players", names(&key)))
    } else if sup_holders.is_empty() {
        (Status::Amber, Msg::new("health-rule-amber-holders").arg("supporters", names(&sup)))
    } else if !against.is_empty() {
        let m = Msg::new("health-rule-amber-against")
            .arg("who", names(&sup_holders))
            .arg("against", names(&against));
        (Status::Amber, m)
    } else if !open.is_empty() {
        let m = Msg::new("health-rule-amber-levels")
            .arg("who", names(&sup_holders))
            .arg("levels", open.clone())
            .arg("count", open.len());
        (Status::Amber, m)
    } else {
        (Status::Green, Msg::new("health-rule-green").arg("who", names(&sup_holders)))
    };
    let reached = key.iter().filter(|&&i| reach[i] >= REACHED).count();
    let key_share = reached as f64 / key.len().max(1) as f64;
    let covered = levels.iter().filter(|l| l.reached > 0).count();
    let coverage = if levels.is_empty() {
        100.0 * key_share
    } else {
        100.0 * (key_share + covered as f64 / levels.len() as f64) / 2.0
    };
    let coverage = (coverage * 10.0).round() / 10.0;
    let coverage_detail = Msg::new("health-coverage")
        .arg("score", format!("{coverage:.0}"))
        .arg("reached", reached)
        .arg("key", key.len())
        .arg("covered", covered)
        .arg("levels", levels.len());
    Health { status, rule, coverage, coverage_detail, key_players: ids(&key), supporters: ids(&sup), levels }
}

/// Each level of the customer side (as written or derived), with how many people are
/// there and how many of them we reach, top first. O(P).
fn level_cover(g: &OrgGraph, reach: &[f64]) -> Vec<LevelCover> {
    let mut by: std::collections::BTreeMap<u32, (usize, usize)> = std::collections::BTreeMap::new();
    for (i, p) in g.map.people.iter().enumerate() {
        if p.side != Side::Customer {
            continue;
        }
        if let Some(l) = g.level[i] {
            let e = by.entry(l).or_default();
            e.0 += 1;
            if reach[i] >= REACHED {
                e.1 += 1;
            }
        }
    }
    by.into_iter().map(|(level, (people, reached))| LevelCover { level, people, reached }).collect()
}
