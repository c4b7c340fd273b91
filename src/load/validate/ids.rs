//! The table of person ids that tie ends are resolved against.
//!
//! A big map resolves millions of tie ends against a million ids, and every lookup in
//! a general hash map is a cache miss or two, taken one after the other. This table
//! keeps short ids inline in its slots (one memory access per lookup, no pointer to
//! follow) and resolves a batch of ids in two passes: the first touches the slot of
//! every id, so that the processor fetches them all at once; the second probes slots
//! already in the cache. Open addressing with linear probing, at most half full.
//! Lookups and inserts are O(1) expected; a batch of b ids is O(b).

use std::hash::BuildHasher;

use crate::load::raw::Id;
use crate::model::PersonIx;

/// Marks a slot that holds no id.
const EMPTY: u32 = u32::MAX;

#[derive(Clone)]
struct Slot {
    id: Id,
    ix: u32,
}

/// Person ids to their index in the map.
pub(super) struct PersonIds {
    slots: Vec<Slot>,
    /// The number of slots is `1 << bits`.
    bits: u32,
    len: usize,
}

impl PersonIds {
    /// An empty table with room for `n` ids before it grows.
    pub fn with_capacity(n: usize) -> PersonIds {
        let bits = (n.max(8) * 2).next_power_of_two().trailing_zeros();
        let empty = Slot { id: Id::new(""), ix: EMPTY };
        PersonIds { slots: vec![empty; 1 << bits], bits, len: 0 }
    }

    /// The slot where the search for `id` starts: the hash's high bits.
    fn home(&self, id: &[u8]) -> usize {
        let h = rustc_hash::FxBuildHasher.hash_one(id);
        (h >> (64 - self.bits)) as usize
    }

    /// The index of the person with this id, probing from slot `at`.
    fn probe(&self, id: &[u8], mut at: usize) -> Option<PersonIx> {
        let mask = self.slots.len() - 1;
        loop {
            let s = &self.slots[at];
            if s.ix == EMPTY {
                return None;
            }
            if s.id.as_bytes() == id {
                return Some(s.ix as PersonIx);
            }
            at = (at + 1) & mask;
        }
    }

    /// The index of the person with this id.
    pub fn get(&self, id: &str) -> Option<PersonIx> {
        self.probe(id.as_bytes(), self.home(id.as_bytes()))
    }

    /// Resolves a batch of ids (their bytes) at once (see the module documentation);
    /// `None` ids give `None`. Results are in the order of `ids`.
    pub fn get_batch<'a>(&self, ids: impl Iterator<Item = Option<&'a [u8]>>) -> Vec<Option<PersonIx>> {
        let homes: Vec<Option<(&[u8], usize)>> = ids.map(|id| id.map(|id| (id, self.home(id)))).collect();
        // Touching every home slot first lets their cache misses overlap.
        let mut touched = 0u32;
        for &(_, at) in homes.iter().flatten() {
            touched ^= self.slots[at].ix;
        }
        std::hint::black_box(touched);
        homes.into_iter().map(|h| h.and_then(|(id, at)| self.probe(id, at))).collect()
    }

    /// Adds an id unless it is there already; returns the index it already had.
    /// Person indices above `u32::MAX - 1` are beyond any map this table serves.
    pub fn insert(&mut self, id: &str, ix: PersonIx) -> Result<(), PersonIx> {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut at = self.home(id.as_bytes());
        loop {
            let s = &mut self.slots[at];
            if s.ix == EMPTY {
                *s = Slot { id: Id::new(id), ix: ix as u32 };
                self.len += 1;
                return Ok(());
            }
            if s.id.as_bytes() == id.as_bytes() {
                return Err(s.ix as PersonIx);
            }
            at = (at + 1) & mask;
        }
    }

    /// Doubles the slots and places every id again.
    fn grow(&mut self) {
        let old = std::mem::replace(self, PersonIds::with_capacity(self.slots.len()));
        for s in old.slots.into_iter().filter(|s| s.ix != EMPTY) {
            let _ = self.insert(s.id.as_str(), s.ix as PersonIx);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_inserted_and_refuses_repeats() {
        let mut t = PersonIds::with_capacity(2);
        let long = "an id much longer than twenty-two bytes";
        let ids: Vec<String> = (0..1000).map(|i| format!("p{i}")).chain([long.to_string()]).collect();
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(t.insert(id, i), Ok(()));
        }
        assert_eq!(t.insert("p7", 5000), Err(7));
        assert_eq!(t.insert(long, 5000), Err(1000));
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(t.get(id), Some(i));
        }
        assert_eq!(t.get("p1000"), None);
        assert_eq!(t.get(""), None);
        let batch = t.get_batch(
            [Some("p3"), None, Some("nobody"), Some(long)].into_iter().map(|id| id.map(str::as_bytes)),
        );
        assert_eq!(batch, vec![Some(3), None, None, Some(1000)]);
    }
}
