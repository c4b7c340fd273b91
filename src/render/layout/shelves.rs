//! Shelves of the built-in layout: a group whose items (its own column and its sub-units)
//! would be wider than the picture may be stacks them into rows of items ("shelves"),
//! and the vertical rows every box sits on.
//!
//! Within a shelf the items stand side by side, aligned by level as before; a later shelf
//! starts below the whole of the one above it. A group's own column always stays on its
//! first shelf (its head above its sub-units). The vertical structure is a list of
//! *rows*, global to the picture: a group's rows are its shelves' rows one after the
//! other, a shelf's rows are its items' rows aligned by level. So every box of one row,
//! in any unit, shares one top, and the bands and channels the router needs stay
//! full-width strips.
//!
//! Cost: shelving a group's m items is a balanced greedy split, O(m · log(1/ε)) with a
//! bisection of 16 steps; rows are one pass over groups and people: O(G + P) per shape
//! tried.

use super::{G, ITEM_GAP, Item, SIDE_PAD};
use crate::model::PersonIx;

/// Bisection steps for a balanced split.
const BALANCE_STEPS: usize = 16;

/// Splits `items` (in order, with widths `w`) into shelves no wider than `limit` when
/// they are wider together; the own column stays on the first shelf, at its place in
/// the order among that shelf's items. Shelves are balanced: as many as the greedy split
/// at `limit` needs, each as narrow as that many allow.
pub(super) fn shelve(items: &[Item], w: &[f64], limit: f64) -> Vec<Vec<Item>> {
    let total = w.iter().sum::<f64>() + ITEM_GAP * items.len().saturating_sub(1) as f64;
    if total <= limit || items.len() < 2 || !limit.is_finite() {
        return vec![items.to_vec()];
    }
    let own = items.iter().position(|it| *it == Item::Own);
    let widest = w.iter().copied().fold(0.0, f64::max);
    let greedy = |limit: f64| -> Vec<Vec<usize>> {
        let mut shelves: Vec<(Vec<usize>, f64)> =
            vec![(own.into_iter().collect(), own.map_or(0.0, |i| w[i]))];
        for i in (0..items.len()).filter(|&i| Some(i) != own) {
            let Some(cur) = shelves.last_mut() else { break };
            let grown = if cur.0.is_empty() { w[i] } else { cur.1 + ITEM_GAP + w[i] };
            if grown > limit && !cur.0.is_empty() {
                shelves.push((vec![i], w[i]));
            } else {
                cur.0.push(i);
                cur.1 = grown;
            }
        }
        shelves
            .into_iter()
            .map(|(mut ix, _)| {
                ix.sort_unstable();
                ix
            })
            .collect()
    };
    let at_limit = greedy(limit.max(widest));
    let k = at_limit.len();
    // The narrowest limit that still needs no more than k shelves.
    let (mut lo, mut hi) = (widest.max(total / k as f64 - ITEM_GAP), limit.max(widest));
    let mut best = at_limit;
    for _ in 0..BALANCE_STEPS {
        let mid = (lo + hi) / 2.0;
        let s = greedy(mid);
        if s.len() <= k {
            hi = mid;
            best = s;
        } else {
            lo = mid;
        }
    }
    best.into_iter().map(|ix| ix.into_iter().map(|i| items[i]).collect()).collect()
}

/// The width of a shelf of items of widths `w`.
pub(super) fn shelf_width(shelf: &[Item], item_w: impl Fn(&Item) -> f64) -> f64 {
    shelf.iter().map(item_w).sum::<f64>() + ITEM_GAP * shelf.len().saturating_sub(1) as f64
}

/// The width a child group may take inside `g`.
pub(super) fn inner_limit(g: &G, limit: f64) -> f64 {
    if g.boxed { limit - 2.0 * SIDE_PAD } else { limit }
}

