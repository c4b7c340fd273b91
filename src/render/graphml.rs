//! GraphML export (for Gephi, yEd, networkx): every person attribute as a node key,
//! every tie attribute as an edge key, the overlay as extra node keys. People are keyed
//! by their ids; every value is XML-escaped; keys and rows are in a fixed order.

use std::io::{self, Write};

use crate::graph::OrgGraph;
use crate::render::Overlay;
use crate::render::escape::{xml, xml_attr, xml_ids};
use crate::render::view::Scene;
use crate::vocab::Vocab;

/// Node keys: (id, type).
const NODE_KEYS: &[(&str, &str)] = &[
    ("name", "string"),
    ("title", "string"),
    ("unit", "string"),
    ("unit_name", "string"),
    ("side", "string"),
    ("level", "int"),
    ("roles", "string"),
    ("stance", "string"),
    ("stance_score", "int"),
    ("favors", "string"),
    ("relationship", "int"),
    ("expertise", "string"),
    ("style", "string"),
    ("adaptability", "string"),
    ("interests", "string"),
    ("notes", "string"),
    ("top_rank", "int"),
    ("on_path", "boolean"),
    ("reached", "boolean"),
];

/// Edge keys: (id, type).
const EDGE_KEYS: &[(&str, &str)] = &[
    ("kind", "string"),
    ("symmetric", "boolean"),
    ("strength", "int"),
    ("dotted", "boolean"),
    ("note", "string"),
];

/// Writes the scene as GraphML. The graph is directed; symmetric ties (knows, conflict)
/// carry `symmetric=true` rather than `directed="false"`, which common readers (networkx)
/// refuse inside a directed graph. O(P + T).
pub fn write(g: &OrgGraph, scene: &Scene, overlay: &Overlay, w: &mut dyn Write) -> io::Result<()> {
    let map = g.map;
    writeln!(w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
    writeln!(
        w,
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">"
    )?;
    for (k, t) in NODE_KEYS {
        writeln!(w, "  <key id=\"{k}\" for=\"node\" attr.name=\"{k}\" attr.type=\"{t}\"/>")?;
    }
    for (k, t) in EDGE_KEYS {
        writeln!(w, "  <key id=\"{k}\" for=\"edge\" attr.name=\"{k}\" attr.type=\"{t}\"/>")?;
    }
    let desc: Vec<&str> =
        [map.account.as_deref(), map.opportunity.as_deref()].into_iter().flatten().collect();
    writeln!(w, "  <graph id=\"{}\" edgedefault=\"directed\">", xml_attr(&desc.join(" — ")))?;
    let level = &g.level;
    // Node ids as XML can hold them, still one per person.
    let ids = xml_ids(map.people.iter().map(|p| p.id.as_str()));
    for &p in &scene.people {
        let person = &map.people[p];
        writeln!(w, "    <node id=\"{}\">", xml_attr(&ids[p]))?;
        let mut data = |k: &str, v: &str| writeln!(w, "      <data key=\"{k}\">{}</data>", xml(v));
        data("name", person.display_name())?;
        if let Some(t) = &person.title {
            data("title", t)?;
        }
        if let Some(u) = person.unit {
            data("unit", &map.units[u].id)?;
            data("unit_name", map.units[u].display_name())?;
        }
        data("side", person.side.as_str())?;
        if let Some(l) = level.get(p).copied().flatten() {
            data("level", &l.to_string())?;
        }
        let roles: Vec<&str> = person.roles.iter().map(|r| r.as_str()).collect();
        data("roles", &roles.join(";"))?;
        data("stance", person.stance.as_str())?;
        if let Some(sc) = person.stance.score() {
            data("stance_score", &sc.to_string())?;
        }
        if let Some(v) = &person.favors {
            data("favors", v)?;
        }
        data("relationship", &person.relationship.value().to_string())?;
        if let Some(v) = person.expertise {
            data("expertise", v.as_str())?;
        }
        if let Some(v) = person.style {
            data("style", v.as_str())?;
        }
        if let Some(v) = person.adaptability {
            data("adaptability", v.as_str())?;
        }
        let interests: Vec<&str> = person.interests.iter().map(|i| i.as_str()).collect();
        if !interests.is_empty() {
            data("interests", &interests.join(";"))?;
        }
        if let Some(v) = &person.notes {
            data("notes", v)?;
        }
        if let Some(r) = scene.top_rank[p] {
            data("top_rank", &(r + 1).to_string())?;
        }
        data("on_path", if overlay.path.contains(&p) { "true" } else { "false" })?;
        if let Some(r) = overlay.reached.get(p) {
            data("reached", if *r { "true" } else { "false" })?;
        }
        writeln!(w, "    </node>")?;
    }
    for &t in &scene.ties {
        let tie = &map.ties[t];
        writeln!(
            w,
            "    <edge id=\"t{t}\" source=\"{}\" target=\"{}\">",
            xml_attr(&ids[tie.from]),
            xml_attr(&ids[tie.to])
        )?;
        writeln!(w, "      <data key=\"kind\">{}</data>", tie.kind.as_str())?;
        writeln!(w, "      <data key=\"symmetric\">{}</data>", tie.kind.is_symmetric())?;
        writeln!(w, "      <data key=\"strength\">{}</data>", tie.strength.value())?;
        writeln!(w, "      <data key=\"dotted\">{}</data>", tie.dotted)?;
        if let Some(n) = &tie.note {
            writeln!(w, "      <data key=\"note\">{}</data>", xml(n))?;
        }
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}
