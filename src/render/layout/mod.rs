//! The built-in layout of a scene, for SVG without Graphviz: people in rows by level,
//! units as nested, non-overlapping column bands (so unit boxes never cross), and
//! crossing reduction by barycentres over reporting lines only (influence and other ties
//! never move anyone, so they cannot tangle the picture; people the reporting lines do
//! not sort keep the map's order). Every line is then routed through the free channels
//! between the boxes ([`route`]).
//!
//! Cost: O(I · (P + T·d + G log G)) for P people, T reporting ties, G groups of depth at
//! most d, with I = [`ITERATIONS`] reordering passes: linear in practice (2000 people in
//! milliseconds), with no step that can hang.

use std::collections::BTreeMap;

use crate::model::{Map, PersonIx};
use crate::render::style::{self, text_em};
use crate::render::view::{Group, Scene};
use crate::render::{Options, style::Word};
use crate::vocab::TieKind;

mod bands;
mod order;
pub mod route;
mod shelves;

use bands::{collect_boxes, measure, place, spans};
use order::reorder;

/// Font size of box text, px.
pub const FONT: f64 = 12.0;
/// Line height of box text, px.
pub const LINE_H: f64 = 16.0;
/// Height of every person box, px (three lines).
pub const BOX_H: f64 = 3.0 * LINE_H + 10.0;
/// Height of a unit's label band, px.
pub const LABEL_H: f64 = 18.0;
/// Space below the last row inside a unit box, per nesting level, px.
pub const BOTTOM_PAD: f64 = 8.0;
/// Horizontal padding inside a unit box, px.
pub const SIDE_PAD: f64 = 10.0;
/// Gap between boxes in a row, px.
pub const NODE_GAP: f64 = 14.0;
/// Gap between columns (sibling units), px.
pub const ITEM_GAP: f64 = 18.0;
/// Height of the title band, px.
pub const TITLE_H: f64 = 30.0;
/// Margin around the drawing, px.
pub const MARGIN: f64 = 16.0;
/// Vertical gap between wrapped lines of one row, px.
pub const WRAP_GAP: f64 = 16.0;

/// How many boxes one line of a row holds before it wraps: all of a short row; about
/// √(3n) of a long one, so a manager with fifty reports gets a block, not a strip.
pub fn wrap_len(n: usize) -> usize {
    if n <= 8 { n.max(1) } else { ((3 * n) as f64).sqrt().ceil() as usize }
}

fn line_width(ps: &[PersonIx], width: &[f64]) -> f64 {
    ps.iter().map(|&p| width[p]).sum::<f64>() + NODE_GAP * (ps.len().saturating_sub(1)) as f64
}

/// Reordering passes (even, so the last one orders managers over their subordinates).
pub const ITERATIONS: usize = 6;

/// A person's box.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeBox {
    /// Who.
    pub person: PersonIx,
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
    /// The lines of text (unescaped).
    pub lines: Vec<String>,
}

impl NodeBox {
    /// Centre point.
    pub fn center(&self) -> (f64, f64) {
        (self.x + self.w / 2.0, self.y + self.h / 2.0)
    }
}

/// A unit (or virtual group) box.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupBox {
    /// Label (unescaped).
    pub label: String,
    /// Left, top, width, height.
    pub x: f64,
    /// Top.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
    /// Nobody shown inside it (drawn dashed).
    pub empty: bool,
    /// A virtual group (our side, others), not a unit of the map.
    pub virtual_group: bool,
}

/// A laid-out scene.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Person boxes, in scene order.
    pub nodes: Vec<NodeBox>,
    /// Per person: index into `nodes`, if shown.
    pub node_of: Vec<Option<usize>>,
    /// Group boxes, outermost first.
    pub groups: Vec<GroupBox>,
    /// Width of the drawing.
    pub width: f64,
    /// Height of the drawing (without the legend).
    pub height: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Item {
    Own,
    Child(usize),
}

