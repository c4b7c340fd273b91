//! The overview view (`--view overview`): every unit a card with its head count, ties
//! counted between units exactly (checked against a count made here, independently),
//! page-shaped pictures at 100 to 2000 people, names escaped in every format, the same
//! bytes every run (GraphML too), lines that never pass behind a card they do not join, and the
//! command line's default (the overview above 150 people, with a note; `--view full`
//! always the full view).

use std::collections::BTreeMap;

use assert_cmd::Command;
use powermap::generate::{Shape, generate_shaped};
use powermap::graph::OrgGraph;
use powermap::model::Map;
use powermap::render::overview::{self, draw};
use powermap::render::view::Group;
use powermap::render::{Format, Options, Overlay, View, view};
use powermap::vocab::{Lang, Side, TieKind};

use crate::{data_maps, dot_accepts, have_dot};

fn opts() -> Options {
    Options { view: View::Overview, lang: Lang::En, ..Options::default() }
}

/// The overview's SVG, layout and model.
pub(crate) fn drawn(map: &Map) -> (String, powermap::render::layout::Layout, overview::Overview) {
    let g = OrgGraph::new(map);
    let scene = view::scene(&g, &Overlay::default(), &opts());
    draw::svg(&g, &scene, &Overlay::default(), &opts())
}

fn size(svg: &str) -> (f64, f64) {
    let num = |attr: &str| -> f64 {
        let s = svg.split(&format!(" {attr}=\"")).nth(1).unwrap();
        s[..s.find('"').unwrap()].parse().unwrap()
    };
    (num("width"), num("height"))
}

/// The maps the properties are checked on: data/ and generated ones, wide and deep.
pub(crate) fn maps() -> Vec<(String, Map)> {
    let mut out = data_maps();
    for (n, shape) in [(100, Shape::Wide), (500, Shape::Wide), (2000, Shape::Wide), (2000, Shape::Deep)] {
        out.push((format!("generated {n} {shape:?}"), generate_shaped(n, 1, shape)));
    }
    out
}

/// What a person's card stands for, worked out here from the map alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Unit(usize),
    Ours,
    Others,
    NoUnit,
}

fn key_of(map: &Map, p: usize) -> Key {
    let person = &map.people[p];
    match (person.unit, person.side) {
        (Some(u), _) => Key::Unit(u),
        (None, Side::Ours) => Key::Ours,
        (None, Side::Partner | Side::Competitor) => Key::Others,
        (None, Side::Customer) => Key::NoUnit,
    }
}

fn key_of_card(g: Group) -> Key {
    match g {
        Group::Unit(u) => Key::Unit(u),
        Group::OurSide => Key::Ours,
        Group::Others => Key::Others,
        Group::Top => Key::NoUnit,
    }
}

#[test]
fn every_unit_is_a_card_with_its_head_count() {
    for (name, map) in maps() {
        let (svg, _, ov) = drawn(&map);
        let mut heads: BTreeMap<Key, usize> = BTreeMap::new();
        for p in 0..map.people.len() {
            *heads.entry(key_of(&map, p)).or_default() += 1;
        }
        for u in 0..map.units.len() {
            let c = overview::card_of_unit(&ov, u).unwrap_or_else(|| panic!("{name}: unit {u} has no card"));
            let want = heads.get(&Key::Unit(u)).copied().unwrap_or(0);
            assert_eq!(ov.cards[c].people, want, "{name}: unit {}", map.units[u].id);
            let group = svg.split(&format!("id=\"unit-{c}\"")).nth(1).unwrap().split("</g>").next().unwrap();
            // The HTML report's script finds the unit (and its key people) on the card.
            assert!(group.starts_with(&format!(" data-unit=\"{u}\" data-key=\"")), "{name}: {group}");
            let count = if want == 1 { "1 person".to_string() } else { format!("{want} people") };
            assert!(group.contains(&count), "{name}: unit {} should say {count}: {group}", map.units[u].id);
        }
        for (k, n) in &heads {
            let c = ov.cards.iter().find(|c| key_of_card(c.group) == *k);
            assert_eq!(c.map(|c| c.people), Some(*n), "{name}: {k:?}");
        }
        assert!(ov.cards.iter().all(|c| c.key.len() <= overview::KEY_PEOPLE));
    }
}

