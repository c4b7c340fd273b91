//! The overview as SVG: cards (name, head count and coverage, key people with a stance
//! square, role marks and ★ rank), the org-structure lines from each unit down to its
//! sub-units (org-chart buses), the counted links between cards ("×7"), the coach path
//! between cards, and the overview's legend. Every line goes through the router of the
//! full view, so none passes behind a card it does not join. Every text is escaped.

use std::fmt::Write as _;

use super::place::{CARD_LINE, CARD_W, place};
use super::{Card, Link, Overview, card_label};
use crate::graph::OrgGraph;
use crate::i18n::{Msg, tr};
use crate::model::Map;
use crate::render::escape::{truncate, xml};
use crate::render::layout::route::{self, Lane, Pt, Router};
use crate::render::layout::{FONT, Layout, MARGIN};
use crate::render::style::{self, HIGHLIGHT, LineKind, Word, text_em, word};
use crate::render::svg::{f, path_d};
use crate::render::view::{Group, Scene};
use crate::render::{Options, Overlay};
use crate::vocab::{Lang, Side, TieKind, Vocab};

/// Text width inside a card, in ems of the 11 px text.
const TEXT_EM: f64 = (CARD_W - 30.0) / 11.0;

/// The overview of a scene as an SVG document, and its layout (for tests).
pub fn svg(g: &OrgGraph, scene: &Scene, overlay: &Overlay, opts: &Options) -> (String, Layout, Overview) {
    let map = g.map;
    let ov = super::build(g, scene, overlay);
    let lines: Vec<Vec<String>> =
        (0..ov.cards.len()).map(|c| card_lines(map, &ov, c, scene, opts.lang)).collect();
    let has_top = scene.top_rank.iter().any(Option::is_some);
    let (_, _, legend_h) = legend(&ov, has_top, opts, 0.0);
    let l = place(&ov, lines, legend_h + MARGIN);
    let s = draw(map, &ov, scene, opts, &l);
    (s, l, ov)
}

/// The lines of text of a card: name, head count and coverage, key people, and how many
/// of its ties to other cards are not drawn. Unescaped.
pub fn card_lines(map: &Map, ov: &Overview, c: usize, scene: &Scene, lang: Lang) -> Vec<String> {
    let card = &ov.cards[c];
    let mut lines = vec![truncate(&card_label(map, card, lang), TEXT_EM * 11.0 / 13.0)];
    lines.push(truncate(&counts(card, lang), TEXT_EM));
    for &p in &card.key {
        lines.push(truncate(&key_line(map, p, scene.top_rank[p], lang), TEXT_EM - 1.5));
    }
    if card.undrawn > 0 {
        lines.push(Msg::new("overview-card-undrawn").arg("count", card.undrawn).render(lang));
    }
    lines
}

/// "12 people · 5 reached (48 in all)", or for our side and others the head count alone.
pub fn counts(card: &Card, lang: Lang) -> String {
    let msg = if card.ours || card.group == Group::Others || card.customers == 0 {
        Msg::new("overview-card-count").arg("people", card.people)
    } else {
        Msg::new("overview-card-people").arg("people", card.people).arg("reached", card.reached)
    };
    let mut s = msg.render(lang);
    if card.all > card.people {
        s.push(' ');
        s.push_str(&Msg::new("overview-card-all").arg("all", card.all).render(lang));
    }
    s
}

/// A key person: ★ rank, name, role marks, stance mark.
pub fn key_line(map: &Map, p: usize, top: Option<usize>, lang: Lang) -> String {
    let person = &map.people[p];
    let mut s = String::new();
    if let Some(r) = top {
        let _ = write!(s, "★{} ", r + 1);
    }
    s.push_str(person.display_name());
    let roles = style::role_badges(person, lang);
    if !roles.is_empty() {
        s.push(' ');
        s.push_str(&roles);
    }
    if person.side == Side::Customer {
        let _ = write!(s, " [{}]", style::stance_mark(person.stance));
    }
    s
}

