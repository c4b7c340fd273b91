//! The analyses: who really decides ([`rank`]), whom we have not reached
//! ([`unreached`]), who can introduce us and by what route ([`paths`]), what could go
//! wrong ([`risks`]), what to do this week ([`next_steps`]), how healthy the account is
//! ([`health`]) and how far the advice rests on unknown facts ([`robust`]). Each is a function over
//! the [`OrgGraph`] returning plain, sorted, serializable rows; [`analyze`] runs them all.
//!
//! The analyses choose no words: every reason, hop, risk and action is a
//! [`crate::i18n::Msg`], a stable code with parameters (names and ids of people and
//! units, numbers, vocabulary values). Only the writers ([`crate::report`], the HTML
//! report's sections) render them in a language. A person named in a message is two
//! parameters: the display name (`who`) and the id (`who_id`), so a script reads ids.

pub mod chain;
pub mod confidence;
pub mod gaps;
pub mod health;
pub mod influence;
pub mod levers;
pub mod next_steps;
pub mod paths;
pub mod rank;
pub mod reach;
pub mod risks;
pub mod robust;
pub mod unreached;

use serde::Serialize;

use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::model::PersonIx;
pub use health::Health;
pub use next_steps::NextStep;
pub use paths::{CoachPath, PathOptions};
pub use rank::Candidate;
pub use risks::Risk;
pub use robust::{Draws, RobustOptions, Robustness};
pub use unreached::Unreached;

/// What to analyse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnalyzeOptions {
    /// How many rows each list keeps (0 = all).
    pub top: usize,
    /// How many of the best candidates count as the top decision makers, whom the
    /// unreached influencers sway and the paths lead to.
    pub top_decision_makers: usize,
    /// Routes per target.
    pub k: usize,
    /// Start routes from this person of ours only.
    pub from: Option<PersonIx>,
    /// Route only to this person.
    pub to: Option<PersonIx>,
    /// Path options.
    pub paths: PathOptions,
    /// How much to compute: a command that shows one section skips the rest.
    pub scope: Scope,
    /// Robustness draws (off unless asked for; `analyze` follows [`Draws::default_for`]).
    pub robust: RobustOptions,
}

/// How much of the analysis to run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    /// The ranking only.
    Rank,
    /// The ranking, the unreached and their best ways in.
    Unreached,
    /// The ranking, the unreached and the routes.
    Paths,
    /// The ranking, the unreached, the routes and the risks: what a comparison of two
    /// versions reads (no next steps, health or robustness).
    Risks,
    /// Everything, with risks and next steps.
    #[default]
    All,
}

impl Default for AnalyzeOptions {
    fn default() -> Self {
        AnalyzeOptions {
            top: 10,
            top_decision_makers: 5,
            k: 1,
            from: None,
            to: None,
            paths: PathOptions::default(),
            scope: Scope::All,
            robust: RobustOptions::default(),
        }
    }
}

/// Everything `powermap analyze` reports; each list best first. The JSON form of this
/// struct is the documented schema (see docs/analysis.md).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The account, if named.
    pub account: Option<String>,
    /// The opportunity, if named.
    pub opportunity: Option<String>,
    /// Key decision-maker candidates, most powerful first.
    pub decision_makers: Vec<Candidate>,
    /// Unreached influencers, highest priority first.
    pub unreached: Vec<Unreached>,
    /// Introduction routes, most reliable first within each target, targets in the
    /// order of the decision makers and then the unreached.
    pub paths: Vec<CoachPath>,
    /// Risks and gaps, most severe first.
    pub risks: Vec<Risk>,
    /// Actions for this week, most important first.
    pub next_steps: Vec<NextStep>,
    /// How the writers name everyone the report mentions ([`crate::naming`]).
    #[serde(skip)]
    pub names: crate::naming::Labels,
    /// The account's health (red, amber, green), when everything is analysed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub health: Option<Health>,
    /// How stable the advice is over the unknown facts, when asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub robustness: Option<Robustness>,
}

