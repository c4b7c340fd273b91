//! The full view of a big map is page-shaped (issue 11): sub-units stack into shelves
//! when a level would be too wide, so the built-in SVG of 2000 people (wide and deep,
//! seeds 1 and 7) is no wider than 3 : 1; the shelved layout keeps boxes apart, every
//! person inside their unit's box, units nested without crossing, managers above their
//! reports; and small maps that are page-shaped side by side are not shelved.

use powermap::generate::{Shape, generate_shaped};
use powermap::graph::OrgGraph;
use powermap::model::Map;
use powermap::render::layout::{Layout, layout};
use powermap::render::{Format, Options, Overlay, View, view};

fn full() -> Options {
    Options { view: View::Full, ..Options::default() }
}

fn laid_out(map: &Map) -> Layout {
    let g = OrgGraph::new(map);
    let scene = view::scene(&g, &Overlay::default(), &full());
    layout(map, &scene, &full())
}

/// Width and height of the built-in SVG, from its root element.
fn svg_size(map: &Map) -> (f64, f64) {
    let svg = crate::draw(map, Format::Svg, &Overlay::default(), &full());
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    let num = |a| root.attribute(a).unwrap().parse::<f64>().unwrap();
    (num("width"), num("height"))
}

fn big_maps() -> Vec<(String, Map)> {
    let mut out = Vec::new();
    for shape in [Shape::Wide, Shape::Deep] {
        for seed in [1, 7] {
            out.push((format!("2000 {shape:?} seed {seed}"), generate_shaped(2000, seed, shape)));
        }
    }
    out
}

#[test]
fn the_full_view_of_2000_people_is_page_shaped() {
    for (name, map) in big_maps() {
        let (w, h) = svg_size(&map);
        assert!(w / h <= 3.0 && h / w <= 3.0, "{name}: {w} × {h}");
    }
}

#[test]
fn shelved_layouts_keep_boxes_apart_and_inside_their_units() {
    let mut maps = big_maps();
    maps.push(("500 Wide".into(), generate_shaped(500, 1, Shape::Wide)));
    maps.extend(crate::data_maps());
    for (name, map) in maps {
        let l = laid_out(&map);
        // No two person boxes overlap (sorted sweep by left edge: O(P log P + overlaps)).
        let mut by_x: Vec<&powermap::render::layout::NodeBox> = l.nodes.iter().collect();
        by_x.sort_by(|a, b| a.x.total_cmp(&b.x));
        for (i, a) in by_x.iter().enumerate() {
            for b in by_x[i + 1..].iter().take_while(|b| b.x < a.x + a.w) {
                let apart = a.y + a.h <= b.y || b.y + b.h <= a.y;
                assert!(apart, "{name}: {} and {} overlap", a.person, b.person);
            }
        }
        // Every person inside the box of their unit (boxes are labelled with the name;
        // generated and data/ maps have distinct unit names).
        for b in &l.nodes {
            let Some(u) = map.people[b.person].unit else { continue };
            let label = map.units[u].display_name();
            let Some(gb) = l.groups.iter().find(|g| g.label == label && !g.virtual_group) else { continue };
            assert!(
                gb.x <= b.x && b.x + b.w <= gb.x + gb.w && gb.y <= b.y && b.y + b.h <= gb.y + gb.h,
                "{name}: {} outside {label}",
                map.people[b.person].id
            );
        }
        // Unit boxes are nested or apart, never crossing.
        let gs = &l.groups;
        for (i, a) in gs.iter().enumerate() {
            for b in &gs[i + 1..] {
                let inside = |p: &powermap::render::layout::GroupBox,
                              q: &powermap::render::layout::GroupBox| {
                    q.x <= p.x && p.x + p.w <= q.x + q.w && q.y <= p.y && p.y + p.h <= q.y + q.h
                };
                let apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
                assert!(apart || inside(a, b) || inside(b, a), "{name}: {} and {} cross", a.label, b.label);
            }
        }
        // Managers sit above their (solid-line) reports.
        for t in &map.ties {
            if t.kind != powermap::vocab::TieKind::ReportsTo || t.dotted {
                continue;
            }
            if let (Some(r), Some(m)) = (l.node_of[t.from], l.node_of[t.to]) {
                let (r, m) = (&l.nodes[r], &l.nodes[m]);
                assert!(m.y < r.y || map.people[t.from].unit != map.people[t.to].unit, "{name}: {t:?}");
            }
        }
    }
}

#[test]
fn a_page_shaped_map_is_not_shelved() {
    // org-influence-company is 1.8 : 1 side by side: its layout is the one it had.
    let map = crate::data_maps().into_iter().find(|(n, _)| n.contains("org-influence")).unwrap().1;
    let l = laid_out(&map);
    let tops: std::collections::BTreeSet<i64> = l.nodes.iter().map(|b| b.y as i64).collect();
    let levels: std::collections::BTreeSet<u32> =
        powermap::graph::derive_levels(&map).into_iter().flatten().collect();
    assert!(tops.len() <= levels.len().max(1), "{tops:?} for levels {levels:?}");
}
