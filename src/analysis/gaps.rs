//! Gaps in what we know (信息缺口): the risks that say the ranking rests on defaults —
//! no decision holder written, the context unknown, the top candidate's role unknown, a
//! unit with no tie to the buying organization — and the information step each calls
//! for: ask our best-placed supporter ("ask X who decides and how"). O(P + T).

use super::next_steps::NextStep;
use super::person as who;
use super::rank::{Candidate, round1};
use super::reach::REACHED;
use super::risks::{Risk, RiskKind, Severity};
use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::model::PersonIx;
use crate::vocab::{Role, Side, Stance};

/// How urgent learning each gap is (the step's priority is the power at stake × the
/// coach's reach × this): who decides first, then the top candidate's part, then the
/// context, then a loose unit.
pub fn urgency(kind: RiskKind) -> f64 {
    match kind {
        RiskKind::NoDecisionHolder => 1.0,
        RiskKind::TopRoleUnknown => 0.8,
        RiskKind::ContextUnknown => 0.6,
        _ => 0.3,
    }
}

fn risk(kind: RiskKind, severity: Severity, message: Msg, persons: Vec<PersonIx>, weight: f64) -> Risk {
    Risk { kind, severity, people: Vec::new(), unit: None, message, weight, unit_ix: None, persons }
}

/// The gap risks, appended to `out`. `NoDecisionHolder` replaces `NoApprover` when
/// neither an approver nor a decision maker is written.
pub fn gaps(g: &OrgGraph, cands: &[Candidate], out: &mut Vec<Risk>) {
    let map = g.map;
    let customers: Vec<PersonIx> =
        (0..map.people.len()).filter(|&i| map.people[i].side == Side::Customer).collect();
    if customers.is_empty() {
        return;
    }
    let holder = |i: &PersonIx| {
        map.people[*i].has_role(Role::Approver) || map.people[*i].has_role(Role::DecisionMaker)
    };
    if !customers.iter().any(holder) {
        out.retain(|r| r.kind != RiskKind::NoApprover);
        out.push(risk(
            RiskKind::NoDecisionHolder,
            Severity::High,
            Msg::new("risk-no-decision-holder"),
            vec![],
            100.0,
        ));
    }
    let what = match (map.context.governance.is_some(), map.context.purchase_share.is_some()) {
        (true, true) => None,
        (false, true) => Some("governance"),
        (true, false) => Some("purchase_share"),
        (false, false) => Some("both"),
    };
    if let Some(what) = what {
        let m = Msg::new("risk-context-unknown").arg("what", what);
        out.push(risk(RiskKind::ContextUnknown, Severity::Medium, m, vec![], 60.0));
    }
    if let Some(top) = cands.first()
        && top.roles.is_empty()
    {
        let m = who(Msg::new("risk-top-role-unknown"), "who", "who_id", &map.people[top.person]);
        out.push(risk(RiskKind::TopRoleUnknown, Severity::Medium, m, vec![top.person], top.score));
    }
    if let Some(top) = cands.first() {
        isolated_units(g, top.person, out);
    }
}

