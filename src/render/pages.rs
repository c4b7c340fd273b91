//! Pages of a picture: where the diagram lands on a slide or a sheet of paper, and when
//! it must be cut into several pages so that no text is smaller than [`MIN_TEXT_PT`].
//! Pure geometry in points (1/72 in), top-down like SVG; no drawing here.

/// The smallest text a page may carry, in points: below ~7 pt a printed name is hard
/// to read.
pub const MIN_TEXT_PT: f64 = 7.0;
/// The smallest font size the diagram uses, in SVG units (a person's title line).
pub const SMALLEST_FONT: f64 = 11.0;
/// A small map is enlarged at most this much to fill a page.
pub const MAX_ENLARGE: f64 = 2.0;
/// Room kept between a page edge and the nearest box, SVG units.
pub const CUT_PAD: f64 = 6.0;
/// Page margin, points (10 mm on paper).
pub const PAPER_MARGIN: f64 = 28.35;
/// Slide margin, points.
pub const SLIDE_MARGIN: f64 = 18.0;
/// Height of the header line (title, page number) of a cut page, points.
pub const HEADER_H: f64 = 20.0;
/// Gap above the legend of a cut page, points.
pub const LEGEND_GAP: f64 = 6.0;

/// A column of pages: its span across the diagram and the spans of its rows.
type Column = ((f64, f64), Vec<(f64, f64)>);

/// A page size for `--fit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// A 16:9 slide, 13.33 × 7.5 in (PowerPoint's and Google Slides' widescreen).
    Slide,
    /// ISO A4, landscape.
    A4,
    /// ISO A3, landscape.
    A3,
}

impl Paper {
    /// Width and height in points (landscape).
    pub fn size(self) -> (f64, f64) {
        match self {
            Paper::Slide => (960.0, 540.0),
            Paper::A4 => (841.89, 595.28),
            Paper::A3 => (1190.55, 841.89),
        }
    }

    /// The name the user typed (`slide`, `a4`, `a3`).
    pub fn name(self) -> &'static str {
        match self {
            Paper::Slide => "slide",
            Paper::A4 => "a4",
            Paper::A3 => "a3",
        }
    }

    fn margin(self) -> f64 {
        if self == Paper::Slide { SLIDE_MARGIN } else { PAPER_MARGIN }
    }
}

/// A rectangle, top-left corner and size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }
}

/// What the diagram offers to be placed: its whole size, the part above its legend,
/// and the legend's size (all SVG units), plus where its texts are (to leave out pages
/// that would show nothing).
#[derive(Debug, Clone, Default)]
pub struct Diagram {
    /// Width and height of the whole SVG, legend included.
    pub width: f64,
    pub height: f64,
    /// Height of the part above the legend (equals `height` when the legend is not apart).
    pub body_height: f64,
    /// Where the body starts below the diagram's own title (0 when the title is not
    /// apart): cut pages repeat the title in their header instead.
    pub body_top: f64,
    /// The legend's width and height, when it can be drawn apart on every page.
    pub legend: Option<(f64, f64)>,
    /// Boxes of the texts drawn (a page showing none is left out).
    pub texts: Vec<Rect>,
    /// Boxes of the people drawn (page edges are put between them).
    pub boxes: Vec<Rect>,
}

/// One page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// Page size, points.
    pub width: f64,
    pub height: f64,
    /// The part of the diagram shown (SVG units).
    pub src: Rect,
    /// Points per SVG unit.
    pub scale: f64,
    /// Where `src`'s top-left corner lands on the page, points.
    pub dest: (f64, f64),
    /// Row and column of this page in the grid of pages (from 1); (1, 1) alone.
    pub row: usize,
    pub col: usize,
    /// The legend's top-left corner on the page and its scale, when drawn apart.
    pub legend: Option<(f64, f64, f64)>,
}

/// How the diagram is laid on pages.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub pages: Vec<Page>,
    /// Rows and columns of the grid the pages were cut from.
    pub rows: usize,
    pub cols: usize,
    /// Size of the smallest text on the pages, points.
    pub text_pt: f64,
    /// The pages are cut from one diagram: each carries a header with the page number.
    pub cut: bool,
}

/// The whole diagram on one page of its own size: `pt_per_unit` points per SVG unit.
pub fn natural(d: &Diagram, pt_per_unit: f64) -> Plan {
    let page = Page {
        width: d.width * pt_per_unit,
        height: d.height * pt_per_unit,
        src: Rect { x: 0.0, y: 0.0, w: d.width, h: d.height },
        scale: pt_per_unit,
        dest: (0.0, 0.0),
        row: 1,
        col: 1,
        legend: None,
    };
    Plan { pages: vec![page], rows: 1, cols: 1, text_pt: SMALLEST_FONT * pt_per_unit, cut: false }
}

