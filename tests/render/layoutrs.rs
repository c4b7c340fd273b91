//! `--engine layout-rs`: every map in data/ in every view, boxes that never overlap,
//! the same people and text as the built-in engine, escaping, determinism, and the
//! refusal above the documented size.

use powermap::graph::OrgGraph;
use powermap::render::layoutrs::{MAX_PEOPLE, MAX_TIES};
use powermap::render::{Engine, Format, Options, Overlay, RenderError, render};
use powermap::vocab::Lang;

use crate::{VIEWS, data_maps, draw};

fn lr(view: powermap::render::View) -> Options {
    Options { view, engine: Engine::LayoutRs, ..Options::default() }
}

/// The person boxes of our SVG: (x, y, w, h) of each `<g class="person">`'s first rect.
fn boxes(svg: &str) -> Vec<(f64, f64, f64, f64)> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
    doc.descendants()
        .filter(|n| n.attribute("class") == Some("person"))
        .map(|g| {
            let r = g.children().find(|c| c.has_tag_name("rect")).unwrap();
            let v = |a: &str| r.attribute(a).unwrap().parse::<f64>().unwrap();
            (v("x"), v("y"), v("width"), v("height"))
        })
        .collect()
}

#[test]
fn every_map_in_data_draws_with_layout_rs_in_every_view_without_overlaps() {
    for (name, map) in data_maps() {
        for view in VIEWS {
            let ours = draw(&map, Format::Svg, &Overlay::default(), &lr(view));
            let builtin =
                draw(&map, Format::Svg, &Overlay::default(), &Options { view, ..Options::default() });
            let (b, bb) = (boxes(&ours), boxes(&builtin));
            assert_eq!(b.len(), bb.len(), "{name} {view:?}: the same people as the built-in engine");
            for (i, p) in b.iter().enumerate() {
                for q in &b[i + 1..] {
                    let apart = p.0 + p.2 <= q.0 || q.0 + q.2 <= p.0 || p.1 + p.3 <= q.1 || q.1 + q.3 <= p.1;
                    assert!(apart, "{name} {view:?}: boxes {p:?} and {q:?} overlap");
                }
            }
            for person in &map.people {
                let shown = builtin.contains(&powermap::render::escape::xml(person.display_name()));
                if shown {
                    assert!(ours.contains(&powermap::render::escape::xml(person.display_name())), "{name}");
                }
            }
            let html = draw(&map, Format::Html, &Overlay::default(), &lr(view));
            assert!(html.contains("<svg"), "{name}: the report holds the diagram");
        }
    }
}

#[test]
fn layout_rs_output_is_the_same_run_to_run() {
    for (name, map) in data_maps() {
        for view in VIEWS {
            let a = draw(&map, Format::Svg, &Overlay::default(), &lr(view));
            let b = draw(&map, Format::Svg, &Overlay::default(), &lr(view));
            assert!(a == b, "{name} {view:?}");
        }
    }
}

#[test]
fn layout_rs_escapes_every_name() {
    let map = crate::escaping::nasty_map();
    for view in VIEWS {
        let svg = draw(&map, Format::Svg, &crate::escaping::overlay(&map), &lr(view));
        let doc = roxmltree::Document::parse(&svg).unwrap();
        assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
        let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
        assert!(texts.contains(&"<script>alert(1)</script>"), "{view:?}: the name is kept as text");
    }
}

#[test]
fn a_map_above_the_limit_is_refused_pointing_to_the_built_in_engine() {
    let map = powermap::generate::generate(MAX_PEOPLE + 10, 3);
    let g = OrgGraph::new(&map);
    let mut out = Vec::new();
    let err = render(Format::Svg, &g, &Overlay::default(), &lr(powermap::render::View::Org), &mut out)
        .expect_err("too big for layout-rs");
    assert!(matches!(err, RenderError::TooBig(_)), "{err:?}");
    let m = err.message();
    assert_eq!(m.key, "diagram-error-layoutrs-too-big");
    for lang in [Lang::En, Lang::Zh, Lang::ZhHant] {
        let text = m.render(lang);
        assert!(text.contains("--engine builtin"), "{lang:?}: {text}");
        assert!(text.contains(&MAX_PEOPLE.to_string()) && text.contains(&MAX_TIES.to_string()), "{text}");
    }
    assert!(out.is_empty(), "nothing written");
    // The same map, in a small neighbourhood, is drawn.
    let around = Options { around: Some((1, 1)), ..lr(powermap::render::View::Full) };
    render(Format::Svg, &g, &Overlay::default(), &around, &mut out).unwrap();
    assert!(String::from_utf8(out).unwrap().contains("class=\"person\""));
}

fn svg_size(svg: &str) -> (f64, f64) {
    let doc = roxmltree::Document::parse(svg).unwrap();
    let root = doc.root_element();
    let v = |a: &str| root.attribute(a).unwrap().parse::<f64>().unwrap();
    (v("width"), v("height"))
}

fn read(rel: &str) -> powermap::model::Map {
    crate::load(&std::fs::read_to_string(crate::root().join(rel)).unwrap())
}

