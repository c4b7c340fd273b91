//! The overview as GraphML (for Gephi, yEd, networkx): a node per card with its counts
//! and key people, an edge per unit and sub-unit (`structure`), and an edge per counted
//! link — every link, drawn or not, with its count. Node ids are generated (`c0` …);
//! every value is XML-escaped; the order is fixed.

use std::io::{self, Write};

use super::{Overview, build};
use crate::graph::OrgGraph;
use crate::render::Overlay;
use crate::render::escape::xml;
use crate::render::view::{Group, Scene};
use crate::vocab::Vocab;

/// Node keys: (id, type).
const NODE_KEYS: &[(&str, &str)] = &[
    ("group", "string"),
    ("unit", "string"),
    ("name", "string"),
    ("people", "int"),
    ("people_with_sub_units", "int"),
    ("customers", "int"),
    ("reached", "int"),
    ("ours", "boolean"),
    ("key_people", "string"),
];

/// Edge keys: (id, type).
const EDGE_KEYS: &[(&str, &str)] =
    &[("kind", "string"), ("count", "int"), ("forward", "int"), ("back", "int"), ("drawn", "boolean")];

/// Writes the overview of a scene as GraphML. O(U + L) after [`build`].
pub fn write(g: &OrgGraph, scene: &Scene, overlay: &Overlay, w: &mut dyn Write) -> io::Result<()> {
    let map = g.map;
    let ov: Overview = build(g, scene, overlay);
    writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(w, "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">")?;
    for (k, t) in NODE_KEYS {
        writeln!(w, "  <key id=\"{k}\" for=\"node\" attr.name=\"{k}\" attr.type=\"{t}\"/>")?;
    }
    for (k, t) in EDGE_KEYS {
        writeln!(w, "  <key id=\"{k}\" for=\"edge\" attr.name=\"{k}\" attr.type=\"{t}\"/>")?;
    }
    writeln!(w, "  <graph id=\"overview\" edgedefault=\"directed\">")?;
    for (c, card) in ov.cards.iter().enumerate() {
        writeln!(w, "    <node id=\"c{c}\">")?;
        let mut data = |k: &str, v: &str| writeln!(w, "      <data key=\"{k}\">{}</data>", xml(v));
        let (group, unit, name) = match card.group {
            Group::Unit(u) => ("unit", map.units[u].id.as_str(), map.units[u].display_name()),
            Group::OurSide => ("our_side", "", ""),
            Group::Others => ("others", "", ""),
            Group::Top => ("no_unit", "", ""),
        };
        data("group", group)?;
        if !unit.is_empty() {
            data("unit", unit)?;
            data("name", name)?;
        }
        data("people", &card.people.to_string())?;
        data("people_with_sub_units", &card.all.to_string())?;
        data("customers", &card.customers.to_string())?;
        data("reached", &card.reached.to_string())?;
        data("ours", if card.ours { "true" } else { "false" })?;
        let key: Vec<&str> = card.key.iter().map(|&p| map.people[p].id.as_str()).collect();
        data("key_people", &key.join(";"))?;
        writeln!(w, "    </node>")?;
    }
    let mut e = 0;
    for (c, card) in ov.cards.iter().enumerate() {
        if let Some(p) = card.parent {
            writeln!(w, "    <edge id=\"e{e}\" source=\"c{p}\" target=\"c{c}\">")?;
            writeln!(w, "      <data key=\"kind\">structure</data>")?;
            writeln!(w, "      <data key=\"drawn\">true</data>")?;
            writeln!(w, "    </edge>")?;
            e += 1;
        }
    }
    for l in &ov.links {
        writeln!(w, "    <edge id=\"e{e}\" source=\"c{}\" target=\"c{}\">", l.a, l.b)?;
        writeln!(w, "      <data key=\"kind\">{}</data>", l.kind.as_str())?;
        writeln!(w, "      <data key=\"count\">{}</data>", l.count())?;
        writeln!(w, "      <data key=\"forward\">{}</data>", l.forward)?;
        writeln!(w, "      <data key=\"back\">{}</data>", l.back)?;
        writeln!(w, "      <data key=\"drawn\">{}</data>", l.drawn || l.along_tree)?;
        writeln!(w, "    </edge>")?;
        e += 1;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}
