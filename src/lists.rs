//! Lists of items, one per index (each person's managers, say), kept in one allocation
//! (compressed rows): an offset per index and the items one list after another. A
//! vector of vectors would cost a header of 24 bytes per index and an allocation per
//! non-empty list; at a million people that is tens of megabytes and as many
//! allocations, for lists most of which hold one item or none.

use std::ops::Index;

/// Lists of `T`, one per index in `0..len()`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lists<T> {
    /// Where each list starts in `items`; the last entry is `items.len()`.
    start: Vec<usize>,
    items: Vec<T>,
}

impl<T> Default for Lists<T> {
    fn default() -> Self {
        Lists { start: vec![0], items: Vec::new() }
    }
}

impl<T: Copy> Lists<T> {
    /// `n` lists, with each `(index, item)` of `pairs` put in the list of `index`, in
    /// the order `pairs` gives them (a counting sort: two passes over `pairs`). An
    /// index of `n` or more is ignored. O(n + pairs).
    pub fn build<I>(n: usize, pairs: I) -> Lists<T>
    where
        I: Iterator<Item = (usize, T)> + Clone,
    {
        let mut start = vec![0usize; n + 1];
        for (i, _) in pairs.clone() {
            if i < n {
                start[i + 1] += 1;
            }
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let total = start[n];
        let mut fill = start.clone();
        // Every slot is written below before it is read: seeded with the first item.
        let Some(seed) = pairs.clone().find(|&(i, _)| i < n).map(|(_, t)| t) else {
            return Lists { start, items: Vec::new() };
        };
        let mut items = vec![seed; total];
        for (i, t) in pairs {
            if i < n {
                items[fill[i]] = t;
                fill[i] += 1;
            }
        }
        Lists { start, items }
    }
}

impl<T> Lists<T> {
    /// How many lists there are.
    pub fn len(&self) -> usize {
        self.start.len() - 1
    }

    /// Whether there are no lists.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The list of `i`, or an empty one for an index out of range.
    pub fn get(&self, i: usize) -> &[T] {
        match (self.start.get(i), self.start.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.items[a..b],
            _ => &[],
        }
    }

    /// The items, list after list.
    pub fn into_items(self) -> Vec<T> {
        self.items
    }

    /// Every list, in index order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &[T]> + '_ {
        self.start.windows(2).map(|w| &self.items[w[0]..w[1]])
    }
}

impl<T> Index<usize> for Lists<T> {
    type Output = [T];

    /// The list of `i`; an index out of range has an empty list.
    fn index(&self, i: usize) -> &[T] {
        self.get(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lists_keep_the_order_items_came_in() {
        let l = Lists::build(4, [(2, 'a'), (0, 'b'), (2, 'c'), (9, 'x'), (3, 'd'), (2, 'e')].into_iter());
        assert_eq!(l.len(), 4);
        assert_eq!(&l[0], &['b']);
        assert!(l[1].is_empty());
        assert_eq!(&l[2], &['a', 'c', 'e']);
        assert_eq!(&l[3], &['d']);
        assert!(l[4].is_empty(), "out of range is empty, not a panic");
        let empty: Lists<u8> = Lists::build(3, std::iter::empty());
        assert_eq!(empty.iter().map(<[u8]>::len).collect::<Vec<_>>(), vec![0, 0, 0]);
    }

    proptest! {
        /// The same lists as pushing each item onto a vector of vectors.
        #[test]
        fn lists_are_vectors_of_vectors(n in 0usize..20, pairs in prop::collection::vec((0usize..24, any::<u16>()), 0..80)) {
            let mut vv: Vec<Vec<u16>> = vec![Vec::new(); n];
            for &(i, t) in &pairs {
                if i < n {
                    vv[i].push(t);
                }
            }
            let l = Lists::build(n, pairs.iter().copied());
            prop_assert_eq!(l.len(), n);
            prop_assert_eq!(l.iter().map(<[u16]>::to_vec).collect::<Vec<_>>(), vv);
        }
    }
}
