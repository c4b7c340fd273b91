//! How the analysis moved between two versions of a map: the decision-maker ranking,
//! the unreached influencers, the best coach paths (and whether an old best route is
//! lost or only ranked lower), and the risks that appeared or went.

use std::collections::{BTreeMap, BTreeSet};

use super::diff::{MapDiff, PathMove, PersonRef, RankMove, RiskRef, Route, RouteFate, Versions};
use crate::analysis::paths::{IntroGraph, PathOptions};
use crate::analysis::risks::{Risk, RiskKind};
use crate::analysis::{CoachPath, Report};
use crate::graph::OrgGraph;

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Fills the ranking, unreached, path and risk moves from the two reports.
/// O(L log L) in the lengths L of the reports' lists, plus one O(P + T) introduction
/// graph of the new map when some best route changed.
pub(crate) fn analysis_moves(d: &mut MapDiff, v: &Versions, ro: &Report, rn: &Report) {
    ranking(d, v, ro, rn);
    fn listed(r: &Report) -> BTreeSet<&str> {
        r.unreached.iter().map(|u| u.id.as_str()).collect()
    }
    let (lo, ln) = (listed(ro), listed(rn));
    d.unreached_added =
        rn.unreached.iter().filter(|u| !lo.contains(u.id.as_str())).map(|u| v.named(&u.id)).collect();
    d.unreached_gone =
        ro.unreached.iter().filter(|u| !ln.contains(u.id.as_str())).map(|u| v.named(&u.id)).collect();
    paths(d, v, ro, rn);
    risks(d, v, ro, rn);
}

/// The ranking of both versions, when any place or score moved. O(L log L).
fn ranking(d: &mut MapDiff, v: &Versions, ro: &Report, rn: &Report) {
    fn by_id(r: &Report) -> BTreeMap<&str, (usize, f64)> {
        r.decision_makers.iter().map(|c| (c.id.as_str(), (c.rank, c.score))).collect()
    }
    let (bo, bn) = (by_id(ro), by_id(rn));
    let ids = rn
        .decision_makers
        .iter()
        .map(|c| c.id.as_str())
        .chain(ro.decision_makers.iter().map(|c| c.id.as_str()).filter(|id| !bn.contains_key(id)));
    let moves: Vec<RankMove> = ids
        .map(|id| {
            let (o, n) = (bo.get(id), bn.get(id));
            RankMove {
                person: v.named(id),
                old_rank: o.map(|x| x.0),
                new_rank: n.map(|x| x.0),
                old_score: o.map(|x| x.1),
                new_score: n.map(|x| x.1),
            }
        })
        .collect();
    if moves.iter().any(|m| m.old_rank != m.new_rank || m.old_score != m.new_score) {
        d.ranking = moves;
    }
}

/// The best route to each target, first of its target in the report.
fn best_routes(r: &Report) -> BTreeMap<&str, &CoachPath> {
    let mut out = BTreeMap::new();
    for p in &r.paths {
        out.entry(p.target.as_str()).or_insert(p);
    }
    out
}

/// Best routes that changed, each old one judged in the new map. O(L log L) plus one
/// introduction graph when needed.
fn paths(d: &mut MapDiff, v: &Versions, ro: &Report, rn: &Report) {
    let (bo, bn) = (best_routes(ro), best_routes(rn));
    let route = |p: &CoachPath| Route {
        ids: p.ids.clone(),
        names: p.ids.iter().map(|id| v.named(id).label).collect(),
        reliability: round2(p.reliability),
    };
    let mut seen = BTreeSet::new();
    let targets = rn.paths.iter().chain(&ro.paths).map(|p| p.target.as_str()).filter(|t| seen.insert(*t));
    let moves: Vec<(PathMove, bool)> = targets
        .filter_map(|t| {
            let (o, n) = (bo.get(t).map(|p| route(p)), bn.get(t).map(|p| route(p)));
            if o == n {
                return None;
            }
            let judge = matches!((&o, &n), (Some(a), b) if b.as_ref().is_none_or(|b| b.ids != a.ids));
            Some((PathMove { target: v.named(t), old: o, new: n, old_route: None }, judge))
        })
        .collect();
    if moves.iter().any(|(_, judge)| *judge) {
        let g = OrgGraph::new(v.new);
        let intro = IntroGraph::new(&g, PathOptions::default());
        let ix: BTreeMap<&str, usize> =
            v.new.people.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
        d.paths = moves
            .into_iter()
            .map(|(mut m, judge)| {
                if judge && let Some(old) = &m.old {
                    m.old_route = Some(fate(&old.ids, v, &ix, &intro));
                }
                m
            })
            .collect();
    } else {
        d.paths = moves.into_iter().map(|(m, _)| m).collect();
    }
}

/// Walks an old route in the new map: the first person gone or hop that no longer
/// carries an introduction, else its reliability now. O(hops · degree).
fn fate(ids: &[String], v: &Versions, ix: &BTreeMap<&str, usize>, intro: &IntroGraph) -> RouteFate {
    let mut people = Vec::with_capacity(ids.len());
    for id in ids {
        match ix.get(id.as_str()) {
            Some(&i) => people.push(i),
            None => return RouteFate::PersonGone { person: v.named(id) },
        }
    }
    for (w, pair) in people.windows(2).zip(ids.windows(2)) {
        if intro.hop_reliability(w[0], w[1]).is_none() {
            return RouteFate::HopGone { from: v.named(&pair[0]), to: v.named(&pair[1]) };
        }
    }
    RouteFate::Kept { reliability: round2(intro.route_reliability(&people)) }
}

/// What makes a risk the same across versions: its kind and subject.
type RiskKey<'r> = (RiskKind, &'r [String], Option<&'r str>);

fn risk_key(r: &Risk) -> RiskKey<'_> {
    (r.kind, r.people.as_slice(), r.unit.as_deref())
}

/// Risks that appeared and went, each list in its report's order. O(L log L).
fn risks(d: &mut MapDiff, v: &Versions, ro: &Report, rn: &Report) {
    fn keys(r: &Report) -> BTreeSet<RiskKey<'_>> {
        r.risks.iter().map(risk_key).collect()
    }
    let (ko, kn) = (keys(ro), keys(rn));
    let risk_ref = |r: &Risk| RiskRef {
        kind: r.kind,
        severity: r.severity,
        people: r.people.iter().map(|id| v.named(id)).collect::<Vec<PersonRef>>(),
        unit: r.unit.clone(),
        message: r.message.clone(),
    };
    d.risks_added = rn.risks.iter().filter(|r| !ko.contains(&risk_key(r))).map(risk_ref).collect();
    d.risks_gone = ro.risks.iter().filter(|r| !kn.contains(&risk_key(r))).map(risk_ref).collect();
}
