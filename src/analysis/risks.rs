//! Risks and gaps (风险): what could lose this deal, found from the map. Each rule is
//! documented on [`RiskKind`]. O(P + T) apart from the bounded sway searches.

use serde::Serialize;

use super::person as who;
use super::rank::{Candidate, Power};
use super::reach::REACHED;
use super::unreached::swayed_top;
use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::lists::Lists;
use crate::model::PersonIx;
use crate::vocab::{Role, Side, Stance, TieKind, Vocab};

/// How bad a risk is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Act now.
    High,
    /// Act soon.
    Medium,
    /// Keep in mind.
    Low,
}

/// The kinds of risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RiskKind {
    /// No customer person holds the approver role.
    NoApprover,
    /// A top decision maker or approver whom we have not reached (reach below 0.5).
    DecisionMakerUnreached,
    /// A skeptic or opponent among the top candidates, or with sway over them; lists
    /// the top decision makers they sway (blocker reach).
    Blocker,
    /// All our reached contacts hang on one of our people, or at most one supporter
    /// among the decision holders.
    SingleThreaded,
    /// A customer executive (level 1–2) known only by our junior people
    /// (兵对兵、将对将: our executives should meet theirs).
    LevelMismatch,
    /// A champion without power over the decision (not among the top candidates and
    /// no sway over them).
    PowerlessChampion,
    /// A customer unit where we know nobody (no one in it or below it is acquainted).
    UncoveredUnit,
    /// A decision holder, evaluator or top candidate off limits (`do_not_contact`):
    /// win them through the legitimate channels (see [`super::levers`]).
    OffLimits,
    /// Two people in conflict, one of them ours, reached or among the top: don't
    /// send one to the other (see [`super::levers`]).
    Conflict,
    /// Neither an approver nor a decision maker is written (replaces `NoApprover`).
    NoDecisionHolder,
    /// The governance or the purchase share is unknown (bases 1 and 4).
    ContextUnknown,
    /// The top candidate's purchase role is unknown: the rank rests on position.
    TopRoleUnknown,
    /// A customer unit none of whose people is tied to the buying organization.
    IsolatedUnit,
}

/// One risk or gap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// What kind.
    pub kind: RiskKind,
    /// How bad.
    pub severity: Severity,
    /// The people concerned (ids), the main one first.
    pub people: Vec<String>,
    /// The unit concerned, for uncovered units.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// What the risk is, as a code and parameters (the writers put it into words).
    pub message: Msg,
    /// Power of the main person (for ordering).
    #[serde(skip)]
    pub weight: f64,
    /// The unit concerned, as an index.
    #[serde(skip)]
    pub unit_ix: Option<crate::model::UnitIx>,
    /// The people concerned, as indices (the same as `people`).
    #[serde(skip)]
    pub persons: Vec<PersonIx>,
}

fn holds_decision(g: &OrgGraph, p: PersonIx) -> bool {
    let q = &g.map.people[p];
    q.has_role(Role::Approver) || q.has_role(Role::DecisionMaker)
}

/// The most risks of one kind about individual people that a report lists.
pub const MAX_PER_KIND: usize = 20;

