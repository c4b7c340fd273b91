//! Each format checked by a real reader: DOT by Graphviz, SVG and GraphML by an XML
//! parser, HTML for self-containment, Mermaid for its structure. Plus determinism and
//! robustness on odd and large maps.

use crate::{FORMATS, VIEWS, data_maps, dot_accepts, draw, genmap, have_dot, load};
use powermap::graph::OrgGraph;
use powermap::render::{Engine, Format, Options, Overlay, Section, View};
use powermap::vocab::Lang;

fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("SVG is not well-formed XML: {e}"));
    doc.descendants().filter(|n| n.has_tag_name("text")).map(|n| n.text().unwrap_or("").to_string()).collect()
}

#[test]
fn every_view_of_every_map_in_data_is_accepted_by_graphviz() {
    if !have_dot("every_view_of_every_map_in_data_is_accepted_by_graphviz") {
        return;
    }
    for (name, map) in data_maps() {
        let overlay =
            Overlay { top: vec![0], path: (0..map.people.len().min(3)).collect(), ..Overlay::default() };
        for view in VIEWS {
            for lang in [Lang::En, Lang::Zh] {
                let dot = draw(&map, Format::Dot, &overlay, &Options { view, lang, ..Options::default() });
                dot_accepts(&format!("{name} {view:?} {lang:?}"), &dot);
            }
        }
    }
}

#[test]
fn svg_is_well_formed_with_every_shown_name_as_text() {
    for (name, map) in data_maps() {
        let g = OrgGraph::new(&map);
        for view in VIEWS {
            let opts = Options { view, ..Options::default() };
            let scene = powermap::render::view::scene(&g, &Overlay::default(), &opts);
            let texts = svg_texts(&draw(&map, Format::Svg, &Overlay::default(), &opts));
            for &p in &scene.people {
                let shown = powermap::render::escape::truncate(map.people[p].display_name(), 16.0);
                assert!(texts.iter().any(|t| t.contains(&shown)), "{name} {view:?}: {shown} missing");
            }
        }
    }
}

#[test]
fn graphml_parses_and_keeps_every_person_and_tie() {
    for (name, map) in data_maps() {
        let xml = draw(&map, Format::Graphml, &Overlay::default(), &Options::default());
        let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{name}: {e}"));
        let nodes = doc.descendants().filter(|n| n.has_tag_name("node")).count();
        let edges = doc.descendants().filter(|n| n.has_tag_name("edge")).count();
        assert_eq!((nodes, edges), (map.people.len(), map.ties.len()), "{name}");
        // Every data element uses a declared key for its element kind.
        let keys: Vec<(String, String)> = doc
            .descendants()
            .filter(|n| n.has_tag_name("key"))
            .map(|n| (n.attribute("id").unwrap().to_string(), n.attribute("for").unwrap().to_string()))
            .collect();
        for d in doc.descendants().filter(|n| n.has_tag_name("data")) {
            let owner = d.parent_element().unwrap().tag_name().name().to_string();
            let key = d.attribute("key").unwrap().to_string();
            assert!(keys.contains(&(key.clone(), owner.clone())), "{name}: undeclared key {key} on {owner}");
        }
        for p in &map.people {
            assert!(
                doc.descendants().any(|n| n.has_tag_name("node") && n.attribute("id") == Some(p.id.as_str()))
            );
        }
    }
}

#[test]
fn html_is_one_self_contained_file_with_the_report_tables() {
    let map = &data_maps()[0].1;
    let overlay = Overlay {
        sections: vec![Section {
            title: "Key decision makers".into(),
            columns: vec!["#".into(), "name".into()],
            rows: vec![vec!["1".into(), "Huang".into()]],
        }],
        ..Overlay::default()
    };
    let html = draw(map, Format::Html, &overlay, &Options { lang: Lang::En, ..Options::default() });
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("Content-Security-Policy"));
    assert!(
        html.contains("<svg") && html.contains("<table>") && html.contains("<td class=\"short\">Huang</td>")
    );
    // Two scripts: the data block (not run) and the one inline script, allowed by its
    // SHA-256 in the policy; no other script source, no fetch of any kind.
    assert_eq!(html.matches("<script").count(), 2);
    assert!(html.contains("<script type=\"application/json\" id=\"pm-data\">"));
    let start = html.rfind("<script>").unwrap() + "<script>".len();
    let script = &html[start..start + html[start..].find("</script>").unwrap()];
    let hash = powermap::render::sha256::base64(&powermap::render::sha256::sha256(script.as_bytes()));
    assert!(html.contains(&format!("script-src 'sha256-{hash}'\"")), "the policy does not allow the script");
    for fetch in ["fetch(", "XMLHttpRequest", "WebSocket", "import(", "eval(", "new Function"] {
        assert!(!script.contains(fetch), "{fetch}");
    }
    let lower = html.to_lowercase();
    for banned in ["<link", "http://", "https://", "@import", "url("] {
        let hits: Vec<_> = lower
            .match_indices(banned)
            .map(|(i, _)| &html[i.saturating_sub(20)..(i + 40).min(html.len())])
            .collect();
        // The SVG namespace is a name and `url(#id)` a reference inside the file, not fetches.
        let real: Vec<_> =
            hits.iter().filter(|h| !h.contains("www.w3.org/2000/svg") && !h.contains("url(#")).collect();
        assert!(real.is_empty(), "{banned}: {real:?}");
    }
}

