//! Coach paths (教练/引荐路径): introduction routes from our side to a target over the
//! ties that exist, each hop rated, the k best loopless routes by Yen's algorithm.
//!
//! Which ties carry an introduction, and which way (the factor is for weak / medium /
//! strong ties):
//! - `knows`, both ways: 0.45 / 0.7 / 0.9;
//! - `reports_to`, a manager introducing us to his subordinate: 0.6 / 0.75 / 0.85; a
//!   subordinate to his manager: 0.45 / 0.6 / 0.7 (dotted lines × 0.9);
//! - `influences`, the one who sways to the one swayed: 0.5 / 0.65 / 0.8; back the
//!   other way: 0.3 / 0.4 / 0.5;
//! - `conflict`: never; and no tie carries an introduction between two people in
//!   conflict ("don't send X to Y").
//!
//! People off limits (`contact: do_not_contact`, themselves or by their unit, see
//! [`crate::model::Map::off_limits`]) are neither reached nor passed through: no route
//! ends at or crosses them.
//!
//! A hop's reliability is that factor times the willingness of the person passing us on:
//! our own people 1 (a hop between two of ours is 0.95); otherwise by stance (champion
//! 1, supporter 0.85, neutral 0.6, unknown 0.5; a partner of unknown stance counts as a
//! supporter) times our relationship with them (stage 0…4: 0.5, 0.65, 0.8, 0.92, 1).
//! Skeptics, opponents and competitors pass nobody on, unless `allow_hostile` (then
//! 0.25 / 0.15 and the hop is flagged). A route's reliability is the product of its
//! hops'. The best route maximizes it: Dijkstra on −ln(reliability). Routes below
//! [`MIN_RELIABILITY`] are not offered.
//!
//! One best route to every person: O((P + T) log P). The k best to one target (Yen):
//! O(P + k · L · R log R) for routes of L hops, R being the people within reach of the
//! reliability bound (see [`IntroGraph::k_best`]).

use serde::Serialize;
use std::cmp::Ordering;
use std::collections::{BTreeSet, BinaryHeap};

use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::model::PersonIx;
use crate::vocab::{Side, Stance, TieKind, Vocab};

/// Routes less reliable than this are not offered (and not searched for): an
/// introduction that works once in a hundred tries is no plan.
pub const MIN_RELIABILITY: f64 = 0.01;
const MAX_COST: f64 = 4.605_170_185_988_091; // −ln(MIN_RELIABILITY)

/// Options for path finding.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PathOptions {
    /// Let skeptics and opponents pass us on (flagged, at low reliability).
    pub allow_hostile: bool,
}

/// One hop of a route.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hop {
    /// Who introduces.
    pub from: String,
    /// Whom we are introduced to.
    pub to: String,
    /// The tie used: knows, reports_to (`up` or `down`), influences (`forward`, `back`).
    pub via: &'static str,
    /// The hop's reliability, 0…1.
    pub reliability: f64,
    /// Why: who introduces whom over what tie, and what we know of the introducer.
    pub reason: Msg,
    /// The introducer is a skeptic, opponent or competitor (only with `allow_hostile`).
    pub hostile: bool,
}

/// An introduction route from our side to a target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CoachPath {
    /// The target's id.
    pub target: String,
    /// The people on the route, our side first, target last (indices into the map).
    #[serde(skip)]
    pub people: Vec<PersonIx>,
    /// The same as ids: from our side to the target.
    #[serde(rename = "hops")]
    pub ids: Vec<String>,
    /// The product of the hops' reliabilities, 0…1.
    pub reliability: f64,
    /// Hop by hop.
    pub steps: Vec<Hop>,
    /// Some introducer on the route is hostile (only with `allow_hostile`).
    pub hostile: bool,
}

