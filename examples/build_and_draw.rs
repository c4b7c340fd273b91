//! Build a small map in code (a buying committee, its reporting lines and who sways
//! whom), check it, and write the built-in SVG diagram.
//!
//! ```sh
//! cargo run --release --example build_and_draw [OUT.svg]
//! ```
//! Without OUT, the SVG goes to standard output.

use powermap::graph::OrgGraph;
use powermap::model::{Map, Person, Tie, Unit};
use powermap::render::{Format, Options, Overlay, render};
use powermap::vocab::{Relationship, Role, Side, Stance, Strength, TieKind};

fn person(id: &str, name: &str, unit: usize, roles: Vec<Role>, stance: Stance) -> Person {
    Person { name: Some(name.into()), unit: Some(unit), roles, stance, ..Person::new(id) }
}

fn tie(from: usize, to: usize, kind: TieKind) -> Tie {
    Tie { from, to, kind, strength: Strength::Medium, dotted: false, note: None }
}

fn unit(id: &str, name: &str, parent: Option<usize>) -> Unit {
    Unit {
        id: id.into(),
        name: Some(name.into()),
        parent,
        kind: None,
        contact: powermap::vocab::Contact::Open,
    }
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first() {
        Some(path) => run().and_then(|svg| std::fs::write(path, svg).map_err(|e| e.to_string())),
        None => run().and_then(|svg| {
            std::io::Write::write_all(&mut std::io::stdout(), &svg).map_err(|e| e.to_string())
        }),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// The example itself: the map built, checked and drawn; the SVG's bytes.
pub fn run() -> Result<Vec<u8>, String> {
    let mut map = Map { account: Some("Acme Hospital".into()), ..Map::default() };
    map.units.push(unit("board", "Board", None));
    map.units.push(unit("radiology", "Radiology", Some(0)));
    map.people.push(person("ceo", "Dana Wu", 0, vec![Role::Approver], Stance::Neutral));
    map.people.push(person("chief", "Dr. Lee", 1, vec![Role::DecisionMaker], Stance::Supporter));
    map.people.push(person("tech", "Sam Ortiz", 1, vec![Role::Evaluator], Stance::Skeptic));
    map.people.push(Person { name: Some("Our rep".into()), side: Side::Ours, ..Person::new("rep") });
    map.people[1].relationship = Relationship::Trusted;
    map.ties.push(tie(1, 0, TieKind::ReportsTo));
    map.ties.push(tie(2, 1, TieKind::ReportsTo));
    map.ties.push(tie(2, 1, TieKind::Influences));
    map.ties.push(tie(3, 1, TieKind::Knows));
    // Written out in the map format and read back, it passes the checks a map file
    // passes (unique ids, no reporting cycle…): the loader would say what is wrong.
    let json = serde_json::to_string(&map).map_err(|e| e.to_string())?;
    let map = powermap::load::load_json_str(&json, "built-in-code.json").map_err(|e| format!("{e:?}"))?.map;
    let g = OrgGraph::new(&map);
    let mut svg = Vec::new();
    render(Format::Svg, &g, &Overlay::default(), &Options::default(), &mut svg).map_err(|e| e.to_string())?;
    Ok(svg)
}
