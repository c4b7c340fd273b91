//! What a diagram shows: the [`Scene`] (people, units and ties to draw, and the
//! overlay marks) chosen by the view (`org`, `influence`, `coverage`, `full`, and
//! `overview`, which shows everyone and counts them by unit) and the
//! `--around ID --depth N` neighbourhood. Every renderer draws a scene, so the formats agree.

use std::collections::VecDeque;

use crate::graph::OrgGraph;
use crate::model::{Map, PersonIx, UnitIx};
use crate::render::{Options, Overlay, View};
use crate::vocab::{Side, TieKind};

/// The people, units and ties one diagram draws, in fixed (file) order.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    /// People shown, ascending.
    pub people: Vec<PersonIx>,
    /// Per person: shown?
    pub shown: Vec<bool>,
    /// Ties shown (indices into `map.ties`), ascending.
    pub ties: Vec<usize>,
    /// Units drawn as groups, ascending.
    pub units: Vec<UnitIx>,
    /// Per unit: drawn?
    pub unit_shown: Vec<bool>,
    /// Tie kinds this view draws (for the legend), in the format's order.
    pub kinds: Vec<TieKind>,
    /// Reporting lines are drawn light (the view is about something else).
    pub faint_reporting: bool,
    /// Per person: rank among the top decision-maker candidates, if one.
    pub top_rank: Vec<Option<usize>>,
    /// Consecutive hops of the coach path, both ends shown.
    pub path_edges: Vec<(PersonIx, PersonIx)>,
    /// Per person: known not to be reached by us (customer people only, when the overlay says).
    pub unreached: Vec<bool>,
}

/// The tie kinds a view draws.
pub fn view_kinds(view: View) -> Vec<TieKind> {
    match view {
        View::Org => vec![TieKind::ReportsTo],
        View::Influence => vec![TieKind::ReportsTo, TieKind::Influences, TieKind::Conflict],
        View::Coverage => vec![TieKind::ReportsTo, TieKind::Knows],
        View::Full | View::Overview => {
            vec![TieKind::ReportsTo, TieKind::Influences, TieKind::Knows, TieKind::Conflict]
        }
    }
}

/// Does a view show this side? `org` and `influence` are the customer's organization
/// (partners and competitors too in `influence`); `coverage` and `full` show everyone.
fn side_in_view(view: View, side: Side) -> bool {
    match view {
        View::Org => side == Side::Customer,
        View::Influence => side != Side::Ours,
        View::Coverage | View::Full | View::Overview => true,
    }
}

/// People within `depth` ties (of any kind, either direction) of `center`. Breadth-first, O(P + T).
pub fn neighbourhood(g: &OrgGraph, center: PersonIx, depth: usize) -> Vec<bool> {
    let n = g.map.people.len();
    let mut dist = vec![usize::MAX; n];
    let mut adj: Vec<Vec<PersonIx>> = vec![Vec::new(); n];
    for t in &g.map.ties {
        adj[t.from].push(t.to);
        adj[t.to].push(t.from);
    }
    let mut q = VecDeque::new();
    if center < n {
        dist[center] = 0;
        q.push_back(center);
    }
    while let Some(p) = q.pop_front() {
        if dist[p] >= depth {
            continue;
        }
        for &o in &adj[p] {
            if dist[o] == usize::MAX {
                dist[o] = dist[p] + 1;
                q.push_back(o);
            }
        }
    }
    dist.iter().map(|&d| d != usize::MAX).collect()
}

/// Chooses what to draw. O(P + T + U·depth).
pub fn scene(g: &OrgGraph, overlay: &Overlay, opts: &Options) -> Scene {
    let map = g.map;
    let n = map.people.len();
    let near = opts.around.map(|(c, d)| neighbourhood(g, c, d));
    let mut shown: Vec<bool> = (0..n)
        .map(|p| side_in_view(opts.view, map.people[p].side) && near.as_ref().is_none_or(|v| v[p]))
        .collect();
    if let Some((c, _)) = opts.around
        && c < n
    {
        shown[c] = true;
    }
    let path: Vec<PersonIx> = overlay.path.iter().copied().filter(|&p| p < n).collect();
    for &p in &path {
        shown[p] = true;
    }
    let kinds = view_kinds(opts.view);
    let ties: Vec<usize> = map
        .ties
        .iter()
        .enumerate()
        .filter(|(_, t)| kinds.contains(&t.kind) && shown[t.from] && shown[t.to])
        .map(|(i, _)| i)
        .collect();
    let unit_shown = units_shown(map, &shown, opts.around.is_none());
    let mut top_rank = vec![None; n];
    for (r, &p) in overlay.top.iter().enumerate() {
        if p < n && top_rank[p].is_none() {
            top_rank[p] = Some(r);
        }
    }
    let path_edges = path.windows(2).filter(|w| w[0] != w[1]).map(|w| (w[0], w[1])).collect();
    let show_reach =
        matches!(opts.view, View::Coverage | View::Full | View::Overview) && overlay.reached.len() == n;
    let unreached =
        (0..n).map(|p| show_reach && map.people[p].side == Side::Customer && !overlay.reached[p]).collect();
    Scene {
        people: (0..n).filter(|&p| shown[p]).collect(),
        shown,
        ties,
        units: unit_shown.iter().enumerate().filter(|(_, s)| **s).map(|(u, _)| u).collect(),
        unit_shown,
        kinds,
        faint_reporting: matches!(opts.view, View::Influence | View::Coverage),
        top_rank,
        path_edges,
        unreached,
    }
}