/// The ways a tie carries an introduction, as `Hop::via` names them.
const VIA: [&str; 5] = ["knows", "reports_to down", "reports_to up", "influences forward", "influences back"];
/// The factor of each way, for weak, medium and strong ties.
const FACTOR: [[f64; 3]; 5] =
    [[0.45, 0.7, 0.9], [0.6, 0.75, 0.85], [0.45, 0.6, 0.7], [0.5, 0.65, 0.8], [0.3, 0.4, 0.5]];

/// An arc of the introduction graph: 8 bytes, so a map of millions of ties stays small.
#[derive(Debug, Clone, Copy)]
struct Arc {
    to: u32,
    /// Index into [`VIA`] and [`FACTOR`].
    via: u8,
    /// 1…3.
    strength: u8,
    dotted: bool,
}

impl Arc {
    fn via(&self) -> &'static str {
        VIA[usize::from(self.via)]
    }
    fn factor(&self) -> f64 {
        let f = FACTOR[usize::from(self.via)][usize::from(self.strength.clamp(1, 3) - 1)];
        if self.dotted { 0.9 * f } else { f }
    }
}

/// The arcs a tie gives, as (from, arc): two, or none for a conflict.
fn arcs_of(t: &crate::model::Tie) -> [Option<(u32, Arc)>; 2] {
    let (a, b) = (t.from as u32, t.to as u32);
    let arc = |to: u32, via: u8| Arc { to, via, strength: t.strength.value(), dotted: t.dotted };
    match t.kind {
        TieKind::Knows => [Some((a, arc(b, 0))), Some((b, arc(a, 0)))],
        TieKind::ReportsTo => [Some((b, arc(a, 1))), Some((a, arc(b, 2)))],
        TieKind::Influences => [Some((a, arc(b, 3))), Some((b, arc(a, 4)))],
        TieKind::Conflict => [None, None],
    }
}

/// The arcs into each person: row starts, then (from whom, index of the arc).
type Reverse = (Vec<u32>, Vec<(u32, u32)>);

/// The introduction graph in compressed rows, with each person's willingness.
pub struct IntroGraph<'g, 'm> {
    g: &'g OrgGraph<'m>,
    start: Vec<u32>,
    arcs: Vec<Arc>,
    /// Willingness to pass us on, and whether it is hostile; None = blocked.
    pass: Vec<Option<(f64, bool)>>,
    /// Off limits: never entered.
    off: Vec<bool>,
    /// The arcs into each person (compressed rows of indices into `arcs`, with the
    /// person they come from), built on the first k-best search only.
    reverse: std::sync::OnceLock<Reverse>,
}

