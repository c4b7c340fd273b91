//! Our Graphviz DOT writer: units as nested clusters, people as boxes keyed by their
//! (escaped) ids, reporting lines from manager down to subordinate, influence, knows and
//! conflict ties as non-constraining edges, the overlay, and a legend. Every string is
//! escaped and everything is written in file order, so the text is stable.

use std::io::{self, Write};

use crate::model::{Map, PersonIx, UnitIx};
use crate::render::escape::{dot as esc, dot_id, truncate, xml};
use crate::render::style::{self, DOT_FONT, HIGHLIGHT, LineKind, Word, word};
use crate::render::view::{Group, Scene};
use crate::render::{Options, View};
use crate::vocab::{Lang, Side, TieKind};

/// Writes the scene as DOT. O(P + T + U).
pub fn write(map: &Map, scene: &Scene, opts: &Options, w: &mut dyn Write) -> io::Result<()> {
    let lang = opts.lang;
    writeln!(w, "digraph powermap {{")?;
    let title = title(map, lang);
    writeln!(
        w,
        "  graph [rankdir=TB, newrank=true, fontname=\"{DOT_FONT}\", fontsize=14, labelloc=t, label=\"{}\", nodesep=0.25, ranksep=0.55];",
        esc(&title)
    )?;
    writeln!(
        w,
        "  node [shape=box, style=\"rounded,filled\", fontname=\"{DOT_FONT}\", fontsize=11, margin=\"0.12,0.06\"];"
    )?;
    writeln!(w, "  edge [fontname=\"{DOT_FONT}\", fontsize=9, arrowsize=0.7];")?;
    if scene.people.is_empty() {
        writeln!(
            w,
            "  \"empty\" [shape=plaintext, style=\"\", label=\"{}\"];",
            esc(&word(Word::Empty, lang))
        )?;
    }
    // Groups: nested clusters for units, then the virtual groups, then ungrouped people.
    let members = scene.members(map);
    let tree = Tree { children: unit_children(map, scene), populated: populated_units(map, scene), members };
    for &u in &scene.units {
        if scene.parent_of(map, u).is_none() {
            write_unit(map, scene, opts, u, &tree, 1, w)?;
        }
    }
    for (g, label, id) in
        [(Group::OurSide, Word::OurSide, "cluster_our_side"), (Group::Others, Word::Others, "cluster_others")]
    {
        if let Some(ps) = tree.members.get(&g) {
            writeln!(w, "  subgraph \"{id}\" {{")?;
            writeln!(
                w,
                "    graph [label=\"{}\", style=\"rounded,dashed\", color=\"{}\"];",
                esc(&word(label, lang)),
                style::UNIT_BORDER
            )?;
            for &p in ps {
                write_person(map, scene, opts, p, 2, w)?;
            }
            writeln!(w, "  }}")?;
        }
    }
    for &p in tree.members.get(&Group::Top).map(Vec::as_slice).unwrap_or(&[]) {
        write_person(map, scene, opts, p, 1, w)?;
    }
    write_levels(map, scene, w)?;
    for &t in &scene.ties {
        write_tie(map, scene, t, w)?;
    }
    for (i, &(a, b)) in scene.path_edges.iter().enumerate() {
        writeln!(
            w,
            "  \"{}\" -> \"{}\" [color=\"{HIGHLIGHT}\", penwidth=3.5, constraint=false, label=\"{}\", fontcolor=\"{HIGHLIGHT}\"];",
            node_id(map, a),
            node_id(map, b),
            i + 1
        )?;
    }
    write_legend(scene, opts, w)?;
    writeln!(w, "}}")
}

/// The diagram's title: account and opportunity, cut to a readable length.
pub fn title(map: &Map, _lang: Lang) -> String {
    let parts: Vec<&str> =
        [map.account.as_deref(), map.opportunity.as_deref()].into_iter().flatten().collect();
    truncate(&parts.join(" — "), 70.0)
}

/// The DOT node name of a person: `p_` and the escaped id, so no person can collide
/// with the diagram's own nodes (`legend`, `empty`, `unit_N_empty`, `level_N`).
/// Ids that differ only by a control character stay distinct (see [`dot_id`]).
pub fn node_id(map: &Map, p: PersonIx) -> String {
    dot_id(&map.people[p].id)
}