#[derive(Debug, Default)]
struct G {
    label: String,
    boxed: bool,
    virtual_group: bool,
    depth: usize,
    items: Vec<Item>,
    /// Own people by rank, in order.
    rows: BTreeMap<usize, Vec<PersonIx>>,
    own_w: f64,
    w: f64,
    x: f64,
    min_rank: Option<usize>,
    max_rank: Option<usize>,
    /// The items in shelves, top to bottom (one shelf unless they are too wide).
    shelves: Vec<Vec<Item>>,
    /// Wrapped lines in each of the group's rows.
    prof: Vec<usize>,
    /// Per shelf: its first row among the group's rows, and the level it starts at.
    bases: Vec<(usize, usize)>,
    /// The level the group starts at (its first shelf's).
    start: usize,
    /// The group's first row in the picture.
    vbase: usize,
}

/// Lays out a scene. Never panics; an empty scene gives an empty layout.
pub fn layout(map: &Map, scene: &Scene, opts: &Options) -> Layout {
    let n = map.people.len();
    // Box sizes and text.
    let mut width = vec![0.0; n];
    let mut lines = vec![Vec::new(); n];
    for &p in &scene.people {
        let l = style::person_lines(map, p, scene.top_rank[p], opts.lang);
        let em = l.iter().map(|s| text_em(s)).fold(0.0, f64::max);
        width[p] = (em * FONT + 20.0).max(90.0).round();
        lines[p] = l;
    }
    let rank = ranks(map, scene);
    // Group arena: 0 is the top level.
    let mut gs: Vec<G> = vec![G::default()];
    let mut gix: BTreeMap<Group, usize> = BTreeMap::new();
    gix.insert(Group::Top, 0);
    let children = crate::render::dot::unit_children(map, scene);
    fn add_unit(
        map: &Map,
        u: usize,
        depth: usize,
        children: &[Vec<usize>],
        gs: &mut Vec<G>,
        gix: &mut BTreeMap<Group, usize>,
    ) -> usize {
        let i = gs.len();
        gs.push(G { label: map.units[u].display_name().to_string(), boxed: true, depth, ..G::default() });
        gix.insert(Group::Unit(u), i);
        for &c in &children[u] {
            let ci = add_unit(map, c, depth + 1, children, gs, gix);
            gs[i].items.push(Item::Child(ci));
        }
        i
    }
    for &u in &scene.units {
        if scene.parent_of(map, u).is_none() {
            let ci = add_unit(map, u, 1, &children, &mut gs, &mut gix);
            gs[0].items.push(Item::Child(ci));
        }
    }
    let mut group_of = vec![0usize; n];
    for &p in &scene.people {
        let g = scene.group_of(map, p);
        let gi = match gix.get(&g) {
            Some(&gi) => gi,
            None => {
                let word = if g == Group::OurSide { Word::OurSide } else { Word::Others };
                let i = gs.len();
                gs.push(G {
                    label: style::word(word, opts.lang),
                    boxed: true,
                    virtual_group: true,
                    depth: 1,
                    ..G::default()
                });
                gix.insert(g, i);
                gs[0].items.push(Item::Child(i));
                i
            }
        };
        group_of[p] = gi;
        gs[gi].rows.entry(rank[p]).or_default().push(p);
    }
    // Own columns go in the middle of their siblings to start with.
    for g in gs.iter_mut() {
        if !g.rows.is_empty() {
            let mid = g.items.len() / 2;
            g.items.insert(mid, Item::Own);
        }
    }
    let parent = parents(&gs);
    // Ancestors of each person's group (for "is this neighbour inside that item?").
    let chain = |gi: usize| -> Vec<usize> {
        let mut v = vec![gi];
        let mut cur = gi;
        while let Some(p) = parent[cur] {
            v.push(p);
            cur = p;
        }
        v
    };
    let chains: Vec<Vec<usize>> = (0..n).map(|p| chain(group_of[p])).collect();
    // Reporting neighbours (both directions) among shown people.
    let mut nbrs: Vec<Vec<PersonIx>> = vec![Vec::new(); n];
    for t in &map.ties {
        if t.kind == TieKind::ReportsTo && scene.shown[t.from] && scene.shown[t.to] {
            nbrs[t.from].push(t.to);
            nbrs[t.to].push(t.from);
        }
    }
    measure(&mut gs, 0, &width, f64::INFINITY);
    spans(&mut gs, 0);
    let mut xc = vec![0.0f64; n];
    let mut line = vec![0usize; n];
    let mut ox = vec![0.0f64; n];
    place(&mut gs, 0, 0.0, &width, &mut xc, &mut line, &mut ox);
    for pass in 0..ITERATIONS {
        // Alternate: order by managers above, then by subordinates below (a one-sided
        // barycentre per pass, as in layered drawing; two-sided passes oscillate).
        let from_above = pass % 2 == 0;
        let side: Vec<Vec<PersonIx>> = (0..n)
            .map(|p| {
                nbrs[p]
                    .iter()
                    .copied()
                    .filter(|&o| (rank[o] < rank[p]) == from_above && rank[o] != rank[p])
                    .collect()
            })
            .collect();
        reorder(&mut gs, &side, &chains, &group_of, &ox);
        measure(&mut gs, 0, &width, f64::INFINITY);
        place(&mut gs, 0, 0.0, &width, &mut xc, &mut line, &mut ox);
    }
    // Vertical placement.
    let max_depth = gs.iter().filter(|g| g.boxed).map(|g| g.depth).max().unwrap_or(0) as f64;
    let gap = max_depth * (LABEL_H + BOTTOM_PAD) + 28.0;
    let top = MARGIN + TITLE_H + max_depth * LABEL_H;
    // A picture too wide for a page takes shelves (the order stays the one found above).
    let limit = page_limit(&mut gs, &width, top, gap);
    measure(&mut gs, 0, &width, limit);
    place(&mut gs, 0, 0.0, &width, &mut xc, &mut line, &mut ox);
    shelves::rows(&mut gs, 0);
    let mut row_of = vec![0usize; n];
    shelves::assign(&mut gs, 0, 0, &mut row_of);
    let tops = row_tops(&gs[0].prof, top, gap);
    let row_y = |r: usize| tops.get(r).copied().unwrap_or(top);
    let mut nodes = Vec::with_capacity(scene.people.len());
    let mut node_of = vec![None; n];
    for &p in &scene.people {
        node_of[p] = Some(nodes.len());
        nodes.push(NodeBox {
            person: p,
            x: MARGIN + xc[p] - width[p] / 2.0,
            y: row_y(row_of[p]) + line[p] as f64 * (BOX_H + WRAP_GAP),
            w: width[p],
            h: BOX_H,
            lines: std::mem::take(&mut lines[p]),
        });
    }
    let mut groups = Vec::new();
    let node_bottom = |p: PersonIx| node_of[p].map_or(top, |i| nodes[i].y + nodes[i].h);
    collect_boxes(&gs, 0, max_depth, &row_y, &node_bottom, &mut groups);
    let w = gs[0].w + 2.0 * MARGIN;
    let bottom = nodes
        .iter()
        .map(|b| b.y + b.h)
        .chain(groups.iter().map(|g| g.y + g.h))
        .fold(MARGIN + TITLE_H, f64::max);
    Layout { nodes, node_of, groups, width: w.max(300.0), height: bottom + MARGIN }
}