#[test]
fn links_count_exactly_the_ties_between_two_units() {
    for (name, map) in maps() {
        let (_, _, ov) = drawn(&map);
        let mut want: BTreeMap<(Key, Key, TieKind), usize> = BTreeMap::new();
        for t in &map.ties {
            let (a, b) = (key_of(&map, t.from), key_of(&map, t.to));
            if a != b {
                *want.entry((a.min(b), a.max(b), t.kind)).or_default() += 1;
            }
        }
        let got: BTreeMap<(Key, Key, TieKind), usize> = ov
            .links
            .iter()
            .map(|l| {
                let (a, b) = (key_of_card(ov.cards[l.a].group), key_of_card(ov.cards[l.b].group));
                ((a.min(b), a.max(b), l.kind), l.count())
            })
            .collect();
        assert_eq!(got, want, "{name}");
    }
}

#[test]
fn the_overview_is_page_shaped_from_100_to_2000_people() {
    for (name, map) in maps() {
        let (svg, _, _) = drawn(&map);
        let (w, h) = size(&svg);
        assert!(w / h <= 3.0 && h / w <= 3.0, "{name}: {w} × {h}");
    }
}

#[test]
fn the_same_map_gives_the_same_bytes() {
    let map = generate_shaped(500, 3, Shape::Deep);
    for format in [Format::Svg, Format::Dot, Format::Mermaid, Format::Html, Format::Graphml] {
        let a = crate::draw(&map, format, &Overlay::default(), &opts());
        let b = crate::draw(&map, format, &Overlay::default(), &opts());
        assert_eq!(a, b, "{format:?}");
    }
}

fn script_map() -> Map {
    let v = serde_json::json!({
        "version": 1, "account": "Acme \"<b>\"",
        "units": [
            {"id": "rd", "name": "R&D <script>alert(\"x\")</script>"},
            {"id": "q", "name": "Quality \"QA\" | end; style c0 fill:#f00", "parent": "rd"}
        ],
        "people": [
            {"id": "a", "name": "Ann <img src=x>", "unit": "rd", "roles": ["approver"]},
            {"id": "b", "name": "Bo \"B\"", "unit": "q"},
            {"id": "c", "name": "Cy", "unit": "q"},
            {"id": "me", "name": "Me & co", "side": "ours"}
        ],
        "ties": [
            {"from": "b", "to": "a", "kind": "reports_to"},
            {"from": "c", "to": "a", "kind": "influences"},
            {"from": "b", "to": "a", "kind": "influences"},
            {"from": "me", "to": "c", "kind": "knows"}
        ]
    });
    crate::load(&v.to_string())
}

