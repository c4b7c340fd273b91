//! Key decision-maker candidates (关键决策人): every customer-side person scored for
//! their power over this purchase, best first, the score broken into components with
//! reasons a salesperson understands.
//!
//! score = 100 · (wa·authority + wr·role + wi·influence) / (0.2 + 0.45 + 0.35)
//! - authority (formal): 0.7 · rank factor of the level (1 → 1.0, 2 → 0.7, 3 → 0.45,
//!   4 → 0.3, lower 0.2, unknown 0.25) + 0.3 · span (log of people below, relative);
//! - role: the decision weight of the person's purchase roles (approver 1.0, decision
//!   maker 0.9, evaluator and spec writer 0.45, gatekeeper 0.3, influencer and user
//!   0.15; the best role plus a tenth of the others), relative to the largest;
//! - influence: sway over the decision holders ([`super::influence`]) along influence
//!   ties only (reporting lines are authority), in decision-weight units: relative to
//!   the larger of the largest decision weight and sway; when no one has a role, sway
//!   over everyone on the customer side.
//!
//! The four bases move weight ([`super::chain`]). Governance and purchase share give a
//! top bias b ∈ [−1, 1] (centralized +½, decentralized −½; major +½, minor −½): decision
//! weight rises up the solid reporting chain (b > 0) or falls to the local holders
//! (b < 0), and authority weighs wa = 0.2 · (1 + 0.5b). A decision holder's expertise
//! and style give a lean λ (technical 0, general 0.15, business 0.25, unknown 0.1;
//! directive 0, consultative 0.25, delegating 0.35, unknown 0.1): λ of his remaining
//! decision weight passes to the evaluators and spec writers who report to or
//! influence him, by tie strength. The "bases" component is the score with the bases
//! minus the score without them. Each candidate carries its [`super::confidence`].
//!
//! O(P + T) plus the sway iteration, O(I · (P + T)); run twice (with and without bases).

use serde::Serialize;

use super::influence::{ALPHA, OWN_JUDGMENT, Sway, propagate, sway_edges};
use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::model::{Map, Person, PersonIx};
use crate::vocab::{
    Expertise, Governance, PurchaseShare, Role, Side, Stance, Strength, Style, TieKind, Vocab,
};

/// One part of a candidate's score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Component {
    /// `authority`, `role`, `influence` or `bases`.
    pub name: &'static str,
    /// Points of the score (0…100 scale) this part contributes; `bases` may be negative.
    pub points: f64,
    /// One-line reasons, as codes and parameters (the writers put them into words).
    pub reasons: Vec<Msg>,
}

/// A key decision-maker candidate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Candidate {
    /// 1 = most powerful.
    pub rank: usize,
    /// Index in the map.
    #[serde(skip)]
    pub person: PersonIx,
    /// The person's id.
    pub id: String,
    /// The person's name.
    pub name: String,
    /// Title, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Power over this purchase, 0…100.
    pub score: f64,
    /// Purchase roles.
    pub roles: Vec<Role>,
    /// Stance toward us.
    pub stance: Stance,
    /// How well we reach them, 0…1 (see [`super::reach`]).
    pub reach: f64,
    /// How much of the score rests on facts in the map rather than defaults.
    pub confidence: super::confidence::Confidence,
    /// The score's parts, authority, role, influence, bases.
    pub components: Vec<Component>,
}

/// The raw scores behind the ranking, for the other analyses.
#[derive(Debug, Clone)]
pub struct Power {
    /// Total score per person, 0…100 (0 for people not on the customer side).
    pub score: Vec<f64>,
    /// Decision weight after the bases.
    pub weight: Vec<f64>,
    /// Sway (r − v) over influence ties, absolute.
    pub sway: Vec<f64>,
    /// The pull edges (influence ties and reporting lines from the manager down), for
    /// the power over the top that the unreached and the risks measure.
    pub edges: Vec<Sway>,
    /// r of the propagation over influence ties.
    pub r: Vec<f64>,
    /// Who holds the decision, and where the bases moved it.
    pub chain: super::chain::Chain,
    /// The unit of sway: the largest starting decision weight or sway, whichever is larger.
    pub max_v: f64,
    /// People below each person in the reporting lines ([`span`]).
    pub below: Vec<usize>,
}

/// The top bias of the account: + toward the top, − toward the operating level.
pub fn top_bias(map: &Map) -> f64 {
    let g = match map.context.governance {
        Some(Governance::Centralized) => 0.5,
        Some(Governance::Decentralized) => -0.5,
        _ => 0.0,
    };
    let s = match map.context.purchase_share {
        Some(PurchaseShare::Major) => 0.5,
        Some(PurchaseShare::Minor) => -0.5,
        _ => 0.0,
    };
    g + s
}

