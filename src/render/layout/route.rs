//! Orthogonal channel routing for the built-in layout: every line (reporting, influence,
//! acquaintance, conflict, the coach path) runs as a polyline through the free channels
//! of the picture, so it never passes behind a person's box it does not connect, nor
//! through a unit's label.
//!
//! The layout puts boxes in horizontal *bands* (one per level and wrapped line, all boxes
//! of a band the same height). Between two bands lies a *channel*: the strip with no box
//! and no unit label in it, the full width of the picture. A line leaves its first box
//! through the bottom (or top) into the next channel, runs along it, drops through the
//! bands in between at an x where none of them has a box or label (a gap between boxes,
//! else beside the block), runs along the channel next to its second box and enters it.
//! Reporting lines of one manager share their lane and their trunk, so they draw as an
//! org chart's bus: one drop from the manager, one bar per wrapped line of reports.
//!
//! Cost: building the bands sorts the boxes and the unit labels, O(P log P + U log U).
//! A line's vertical segment steps from the x it wants over the boxes and labels in its
//! way, each step O(log B · log P + r log l) however many of the B bands it crosses (a
//! segment tree over the bands, built in O(P log B)), and the r rows of unit labels
//! (one top each; a few in a picture) holding l labels each — never a scan of every
//! band or label. So O(E · s · (log B · log P + r log l)) for E lines of s steps:
//! near-linear. A segment that finds no gap within [`STEP_BUDGET`] boxes of where it
//! wants to go (a line down past shelves of sub-units, whose gaps do not line up) takes
//! the nearest clear *corridor* instead — just inside a unit box's edge, or the
//! picture's margin — found among at most [`CORRIDOR_SCAN`] by x, so no line costs
//! more than a bounded number of steps per band it crosses. A side whose merged block of
//! boxes at the wanted x is wider than the budget's worth of boxes cannot succeed and is
//! not searched: one O(log B · log P) question instead of the budget's steps (lines
//! through a big picture mostly meet such blocks).

use super::{LABEL_H, Layout, NodeBox};
use crate::render::style::text_em;

/// A point.
pub type Pt = (f64, f64);

/// Clearance kept between a line and any box or label it passes, px.
const CLEAR: f64 = 3.0;
/// Distance between parallel lines sharing a channel, px.
const LANE: f64 = 3.0;
/// Boxes a vertical segment's search steps over, each way, before it takes a corridor.
const STEP_BUDGET: usize = 48;
/// Corridors looked at (nearest first) before the picture's margins.
const CORRIDOR_SCAN: usize = 512;

/// An obstacle: left, top, right, bottom.
#[derive(Debug, Clone, Copy)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

/// The channels and obstacles of one layout, ready to route lines through.
#[derive(Debug)]
pub struct Router {
    /// Band tops and bottoms, top to bottom.
    bands: Vec<(f64, f64)>,
    /// Per band: the x-extents of its boxes, sorted.
    band_boxes: Vec<Vec<(f64, f64)>>,
    /// The boxes' widened extents over ranges of bands, for a vertical segment's search.
    tree: BandTree,
    /// Per node: its band.
    band_of: Vec<usize>,
    /// Channel `k` lies above band `k` (the last one below the last band): centre y and
    /// half the free height.
    channels: Vec<(f64, f64)>,
    /// Unit labels in rows: those of one top and bottom together, rows by top.
    rows: Vec<LabelRow>,
    /// The tallest row (bottom − top), to bound a search by top.
    row_h: f64,
    /// Vertical strips that are likely clear, by x: just inside each unit box's left and
    /// right edges below its label (a unit's members keep [`super::SIDE_PAD`] from its
    /// edges): (x, top, bottom). Checked before use, so any layout may give them.
    corridors: Vec<(f64, f64, f64)>,
    /// The picture's left and right margins, clear from top to bottom.
    margins: [f64; 2],
    /// Distance between parallel lines sharing a channel or a gap, px.
    lane: f64,
}

/// The unit labels of one row (one top and bottom), for lookups by x: a vertical line
/// meets a row's labels in O(log n), not one by one.
#[derive(Debug)]
struct LabelRow {
    y0: f64,
    y1: f64,
    /// Left, right and place among all labels (by top, then unit order), by left.
    by_x0: Vec<(f64, f64, usize)>,
    /// `by_x0[..=i]`'s rightmost right.
    max_x1: Vec<f64>,
    /// The rights, sorted.
    x1s: Vec<f64>,
    /// The widest label's widened width.
    widest: f64,
}

