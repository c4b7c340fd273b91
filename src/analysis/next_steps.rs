//! Next steps (下一步): a short ranked list of concrete actions for this week — whom to
//! reach, through whom, why — drawn from the ranking, the unreached, the routes and
//! the risks. Priority = the power at stake × how feasible the action is; O(A · route)
//! for A candidate actions.

use serde::Serialize;
use std::cmp::Ordering;

use super::AnalyzeOptions;
use super::paths::CoachPath;
use super::rank::{Candidate, round1};
use super::reach::REACHED;
use super::risks::{Risk, RiskKind};
use super::unreached::Unreached;
use super::{person as who, route as with_route};
use crate::graph::OrgGraph;
use crate::i18n::{Arg, Msg};
use crate::model::PersonIx;
use crate::vocab::{Side, Stance, TieKind};

/// One action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextStep {
    /// 1 = do first.
    pub rank: usize,
    /// `reach`, `find_approver`, `meet_influencer`, `handle_blocker`, `use_supporter`,
    /// `bring_executive`, `second_thread`, `cover_unit`.
    pub kind: &'static str,
    /// The person to act on (id), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The route to take (ids, our side first), if any.
    pub via: Vec<String>,
    /// What to do, as a code and parameters.
    pub action: Msg,
    /// Why, as a code and parameters (a risk's own message where the step answers one).
    pub why: Msg,
    /// Priority, 0…100.
    pub priority: f64,
}

/// Orders two messages by their parameters, language-free: the last tie-break among
/// steps of equal priority, kind and target (say two supporters who sway the same
/// person: by the supporter's name).
fn cmp_msg(a: &Msg, b: &Msg) -> Ordering {
    a.key.cmp(b.key).then_with(|| {
        for ((_, x), (_, y)) in a.args.iter().zip(&b.args) {
            let o = cmp_arg(x, y);
            if o != Ordering::Equal {
                return o;
            }
        }
        a.args.len().cmp(&b.args.len())
    })
}

fn cmp_arg(a: &Arg, b: &Arg) -> Ordering {
    match (a, b) {
        (Arg::Str(x), Arg::Str(y)) => x.cmp(y),
        (Arg::Int(x), Arg::Int(y)) => x.cmp(y),
        (Arg::Term(x), Arg::Term(y)) => x.value.cmp(y.value),
        (Arg::Msg(x), Arg::Msg(y)) => cmp_msg(x, y),
        (Arg::List(x), Arg::List(y)) => {
            x.iter().zip(y).map(|(p, q)| cmp_arg(p, q)).find(|o| o.is_ne()).unwrap_or(x.len().cmp(&y.len()))
        }
        _ => Ordering::Equal,
    }
}

