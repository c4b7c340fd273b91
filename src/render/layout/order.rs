//! Crossing reduction for the built-in layout: one-sided barycentre passes over
//! reporting lines, ordering people within rows and sibling units within their parent.

use super::{G, Item};
use crate::model::PersonIx;

/// One barycentre pass: people in each row, and the items of each group, sorted by the
/// mean x of their reporting neighbours outside them (stable; no neighbours: stay put).
pub(super) fn reorder(
    gs: &mut [G],
    nbrs: &[Vec<PersonIx>],
    chains: &[Vec<usize>],
    group_of: &[usize],
    xc: &[f64],
) {
    for gi in 0..gs.len() {
        // Rows of the own column.
        for ps in gs[gi].rows.values_mut() {
            let key: Vec<(f64, usize)> = ps
                .iter()
                .enumerate()
                .map(|(i, &p)| {
                    let ns = &nbrs[p];
                    let k = if ns.is_empty() {
                        xc[p]
                    } else {
                        ns.iter().map(|&o| xc[o]).sum::<f64>() / ns.len() as f64
                    };
                    (k, i)
                })
                .collect();
            let mut order: Vec<usize> = (0..ps.len()).collect();
            order.sort_by(|&a, &b| key[a].0.total_cmp(&key[b].0).then(key[a].1.cmp(&key[b].1)));
            let sorted: Vec<PersonIx> = order.iter().map(|&i| ps[i]).collect();
            *ps = sorted;
        }
        // Items.
        if gs[gi].items.len() < 2 {
            continue;
        }
        let items = gs[gi].items.clone();
        let mut keyed: Vec<(f64, usize, Item)> = Vec::with_capacity(items.len());
        for (i, it) in items.iter().enumerate() {
            let inside = |p: PersonIx| match it {
                Item::Own => group_of[p] == gi,
                Item::Child(c) => chains[p].contains(c),
            };
            let members: Vec<PersonIx> = match it {
                Item::Own => gs[gi].rows.values().flatten().copied().collect(),
                Item::Child(c) => super::bands::members_of(gs, *c),
            };
            let (mut sum, mut cnt) = (0.0, 0usize);
            let mut cur = 0.0;
            for &m in &members {
                cur += xc[m];
                for &o in &nbrs[m] {
                    if !inside(o) {
                        sum += xc[o];
                        cnt += 1;
                    }
                }
            }
            let key = if cnt > 0 {
                sum / cnt as f64
            } else if members.is_empty() {
                f64::NAN
            } else {
                cur / members.len() as f64
            };
            keyed.push((key, i, *it));
        }
        // Empty groups keep their slot relative to their left neighbour.
        for i in 0..keyed.len() {
            if keyed[i].0.is_nan() {
                keyed[i].0 = if i == 0 { f64::NEG_INFINITY } else { keyed[i - 1].0 };
            }
        }
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        gs[gi].items = keyed.into_iter().map(|(_, _, it)| it).collect();
    }
}