impl LabelRow {
    /// The first label (by place) whose widened extent `[x0 − CLEAR, x1 + CLEAR)` holds
    /// `x`: its place and that extent. O(log n + o) for o labels overlapping it.
    fn holding(&self, x: f64) -> Option<(usize, (f64, f64))> {
        let end = self.by_x0.partition_point(|l| l.0 - CLEAR <= x);
        let mut best: Option<(usize, (f64, f64))> = None;
        for k in (0..end).rev() {
            if self.max_x1[k] + CLEAR <= x {
                break; // no label at or left of k reaches x
            }
            let (x0, x1, place) = self.by_x0[k];
            if x < x1 + CLEAR && best.is_none_or(|b| place < b.0) {
                best = Some((place, (x0 - CLEAR, x1 + CLEAR)));
            }
        }
        best
    }

    /// Does a label's extent widened by CLEAR, open at both ends, hold `x`? O(log n).
    fn blocks(&self, x: f64) -> bool {
        let end = self.by_x0.partition_point(|l| l.0 - CLEAR < x);
        end > 0 && self.max_x1[end - 1] + CLEAR > x
    }
}

/// Groups labels (sorted by top) into rows. O(L log L).
fn label_rows(labels: &[Rect]) -> Vec<LabelRow> {
    let mut keyed: Vec<(f64, f64, usize)> = labels.iter().enumerate().map(|(i, r)| (r.y0, r.y1, i)).collect();
    keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut rows: Vec<LabelRow> = Vec::new();
    for (y0, y1, i) in keyed {
        let r = &labels[i];
        match rows.last_mut() {
            Some(row) if row.y0.to_bits() == y0.to_bits() && row.y1.to_bits() == y1.to_bits() => {
                row.by_x0.push((r.x0, r.x1, i));
            }
            _ => rows.push(LabelRow {
                y0,
                y1,
                by_x0: vec![(r.x0, r.x1, i)],
                max_x1: Vec::new(),
                x1s: Vec::new(),
                widest: 0.0,
            }),
        }
    }
    for row in &mut rows {
        row.by_x0.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.2.cmp(&b.2)));
        let mut m = f64::NEG_INFINITY;
        row.max_x1 = row
            .by_x0
            .iter()
            .map(|l| {
                m = m.max(l.1);
                m
            })
            .collect();
        row.x1s = row.by_x0.iter().map(|l| l.1).collect();
        row.x1s.sort_by(|a, b| a.total_cmp(b));
        row.widest = row.by_x0.iter().map(|l| (l.1 + CLEAR) - (l.0 - CLEAR)).fold(0.0, f64::max);
    }
    rows
}

/// What a line is, for its lanes: reporting lines of one manager share theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// A reporting line from this manager (node index).
    Report(usize),
    /// Any other line, numbered (its lanes spread around the channel's middle).
    Tie(usize),
}

