//! Next steps (下一步): a short ranked list of concrete actions for this week — whom to
//! reach, through whom, why — drawn from the ranking, the unreached, the routes and
//! the risks. Every step names a person and a way, and is ranked on one scale:
//!
//! priority = 100 × power at stake × reliability of the way × urgency
//!
//! - *power at stake*: the person's power (0…1) times what we do not hold of it yet,
//!   1 − reach × support (support: champion 1, supporter 0.75, neutral or unknown 0.5,
//!   skeptic 0.25, opponent 0). Steps about the decision as a whole (who approves)
//!   stake the top candidate's power; a unit, the largest power in it (an empty unit:
//!   the average customer's).
//! - *reliability of the way*: the route's (see [`super::paths`]); asking someone we
//!   can talk to, the route to them (1 for our own people); asking X to speak to Y, the
//!   route to X and on to Y. A route less reliable than [`COLD_APPROACH`] is not
//!   offered as an introduction: the step becomes "find a better way in" (our
//!   executive, a partner, a reference customer) at that reliability.
//! - *urgency*: [`URGENT`] for what answers a high risk or wins a decision holder
//!   ([`URGENT_MET`] when we have met the person in passing already), [`SOON`] for
//!   medium risks, influencers and the coach, [`LATER`] for low risks.
//!
//! People off limits (`contact: do_not_contact`) are never a step's target nor on its
//! way; the advice about them turns to the legitimate channels. O(A · route + P log P)
//! for A candidate actions.

use rustc_hash::FxHashMap;
use serde::Serialize;
use std::cmp::Ordering;

use super::AnalyzeOptions;
use super::levers::Ctx;
use super::paths::{CoachPath, IntroGraph};
use super::rank::{Candidate, round1, round2};
use super::risks::{Risk, RiskKind, Severity};
use super::unreached::Unreached;
use crate::graph::OrgGraph;
use crate::i18n::{Arg, Msg};
use crate::model::PersonIx;
use crate::vocab::{Role, Stance, TieKind};

/// Urgency of a step that answers a high risk or wins a decision holder.
pub const URGENT: f64 = 1.0;
/// Urgency of an urgent step toward someone we have met, but not reached yet (reach
/// above 0 and below [`super::reach::REACHED`]): a decision holder we have never met
/// at all comes first.
pub const URGENT_MET: f64 = 0.85;
/// Urgency of a step that answers a medium risk, meets an influencer or asks a coach.
pub const SOON: f64 = 0.7;
/// Urgency of a step that answers a low risk (a unit where we know nobody).
pub const LATER: f64 = 0.4;
/// The reliability of approaching someone with no tie yet, through our executive, a
/// partner or a reference: that of a weak acquaintance passed on by a neutral
/// stranger (knows, weak 0.45 × neutral 0.6 × no relationship 0.5). A route below it
/// is no better than going in cold, and is not offered as an introduction.
pub const COLD_APPROACH: f64 = 0.135;

/// One action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextStep {
    /// 1 = do first.
    pub rank: usize,
    /// `reach`, `better_way_in`, `bring_executive`, `find_approver`, `meet_influencer`,
    /// `handle_blocker`, `use_supporter`, `use_coach`, `second_thread`, `cover_unit`,
    /// `legitimate_channel`, `mind_conflict`, `learn` (an information step for a gap,
    /// [`super::gaps`]).
    pub kind: &'static str,
    /// The person to act on (id), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The way: the people we go through (ids, our side first), if any.
    pub via: Vec<String>,
    /// What to do, as a code and parameters (with the way's `reliability`).
    pub action: Msg,
    /// Why, as a code and parameters (a risk's own message where the step answers one).
    pub why: Msg,
    /// Priority, 0…100: power at stake × reliability × urgency.
    pub priority: f64,
    /// The power at stake, 0…100.
    pub power: f64,
    /// The reliability of the way, 0…1.
    pub reliability: f64,
    /// The urgency, 0…1.
    pub urgency: f64,
}

impl NextStep {
    /// A step on the scale: priority from its three factors.
    pub(crate) fn new(
        kind: &'static str,
        target: Option<String>,
        way: Way,
        why: Msg,
        stake: f64,
        urgency: f64,
    ) -> Self {
        let reliability = round2(way.reliability.clamp(0.0, 1.0));
        NextStep {
            rank: 0,
            kind,
            target,
            via: way.ids,
            action: way.action.arg("reliability", format!("{reliability:.2}")),
            why,
            priority: round1(stake * reliability * urgency),
            power: round1(stake),
            reliability,
            urgency,
        }
    }
}

