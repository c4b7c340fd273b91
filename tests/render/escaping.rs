//! A name is data, never markup: names, ids, titles, units and notes holding quotes,
//! backslashes, newlines, `<script>`, `]]>`, `-->`, braces and pipes, in every format.

use crate::{VIEWS, dot_accepts, draw, have_dot};
use powermap::model::Map;
use powermap::render::{Format, Options, Overlay, Section};
use serde_json::json;

const NASTY: [&str; 6] = [
    "Quote \"Q\" O'Neil",
    "Back\\slash \\N \\G \\n",
    "Line\nBreak",
    "<script>alert(1)</script>",
    "]]> --> <!-- {brace} |pipe| [sq] #35; &amp;",
    "subgraph end; style p0 fill:#f00",
];

pub(crate) fn nasty_map() -> Map {
    let people: Vec<_> = NASTY
        .iter()
        .enumerate()
        .map(|(i, n)| {
            json!({"id": format!("id{i} {n}"), "name": n, "title": format!("T {n}"), "unit": if i % 2 == 0 { "u\"1" } else { "u<2>" },
                   "roles": ["decision_maker"], "stance": "skeptic", "notes": n})
        })
        .collect();
    let mut ties = Vec::new();
    for i in 1..NASTY.len() {
        let from = format!("id{i} {}", NASTY[i]);
        let to = format!("id{} {}", i - 1, NASTY[i - 1]);
        let kind = ["reports_to", "influences", "knows", "conflict"][i % 4];
        ties.push(json!({"from": from, "to": to, "kind": kind, "note": NASTY[i]}));
    }
    let v = json!({
        "version": 1, "account": NASTY[3], "opportunity": NASTY[4],
        "units": [{"id": "u\"1", "name": NASTY[4]}, {"id": "u<2>", "name": NASTY[1], "parent": "u\"1"}],
        "people": people, "ties": ties
    });
    crate::load(&v.to_string())
}

pub(crate) fn overlay(map: &Map) -> Overlay {
    Overlay {
        top: vec![0],
        path: vec![0, 1, 2],
        reached: vec![false; map.people.len()],
        sections: vec![Section {
            title: NASTY[3].into(),
            columns: vec![NASTY[0].into()],
            rows: vec![vec![NASTY[4].into()]],
        }],
    }
}

fn all(format: Format) -> Vec<String> {
    let map = nasty_map();
    VIEWS
        .iter()
        .map(|&view| draw(&map, format, &overlay(&map), &Options { view, ..Options::default() }))
        .collect()
}

#[test]
fn dot_with_nasty_names_is_accepted_by_graphviz_and_keeps_the_text() {
    for dot in all(Format::Dot) {
        assert!(dot.contains(r#"Quote \"Q\" O'Neil"#), "quotes escaped");
        assert!(dot.contains(r"Back\\slash \\N \\G \\n"), "backslashes escaped");
        assert!(!dot.contains("Line\nBreak"), "raw newline inside a string");
        if have_dot("dot_with_nasty_names_is_accepted_by_graphviz_and_keeps_the_text") {
            let svg = dot_accepts("nasty", &dot);
            assert!(!svg.contains("<script>"), "Graphviz output holds a raw <script>");
            assert!(svg.contains("&lt;script&gt;"), "the name survives as text");
        }
    }
}

#[test]
fn svg_and_html_with_nasty_names_hold_them_as_text_only() {
    let map = nasty_map();
    for svg in all(Format::Svg) {
        let doc = roxmltree::Document::parse(&svg).unwrap();
        assert!(!doc.descendants().any(|n| n.has_tag_name("script")));
        let texts: String = doc.descendants().filter_map(|n| n.text()).collect::<Vec<_>>().join("\n");
        assert!(texts.contains("<script>alert(1)</script>"), "name kept as text");
        assert!(texts.contains("Quote \"Q\" O'Neil") && texts.contains("Back\\slash"));
    }
    for html in all(Format::Html) {
        // The report's own two scripts (the data block and the one its policy allows), no more.
        assert_eq!(html.to_lowercase().matches("<script").count(), 2, "no script element from a name");
        let data = html.split("id=\"pm-data\">").nth(1).and_then(|r| r.split("</script>").next()).unwrap();
        assert!(!data.contains(['<', '>', '&']), "the data block holds no markup");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(!html.contains("]]> -->"), "comment and CDATA ends escaped");
        assert!(html.contains(&format!("<th>{}</th>", powermap::render::escape::xml(NASTY[0]))));
    }
    let _ = map;
}

#[test]
fn graphml_with_nasty_names_round_trips_exactly() {
    let map = nasty_map();
    let xml = draw(&map, Format::Graphml, &overlay(&map), &Options::default());
    let doc = roxmltree::Document::parse(&xml).unwrap();
    for p in &map.people {
        let node = doc
            .descendants()
            .find(|n| n.has_tag_name("node") && n.attribute("id") == Some(p.id.as_str()))
            .unwrap_or_else(|| panic!("node {:?}", p.id));
        let name = node.children().find(|c| c.attribute("key") == Some("name")).and_then(|c| c.text());
        assert_eq!(name, p.name.as_deref());
    }
    assert_eq!(doc.descendants().filter(|n| n.has_tag_name("edge")).count(), map.ties.len());
}

#[test]
fn mermaid_labels_never_close_early() {
    for text in all(Format::Mermaid) {
        for line in text.lines() {
            let t = line.trim();
            if let Some(rest) = t.strip_prefix('p').filter(|r| r.contains("[\"")) {
                let label = &rest[rest.find("[\"").unwrap() + 2..];
                let label = label.strip_suffix("\"]").unwrap_or_else(|| panic!("label not closed: {t}"));
                assert!(!label.contains('"') && !label.contains('`'), "{t}");
                assert!(!label.replace("<br>", "").contains('<'), "{t}");
            }
            if t.starts_with("subgraph") {
                assert!(t.ends_with("\"]") && t.matches('"').count() == 2, "{t}");
            }
        }
        assert!(text.contains("#lt;script#gt;"));
        assert!(
            !text.contains("\nend;") && !text.contains("style p0 fill:#f00"),
            "a name injected a statement"
        );
    }
}