/// Every risk, most severe first, then by the power of the person concerned. `sway`
/// is each person's sway over the top decision makers.
pub fn risks(
    g: &OrgGraph,
    cands: &[Candidate],
    power: &Power,
    reach: &[f64],
    top: &[PersonIx],
    sway: &[f64],
) -> Vec<Risk> {
    let map = g.map;
    let n = map.people.len();
    let mut out = Vec::new();
    let customers: Vec<PersonIx> = (0..n).filter(|&i| map.people[i].side == Side::Customer).collect();
    if !customers.is_empty() && !customers.iter().any(|&i| map.people[i].has_role(Role::Approver)) {
        out.push(Risk {
            kind: RiskKind::NoApprover,
            severity: Severity::High,
            people: Vec::new(),
            unit: None,
            message: Msg::new("risk-no-approver"),
            weight: 100.0,
            persons: Vec::new(),
            unit_ix: None,
        });
    }
    // Decision holders among the top, or any approver, whom we have not reached.
    let mut holders: Vec<PersonIx> = top.iter().copied().filter(|&i| holds_decision(g, i)).collect();
    let mut approvers: Vec<PersonIx> = customers
        .iter()
        .copied()
        .filter(|&i| map.people[i].has_role(Role::Approver) && !top.contains(&i))
        .collect();
    approvers.sort_by(|&a, &b| power.score[b].total_cmp(&power.score[a]).then(a.cmp(&b)));
    holders.extend(approvers);
    holders.truncate(MAX_PER_KIND.max(top.len()));
    for &i in &holders {
        if reach[i] < REACHED {
            let p = &map.people[i];
            let holder = if p.has_role(Role::Approver) {
                "approver"
            } else if p.has_role(Role::DecisionMaker) {
                "decision_maker"
            } else {
                "other"
            };
            let msg = who(Msg::new("risk-decision-maker-unreached"), "who", "who_id", p)
                .arg("holder", holder)
                .arg("stage", p.relationship.value())
                .arg("stage_name", p.relationship.term());
            out.push(Risk {
                kind: RiskKind::DecisionMakerUnreached,
                unit_ix: None,
                severity: Severity::High,
                people: Vec::new(),
                persons: vec![i],
                unit: None,
                message: msg,
                weight: power.score[i],
            });
        }
    }
    // Blockers: hostile people among the leading candidates or with real sway over the top.
    let max_sway = super::unreached::max_customer(g, sway);
    let real_sway = |i: PersonIx| max_sway > 0.0 && sway[i] >= super::unreached::MIN_SHARE * max_sway;
    let mut leading = vec![false; n];
    for c in cands.iter().take(top.len().max(5) * 2) {
        leading[c.person] = true;
    }
    let mut adj: Option<Lists<usize>> = None;
    // Whom they sway: influence ties only (a reporting line is authority).
    let sways = || g.map.ties.iter().filter(|t| t.kind == TieKind::Influences).map(|t| (t.from, t.to));
    let mut blockers: Vec<PersonIx> = customers
        .iter()
        .copied()
        .filter(|&i| map.people[i].stance.is_hostile() && (leading[i] || real_sway(i)))
        .collect();
    blockers.sort_by(|&a, &b| power.score[b].total_cmp(&power.score[a]).then(a.cmp(&b)));
    blockers.truncate(MAX_PER_KIND);
    for i in blockers {
        let p = &map.people[i];
        let swayed = swayed_top(adj.get_or_insert_with(|| Lists::build(n, sways())), i, top);
        let severity = if p.stance == Stance::Opponent || holds_decision(g, i) {
            Severity::High
        } else {
            Severity::Medium
        };
        let key = if p.favors.is_some() { "risk-blocker-favors" } else { "risk-blocker" };
        let mut msg = who(Msg::new(key), "who", "who_id", p).arg("stance", p.stance.term());
        if let Some(f) = &p.favors {
            msg = msg.arg("favors", f.as_str());
        }
        let names: Vec<&str> = swayed.iter().map(|&s| map.people[s].display_name()).collect();
        let ids: Vec<&str> = swayed.iter().map(|&s| map.people[s].id.as_str()).collect();
        let msg = msg.arg("swayed_count", swayed.len()).arg("swayed", names).arg("swayed_ids", ids);
        let mut persons = vec![i];
        persons.extend(swayed.iter().copied());
        out.push(Risk {
            kind: RiskKind::Blocker,
            severity,
            people: Vec::new(),
            unit: None,
            message: msg,
            weight: power.score[i],
            persons,
            unit_ix: None,
        });
    }
    single_threaded(g, &customers, reach, &mut out);
    level_mismatch(g, &holders, top, &mut out, power);
    // Powerless champions.
    let mut champions: Vec<PersonIx> = customers
        .iter()
        .copied()
        .filter(|&i| map.people[i].stance == Stance::Champion && !top.contains(&i) && !real_sway(i))
        .collect();
    champions.sort_by(|&a, &b| power.score[b].total_cmp(&power.score[a]).then(a.cmp(&b)));
    champions.truncate(MAX_PER_KIND);
    for i in champions {
        let msg = who(Msg::new("risk-powerless-champion"), "who", "who_id", &map.people[i]);
        out.push(Risk {
            kind: RiskKind::PowerlessChampion,
            severity: Severity::Medium,
            people: Vec::new(),
            unit: None,
            message: msg,
            weight: power.score[i],
            persons: vec![i],
            unit_ix: None,
        });
    }
    uncovered_units(g, reach, &mut out);
    super::gaps::gaps(g, cands, &mut out);
    finish(map, &mut out);
    out
}

