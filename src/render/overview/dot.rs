//! The overview as Graphviz DOT: a node per card (its lines as the label), the unit tree
//! as edges from each unit down to its sub-units, the drawn links as non-constraining
//! edges labelled with their count, the coach path between cards, and a legend node.
//! Node ids are generated (`c0`, `c1` …); every label is escaped.
//!
//! The cards keep the built-in overview's shelves ([`super::place`]), so Graphviz draws
//! a page-shaped picture too, not one rank of every sub-unit side by side: each row of
//! the packing is a `rank=same` group, chained left to right by invisible edges, and
//! each row is held below the one above by an invisible edge.

use std::io::{self, Write};

use super::draw::{card_lines, tooltip};
use super::{Overview, build};
use crate::graph::OrgGraph;
use crate::i18n::{Msg, tr};
use crate::render::escape::dot as esc;
use crate::render::style::{self, DOT_FONT, HIGHLIGHT, LineKind, Word, word};
use crate::render::view::{Group, Scene};
use crate::render::{Options, Overlay};
use crate::vocab::{TieKind, Vocab};

/// Writes the overview of a scene as DOT. O(U + L) after [`build`].
pub fn write(
    g: &OrgGraph,
    scene: &Scene,
    overlay: &Overlay,
    opts: &Options,
    w: &mut dyn Write,
) -> io::Result<()> {
    let map = g.map;
    let lang = opts.lang;
    let ov = build(g, scene, overlay);
    writeln!(w, "digraph powermap {{")?;
    writeln!(
        w,
        "  graph [rankdir=TB, fontname=\"{DOT_FONT}\", fontsize=14, labelloc=t, label=\"{}\", nodesep=0.3, ranksep=0.6];",
        esc(&crate::render::dot::title(map, lang))
    )?;
    writeln!(
        w,
        "  node [shape=box, style=\"rounded,filled\", fontname=\"{DOT_FONT}\", fontsize=11, margin=\"0.14,0.08\"];"
    )?;
    writeln!(w, "  edge [fontname=\"{DOT_FONT}\", fontsize=10, arrowsize=0.7];")?;
    if scene.people.is_empty() {
        writeln!(
            w,
            "  \"empty\" [shape=plaintext, style=\"\", label=\"{}\"];",
            esc(&word(Word::Empty, lang))
        )?;
    }
    for (c, card) in ov.cards.iter().enumerate() {
        let lines: Vec<String> = card_lines(map, &ov, c, scene, lang).iter().map(|l| esc(l)).collect();
        let fill = if card.ours {
            style::OURS_FILL
        } else if card.group == Group::Others {
            style::OTHER_SIDE_FILL
        } else {
            "#f7f7f7"
        };
        let dashed = (card.customers > 0 && card.reached == 0) || card.all == 0;
        let st = if dashed { "rounded,filled,dashed" } else { "rounded,filled" };
        let top = card.key.iter().any(|&p| scene.top_rank[p].is_some());
        let color = if top { format!(", color=\"{HIGHLIGHT}\", penwidth=2.5") } else { String::new() };
        writeln!(
            w,
            "  \"c{c}\" [label=\"{}\\l\", fillcolor=\"{fill}\", style=\"{st}\"{color}];",
            lines.join("\\l")
        )?;
    }
    for (c, card) in ov.cards.iter().enumerate() {
        if let Some(p) = card.parent {
            writeln!(
                w,
                "  \"c{p}\" -> \"c{c}\" [dir=none, color=\"{}\", penwidth=1.6];",
                style::REPORT_COLOR
            )?;
        }
    }
    let lines: Vec<Vec<String>> = (0..ov.cards.len()).map(|c| card_lines(map, &ov, c, scene, lang)).collect();
    write_shelves(&super::place::place(&ov, lines, LEGEND_H), w)?;
    for link in ov.links.iter().filter(|k| k.drawn) {
        write_link(map, &ov, link, opts, w)?;
    }
    for (i, &(a, b)) in ov.path.iter().enumerate() {
        writeln!(
            w,
            "  \"c{a}\" -> \"c{b}\" [color=\"{HIGHLIGHT}\", penwidth=3.5, constraint=false, label=\"{}\", fontcolor=\"{HIGHLIGHT}\"];",
            i + 1
        )?;
    }
    write_legend(&ov, opts, w)?;
    writeln!(w, "}}")
}