/// The diagram fitted to `paper`: on one page, centred, when its smallest text stays at
/// [`MIN_TEXT_PT`] or more (a slide always takes one page); otherwise cut into a grid
/// of pages at the largest scale that needs no more pages, each page with a header and
/// the legend, cut between boxes where it can, pages showing no one left out.
/// O(pages × (texts + boxes)).
pub fn fit(paper: Paper, d: &Diagram) -> Plan {
    let (pw, ph) = paper.size();
    let m = paper.margin();
    let (aw, ah) = (pw - 2.0 * m, ph - 2.0 * m);
    let (w, h) = (d.width.max(1.0), d.height.max(1.0));
    let s_min = MIN_TEXT_PT / SMALLEST_FONT;
    let one = (aw / w).min(ah / h).min(MAX_ENLARGE);
    if one >= s_min || paper == Paper::Slide || d.width <= 0.0 || d.height <= 0.0 {
        let page = Page {
            width: pw,
            height: ph,
            src: Rect { x: 0.0, y: 0.0, w: d.width, h: d.height },
            scale: one,
            dest: (m + (aw - w * one) / 2.0, m + (ah - h * one) / 2.0),
            row: 1,
            col: 1,
            legend: None,
        };
        return Plan { pages: vec![page], rows: 1, cols: 1, text_pt: SMALLEST_FONT * one, cut: false };
    }
    // Cut: the body (above the legend) in tiles; the legend at the foot of every page.
    let (lw, lh) = d.legend.unwrap_or((0.0, 0.0));
    let (bw, bh) = (w, if d.legend.is_some() { d.body_height.max(1.0) } else { h });
    let gap = if d.legend.is_some() { LEGEND_GAP } else { 0.0 };
    let room = |s: f64| (aw / s, ((ah - HEADER_H - gap) / s - lh).max(1.0));
    let xs: Vec<(f64, f64)> = d.boxes.iter().map(|b| (b.x, b.x + b.w)).collect();
    // Columns first, then each column cut into rows by the boxes within it.
    let grid = |s: f64| -> Vec<Column> {
        let (tw, th) = room(s);
        cuts(bw, tw, &xs)
            .into_iter()
            .map(|(x0, x1)| {
                let top = d.body_top.clamp(0.0, bh - 1.0);
                let ys: Vec<(f64, f64)> = d
                    .boxes
                    .iter()
                    .filter(|b| b.x < x1 && x0 < b.x + b.w)
                    .map(|b| (b.y - top, b.y + b.h - top))
                    .collect();
                let rows = cuts(bh - top, th, &ys).into_iter().map(|(a, b)| (a + top, b + top)).collect();
                ((x0, x1), rows)
            })
            .collect()
    };
    // The largest scale (text from 7 pt up) that needs no more pages than the smallest.
    let count = |s: f64| grid(s).iter().map(|(_, rows)| rows.len()).sum::<usize>();
    let fewest = count(s_min);
    let (mut lo, mut hi) = (s_min, 3.0 * s_min);
    if lw > 0.0 {
        // A legend wider than the page would be cut off: never larger than that.
        hi = hi.min((aw / lw).max(s_min));
    }
    for _ in 0..20 {
        let mid = (lo + hi) / 2.0;
        if count(mid) <= fewest { lo = mid } else { hi = mid }
    }
    let s = lo;
    let grid = grid(s);
    let (cols, rows) = (grid.len(), grid.iter().map(|(_, r)| r.len()).max().unwrap_or(1));
    let mut pages = Vec::new();
    for (c, ((x0, x1), ys)) in grid.iter().enumerate() {
        for (r, &(y0, y1)) in ys.iter().enumerate() {
            let src = Rect { x: *x0, y: y0, w: x1 - x0, h: y1 - y0 };
            // A page worth printing shows a person (or, in a map of none, some text).
            let shown = if d.boxes.is_empty() { &d.texts } else { &d.boxes };
            let shows = shown.is_empty() || shown.iter().any(|t| t.overlaps(&src));
            let last = c + 1 == cols && r + 1 == ys.len();
            if !(shows || last && pages.is_empty()) {
                continue;
            }
            let dest = (m + (aw - src.w * s) / 2.0, m + HEADER_H);
            let legend = d.legend.map(|_| (m, ph - m - lh * s, s));
            pages.push(Page { width: pw, height: ph, src, scale: s, dest, row: r + 1, col: c + 1, legend });
        }
    }
    Plan { pages, rows, cols, text_pt: SMALLEST_FONT * s, cut: true }
}