/// The rows of each group, bottom-up: how many wrapped lines each of its rows holds,
/// where each shelf begins and at which level, and the level the group starts at.
/// Needs [`super::bands::spans`] (empty groups' levels) and the groups' shelves. O(G + P).
pub(super) fn rows(gs: &mut [G], g: usize) {
    for shelf in gs[g].shelves.clone() {
        for it in shelf {
            if let Item::Child(c) = it {
                rows(gs, c);
            }
        }
    }
    let grp = &gs[g];
    let start_of = |it: &Item| match it {
        Item::Own => grp.rows.keys().next().copied().unwrap_or(0),
        Item::Child(c) => gs[*c].start,
    };
    let mut prof: Vec<usize> = Vec::new();
    let mut bases: Vec<(usize, usize)> = Vec::new();
    for shelf in &grp.shelves {
        let Some(base) = shelf.iter().map(start_of).min() else { continue };
        let mut sp: Vec<usize> = Vec::new();
        let mut put = |i: usize, l: usize| {
            if sp.len() <= i {
                sp.resize(i + 1, 0);
            }
            sp[i] = sp[i].max(l);
        };
        for it in shelf {
            match it {
                Item::Own => {
                    for (&r, ps) in &grp.rows {
                        put(r - base.min(r), ps.len().div_ceil(super::wrap_len(ps.len())));
                    }
                }
                Item::Child(c) => {
                    let off = gs[*c].start - base.min(gs[*c].start);
                    for (i, &l) in gs[*c].prof.iter().enumerate() {
                        put(off + i, l);
                    }
                }
            }
        }
        bases.push((prof.len(), base));
        prof.extend(sp);
    }
    let start = bases.first().map(|b| b.1).or(grp.min_rank).unwrap_or(0);
    if prof.is_empty() {
        // An empty unit: one row for its dashed box.
        prof.push(1);
    }
    let grp = &mut gs[g];
    grp.prof = prof;
    grp.bases = bases;
    grp.start = start;
}

/// Each person's row, top-down from group `g` starting at row `v`; each group's first
/// row into its `vbase`. O(G + P).
pub(super) fn assign(gs: &mut [G], g: usize, v: usize, row_of: &mut [usize]) {
    gs[g].vbase = v;
    let shelves = gs[g].shelves.clone();
    for (s, shelf) in shelves.iter().enumerate() {
        let Some(&(off, base)) = gs[g].bases.get(s) else { continue };
        for it in shelf {
            match it {
                Item::Own => {
                    for (&r, ps) in &gs[g].rows {
                        for &p in ps {
                            set(row_of, p, v + off + r - base.min(r));
                        }
                    }
                }
                Item::Child(c) => {
                    let at = v + off + gs[*c].start - base.min(gs[*c].start);
                    assign(gs, *c, at, row_of);
                }
            }
        }
    }
}

fn set(row_of: &mut [usize], p: PersonIx, v: usize) {
    if let Some(slot) = row_of.get_mut(p) {
        *slot = v;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shelves_are_balanced_and_keep_the_order() {
        let items: Vec<Item> = (0..10).map(Item::Child).collect();
        let w = vec![100.0; 10];
        let s = shelve(&items, &w, 700.0);
        // Greedy at 700 px puts 6 on the first shelf (6·100 + 5·18 = 690) and 4 on the
        // second; balanced, 5 and 5.
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].len(), 5);
        let flat: Vec<Item> = s.concat();
        assert_eq!(flat, items);
    }

    #[test]
    fn the_own_column_stays_on_the_first_shelf() {
        let mut items: Vec<Item> = (0..8).map(Item::Child).collect();
        items.insert(6, Item::Own);
        let w = vec![100.0; 9];
        let s = shelve(&items, &w, 350.0);
        assert!(s[0].contains(&Item::Own), "{s:?}");
        assert!(s.iter().all(|sh| shelf_width(sh, |_| 100.0) <= 350.0), "{s:?}");
        // Nothing narrower than the widest item, nothing lost.
        assert_eq!(s.iter().map(Vec::len).sum::<usize>(), 9);
        let one = shelve(&items, &w, 50.0);
        assert!(one.iter().all(|sh| !sh.is_empty()), "{one:?}");
        assert_eq!(one.iter().map(Vec::len).sum::<usize>(), 9);
    }

    #[test]
    fn narrow_enough_items_stay_on_one_shelf() {
        let items: Vec<Item> = vec![Item::Own, Item::Child(1)];
        assert_eq!(shelve(&items, &[10.0, 10.0], 100.0).len(), 1);
        assert_eq!(shelve(&items, &[10.0, 10.0], f64::INFINITY).len(), 1);
    }
}