/// Runs every analysis. O(I · (P + T) + (P + T) log P) for the default options, plus
/// Yen's algorithm per target when `k > 1`, plus D analyses of the sampled map for D
/// robustness draws ([`robust`]).
pub fn analyze(g: &OrgGraph, opts: &AnalyzeOptions) -> Report {
    let map = g.map;
    let reach = reach::reach_scores(g);
    let want = if opts.top == 0 { 0 } else { opts.top.max(opts.top_decision_makers).max(20) };
    let (all, power) = rank::rank(g, &reach, want);
    let top_set: Vec<PersonIx> = all.iter().take(opts.top_decision_makers).map(|c| c.person).collect();
    let mut report = Report {
        account: map.account.clone(),
        opportunity: map.opportunity.clone(),
        decision_makers: Vec::new(),
        unreached: Vec::new(),
        paths: Vec::new(),
        risks: Vec::new(),
        next_steps: Vec::new(),
        names: Default::default(),
        health: None,
        robustness: None,
    };
    if opts.scope == Scope::Rank {
        report.decision_makers = all;
        keep(&mut report.decision_makers, opts.top);
        name_people(map, &mut report, &[]);
        return report;
    }
    // The introduction graph and the sway over the top are independent: build them
    // side by side.
    let (sway_top, intro) = crate::par::join(
        || unreached::sway_over_top(g, &power, &top_set),
        || paths::IntroGraph::new(g, opts.paths),
    );
    // The unreached (with whom the levers may go through) and the risks are
    // independent: found side by side.
    let ((mut unreached, lever_cands), risks) = crate::par::join(
        || {
            let lever_cands =
                if opts.scope == Scope::All { levers::route_candidates(g, &power.score) } else { Vec::new() };
            (unreached::unreached(g, &reach, &top_set, &power, &sway_top), lever_cands)
        },
        || {
            if opts.scope >= Scope::Risks {
                let mut r = risks::risks(g, &all, &power, &reach, &top_set, &sway_top);
                levers::adjust_risks(g, &top_set, &reach, &power.score, &mut r);
                r
            } else {
                Vec::new()
            }
        },
    );
    let targets: Vec<PersonIx> = match opts.to {
        Some(t) => vec![t],
        None => {
            let mut t: Vec<PersonIx> = top_set.clone();
            for u in &unreached {
                if !t.contains(&u.person) {
                    t.push(u.person);
                }
            }
            t
        }
    };
    // One search gives the best route to everyone the report and the actions mention.
    let mut wanted = targets.clone();
    for r in &risks {
        wanted.extend(
            r.persons.iter().copied().filter(|&p| map.people[p].side == crate::vocab::Side::Customer),
        );
    }
    // The same search gives the routes to whom the next steps' levers may go through.
    let n_wanted = wanted.len();
    let lever_prefix = lever_cands.len().min(levers::MAX_LEVER_ROUTES + n_wanted);
    wanted.extend_from_slice(&lever_cands[..lever_prefix]);
    // The account's health reads only the ranking and the reach: found beside the search.
    let (found, health) = crate::par::join(
        || intro.best_to_each(opts.from, &wanted),
        || (opts.scope == Scope::All).then(|| health::health(g, &all, opts.top_decision_makers, &reach)),
    );
    let mut found = found.into_iter();
    let best: Vec<CoachPath> = found.by_ref().take(n_wanted).flatten().collect();
    let lever_routes: std::collections::BTreeMap<PersonIx, CoachPath> =
        lever_cands[..lever_prefix].iter().copied().zip(found).filter_map(|(t, p)| Some((t, p?))).collect();
    for u in &mut unreached {
        if let Some(p) = best.iter().find(|p| p.people.last() == Some(&u.person)) {
            u.way_in = p.ids.clone();
            u.way_in_reliability = Some(p.reliability);
        }
    }
    if opts.scope >= Scope::Paths {
        report.paths = if opts.k <= 1 {
            targets
                .iter()
                .filter_map(|&t| best.iter().find(|p| p.people.last() == Some(&t)).cloned())
                .collect()
        } else {
            targets.iter().flat_map(|&t| intro.k_best(opts.from, t, opts.k)).collect()
        };
    }
    if opts.scope == Scope::All {
        let inputs = next_steps::Inputs {
            cands: &all,
            score: &power.score,
            unreached: &unreached,
            risks: &risks,
            reach: &reach,
            routes: &best,
            lever_cands: &lever_cands,
            lever_routes: &lever_routes,
            intro: &intro,
        };
        report.next_steps = next_steps::next_steps(g, &inputs, opts);
        keep(&mut report.next_steps, if opts.top == 0 { 0 } else { opts.top.min(MAX_NEXT_STEPS) });
        report.health = health;
    }
    report.risks = risks;
    report.decision_makers = all;
    keep(&mut report.decision_makers, opts.top);
    keep(&mut unreached, opts.top);
    report.unreached = unreached;
    if opts.scope == Scope::All {
        report.robustness = robust::robustness(g, opts, &report);
        // A fact a gap's information step already asks about is not asked twice.
        if let Some(step) = report.robustness.as_ref().and_then(|r| robust::learn_step(r, map))
            && !report.next_steps.iter().any(|s| s.kind == "learn" && s.target == step.target)
        {
            add_step(
                &mut report.next_steps,
                step,
                if opts.top == 0 { 0 } else { opts.top.min(MAX_NEXT_STEPS) },
            );
        }
    }
    name_people(map, &mut report, &best);
    report
}