/// `--engine auto`, the command line's default: layout-rs for a small influence view
/// or neighbourhood when its picture is nearer a slide's shape, the built-in layout
/// otherwise — and always for the trees (org, coverage, full) and for big scenes.
#[test]
fn auto_takes_layout_rs_where_its_picture_is_more_page_shaped() {
    use powermap::render::View;
    let auto = |view| Options { view, engine: Engine::Auto, ..Options::default() };
    let builtin = |view| Options { view, ..Options::default() };
    let none = Overlay::default();
    // The rule, on every small map we have: auto draws layout-rs's picture exactly when
    // its width : height is nearer a slide's 16:9 than the built-in one's.
    let off = |svg: &str| {
        let (w, h) = svg_size(svg);
        ((w / h) / (16.0 / 9.0)).ln().abs()
    };
    let mut maps: Vec<(String, powermap::model::Map)> = crate::data_maps();
    for case in ["port-cranes-centralized", "sensor-lab-decentralized"] {
        maps.push((case.into(), read(&format!("tests/cases/{case}/map.json"))));
    }
    for seed in 1..6 {
        maps.push((format!("generated {seed}"), powermap::generate::generate(12 + 3 * seed as usize, seed)));
    }
    let (mut took_lr, mut took_builtin) = (0, 0);
    for (name, map) in &maps {
        let a = draw(map, Format::Svg, &none, &auto(View::Influence));
        let b = draw(map, Format::Svg, &none, &builtin(View::Influence));
        let g = OrgGraph::new(map);
        let scene = powermap::render::view::scene(&g, &none, &auto(View::Influence));
        if scene.people.len() > powermap::render::layoutrs::AUTO_UP_TO || scene.ties.len() > 120 {
            assert!(a == b, "{name}: too big to try layout-rs");
            continue;
        }
        let l = draw(map, Format::Svg, &none, &lr(View::Influence));
        if off(&l) < off(&b) {
            assert!(a == l, "{name}: layout-rs's picture is nearer a slide");
            took_lr += 1;
        } else {
            assert!(a == b, "{name}: the built-in picture is nearer a slide");
            took_builtin += 1;
        }
    }
    assert!(took_lr > 0 && took_builtin > 0, "both engines are chosen somewhere ({took_lr}, {took_builtin})");
    let nc = read("data/north-china-grid.json");
    // Its full view is a tree: the built-in layout.
    assert!(
        draw(&nc, Format::Svg, &none, &auto(View::Full))
            == draw(&nc, Format::Svg, &none, &builtin(View::Full))
    );
    // A chain of influence among peers: layout-rs stacks it one person a layer, a
    // tower; the built-in layout keeps the peers in one row, nearer a slide.
    let people: Vec<String> = (0..7).map(|i| format!(r#"{{"id": "p{i}", "name": "Person {i}"}}"#)).collect();
    let ties: Vec<String> =
        (0..6).map(|i| format!(r#"{{"from": "p{i}", "to": "p{}", "kind": "influences"}}"#, i + 1)).collect();
    let chain =
        crate::load(&format!(r#"{{"people": [{}], "ties": [{}]}}"#, people.join(","), ties.join(",")));
    let (lw, lh) = svg_size(&draw(&chain, Format::Svg, &none, &lr(View::Influence)));
    assert!(lh > lw, "layout-rs stacks the chain ({lw}×{lh})");
    assert!(
        draw(&chain, Format::Svg, &none, &auto(View::Influence))
            == draw(&chain, Format::Svg, &none, &builtin(View::Influence))
    );
    // A neighbourhood is not a tree either: layout-rs may draw it.
    let huang = nc.person_ix("huang").unwrap();
    let around = Options { around: Some((huang, 1)), ..auto(View::Full) };
    let a = draw(&nc, Format::Svg, &none, &around);
    let l = draw(&nc, Format::Svg, &none, &Options { engine: Engine::LayoutRs, ..around });
    let b = draw(&nc, Format::Svg, &none, &Options { engine: Engine::Builtin, ..around });
    assert!(a == l || a == b, "auto draws with one of the two engines");
    // Above 30 people the built-in layout, without trying layout-rs.
    let big = powermap::generate::generate(40, 5);
    assert!(
        draw(&big, Format::Svg, &none, &auto(View::Influence))
            == draw(&big, Format::Svg, &none, &builtin(View::Influence))
    );
}

/// A narrow picture is widened to its title, so the title is never cut at the edge.
#[test]
fn a_narrow_picture_is_as_wide_as_its_title() {
    // 64 ideographs, under the 70 em a title is cut to, and wider than the legend.
    let account = "华北电网某省电力公司".repeat(4);
    let opportunity = "继电保护设备改造项目".repeat(2);
    let map = crate::load(&format!(
        r#"{{"account": "{account}", "opportunity": "{opportunity}", "people": [{{"id": "a", "name": "甲"}}]}}"#
    ));
    let ideographs = (account.chars().count() + opportunity.chars().count()) as f64;
    for engine in [Engine::Builtin, Engine::LayoutRs, Engine::Auto] {
        let svg = draw(&map, Format::Svg, &Overlay::default(), &Options { engine, ..Options::default() });
        let (w, _) = svg_size(&svg);
        // 16 px text, one em per ideograph, without the margins.
        assert!(w >= 16.0 * ideographs, "{engine:?}: {w} px for a title of {ideographs} ideographs");
    }
}