impl Router {
    /// Builds the bands, channels and obstacles of a layout. O(P log P + U log U).
    pub fn new(l: &Layout) -> Router {
        let mut tops: Vec<(f64, f64)> = l.nodes.iter().map(|b| (b.y, b.y + b.h)).collect();
        tops.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        tops.dedup_by(|a, b| (a.0 - b.0).abs() < 0.01);
        let bands = tops;
        let band_index =
            |y: f64| bands.partition_point(|b| b.0 < y - 0.01).min(bands.len().saturating_sub(1));
        let band_of: Vec<usize> = l.nodes.iter().map(|b| band_index(b.y)).collect();
        let mut band_boxes: Vec<Vec<(f64, f64)>> = vec![Vec::new(); bands.len()];
        for (b, &k) in l.nodes.iter().zip(&band_of) {
            band_boxes[k].push((b.x, b.x + b.w));
        }
        for v in &mut band_boxes {
            v.sort_by(|a, b| a.0.total_cmp(&b.0));
        }
        let mut labels: Vec<Rect> = l
            .groups
            .iter()
            .map(|g| Rect {
                x0: g.x + 4.0,
                y0: g.y + 1.0,
                x1: g.x + 8.0 + text_em(&g.label) * 12.0,
                y1: g.y + LABEL_H - 1.0,
            })
            .collect();
        labels.sort_by(|a, b| a.y0.total_cmp(&b.y0));
        let rows = label_rows(&labels);
        let row_h = rows.iter().map(|r| r.y1 - r.y0).fold(0.0, f64::max);
        let mut corridors: Vec<(f64, f64, f64)> = Vec::with_capacity(2 * l.groups.len());
        for g in &l.groups {
            let (y0, y1) = (g.y + LABEL_H, g.y + g.h);
            corridors.push((g.x + 3.5, y0, y1));
            corridors.push((g.x + g.w - 3.5, y0, y1));
        }
        corridors.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)));
        let margins = [super::MARGIN / 2.0, l.width - super::MARGIN / 2.0];
        let tree = BandTree::new(&band_boxes);
        let mut router = Router {
            bands,
            band_boxes,
            tree,
            band_of,
            channels: Vec::new(),
            rows,
            row_h,
            corridors,
            margins,
            lane: LANE,
        };
        let bands = &router.bands;
        let mut channels = Vec::with_capacity(bands.len() + 1);
        for k in 0..=bands.len() {
            let lo = if k == 0 { super::MARGIN + super::TITLE_H - 8.0 } else { bands[k - 1].1 };
            let hi = if k < bands.len() { bands[k].0 } else { lo + 14.0 };
            channels.push(free_strip(lo, hi, router.rows_in(lo, hi)));
        }
        router.channels = channels;
        router
    }

    /// The same router with parallel lines `lane` px apart (default 3 px): a
    /// picture with few, heavy lines (the overview) keeps them further apart.
    pub fn with_lane(mut self, lane: f64) -> Router {
        self.lane = lane.max(1.0);
        self
    }

    /// The polyline from box `a` (node index) to box `b`: starts on `a`'s border, ends on
    /// `b`'s, every segment horizontal or vertical and clear of every other box and of
    /// unit labels.
    pub fn route(&self, l: &Layout, a: usize, b: usize, lane: Lane) -> Vec<Pt> {
        let (na, nb) = (&l.nodes[a], &l.nodes[b]);
        let (ka, kb) = (self.band_of[a], self.band_of[b]);
        let (lx, ly) = match lane {
            Lane::Report(m) => (0, m),
            Lane::Tie(i) => (i + 1, i + 1),
        };
        if ka == kb
            && let Some(p) = self.beside(na, nb, ka)
        {
            return p;
        }
        let down = ka <= kb;
        // Leave `a` through its bottom (going down or sideways) or its top.
        let ca = if down { ka + 1 } else { ka };
        let ya = self.lane_y(ca, ly);
        let xa = if down { exit_x(na, lx) } else { self.entry_x(na, lx, (ya, na.y)) };
        let mut pts = vec![(xa, if down { na.y + na.h } else { na.y }), (xa, ya)];
        // Enter `b` through its top (coming down) or its bottom.
        let from_above = ka < kb;
        let cb = if from_above { kb } else { kb + 1 };
        let yb = self.lane_y(cb, ly);
        let xb = self.entry_x(nb, lx, if from_above { (yb, nb.y) } else { (nb.y + nb.h, yb) });
        if ca != cb {
            let (y0, y1) = if ya < yb { (ya, yb) } else { (yb, ya) };
            let (lo, hi) = match lane {
                Lane::Report(_) => (xa, xa),
                Lane::Tie(_) => (xa.min(xb), xa.max(xb)),
            };
            let xv = self.free_x(y0, y1, lo, hi, if matches!(lane, Lane::Report(_)) { xa } else { xb }, lx);
            pts.push((xv, ya));
            pts.push((xv, yb));
        }
        pts.push((xb, yb));
        pts.push((xb, if from_above { nb.y } else { nb.y + nb.h }));
        simplify(pts)
    }

    /// Two boxes side by side in one band with nothing between them: a straight line.
    fn beside(&self, na: &NodeBox, nb: &NodeBox, k: usize) -> Option<Vec<Pt>> {
        let (l, r) = if na.x < nb.x { (na, nb) } else { (nb, na) };
        let (x0, x1) = (l.x + l.w, r.x);
        if x1 <= x0 {
            return None;
        }
        let bx = &self.band_boxes[k];
        let i = bx.partition_point(|b| b.0 < x0);
        if i < bx.len() && bx[i].0 < x1 - 0.01 {
            return None;
        }
        let y = l.y + l.h / 2.0;
        Some(if na.x < nb.x { vec![(x0, y), (x1, y)] } else { vec![(x1, y), (x0, y)] })
    }

    /// The y of lane `i` in channel `c`.
    fn lane_y(&self, c: usize, i: usize) -> f64 {
        let (cy, half) = self.channels[c.min(self.channels.len() - 1)];
        cy + lane_offset(i, half, self.lane)
    }

    /// Where a line enters box `b` over the vertical span `span`: near the middle (spread
    /// by lane), moved along the box's edge when a unit label is in the way.
    fn entry_x(&self, b: &NodeBox, lane: usize, span: (f64, f64)) -> f64 {
        let x = exit_x(b, lane);
        let rows: Vec<&LabelRow> = self.rows_in(span.0, span.1).collect();
        let blocked = |x: f64| rows.iter().any(|r| r.blocks(x));
        if !blocked(x) {
            return x;
        }
        let mut c = b.x + b.w - 8.0;
        while c > b.x + 8.0 {
            if !blocked(c) {
                return c;
            }
            c -= 4.0;
        }
        x
    }

    /// The label rows a vertical span `(y0, y1)` crosses (a label's top above `y1`, its
    /// bottom below `y0`). O(log R + r) for the r rows near the span.
    fn rows_in(&self, y0: f64, y1: f64) -> impl Iterator<Item = &LabelRow> {
        // No row taller than `row_h`: one whose top lies a row's height above `y0` or
        // more ends above it (1 px spare for rounding).
        let start = self.rows.partition_point(|r| r.y0 < y0 - self.row_h - 1.0);
        let end = self.rows.partition_point(|r| r.y0 < y1).max(start);
        self.rows[start..end].iter().filter(move |r| r.y1 > y0)
    }

    /// An x for a vertical segment from `y0` to `y1` that no box or label blocks: inside
    /// `[lo, hi]` when it can be (nearest `target`), else the nearest free x outside it;
    /// narrow gaps take their middle, spread by lane. Steps outward from the wanted x
    /// box by box: O(s · (k log b + r log l)) for s boxes and labels stepped over in k
    /// bands of b boxes and r label rows of l labels.
    fn free_x(&self, y0: f64, y1: f64, lo: f64, hi: f64, target: f64, lane: usize) -> f64 {
        let first = self.bands.partition_point(|b| b.1 <= y0);
        let last = self.bands.partition_point(|b| b.0 < y1).max(first);
        let rows: Vec<&LabelRow> = self.rows_in(y0, y1).collect();
        let span = Span { r: self, bands: first..last, nodes: self.tree.cover(first..last), rows: &rows };
        let want = target.clamp(lo, hi);
        // Near the wanted x first (a bounded search), then a corridor, then anywhere.
        let near = |budget: usize| -> Option<f64> {
            let mut best: Option<(f64, f64)> = None;
            // A side whose merged block at `want` is wider than `budget` steps can pass
            // surely fails: it is not searched box by box.
            let block = span.block_at(want);
            let reach = span.reach(budget);
            for right in [true, false] {
                if let Some((s, e)) = block
                    && (if right { e - want } else { want - s }) > reach
                {
                    continue;
                }
                let mut x = want;
                let mut steps = 0;
                let mut found = true;
                while let Some((a, b)) = span.blocker_at(x) {
                    x = if right { b + 0.01 } else { a - 0.01 };
                    steps += 1;
                    if steps > budget {
                        found = false;
                        break;
                    }
                }
                if !found {
                    continue;
                }
                let x = pick(span.prev_end(x), span.next_start(x), lo, hi, target, lane, self.lane);
                let d = if x < lo {
                    lo - x
                } else if x > hi {
                    x - hi
                } else {
                    0.0
                };
                let key = d * 1000.0 + (x - target).abs();
                if best.is_none_or(|(k, _)| key < k) {
                    best = Some((key, x));
                }
            }
            best.map(|(_, x)| x)
        };
        near(STEP_BUDGET)
            .or_else(|| self.corridor(&span, y0, y1, target))
            .or_else(|| near(100_000))
            .unwrap_or(target)
    }

    /// The corridor nearest `target` that holds the whole span `(y0, y1)` and that no box
    /// or label of the span blocks, else a clear margin: for a vertical segment whose
    /// bands leave no gap near where it wants to go (a line down past several shelves).
    /// O(c + m · (k log b + r log l)) for the c ≤ [`CORRIDOR_SCAN`] corridors looked at,
    /// m of them holding the span.
    fn corridor(&self, span: &Span, y0: f64, y1: f64, target: f64) -> Option<f64> {
        let cs = &self.corridors;
        let i = cs.partition_point(|c| c.0 < target);
        let (mut l, mut r) = (i, i);
        for _ in 0..CORRIDOR_SCAN {
            let left = l.checked_sub(1).map(|k| (k, target - cs[k].0));
            let right = cs.get(r).map(|c| (r, c.0 - target));
            let k = match (left, right) {
                (Some(a), Some(b)) if a.1 <= b.1 => a.0,
                (Some(a), None) => a.0,
                (_, Some(b)) => b.0,
                (None, None) => break,
            };
            if k < l {
                l = k;
            } else {
                r = k + 1;
            }
            let (x, c0, c1) = cs[k];
            if c0 <= y0 && y1 <= c1 && span.blocker_at(x).is_none() {
                return Some(x);
            }
        }
        let mut m = self.margins;
        m.sort_by(|a, b| (a - target).abs().total_cmp(&(b - target).abs()));
        m.into_iter().find(|&x| span.blocker_at(x).is_none())
    }
}