fn single_threaded(g: &OrgGraph, customers: &[PersonIx], reach: &[f64], out: &mut Vec<Risk>) {
    let map = g.map;
    let mut ours_with_contacts: Vec<PersonIx> = Vec::new();
    for t in &map.ties {
        if t.kind != TieKind::Knows {
            continue;
        }
        for (a, b) in [(t.from, t.to), (t.to, t.from)] {
            if map.people[a].side == Side::Ours
                && map.people[b].side == Side::Customer
                && reach[b] >= REACHED
                && !ours_with_contacts.contains(&a)
            {
                ours_with_contacts.push(a);
            }
        }
    }
    if ours_with_contacts.len() == 1 {
        let o = ours_with_contacts[0];
        out.push(Risk {
            kind: RiskKind::SingleThreaded,
            unit_ix: None,
            severity: Severity::Medium,
            people: Vec::new(),
            persons: vec![o],
            unit: None,
            message: who(Msg::new("risk-single-threaded"), "who", "who_id", &map.people[o]),
            weight: 50.0,
        });
    }
    let holders: Vec<PersonIx> = customers.iter().copied().filter(|&i| holds_decision(g, i)).collect();
    let supporters: Vec<PersonIx> = holders
        .iter()
        .copied()
        .filter(|&i| matches!(map.people[i].stance, Stance::Supporter | Stance::Champion))
        .collect();
    if !holders.is_empty() && supporters.len() <= 1 {
        let (msg, people) = match supporters.first() {
            Some(&s) => (who(Msg::new("risk-one-supporter"), "who", "who_id", &map.people[s]), vec![s]),
            None => (Msg::new("risk-no-supporter"), Vec::new()),
        };
        let severity = if supporters.is_empty() { Severity::High } else { Severity::Medium };
        out.push(Risk {
            kind: RiskKind::SingleThreaded,
            severity,
            people: Vec::new(),
            unit: None,
            message: msg,
            weight: 40.0,
            persons: people,
            unit_ix: None,
        });
    }
}