fn draw(map: &Map, ov: &Overview, scene: &Scene, opts: &Options, l: &Layout) -> String {
    let lang = opts.lang;
    let has_top = scene.top_rank.iter().any(Option::is_some);
    let (legend_svg, legend_w, legend_h) = legend(ov, has_top, opts, l.height);
    let width = l.width.max(legend_w + 2.0 * MARGIN).max(crate::render::svg::title_width(map, lang));
    let height = l.height + legend_h + MARGIN;
    let mut s = String::with_capacity(4096 + 900 * l.nodes.len());
    crate::render::svg::head(&mut s, map, scene, lang, width, height);
    let routes = routes(ov, l);
    let n_structure = ov.cards.iter().filter(|c| c.parent.is_some()).count();
    let drawn: Vec<&Link> = ov.links.iter().filter(|k| k.drawn).collect();
    let mut labels = Labels { svg: String::new(), placed: Vec::new() };
    for (i, (_, _, pts)) in routes.iter().enumerate() {
        if i < n_structure {
            let _ = writeln!(
                s,
                "<path class=\"structure\" d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.6\"/>",
                path_d(pts),
                style::REPORT_COLOR
            );
        } else if let Some(link) = drawn.get(i - n_structure) {
            draw_link(&mut s, &mut labels, map, ov, pts, link, lang);
        } else {
            let _ = writeln!(
                s,
                "<path class=\"path\" d=\"{}\" fill=\"none\" stroke=\"{HIGHLIGHT}\" stroke-width=\"4\" marker-end=\"url(#arrow-path)\"/>",
                path_d(pts)
            );
        }
    }
    for (c, b) in l.nodes.iter().enumerate() {
        draw_card(&mut s, map, ov, scene, c, b, lang);
    }
    // Counts on the lines go over the cards' edges and the lines, never under them.
    s.push_str(&labels.svg);
    s.push_str(&legend_svg);
    s.push_str("</svg>\n");
    s
}

/// Width of a link's line: grows with the number of ties it counts.
pub fn link_width(count: usize) -> f64 {
    (1.2 + 0.6 * (count as f64).log2()).min(3.2)
}

/// How opaque a link's line is: faint for one tie, full from 16 ties up, so a few heavy
/// links stand out of many light ones.
pub fn link_opacity(count: usize) -> f64 {
    (0.45 + 0.15 * (count.max(1) as f64).log2()).min(1.0)
}

/// Distance between parallel lines of the overview (buses and links sharing a channel
/// or a gap), px: far enough apart to tell them one from another.
pub const LANE: f64 = 8.0;

/// How a link of a kind is drawn: reporting between units that are not unit and
/// sub-unit is dotted, so it never passes for the org structure's solid lines.
pub fn link_look(kind: TieKind) -> (LineKind, &'static str, bool) {
    style::tie_look(kind, kind == TieKind::ReportsTo)
}

/// Every line the overview draws, as (from card, to card, polyline): the structure
/// lines (each unit down to its sub-units, one bus per unit), then the drawn links, then
/// the hops of the coach path. Node `i` of `l` is card `i`.
pub fn routes(ov: &Overview, l: &Layout) -> Vec<(usize, usize, Vec<Pt>)> {
    let router = Router::new(l).with_lane(LANE);
    let mut out = Vec::new();
    for (c, card) in ov.cards.iter().enumerate() {
        if let Some(p) = card.parent {
            out.push((p, c, router.route(l, p, c, Lane::Report(p))));
        }
    }
    for (i, link) in ov.links.iter().filter(|k| k.drawn).enumerate() {
        out.push((link.a, link.b, router.route(l, link.a, link.b, Lane::Tie(i))));
    }
    let base = ov.links.len();
    for (i, &(a, b)) in ov.path.iter().enumerate() {
        out.push((a, b, router.route(l, a, b, Lane::Tie(base + i))));
    }
    out
}

/// The counts on the lines (drawn last) and the places they already take.
struct Labels {
    svg: String,
    placed: Vec<(f64, f64, f64, f64)>,
}

fn draw_link(
    s: &mut String,
    labels: &mut Labels,
    map: &Map,
    ov: &Overview,
    pts: &[Pt],
    link: &Link,
    lang: Lang,
) {
    let (kind, color, _) = link_look(link.kind);
    let dash = match kind {
        LineKind::Solid => "",
        LineKind::Dotted => " stroke-dasharray=\"2 3\"",
        LineKind::Dashed => " stroke-dasharray=\"7 4\"",
    };
    let mut marker = String::new();
    if link.kind == TieKind::Influences {
        if link.forward > 0 {
            marker.push_str(" marker-end=\"url(#arrow-influence)\"");
        }
        if link.back > 0 {
            marker.push_str(" marker-start=\"url(#arrow-influence)\"");
        }
    }
    let tip = tooltip(map, ov, link, lang);
    let _ = writeln!(
        s,
        "<path class=\"link {}\" d=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{}\" stroke-opacity=\"{:.2}\"{dash}{marker}><title>{}</title></path>",
        link.kind.as_str(),
        path_d(pts),
        f(link_width(link.count())),
        link_opacity(link.count()),
        xml(&tip)
    );
    let mark = if link.kind == TieKind::Conflict { "✕ " } else { "" };
    let text = format!("×{}", link.count());
    let (x, y) = label_at(pts, text_em(&format!("{mark}{text}")) * 12.0 + 4.0, &mut labels.placed);
    let _ = writeln!(
        labels.svg,
        "<text class=\"count\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"bold\" fill=\"{color}\" stroke=\"#ffffff\" stroke-width=\"3.5\" paint-order=\"stroke\">{mark}{}<title>{}</title></text>",
        f(x),
        f(y + 4.0),
        xml(&text),
        xml(&tip)
    );
}

