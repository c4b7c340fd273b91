//! The analyses: who really decides ([`rank`]), whom we have not reached
//! ([`unreached`]), who can introduce us and by what route ([`paths`]), what could go
//! wrong ([`risks`]) and what to do this week ([`next_steps`]). Each is a function over
//! the [`OrgGraph`] returning plain, sorted, serializable rows; [`analyze`] runs them all.
//!
//! The analyses choose no words: every reason, hop, risk and action is a
//! [`crate::i18n::Msg`], a stable code with parameters (names and ids of people and
//! units, numbers, vocabulary values). Only the writers ([`crate::report`], the HTML
//! report's sections) render them in a language. A person named in a message is two
//! parameters: the display name (`who`) and the id (`who_id`), so a script reads ids.

pub mod influence;
pub mod next_steps;
pub mod paths;
pub mod rank;
pub mod reach;
pub mod risks;
pub mod unreached;

use serde::Serialize;

use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::model::PersonIx;
pub use next_steps::NextStep;
pub use paths::{CoachPath, PathOptions};
pub use rank::Candidate;
pub use risks::Risk;
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
}

/// Runs every analysis. O(I · (P + T) + (P + T) log P) for the default options, plus
/// Yen's algorithm per target when `k > 1`.
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
    };
    if opts.scope == Scope::Rank {
        report.decision_makers = all;
        keep(&mut report.decision_makers, opts.top);
        return report;
    }
    // The introduction graph and the sway over the top are independent: build them
    // side by side.
    let (sway_top, intro) = crate::par::join(
        || unreached::sway_over_top(g, &power, &top_set),
        || paths::IntroGraph::new(g, opts.paths),
    );
    let mut unreached = unreached::unreached(g, &reach, &top_set, &power, &sway_top);
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
    let risks = if opts.scope == Scope::All {
        risks::risks(g, &all, &power, &reach, &top_set, &sway_top)
    } else {
        Vec::new()
    };
    // One search gives the best route to everyone the report and the actions mention.
    let mut wanted = targets.clone();
    for r in &risks {
        wanted.extend(
            r.persons.iter().copied().filter(|&p| map.people[p].side == crate::vocab::Side::Customer),
        );
    }
    let best = intro.best_to_all(opts.from, &wanted);
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
        report.next_steps = next_steps::next_steps(g, &all, &unreached, &risks, &reach, &best, opts);
        keep(&mut report.next_steps, if opts.top == 0 { 0 } else { opts.top.min(MAX_NEXT_STEPS) });
        report.risks = risks;
    }
    report.decision_makers = all;
    keep(&mut report.decision_makers, opts.top);
    keep(&mut unreached, opts.top);
    report.unreached = unreached;
    report
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

fn keep<T>(v: &mut Vec<T>, n: usize) {
    if n > 0 {
        v.truncate(n);
    }
}