fn level_mismatch(g: &OrgGraph, holders: &[PersonIx], top: &[PersonIx], out: &mut Vec<Risk>, power: &Power) {
    let map = g.map;
    let our_top =
        (0..map.people.len()).filter(|&i| map.people[i].side == Side::Ours).filter_map(|i| g.level[i]).min();
    let Some(our_top) = our_top else { return };
    let mut execs: Vec<PersonIx> =
        holders.iter().chain(top).copied().filter(|&i| g.level[i].is_some_and(|l| l <= 2)).collect();
    execs.sort_unstable();
    execs.dedup();
    for x in execs {
        let contacts: Vec<PersonIx> = g
            .neighbors(x, TieKind::Knows)
            .map(|(o, _)| o)
            .filter(|&o| map.people[o].side == Side::Ours)
            .collect();
        // 将对将: mismatched when even our most senior contact ranks below both them
        // and our own top (levels count from 1 at the top of each side).
        let their = g.level[x].unwrap_or(1);
        let best = contacts.iter().filter_map(|&o| g.level[o]).min().unwrap_or(u32::MAX);
        if contacts.is_empty() || best <= their.max(our_top) {
            continue;
        }
        let exec =
            (0..map.people.len()).find(|&i| map.people[i].side == Side::Ours && g.level[i] == Some(our_top));
        let juniors: Vec<&str> = contacts.iter().map(|&o| map.people[o].display_name()).collect();
        let junior_ids: Vec<&str> = contacts.iter().map(|&o| map.people[o].id.as_str()).collect();
        let mut msg = who(Msg::new("risk-level-mismatch"), "who", "who_id", &map.people[x])
            .arg("level", g.level[x].unwrap_or(0))
            .arg("juniors", juniors)
            .arg("junior_ids", junior_ids);
        msg = match exec {
            Some(e) => who(msg, "executive", "executive_id", &map.people[e]),
            None => msg.arg("executive", "").arg("executive_id", ""),
        };
        let mut persons = vec![x];
        persons.extend(exec);
        out.push(Risk {
            kind: RiskKind::LevelMismatch,
            unit_ix: None,
            severity: Severity::Medium,
            people: Vec::new(),
            persons,
            unit: None,
            message: msg,
            weight: power.score[x],
        });
    }
}

/// Customer units where nobody in the unit or below it is acquainted with us (reach
/// above 0); only the topmost such unit of a subtree is listed. A unit whose people are
/// all off limits (a drawn expert panel) is not a gap to fill: its off-limits risk
/// says what to do instead. O(P · depth of units + U).
fn uncovered_units(g: &OrgGraph, reach: &[f64], out: &mut Vec<Risk>) {
    let mut listed = 0usize;
    let map = g.map;
    let u = map.units.len();
    let off = map.off_limits();
    let mut known = vec![false; u];
    let mut customer = vec![false; u];
    let mut open = vec![false; u];
    let mut ours = vec![false; u];
    for (i, p) in map.people.iter().enumerate() {
        let Some(mut unit) = p.unit else { continue };
        loop {
            if p.side == Side::Customer {
                customer[unit] = true;
                open[unit] |= !off[i];
                known[unit] |= reach[i] > 0.0;
            } else {
                ours[unit] = true;
            }
            match map.units[unit].parent {
                Some(parent) => unit = parent,
                None => break,
            }
        }
    }
    for (ix, unit) in map.units.iter().enumerate() {
        if known[ix] || (ours[ix] && !customer[ix]) || (customer[ix] && !open[ix]) {
            continue;
        }
        if unit.parent.is_some_and(|p| !known[p] && (!ours[p] || customer[p])) {
            continue; // its parent is listed instead
        }
        listed += 1;
        if listed > MAX_PER_KIND {
            break;
        }
        let key = if customer[ix] { "risk-uncovered-unit" } else { "risk-unknown-unit" };
        let msg = Msg::new(key).arg("unit", unit.display_name()).arg("unit_id", unit.id.as_str());
        out.push(Risk {
            kind: RiskKind::UncoveredUnit,
            severity: Severity::Low,
            people: Vec::new(),
            unit: Some(unit.id.clone()),
            message: msg,
            weight: 0.0,
            persons: Vec::new(),
            unit_ix: Some(ix),
        });
    }
}

/// Fills each risk's ids from its people and puts the list in report order: by
/// severity, kind, weight (heaviest first), people, unit. O(R log R).
pub(crate) fn finish(map: &crate::model::Map, risks: &mut [Risk]) {
    for r in risks.iter_mut() {
        r.people = r.persons.iter().map(|&p| map.people[p].id.clone()).collect();
    }
    risks.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then(a.kind.cmp(&b.kind))
            .then(b.weight.total_cmp(&a.weight))
            .then_with(|| a.people.cmp(&b.people))
            .then_with(|| a.unit.cmp(&b.unit))
    });
}