/// The actions, most important first. `routes` are the best routes to the people
/// concerned (from [`super::paths::IntroGraph::best_to_all`]).
pub fn next_steps(
    g: &OrgGraph,
    cands: &[Candidate],
    unreached: &[Unreached],
    risks: &[Risk],
    reach: &[f64],
    routes: &[CoachPath],
    opts: &AnalyzeOptions,
) -> Vec<NextStep> {
    let map = g.map;
    let score_of = |i: PersonIx| cands.iter().find(|c| c.person == i).map_or(30.0, |c| c.score);
    let route = |t: PersonIx| routes.iter().find(|p| p.people.last() == Some(&t)).cloned();
    let person = |m: Msg, name: &'static str, id: &'static str, i: PersonIx| who(m, name, id, &map.people[i]);
    let mut out: Vec<NextStep> = Vec::new();
    let mut targeted: Vec<PersonIx> = Vec::new();
    for r in risks {
        match r.kind {
            RiskKind::NoApprover => {
                // Ask the most powerful person we have reached who is on our side.
                let coach = cands.iter().find(|c| {
                    reach[c.person] >= REACHED && matches!(c.stance, Stance::Champion | Stance::Supporter)
                });
                let (action, via) = match coach {
                    Some(c) => (
                        person(Msg::new("step-ask-approver"), "coach", "coach_id", c.person),
                        vec![c.id.clone()],
                    ),
                    None => (Msg::new("step-find-approver"), Vec::new()),
                };
                out.push(NextStep {
                    rank: 0,
                    kind: "find_approver",
                    target: None,
                    via,
                    action,
                    why: Msg::new("step-why-no-approver"),
                    priority: 95.0,
                });
            }
            RiskKind::DecisionMakerUnreached => {
                let Some(&t) = r.persons.first() else { continue };
                targeted.push(t);
                let s = score_of(t);
                let (action, via, feas) = match route(t) {
                    Some(p) if p.ids.len() > 2 || map.people[p.people[0]].side == Side::Ours => {
                        let a = with_route(
                            person(Msg::new("step-introduce"), "who", "who_id", t),
                            map,
                            &p.people,
                        )
                        .arg("reliability", format!("{:.2}", p.reliability));
                        (a, p.ids, p.reliability)
                    }
                    _ => (person(Msg::new("step-no-route"), "who", "who_id", t), Vec::new(), 0.2),
                };
                let why = person(Msg::new("step-why-unreached"), "who", "who_id", t)
                    .arg("score", format!("{s:.1}"));
                out.push(NextStep {
                    rank: 0,
                    kind: "reach",
                    target: Some(map.people[t].id.clone()),
                    via,
                    action,
                    why,
                    priority: round1(s * (0.5 + 0.5 * feas)),
                });
            }
            RiskKind::Blocker => {
                let Some(&b) = r.persons.first() else {
                    continue;
                };
                let friend = g
                    .incoming(b, TieKind::Influences)
                    .chain(g.neighbors(b, TieKind::Knows))
                    .map(|(x, _)| x)
                    .filter(|&x| {
                        map.people[x].side != Side::Competitor
                            && reach[x] >= REACHED
                            && matches!(map.people[x].stance, Stance::Champion | Stance::Supporter)
                            || map.people[x].side == Side::Ours
                    })
                    .min_by(|&a, &c| score_of(c).total_cmp(&score_of(a)).then(a.cmp(&c)));
                let p = &map.people[b];
                let (action, via) = match friend {
                    Some(f) => (
                        person(
                            person(Msg::new("step-bring-round"), "friend", "friend_id", f),
                            "who",
                            "who_id",
                            b,
                        ),
                        vec![map.people[f].id.clone()],
                    ),
                    None => (person(Msg::new("step-meet-blocker"), "who", "who_id", b), Vec::new()),
                };
                let why = match &p.favors {
                    Some(f) => {
                        person(Msg::new("step-why-blocker"), "who", "who_id", b).arg("favors", f.as_str())
                    }
                    None => person(Msg::new("step-why-blocker-unknown"), "who", "who_id", b),
                };
                out.push(NextStep {
                    rank: 0,
                    kind: "handle_blocker",
                    target: Some(p.id.clone()),
                    via,
                    action,
                    why,
                    priority: round1(score_of(b) * 0.9),
                });
            }
            RiskKind::LevelMismatch => {
                let (Some(&x), Some(&exec)) = (r.persons.first(), r.persons.get(1)) else {
                    continue;
                };
                let action = person(
                    person(Msg::new("step-arrange-meeting"), "executive", "executive_id", exec),
                    "who",
                    "who_id",
                    x,
                );
                out.push(NextStep {
                    rank: 0,
                    kind: "bring_executive",
                    target: Some(map.people[x].id.clone()),
                    via: vec![map.people[exec].id.clone()],
                    action,
                    why: r.message.clone(),
                    priority: round1(score_of(x) * 0.6),
                });
            }
            RiskKind::SingleThreaded if !r.persons.is_empty() => {
                out.push(NextStep {
                    rank: 0,
                    kind: "second_thread",
                    target: None,
                    via: Vec::new(),
                    action: Msg::new("step-second-thread"),
                    why: r.message.clone(),
                    priority: 35.0,
                });
            }
            RiskKind::UncoveredUnit => {
                let Some(ux) = r.unit_ix else { continue };
                let unit = &map.units[ux];
                let action = Msg::new("step-find-contact")
                    .arg("unit", unit.display_name())
                    .arg("unit_id", unit.id.as_str());
                out.push(NextStep {
                    rank: 0,
                    kind: "cover_unit",
                    target: None,
                    via: Vec::new(),
                    action,
                    why: r.message.clone(),
                    priority: 15.0,
                });
            }
            _ => {}
        }
    }
    // Supporters we have reached who sway a decision holder not yet on our side.
    for c in cands.iter().take(opts.top_decision_makers.max(5)) {
        let x = c.person;
        if matches!(c.stance, Stance::Champion | Stance::Supporter)
            || !(c.roles.contains(&crate::vocab::Role::DecisionMaker)
                || c.roles.contains(&crate::vocab::Role::Approver))
        {
            continue;
        }
        let mut levers: Vec<(PersonIx, u8)> = g
            .incoming(x, TieKind::Influences)
            .filter(|(s, _)| {
                reach[*s] >= REACHED
                    && matches!(map.people[*s].stance, Stance::Champion | Stance::Supporter)
                    && map.people[*s].side == Side::Customer
            })
            .map(|(s, e)| (s, e.strength.value()))
            .collect();
        levers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for (s, strength) in levers.into_iter().take(2) {
            if out.iter().any(|o| {
                o.target.as_deref() == Some(c.id.as_str()) && o.via.first() == Some(&map.people[s].id)
            }) {
                continue;
            }
            let action = person(
                person(Msg::new("step-speak-for-us"), "supporter", "supporter_id", s),
                "who",
                "who_id",
                x,
            );
            let why = person(
                person(Msg::new("step-why-supporter"), "supporter", "supporter_id", s),
                "who",
                "who_id",
                x,
            )
            .arg("strength", super::rank::strength_term(strength.clamp(1, 3)));
            let feas = f64::from(strength) / 3.0;
            out.push(NextStep {
                rank: 0,
                kind: "use_supporter",
                target: Some(c.id.clone()),
                via: vec![map.people[s].id.clone()],
                action,
                why,
                priority: round1(c.score * 0.75 * (0.5 + 0.5 * feas)),
            });
        }
    }
    for u in unreached.iter().take(5) {
        if targeted.contains(&u.person) {
            continue;
        }
        let (action, via, feas) = match route(u.person) {
            Some(p) => {
                let a = with_route(
                    person(Msg::new("step-meet-influencer"), "who", "who_id", u.person),
                    map,
                    &p.people,
                );
                (a, p.ids, p.reliability)
            }
            None => (person(Msg::new("step-find-way-to-meet"), "who", "who_id", u.person), Vec::new(), 0.2),
        };
        let names: Vec<&str> = u.sways_ix.iter().map(|&i| map.people[i].display_name()).collect();
        let why = Msg::new("step-why-influencer").arg("swayed", names).arg("swayed_ids", u.sways.clone());
        out.push(NextStep {
            rank: 0,
            kind: "meet_influencer",
            target: Some(u.id.clone()),
            via,
            action,
            why,
            priority: round1(60.0 * u.priority * (0.5 + 0.5 * feas)),
        });
    }
    out.sort_by(|a, b| {
        b.priority
            .total_cmp(&a.priority)
            .then_with(|| a.kind.cmp(b.kind))
            .then_with(|| a.target.cmp(&b.target))
            .then_with(|| cmp_msg(&a.action, &b.action))
    });
    for (i, s) in out.iter_mut().enumerate() {
        s.rank = i + 1;
    }
    out
}