#[test]
fn unit_names_are_text_in_every_format() {
    let map = script_map();
    let svg = crate::draw(&map, Format::Svg, &Overlay::default(), &opts());
    let doc = roxmltree::Document::parse(&svg).unwrap();
    assert!(!doc.descendants().any(|n| n.has_tag_name("script") || n.has_tag_name("img")));
    let texts: String = doc.descendants().filter_map(|n| n.text()).collect::<Vec<_>>().join("\n");
    assert!(texts.contains("R&D <script>alert(\"x\")</script>"), "{texts}");
    assert!(texts.contains("influences ×2"), "the tooltip counts both ties: {texts}");
    let html = crate::draw(&map, Format::Html, &Overlay::default(), &opts());
    assert_eq!(html.to_lowercase().matches("<script").count(), 2, "only the report's own scripts");
    let dot = crate::draw(&map, Format::Dot, &Overlay::default(), &opts());
    assert!(dot.contains(r#"R&amp;D &lt;script&gt;alert(\"x\")"#) && !dot.contains("<script>"), "{dot}");
    if have_dot("unit_names_are_text_in_every_format") {
        let out = dot_accepts("overview", &dot);
        assert!(!out.contains("<script>") && out.contains("&lt;script&gt;"));
    }
    let graphml = crate::draw(&map, Format::Graphml, &Overlay::default(), &opts());
    let doc = roxmltree::Document::parse(&graphml).unwrap();
    let names: Vec<&str> =
        doc.descendants().filter(|n| n.attribute("key") == Some("name")).filter_map(|n| n.text()).collect();
    assert!(names.contains(&"R&D <script>alert(\"x\")</script>"), "{names:?}");
    let counts: usize = doc
        .descendants()
        .filter(|n| n.attribute("key") == Some("count"))
        .filter_map(|n| n.text()?.parse::<usize>().ok())
        .sum();
    assert_eq!(counts, 4, "every tie between two units is counted: {graphml}");
    let mermaid = crate::draw(&map, Format::Mermaid, &Overlay::default(), &opts());
    for line in mermaid.lines().map(str::trim) {
        if let Some(label) = line.split_once("[\"").map(|(_, r)| r) {
            let label = label.strip_suffix("\"]").unwrap_or_else(|| panic!("label not closed: {line}"));
            assert!(!label.contains('"') && !label.replace("<br>", "").contains('<'), "{line}");
        }
    }
    assert!(!mermaid.contains("\nend;") && !mermaid.contains("style c0 fill:#f00\n"), "{mermaid}");
}

fn powermap() -> Command {
    Command::cargo_bin("powermap").unwrap()
}

#[test]
fn big_whole_map_pictures_default_to_the_overview_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.json");
    powermap().args(["generate", "--people", "200", "--seed", "1", "-o"]).arg(&big).assert().success();
    let out = powermap().arg("render").arg(&big).args(["--format", "svg", "--lang", "en"]).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("drawing the overview") && err.contains("--view full"), "{err}");
    assert!(String::from_utf8(out.stdout).unwrap().contains("class=\"unit-card\""));
    let zh = powermap().arg("render").arg(&big).args(["--format", "dot", "--lang", "zh"]).output().unwrap();
    assert!(String::from_utf8(zh.stderr).unwrap().contains("概览"), "the note in the user's language");
    for args in [&["--view", "full"][..], &["--around", "p3"], &["--format", "graphml"]] {
        let out = powermap().arg("render").arg(&big).args(args).args(["--lang", "en"]).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(!String::from_utf8(out.stderr).unwrap().contains("overview"), "{args:?}");
        assert!(!String::from_utf8(out.stdout).unwrap().contains("unit-card"), "{args:?}");
    }
    // Asked of Graphviz, the overview picture is the built-in one, page-shaped, and the
    // note says why (no Graphviz needed); the DOT text is still written as DOT.
    let out = powermap()
        .arg("render")
        .arg(&big)
        .args(["--engine", "graphviz", "--format", "svg", "--lang", "en"])
        .env("PATH", "")
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("the built-in engine draws it page-shaped"), "{err}");
    assert!(String::from_utf8(out.stdout).unwrap().contains("class=\"unit-card\""));
    let out = powermap()
        .arg("render")
        .arg(&big)
        .args(["--engine", "graphviz", "--format", "dot"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("digraph"));
    assert!(!String::from_utf8(out.stderr).unwrap().contains("built-in"));
    // A small map keeps the full view.
    let small = crate::root().join("data/north-china-grid.json");
    let out = powermap().arg("render").arg(&small).args(["--lang", "en"]).output().unwrap();
    assert!(!String::from_utf8(out.stdout).unwrap().contains("unit-card"));
    assert!(!String::from_utf8(out.stderr).unwrap().contains("overview"));
    powermap()
        .arg("render")
        .arg(&small)
        .args(["--view", "overview", "--format", "mermaid"])
        .assert()
        .success();
}