fn role_weight(r: Role) -> f64 {
    match r {
        Role::Approver => 1.0,
        Role::DecisionMaker => 0.9,
        Role::Evaluator | Role::SpecWriter => 0.45,
        Role::Gatekeeper => 0.3,
        Role::Influencer | Role::User => 0.15,
    }
}

fn person_weight(p: &Person) -> f64 {
    if p.side != Side::Customer {
        return 0.0;
    }
    let mut ws: Vec<f64> = p.roles.iter().map(|&r| role_weight(r)).collect();
    ws.sort_by(|a, b| b.total_cmp(a));
    ws.first().map_or(0.0, |best| best + 0.1 * ws[1..].iter().sum::<f64>())
}

/// How much a decision holder leans on their evaluators (bases 2 and 3), 0…0.6.
pub fn lean(p: &Person) -> f64 {
    let e = match p.expertise {
        Some(Expertise::Technical) => 0.0,
        Some(Expertise::General) => 0.15,
        Some(Expertise::Business) => 0.25,
        None => 0.1,
    };
    let s = match p.style {
        Some(Style::Directive) => 0.0,
        Some(Style::Consultative) => 0.25,
        Some(Style::Delegating) => 0.35,
        None => 0.1,
    };
    e + s
}

fn level_factor(level: Option<u32>) -> f64 {
    match level {
        Some(1) => 1.0,
        Some(2) => 0.7,
        Some(3) => 0.45,
        Some(4) => 0.3,
        Some(_) => 0.2,
        None => 0.25,
    }
}

/// People below each person through solid reporting lines. Someone with several
/// solid-line managers counts as a share under each, so the total stays the number of
/// people and no order of the file matters. O(P + T).
pub fn span(g: &OrgGraph) -> Vec<usize> {
    let n = g.map.people.len();
    let crate::graph::Reporting { managers, order, .. } = crate::graph::Reporting::of(g.map);
    let mut below = vec![0.0f64; n];
    for &p in order.iter().rev() {
        let k = managers[p].len() as f64;
        for &m in &managers[p] {
            below[m] += (below[p] + 1.0) / k;
        }
    }
    below.into_iter().map(|b| (b + 1e-9).floor() as usize).collect()
}

/// Scores every person, with the account's bases or with neutral ones. O(I · (P + T)).
pub fn power(g: &OrgGraph, with_bases: bool) -> Power {
    let map = g.map;
    let n = map.people.len();
    let bias = if with_bases { top_bias(map) } else { 0.0 };
    let mut chain = super::chain::holders(g);
    let mut weight: Vec<f64> = map
        .people
        .iter()
        .zip(&chain.implied)
        .map(|(p, &implied)| if implied { super::chain::IMPLIED_WEIGHT } else { person_weight(p) })
        .collect();
    super::chain::shift(g, bias, &mut weight, &mut chain);
    if with_bases {
        apply_lean(g, &chain.holder, &mut weight);
    }
    // No purchase role known at all: anyone may decide, so sway is measured toward
    // everyone on the customer side rather than toward nobody.
    let uniform: Vec<f64>;
    let start = if weight.iter().all(|w| *w == 0.0) {
        uniform = map.people.iter().map(|p| if p.side == Side::Customer { 1.0 } else { 0.0 }).collect();
        &uniform
    } else {
        &weight
    };
    // Sway runs over influence ties only; reporting lines carry authority, not sway.
    let ties = influence_edges(g);
    let r = propagate(n, &ties, start);
    let sway: Vec<f64> = r.iter().zip(start).map(|(r, v)| (r - v).max(0.0)).collect();
    let below = span(g);
    let max_w = weight.iter().copied().fold(0.0, f64::max);
    // Sway is in decision-weight units: relative to the largest decision weight or the
    // largest sway, whichever is larger, so a small sway is never inflated to the top.
    let max_v = start.iter().copied().fold(0.0, f64::max).max(customer_max(map, &sway));
    let max_b = below.iter().copied().max().unwrap_or(0) as f64;
    let wa = 0.2 * (1.0 + 0.5 * bias);
    let score = (0..n)
        .map(|i| {
            if map.people[i].side != Side::Customer {
                return 0.0;
            }
            let a = authority(g.level[i], below[i], max_b);
            let rr = if max_w > 0.0 { weight[i] / max_w } else { 0.0 };
            let ii = if max_v > 0.0 { (sway[i] / max_v).min(1.0) } else { 0.0 };
            100.0 * (wa * a + 0.45 * rr + 0.35 * ii)
        })
        .collect();
    // The pull edges serve the power over the top, measured with the account's bases
    // only: the neutral run leaves them out (at 10^6 people, tens of MB at the peak).
    let edges = if with_bases { sway_edges(g, 0.5 + 0.25 * bias) } else { Vec::new() };
    Power { score, weight, sway, edges, r, below, chain, max_v }
}