/// A picture is shelved when it would be wider than this many times its height.
pub const SHELVE_ABOVE: f64 = 2.5;
/// The shape a shelved picture aims at, width : height.
pub const SHELF_TARGET: f64 = 1.6;
/// Each shelf width tried is this share of the one before.
const SHELF_STEP: f64 = 0.85;
/// About how tall the legend below the drawing is (the SVG's legend: five or six
/// lines), px: counted in the picture's shape.
const LEGEND_H: f64 = 150.0;

/// The top of each row: rows with no line take no room. O(R).
fn row_tops(prof: &[usize], top: f64, gap: f64) -> Vec<f64> {
    let mut tops = Vec::with_capacity(prof.len() + 1);
    let mut y = top;
    for &l in prof {
        tops.push(y);
        if l > 0 {
            y += l as f64 * (BOX_H + WRAP_GAP) - WRAP_GAP + gap;
        }
    }
    tops.push(y);
    tops
}

/// Width and height of the picture (with its legend) when items are shelved at
/// `limit` px. O(G + P).
fn shape(gs: &mut [G], width: &[f64], limit: f64, top: f64, gap: f64) -> (f64, f64) {
    measure(gs, 0, width, limit);
    shelves::rows(gs, 0);
    let tops = row_tops(&gs[0].prof, top, gap);
    let h = tops.last().copied().unwrap_or(top) - gap + BOTTOM_PAD + 2.0 * MARGIN + LEGEND_H;
    (gs[0].w + 2.0 * MARGIN, h.max(1.0))
}