/// The obstacles a vertical segment meets: the boxes of some bands and some labels,
/// each widened by [`CLEAR`].
struct Span<'a> {
    r: &'a Router,
    bands: std::ops::Range<usize>,
    /// The band tree's nodes that make up `bands`, left to right.
    nodes: Vec<usize>,
    rows: &'a [&'a LabelRow],
}

impl Span<'_> {
    /// The widened obstacle at `x`, if any: a box of the first band holding one, else
    /// the first label (by top, then unit order). O(log B · log P + r log l) for B bands
    /// of P boxes and r label rows of l labels.
    fn blocker_at(&self, x: f64) -> Option<(f64, f64)> {
        let t = &self.r.tree;
        let bx = &self.r.band_boxes;
        // The first node of the span holding `x`, then down to its first band holding it.
        if let Some(mut node) = self.nodes.iter().copied().find(|&n| t.holds(n, x)) {
            while node < t.size {
                node = if t.holds(2 * node, x) { 2 * node } else { 2 * node + 1 };
            }
            // That band's boxes overlap `x`; the box is the last starting at or before it
            // (boxes of a band do not overlap one another). Should one not hold `x`, ask
            // the bands after it in turn.
            for bx in &bx[node - t.size..self.bands.end] {
                let i = bx.partition_point(|b| b.0 - CLEAR <= x);
                if i > 0 && x < bx[i - 1].1 + CLEAR {
                    return Some((bx[i - 1].0 - CLEAR, bx[i - 1].1 + CLEAR));
                }
            }
        }
        (self.rows.iter())
            .filter_map(|r| r.holding(x))
            .min_by_key(|(place, _)| *place)
            .map(|(_, extent)| extent)
    }

    /// The merged block of obstacles holding `x`, if any: the leftmost start and the
    /// furthest end of the merged boxes of the span's tree nodes and the labels that hold
    /// it. Every x in it is blocked, so a search stepping box by box from `x` to a free x
    /// must pass the whole block on its side. O(log B · log P + r log l).
    fn block_at(&self, x: f64) -> Option<(f64, f64)> {
        let t = &self.r.tree;
        let merged = self.nodes.iter().filter_map(|&n| {
            let u = &t.unions[n];
            let i = u.partition_point(|iv| iv.0 <= x);
            (i > 0 && x < u[i - 1].1).then(|| u[i - 1])
        });
        let labels = self.rows.iter().filter_map(|r| r.holding(x).map(|(_, extent)| extent));
        merged.chain(labels).reduce(|a, b| (a.0.min(b.0), a.1.max(b.1)))
    }

    /// How far a search can get in `steps` steps over single obstacles, at most: each
    /// step passes one obstacle (at most the widest of the span, widened) and 0.01 px;
    /// half a pixel more for rounding. O(log B + r).
    fn reach(&self, steps: usize) -> f64 {
        let t = &self.r.tree;
        let widest = (self.nodes.iter().map(|&n| t.widest[n]))
            .chain(self.rows.iter().map(|r| r.widest))
            .fold(0.0, f64::max);
        steps as f64 * (widest + 0.01) + 0.5
    }

    /// Where the next obstacle right of a free `x` begins. O(log B · log P + r log l).
    fn next_start(&self, x: f64) -> f64 {
        let t = &self.r.tree;
        let mut m = self.nodes.iter().fold(f64::INFINITY, |m, &n| {
            let u = &t.unions[n];
            u.get(u.partition_point(|iv| iv.0 <= x)).map_or(m, |iv| m.min(iv.0))
        });
        for r in self.rows {
            let i = r.by_x0.partition_point(|l| l.0 - CLEAR <= x);
            if let Some(l) = r.by_x0.get(i) {
                m = m.min(l.0 - CLEAR);
            }
        }
        m
    }

    /// Where the last obstacle left of a free `x` ends. O(log B · log P + r log l).
    fn prev_end(&self, x: f64) -> f64 {
        let t = &self.r.tree;
        let mut m = self.nodes.iter().fold(f64::NEG_INFINITY, |m, &n| {
            let u = &t.unions[n];
            u.partition_point(|iv| iv.1 <= x).checked_sub(1).map_or(m, |i| m.max(u[i].1))
        });
        for r in self.rows {
            let i = r.x1s.partition_point(|&x1| x1 + CLEAR <= x);
            if i > 0 {
                m = m.max(r.x1s[i - 1] + CLEAR);
            }
        }
        m
    }
}

