//! Where the overview's cards go: the unit tree as an org chart whose children wrap into
//! shelves, every card on a global grid of rows (so the channel router of the full view,
//! [`crate::render::layout::route`], routes the overview's lines too), and the shelf
//! width chosen so the picture is page-shaped.
//!
//! Cost: one packing is O(U); the width is chosen among at most [`MAX_TRIES`] packings,
//! so O(U · min(U, MAX_TRIES)).

use super::Overview;
use crate::render::layout::{Layout, MARGIN, NodeBox, TITLE_H};

/// Width of a card, px.
pub const CARD_W: f64 = 236.0;
/// Line height inside a card, px.
pub const CARD_LINE: f64 = 16.0;
/// Height of every card holding `lines` lines of text (all cards of a picture are as
/// tall as the fullest, so rows stay bands the router can use), px.
pub fn card_h(lines: usize) -> f64 {
    lines.max(2) as f64 * CARD_LINE + 12.0
}
/// Gap between cards side by side (room for vertical lines), px.
pub const COL_GAP: f64 = 30.0;
/// Gap between rows of cards (the channel lines run along), px.
pub const ROW_GAP: f64 = 52.0;
/// The aspect ratio (width : height) the shelf width aims at.
pub const TARGET_ASPECT: f64 = 1.6;
/// Shelf widths tried, at most.
pub const MAX_TRIES: usize = 400;

/// A packed subtree: its width in px, its height in rows, and each card's offset.
struct Block {
    w: f64,
    rows: usize,
    cards: Vec<(usize, f64, usize)>,
}

/// Packs blocks left to right into shelves no wider than `wmax` (a block wider than
/// that gets a shelf of its own), starting at row `row0`: the packed block and the width
/// of its first shelf.
fn shelves(blocks: Vec<Block>, wmax: f64, row0: usize) -> (Block, f64) {
    let mut out = Block { w: 0.0, rows: 0, cards: Vec::new() };
    let (mut x, mut row, mut shelf_rows) = (0.0f64, row0, 0usize);
    let mut first_shelf_w = 0.0f64;
    let mut on_first = true;
    for b in blocks {
        if x > 0.0 && x + b.w > wmax {
            row += shelf_rows;
            x = 0.0;
            shelf_rows = 0;
            on_first = false;
        }
        for (c, cx, cr) in b.cards {
            out.cards.push((c, x + cx, row + cr));
        }
        x += b.w;
        if on_first {
            first_shelf_w = x;
        }
        out.w = out.w.max(x);
        x += COL_GAP;
        shelf_rows = shelf_rows.max(b.rows);
    }
    out.rows = row + shelf_rows - row0;
    (out, first_shelf_w)
}

/// The block of card `c` and its subtree.
fn block(ov: &Overview, c: usize, wmax: f64, depth: usize) -> Block {
    let kids = &ov.cards[c].children;
    if kids.is_empty() || depth > ov.cards.len() {
        return Block { w: CARD_W, rows: 1, cards: vec![(c, 0.0, 0)] };
    }
    let blocks: Vec<Block> = kids.iter().map(|&k| block(ov, k, wmax, depth + 1)).collect();
    let (mut b, first_w) = shelves(blocks, wmax, 1);
    // The unit over the middle of its first shelf of sub-units.
    b.cards.push((c, ((first_w - CARD_W) / 2.0).max(0.0), 0));
    b.w = b.w.max(CARD_W);
    b.rows += 1;
    b
}

/// The whole forest packed with shelves of at most `wmax` px.
fn pack(ov: &Overview, wmax: f64) -> Block {
    let blocks: Vec<Block> = ov.roots.iter().map(|&r| block(ov, r, wmax, 0)).collect();
    shelves(blocks, wmax, 0).0
}

/// Size in px of a packing (with margins, title and a legend allowance).
fn size(b: &Block, card_h: f64, legend_h: f64) -> (f64, f64) {
    let w = b.w.max(CARD_W) + 2.0 * MARGIN;
    let h = top() + b.rows.max(1) as f64 * (card_h + ROW_GAP) - ROW_GAP + MARGIN + legend_h;
    (w, h)
}

fn top() -> f64 {
    MARGIN + TITLE_H + 14.0
}

/// Lays out the cards: the shelf width whose picture comes nearest [`TARGET_ASPECT`]
/// (with `legend_h` px of legend below). Node `i` of the layout is card `i`.
pub fn place(ov: &Overview, lines: Vec<Vec<String>>, legend_h: f64) -> Layout {
    let n = ov.cards.len();
    let card_h = card_h(lines.iter().map(Vec::len).max().unwrap_or(2));
    let pitch = CARD_W + COL_GAP;
    let mut best: Option<(f64, Block)> = None;
    for k in 1..=n.clamp(1, MAX_TRIES) {
        let wmax = k as f64 * pitch - COL_GAP;
        let b = pack(ov, wmax);
        let (w, h) = size(&b, card_h, legend_h);
        let miss = ((w / h) / TARGET_ASPECT).ln().abs();
        if best.as_ref().is_none_or(|(m, _)| miss < *m - 1e-9) {
            best = Some((miss, b));
        }
        if w / h > 3.0 * TARGET_ASPECT {
            break;
        }
    }
    let b = best.map_or(Block { w: 0.0, rows: 0, cards: Vec::new() }, |(_, b)| b);
    let mut nodes: Vec<NodeBox> = (0..n)
        .map(|c| NodeBox { person: c, x: MARGIN, y: top(), w: CARD_W, h: card_h, lines: Vec::new() })
        .collect();
    for (c, x, row) in &b.cards {
        if let Some(nb) = nodes.get_mut(*c) {
            nb.x = MARGIN + x;
            nb.y = top() + *row as f64 * (card_h + ROW_GAP);
        }
    }
    for (nb, l) in nodes.iter_mut().zip(lines) {
        nb.lines = l;
    }
    let (w, h) = size(&b, card_h, 0.0);
    Layout { nodes, node_of: Vec::new(), groups: Vec::new(), width: w.max(300.0), height: h }
}