/// The shelf width for the picture: none (infinite) when it is page-shaped side by side
/// ([`SHELVE_ABOVE`]); else, of widths shrinking by [`SHELF_STEP`] down to the widest
/// item that cannot be split, the one whose picture comes nearest [`SHELF_TARGET`].
/// O(S · (G + P)) for the S ≤ ~40 widths tried (each a logarithmic step), so linear.
fn page_limit(gs: &mut [G], width: &[f64], top: f64, gap: f64) -> f64 {
    let (w0, h0) = shape(gs, width, f64::INFINITY, top, gap);
    if w0 <= SHELVE_ABOVE * h0 {
        return f64::INFINITY;
    }
    let score = |w: f64, h: f64| (w / h / SHELF_TARGET).ln().abs();
    let mut best = (score(w0, h0), f64::INFINITY);
    let mut limit = w0;
    for _ in 0..40 {
        limit *= SHELF_STEP;
        let (w, h) = shape(gs, width, limit, top, gap);
        let sc = score(w, h);
        if sc < best.0 {
            best = (sc, limit);
        }
        if w > limit * 1.5 || w < h {
            // Nothing narrower to gain: an unsplittable item sets the width, or the
            // picture is already taller than wide.
            break;
        }
    }
    best.1
}

/// Each person's row: their level among the distinct levels shown; people with no level
/// take the highest level of their group's other members, else the top row.
fn ranks(map: &Map, scene: &Scene) -> Vec<usize> {
    let level = crate::graph::derive_levels(map);
    let mut group_min: BTreeMap<Group, u32> = BTreeMap::new();
    for &p in &scene.people {
        if let Some(l) = level[p] {
            let e = group_min.entry(scene.group_of(map, p)).or_insert(l);
            *e = (*e).min(l);
        }
    }
    let lv: Vec<u32> = (0..map.people.len())
        .map(|p| {
            level[p]
                .or_else(
                    || if scene.shown[p] { group_min.get(&scene.group_of(map, p)).copied() } else { None },
                )
                .unwrap_or(1)
        })
        .collect();
    let distinct: std::collections::BTreeSet<u32> = scene.people.iter().map(|&p| lv[p]).collect();
    let index: BTreeMap<u32, usize> = distinct.into_iter().enumerate().map(|(i, l)| (l, i)).collect();
    lv.iter().map(|l| index.get(l).copied().unwrap_or(0)).collect()
}

