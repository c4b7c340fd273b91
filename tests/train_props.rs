//! Properties of grading and diffing on random maps (`powermap::generate`): a map
//! grades 100 against itself and has no changes from itself; any attempt grades
//! within 0…100 without a panic; the matching is one-to-one and leaves no good pair
//! behind; the diff matches people and ties as a map keyed by id and tie would.

use std::collections::BTreeMap;

use powermap::generate::generate;
use powermap::model::{Map, Tie};
use powermap::train::diff::diff;
use powermap::train::grade::grade;
use powermap::train::names::{MATCH_THRESHOLD, assign};
use powermap::vocab::{Lang, TieKind};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn a_random_map_grades_100_against_itself(n in 1usize..60, seed in any::<u64>()) {
        let m = generate(n, seed);
        let g = grade(&m, &m, Lang::En);
        prop_assert_eq!(g.total, 100.0);
        prop_assert!(diff(&m, &m, Lang::En).is_empty());
    }

    #[test]
    fn any_attempt_grades_between_0_and_100(n in 1usize..40, k in 0usize..40, a in any::<u64>(), b in any::<u64>(), drop in 0usize..10) {
        let key = generate(n, a);
        let mut attempt = generate(k, b);
        // Drop some people (and their ties) to mimic an incomplete chart.
        let keep = attempt.people.len().saturating_sub(drop);
        attempt.people.truncate(keep);
        attempt.ties.retain(|t| t.from < keep && t.to < keep);
        attempt.grading = Default::default();
        for lang in [Lang::En, Lang::Zh] {
            let g = grade(&key, &attempt, lang);
            prop_assert!((0.0..=100.0).contains(&g.total), "{}", g.total);
            for s in &g.sections {
                prop_assert!(s.earned <= s.possible && s.earned >= 0.0);
            }
        }
        let d = diff(&key, &attempt, Lang::Zh);
        prop_assert!(d.people_gone.len() <= key.people.len());
    }

    #[test]
    fn assignment_is_a_maximal_one_to_one_matching(
        rows in 0usize..8,
        cols in 0usize..8,
        scores in proptest::collection::vec(0.0f64..1.0, 64),
    ) {
        let score = |r: usize, c: usize| scores[r * 8 + c];
        let m = assign(rows, cols, score);
        prop_assert_eq!(m.len(), rows);
        let mut used = vec![false; cols];
        for (r, c) in m.iter().enumerate() {
            if let Some(c) = *c {
                prop_assert!(!used[c], "column {} twice", c);
                used[c] = true;
                prop_assert!(score(r, c) >= MATCH_THRESHOLD);
            }
        }
        // Greedy by best score: no free row and free column are left with a good pair.
        for (r, c) in m.iter().enumerate() {
            if c.is_none() {
                for (col, u) in used.iter().enumerate() {
                    prop_assert!(*u || score(r, col) < MATCH_THRESHOLD);
                }
            }
        }
        prop_assert_eq!(assign(rows, cols, score), m);
    }

    #[test]
    fn the_diff_matches_people_and_ties_by_id_as_a_keyed_map_would(
        n in 1usize..50, k in 1usize..50, a in any::<u64>(), b in any::<u64>(),
        moves in proptest::collection::vec((any::<u16>(), any::<u16>(), 0u8..4), 0..40),
    ) {
        let old = generate(n, a);
        let mut new = generate(k, b);
        // The next version: people in another order, symmetric ties turned round, some
        // ties written twice (the last one counts), with another line.
        let len = new.people.len();
        for &(x, y, what) in &moves {
            let (x, y) = (x as usize % len, y as usize % len);
            match what {
                0 => {
                    new.people.swap(x, y);
                    for t in &mut new.ties {
                        for end in [&mut t.from, &mut t.to] {
                            if *end == x { *end = y } else if *end == y { *end = x }
                        }
                    }
                }
                1 if !new.ties.is_empty() => {
                    let i = x % new.ties.len();
                    let t = &mut new.ties[i];
                    if t.kind.is_symmetric() {
                        std::mem::swap(&mut t.from, &mut t.to);
                    }
                }
                2 if !new.ties.is_empty() => {
                    let mut t = new.ties[x % new.ties.len()].clone();
                    t.dotted = !t.dotted;
                    new.ties.push(t);
                }
                _ => {}
            }
        }
        let d = diff(&old, &new, Lang::En);
        let people = |m: &Map| m.people.iter().map(|p| p.id.clone()).collect::<std::collections::BTreeSet<String>>();
        let (po, pn) = (people(&old), people(&new));
        let ids = |v: &[powermap::train::diff::PersonRef]| v.iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        prop_assert_eq!(ids(&d.people_added), pn.difference(&po).cloned().collect::<Vec<_>>());
        prop_assert_eq!(ids(&d.people_gone), po.difference(&pn).cloned().collect::<Vec<_>>());
        // Ties keyed by their people's ids and kind; the last written of a key counts.
        type Key = (String, String, TieKind);
        let key_of = |from: &str, to: &str, kind: TieKind| -> Key {
            if kind.is_symmetric() && to < from { (to.into(), from.into(), kind) } else { (from.into(), to.into(), kind) }
        };
        let keyed = |m: &Map| -> BTreeMap<Key, Tie> {
            m.ties.iter().map(|t| (key_of(&m.people[t.from].id, &m.people[t.to].id, t.kind), t.clone())).collect()
        };
        let (to, tn) = (keyed(&old), keyed(&new));
        let keys = |v: &[powermap::train::diff::TieRef]| v.iter().map(|t| key_of(&t.from.id, &t.to.id, t.kind)).collect::<Vec<_>>();
        prop_assert_eq!(keys(&d.ties_added), tn.keys().filter(|k| !to.contains_key(*k)).cloned().collect::<Vec<_>>());
        prop_assert_eq!(keys(&d.ties_removed), to.keys().filter(|k| !tn.contains_key(*k)).cloned().collect::<Vec<_>>());
        let changed: Vec<(Key, u8, bool)> = tn
            .iter()
            .filter_map(|(k, t)| {
                let o = to.get(k)?;
                (o.strength != t.strength || o.dotted != t.dotted).then(|| (k.clone(), o.strength.value(), t.dotted))
            })
            .collect();
        let got: Vec<(Key, u8, bool)> =
            d.ties_changed.iter().map(|c| (key_of(&c.tie.from.id, &c.tie.to.id, c.tie.kind), c.old_strength, c.tie.dotted)).collect();
        prop_assert_eq!(got, changed);
    }
}
