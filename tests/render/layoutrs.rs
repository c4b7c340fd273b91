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