/// The boxes of ranges of bands, for the questions a vertical segment asks of the bands
/// it crosses — is `x` inside a box, where does the next box begin, where did the last
/// one end — in O(log B · log P) however many bands it crosses (asking each band in
/// turn made a line across k bands cost k searches a step; in a big picture lines cross
/// dozens). A segment tree over the bands: each node keeps the union of its bands'
/// widened boxes as sorted disjoint intervals. O(P log B) to build and to keep.
#[derive(Debug)]
struct BandTree {
    /// Leaves: a power of two, at least the number of bands.
    size: usize,
    /// Per node (1 the root, `size + k` band `k`): the union of its widened boxes,
    /// closed left, open right, sorted.
    unions: Vec<Vec<(f64, f64)>>,
    /// Per node: its widest widened box.
    widest: Vec<f64>,
}

impl BandTree {
    fn new(band_boxes: &[Vec<(f64, f64)>]) -> BandTree {
        let size = band_boxes.len().next_power_of_two();
        let mut unions = vec![Vec::new(); 2 * size];
        let mut widest = vec![0.0f64; 2 * size];
        // A band's boxes are sorted by left already.
        for (k, bx) in band_boxes.iter().enumerate() {
            unions[size + k] = union_of(bx.iter().map(|b| (b.0 - CLEAR, b.1 + CLEAR)));
            widest[size + k] = bx.iter().map(|b| (b.1 + CLEAR) - (b.0 - CLEAR)).fold(0.0, f64::max);
        }
        for node in (1..size).rev() {
            let (l, r) = (&unions[2 * node], &unions[2 * node + 1]);
            unions[node] = union_of(merged(l, r));
            widest[node] = widest[2 * node].max(widest[2 * node + 1]);
        }
        BandTree { size, unions, widest }
    }

