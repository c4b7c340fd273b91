//! The column bands of the built-in layout: widths bottom-up, rank spans, horizontal
//! placement top-down (wrapping long rows, shelf by shelf), and the unit boxes around
//! their members.

use super::{
    BOTTOM_PAD, BOX_H, FONT, G, GroupBox, ITEM_GAP, Item, LABEL_H, MARGIN, NODE_GAP, SIDE_PAD, line_width,
    shelves, wrap_len,
};
use crate::model::PersonIx;
use crate::render::style::text_em;

/// Widths, bottom-up, and each group's shelves: items side by side while they fit in
/// `limit` px (infinite: always), else in shelves ([`super::shelves::shelve`]).
pub(super) fn measure(gs: &mut [G], g: usize, width: &[f64], limit: f64) {
    let items = gs[g].items.clone();
    let inner = shelves::inner_limit(&gs[g], limit);
    for it in &items {
        if let Item::Child(c) = it {
            measure(gs, *c, width, inner);
        }
    }
    let own_w = gs[g]
        .rows
        .values()
        .flat_map(|ps| ps.chunks(wrap_len(ps.len())).map(|line| line_width(line, width)))
        .fold(0.0, f64::max);
    gs[g].own_w = own_w;
    let item_w = |it: &Item| match it {
        Item::Own => own_w,
        Item::Child(c) => gs[*c].w,
    };
    let ws: Vec<f64> = items.iter().map(item_w).collect();
    let shelved = shelves::shelve(&items, &ws, inner);
    let content = shelved.iter().map(|s| shelves::shelf_width(s, item_w)).fold(0.0, f64::max);
    gs[g].shelves = shelved;
    gs[g].w = if gs[g].boxed {
        content.max(text_em(&gs[g].label) * FONT + 8.0).max(60.0) + 2.0 * SIDE_PAD
    } else {
        content
    };
}

/// Rank spans, bottom-up; empty groups take their parent's first row.
pub(super) fn spans(gs: &mut [G], g: usize) {
    let items = gs[g].items.clone();
    let mut lo = gs[g].rows.keys().next().copied();
    let mut hi = gs[g].rows.keys().next_back().copied();
    for it in &items {
        if let Item::Child(c) = it {
            spans(gs, *c);
            if let (Some(a), Some(b)) = (gs[*c].min_rank, gs[*c].max_rank) {
                lo = Some(lo.map_or(a, |x| x.min(a)));
                hi = Some(hi.map_or(b, |x| x.max(b)));
            }
        }
    }
    gs[g].min_rank = lo;
    gs[g].max_rank = hi;
    for it in &items {
        if let Item::Child(c) = it
            && gs[*c].min_rank.is_none()
        {
            fill_empty(gs, *c, lo.unwrap_or(0));
        }
    }
}

pub(super) fn fill_empty(gs: &mut [G], g: usize, r: usize) {
    gs[g].min_rank = Some(r);
    gs[g].max_rank = Some(r);
    for it in gs[g].items.clone() {
        if let Item::Child(c) = it {
            fill_empty(gs, c, r);
        }
    }
}

/// Horizontal positions, top-down: each item gets its band; each row of an own column
/// is centred in the band (long rows wrap onto several lines). Writes people's centre x
/// into `xc`, their line within the row into `line`, and into `ox` the x their place
/// in the row stands for (their centre, or for a wrapped row, their rank in it spread
/// over the column's width).
pub(super) fn place(
    gs: &mut [G],
    g: usize,
    x0: f64,
    width: &[f64],
    xc: &mut [f64],
    line: &mut [usize],
    ox: &mut [f64],
) {
    gs[g].x = x0;
    let pad = if gs[g].boxed { SIDE_PAD } else { 0.0 };
    for shelf in gs[g].shelves.clone() {
        let content = shelves::shelf_width(&shelf, |it| match it {
            Item::Own => gs[g].own_w,
            Item::Child(c) => gs[*c].w,
        });
        let x = x0 + pad + ((gs[g].w - 2.0 * pad - content) / 2.0).max(0.0);
        place_shelf(gs, g, &shelf, x, width, xc, line, ox);
    }
}

/// One shelf of `g`'s items, left to right from `x`.
#[allow(clippy::too_many_arguments)]
fn place_shelf(
    gs: &mut [G],
    g: usize,
    shelf: &[Item],
    mut x: f64,
    width: &[f64],
    xc: &mut [f64],
    line: &mut [usize],
    ox: &mut [f64],
) {
    for &it in shelf {
        match it {
            Item::Own => {
                let own_w = gs[g].own_w;
                for ps in gs[g].rows.values() {
                    let wrapped = wrap_len(ps.len()) < ps.len();
                    for (li, chunk) in ps.chunks(wrap_len(ps.len())).enumerate() {
                        let mut cx = x + (own_w - line_width(chunk, width)) / 2.0;
                        for &p in chunk {
                            xc[p] = cx + width[p] / 2.0;
                            line[p] = li;
                            cx += width[p] + NODE_GAP;
                        }
                    }
                    // The order a wrapped row stands for, spread over its band: what
                    // crossing reduction compares (its boxes' x would interleave lines).
                    for (i, &p) in ps.iter().enumerate() {
                        ox[p] = if wrapped { x + own_w * (i as f64 + 0.5) / ps.len() as f64 } else { xc[p] };
                    }
                }
                x += own_w + ITEM_GAP;
            }
            Item::Child(c) => {
                place(gs, c, x, width, xc, line, ox);
                x += gs[c].w + ITEM_GAP;
            }
        }
    }
}

pub(super) fn members_of(gs: &[G], g: usize) -> Vec<PersonIx> {
    let mut out: Vec<PersonIx> = gs[g].rows.values().flatten().copied().collect();
    for it in &gs[g].items {
        if let Item::Child(c) = it {
            out.extend(members_of(gs, *c));
        }
    }
    out
}

/// Pushes the boxes of `g` and its descendants (outermost first) and returns the bottom
/// of `g`'s content: a box ends just below its lowest member, each nesting level adding
/// [`BOTTOM_PAD`], so nested boxes never cross and no box reaches into the next row.
pub(super) fn collect_boxes(
    gs: &[G],
    g: usize,
    max_depth: f64,
    row_y: &dyn Fn(usize) -> f64,
    node_bottom: &dyn Fn(PersonIx) -> f64,
    out: &mut Vec<GroupBox>,
) -> Option<f64> {
    let grp = &gs[g];
    let slot = grp.boxed.then(|| {
        out.push(GroupBox {
            label: grp.label.clone(),
            x: MARGIN + grp.x,
            y: 0.0,
            w: grp.w,
            h: 0.0,
            empty: true,
            virtual_group: grp.virtual_group,
        });
        out.len() - 1
    });
    let mut bottom: Option<f64> = grp.rows.values().flatten().map(|&p| node_bottom(p)).reduce(f64::max);
    for it in &grp.items {
        if let Item::Child(c) = it
            && let Some(b) = collect_boxes(gs, *c, max_depth, row_y, node_bottom, out)
        {
            bottom = Some(bottom.map_or(b, |x| x.max(b)));
        }
    }
    let slot = slot?;
    let above = (max_depth - grp.depth as f64 + 1.0).max(1.0);
    let y = row_y(grp.vbase) - LABEL_H * above;
    let b = out.get_mut(slot)?;
    b.y = y;
    match bottom {
        Some(bot) => {
            b.h = bot + BOTTOM_PAD - y;
            b.empty = false;
            Some(bot + BOTTOM_PAD)
        }
        None => {
            b.h = LABEL_H * above + BOX_H * 0.5;
            None
        }
    }
}
