//! The built-in SVG: draws a [`layout::Layout`] (unit boxes, person boxes with stance
//! fill, relationship border and role badges, reporting lines, influence/knows/conflict
//! ties, the coach path) and the legend. Every text is escaped; numbers are printed with
//! one decimal, so the output is byte-identical run to run.

use std::fmt::Write as _;

use crate::graph::OrgGraph;
use crate::model::Map;
use crate::render::escape::xml;
use crate::render::layout::route::{self, Lane, Pt, Router};
use crate::render::layout::{self, FONT, LINE_H, Layout, MARGIN, NodeBox};
use crate::render::style::{self, FONT_STACK, HIGHLIGHT, LineKind, Word, text_em, word};
use crate::render::view::Scene;
use crate::render::{Options, RenderError, View};
use crate::vocab::{Lang, TieKind, Vocab};

/// One decimal, no `-0.0`: what `format!("{x:.1}")` writes (the decimal nearest the
/// exact binary value, ties to even), without allocating and without the standard
/// library's exact-precision path (its bignum fallback took a third of drawing a big
/// map). O(1).
pub(crate) fn f(x: f64) -> Num {
    Num(x)
}

/// A coordinate written with one decimal; see [`f`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Num(f64);

impl std::fmt::Display for Num {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Some((negative, mut q)) = tenths(self.0) else {
            let s = format!("{:.1}", self.0);
            return out.write_str(if s == "-0.0" { "0.0" } else { &s });
        };
        let mut buf = [0u8; 24];
        let mut i = buf.len() - 1;
        buf[i] = b'0' + (q % 10) as u8;
        i -= 1;
        buf[i] = b'.';
        q /= 10;
        loop {
            i -= 1;
            buf[i] = b'0' + (q % 10) as u8;
            q /= 10;
            if q == 0 {
                break;
            }
        }
        if negative && buf[i..] != *b"0.0" {
            i -= 1;
            buf[i] = b'-';
        }
        // Digits, a point and a sign: ASCII.
        out.write_str(std::str::from_utf8(&buf[i..]).unwrap_or("0.0"))
    }
}

/// `|x|` in tenths, rounded to the nearest (ties to even) from its exact binary value
/// `m·2^e`, and its sign; `None` when not finite or too large for the fast path.
fn tenths(x: f64) -> Option<(bool, u64)> {
    if !x.is_finite() {
        return None;
    }
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 { (fraction, -1074) } else { (fraction | 1u64 << 52, biased - 1075) };
    if e >= 0 {
        // m < 2^53: up to 2^59 · 10 fits in 64 bits.
        return (e <= 6).then(|| (negative, (m << e) * 10));
    }
    let shift = e.unsigned_abs();
    if shift >= 64 {
        // 10m < 2^57, so |x| · 10 < 1/8: rounds to zero.
        return Some((negative, 0));
    }
    let num = 10 * u128::from(m);
    let mut q = num >> shift;
    let rest = num - (q << shift);
    let half = 1u128 << (shift - 1);
    if rest > half || (rest == half && q & 1 == 1) {
        q += 1;
    }
    u64::try_from(q).ok().map(|q| (negative, q))
}

/// Renders a scene to an SVG document. Layout and drawing are guarded: a panic inside
/// becomes [`RenderError::Layout`], never a crash. O(layout + P + T).
pub fn to_string(g: &OrgGraph, scene: &Scene, opts: &Options) -> Result<String, RenderError> {
    crate::render::guarded("", || draw(g.map, scene, opts, &layout::layout(g.map, scene, opts)))
}