fn parents(gs: &[G]) -> Vec<Option<usize>> {
    let mut parent = vec![None; gs.len()];
    for (i, g) in gs.iter().enumerate() {
        for it in &g.items {
            if let Item::Child(c) = it {
                parent[*c] = Some(i);
            }
        }
    }
    parent
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::OrgGraph;
    use crate::render::{Overlay, View, view};

    fn overlap(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
        a.0 < b.0 + b.2 && b.0 < a.0 + a.2 && a.1 < b.1 + b.3 && b.1 < a.1 + a.3
    }

    #[test]
    fn boxes_do_not_overlap_and_managers_sit_above() {
        let map = crate::load::load_json_str(crate::load::EMBEDDED_MAP, "nc").unwrap().map;
        let g = OrgGraph::new(&map);
        let opts = Options { view: View::Full, ..Options::default() };
        let s = view::scene(&g, &Overlay::default(), &opts);
        let l = layout(&map, &s, &opts);
        assert_eq!(l.nodes.len(), map.people.len());
        for (i, a) in l.nodes.iter().enumerate() {
            for b in &l.nodes[i + 1..] {
                assert!(!overlap((a.x, a.y, a.w, a.h), (b.x, b.y, b.w, b.h)), "{a:?} {b:?}");
            }
        }
        let head = &l.nodes[l.node_of[map.person_ix("bureau_head").unwrap()].unwrap()];
        let huang = &l.nodes[l.node_of[map.person_ix("huang").unwrap()].unwrap()];
        assert!(head.y + head.h < huang.y);
        // Every person lies inside the box of their unit.
        for b in &l.nodes {
            let u = map.people[b.person].unit.unwrap();
            let name = map.units[u].display_name();
            let gb = l.groups.iter().find(|g| g.label == name).unwrap();
            assert!(gb.x <= b.x && b.x + b.w <= gb.x + gb.w && gb.y <= b.y && b.y + b.h <= gb.y + gb.h);
        }
    }

    #[test]
    fn long_rows_wrap_into_blocks() {
        assert_eq!(wrap_len(5), 5);
        assert_eq!(wrap_len(48), 12);
        let mut people = vec![serde_json::json!({"id": "boss"})];
        let mut ties = Vec::new();
        for i in 0..48 {
            people.push(serde_json::json!({"id": format!("r{i}")}));
            ties.push(serde_json::json!({"from": format!("r{i}"), "to": "boss", "kind": "reports_to"}));
        }
        let v = serde_json::json!({"version": 1, "people": people, "ties": ties});
        let map = crate::load::load_json_str(&v.to_string(), "t").unwrap().map;
        let g = OrgGraph::new(&map);
        let opts = Options::default();
        let s = view::scene(&g, &Overlay::default(), &opts);
        let l = layout(&map, &s, &opts);
        let ys: std::collections::BTreeSet<i64> = l.nodes.iter().skip(1).map(|b| b.y as i64).collect();
        assert_eq!(ys.len(), 4, "48 reports in four lines of twelve");
        for (i, a) in l.nodes.iter().enumerate() {
            for b in &l.nodes[i + 1..] {
                assert!(!overlap((a.x, a.y, a.w, a.h), (b.x, b.y, b.w, b.h)));
            }
        }
    }

    #[test]
    fn wrapped_reports_keep_the_map_order() {
        let mut people = vec![serde_json::json!({"id": "boss"})];
        let mut ties = Vec::new();
        for i in 0..30 {
            people.push(serde_json::json!({"id": format!("r{i}"), "name": format!("Report {i}")}));
            ties.push(serde_json::json!({"from": format!("r{i}"), "to": "boss", "kind": "reports_to"}));
        }
        let v = serde_json::json!({"version": 1, "people": people, "ties": ties});
        let map = crate::load::load_json_str(&v.to_string(), "t").unwrap().map;
        let g = OrgGraph::new(&map);
        let opts = Options::default();
        let s = view::scene(&g, &Overlay::default(), &opts);
        let l = layout(&map, &s, &opts);
        let mut reports: Vec<&NodeBox> =
            l.nodes.iter().filter(|b| map.people[b.person].id.starts_with('r')).collect();
        reports.sort_by(|a, b| a.y.total_cmp(&b.y).then(a.x.total_cmp(&b.x)));
        let order: Vec<&str> = reports.iter().map(|b| map.people[b.person].id.as_str()).collect();
        let want: Vec<String> = (0..30).map(|i| format!("r{i}")).collect();
        assert_eq!(order, want, "reading order, line by line");
    }

    #[test]
    fn sibling_units_do_not_overlap() {
        let map = crate::load::load_json_str(crate::load::EMBEDDED_MAP, "nc").unwrap().map;
        let g = OrgGraph::new(&map);
        let opts = Options::default();
        let s = view::scene(&g, &Overlay::default(), &opts);
        let l = layout(&map, &s, &opts);
        let bureau = map.units.iter().position(|u| u.id == "bureau").unwrap();
        let kids: Vec<&str> =
            map.units.iter().filter(|u| u.parent == Some(bureau)).map(|u| u.display_name()).collect();
        let boxes: Vec<&GroupBox> = l.groups.iter().filter(|g| kids.contains(&g.label.as_str())).collect();
        assert_eq!(boxes.len(), kids.len());
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!overlap((a.x, a.y, a.w, a.h), (b.x, b.y, b.w, b.h)), "{} / {}", a.label, b.label);
            }
        }
    }
}
