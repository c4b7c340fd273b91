//! `--engine layout-rs`: the people of a scene placed by the layout-rs crate (a
//! Sugiyama layout: layers by the direction of the ties, crossing reduction, Brandes–Köpf
//! placement), then drawn by our own SVG writer ([`crate::render::svg`]), so the boxes,
//! text, colours, lines, overlay and legend are exactly the built-in engine's: only the
//! positions differ. Every tie of the view is given to layout-rs as an edge (reporting
//! lines from the manager down, influence in its direction), so influence chains read
//! top to bottom, which the built-in layout (rows by reporting level) does not do.
//!
//! layout-rs has no clusters: a unit's box is drawn only where it holds exactly its own
//! people (no one else's box inside it, no crossing with another unit's box); others are
//! left out rather than drawn misleadingly.
//!
//! Cost: layout-rs's crossing optimizer grows about cubically and its long-edge
//! splitting with the ties' span, so a scene above [`MAX_PEOPLE`] people or
//! [`MAX_TIES`] ties is refused with a message pointing to the built-in engine, and the
//! optimizer runs only up to [`OPTIMIZE_UP_TO`] ties (figures in BENCHMARKS.md).

use std::collections::{BTreeMap, BTreeSet};

use ::layout::core::base::Orientation;
use ::layout::core::format::{ClipHandle, RenderBackend};
use ::layout::core::geometry::Point;
use ::layout::core::style::StyleAttr;
use ::layout::std_shapes::shapes::{Arrow, Element, ShapeKind};
use ::layout::topo::layout::VisualGraph;

use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::model::{Map, PersonIx};
use crate::render::layout::{BOX_H, FONT, GroupBox, LABEL_H, Layout, MARGIN, NodeBox, SIDE_PAD, TITLE_H};
use crate::render::style::{self, Word, text_em, word};
use crate::render::view::{Group, Scene};
use crate::render::{Options, RenderError};
use crate::vocab::TieKind;

/// The most people layout-rs is asked to place (above: refused, use the built-in engine).
pub const MAX_PEOPLE: usize = 120;
/// The most ties layout-rs is asked to route (above: refused).
pub const MAX_TIES: usize = 250;
/// Up to this many ties layout-rs's crossing optimizer runs; above, it is skipped.
pub const OPTIMIZE_UP_TO: usize = 120;

/// Is a scene small enough for layout-rs?
pub fn fits(scene: &Scene) -> bool {
    scene.people.len() <= MAX_PEOPLE && scene.ties.len() <= MAX_TIES
}

/// The SVG of a scene laid out by layout-rs. A scene above the limits is refused with
/// `diagram-error-layoutrs-too-big`; a panic inside layout-rs becomes
/// [`RenderError::Layout`]. Time: layout-rs's, bounded by the limits; the rest O(P + T + U·d).
pub fn svg(g: &OrgGraph, scene: &Scene, opts: &Options) -> Result<String, RenderError> {
    let placed = layout(g, scene, opts)?;
    Ok(crate::render::svg::draw(g.map, scene, opts, &placed))
}

/// Up to this many people (and [`OPTIMIZE_UP_TO`] ties) `--engine auto` tries layout-rs
/// for an influence view or a neighbourhood (`--around`), the scenes that are not trees.
pub const AUTO_UP_TO: usize = 30;

/// Does `--engine auto` try layout-rs for this scene?
pub fn auto_tries(scene: &Scene, opts: &Options) -> bool {
    let kind = opts.view == crate::render::View::Influence || opts.around.is_some();
    kind && opts.view != crate::render::View::Overview
        && scene.people.len() <= AUTO_UP_TO
        && scene.ties.len() <= OPTIMIZE_UP_TO
}

/// Is layout-rs's picture (title, diagram and legend) more page-shaped than the
/// built-in one's: its width : height nearer a 16:9 slide's, in ratio either way? Ties
/// go to the built-in layout.
pub fn nearer_page(map: &Map, scene: &Scene, opts: &Options, layout_rs: &Layout, builtin: &Layout) -> bool {
    let off = |l: &Layout| {
        let (w, h) = crate::render::svg::picture_size(map, scene, opts, l);
        ((w.max(1.0) / h.max(1.0)) / (16.0 / 9.0)).ln().abs()
    };
    off(layout_rs) < off(builtin)
}