/// Draws a laid-out scene (from any engine that gives a [`Layout`]).
pub(crate) fn draw(map: &Map, scene: &Scene, opts: &Options, l: &Layout) -> String {
    let lang = opts.lang;
    let (legend, legend_w, legend_h) = legend(scene, opts, l.height);
    let (width, height) = framed(map, opts, l, legend_w, legend_h);
    let mut s = String::with_capacity(4096 + 600 * l.nodes.len());
    head(&mut s, map, scene, lang, width, height);
    // Unit boxes, outermost first.
    for gb in &l.groups {
        let dash = if gb.empty || gb.virtual_group { " stroke-dasharray=\"5 3\"" } else { "" };
        let fill = if gb.virtual_group { "#f3f8fc" } else { "#f7f7f7" };
        let _ = writeln!(
            s,
            "<g class=\"unit\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"6\" fill=\"{fill}\" fill-opacity=\"0.6\" stroke=\"{}\"{dash}/><text x=\"{}\" y=\"{}\" font-size=\"12\" fill=\"#444444\">{}</text></g>",
            f(gb.x),
            f(gb.y),
            f(gb.w),
            f(gb.h),
            style::UNIT_BORDER,
            f(gb.x + 6.0),
            f(gb.y + 13.0),
            xml(&gb.label)
        );
    }
    // Ties, reporting lines first so the others draw on top; every line routed around
    // the boxes it does not connect.
    let router = Router::new(l);
    let mut ties: Vec<usize> = scene.ties.clone();
    ties.sort_by_key(|&t| (map.ties[t].kind != TieKind::ReportsTo, t));
    for (i, t) in ties.into_iter().enumerate() {
        draw_tie(&mut s, map, scene, l, &router, t, i, lang);
    }
    for b in &l.nodes {
        draw_person(&mut s, map, scene, b);
    }
    for (i, &(a, b)) in scene.path_edges.iter().enumerate() {
        if let (Some(na), Some(nb)) = (l.node_of[a], l.node_of[b])
            && na != nb
        {
            let pts = router.route(l, na, nb, Lane::Tie(i));
            let _ = writeln!(
                s,
                "<path class=\"path\" d=\"{}\" fill=\"none\" stroke=\"{HIGHLIGHT}\" stroke-width=\"4\" marker-end=\"url(#arrow-path)\"/>",
                path_d(&pts)
            );
            let m = route::midpoint(&pts);
            let _ = writeln!(
                s,
                "<circle cx=\"{}\" cy=\"{}\" r=\"9\" fill=\"{HIGHLIGHT}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#ffffff\" font-weight=\"bold\">{}</text>",
                f(m.0),
                f(m.1),
                f(m.0),
                f(m.1 + 4.0),
                i + 1
            );
        }
    }
    s.push_str(&legend);
    s.push_str("</svg>\n");
    s
}

/// The picture's size around a layout: wide enough for the legend and the title, the
/// legend below the diagram.
fn framed(map: &Map, opts: &Options, l: &Layout, legend_w: f64, legend_h: f64) -> (f64, f64) {
    let width = l.width.max(legend_w + 2.0 * MARGIN).max(title_width(map, opts.lang));
    (width, l.height + legend_h + MARGIN)
}

/// The size of the picture [`draw`] makes of a layout (title, diagram and legend).
pub(crate) fn picture_size(map: &Map, scene: &Scene, opts: &Options, l: &Layout) -> (f64, f64) {
    let (_, legend_w, legend_h) = legend(scene, opts, l.height);
    framed(map, opts, l, legend_w, legend_h)
}

/// How wide the map's title is drawn (16 px bold, with the margins): a narrow picture is
/// widened to it, so the title is never cut at the picture's edge.
pub(crate) fn title_width(map: &Map, lang: Lang) -> f64 {
    let title = crate::render::dot::title(map, lang);
    2.0 * MARGIN + style::text_em(&title) * 16.0 * TITLE_BOLD
}

/// How much wider bold text is than regular text of the same size.
const TITLE_BOLD: f64 = 1.06;