#[test]
fn mermaid_has_one_line_per_node_and_quoted_labels() {
    for (name, map) in data_maps() {
        let text = draw(&map, Format::Mermaid, &Overlay::default(), &Options::default());
        assert!(text.starts_with("flowchart TB\n"), "{name}");
        let nodes = text.lines().filter(|l| l.trim_start().starts_with('p') && l.contains("[\"")).count();
        assert_eq!(nodes, map.people.len(), "{name}");
        let opens = text.matches("subgraph").count();
        let ends = text.lines().filter(|l| l.trim() == "end").count();
        assert_eq!(opens, ends, "{name}: unbalanced subgraphs");
    }
}

#[test]
fn output_is_byte_identical_on_repeated_runs() {
    let big = load(&genmap::map_json(300, 7));
    let mut maps: Vec<_> = data_maps().into_iter().map(|(_, m)| m).collect();
    maps.push(big);
    for map in &maps {
        let overlay = Overlay {
            top: vec![0, 1],
            path: vec![0, 1],
            reached: vec![true; map.people.len()],
            ..Overlay::default()
        };
        for format in FORMATS {
            let opts = Options::default();
            assert_eq!(draw(map, format, &overlay, &opts), draw(map, format, &overlay, &opts), "{format:?}");
        }
    }
}

fn all_formats_and_views(map: &powermap::model::Map) {
    for format in FORMATS {
        for view in VIEWS {
            let overlay = Overlay {
                top: vec![0],
                path: vec![0],
                reached: vec![false; map.people.len()],
                ..Overlay::default()
            };
            let out = draw(map, format, &overlay, &Options { view, ..Options::default() });
            assert!(!out.is_empty());
            if format == Format::Svg {
                svg_texts(&out);
            }
        }
    }
}

#[test]
fn the_empty_map_renders_in_every_format() {
    let map = load(r#"{"version": 1, "people": []}"#);
    all_formats_and_views(&map);
    if have_dot("the_empty_map_renders_in_every_format") {
        dot_accepts("empty", &draw(&map, Format::Dot, &Overlay::default(), &Options::default()));
    }
}

#[test]
fn one_person_and_an_influence_cycle_render() {
    let one = load(r#"{"version": 1, "people": [{"id": "solo"}]}"#);
    all_formats_and_views(&one);
    let cycle = load(
        r#"{"version": 1, "people": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
            "ties": [{"from": "a", "to": "b", "kind": "influences"}, {"from": "b", "to": "c", "kind": "influences"},
                     {"from": "c", "to": "a", "kind": "influences", "note": "back"}, {"from": "a", "to": "c", "kind": "conflict"}]}"#,
    );
    all_formats_and_views(&cycle);
    if have_dot("one_person_and_an_influence_cycle_render") {
        for view in VIEWS {
            dot_accepts(
                "cycle",
                &draw(&cycle, Format::Dot, &Overlay::default(), &Options { view, ..Options::default() }),
            );
        }
    }
}

#[test]
fn two_thousand_people_render_in_every_format() {
    let map = load(&genmap::map_json(2000, 42));
    for format in FORMATS {
        let out = draw(&map, format, &Overlay::default(), &Options::default());
        assert!(out.len() > 100_000, "{format:?}");
    }
    let svg =
        draw(&map, Format::Svg, &Overlay::default(), &Options { view: View::Org, ..Options::default() });
    assert_eq!(
        svg_texts(&svg).iter().filter(|t| t.starts_with("员工") || t.starts_with("Person ")).count(),
        2000
    );
}

#[test]
fn around_draws_a_small_neighbourhood_of_a_big_map() {
    let map = load(&genmap::map_json(2000, 42));
    let center = map.person_ix("p7").unwrap();
    let opts = Options { around: Some((center, 1)), ..Options::default() };
    let g = OrgGraph::new(&map);
    let scene = powermap::render::view::scene(&g, &Overlay::default(), &opts);
    assert!(scene.people.len() < 40 && scene.people.contains(&center), "{}", scene.people.len());
    let svg = draw(&map, Format::Svg, &Overlay::default(), &opts);
    assert_eq!(
        svg_texts(&svg).iter().filter(|t| t.starts_with("员工") || t.starts_with("Person ")).count(),
        scene.people.len()
    );
}

#[test]
fn the_graphviz_engine_embeds_dots_svg() {
    if !have_dot("the_graphviz_engine_embeds_dots_svg") {
        return;
    }
    let map = &data_maps()[0].1;
    let html = draw(
        map,
        Format::Html,
        &Overlay::default(),
        &Options { engine: Engine::Graphviz, ..Options::default() },
    );
    assert!(html.contains("<svg") && !html.contains("<?xml") && !html.contains("<!DOCTYPE svg"));
    let svg = draw(
        map,
        Format::Svg,
        &Overlay::default(),
        &Options { engine: Engine::Graphviz, ..Options::default() },
    );
    svg_texts(&svg);
}