/// The scene laid out by layout-rs, as our [`Layout`]: refused above the limits, a
/// panic inside layout-rs turned into [`RenderError::Layout`].
pub fn layout(g: &OrgGraph, scene: &Scene, opts: &Options) -> Result<Layout, RenderError> {
    if !fits(scene) {
        return Err(RenderError::TooBig(
            Msg::new("diagram-error-layoutrs-too-big")
                .arg("people", scene.people.len())
                .arg("ties", scene.ties.len())
                .arg("max_people", MAX_PEOPLE)
                .arg("max_ties", MAX_TIES),
        ));
    }
    crate::render::guarded("layout-rs: ", || place(g.map, scene, opts))
}

/// A backend that draws nothing: we only want the positions.
struct Positions;

impl RenderBackend for Positions {
    fn draw_rect(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>, _: Option<ClipHandle>) {}
    fn draw_line(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}
    fn draw_circle(&mut self, _: Point, _: Point, _: &StyleAttr, _: Option<String>) {}
    fn draw_text(&mut self, _: Point, _: &str, _: &StyleAttr) {}
    fn draw_arrow(
        &mut self,
        _: &[(Point, Point)],
        _: bool,
        _: (bool, bool),
        _: &StyleAttr,
        _: Option<String>,
        _: &str,
    ) {
    }
    fn create_clip(&mut self, _: Point, _: Point, _: usize) -> ClipHandle {
        0
    }
}

/// The ties given to layout-rs, as (upper, lower) people: a reporting line from the
/// manager down, any other tie in its written direction; loops left out.
fn edges(map: &Map, scene: &Scene) -> Vec<(PersonIx, PersonIx)> {
    let mut out: Vec<(PersonIx, PersonIx)> = scene
        .ties
        .iter()
        .map(|&t| &map.ties[t])
        .filter(|t| t.from != t.to)
        .map(|t| if t.kind == TieKind::ReportsTo { (t.to, t.from) } else { (t.from, t.to) })
        .collect();
    out.dedup();
    out
}

/// Places the scene's people with layout-rs and builds our [`Layout`] from the result.
fn place(map: &Map, scene: &Scene, opts: &Options) -> Layout {
    let n = map.people.len();
    let mut vg = VisualGraph::new(Orientation::TopToBottom);
    let mut handle = vec![None; n];
    let mut lines = vec![Vec::new(); n];
    for &p in &scene.people {
        let l = style::person_lines(map, p, scene.top_rank[p], opts.lang);
        let em = l.iter().map(|s| text_em(s)).fold(0.0, f64::max);
        let w = (em * FONT + 20.0).max(90.0).round();
        let elem = Element::create(
            ShapeKind::Box(String::new()),
            StyleAttr::simple(),
            Orientation::TopToBottom,
            Point::new(w, BOX_H),
        );
        handle[p] = Some(vg.add_node(elem));
        lines[p] = l;
    }
    let edges = edges(map, scene);
    for &(a, b) in &edges {
        if let (Some(ha), Some(hb)) = (handle[a], handle[b]) {
            vg.add_edge(Arrow::simple(""), ha, hb);
        }
    }
    if !scene.people.is_empty() {
        vg.do_it(false, edges.len() > OPTIMIZE_UP_TO, false, &mut Positions);
    }
    let mut nodes = Vec::with_capacity(scene.people.len());
    let mut node_of = vec![None; n];
    for &p in &scene.people {
        let Some(h) = handle[p] else { continue };
        let (tl, br) = vg.pos(h).bbox(false);
        node_of[p] = Some(nodes.len());
        nodes.push(NodeBox {
            person: p,
            x: tl.x.round(),
            y: tl.y.round(),
            w: (br.x - tl.x).round(),
            h: (br.y - tl.y).round(),
            lines: std::mem::take(&mut lines[p]),
        });
    }
    let mut groups = clean_groups(map, scene, opts, &nodes, &node_of);
    // Our coordinates: the drawing's top-left corner below the title band.
    let min_x = nodes.iter().map(|b| b.x).chain(groups.iter().map(|g| g.x)).fold(f64::INFINITY, f64::min);
    let min_y = nodes.iter().map(|b| b.y).chain(groups.iter().map(|g| g.y)).fold(f64::INFINITY, f64::min);
    let (dx, dy) = if min_x.is_finite() { (MARGIN - min_x, MARGIN + TITLE_H - min_y) } else { (0.0, 0.0) };
    for b in &mut nodes {
        b.x += dx;
        b.y += dy;
    }
    for g in &mut groups {
        g.x += dx;
        g.y += dy;
    }
    let right = nodes.iter().map(|b| b.x + b.w).chain(groups.iter().map(|g| g.x + g.w)).fold(0.0, f64::max);
    let bottom = nodes.iter().map(|b| b.y + b.h).chain(groups.iter().map(|g| g.y + g.h)).fold(0.0, f64::max);
    Layout {
        nodes,
        node_of,
        groups,
        width: (right + MARGIN).max(2.0 * MARGIN + 200.0),
        height: (bottom + MARGIN).max(MARGIN + TITLE_H + 60.0),
    }
}