/// The start of a diagram's SVG: the root element of `width` × `height`, the arrow
/// markers, the white background, the map's title and, for a scene with nobody in it,
/// a note saying so. Shared by the full views and the overview.
pub(crate) fn head(s: &mut String, map: &Map, scene: &Scene, lang: Lang, width: f64, height: f64) {
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{}\" font-size=\"{}\">",
        xml(FONT_STACK),
        f(FONT),
        w = f(width),
        h = f(height)
    );
    s.push_str("<defs>\n");
    for (id, color) in [("arrow-influence", style::INFLUENCE_COLOR), ("arrow-path", HIGHLIGHT)] {
        let _ = writeln!(
            s,
            "<marker id=\"{id}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"11\" markerHeight=\"11\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{color}\"/></marker>"
        );
    }
    s.push_str("</defs>\n");
    let _ = writeln!(
        s,
        "<rect x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"#ffffff\"/>",
        f(width),
        f(height)
    );
    let title = crate::render::dot::title(map, lang);
    let _ = writeln!(
        s,
        "<text x=\"{}\" y=\"{}\" font-size=\"16\" font-weight=\"bold\">{}</text>",
        f(MARGIN),
        f(MARGIN + 16.0),
        xml(&title)
    );
    if scene.people.is_empty() {
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\">{}</text>",
            f(MARGIN),
            f(MARGIN + 44.0),
            xml(&word(Word::Empty, lang))
        );
    }
}

/// One row of line samples in a legend, each with its label, starting at `x0`, `y`
/// (shared by the full views and the overview); the row's width.
pub(crate) fn legend_line_row(
    s: &mut String,
    lines: &[(LineKind, &str, bool, String)],
    x0: f64,
    y: f64,
) -> f64 {
    let mut x = x0;
    for (kind, color, arrow, label) in lines {
        let (kind, color, arrow) = (*kind, *color, *arrow);
        let dash = match kind {
            LineKind::Solid => "",
            LineKind::Dotted => " stroke-dasharray=\"2 3\"",
            LineKind::Dashed => " stroke-dasharray=\"7 4\"",
        };
        let marker = match (arrow, color == HIGHLIGHT) {
            (true, true) => " marker-end=\"url(#arrow-path)\"",
            (true, false) => " marker-end=\"url(#arrow-influence)\"",
            _ => "",
        };
        let width = if color == HIGHLIGHT { 4.0 } else { 2.0 };
        let _ = writeln!(
            s,
            "<path d=\"M{} {} L{} {}\" stroke=\"{color}\" stroke-width=\"{}\" fill=\"none\"{dash}{marker}/><text x=\"{}\" y=\"{}\">{}</text>",
            f(x),
            f(y + 8.0),
            f(x + 36.0),
            f(y + 8.0),
            f(width),
            f(x + 44.0),
            f(y + 12.0),
            xml(label)
        );
        x += 44.0 + text_em(label) * FONT + 20.0;
    }
    x - x0
}

/// SVG path data of a polyline, its corners rounded (radius up to 5 px).
pub(crate) fn path_d(pts: &[Pt]) -> String {
    let mut d = String::new();
    let Some(&first) = pts.first() else { return d };
    let _ = write!(d, "M{} {}", f(first.0), f(first.1));
    for (i, &p) in pts.iter().enumerate().skip(1) {
        if i + 1 < pts.len() {
            let (a, c) = (pts[i - 1], pts[i + 1]);
            let la = (p.0 - a.0).abs() + (p.1 - a.1).abs();
            let lc = (c.0 - p.0).abs() + (c.1 - p.1).abs();
            let r = 5.0f64.min(la / 2.0).min(lc / 2.0);
            let towards = |from: Pt, to: Pt, len: f64, r: f64| {
                if len == 0.0 {
                    to
                } else {
                    (to.0 + (from.0 - to.0) * r / len, to.1 + (from.1 - to.1) * r / len)
                }
            };
            let p0 = towards(a, p, la, r);
            let p1 = towards(c, p, lc, r);
            let _ = write!(d, " L{} {} Q{} {} {} {}", f(p0.0), f(p0.1), f(p.0), f(p.1), f(p1.0), f(p1.1));
        } else {
            let _ = write!(d, " L{} {}", f(p.0), f(p.1));
        }
    }
    d
}