    /// Does a box of node `node` hold `x`? O(log n).
    fn holds(&self, node: usize, x: f64) -> bool {
        let u = &self.unions[node];
        let i = u.partition_point(|iv| iv.0 <= x);
        i > 0 && x < u[i - 1].1
    }

    /// The nodes that make up `bands` exactly, left to right: O(log B).
    fn cover(&self, bands: std::ops::Range<usize>) -> Vec<usize> {
        let (mut l, mut r) = (bands.start + self.size, bands.end.max(bands.start) + self.size);
        let (mut left, mut right) = (Vec::new(), Vec::new());
        while l < r {
            if l & 1 == 1 {
                left.push(l);
                l += 1;
            }
            if r & 1 == 1 {
                r -= 1;
                right.push(r);
            }
            l /= 2;
            r /= 2;
        }
        left.extend(right.into_iter().rev());
        left
    }
}

/// Sorted intervals as the union of them: sorted, disjoint, none touching. O(n).
fn union_of(sorted: impl Iterator<Item = (f64, f64)>) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    for (a, b) in sorted {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// Two lists of intervals sorted by left as one. O(a + b).
fn merged<'a>(a: &'a [(f64, f64)], b: &'a [(f64, f64)]) -> impl Iterator<Item = (f64, f64)> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        let take_b = match (a.get(i), b.get(j)) {
            (Some(p), Some(q)) => q.0 < p.0,
            (None, Some(_)) => true,
            (_, None) => false,
        };
        if take_b {
            j += 1;
            Some(b[j - 1])
        } else {
            i += 1;
            a.get(i - 1).copied()
        }
    })
}

/// A point of the free interval `(a, b)` for a vertical line wanted in `[lo, hi]` near
/// `target`: narrow intervals (a gap between two boxes) take their middle.
fn pick(a: f64, b: f64, lo: f64, hi: f64, target: f64, lane: usize, step: f64) -> f64 {
    if b - a < 40.0 {
        let half = (b - a) / 2.0;
        return a + half + lane_offset(lane, half, step);
    }
    let (a, b) = (a + 2.0 * step, b - 2.0 * step);
    let want = target.clamp(lo, hi);
    want.clamp(a, b)
}

/// Offset of lane `i` from a channel's middle, for a channel `half` wide on each side:
/// 0, +3, −3, +6, −6 … wrapping round within the channel.
fn lane_offset(i: usize, half: f64, lane: f64) -> f64 {
    let slots = ((half - 1.0) / lane).floor().max(0.0) as usize;
    let n = 2 * slots + 1;
    let j = i % n;
    let step = j.div_ceil(2) as f64 * lane;
    if j % 2 == 1 { step } else { -step }
}

/// Where a line leaves box `b` on lane `lane`: the middle of its edge, spread by 6 px a lane.
fn exit_x(b: &NodeBox, lane: usize) -> f64 {
    let (cx, _) = b.center();
    let room = (b.w / 2.0 - 10.0).max(0.0);
    let slots = (room / 6.0).floor() as usize;
    let j = lane % (2 * slots + 1);
    let off = j.div_ceil(2) as f64 * 6.0;
    if j % 2 == 1 { cx + off } else { cx - off }
}

/// The middle and half-height of the tallest strip of `[lo, hi]` that no label crosses,
/// given the label rows that cross `[lo, hi]` (one cut per row: labels of one row cut
/// the same strip). O(r log r).
fn free_strip<'a>(lo: f64, hi: f64, rows: impl Iterator<Item = &'a LabelRow>) -> (f64, f64) {
    let mut cuts: Vec<(f64, f64)> = rows.map(|r| (r.y0 - 1.0, r.y1 + 1.0)).collect();
    cuts.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut best, mut cur) = ((lo, lo), lo);
    for (a, b) in cuts {
        if a - cur > best.1 - best.0 {
            best = (cur, a);
        }
        cur = cur.max(b);
    }
    if hi - cur > best.1 - best.0 {
        best = (cur, hi);
    }
    ((best.0 + best.1) / 2.0, ((best.1 - best.0) / 2.0).max(0.0))
}

