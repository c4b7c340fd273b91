//! The overview as a Mermaid flowchart: a box per card (its lines joined by `<br>`), the
//! unit tree as plain links, the drawn links with their count, styled by kind. Ids are
//! generated (`c0`, `c1` …), labels entity-escaped, so no name can break the syntax.

use std::io::{self, Write};

use super::build;
use super::draw::card_lines;
use crate::graph::OrgGraph;
use crate::render::escape::mermaid as esc;
use crate::render::style::{self, HIGHLIGHT, Word, word};
use crate::render::view::{Group, Scene};
use crate::render::{Options, Overlay};
use crate::vocab::TieKind;

/// Writes the overview of a scene as a Mermaid flowchart. O(U + L) after [`build`].
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
    writeln!(w, "flowchart TB")?;
    if scene.people.is_empty() {
        writeln!(w, "  empty[\"{}\"]", esc(&word(Word::Empty, lang)))?;
    }
    for c in 0..ov.cards.len() {
        let lines: Vec<String> = card_lines(map, &ov, c, scene, lang).iter().map(|l| esc(l)).collect();
        writeln!(w, "  c{c}[\"{}\"]", lines.join("<br>"))?;
    }
    let mut styles = Vec::new();
    for (c, card) in ov.cards.iter().enumerate() {
        if let Some(p) = card.parent {
            writeln!(w, "  c{p} --- c{c}")?;
            styles.push(format!("stroke:{},stroke-width:1.6px", style::REPORT_COLOR));
        }
    }
    for link in ov.links.iter().filter(|k| k.drawn) {
        let (a, b, n) = (link.a, link.b, link.count());
        let arrow = match link.kind {
            TieKind::Influences if link.forward > 0 && link.back > 0 => "<-.->",
            TieKind::Influences if link.forward > 0 => "-.->",
            TieKind::Influences => "<-.-",
            TieKind::Conflict => "x--x",
            TieKind::Knows => "---",
            TieKind::ReportsTo => "-.-",
        };
        writeln!(w, "  c{a} {arrow}|\"×{n}\"| c{b}")?;
        let (_, color, _) = super::draw::link_look(link.kind);
        let width = super::draw::link_width(n);
        styles.push(format!("stroke:{color},stroke-width:{width:.1}px"));
    }
    for (i, &(a, b)) in ov.path.iter().enumerate() {
        writeln!(w, "  c{a} ==>|\"{}\"| c{b}", i + 1)?;
        styles.push(format!("stroke:{HIGHLIGHT},stroke-width:4px"));
    }
    for (i, s) in styles.iter().enumerate() {
        writeln!(w, "  linkStyle {i} {s}")?;
    }
    for (c, card) in ov.cards.iter().enumerate() {
        let fill = if card.ours {
            style::OURS_FILL
        } else if card.group == Group::Others {
            style::OTHER_SIDE_FILL
        } else {
            "#f7f7f7"
        };
        let mut s = format!("fill:{fill},stroke:#555555,stroke-width:1.2px,color:#000000,text-align:left");
        if (card.customers > 0 && card.reached == 0) || card.all == 0 {
            s.push_str(",stroke-dasharray:5 3");
        }
        writeln!(w, "  style c{c} {s}")?;
    }
    Ok(())
}