/// The influence ties alone, as sway edges (strength / 3). O(T).
pub fn influence_edges(g: &OrgGraph) -> Vec<Sway> {
    g.map
        .ties
        .iter()
        .filter(|t| t.kind == TieKind::Influences)
        .map(|t| Sway { from: t.from as u32, to: t.to as u32, weight: f64::from(t.strength.value()) / 3.0 })
        .collect()
}

fn authority(level: Option<u32>, below: usize, max_below: f64) -> f64 {
    let span = if max_below > 0.0 { (1.0 + below as f64).ln() / (1.0 + max_below).ln() } else { 0.0 };
    0.7 * level_factor(level) + 0.3 * span
}

/// Moves λ of each decision holder's weight to the evaluators and spec writers who
/// report to or influence him, by tie strength. O(P + T).
fn apply_lean(g: &OrgGraph, holder: &[bool], weight: &mut [f64]) {
    let map = g.map;
    let mut advisers: Vec<Vec<(usize, f64)>> = vec![Vec::new(); map.people.len()];
    for t in &map.ties {
        let (adviser, h) = match t.kind {
            TieKind::ReportsTo | TieKind::Influences => (t.from, t.to),
            _ => continue,
        };
        let a = &map.people[adviser];
        if a.side == Side::Customer
            && (a.has_role(Role::Evaluator) || a.has_role(Role::SpecWriter))
            && holder[h]
        {
            advisers[h].push((adviser, f64::from(t.strength.value())));
        }
    }
    let before = weight.to_vec();
    for (h, list) in advisers.iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        let moved = before[h] * lean(&map.people[h]);
        let total: f64 = list.iter().map(|(_, s)| s).sum();
        weight[h] -= moved;
        for &(a, s) in list {
            weight[a] += moved * s / total;
        }
    }
}

/// The ranking: the `top` most powerful customer-side people (all when `top` is 0),
/// best first (ties by id), with components and their reasons.
/// O(I · (P + T) + P + top · log top), and O(P log P) when all are asked for (`top` 0).
pub fn rank(g: &OrgGraph, reach: &[f64], top: usize) -> (Vec<Candidate>, Power) {
    let map = g.map;
    // The two runs are independent: one on another thread, so two cores halve the wait.
    let (with, without) = crate::par::join(|| power(g, true), || power(g, false));
    let below = &with.below;
    let max_b = below.iter().copied().max().unwrap_or(0) as f64;
    let bias = top_bias(map);
    let inflow = inflows(map.people.len(), &influence_edges(g));
    let max_w0 = without.weight.iter().copied().fold(0.0, f64::max);
    let mut order: Vec<PersonIx> =
        (0..map.people.len()).filter(|&i| map.people[i].side == Side::Customer).collect();
    super::sort_top(&mut order, top, |&a, &b| {
        with.score[b]
            .total_cmp(&with.score[a])
            .then_with(|| natural_cmp(&map.people[a].id, &map.people[b].id))
            .then(a.cmp(&b))
    });
    let out = order
        .iter()
        .enumerate()
        .map(|(k, &i)| {
            let p = &map.people[i];
            let a0 = 100.0 * 0.2 * authority(g.level[i], below[i], max_b);
            let r0 = if max_w0 > 0.0 { 100.0 * 0.45 * without.weight[i] / max_w0 } else { 0.0 };
            let i0 = if without.max_v > 0.0 {
                100.0 * 0.35 * (without.sway[i] / without.max_v).min(1.0)
            } else {
                0.0
            };
            let bases = round1(with.score[i] - without.score[i]);
            let components = vec![
                Component {
                    name: "authority",
                    points: round1(a0),
                    reasons: authority_reasons(g, i, below[i]),
                },
                Component { name: "role", points: round1(r0), reasons: role_reasons(g, &with.chain, i) },
                Component {
                    name: "influence",
                    points: round1(i0),
                    reasons: influence_reasons(g, &without, &inflow, i),
                },
                Component {
                    name: "bases",
                    points: round1(bases),
                    reasons: bases_reasons(g, &with.chain, i, bias, bases),
                },
            ];
            Candidate {
                rank: k + 1,
                person: i,
                id: p.id.clone(),
                name: p.display_name().to_string(),
                title: p.title.clone(),
                score: round1(with.score[i]),
                roles: p.roles.clone(),
                stance: p.stance,
                reach: round2(reach[i]),
                confidence: super::confidence::of(g, &with.chain, &with.weight, i),
                components,
            }
        })
        .collect();
    (out, with)
}

