//! Risks and gaps (风险): what could lose this deal, found from the map. Each rule is
//! documented on [`RiskKind`]. O(P + T) apart from the bounded sway searches.

use serde::Serialize;

use super::rank::{Candidate, Power};
use super::reach::REACHED;
use super::unreached::swayed_top;
use crate::graph::OrgGraph;
use crate::model::PersonIx;
use crate::vocab::{Lang, Role, Side, Stance, TieKind, Vocab};

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
    /// One line, in the report's language.
    pub message: String,
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
    lang: Lang,
) -> Vec<Risk> {
    let map = g.map;
    let n = map.people.len();
    let name = |i: PersonIx| map.people[i].display_name().to_string();
    let mut out = Vec::new();
    let customers: Vec<PersonIx> = (0..n).filter(|&i| map.people[i].side == Side::Customer).collect();
    if !customers.is_empty() && !customers.iter().any(|&i| map.people[i].has_role(Role::Approver)) {
        out.push(Risk {
            kind: RiskKind::NoApprover,
            severity: Severity::High,
            people: Vec::new(),
            unit: None,
            message: lang
                .pick(
                    "no approver (※) identified: we do not know who gives final approval",
                    "未识别批准者（※）：不知道谁最后拍板",
                )
                .to_string(),
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
            let msg = match (p.relationship.value(), lang) {
                (0, Lang::En) => format!("{}: a decision maker we have no relationship with", name(i)),
                (0, Lang::Zh | Lang::ZhHant) => format!("{}：决策者，我方尚无任何关系", name(i)),
                (_, Lang::En) => format!(
                    "{}: a decision maker we have barely met (relationship {})",
                    name(i),
                    p.relationship.value()
                ),
                (_, Lang::Zh | Lang::ZhHant) => {
                    format!("{}：决策者，我方仅初步接触（关系 {}）", name(i), p.relationship.value())
                }
            };
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
    let mut adj: Vec<Vec<usize>> = Vec::new();
    let adjacency = |adj: &mut Vec<Vec<usize>>| {
        if adj.is_empty() {
            *adj = vec![Vec::new(); n];
            for e in &power.edges {
                adj[e.from as usize].push(e.to as usize);
            }
        }
    };
    let mut blockers: Vec<PersonIx> = customers
        .iter()
        .copied()
        .filter(|&i| map.people[i].stance.is_hostile() && (leading[i] || real_sway(i)))
        .collect();
    blockers.sort_by(|&a, &b| power.score[b].total_cmp(&power.score[a]).then(a.cmp(&b)));
    blockers.truncate(MAX_PER_KIND);
    for i in blockers {
        let p = &map.people[i];
        adjacency(&mut adj);
        let swayed = swayed_top(&adj, i, top);
        let severity = if p.stance == Stance::Opponent || holds_decision(g, i) {
            Severity::High
        } else {
            Severity::Medium
        };
        let favors = p.favors.as_deref().map(|f| match lang {
            Lang::En => format!(", favors {f}"),
            Lang::Zh | Lang::ZhHant => format!("，倾向 {f}"),
        });
        let names: Vec<String> = swayed.iter().map(|&s| name(s)).collect();
        let reach_txt = match (names.is_empty(), lang) {
            (true, _) => String::new(),
            (false, Lang::En) => format!("; sways {}", names.join(", ")),
            (false, Lang::Zh | Lang::ZhHant) => format!("；影响 {}", names.join("、")),
        };
        let msg = match lang {
            Lang::En => {
                format!("{}: a powerful {}{}{reach_txt}", name(i), p.stance, favors.unwrap_or_default())
            }
            Lang::Zh | Lang::ZhHant => format!(
                "{}：有影响力的{}者{}{reach_txt}",
                name(i),
                p.stance.label(lang),
                favors.unwrap_or_default()
            ),
        };
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
    single_threaded(g, &customers, reach, lang, &mut out);
    level_mismatch(g, &holders, top, lang, &mut out, power);
    // Powerless champions.
    let mut champions: Vec<PersonIx> = customers
        .iter()
        .copied()
        .filter(|&i| map.people[i].stance == Stance::Champion && !top.contains(&i) && !real_sway(i))
        .collect();
    champions.sort_by(|&a, &b| power.score[b].total_cmp(&power.score[a]).then(a.cmp(&b)));
    champions.truncate(MAX_PER_KIND);
    for i in champions {
        let msg = match lang {
            Lang::En => {
                format!("{}: a champion with no power over this decision — a coach, not a sponsor", name(i))
            }
            Lang::Zh | Lang::ZhHant => {
                format!("{}：教练，但对本次决策没有影响力——可作信息来源，不能指望其推动", name(i))
            }
        };
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
    uncovered_units(g, reach, lang, &mut out);
    for r in &mut out {
        r.people = r.persons.iter().map(|&p| map.people[p].id.clone()).collect();
    }
    out.sort_by(|a, b| {
        a.severity
            .cmp(&b.severity)
            .then(a.kind.cmp(&b.kind))
            .then(b.weight.total_cmp(&a.weight))
            .then_with(|| a.people.cmp(&b.people))
            .then_with(|| a.unit.cmp(&b.unit))
    });
    out
}

fn single_threaded(g: &OrgGraph, customers: &[PersonIx], reach: &[f64], lang: Lang, out: &mut Vec<Risk>) {
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
        let who = map.people[o].display_name();
        out.push(Risk {
            kind: RiskKind::SingleThreaded,
            unit_ix: None,
            severity: Severity::Medium,
            people: Vec::new(),
            persons: vec![o],
            unit: None,
            message: match lang {
                Lang::En => format!("single-threaded: every relationship we have runs through {who}"),
                Lang::Zh | Lang::ZhHant => format!("单线联系：我方所有关系都系于 {who} 一人"),
            },
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
        let (msg, people) = match (supporters.first(), lang) {
            (Some(&s), Lang::En) => (
                format!("only one supporter among the decision makers: {}", map.people[s].display_name()),
                vec![s],
            ),
            (Some(&s), Lang::Zh | Lang::ZhHant) => {
                (format!("决策者中只有一位支持者：{}", map.people[s].display_name()), vec![s])
            }
            (None, Lang::En) => ("no supporter among the decision makers".to_string(), Vec::new()),
            (None, Lang::Zh | Lang::ZhHant) => ("决策者中没有支持者".to_string(), Vec::new()),
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

fn level_mismatch(
    g: &OrgGraph,
    holders: &[PersonIx],
    top: &[PersonIx],
    lang: Lang,
    out: &mut Vec<Risk>,
    power: &Power,
) {
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
        let boss = exec.map(|e| map.people[e].display_name()).unwrap_or("");
        let msg = match lang {
            Lang::En => format!(
                "{} (level {}) is known only by our junior people ({}); bring {boss}",
                map.people[x].display_name(),
                g.level[x].unwrap_or(0),
                juniors.join(", ")
            ),
            Lang::Zh | Lang::ZhHant => format!(
                "{}（级别 {}）只由我方基层人员（{}）接触：将对将，请 {boss} 出面",
                map.people[x].display_name(),
                g.level[x].unwrap_or(0),
                juniors.join("、")
            ),
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
/// above 0); only the topmost such unit of a subtree is listed. O(P + U).
fn uncovered_units(g: &OrgGraph, reach: &[f64], lang: Lang, out: &mut Vec<Risk>) {
    let mut listed = 0usize;
    let map = g.map;
    let u = map.units.len();
    let mut known = vec![false; u];
    let mut customer = vec![false; u];
    let mut ours = vec![false; u];
    for (i, p) in map.people.iter().enumerate() {
        let Some(mut unit) = p.unit else { continue };
        loop {
            if p.side == Side::Customer {
                customer[unit] = true;
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
        if known[ix] || (ours[ix] && !customer[ix]) {
            continue;
        }
        if unit.parent.is_some_and(|p| !known[p] && (!ours[p] || customer[p])) {
            continue; // its parent is listed instead
        }
        listed += 1;
        if listed > MAX_PER_KIND {
            break;
        }
        let nm = unit.display_name();
        let msg = match (customer[ix], lang) {
            (true, Lang::En) => format!("{nm}: we know nobody here"),
            (true, Lang::Zh | Lang::ZhHant) => format!("{nm}：我方在此无任何熟人"),
            (false, Lang::En) => format!("{nm}: nobody known in this unit yet"),
            (false, Lang::Zh | Lang::ZhHant) => format!("{nm}：尚不知此单位有谁"),
        };
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
