//! The graph built once from a validated map, for every analysis to share: people as
//! nodes (node `i` is person `i`), ties as typed edges, and each person's level, as
//! written or derived from the reporting lines.

use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};

use crate::model::{Map, PersonIx};
use crate::vocab::{Strength, TieKind};

/// An edge: one tie of the map. Symmetric ties (knows, conflict) are stored once, in
/// the direction written; use [`OrgGraph::neighbors`] to walk them both ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    /// What the tie is.
    pub kind: TieKind,
    /// 1…3.
    pub strength: Strength,
    /// A dotted reporting line.
    pub dotted: bool,
    /// Index of the tie in [`Map::ties`].
    pub tie: usize,
}

/// The organization as a graph, with derived levels.
#[derive(Debug, Clone)]
pub struct OrgGraph<'m> {
    /// The map it was built from.
    pub map: &'m Map,
    /// Node `i` is person `i`; edges are ties.
    pub graph: DiGraph<PersonIx, Edge, u32>,
    /// Each person's level: as written, else derived from solid reporting lines
    /// (one below their highest-ranked manager); `None` for people outside any
    /// reporting line with no level written.
    pub level: Vec<Option<u32>>,
}

/// People and ties from which a graph's parts are built on two threads: below it, a
/// thread would cost more than it saves.
const SIDE_BY_SIDE: usize = 1 << 14;

impl<'m> OrgGraph<'m> {
    /// Builds the graph. O(P + T).
    pub fn new(map: &'m Map) -> OrgGraph<'m> {
        let graph = || {
            let mut graph = DiGraph::with_capacity(map.people.len(), map.ties.len());
            for i in 0..map.people.len() {
                graph.add_node(i);
            }
            for (ti, t) in map.ties.iter().enumerate() {
                graph.add_edge(
                    NodeIndex::new(t.from),
                    NodeIndex::new(t.to),
                    Edge { kind: t.kind, strength: t.strength, dotted: t.dotted, tie: ti },
                );
            }
            graph
        };
        // The graph and the levels are independent: for a big map, built side by side.
        let (graph, level) = if map.people.len() + map.ties.len() >= SIDE_BY_SIDE {
            crate::par::join(graph, || derive_levels(map))
        } else {
            (graph(), derive_levels(map))
        };
        OrgGraph { map, graph, level }
    }

    /// The node of a person.
    pub fn node(p: PersonIx) -> NodeIndex {
        NodeIndex::new(p)
    }

    /// Ties of `kind` leaving `p` (for symmetric kinds, every tie touching `p`), as
    /// `(other person, edge)`. O(degree).
    pub fn neighbors(&self, p: PersonIx, kind: TieKind) -> impl Iterator<Item = (PersonIx, &Edge)> + '_ {
        let out = self
            .graph
            .edges_directed(Self::node(p), Direction::Outgoing)
            .map(|e| (e.target().index(), e.weight()));
        let inc = self
            .graph
            .edges_directed(Self::node(p), Direction::Incoming)
            .filter(move |_| kind.is_symmetric())
            .map(|e| (e.source().index(), e.weight()));
        out.chain(inc).filter(move |(_, e)| e.kind == kind)
    }

    /// Ties of `kind` arriving at `p` (for symmetric kinds, the same as [`neighbors`](Self::neighbors)).
    pub fn incoming(&self, p: PersonIx, kind: TieKind) -> impl Iterator<Item = (PersonIx, &Edge)> + '_ {
        let inc = self
            .graph
            .edges_directed(Self::node(p), Direction::Incoming)
            .map(|e| (e.source().index(), e.weight()));
        let out = self
            .graph
            .edges_directed(Self::node(p), Direction::Outgoing)
            .filter(move |_| kind.is_symmetric())
            .map(|e| (e.target().index(), e.weight()));
        inc.chain(out).filter(move |(_, e)| e.kind == kind)
    }

    /// The solid-line managers of `p`.
    pub fn managers(&self, p: PersonIx) -> impl Iterator<Item = PersonIx> + '_ {
        self.neighbors(p, TieKind::ReportsTo).filter(|(_, e)| !e.dotted).map(|(m, _)| m)
    }
}

use petgraph::visit::EdgeRef;

use crate::lists::Lists;