/// Drawn child units of each drawn unit, in file order.
pub fn unit_children(map: &Map, scene: &Scene) -> Vec<Vec<UnitIx>> {
    let mut children = vec![Vec::new(); map.units.len()];
    for &u in &scene.units {
        if let Some(p) = scene.parent_of(map, u) {
            children[p].push(u);
        }
    }
    children
}

/// The drawn units as a tree: children, people and whether anyone shown sits below.
struct Tree {
    children: Vec<Vec<UnitIx>>,
    populated: Vec<bool>,
    members: std::collections::BTreeMap<Group, Vec<PersonIx>>,
}

fn write_unit(
    map: &Map,
    scene: &Scene,
    opts: &Options,
    u: UnitIx,
    tree: &Tree,
    depth: usize,
    w: &mut dyn Write,
) -> io::Result<()> {
    let pad = "  ".repeat(depth);
    let unit = &map.units[u];
    let empty = !tree.members.contains_key(&Group::Unit(u)) && tree.children[u].is_empty();
    writeln!(w, "{pad}subgraph \"cluster_u{u}\" {{")?;
    let style = if tree.populated[u] { "rounded" } else { "rounded,dashed" };
    writeln!(
        w,
        "{pad}  graph [label=\"{}\", style=\"{style}\", color=\"{}\", fontsize=12];",
        esc(&truncate(unit.display_name(), 24.0)),
        style::UNIT_BORDER
    )?;
    if empty {
        // Graphviz drops an empty cluster; a blank point keeps the unit (and its gap) visible.
        writeln!(w, "{pad}  \"unit_{u}_empty\" [shape=point, style=invis, label=\"\"];")?;
    }
    for &c in &tree.children[u] {
        write_unit(map, scene, opts, c, tree, depth + 1, w)?;
    }
    for &p in tree.members.get(&Group::Unit(u)).map(Vec::as_slice).unwrap_or(&[]) {
        write_person(map, scene, opts, p, depth + 1, w)?;
    }
    writeln!(w, "{pad}}}")
}

/// Per unit: does a shown person sit in it or below it? One walk up from each shown
/// person, stopping at a unit already marked, so O(P + U) (a cycle of units cannot loop).
pub fn populated_units(map: &Map, scene: &Scene) -> Vec<bool> {
    let mut populated = vec![false; map.units.len()];
    for &p in &scene.people {
        let mut cur = map.people[p].unit;
        let mut steps = 0;
        while let Some(x) = cur {
            if populated[x] {
                break;
            }
            populated[x] = true;
            cur = map.units[x].parent;
            steps += 1;
            if steps > map.units.len() {
                break;
            }
        }
    }
    populated
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
    let person = &map.people[p];
    let lines = style::person_lines(map, p, scene.top_rank[p], opts.lang);
    let label: Vec<String> = lines.iter().map(|l| esc(l)).collect();
    let mut attrs = format!(
        "label=\"{}\", fillcolor=\"{}\", penwidth={}",
        label.join("\\n"),
        style::person_fill(person),
        style::relationship_width(person.relationship)
    );
    if scene.unreached[p] {
        attrs.push_str(", style=\"rounded,filled,dashed\"");
    }
    if scene.top_rank[p].is_some() {
        attrs.push_str(&format!(", color=\"{HIGHLIGHT}\", peripheries=2"));
    }
    if person.side != Side::Customer {
        attrs.push_str(", shape=box");
    }
    if let Some(t) = &person.title {
        attrs.push_str(&format!(", tooltip=\"{}\"", esc(&format!("{} — {t}", person.display_name()))));
    }
    writeln!(w, "{pad}\"{}\" [{attrs}];", node_id(map, p))
}

/// People on the same level share a rank (levels are written or derived from reporting
/// lines), and an invisible chain of level anchors keeps the levels in order even for
/// people outside any reporting line.
fn write_levels(map: &Map, scene: &Scene, w: &mut dyn Write) -> io::Result<()> {
    let level = crate::graph::derive_levels(map);
    let mut by_level: std::collections::BTreeMap<u32, Vec<PersonIx>> = std::collections::BTreeMap::new();
    for &p in &scene.people {
        if let Some(l) = level[p] {
            by_level.entry(l).or_default().push(p);
        }
    }
    if by_level.len() < 2 {
        return Ok(());
    }
    let anchors: Vec<String> = by_level.keys().map(|l| format!("\"level_{l}\"")).collect();
    for a in &anchors {
        writeln!(w, "  {a} [shape=point, style=invis, width=0, height=0, label=\"\"];")?;
    }
    writeln!(w, "  {} [style=invis];", anchors.join(" -> "))?;
    for (a, ps) in anchors.iter().zip(by_level.values()) {
        let ids: Vec<String> = ps.iter().map(|&p| format!("\"{}\"", node_id(map, p))).collect();
        writeln!(w, "  {{ rank=same; {a}; {}; }}", ids.join("; "))?;
    }
    Ok(())
}