impl<'g, 'm> IntroGraph<'g, 'm> {
    /// Builds the introduction graph. O(P + T): compressed rows by a counting sort on
    /// the source, in two passes over the ties (stable: a row keeps the file's order).
    pub fn new(g: &'g OrgGraph<'m>, opts: PathOptions) -> Self {
        let map = g.map;
        let n = map.people.len();
        // Pairs in conflict: no introduction between them, either way.
        let feud: BTreeSet<(u32, u32)> = map
            .ties
            .iter()
            .filter(|t| t.kind == TieKind::Conflict)
            .map(|t| (t.from.min(t.to) as u32, t.from.max(t.to) as u32))
            .collect();
        let arcs_of = |t: &crate::model::Tie| {
            let mut a = arcs_of(t);
            if !feud.is_empty() && feud.contains(&(t.from.min(t.to) as u32, t.from.max(t.to) as u32)) {
                a = [None, None];
            }
            a
        };
        let mut start = vec![0u32; n + 1];
        for t in &map.ties {
            for (f, _) in arcs_of(t).into_iter().flatten() {
                start[f as usize + 1] += 1;
            }
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut arcs = vec![Arc { to: 0, via: 0, strength: 2, dotted: false }; start[n] as usize];
        for t in &map.ties {
            for (f, a) in arcs_of(t).into_iter().flatten() {
                arcs[fill[f as usize] as usize] = a;
                fill[f as usize] += 1;
            }
        }
        let off = map.off_limits();
        let pass = map
            .people
            .iter()
            .map(|p| {
                if p.side == Side::Ours {
                    return Some((1.0, false));
                }
                let rel = [0.5, 0.65, 0.8, 0.92, 1.0][usize::from(p.relationship.value())];
                let stance = if p.side == Side::Competitor { Stance::Opponent } else { p.stance };
                let (w, hostile) = match stance {
                    Stance::Champion => (1.0, false),
                    Stance::Supporter => (0.85, false),
                    Stance::Neutral => (0.6, false),
                    Stance::Unknown if p.side == Side::Partner => (0.85, false),
                    Stance::Unknown => (0.5, false),
                    Stance::Skeptic => (0.25, true),
                    Stance::Opponent => (0.15, true),
                };
                if hostile && !opts.allow_hostile { None } else { Some((w * rel, hostile)) }
            })
            .collect();
        IntroGraph { g, start, arcs, pass, off, reverse: std::sync::OnceLock::new() }
    }

    fn arcs(&self, u: usize) -> &[Arc] {
        &self.arcs[self.start[u] as usize..self.start[u + 1] as usize]
    }

    /// The reliability of the hop u → v over `arc`, or None when u passes nobody on.
    fn hop(&self, u: usize, arc: &Arc) -> Option<f64> {
        let ours = |x: usize| self.g.map.people[x].side == Side::Ours;
        if ours(u) && ours(arc.to as usize) {
            return Some(0.95);
        }
        self.pass[u].map(|(w, _)| w * arc.factor())
    }

    /// The reliability of the best hop from u to v, or None when there is none (no
    /// tie that carries an introduction, or u passes nobody on).
    pub fn hop_reliability(&self, u: PersonIx, v: PersonIx) -> Option<f64> {
        self.best_arc(u, v).map(|(_, r)| r)
    }

    /// The reliability of a route, unrounded: the product of its hops'.
    pub fn route_reliability(&self, route: &[PersonIx]) -> f64 {
        route.windows(2).map(|w| self.hop_reliability(w[0], w[1]).unwrap_or(0.0)).product()
    }

    /// The people u has a tie to that may carry an introduction (each once, sorted).
    pub fn next_people(&self, u: PersonIx) -> Vec<PersonIx> {
        let mut v: Vec<PersonIx> = self.arcs(u).iter().map(|a| a.to as usize).collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// The best arc from u to v (there may be several ties between two people).
    fn best_arc(&self, u: usize, v: usize) -> Option<(&Arc, f64)> {
        if self.off[v] {
            return None;
        }
        self.arcs(u)
            .iter()
            .filter(|a| a.to as usize == v)
            .filter_map(|a| self.hop(u, a).map(|r| (a, r)))
            .max_by(|x, y| x.1.total_cmp(&y.1).then_with(|| y.0.via.cmp(&x.0.via)))
    }

    /// The arcs into each person: O(P + T), by a counting sort on the arcs' ends.
    fn reverse(&self) -> &Reverse {
        self.reverse.get_or_init(|| {
            let n = self.g.map.people.len();
            let mut start = vec![0u32; n + 1];
            for a in &self.arcs {
                start[a.to as usize + 1] += 1;
            }
            for i in 0..n {
                start[i + 1] += start[i];
            }
            let mut fill = start.clone();
            let mut into = vec![(0u32, 0u32); self.arcs.len()];
            for u in 0..n {
                for ix in self.start[u]..self.start[u + 1] {
                    let v = self.arcs[ix as usize].to as usize;
                    into[fill[v] as usize] = (u as u32, ix);
                    fill[v] += 1;
                }
            }
            (start, into)
        })
    }

    /// The cost (−ln reliability) of the best route from each person to `target`,
    /// ignoring every ban, up to [`MAX_COST`] (infinite beyond): a lower bound on the
    /// cost of any route Yen's spur searches may find, so that they search only toward
    /// the target (A*). Dijkstra over the arcs reversed: O(R log R) for the R people
    /// within reach.
    fn costs_to(&self, target: usize) -> Vec<f64> {
        let (start, into) = self.reverse();
        let mut h = vec![f64::INFINITY; self.g.map.people.len()];
        let mut heap = BinaryHeap::new();
        h[target] = 0.0;
        heap.push(Item(0.0, target));
        while let Some(Item(d, v)) = heap.pop() {
            if d > h[v] {
                continue;
            }
            for &(u, ix) in &into[start[v] as usize..start[v + 1] as usize] {
                let u = u as usize;
                if self.off[u] {
                    continue; // never entered
                }
                let Some(r) = self.hop(u, &self.arcs[ix as usize]) else { continue };
                if r <= 0.0 {
                    continue;
                }
                let nd = d - r.ln();
                if nd <= MAX_COST && nd < h[u] {
                    h[u] = nd;
                    heap.push(Item(nd, u));
                }
            }
        }
        h
    }

    /// Dijkstra from `sources` on −ln(reliability), avoiding the nodes banned in `ws`
    /// and `banned_arcs`; stops once every one of `targets` is settled or the cost
    /// passes `bound`. With `toward` (a lower bound on each person's cost to the single
    /// target, [`IntroGraph::costs_to`]) it is A*: people are taken in order of cost so
    /// far plus that bound, and those who cannot reach the target within `bound` are
    /// never taken. Leaves (cost, predecessor) per node in `ws`, touching only the
    /// people it reaches: O(R log R) for the R people within the bound, not O(P).
    fn dijkstra(
        &self,
        ws: &mut Workspace,
        sources: &[usize],
        targets: &[usize],
        banned_arcs: &[(usize, usize)],
        bound: f64,
        toward: Option<&[f64]>,
    ) {
        let h = |v: usize| toward.map_or(0.0, |h| h[v]);
        ws.reset();
        // Stop once every target is settled (every hop costs more than nothing, so a
        // settled route never changes).
        let mut left = 0usize;
        for &t in targets {
            if !ws.waiting[t] {
                ws.waiting[t] = true;
                ws.touched.push(t as u32);
                left += 1;
            }
        }
        for &s in sources {
            if !ws.banned[s] && ws.dist[s] > 0.0 && h(s) <= MAX_COST {
                ws.set(s, 0.0, u32::MAX);
                ws.heap.push(Item(h(s), s));
            }
        }
        let bound = bound.min(MAX_COST);
        while let Some(Item(f, u)) = ws.heap.pop() {
            let d = ws.dist[u];
            if f > d + h(u) {
                continue;
            }
            if f > bound {
                break; // every route from here on is too unreliable, or not needed
            }
            if ws.waiting[u] {
                ws.waiting[u] = false;
                left -= 1;
                if left == 0 {
                    break;
                }
            }
            for a in self.arcs(u) {
                let v = a.to as usize;
                if ws.banned[v] || self.off[v] || banned_arcs.contains(&(u, v)) {
                    continue;
                }
                let Some(r) = self.hop(u, a) else { break };
                if r <= 0.0 {
                    continue;
                }
                let nd = d - r.ln();
                // Equal costs: the lower predecessor wins, for deterministic routes;
                // a source keeps no predecessor.
                let (dv, pv) = (ws.dist[v], ws.pred[v]);
                if nd < dv || (nd == dv && pv != u32::MAX && (u as u32) < pv) {
                    let fv = nd + h(v);
                    if fv > bound {
                        continue; // cannot reach the target within the bound
                    }
                    ws.set(v, nd, u as u32);
                    ws.heap.push(Item(fv, v));
                }
            }
        }
    }

    /// The route to `t` by predecessors, back to a node without one (a source).
    fn walk_back(pred: &[u32], t: usize) -> Vec<usize> {
        let mut path = vec![t];
        let mut x = t;
        while pred[x] != u32::MAX && path.len() <= pred.len() {
            x = pred[x] as usize;
            path.push(x);
        }
        path.reverse();
        path
    }

    /// Our people to start from: `from` if given, else everyone on our side.
    pub fn sources(&self, from: Option<PersonIx>) -> Vec<usize> {
        match from {
            Some(f) => vec![f],
            None => {
                (0..self.g.map.people.len()).filter(|&i| self.g.map.people[i].side == Side::Ours).collect()
            }
        }
    }

    /// The best route to each target, from one search. O((P + T) log P).
    pub fn best_to_all(&self, from: Option<PersonIx>, targets: &[PersonIx]) -> Vec<CoachPath> {
        self.best_to_each(from, targets).into_iter().flatten().collect()
    }

    /// The best route to each target (None when there is none), from one search, in
    /// the targets' order. A target's route does not depend on the other targets (every
    /// hop costs more than nothing, so a settled route never changes), so one search
    /// can serve several lists of targets. O((P + T) log P + S log S) for S sources.
    pub fn best_to_each(&self, from: Option<PersonIx>, targets: &[PersonIx]) -> Vec<Option<CoachPath>> {
        let mut sources = self.sources(from);
        let mut ws = Workspace::new(self.g.map.people.len());
        self.dijkstra(&mut ws, &sources, targets, &[], MAX_COST, None);
        sources.sort_unstable();
        targets
            .iter()
            .map(|&t| {
                (ws.dist[t] <= MAX_COST && sources.binary_search(&t).is_err())
                    .then(|| self.describe(Self::walk_back(&ws.pred, t)))
            })
            .collect()
    }

    /// The k best loopless routes to `target` (Yen's algorithm), best first.
    ///
    /// One workspace of O(P) is allocated per call and reused by every spur search,
    /// which touches (and resets) only the people it reaches. Every search is A*
    /// toward the target, guided by the exact cost from each person to the target when
    /// nothing is banned (one reverse search per call, [`IntroGraph::costs_to`]), and
    /// stops at the cost of the worst candidate still needed (once there are enough
    /// candidates, a costlier spur can never be chosen) and at [`MIN_RELIABILITY`].
    /// So a call costs O(P + T) for the arrays and the reverse search, plus
    /// O(k · L · C log C) for routes of L hops, C being the people whose best route
    /// through them is within the bound — near the best route, not the whole map.
    pub fn k_best(&self, from: Option<PersonIx>, target: PersonIx, k: usize) -> Vec<CoachPath> {
        let sources = self.sources(from);
        if k == 0 || sources.contains(&target) || sources.is_empty() {
            return Vec::new();
        }
        let toward = self.costs_to(target);
        if sources.iter().all(|&s| toward[s] > MAX_COST) {
            return Vec::new();
        }
        let mut ws = Workspace::new(self.g.map.people.len());
        self.dijkstra(&mut ws, &sources, &[target], &[], MAX_COST, Some(&toward));
        if ws.dist[target] > MAX_COST {
            return Vec::new();
        }
        let mut found: Vec<(f64, Vec<usize>)> = vec![(ws.dist[target], Self::walk_back(&ws.pred, target))];
        let mut candidates: Vec<(f64, Vec<usize>)> = Vec::new();
        let mut used = vec![false; sources.len()];
        while found.len() < k {
            let prev = found.last().map(|f| f.1.clone()).unwrap_or_default();
            // Spur at the virtual start: routes from our other people. Those already
            // used as starts are banned outright: a route through one of them is that
            // route with a colleague in front.
            for f in &found {
                if let Ok(j) = sources.binary_search(&f.1[0]) {
                    used[j] = true;
                }
            }
            let fresh: Vec<usize> =
                sources.iter().zip(&used).filter(|(_, u)| !**u).map(|(&s, _)| s).collect();
            if !fresh.is_empty() {
                let banned: Vec<usize> =
                    sources.iter().zip(&used).filter(|(_, u)| **u).map(|(&s, _)| s).collect();
                let bound = needed_bound(&candidates, k - found.len(), 0.0);
                if let Some(path) = self.spur(&mut ws, &toward, &fresh, target, &banned, &[], bound) {
                    self.offer(path, &found, &mut candidates);
                }
            }
            let mut root_cost = 0.0;
            for i in 0..prev.len().saturating_sub(1) {
                if i > 0 {
                    root_cost += self.best_arc(prev[i - 1], prev[i]).map_or(f64::INFINITY, |(_, r)| -r.ln());
                }
                let root = &prev[..=i];
                let spur = prev[i];
                let mut banned_arcs = Vec::new();
                for (_, p) in &found {
                    if p.len() > i + 1 && p[..=i] == *root && !banned_arcs.contains(&(p[i], p[i + 1])) {
                        banned_arcs.push((p[i], p[i + 1]));
                    }
                }
                // The root's earlier people, and our other people: a route starts at
                // exactly one of ours.
                let banned: Vec<usize> =
                    root[..i].iter().chain(&sources).copied().filter(|&x| x != spur).collect();
                let bound = needed_bound(&candidates, k - found.len(), root_cost);
                let Some(tail) = self.spur(&mut ws, &toward, &[spur], target, &banned, &banned_arcs, bound)
                else {
                    continue;
                };
                let mut path = root[..i].to_vec();
                path.extend(tail);
                self.offer(path, &found, &mut candidates);
            }
            if candidates.is_empty() {
                break;
            }
            candidates.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
            found.push(candidates.remove(0));
        }
        found.into_iter().map(|(_, p)| self.describe(p)).collect()
    }

    /// One spur search of Yen's algorithm: the best route from `from` to `target`
    /// avoiding `banned` people and arcs, within `bound`; the bans are lifted after.
    #[allow(clippy::too_many_arguments)]
    fn spur(
        &self,
        ws: &mut Workspace,
        toward: &[f64],
        from: &[usize],
        target: usize,
        banned: &[usize],
        banned_arcs: &[(usize, usize)],
        bound: f64,
    ) -> Option<Vec<usize>> {
        for &x in banned {
            ws.banned[x] = true;
        }
        self.dijkstra(ws, from, &[target], banned_arcs, bound, Some(toward));
        for &x in banned {
            ws.banned[x] = false;
        }
        (ws.dist[target] <= bound.min(MAX_COST)).then(|| Self::walk_back(&ws.pred, target))
    }

    /// Adds a route to Yen's candidates unless it is known already.
    fn offer(&self, path: Vec<usize>, found: &[(f64, Vec<usize>)], candidates: &mut Vec<(f64, Vec<usize>)>) {
        let cost = self.cost(&path);
        if cost <= MAX_COST && !found.iter().any(|f| f.1 == path) && !candidates.iter().any(|c| c.1 == path) {
            candidates.push((cost, path));
        }
    }

    fn cost(&self, path: &[usize]) -> f64 {
        path.windows(2).map(|w| self.best_arc(w[0], w[1]).map_or(f64::INFINITY, |(_, r)| -r.ln())).sum()
    }

    fn describe(&self, path: Vec<usize>) -> CoachPath {
        let map = self.g.map;
        let mut steps = Vec::new();
        let mut reliability = 1.0;
        let mut hostile = false;
        for w in path.windows(2) {
            let (u, v) = (w[0], w[1]);
            let Some((arc, r)) = self.best_arc(u, v) else { continue };
            let h = self.pass[u].is_some_and(|(_, h)| h) && map.people[u].side != Side::Ours;
            hostile |= h;
            reliability *= r;
            steps.push(Hop {
                from: map.people[u].id.clone(),
                to: map.people[v].id.clone(),
                via: arc.via(),
                reliability: super::rank::round2(r),
                reason: hop_reason(self.g, u, v, arc.via()),
                hostile: h,
            });
        }
        let target = path.last().map(|&t| map.people[t].id.clone()).unwrap_or_default();
        CoachPath {
            target,
            ids: path.iter().map(|&i| map.people[i].id.clone()).collect(),
            people: path,
            reliability: super::rank::round2(reliability),
            steps,
            hostile,
        }
    }
}

fn hop_reason(g: &OrgGraph, u: usize, v: usize, via: &str) -> Msg {
    let (pu, pv) = (&g.map.people[u], &g.map.people[v]);
    let key = match via {
        "knows" => "route-knows",
        "reports_to down" => "route-manager-of",
        "reports_to up" => "route-reports-to",
        "influences forward" => "route-sways",
        _ => "route-listens",
    };
    let introducer = if pu.side == Side::Ours {
        Msg::new("route-introducer-ours")
    } else {
        let key = match pu.stance {
            Stance::Champion => "route-introducer-champion",
            Stance::Supporter => "route-introducer-supporter",
            Stance::Neutral => "route-introducer-neutral",
            Stance::Unknown => "route-introducer-unknown",
            Stance::Skeptic => "route-introducer-skeptic",
            Stance::Opponent => "route-introducer-opponent",
        };
        super::person(Msg::new(key), "who", "who_id", pu)
            .arg("stage", pu.relationship.value())
            .arg("stage_name", pu.relationship.term())
    };
    let m = super::person(Msg::new(key), "from", "from_id", pu);
    super::person(m, "to", "to_id", pv).arg("introducer", introducer)
}

/// How far a spur search whose root costs `root_cost` needs to look: with at least
/// `needed` candidates known, a spur costlier than the `needed`-th best of them can
/// never be chosen (a little slack for rounding keeps equal costs, which the route
/// order breaks).
fn needed_bound(candidates: &[(f64, Vec<usize>)], needed: usize, root_cost: f64) -> f64 {
    if needed == 0 || candidates.len() < needed {
        return MAX_COST;
    }
    let mut costs: Vec<f64> = candidates.iter().map(|c| c.0).collect();
    costs.sort_by(f64::total_cmp);
    costs[needed - 1] - root_cost + 1e-9
}

/// The state of a search, allocated once and reused: each search resets only what the
/// one before touched.
struct Workspace {
    dist: Vec<f64>,
    pred: Vec<u32>,
    banned: Vec<bool>,
    waiting: Vec<bool>,
    touched: Vec<u32>,
    heap: BinaryHeap<Item>,
}

impl Workspace {
    fn new(n: usize) -> Workspace {
        Workspace {
            dist: vec![f64::INFINITY; n],
            pred: vec![u32::MAX; n],
            banned: vec![false; n],
            waiting: vec![false; n],
            touched: Vec::new(),
            heap: BinaryHeap::new(),
        }
    }

    fn set(&mut self, v: usize, d: f64, pred: u32) {
        if self.dist[v].is_infinite() && self.pred[v] == u32::MAX {
            self.touched.push(v as u32);
        }
        self.dist[v] = d;
        self.pred[v] = pred;
    }

    fn reset(&mut self) {
        for &u in &self.touched {
            let u = u as usize;
            self.dist[u] = f64::INFINITY;
            self.pred[u] = u32::MAX;
            self.waiting[u] = false;
        }
        self.touched.clear();
        self.heap.clear();
    }
}

#[derive(Debug, PartialEq)]
struct Item(f64, usize);
impl Eq for Item {}
impl Ord for Item {
    fn cmp(&self, o: &Self) -> Ordering {
        o.0.total_cmp(&self.0).then_with(|| o.1.cmp(&self.1))
    }
}
impl PartialOrd for Item {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