/// Cuts `0..len` into pieces at most `tile` long. Each cut goes in a free gap between
/// the `spans` (boxes projected on the axis) when one lies in the last half of the
/// piece, so no box is split by a page edge; where there is none, the piece ends where
/// it must and the next one starts at the first box it split, which is then whole
/// there. O(spans log spans + pieces × spans).
fn cuts(len: f64, tile: f64, spans: &[(f64, f64)]) -> Vec<(f64, f64)> {
    if len <= tile {
        return vec![(0.0, len)];
    }
    let pad: Vec<(f64, f64)> = spans.iter().map(|&(a, b)| (a - CUT_PAD, b + CUT_PAD)).collect();
    let mut occ = pad.clone();
    occ.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut merged: Vec<(f64, f64)> = Vec::new();
    for (a, b) in occ {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    let mut out = Vec::new();
    let mut start = 0.0;
    while len - start > 1e-6 {
        let end = start + tile;
        if end >= len {
            out.push((start, len));
            break;
        }
        match merged.iter().find(|&&(a, b)| a < end && end < b) {
            None => {
                out.push((start, end));
                start = end;
            }
            Some(&(a, _)) if a > start + tile / 2.0 => {
                out.push((start, a));
                start = a;
            }
            Some(_) => {
                // No gap: the boxes split at `end` start the next piece, whole.
                out.push((start, end));
                let first =
                    pad.iter().filter(|&&(a, b)| a < end && end < b).map(|&(a, _)| a).fold(end, f64::min);
                start = if first > start + tile / 4.0 { first } else { end };
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagram(w: f64, h: f64) -> Diagram {
        Diagram {
            width: w,
            height: h,
            body_height: h - 100.0,
            legend: Some((600.0, 84.0)),
            ..Diagram::default()
        }
    }

    #[test]
    fn a_small_map_takes_one_centred_page_enlarged_at_most_twice() {
        let p = fit(Paper::A4, &diagram(300.0, 200.0));
        assert_eq!(p.pages.len(), 1);
        assert!(!p.cut);
        assert_eq!(p.pages[0].scale, MAX_ENLARGE);
        let pg = &p.pages[0];
        assert!((pg.dest.0 * 2.0 + 300.0 * pg.scale - pg.width).abs() < 1e-6);
    }

    #[test]
    fn a_wide_map_is_cut_into_pages_with_text_at_seven_points_or_more() {
        let d = diagram(5000.0, 900.0);
        let p = fit(Paper::A4, &d);
        assert!(p.cut);
        assert!(p.pages.len() > 1);
        assert!(p.text_pt >= MIN_TEXT_PT - 1e-9, "{}", p.text_pt);
        // Every part of the body is on some page, and each page fits inside its margins.
        for pg in &p.pages {
            assert!(pg.dest.0 >= PAPER_MARGIN - 1e-6);
            assert!(pg.dest.0 + pg.src.w * pg.scale <= pg.width - PAPER_MARGIN + 1e-6);
            let (_, ly, ls) = pg.legend.unwrap();
            assert!(pg.dest.1 + pg.src.h * pg.scale <= ly + 1e-6, "the tile runs into the legend");
            assert!(ly + 84.0 * ls <= pg.height - PAPER_MARGIN + 1e-6);
        }
        let right = p.pages.iter().map(|pg| pg.src.x + pg.src.w).fold(0.0, f64::max);
        let bottom = p.pages.iter().map(|pg| pg.src.y + pg.src.h).fold(0.0, f64::max);
        assert!((right - 5000.0).abs() < 1e-6 && (bottom - 800.0).abs() < 1e-6);
        // A bigger sheet needs fewer pages.
        assert!(fit(Paper::A3, &d).pages.len() < p.pages.len());
    }

    #[test]
    fn a_slide_is_always_one_page_and_pages_without_text_are_left_out() {
        assert_eq!(fit(Paper::Slide, &diagram(9000.0, 3000.0)).pages.len(), 1);
        let mut d = diagram(5000.0, 900.0);
        let all = fit(Paper::A4, &d).pages.len();
        d.texts = vec![Rect { x: 10.0, y: 10.0, w: 50.0, h: 12.0 }];
        let some = fit(Paper::A4, &d);
        assert!(some.pages.len() < all);
        assert_eq!((some.pages[0].row, some.pages[0].col), (1, 1));
    }

    #[test]
    fn page_edges_fall_between_boxes_when_there_is_a_gap() {
        // Boxes 100 wide every 150: a piece of 400 ends in the gap before the third box.
        let spans: Vec<(f64, f64)> = (0..20).map(|i| (i as f64 * 150.0, i as f64 * 150.0 + 100.0)).collect();
        let pieces = cuts(3000.0, 400.0, &spans);
        assert_eq!(pieces.first().unwrap().0, 0.0);
        assert_eq!(pieces.last().unwrap().1, 3000.0);
        for w in pieces.windows(2) {
            assert_eq!(w[0].1, w[1].0, "pieces follow each other where there are gaps");
        }
        for &(a, b) in &pieces {
            assert!(b - a <= 400.0 + 1e-9);
            for &(x0, x1) in &spans {
                assert!(!(x0 < b && b < x1) || b == 3000.0, "box {x0}..{x1} is cut at {b}");
            }
        }
        // No gap at all: cut where the piece must end.
        assert_eq!(
            cuts(1000.0, 400.0, &[(0.0, 1000.0)]),
            vec![(0.0, 400.0), (400.0, 800.0), (800.0, 1000.0)]
        );
        // Boxes overlapping on the axis (different rows): a box split at a page edge
        // starts the next page.
        let dense = [(0.0, 150.0), (100.0, 250.0), (200.0, 350.0), (300.0, 450.0), (400.0, 550.0)];
        let pieces = cuts(550.0, 260.0, &dense);
        assert_eq!(pieces[0], (0.0, 260.0));
        assert_eq!(pieces[1].0, 200.0 - CUT_PAD);
    }
}