fn write_tie(map: &Map, scene: &Scene, t: usize, w: &mut dyn Write) -> io::Result<()> {
    let tie = &map.ties[t];
    let (from, to) = (node_id(map, tie.from), node_id(map, tie.to));
    let (line, color, _) = style::tie_look(tie.kind, tie.dotted);
    let style_word = match line {
        LineKind::Solid => "solid",
        LineKind::Dotted => "dotted",
        LineKind::Dashed => "dashed",
    };
    let mut attrs = format!("style={style_word}, color=\"{color}\"");
    let note = tie.note.as_deref().map(|n| format!(", tooltip=\"{}\"", esc(n))).unwrap_or_default();
    match tie.kind {
        TieKind::ReportsTo => {
            // Drawn from the manager down, so the manager ranks above.
            if scene.faint_reporting {
                attrs = format!("style={style_word}, color=\"#b0b0b0\"");
            }
            return writeln!(w, "  \"{to}\" -> \"{from}\" [{attrs}, dir=none{note}];");
        }
        TieKind::Influences => {
            attrs.push_str(&format!(", penwidth={}, constraint=false", style::strength_width(tie.strength)));
        }
        TieKind::Knows => {
            attrs.push_str(&format!(
                ", dir=none, constraint=false, penwidth={}",
                style::strength_width(tie.strength)
            ));
        }
        TieKind::Conflict => {
            attrs.push_str(", dir=both, arrowhead=tee, arrowtail=tee, constraint=false, penwidth=1.5");
        }
    }
    writeln!(w, "  \"{from}\" -> \"{to}\" [{attrs}{note}];")
}

/// The legend: one node with an HTML-like table (stance colours, role symbols, lines).
fn write_legend(scene: &Scene, opts: &Options, w: &mut dyn Write) -> io::Result<()> {
    let lang = opts.lang;
    let mut rows = String::new();
    rows.push_str(&format!("<TR><TD COLSPAN=\"2\"><B>{}</B></TD></TR>", xml(&word(Word::Legend, lang))));
    rows.push_str(&format!(
        "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">{}</TD></TR>",
        xml(&word(Word::Stance, lang))
    ));
    for (fill, label) in style::legend_stances(lang) {
        rows.push_str(&format!(
            "<TR><TD BGCOLOR=\"{fill}\" WIDTH=\"24\"> </TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
            xml(&label)
        ));
    }
    for line in [Word::Roles, Word::Relationship] {
        rows.push_str(&format!("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">{}</TD></TR>", xml(&word(line, lang))));
    }
    for (kind, color, arrow, label) in style::legend_lines(&scene.kinds, lang) {
        let glyph = match kind {
            LineKind::Solid => "━━",
            LineKind::Dotted => "┈┈",
            LineKind::Dashed => "╌╌",
        };
        let head = if arrow { "▶" } else { "" };
        rows.push_str(&format!(
            "<TR><TD><FONT COLOR=\"{color}\">{glyph}{head}</FONT></TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
            xml(&label)
        ));
    }
    rows.push_str(&format!(
        "<TR><TD><FONT COLOR=\"{HIGHLIGHT}\">▣</FONT></TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
        xml(&word(Word::Top, lang))
    ));
    if !scene.path_edges.is_empty() {
        rows.push_str(&format!(
            "<TR><TD><FONT COLOR=\"{HIGHLIGHT}\">━━▶</FONT></TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
            xml(&word(Word::Path, lang))
        ));
    }
    if matches!(opts.view, View::Coverage | View::Full) && scene.unreached.iter().any(|u| *u) {
        rows.push_str(&format!(
            "<TR><TD>┄┄</TD><TD ALIGN=\"LEFT\">{}</TD></TR>",
            xml(&word(Word::Unreached, lang))
        ));
    }
    writeln!(w, "  subgraph \"cluster_legend\" {{")?;
    writeln!(w, "    graph [label=\"\", style=invis];")?;
    writeln!(
        w,
        "    \"legend\" [shape=plaintext, style=\"\", fontsize=10, label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\">{rows}</TABLE>>];"
    )?;
    writeln!(w, "  }}")
}