#[allow(clippy::too_many_arguments)]
fn draw_tie(
    s: &mut String,
    map: &Map,
    scene: &Scene,
    l: &Layout,
    router: &Router,
    t: usize,
    i: usize,
    lang: Lang,
) {
    let tie = &map.ties[t];
    let (Some(na), Some(nb)) = (l.node_of[tie.from], l.node_of[tie.to]) else { return };
    if na == nb {
        return;
    }
    let (kind, mut color, arrow) = style::tie_look(tie.kind, tie.dotted);
    let dash = match kind {
        LineKind::Solid => "",
        LineKind::Dotted => " stroke-dasharray=\"2 3\"",
        LineKind::Dashed => " stroke-dasharray=\"7 4\"",
    };
    let mut width = style::strength_width(tie.strength);
    let title = style::tie_tooltip(map, tie, lang);
    let pts = tie_route(map, l, router, t, i);
    if tie.kind == TieKind::ReportsTo {
        width = 1.4;
        if scene.faint_reporting {
            color = "#b0b0b0";
        }
    }
    let d = path_d(&pts);
    let marker = if arrow { " marker-end=\"url(#arrow-influence)\"" } else { "" };
    let _ = write!(
        s,
        "<path class=\"tie {}\" data-from=\"{}\" data-to=\"{}\" d=\"{d}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{}\"{dash}{marker}><title>{}</title></path>",
        tie.kind.as_str(),
        tie.from,
        tie.to,
        f(width),
        xml(&title)
    );
    if tie.kind == TieKind::Conflict {
        let m = route::midpoint(&pts);
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"{color}\">✕</text>",
            f(m.0),
            f(m.1 + 5.0)
        );
    }
    s.push('\n');
}

/// The route of tie `t`, the `i`-th line drawn: a reporting line runs from the manager
/// down to the subordinate on the manager's lane (so one manager's lines make a bus);
/// any other tie runs from its first person to its second on a lane of its own.
pub fn tie_route(map: &Map, l: &Layout, router: &Router, t: usize, i: usize) -> Vec<Pt> {
    let tie = &map.ties[t];
    let (Some(na), Some(nb)) = (l.node_of[tie.from], l.node_of[tie.to]) else { return Vec::new() };
    if tie.kind == TieKind::ReportsTo {
        let lane = if tie.dotted { Lane::Tie(i) } else { Lane::Report(nb) };
        router.route(l, nb, na, lane)
    } else {
        router.route(l, na, nb, Lane::Tie(i))
    }
}

fn draw_person(s: &mut String, map: &Map, scene: &Scene, b: &NodeBox) {
    let p = &map.people[b.person];
    let top = scene.top_rank[b.person].is_some();
    let stroke = if top { HIGHLIGHT } else { "#333333" };
    let width = style::relationship_width(p.relationship) + if top { 1.0 } else { 0.0 };
    let dash = if scene.unreached[b.person] { " stroke-dasharray=\"5 3\"" } else { "" };
    let mut tip = p.display_name().to_string();
    if let Some(t) = &p.title {
        tip.push_str(&format!(" — {t}"));
    }
    let _ = write!(
        s,
        "<g class=\"person\" id=\"person-{}\"><title>{}</title><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"5\" fill=\"{}\" stroke=\"{stroke}\" stroke-width=\"{}\"{dash}/>",
        b.person,
        xml(&tip),
        f(b.x),
        f(b.y),
        f(b.w),
        f(b.h),
        style::person_fill(p),
        f(width)
    );
    if top {
        let _ = write!(
            s,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"8\" fill=\"none\" stroke=\"{HIGHLIGHT}\" stroke-width=\"1.5\"/>",
            f(b.x - 4.0),
            f(b.y - 4.0),
            f(b.w + 8.0),
            f(b.h + 8.0)
        );
    }
    let n = b.lines.len() as f64;
    let y0 = b.y + (b.h - n * LINE_H) / 2.0 + LINE_H - 4.0;
    for (i, line) in b.lines.iter().enumerate() {
        let weight = if i == 0 { " font-weight=\"bold\"" } else { "" };
        let size = if i == 0 { "13" } else { "11" };
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"{size}\"{weight}>{}</text>",
            f(b.x + b.w / 2.0),
            f(y0 + i as f64 * LINE_H),
            xml(line)
        );
    }
    s.push_str("</g>\n");
}