/// Drops repeated points and middle points of straight runs.
fn simplify(pts: Vec<Pt>) -> Vec<Pt> {
    let mut out: Vec<Pt> = Vec::with_capacity(pts.len());
    for p in pts {
        if out.last().is_some_and(|q| (q.0 - p.0).abs() < 0.01 && (q.1 - p.1).abs() < 0.01) {
            continue;
        }
        if out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            let straight = ((a.0 - b.0).abs() < 0.01 && (b.0 - p.0).abs() < 0.01)
                || ((a.1 - b.1).abs() < 0.01 && (b.1 - p.1).abs() < 0.01);
            if straight {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}

/// Does the segment `p`–`q` (horizontal, vertical or slanted) pass through the inside of
/// the box, shrunk by `inset`? Liang–Barsky clipping, O(1).
pub fn crosses(p: Pt, q: Pt, b: &NodeBox, inset: f64) -> bool {
    let (x0, y0, x1, y1) = (b.x + inset, b.y + inset, b.x + b.w - inset, b.y + b.h - inset);
    let (dx, dy) = (q.0 - p.0, q.1 - p.1);
    let mut t0 = 0.0f64;
    let mut t1 = 1.0f64;
    for (pk, qk) in [(-dx, p.0 - x0), (dx, x1 - p.0), (-dy, p.1 - y0), (dy, y1 - p.1)] {
        if pk == 0.0 {
            if qk < 0.0 {
                return false;
            }
        } else {
            let r = qk / pk;
            if pk < 0.0 {
                t0 = t0.max(r);
            } else {
                t1 = t1.min(r);
            }
        }
    }
    t0 < t1
}

/// The point halfway along a polyline (for a mark on the line).
pub fn midpoint(pts: &[Pt]) -> Pt {
    let len: f64 = pts.windows(2).map(|w| (w[1].0 - w[0].0).abs() + (w[1].1 - w[0].1).abs()).sum();
    let mut left = len / 2.0;
    for w in pts.windows(2) {
        let d = (w[1].0 - w[0].0).abs() + (w[1].1 - w[0].1).abs();
        if d >= left && d > 0.0 {
            let t = left / d;
            return (w[0].0 + (w[1].0 - w[0].0) * t, w[0].1 + (w[1].1 - w[0].1) * t);
        }
        left -= d;
    }
    pts.first().copied().unwrap_or((0.0, 0.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (no dependency).
    fn next(seed: &mut u64) -> f64 {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((*seed >> 33) % 1000) as f64 / 4.0
    }

    /// `bands` bands of up to `most − 1` boxes side by side, 2 to 33 px wide, with gaps
    /// of up to 250 / `gap` px (some narrower than the clearance).
    fn random_bands(seed: &mut u64, bands: usize, most: usize, gap: f64) -> Vec<Vec<(f64, f64)>> {
        (0..bands)
            .map(|_| {
                let mut x = next(seed) / 10.0;
                (0..(next(seed) as usize % most))
                    .map(|_| {
                        let b = (x, x + 2.0 + next(seed) / 8.0);
                        x = b.1 + next(seed) / gap;
                        b
                    })
                    .collect()
            })
            .collect()
    }

    /// A router over these bands' boxes and label rows alone.
    fn router_of(band_boxes: Vec<Vec<(f64, f64)>>, rows: Vec<LabelRow>) -> Router {
        let row_h = rows.iter().map(|r| r.y1 - r.y0).fold(0.0, f64::max);
        Router {
            bands: Vec::new(),
            tree: BandTree::new(&band_boxes),
            band_boxes,
            band_of: Vec::new(),
            channels: Vec::new(),
            rows,
            row_h,
            corridors: Vec::new(),
            margins: [0.0, 0.0],
            lane: LANE,
        }
    }

    #[test]
    fn the_band_tree_answers_as_asking_each_band_in_turn_does() {
        let mut seed = 11u64;
        for round in 0..40 {
            // Bands of boxes side by side, some gaps narrower than the clearance.
            let bands = 1 + round % 13;
            let band_boxes = random_bands(&mut seed, bands, 12, 25.0);
            let router = router_of(band_boxes.clone(), Vec::new());
            for _ in 0..30 {
                let (a, b) = (next(&mut seed) as usize % bands, next(&mut seed) as usize % (bands + 1));
                let range = a.min(b)..a.max(b);
                let span = Span {
                    r: &router,
                    bands: range.clone(),
                    nodes: router.tree.cover(range.clone()),
                    rows: &[],
                };
                let boxes = &band_boxes[range];
                for _ in 0..20 {
                    let x = next(&mut seed) / 2.0;
                    // Per band, the last box starting at or before `x` (widened boxes of
                    // one band may overlap), as the router asked before the tree.
                    let first = boxes.iter().find_map(|bx| {
                        let b = bx.iter().rev().find(|b| b.0 - CLEAR <= x)?;
                        (x < b.1 + CLEAR).then_some((b.0 - CLEAR, b.1 + CLEAR))
                    });
                    assert_eq!(span.blocker_at(x), first, "round {round}, x {x}");
                    if first.is_some() {
                        continue; // the next start and previous end are asked of a free x
                    }
                    let all = || boxes.iter().flatten();
                    let next_start =
                        all().map(|b| b.0 - CLEAR).filter(|&a| a > x).fold(f64::INFINITY, f64::min);
                    assert_eq!(span.next_start(x), next_start);
                    let prev_end =
                        all().map(|b| b.1 + CLEAR).filter(|&e| e <= x).fold(f64::NEG_INFINITY, f64::max);
                    assert_eq!(span.prev_end(x), prev_end);
                }
            }
        }
    }

    #[test]
    fn label_rows_answer_as_a_scan_of_every_label_does() {
        let mut seed = 7u64;
        for round in 0..50 {
            // Overlapping labels in a few rows, as long unit names make them.
            let mut labels: Vec<Rect> = (0..40)
                .map(|_| {
                    let y0 = (next(&mut seed) as u64 % 4) as f64 * 30.0;
                    let x0 = next(&mut seed);
                    Rect { x0, y0, x1: x0 + 5.0 + next(&mut seed) / 4.0, y1: y0 + 16.0 }
                })
                .collect();
            labels.sort_by(|a, b| a.y0.total_cmp(&b.y0));
            let router = router_of(Vec::new(), label_rows(&labels));
            for _ in 0..40 {
                let (a, b) = (next(&mut seed) / 2.0, next(&mut seed) / 2.0);
                let (y0, y1) = (a.min(b), a.max(b) + 1.0);
                let near: Vec<&Rect> = labels.iter().filter(|r| r.y0 < y1 && r.y1 > y0).collect();
                let rows: Vec<&LabelRow> = router.rows_in(y0, y1).collect();
                let span = Span { r: &router, bands: 0..0, nodes: Vec::new(), rows: &rows };
                for _ in 0..20 {
                    let x = next(&mut seed);
                    let first = near
                        .iter()
                        .find(|r| r.x0 - CLEAR <= x && x < r.x1 + CLEAR)
                        .map(|r| (r.x0 - CLEAR, r.x1 + CLEAR));
                    assert_eq!(span.blocker_at(x), first, "round {round}, x {x}");
                    let blocked = near.iter().any(|r| r.x0 - CLEAR < x && x < r.x1 + CLEAR);
                    assert_eq!(rows.iter().any(|r| r.blocks(x)), blocked);
                    let next_start = near
                        .iter()
                        .filter(|r| r.x0 - CLEAR > x)
                        .fold(f64::INFINITY, |m, r| m.min(r.x0 - CLEAR));
                    assert_eq!(span.next_start(x), next_start);
                    let prev_end = near
                        .iter()
                        .filter(|r| r.x1 + CLEAR <= x)
                        .fold(f64::NEG_INFINITY, |m, r| m.max(r.x1 + CLEAR));
                    assert_eq!(span.prev_end(x), prev_end);
                }
            }
        }
    }

    #[test]
    fn a_search_is_skipped_only_when_stepping_box_by_box_would_fail() {
        let mut seed = 5u64;
        let mut skipped = 0;
        for round in 0..60 {
            // Bands of boxes close together (merged blocks many boxes wide) and a row of
            // labels across them.
            let bands = 1 + round % 9;
            let band_boxes = random_bands(&mut seed, bands, 30, 40.0);
            let labels: Vec<Rect> = (0..round % 5)
                .map(|_| {
                    let x0 = next(&mut seed);
                    Rect { x0, y0: 0.0, x1: x0 + 5.0 + next(&mut seed) / 4.0, y1: 16.0 }
                })
                .collect();
            let router = router_of(band_boxes, label_rows(&labels));
            let rows: Vec<&LabelRow> = router.rows.iter().collect();
            let span = Span { r: &router, bands: 0..bands, nodes: router.tree.cover(0..bands), rows: &rows };
            for _ in 0..40 {
                let want = next(&mut seed) / 2.0;
                let block = span.block_at(want);
                assert_eq!(block.is_some(), span.blocker_at(want).is_some(), "round {round}, x {want}");
                for right in [true, false] {
                    // The steps the search takes, box by box, to a free x.
                    let (mut x, mut steps) = (want, 0);
                    while let Some((a, b)) = span.blocker_at(x) {
                        x = if right { b + 0.01 } else { a - 0.01 };
                        steps += 1;
                    }
                    let Some((s, e)) = block else { continue };
                    for budget in 0..12 {
                        if (if right { e - want } else { want - s }) > span.reach(budget) {
                            skipped += 1;
                            assert!(
                                steps > budget,
                                "round {round}, x {want}: {steps} steps, budget {budget}"
                            );
                        }
                    }
                }
            }
        }
        assert!(skipped > 100, "the case is exercised: {skipped}");
    }
}