/// The way of a step: what to do, through whom, how reliably.
pub(crate) struct Way {
    pub action: Msg,
    pub ids: Vec<String>,
    pub reliability: f64,
}

/// The urgency of a step answering a risk of this severity.
pub(crate) fn urgency_of(s: Severity) -> f64 {
    match s {
        Severity::High => URGENT,
        Severity::Medium => SOON,
        Severity::Low => LATER,
    }
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

/// What the analysis hands the next steps.
pub struct Inputs<'a, 'g, 'm> {
    /// The ranking, best first.
    pub cands: &'a [Candidate],
    /// Each person's power, 0…100.
    pub score: &'a [f64],
    /// The unreached influencers.
    pub unreached: &'a [Unreached],
    /// The risks.
    pub risks: &'a [Risk],
    /// Each person's reach.
    pub reach: &'a [f64],
    /// The best routes already found.
    pub routes: &'a [CoachPath],
    /// Whom the levers may go through, most powerful first
    /// ([`super::levers::route_candidates`]).
    pub lever_cands: &'a [PersonIx],
    /// The best routes to the first of `lever_cands`, found in the report's search.
    pub lever_routes: &'a std::collections::BTreeMap<PersonIx, CoachPath>,
    /// The introduction graph, for routes to the people the levers go through.
    pub intro: &'a IntroGraph<'g, 'm>,
}

/// The actions, most important first.
pub fn next_steps(g: &OrgGraph, inp: &Inputs, opts: &AnalyzeOptions) -> Vec<NextStep> {
    let cx = Ctx::new(g, inp);
    let map = g.map;
    let mut out: Vec<NextStep> = Vec::new();
    let mut targeted: Vec<PersonIx> = Vec::new();
    for r in inp.risks {
        let urgency = urgency_of(r.severity);
        match r.kind {
            RiskKind::NoApprover => out.push(cx.find_approver(urgency)),
            RiskKind::DecisionMakerUnreached => {
                let Some(&t) = r.persons.first() else { continue };
                targeted.push(t);
                let why = cx
                    .who(Msg::new("step-why-unreached"), "who", "who_id", t)
                    .arg("score", format!("{:.1}", inp.score[t]));
                out.push(cx.reach_step(t, "step-introduce", why, urgency));
            }
            RiskKind::Blocker => {
                let Some(&b) = r.persons.first() else { continue };
                // Working on a blocker is meeting them: no second step to "reach" them.
                targeted.push(b);
                out.push(cx.handle_blocker(b, urgency));
            }
            RiskKind::LevelMismatch => {
                let (Some(&x), Some(&exec)) = (r.persons.first(), r.persons.get(1)) else { continue };
                let action = cx.who(
                    cx.who(Msg::new("step-arrange-meeting"), "executive", "executive_id", exec),
                    "who",
                    "who_id",
                    x,
                );
                let way = Way {
                    action,
                    ids: vec![map.people[exec].id.clone()],
                    reliability: cx.exec_meeting(exec, x),
                };
                out.push(NextStep::new(
                    "bring_executive",
                    cx.id(x),
                    way,
                    r.message.clone(),
                    cx.stake(x),
                    urgency,
                ));
            }
            RiskKind::SingleThreaded => out.extend(cx.second_thread(r, urgency)),
            RiskKind::UncoveredUnit => {
                let Some(ux) = r.unit_ix else { continue };
                out.extend(cx.cover_unit(ux, r.message.clone(), urgency));
            }
            RiskKind::OffLimits => {
                let Some(&x) = r.persons.first() else { continue };
                targeted.push(x);
                out.push(cx.legitimate(x, r.message.clone(), urgency));
            }
            RiskKind::Conflict => out.extend(cx.mind_conflict(r, urgency)),
            _ => out.extend(super::gaps::info_step(g, r, inp.cands, inp.reach)),
        }
    }
    out.extend(supporters_speak(&cx, inp, opts));
    for u in inp.unreached.iter().take(5) {
        if targeted.contains(&u.person) || cx.off[u.person] {
            continue;
        }
        let names: Vec<&str> = u.sways_ix.iter().map(|&i| map.people[i].display_name()).collect();
        let managed: Vec<&str> = u.manages_ix.iter().map(|&i| map.people[i].display_name()).collect();
        // A reporting line is authority, not sway: say which is which.
        let key = match (names.is_empty(), managed.is_empty()) {
            (false, true) | (true, true) => "step-why-influencer",
            (true, false) => "step-why-manages",
            (false, false) => "step-why-influencer-manages",
        };
        let mut why = Msg::new(key);
        if key != "step-why-manages" {
            why = why.arg("swayed", names).arg("swayed_ids", u.sways.clone());
        }
        if key != "step-why-influencer" {
            why = why.arg("managed", managed).arg("managed_ids", u.manages.clone());
        }
        let mut s = cx.reach_step(u.person, "step-meet-influencer", why, SOON);
        if s.kind == "reach" {
            s.kind = "meet_influencer";
        }
        out.push(s);
    }
    out.extend(cx.use_coach());
    // The people the steps name (their targets and whom their routes pass through), by
    // id, found in one pass over the people (the first of an id, as `Map::person_ix`
    // finds it): O(P + S) for S steps. Nothing targets or passes through someone off
    // limits.
    let (keep, of_step): (Vec<bool>, Vec<Option<PersonIx>>) = {
        let mut named: FxHashMap<&str, Option<PersonIx>> = out
            .iter()
            .flat_map(|s| s.target.as_deref().into_iter().chain(s.via.iter().map(String::as_str)))
            .map(|t| (t, None))
            .collect();
        if !named.is_empty() {
            for (i, p) in map.people.iter().enumerate() {
                if let Some(slot @ None) = named.get_mut(p.id.as_str()) {
                    *slot = Some(i);
                }
            }
        }
        let ix = |id: &str| named.get(id).copied().flatten();
        let off = |id: &str| ix(id).is_some_and(|i| cx.off[i]);
        out.iter()
            .map(|s| {
                let kept = !s.target.as_deref().is_some_and(off) && !s.via.iter().any(|v| off(v));
                (kept, s.target.as_deref().and_then(ix))
            })
            .unzip()
    };
    // `retain` visits the steps in order, once each.
    let mut kept = keep.iter();
    out.retain(|_| kept.next().copied().unwrap_or(true));
    let of_step: Vec<Option<PersonIx>> =
        of_step.into_iter().zip(&keep).filter(|(_, k)| **k).map(|(x, _)| x).collect();
    for (st, ix) in out.iter_mut().zip(of_step) {
        let met = ix.map(|t| inp.reach[t]);
        if st.urgency == URGENT && met.is_some_and(|r| r > 0.0 && r < super::reach::REACHED) {
            st.urgency = URGENT_MET;
            st.priority = round1(st.power * st.reliability * URGENT_MET);
        }
    }
    out.sort_by(|a, b| {
        b.priority
            .total_cmp(&a.priority)
            .then_with(|| a.kind.cmp(b.kind))
            .then_with(|| a.target.cmp(&b.target))
            .then_with(|| cmp_msg(&a.action, &b.action))
    });
    out.dedup_by(|a, b| a.kind == b.kind && a.target == b.target && a.via == b.via && a.action == b.action);
    for (i, s) in out.iter_mut().enumerate() {
        s.rank = i + 1;
    }
    out
}