/// The legend, drawn below the diagram starting at `y0`: (SVG, width, height).
pub(crate) fn legend(scene: &Scene, opts: &Options, y0: f64) -> (String, f64, f64) {
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
    let stance = word(Word::Stance, lang);
    let _ = writeln!(s, "<text x=\"{}\" y=\"{}\">{}</text>", f(x0), f(y + 12.0), xml(&stance));
    let mut x = x0 + text_em(&stance) * FONT + 12.0;
    let mut w: f64 = 0.0;
    for (fill, label) in style::legend_stances(lang) {
        let _ = writeln!(
            s,
            "<rect x=\"{}\" y=\"{}\" width=\"18\" height=\"14\" fill=\"{fill}\" stroke=\"#333333\"/><text x=\"{}\" y=\"{}\">{}</text>",
            f(x),
            f(y + 1.0),
            f(x + 22.0),
            f(y + 12.0),
            xml(&label)
        );
        x += 22.0 + text_em(&label) * FONT + 14.0;
    }
    w = w.max(x - x0);
    y += 22.0;
    let mut texts: Vec<String> = vec![word(Word::Roles, lang), word(Word::Relationship, lang)];
    if matches!(opts.view, View::Coverage | View::Full) && scene.unreached.iter().any(|u| *u) {
        texts.push(word(Word::Unreached, lang));
    }
    if scene.top_rank.iter().any(Option::is_some) {
        texts.push(word(Word::Top, lang));
    }
    for t in texts {
        let _ = writeln!(s, "<text x=\"{}\" y=\"{}\">{}</text>", f(x0), f(y + 12.0), xml(&t));
        w = w.max(text_em(&t) * FONT);
        y += 20.0;
    }
    let mut lines = style::legend_lines(&scene.kinds, lang);
    if !scene.path_edges.is_empty() {
        lines.push((LineKind::Solid, HIGHLIGHT, true, word(Word::Path, lang)));
    }
    w = w.max(legend_line_row(&mut s, &lines, x0, y));
    y += 22.0;
    let _ = writeln!(s, "</g>");
    (s, w, y - y0)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::f;

    /// What `f` must write: the standard library's one-decimal formatting, without `-0.0`.
    fn reference(x: f64) -> String {
        let s = format!("{x:.1}");
        if s == "-0.0" { "0.0".to_string() } else { s }
    }

    #[test]
    fn ties_and_edges_are_written_as_the_standard_library_writes_them() {
        let mut xs = vec![0.0, -0.0, 0.05, -0.05, 0.25, 0.35, 0.45, -0.45, 2.25, 2.75, 1e-300, -1e-300];
        xs.extend([f64::MIN_POSITIVE, 5e-324, 9.95, 99.95, 1e15 + 0.25, 5.764607523034235e17, 1e18, -1e20]);
        xs.extend([f64::MAX, f64::NAN, f64::INFINITY, f64::NEG_INFINITY]);
        // Every multiple of 1/64 up to 100: many exact ties between two tenths.
        xs.extend((-6400..6400).map(|k| f64::from(k) / 64.0));
        for x in xs {
            assert_eq!(f(x).to_string(), reference(x), "{x:e}");
        }
    }

    proptest! {
        #[test]
        fn any_double_is_written_as_the_standard_library_writes_it(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            prop_assert_eq!(f(x).to_string(), reference(x));
        }

        #[test]
        fn any_coordinate_is_written_as_the_standard_library_writes_it(x in -1e7f64..1e7, k in 0u32..40) {
            let y = (x * f64::from(1u32 << (k % 12))).round() / f64::from(1u32 << (k % 12));
            prop_assert_eq!(f(x).to_string(), reference(x));
            prop_assert_eq!(f(y).to_string(), reference(y));
        }
    }
}