/// "Unit A → Unit B: influence ×7 (5 → , 2 ←)": the words of a link.
pub fn tooltip(map: &Map, ov: &Overview, link: &Link, lang: Lang) -> String {
    let key =
        if link.kind.is_symmetric() { "overview-link-tooltip" } else { "overview-link-tooltip-directed" };
    Msg::new(key)
        .arg("a", card_label(map, &ov.cards[link.a], lang))
        .arg("b", card_label(map, &ov.cards[link.b], lang))
        .arg("kind", link.kind.term())
        .arg("count", link.count())
        .arg("forward", link.forward)
        .arg("back", link.back)
        .render(lang)
}

/// Where a link's count goes: on a horizontal run (those lie in the channels between
/// rows, where no card is), the longest first, at the first of a few places along it
/// where it overlaps no count already placed (`placed`, grown by this one); else the
/// middle of the line. O(runs · placed).
fn label_at(pts: &[Pt], w: f64, placed: &mut Vec<(f64, f64, f64, f64)>) -> Pt {
    let mut runs: Vec<(f64, f64, f64)> = pts
        .windows(2)
        .filter(|s| (s[0].1 - s[1].1).abs() < 0.01 && (s[0].0 - s[1].0).abs() > w + 8.0)
        .map(|s| (s[0].0.min(s[1].0), s[0].0.max(s[1].0), s[0].1))
        .collect();
    runs.sort_by(|a, b| (b.1 - b.0).total_cmp(&(a.1 - a.0)));
    let free = |x: f64, y: f64, placed: &[(f64, f64, f64, f64)]| {
        placed
            .iter()
            .all(|r| x + w / 2.0 + 2.0 < r.0 || x - w / 2.0 - 2.0 > r.2 || y + 8.0 < r.1 || y - 8.0 > r.3)
    };
    let mut first = None;
    for &(x0, x1, y) in &runs {
        for t in [0.5, 0.3, 0.7, 0.15, 0.85] {
            let x = (x0 + t * (x1 - x0)).clamp(x0 + w / 2.0 + 4.0, x1 - w / 2.0 - 4.0);
            first.get_or_insert((x, y));
            if free(x, y, placed) {
                placed.push((x - w / 2.0, y - 7.0, x + w / 2.0, y + 7.0));
                return (x, y);
            }
        }
    }
    let (x, y) = first.unwrap_or_else(|| route::midpoint(pts));
    placed.push((x - w / 2.0, y - 7.0, x + w / 2.0, y + 7.0));
    (x, y)
}

/// What the HTML report's script reads off a unit's card: the unit (index into the
/// map's units) and its key people (person indices), as attributes. Numbers only.
fn card_data(card: &super::Card) -> String {
    let Group::Unit(u) = card.group else { return String::new() };
    let key: Vec<String> = card.key.iter().map(|p| p.to_string()).collect();
    format!(" data-unit=\"{u}\" data-key=\"{}\"", key.join(" "))
}

fn draw_card(
    s: &mut String,
    map: &Map,
    ov: &Overview,
    scene: &Scene,
    c: usize,
    b: &crate::render::layout::NodeBox,
    lang: Lang,
) {
    let card = &ov.cards[c];
    let fill = if card.ours {
        style::OURS_FILL
    } else if card.group == Group::Others {
        style::OTHER_SIDE_FILL
    } else {
        "#f7f7f7"
    };
    // Dashed: a unit with customer people none of whom we have reached, or nobody at all.
    let dashed = (card.customers > 0 && card.reached == 0) || card.all == 0;
    let dash = if dashed { " stroke-dasharray=\"5 3\"" } else { "" };
    let top = card.key.iter().any(|&p| scene.top_rank[p].is_some());
    let (stroke, sw) = if top { (HIGHLIGHT, "2.5") } else { ("#555555", "1.2") };
    let _ = write!(
        s,
        "<g class=\"unit-card\" id=\"unit-{c}\"{}><title>{}</title><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"6\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{sw}\"{dash}/>",
        card_data(card),
        xml(&format!("{} — {}", card_label(map, card, lang), counts(card, lang))),
        f(b.x),
        f(b.y),
        f(b.w),
        f(b.h)
    );
    let x0 = b.x + 10.0;
    let mut y = b.y + 17.0;
    for (i, line) in b.lines.iter().enumerate() {
        let key = i.checked_sub(2).and_then(|k| card.key.get(k)).copied();
        let undrawn = i >= 2 + card.key.len();
        let (size, weight, color) = match i {
            0 => ("13", " font-weight=\"bold\"", "#000000"),
            1 => ("11", "", "#333333"),
            _ if undrawn => ("10", "", "#666666"),
            _ => ("11", "", "#000000"),
        };
        let mut x = x0;
        if let Some(p) = key {
            let person = &map.people[p];
            let _ = write!(
                s,
                "<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{}\" stroke=\"#333333\" stroke-width=\"0.8\"/>",
                f(x),
                f(y - 9.0),
                style::person_fill(person)
            );
            x += 15.0;
        }
        if undrawn {
            y += 2.0;
        }
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"{size}\" fill=\"{color}\"{weight}>{}</text>",
            f(x),
            f(y),
            xml(line)
        );
        y += CARD_LINE;
    }
    s.push_str("</g>\n");
}

