//! Tests of `powermap render` and the render library: golden DOT files, DOT accepted
//! by Graphviz, well-formed SVG and GraphML, escaping in every format, determinism,
//! robustness on odd and large maps, and the command line. One test binary.

mod bench;
mod cli;
mod escaping;
mod examples;
mod formats;
mod genmap;
mod golden;
mod layoutrs;
mod overview;
mod pictures;
mod routing;
mod shelves;

use powermap::graph::OrgGraph;
use powermap::model::Map;
use powermap::render::{Format, Options, Overlay, View, render};

/// Every format.
pub const FORMATS: [Format; 5] = [Format::Dot, Format::Svg, Format::Html, Format::Graphml, Format::Mermaid];
/// Every view.
pub const VIEWS: [View; 4] = [View::Org, View::Influence, View::Coverage, View::Full];

/// The repository root.
pub fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Loads a map from JSON text (must be valid).
pub fn load(text: &str) -> Map {
    powermap::load::load_json_str(text, "test.json").unwrap_or_else(|e| panic!("{e:?}")).map
}

/// Every map in data/, at any depth: each JSON file and each directory holding a
/// people.csv, with its path relative to data/.
pub fn data_maps() -> Vec<(String, Map)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                if p.join("people.csv").is_file() {
                    out.push(p.clone());
                }
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "json") {
                out.push(p);
            }
        }
    }
    let data = root().join("data");
    let mut paths = Vec::new();
    walk(&data, &mut paths);
    let mut out = Vec::new();
    for p in paths {
        let src = powermap::load::MapSource::Path(p.clone());
        match powermap::load::load(&src) {
            Ok(l) => out.push((p.strip_prefix(&data).unwrap().display().to_string(), l.map)),
            Err(e) => panic!("{}: {e}", p.display()),
        }
    }
    assert!(out.len() >= 3, "expected the maps in data/");
    out
}

/// Renders to a string.
pub fn draw(map: &Map, format: Format, overlay: &Overlay, opts: &Options) -> String {
    let g = OrgGraph::new(map);
    let mut out = Vec::new();
    render(format, &g, overlay, opts, &mut out).unwrap_or_else(|e| panic!("{format:?}: {e}"));
    String::from_utf8(out).unwrap()
}

/// Is Graphviz `dot` installed? Prints why a test is skipped when not.
pub fn have_dot(test: &str) -> bool {
    let ok = std::process::Command::new("dot").arg("-V").output().is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("SKIPPED {test}: Graphviz `dot` is not installed (CI installs graphviz)");
    }
    ok
}

/// Runs `dot -Tsvg` on DOT text; panics with Graphviz's message if it refuses it.
pub fn dot_accepts(name: &str, dot_text: &str) -> String {
    use std::io::Write;
    let mut child = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let text = dot_text.to_string();
    let feeder = std::thread::spawn(move || stdin.write_all(text.as_bytes()));
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{name}: dot refused the DOT: {err}\n{dot_text}");
    assert!(!err.contains("rror") && !err.contains("syntax"), "{name}: dot complained: {err}");
    String::from_utf8(out.stdout).unwrap()
}