/// Customer units none of whose people (in the unit or below) is tied, by any tie
/// between customer people, to the buying organization — the customer people connected
/// to the top candidate. Only the topmost such unit of a subtree is listed. O((P + T) ·
/// log P) at worst and near-linear in practice for the connections (a union-find with
/// path halving), and O(P · depth of units) to count each unit's people.
fn isolated_units(g: &OrgGraph, top: PersonIx, out: &mut Vec<Risk>) {
    let map = g.map;
    let n = map.people.len();
    let customer = |i: usize| map.people[i].side == Side::Customer;
    // Who is connected to whom by those ties: a union-find over the people (with path
    // halving), whose sets are the buying organization's and the others'.
    let mut set: Vec<usize> = (0..n).collect();
    let find = |set: &mut Vec<usize>, mut x: usize| {
        while set[x] != x {
            set[x] = set[set[x]];
            x = set[x];
        }
        x
    };
    for t in map.ties.iter().filter(|t| customer(t.from) && customer(t.to)) {
        let (a, b) = (find(&mut set, t.from), find(&mut set, t.to));
        set[a.max(b)] = a.min(b);
    }
    let top_set = find(&mut set, top);
    let buying: Vec<bool> = (0..n).map(|i| find(&mut set, i) == top_set).collect();
    drop(set);
    let u = map.units.len();
    let (mut people, mut tied) = (vec![0usize; u], vec![false; u]);
    for (i, p) in map.people.iter().enumerate().filter(|(i, _)| customer(*i)) {
        let mut unit = p.unit;
        while let Some(x) = unit {
            people[x] += 1;
            tied[x] |= buying[i];
            unit = map.units[x].parent;
        }
    }
    let mut listed = 0;
    for (ix, unit) in map.units.iter().enumerate() {
        if people[ix] == 0 || tied[ix] || unit.parent.is_some_and(|p| people[p] > 0 && !tied[p]) {
            continue;
        }
        listed += 1;
        if listed > super::risks::MAX_PER_KIND {
            break;
        }
        let m =
            Msg::new("risk-isolated-unit").arg("unit", unit.display_name()).arg("unit_id", unit.id.as_str());
        let mut r = risk(RiskKind::IsolatedUnit, Severity::Low, m, vec![], 0.0);
        r.unit = Some(unit.id.clone());
        r.unit_ix = Some(ix);
        out.push(r);
    }
}

/// Our best-placed supporter to ask: a reached champion or supporter on the customer
/// side, champions first, then by reach, then by score (ties by rank).
pub fn best_coach(g: &OrgGraph, cands: &[Candidate], reach: &[f64]) -> Option<PersonIx> {
    let map = g.map;
    let rank_of = |i: PersonIx| cands.iter().position(|c| c.person == i).unwrap_or(usize::MAX);
    (0..map.people.len())
        .filter(|&i| map.people[i].side == Side::Customer && reach[i] >= REACHED)
        .filter(|&i| matches!(map.people[i].stance, Stance::Champion | Stance::Supporter))
        .min_by(|&a, &b| {
            let champ = |i: PersonIx| map.people[i].stance != Stance::Champion;
            champ(a)
                .cmp(&champ(b))
                .then(reach[b].total_cmp(&reach[a]))
                .then(rank_of(a).cmp(&rank_of(b)))
                .then(a.cmp(&b))
        })
}

/// The information step a gap risk calls for, or `None` for other risks.
pub fn info_step(g: &OrgGraph, r: &Risk, cands: &[Candidate], reach: &[f64]) -> Option<NextStep> {
    let map = g.map;
    let key = match r.kind {
        RiskKind::NoDecisionHolder => "step-ask-who-decides",
        RiskKind::TopRoleUnknown => "step-ask-role",
        RiskKind::ContextUnknown => "step-ask-context",
        RiskKind::IsolatedUnit => "step-ask-unit",
        _ => return None,
    };
    let coach = best_coach(g, cands, reach);
    let mut action = match coach {
        Some(c) => who(Msg::new(key), "coach", "coach_id", &map.people[c]),
        None => Msg::new("step-find-coach"),
    };
    if coach.is_some() {
        if let Some(&p) = r.persons.first() {
            action = who(action, "who", "who_id", &map.people[p]);
        }
        if let Some(u) = r.unit_ix {
            action = action.arg("unit", map.units[u].display_name()).arg("unit_id", map.units[u].id.as_str());
        }
    }
    let stake = cands.first().map_or(50.0, |c| c.score).max(r.weight.min(100.0));
    let reliability = coach.map_or(0.2, |c| reach[c]);
    let action = action.arg("reliability", format!("{reliability:.2}"));
    Some(NextStep {
        rank: 0,
        kind: "learn",
        target: r.persons.first().map(|&p| map.people[p].id.clone()),
        via: coach.map(|c| vec![map.people[c].id.clone()]).unwrap_or_default(),
        action,
        why: r.message.clone(),
        priority: round1(stake * reliability * urgency(r.kind)),
        power: round1(stake),
        reliability,
        urgency: urgency(r.kind),
    })
}