fn customer_max(map: &Map, v: &[f64]) -> f64 {
    v.iter()
        .enumerate()
        .filter(|(i, _)| map.people[*i].side == Side::Customer)
        .map(|(_, s)| *s)
        .fold(0.0, f64::max)
}

/// Orders ids as people read them: runs of digits by their number ("3" before "10"),
/// everything else by character; equal-looking ids ("03", "3") by their text.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let (mut x, mut y) = (a, b);
    loop {
        let dx = x.len() - x.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let dy = y.len() - y.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let ord = if dx > 0 && dy > 0 {
            let (nx, ny) = (x[..dx].trim_start_matches('0'), y[..dy].trim_start_matches('0'));
            let o = nx.len().cmp(&ny.len()).then_with(|| nx.cmp(ny));
            x = &x[dx..];
            y = &y[dy..];
            o
        } else {
            match (x.chars().next(), y.chars().next()) {
                (None, None) => return a.cmp(b),
                (None, Some(_)) => return Ordering::Less,
                (Some(_), None) => return Ordering::Greater,
                (Some(cx), Some(cy)) => {
                    x = &x[cx.len_utf8()..];
                    y = &y[cy.len_utf8()..];
                    cx.cmp(&cy)
                }
            }
        };
        if ord != Ordering::Equal {
            return ord;
        }
    }
}

/// Rounds to one decimal, for reports.
pub fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// Rounds to two decimals, for reports.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn authority_reasons(g: &OrgGraph, i: PersonIx, below: usize) -> Vec<Msg> {
    let mut out = Vec::new();
    match g.level[i] {
        Some(1) => out.push(Msg::new("reason-level-top")),
        Some(l) => out.push(Msg::new("reason-level").arg("level", l)),
        None => out.push(Msg::new("reason-level-unknown")),
    }
    if below > 0 {
        out.push(Msg::new("reason-below").arg("count", below));
    }
    out
}

fn role_reasons(g: &OrgGraph, chain: &super::chain::Chain, i: PersonIx) -> Vec<Msg> {
    let p = &g.map.people[i];
    if chain.implied[i] {
        return vec![Msg::new("reason-no-role"), Msg::new("reason-implied-holder")];
    }
    if p.roles.is_empty() {
        return vec![Msg::new("reason-no-role")];
    }
    p.roles
        .iter()
        .map(|r| match r.symbol() {
            Some(s) => Msg::new("reason-role-symbol").arg("symbol", s).arg("role", r.term()),
            None => Msg::new("reason-role").arg("role", r.term()),
        })
        .collect()
}

/// A tie strength (1…3) as a vocabulary value.
pub(crate) fn strength_term(s: u8) -> crate::i18n::Term {
    Strength::from_value(i64::from(s)).unwrap_or(Strength::Medium).term()
}

/// How much sway arrives at each person (plus their own judgment), for flow shares.
fn inflows(n: usize, edges: &[Sway]) -> Vec<f64> {
    let mut inflow = vec![OWN_JUDGMENT; n];
    for e in edges {
        inflow[e.to as usize] += e.weight;
    }
    inflow
}

/// The three largest direct flows of sway from `i` along influence ties, as reasons
/// (a reporting line is authority, never sway). O(degree of i).
fn influence_reasons(g: &OrgGraph, pw: &Power, inflow: &[f64], i: PersonIx) -> Vec<Msg> {
    let map = g.map;
    let mut flows: Vec<(f64, usize, u8)> = Vec::new(); // (flow, swayed, strength)
    for (q, e) in g.neighbors(i, TieKind::Influences) {
        let w = f64::from(e.strength.value()) / 3.0;
        let flow = ALPHA * pw.r[q] * w / inflow[q];
        if flow > 1e-9 {
            flows.push((flow, q, e.strength.value()));
        }
    }
    flows.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out: Vec<Msg> = flows
        .iter()
        .take(3)
        .map(|&(_, q, s)| {
            let qp = &map.people[q];
            let key = if pw.chain.holder[q] || !qp.roles.is_empty() {
                "reason-consulted-by"
            } else {
                "reason-sways-chain"
            };
            super::person(Msg::new(key), "who", "who_id", qp).arg("strength", strength_term(s))
        })
        .collect();
    if out.is_empty() {
        out.push(Msg::new("reason-sways-nobody"));
    }
    out
}