/// The solid reporting lines of a map: each person's managers and direct reports, and
/// an order of people from the top down (every manager before their reports).
#[derive(Debug, Clone, Default)]
pub struct Reporting {
    /// Solid-line managers of each person.
    pub managers: Lists<PersonIx>,
    /// Direct solid-line reports of each person.
    pub reports: Lists<PersonIx>,
    /// Top-down order (Kahn's algorithm; solid lines are acyclic in a valid map).
    pub order: Vec<PersonIx>,
}

impl Reporting {
    /// Builds it. O(P + T).
    pub fn of(map: &Map) -> Reporting {
        let n = map.people.len();
        let solid = || map.ties.iter().filter(|t| t.kind == TieKind::ReportsTo && !t.dotted);
        let managers = Lists::build(n, solid().map(|t| (t.from, t.to)));
        let reports = Lists::build(n, solid().map(|t| (t.to, t.from)));
        let mut indeg: Vec<usize> = managers.iter().map(<[PersonIx]>::len).collect();
        let mut order: Vec<PersonIx> = (0..n).filter(|&i| indeg[i] == 0).collect();
        let mut head = 0;
        while head < order.len() {
            let p = order[head];
            head += 1;
            for &r in &reports[p] {
                indeg[r] -= 1;
                if indeg[r] == 0 {
                    order.push(r);
                }
            }
        }
        Reporting { managers, reports, order }
    }
}

/// Levels from solid reporting lines. A person with a level written keeps it; below a
/// manager, one more than the manager's (the highest-ranked, if several); a top person
/// with no level written takes the level implied by the nearest subordinate who has one
/// (their level minus the distance), else 1. O(P + T).
pub fn derive_levels(map: &Map) -> Vec<Option<u32>> {
    let Reporting { managers, reports, order } = Reporting::of(map);
    // Bottom-up: the level a person would have, implied by written levels below them.
    let mut hint: Vec<Option<i64>> = map.people.iter().map(|p| p.level.map(i64::from)).collect();
    for &p in order.iter().rev() {
        if hint[p].is_none() {
            hint[p] = reports[p].iter().filter_map(|&r| hint[r]).min().map(|h| h - 1);
        }
    }
    let mut level: Vec<Option<u32>> = map.people.iter().map(|p| p.level).collect();
    for &p in &order {
        if level[p].is_some() {
            continue;
        }
        let from_managers = managers[p].iter().filter_map(|&m| level[m]).min().map(|l| l + 1);
        level[p] = from_managers.or_else(|| {
            let in_chart = !reports[p].is_empty() || !managers[p].is_empty();
            in_chart.then(|| hint[p].unwrap_or(1).max(1) as u32)
        });
    }
    level
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Person, Tie};

    fn map(levels: &[Option<u32>], reports: &[(usize, usize)]) -> Map {
        let mut m = Map::default();
        for (i, l) in levels.iter().enumerate() {
            let mut p = Person::new(format!("p{i}"));
            p.level = *l;
            m.people.push(p);
        }
        for &(a, b) in reports {
            m.ties.push(Tie {
                from: a,
                to: b,
                kind: TieKind::ReportsTo,
                strength: Strength::Medium,
                dotted: false,
                note: None,
            });
        }
        m
    }

    #[test]
    fn levels_follow_reporting_lines() {
        let m = map(&[None, None, None, None], &[(1, 0), (2, 1)]);
        assert_eq!(derive_levels(&m), vec![Some(1), Some(2), Some(3), None]);
    }

    #[test]
    fn written_levels_win_and_imply_the_top() {
        // p2 is written as level 4, two below p0, so p0 is level 2 and p1 level 3.
        let m = map(&[None, None, Some(4)], &[(1, 0), (2, 1)]);
        assert_eq!(derive_levels(&m), vec![Some(2), Some(3), Some(4)]);
    }

    #[test]
    fn neighbors_walk_symmetric_ties_both_ways() {
        let mut m = map(&[None, None], &[]);
        m.ties.push(Tie {
            from: 0,
            to: 1,
            kind: TieKind::Knows,
            strength: Strength::Strong,
            dotted: false,
            note: None,
        });
        let g = OrgGraph::new(&m);
        assert_eq!(g.neighbors(1, TieKind::Knows).map(|(p, _)| p).collect::<Vec<_>>(), vec![0]);
        assert_eq!(g.neighbors(0, TieKind::Knows).map(|(p, _)| p).collect::<Vec<_>>(), vec![1]);
        assert_eq!(g.neighbors(0, TieKind::Influences).count(), 0);
    }
}