/// About how tall the legend node is, px, for the shape of the packing.
const LEGEND_H: f64 = 140.0;

/// The rows of the built-in packing as ranks: cards of one row in one `rank=same`
/// group, in the packing's order left to right; each row's first card above the next
/// row's. O(U log U).
fn write_shelves(l: &crate::render::layout::Layout, w: &mut dyn Write) -> io::Result<()> {
    let mut rows: std::collections::BTreeMap<i64, Vec<(f64, usize)>> = std::collections::BTreeMap::new();
    for (c, b) in l.nodes.iter().enumerate() {
        rows.entry(b.y.round() as i64).or_default().push((b.x, c));
    }
    let mut above: Option<usize> = None;
    for row in rows.values_mut() {
        row.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let ids: Vec<String> = row.iter().map(|(_, c)| format!("\"c{c}\"")).collect();
        writeln!(w, "  {{ rank=same; {}; }}", ids.join("; "))?;
        if ids.len() > 1 {
            writeln!(w, "  {} [style=invis];", ids.join(" -> "))?;
        }
        if let (Some(a), Some(&(_, first))) = (above, row.first()) {
            writeln!(w, "  \"c{a}\" -> \"c{first}\" [style=invis, weight=0];")?;
        }
        above = row.first().map(|&(_, c)| c);
    }
    if let Some(a) = above {
        writeln!(w, "  \"c{a}\" -> \"legend\" [style=invis, weight=0];")?;
    }
    Ok(())
}

fn write_link(
    map: &crate::model::Map,
    ov: &Overview,
    link: &super::Link,
    opts: &Options,
    w: &mut dyn Write,
) -> io::Result<()> {
    let (line, color, _) = super::draw::link_look(link.kind);
    let st = match line {
        LineKind::Solid => "solid",
        LineKind::Dotted => "dotted",
        LineKind::Dashed => "dashed",
    };
    let dir = match (link.kind, link.forward > 0, link.back > 0) {
        (TieKind::Influences, true, true) => "both",
        (TieKind::Influences, false, true) => "back",
        (TieKind::Influences, _, _) => "forward",
        _ => "none",
    };
    let width = super::draw::link_width(link.count());
    writeln!(
        w,
        "  \"c{}\" -> \"c{}\" [style={st}, color=\"{color}\", fontcolor=\"{color}\", dir={dir}, constraint=false, penwidth={width:.1}, label=\"×{}\", tooltip=\"{}\"];",
        link.a,
        link.b,
        link.count(),
        esc(&tooltip(map, ov, link, opts.lang))
    )
}

fn write_legend(ov: &Overview, opts: &Options, w: &mut dyn Write) -> io::Result<()> {
    let lang = opts.lang;
    let mut rows = vec![word(Word::Legend, lang), tr(lang, "legend-overview-card"), word(Word::Roles, lang)];
    rows.push(tr(lang, "legend-overview-unreached"));
    rows.push(tr(lang, "legend-overview-structure"));
    for kind in [TieKind::ReportsTo, TieKind::Influences, TieKind::Knows, TieKind::Conflict] {
        if ov.links.iter().any(|k| k.drawn && k.kind == kind) {
            rows.push(Msg::new("legend-overview-link").arg("kind", kind.term()).render(lang));
        }
    }
    let drawn = ov.links.iter().filter(|k| k.drawn).count();
    let apart = ov.links.iter().filter(|k| !k.along_tree).count();
    if drawn < apart {
        rows.push(Msg::new("legend-overview-undrawn").arg("drawn", drawn).arg("links", apart).render(lang));
    }
    let label: Vec<String> = rows.iter().map(|r| esc(r)).collect();
    writeln!(
        w,
        "  \"legend\" [shape=plaintext, style=\"\", fontsize=10, label=\"{}\\l\"];",
        label.join("\\l")
    )
}