fn overlaps(a: &GroupBox, b: &GroupBox) -> bool {
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

fn contains(outer: &GroupBox, inner: &GroupBox) -> bool {
    outer.x <= inner.x
        && outer.y <= inner.y
        && inner.x + inner.w <= outer.x + outer.w
        && inner.y + inner.h <= outer.y + outer.h
}

/// The group boxes that hold exactly their own people: each drawn group's box around
/// its people (and its sub-units' people), kept only when no other person's box lies
/// in it and it does not cross a kept box (nesting is fine). Outermost first.
/// O(G · P + G²) for G groups, bounded by the size limits.
fn clean_groups(
    map: &Map,
    scene: &Scene,
    opts: &Options,
    nodes: &[NodeBox],
    node_of: &[Option<usize>],
) -> Vec<GroupBox> {
    // Every group a person is in (their own and each drawn unit above it), and how many
    // drawn units a group has inside it at most, so nested boxes get nested margins.
    let mut inside: BTreeMap<Group, Vec<usize>> = BTreeMap::new();
    let mut height: BTreeMap<Group, usize> = BTreeMap::new();
    for &p in &scene.people {
        let Some(i) = node_of[p] else { continue };
        let g = scene.group_of(map, p);
        if g == Group::Top {
            continue;
        }
        inside.entry(g).or_default().push(i);
        height.entry(g).or_insert(0);
        if let Group::Unit(mut u) = g {
            let mut steps = 0;
            while let Some(up) = scene.parent_of(map, u) {
                inside.entry(Group::Unit(up)).or_default().push(i);
                let h = height.entry(Group::Unit(up)).or_insert(0);
                *h = (*h).max(steps + 1);
                u = up;
                steps += 1;
                if steps > map.units.len() {
                    break;
                }
            }
        }
    }
    let mut candidates: Vec<(usize, GroupBox)> = Vec::new();
    for (g, members) in &inside {
        let nest = 1.0 + height.get(g).copied().unwrap_or(0) as f64;
        let pad = SIDE_PAD * nest;
        let x0 = members.iter().map(|&i| nodes[i].x).fold(f64::INFINITY, f64::min) - pad;
        let y0 = members.iter().map(|&i| nodes[i].y).fold(f64::INFINITY, f64::min) - LABEL_H * nest;
        let x1 = members.iter().map(|&i| nodes[i].x + nodes[i].w).fold(f64::NEG_INFINITY, f64::max) + pad;
        let y1 = members.iter().map(|&i| nodes[i].y + nodes[i].h).fold(f64::NEG_INFINITY, f64::max) + pad;
        let own: BTreeSet<usize> = members.iter().copied().collect();
        let intruder = nodes
            .iter()
            .enumerate()
            .any(|(i, b)| !own.contains(&i) && b.x < x1 && b.x + b.w > x0 && b.y < y1 && b.y + b.h > y0);
        if intruder {
            continue;
        }
        let (label, virtual_group) = match g {
            Group::Unit(u) => (crate::render::escape::truncate(map.units[*u].display_name(), 24.0), false),
            Group::OurSide => (word(Word::OurSide, opts.lang), true),
            Group::Others => (word(Word::Others, opts.lang), true),
            Group::Top => continue,
        };
        candidates.push((
            members.len(),
            GroupBox { label, x: x0, y: y0, w: x1 - x0, h: y1 - y0, empty: false, virtual_group },
        ));
    }
    // Largest first (outermost first); drop a box that crosses one already kept.
    candidates.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.y.total_cmp(&b.1.y)).then(a.1.x.total_cmp(&b.1.x)));
    let mut kept: Vec<GroupBox> = Vec::new();
    for (_, c) in candidates {
        let crosses = kept.iter().any(|k| overlaps(k, &c) && !contains(k, &c) && !contains(&c, k));
        if !crosses {
            kept.push(c);
        }
    }
    kept
}