/// Supporters we can talk to who sway a decision holder not yet on our side: "ask X
/// to speak for us to Y", at the reliability of the route to X and on to Y.
fn supporters_speak(cx: &Ctx, inp: &Inputs, opts: &AnalyzeOptions) -> Vec<NextStep> {
    let mut out = Vec::new();
    for c in inp.cands.iter().take(opts.top_decision_makers.max(5)) {
        let x = c.person;
        if matches!(c.stance, Stance::Champion | Stance::Supporter)
            || !(c.roles.contains(&Role::DecisionMaker) || c.roles.contains(&Role::Approver))
            || cx.off[x]
        {
            continue;
        }
        let mut levers: Vec<(PersonIx, f64, u8)> =
            cx.g.incoming(x, TieKind::Influences)
                .filter(|(s, _)| cx.is_supportive_customer(*s) && !cx.feud(*s, x))
                .filter_map(|(s, e)| cx.through(s, x).map(|r| (s, r, e.strength.value())))
                .collect();
        levers.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        levers.dedup_by_key(|l| l.0);
        for (s, reliability, strength) in levers.into_iter().take(2) {
            let action = cx.who(
                cx.who(Msg::new("step-speak-for-us"), "supporter", "supporter_id", s),
                "who",
                "who_id",
                x,
            );
            let why = cx
                .who(
                    cx.who(Msg::new("step-why-supporter"), "supporter", "supporter_id", s),
                    "who",
                    "who_id",
                    x,
                )
                .arg("strength", super::rank::strength_term(strength.clamp(1, 3)));
            let way = Way { action, ids: cx.way_ids(s), reliability };
            out.push(NextStep::new("use_supporter", Some(c.id.clone()), way, why, cx.stake(x), URGENT));
        }
    }
    out
}