/// Puts a step among the others by its priority (after those of equal priority) and
/// numbers them again.
fn add_step(steps: &mut Vec<NextStep>, step: NextStep, max: usize) {
    let at = steps.iter().position(|s| s.priority < step.priority).unwrap_or(steps.len());
    steps.insert(at, step);
    keep(steps, max);
    for (i, s) in steps.iter_mut().enumerate() {
        s.rank = i + 1;
    }
}

/// Fills the report's names of people and puts ids beside shared names in its messages
/// ([`crate::naming`]). O(P) to count the names, plus O(size of the report).
fn name_people(map: &crate::model::Map, report: &mut Report, best: &[CoachPath]) {
    let namer = crate::naming::Namer::new(map);
    let r = &*report;
    let people = (r.decision_makers.iter().map(|c| c.person))
        .chain(r.unreached.iter().flat_map(|u| std::iter::once(u.person).chain(u.sways_ix.iter().copied())))
        .chain(r.paths.iter().chain(best).flat_map(|p| p.people.iter().copied()))
        .chain(r.risks.iter().flat_map(|x| x.persons.iter().copied()));
    let mut names = namer.labels(people);
    if namer.any_shared() {
        // Ids the lists above do not cover (steps, reasons): looked up by id.
        let extra: Vec<String> = (r.next_steps.iter())
            .flat_map(|s| s.target.iter().chain(&s.via))
            .chain(r.unreached.iter().flat_map(|u| &u.way_in))
            .filter(|id| names.of(id) == id.as_str())
            .cloned()
            .collect();
        for id in extra {
            let label = namer.id(&id);
            names.insert(id, label);
        }
        for m in report.risks.iter_mut().map(|x| &mut x.message) {
            namer.disambiguate(m);
        }
        for s in &mut report.next_steps {
            namer.disambiguate(&mut s.action);
            namer.disambiguate(&mut s.why);
        }
        for h in report.paths.iter_mut().flat_map(|p| &mut p.steps) {
            namer.disambiguate(&mut h.reason);
        }
        for k in report.decision_makers.iter_mut().flat_map(|c| &mut c.components) {
            k.reasons.iter_mut().for_each(|m| namer.disambiguate(m));
        }
    }
    report.names = names;
}

/// The most next steps a report lists, however long its other lists.
pub const MAX_NEXT_STEPS: usize = 7;

/// Adds a person to a message: the display name as `name`, the id as `id_name`.
pub(crate) fn person(m: Msg, name: &'static str, id_name: &'static str, p: &crate::model::Person) -> Msg {
    m.arg(name, p.display_name()).arg(id_name, p.id.as_str())
}

/// A route as the names of its people, our side first (`赵总 → 黄主任`), and as ids.
pub(crate) fn route(m: Msg, map: &crate::model::Map, people: &[PersonIx]) -> Msg {
    let names: Vec<&str> = people.iter().map(|&i| map.people[i].display_name()).collect();
    let ids: Vec<&str> = people.iter().map(|&i| map.people[i].id.as_str()).collect();
    m.arg("route", names.join(" → ")).arg("route_ids", ids)
}

/// Sorts `v` by `cmp` and keeps its first `k` (all when `k` is 0). The first `k` are
/// found by selection and only they are sorted: O(n + k log k) instead of O(n log n)
/// for a ranking of a million people of which a report shows twenty. `cmp` must be a
/// total order (ties broken by index or id), so that the result is the one a full
/// stable sort would give.
pub(crate) fn sort_top<T>(v: &mut Vec<T>, k: usize, mut cmp: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    if k > 0 && k < v.len() {
        v.select_nth_unstable_by(k - 1, &mut cmp);
        v.truncate(k);
    }
    v.sort_by(cmp);
}

fn keep<T>(v: &mut Vec<T>, n: usize) {
    if n > 0 {
        v.truncate(n);
    }
}