/// The overview's legend, drawn below the cards from `y0`: (SVG, width, height).
pub(crate) fn legend(ov: &Overview, has_top: bool, opts: &Options, y0: f64) -> (String, f64, f64) {
    let lang = opts.lang;
    let mut s = String::new();
    let x0 = MARGIN;
    let mut y = y0 + 8.0;
    let _ = writeln!(s, "<g class=\"legend\">");
    let _ = writeln!(
        s,
        "<text x=\"{}\" y=\"{}\" font-weight=\"bold\">{}</text>",
        f(x0),
        f(y + 12.0),
        xml(&word(Word::Legend, lang))
    );
    y += 20.0;
    let mut w: f64 = 0.0;
    let mut texts = vec![tr(lang, "legend-overview-card")];
    let stance = tr(lang, "legend-overview-stance");
    let _ = writeln!(s, "<text x=\"{}\" y=\"{}\">{}</text>", f(x0), f(y + 12.0), xml(&texts[0]));
    w = w.max(text_em(&texts[0]) * FONT);
    y += 20.0;
    let _ = writeln!(s, "<text x=\"{}\" y=\"{}\">{}</text>", f(x0), f(y + 12.0), xml(&stance));
    let mut x = x0 + text_em(&stance) * FONT + 12.0;
    for (fill, label) in style::legend_stances(lang) {
        let _ = writeln!(
            s,
            "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"14\" fill=\"{fill}\" stroke=\"#333333\"/><text x=\"{}\" y=\"{}\">{}</text>",
            f(x),
            f(y + 1.0),
            f(x + 18.0),
            f(y + 12.0),
            xml(&label)
        );
        x += 18.0 + text_em(&label) * FONT + 14.0;
    }
    w = w.max(x - x0);
    y += 22.0;
    texts.clear();
    texts.push(word(Word::Roles, lang));
    texts.push(tr(lang, "legend-overview-unreached"));
    if has_top {
        texts.push(word(Word::Top, lang));
    }
    let drawn = ov.links.iter().filter(|k| k.drawn).count();
    let shown_apart = ov.links.iter().filter(|k| !k.along_tree).count();
    if drawn < shown_apart {
        texts.push(
            Msg::new("legend-overview-undrawn").arg("drawn", drawn).arg("links", shown_apart).render(lang),
        );
    }
    for t in texts {
        let _ = writeln!(s, "<text x=\"{}\" y=\"{}\">{}</text>", f(x0), f(y + 12.0), xml(&t));
        w = w.max(text_em(&t) * FONT);
        y += 20.0;
    }
    let mut lines: Vec<(LineKind, &str, bool, String)> =
        vec![(LineKind::Solid, style::REPORT_COLOR, false, tr(lang, "legend-overview-structure"))];
    for kind in [TieKind::ReportsTo, TieKind::Influences, TieKind::Knows, TieKind::Conflict] {
        if ov.links.iter().any(|k| k.drawn && k.kind == kind) {
            let (l, c, a) = link_look(kind);
            let label = Msg::new("legend-overview-link").arg("kind", kind.term()).render(lang);
            lines.push((l, c, a, label));
        }
    }
    if !ov.path.is_empty() {
        lines.push((LineKind::Solid, HIGHLIGHT, true, word(Word::Path, lang)));
    }
    w = w.max(crate::render::svg::legend_line_row(&mut s, &lines, x0, y));
    y += 22.0;
    let _ = writeln!(s, "</g>");
    (s, w, y - y0)
}

/// The overview's legend for a scene (the picture writer repeats it on each page).
pub fn legend_of(g: &OrgGraph, scene: &Scene, overlay: &Overlay, opts: &Options) -> (String, f64, f64) {
    let ov = super::build(g, scene, overlay);
    legend(&ov, scene.top_rank.iter().any(Option::is_some), opts, 0.0)
}

/// The overview as SVG text; a panic inside becomes [`RenderError::Layout`], never a crash.
pub fn to_string(
    g: &OrgGraph,
    scene: &Scene,
    overlay: &Overlay,
    opts: &Options,
) -> Result<String, crate::render::RenderError> {
    crate::render::guarded("", || svg(g, scene, overlay, opts).0)
}