/// Units to draw: every unit holding a shown person somewhere below it, and (when
/// `keep_empty`) units with nobody at all below them, so gaps in the map stay visible.
/// O(P·depth + U·depth).
fn units_shown(map: &Map, shown: &[bool], keep_empty: bool) -> Vec<bool> {
    let u = map.units.len();
    let mut has_shown = vec![false; u];
    let mut has_any = vec![false; u];
    for (p, person) in map.people.iter().enumerate() {
        let mut cur = person.unit;
        let mut steps = 0;
        while let Some(x) = cur {
            has_any[x] = true;
            has_shown[x] |= shown[p];
            cur = map.units[x].parent;
            steps += 1;
            if steps > u {
                break;
            }
        }
    }
    let mut out: Vec<bool> = (0..u).map(|x| has_shown[x] || (keep_empty && !has_any[x])).collect();
    // An empty unit is drawn only inside a drawn parent (or at the top).
    for x in 0..u {
        if out[x] && !has_shown[x] {
            let mut cur = map.units[x].parent;
            let mut steps = 0;
            while let Some(pu) = cur {
                if has_any[pu] && !has_shown[pu] {
                    out[x] = false;
                    break;
                }
                cur = map.units[pu].parent;
                steps += 1;
                if steps > u {
                    break;
                }
            }
        }
    }
    out
}

/// The group a person is drawn in: their unit when it is drawn, else a group for our
/// side or for partners and competitors, else none (the top level).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Group {
    /// A unit of the map.
    Unit(UnitIx),
    /// Our people who have no unit.
    OurSide,
    /// Partners and competitors who have no unit.
    Others,
    /// No group.
    Top,
}

impl Scene {
    /// The people of each group, in drawing order. O(people drawn · log groups).
    pub fn members(&self, map: &Map) -> std::collections::BTreeMap<Group, Vec<PersonIx>> {
        let mut members: std::collections::BTreeMap<Group, Vec<PersonIx>> = std::collections::BTreeMap::new();
        for &p in &self.people {
            members.entry(self.group_of(map, p)).or_default().push(p);
        }
        members
    }

    /// The group person `p` is drawn in.
    pub fn group_of(&self, map: &Map, p: PersonIx) -> Group {
        let person = &map.people[p];
        match person.unit {
            Some(u) if self.unit_shown[u] => Group::Unit(u),
            _ => match person.side {
                Side::Ours => Group::OurSide,
                Side::Partner | Side::Competitor => Group::Others,
                Side::Customer => Group::Top,
            },
        }
    }

    /// The drawn parent of a drawn unit (None at the top).
    pub fn parent_of(&self, map: &Map, u: UnitIx) -> Option<UnitIx> {
        map.units[u].parent.filter(|&p| self.unit_shown[p])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_json_str;

    fn nc() -> Map {
        load_json_str(crate::load::EMBEDDED_MAP, "nc").unwrap().map
    }

    #[test]
    fn org_view_hides_our_side_and_non_reporting_ties() {
        let map = nc();
        let g = OrgGraph::new(&map);
        let s = scene(&g, &Overlay::default(), &Options { view: View::Org, ..Options::default() });
        let me = map.person_ix("me").unwrap();
        assert!(!s.shown[me]);
        assert!(s.ties.iter().all(|&t| map.ties[t].kind == TieKind::ReportsTo));
        let ours = map.units.iter().position(|u| u.id == "ours").unwrap();
        assert!(!s.unit_shown[ours], "a unit whose people are all hidden is not drawn");
    }

    #[test]
    fn around_keeps_the_neighbourhood_and_path() {
        let map = nc();
        let g = OrgGraph::new(&map);
        let zhang = map.person_ix("zhang").unwrap();
        let head = map.person_ix("bureau_head").unwrap();
        let o = Overlay { path: vec![head], ..Overlay::default() };
        let s = scene(&g, &o, &Options { view: View::Full, around: Some((zhang, 1)), ..Options::default() });
        let names: Vec<&str> = s.people.iter().map(|&p| map.people[p].id.as_str()).collect();
        assert_eq!(names, ["bureau_head", "ma", "zhang", "me"]);
    }

    #[test]
    fn neighbourhood_depth_zero_is_the_centre_alone() {
        let map = nc();
        let g = OrgGraph::new(&map);
        let v = neighbourhood(&g, 0, 0);
        assert_eq!(v.iter().filter(|x| **x).count(), 1);
    }
}
