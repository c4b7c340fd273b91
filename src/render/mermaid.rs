//! Mermaid `flowchart` export for Markdown wikis: units as nested subgraphs, people as
//! boxes with quoted, entity-escaped labels, ties as links styled by kind, the overlay.
//! Ids are generated (`p3`, `u1`), so no name can break the syntax.

use std::collections::BTreeMap;
use std::io::{self, Write};

use crate::model::{Map, PersonIx, UnitIx};
use crate::render::Options;
use crate::render::escape::{mermaid as esc, truncate};
use crate::render::style::{self, HIGHLIGHT, Word, word};
use crate::render::view::{Group, Scene};
use crate::vocab::TieKind;

/// Writes the scene as a Mermaid flowchart. O(P + T + U).
pub fn write(map: &Map, scene: &Scene, opts: &Options, w: &mut dyn Write) -> io::Result<()> {
    let lang = opts.lang;
    writeln!(w, "flowchart TB")?;
    if scene.people.is_empty() {
        writeln!(w, "  empty[\"{}\"]", esc(&word(Word::Empty, lang)))?;
    }
    let members = scene.members(map);
    let children = crate::render::dot::unit_children(map, scene);
    for &u in &scene.units {
        if scene.parent_of(map, u).is_none() {
            write_unit(map, scene, opts, u, &children, &members, 1, w)?;
        }
    }
    for (g, label, id) in
        [(Group::OurSide, Word::OurSide, "g_ours"), (Group::Others, Word::Others, "g_others")]
    {
        if let Some(ps) = members.get(&g) {
            writeln!(w, "  subgraph {id}[\"{}\"]", esc(&word(label, lang)))?;
            for &p in ps {
                write_person(map, scene, opts, p, 2, w)?;
            }
            writeln!(w, "  end")?;
        }
    }
    for &p in members.get(&Group::Top).map(Vec::as_slice).unwrap_or(&[]) {
        write_person(map, scene, opts, p, 1, w)?;
    }
    // Links, then their styles by index.
    let mut styles = Vec::new();
    for &t in &scene.ties {
        let tie = &map.ties[t];
        let (a, b) = (tie.from, tie.to);
        let (line, stl) = match tie.kind {
            TieKind::ReportsTo if tie.dotted => {
                (format!("p{b} -.- p{a}"), format!("stroke:{}", style::REPORT_COLOR))
            }
            TieKind::ReportsTo => {
                let c = if scene.faint_reporting { "#b0b0b0" } else { style::REPORT_COLOR };
                (format!("p{b} --- p{a}"), format!("stroke:{c}"))
            }
            TieKind::Influences => (
                format!("p{a} -.-> p{b}"),
                format!(
                    "stroke:{},stroke-width:{}px",
                    style::INFLUENCE_COLOR,
                    style::strength_width(tie.strength)
                ),
            ),
            TieKind::Knows => (format!("p{a} --- p{b}"), format!("stroke:{}", style::KNOWS_COLOR)),
            TieKind::Conflict => (format!("p{a} x--x p{b}"), format!("stroke:{}", style::CONFLICT_COLOR)),
        };
        writeln!(w, "  {line}")?;
        styles.push(stl);
    }
    for (i, &(a, b)) in scene.path_edges.iter().enumerate() {
        writeln!(w, "  p{a} ==>|\"{}\"| p{b}", i + 1)?;
        styles.push(format!("stroke:{HIGHLIGHT},stroke-width:4px"));
    }
    for (i, s) in styles.iter().enumerate() {
        writeln!(w, "  linkStyle {i} {s}")?;
    }
    for &p in &scene.people {
        let person = &map.people[p];
        let mut s = format!(
            "fill:{},stroke:#333333,stroke-width:{}px,color:#000000",
            style::person_fill(person),
            style::relationship_width(person.relationship)
        );
        if scene.top_rank[p].is_some() {
            s = format!(
                "fill:{},stroke:{HIGHLIGHT},stroke-width:4px,color:#000000",
                style::person_fill(person)
            );
        }
        if scene.unreached[p] {
            s.push_str(",stroke-dasharray:5 3");
        }
        writeln!(w, "  style p{p} {s}")?;
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn write_unit(
    map: &Map,
    scene: &Scene,
    opts: &Options,
    u: UnitIx,
    children: &[Vec<UnitIx>],
    members: &BTreeMap<Group, Vec<PersonIx>>,
    depth: usize,
    w: &mut dyn Write,
) -> io::Result<()> {
    let pad = "  ".repeat(depth);
    writeln!(w, "{pad}subgraph u{u}[\"{}\"]", esc(&truncate(map.units[u].display_name(), 24.0)))?;
    let empty = children[u].is_empty() && !members.contains_key(&Group::Unit(u));
    if empty {
        // Mermaid drops an empty subgraph; a blank node keeps the unit visible.
        writeln!(w, "{pad}  u{u}_empty[\" \"]")?;
        writeln!(w, "{pad}  style u{u}_empty fill:none,stroke:none")?;
    }
    for &c in &children[u] {
        write_unit(map, scene, opts, c, children, members, depth + 1, w)?;
    }
    for &p in members.get(&Group::Unit(u)).map(Vec::as_slice).unwrap_or(&[]) {
        write_person(map, scene, opts, p, depth + 1, w)?;
    }
    writeln!(w, "{pad}end")
}

fn write_person(
    map: &Map,
    scene: &Scene,
    opts: &Options,
    p: PersonIx,
    depth: usize,
    w: &mut dyn Write,
) -> io::Result<()> {
    let pad = "  ".repeat(depth);
    let lines: Vec<String> =
        style::person_lines(map, p, scene.top_rank[p], opts.lang).iter().map(|l| esc(l)).collect();
    writeln!(w, "{pad}p{p}[\"{}\"]", lines.join("<br>"))
}
