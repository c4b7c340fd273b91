//! Properties of grading and diffing on random maps (`powermap::generate`): a map
//! grades 100 against itself and has no changes from itself; any attempt grades
//! within 0…100 without a panic; the matching is one-to-one and leaves no good pair
//! behind.

use powermap::generate::generate;
use powermap::train::diff::diff;
use powermap::train::grade::grade;
use powermap::train::names::{MATCH_THRESHOLD, assign};
use powermap::vocab::Lang;
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
}
