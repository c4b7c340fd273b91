//! Lines never cross a box they do not connect: every reporting, influence, acquaintance
//! and conflict line of the built-in layout, on every map in data/ (the exercise keys
//! too) in every view, and on generated maps of several sizes, shapes and seeds; and
//! every line of the overview (unit structure, counted links, the coach path) on the
//! same data/ maps and generated maps of 100 to 2000 people.

use powermap::graph::OrgGraph;
use powermap::model::Map;
use powermap::render::layout::route::{Router, crosses};
use powermap::render::layout::{Layout, layout};
use powermap::render::svg::tie_route;
use powermap::render::{Engine, Options, Overlay, View, view};
use proptest::prelude::*;

use super::{VIEWS, data_maps};

/// Every line of `view` on `map` that passes through a box other than its ends:
/// (tie index, the box's person id).
fn crossings(map: &Map, v: View) -> Vec<(usize, String)> {
    crossings_by(map, v, Engine::Builtin)
}

/// [`crossings`] of the layout an engine gives (the built-in one or layout-rs).
fn crossings_by(map: &Map, v: View, engine: Engine) -> Vec<(usize, String)> {
    let g = OrgGraph::new(map);
    let opts = Options { view: v, engine, ..Options::default() };
    let scene = view::scene(&g, &Overlay::default(), &opts);
    let l: Layout = match engine {
        Engine::LayoutRs => powermap::render::layoutrs::layout(&g, &scene, &opts).unwrap(),
        _ => layout(map, &scene, &opts),
    };
    let router = Router::new(&l);
    let mut ties = scene.ties.clone();
    ties.sort_by_key(|&t| (map.ties[t].kind != powermap::vocab::TieKind::ReportsTo, t));
    let mut out = Vec::new();
    for (i, t) in ties.into_iter().enumerate() {
        let pts = tie_route(map, &l, &router, t, i);
        let tie = &map.ties[t];
        for w in pts.windows(2) {
            for b in &l.nodes {
                if b.person != tie.from && b.person != tie.to && crosses(w[0], w[1], b, 0.5) {
                    out.push((t, map.people[b.person].id.clone()));
                }
            }
        }
        // Each line starts and ends on the border of its own two boxes, and is orthogonal.
        if let (Some(a), Some(z)) = (pts.first(), pts.last()) {
            let on = |p: &(f64, f64), person: usize| {
                let b = &l.nodes[l.node_of[person].unwrap()];
                p.0 >= b.x - 0.01 && p.0 <= b.x + b.w + 0.01 && p.1 >= b.y - 0.01 && p.1 <= b.y + b.h + 0.01
            };
            let (first, last) = if tie.kind == powermap::vocab::TieKind::ReportsTo {
                (tie.to, tie.from)
            } else {
                (tie.from, tie.to)
            };
            assert!(on(a, first) && on(z, last), "tie {t} does not join its boxes: {pts:?}");
        }
        for w in pts.windows(2) {
            assert!(
                (w[0].0 - w[1].0).abs() < 0.01 || (w[0].1 - w[1].1).abs() < 0.01,
                "tie {t} has a slanted segment {w:?}"
            );
        }
    }
    out
}

#[test]
fn no_line_crosses_a_box_on_the_data_maps() {
    let maps = data_maps();
    assert!(maps.len() >= 8, "data/ maps and exercise keys are found");
    for (name, map) in &maps {
        for v in VIEWS {
            let c = crossings(map, v);
            assert!(c.is_empty(), "{name} {v:?}: lines through boxes {c:?}");
        }
    }
}

/// layout-rs places the boxes (the default for small influence views, `--engine auto`);
/// our router draws the lines, around every box they do not join.
#[test]
fn no_line_crosses_a_box_laid_out_by_layout_rs() {
    let mut drawn = 0;
    for (name, map) in &data_maps() {
        for v in VIEWS {
            let g = OrgGraph::new(map);
            let scene = view::scene(&g, &Overlay::default(), &Options { view: v, ..Options::default() });
            if !powermap::render::layoutrs::fits(&scene) {
                continue;
            }
            drawn += 1;
            let c = crossings_by(map, v, Engine::LayoutRs);
            assert!(c.is_empty(), "{name} {v:?}: lines through boxes {c:?}");
        }
    }
    assert!(drawn >= 12, "the small data/ maps are drawn ({drawn})");
}

#[test]
fn no_line_crosses_a_box_on_generated_maps() {
    use powermap::generate::{Shape, generate_shaped};
    for (n, seed, shape) in [
        (100, 1, Shape::Wide),
        (500, 2, Shape::Wide),
        (100, 3, Shape::Deep),
        (500, 1, Shape::Deep),
        (2000, 1, Shape::Wide),
        (2000, 7, Shape::Deep),
    ] {
        let map = generate_shaped(n, seed, shape);
        let c = crossings(&map, View::Full);
        assert!(
            c.is_empty(),
            "{n} people, seed {seed}, {shape:?}: {} lines through boxes, e.g. {:?}",
            c.len(),
            &c[..c.len().min(5)]
        );
    }
    let map = super::load(&super::genmap::map_json(400, 7));
    for v in VIEWS {
        let c = crossings(&map, v);
        assert!(c.is_empty(), "genmap 400 {v:?}: {:?}", &c[..c.len().min(5)]);
    }
}

#[test]
fn no_overview_line_passes_behind_a_card_it_does_not_join() {
    for (name, map) in super::overview::maps() {
        let (_, l, ov) = super::overview::drawn(&map);
        let routes = powermap::render::overview::draw::routes(&ov, &l);
        let mut bad = Vec::new();
        for (a, b, pts) in &routes {
            for w in pts.windows(2) {
                assert!(
                    (w[0].0 - w[1].0).abs() < 0.01 || (w[0].1 - w[1].1).abs() < 0.01,
                    "{name}: slanted segment {w:?}"
                );
                for (c, nb) in l.nodes.iter().enumerate() {
                    if c != *a && c != *b && crosses(w[0], w[1], nb, 0.5) {
                        bad.push((*a, *b, c));
                    }
                }
            }
        }
        assert!(
            bad.is_empty(),
            "{name}: {} lines through cards, e.g. {:?}",
            bad.len(),
            &bad[..bad.len().min(5)]
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 16, ..ProptestConfig::default() })]
    #[test]
    fn no_line_crosses_a_box_whatever_the_map(n in 1usize..160, seed in 0u64..1000, deep in any::<bool>(), v in 0usize..4) {
        let shape = if deep { powermap::generate::Shape::Deep } else { powermap::generate::Shape::Wide };
        let map = powermap::generate::generate_shaped(n, seed, shape);
        let c = crossings(&map, VIEWS[v]);
        prop_assert!(c.is_empty(), "{:?}", &c[..c.len().min(5)]);
    }
}