fn bases_reasons(g: &OrgGraph, chain: &super::chain::Chain, i: PersonIx, bias: f64, points: f64) -> Vec<Msg> {
    let map = g.map;
    let p = &map.people[i];
    let mut out: Vec<Msg> = Vec::new();
    let (gov, share) = (map.context.governance, map.context.purchase_share);
    let context = |key: &'static str| {
        Msg::new(key)
            .arg("governance", gov.unwrap_or(Governance::Balanced).term())
            .arg("share", share.unwrap_or(PurchaseShare::Normal).term())
    };
    if bias > 0.0 {
        out.push(context("reason-bases-top"));
    } else if bias < 0.0 {
        out.push(context("reason-bases-operating"));
    } else if let (Some(gv), Some(sh)) = (gov, share)
        && (gv, sh) != (Governance::Balanced, PurchaseShare::Normal)
    {
        out.push(context("reason-bases-balance"));
    }
    out.extend(chain_reasons(map, chain, i, bias));
    let advisers =
        g.incoming(i, TieKind::ReportsTo).chain(g.incoming(i, TieKind::Influences)).any(|(a, _)| {
            let a = &map.people[a];
            a.has_role(Role::Evaluator) || a.has_role(Role::SpecWriter)
        });
    if chain.holder[i] && advisers {
        let l = lean(p);
        let why = match (p.expertise, p.style) {
            (None, None) => "reason-lean-unknown",
            _ if l == 0.0 => "reason-lean-none",
            _ if l >= 0.35 => "reason-lean-strong",
            _ => "reason-lean-some",
        };
        out.push(Msg::new(why));
    }
    if p.has_role(Role::Evaluator) || p.has_role(Role::SpecWriter) {
        let holders = g.neighbors(i, TieKind::ReportsTo).chain(g.neighbors(i, TieKind::Influences));
        for (h, _) in holders {
            if chain.holder[h] && lean(&map.people[h]) > 0.0 {
                out.push(super::person(Msg::new("reason-relied-on"), "who", "who_id", &map.people[h]));
            }
        }
    }
    let mut seen: Vec<Msg> = Vec::with_capacity(out.len());
    out.retain(|r| {
        let fresh = !seen.contains(r);
        if fresh {
            seen.push(r.clone());
        }
        fresh
    });
    if out.is_empty() && points.abs() >= 0.05 {
        out.push(Msg::new("reason-relative-shift"));
    }
    out
}

/// Where the bases moved this person's decision weight along the reporting chain.
fn chain_reasons(map: &Map, chain: &super::chain::Chain, i: PersonIx, bias: f64) -> Vec<Msg> {
    let names = |list: &[PersonIx]| -> (Vec<String>, Vec<String>) {
        let mut v: Vec<PersonIx> = list.to_vec();
        v.sort_by(|&a, &b| natural_cmp(&map.people[a].id, &map.people[b].id));
        (
            v.iter().map(|&x| map.people[x].display_name().to_string()).collect(),
            v.iter().map(|&x| map.people[x].id.clone()).collect(),
        )
    };
    let mut out = Vec::new();
    let mut push = |key: &'static str, list: &[PersonIx]| {
        if !list.is_empty() {
            let (n, ids) = names(list);
            out.push(Msg::new(key).arg("who", n).arg("who_ids", ids));
        }
    };
    if bias > 0.0 {
        push("reason-chain-rises-to", chain.moved_to(i));
        push("reason-chain-rises-from", chain.moved_from(i));
    } else if bias < 0.0 {
        push("reason-chain-falls-to", chain.moved_to(i));
        push("reason-chain-falls-from", chain.moved_from(i));
        if chain.gate[i] && chain.moved_to(i).is_empty() {
            out.push(Msg::new("reason-head-office-gate"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::natural_cmp;
    use std::cmp::Ordering::*;

    #[test]
    fn ids_sort_as_people_read_them() {
        let mut ids = vec!["p10", "p2", "3", "10", "p1", "黄", "a", "03"];
        ids.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(ids, vec!["03", "3", "10", "a", "p1", "p2", "p10", "黄"]);
        assert_eq!(natural_cmp("x", "x"), Equal);
        assert_eq!(natural_cmp("x1y", "x1z"), Less);
        assert_eq!(natural_cmp("x", "x1"), Less);
    }
}
