//! Property tests of the analyses against naive reference implementations on small
//! random maps: the best route and the k best routes against brute force over every
//! simple path, and scores that do not depend on ids or on the order of the file.

use proptest::prelude::*;

use powermap::analysis::paths::{IntroGraph, PathOptions};
use powermap::analysis::rank;
use powermap::graph::OrgGraph;
use powermap::model::{Map, Person, Tie};
use powermap::vocab::{Relationship, Role, Side, Stance, Strength, TieKind, Vocab};

type RawPerson = (bool, usize, u8, u8);
type RawTie = (usize, usize, usize, u8);

fn build(people: &[RawPerson], ties: &[RawTie]) -> Map {
    let mut m = Map::default();
    for (i, &(ours, stance, rel, roles)) in people.iter().enumerate() {
        let mut p = Person::new(format!("p{i}"));
        p.side = if ours { Side::Ours } else { Side::Customer };
        p.stance = Stance::ALL[stance % Stance::ALL.len()];
        p.relationship = Relationship::from_value(i64::from(rel % 5)).unwrap();
        p.roles =
            Role::ALL.iter().enumerate().filter(|(k, _)| roles & (1 << k) != 0).map(|(_, r)| *r).collect();
        m.people.push(p);
    }
    let n = people.len();
    let mut seen = std::collections::HashSet::new();
    for &(a, b, kind, s) in ties {
        let (a, b) = (a % n, b % n);
        let kind = TieKind::ALL[kind % 4];
        let key = if kind.is_symmetric() { (a.min(b), a.max(b), kind) } else { (a, b, kind) };
        if a == b || !seen.insert(key) {
            continue;
        }
        // Solid reporting lines must not form cycles: keep them pointing to lower indices.
        if kind == TieKind::ReportsTo && b >= a {
            continue;
        }
        let strength = Strength::from_value(i64::from(s % 3 + 1)).unwrap();
        m.ties.push(Tie { from: a, to: b, kind, strength, dotted: false, note: None });
    }
    m
}

fn maps() -> impl Strategy<Value = Map> {
    (
        prop::collection::vec((prop::bool::weighted(0.25), 0usize..6, 0u8..5, 0u8..128), 2..8),
        prop::collection::vec((0usize..8, 0usize..8, 0usize..4, 0u8..3), 0..20),
    )
        .prop_map(|(p, t)| build(&p, &t))
}

/// Every simple path from `from` to `to`, with its reliability, by depth-first search.
fn all_routes(ig: &IntroGraph, from: usize, to: usize, n: usize) -> Vec<(f64, Vec<usize>)> {
    fn go(
        ig: &IntroGraph,
        path: &mut Vec<usize>,
        to: usize,
        seen: &mut Vec<bool>,
        out: &mut Vec<(f64, Vec<usize>)>,
    ) {
        let u = *path.last().unwrap();
        if u == to {
            out.push((ig.route_reliability(path), path.clone()));
            return;
        }
        for v in ig.next_people(u) {
            if !seen[v] && ig.hop_reliability(u, v).is_some_and(|r| r > 0.0) {
                seen[v] = true;
                path.push(v);
                go(ig, path, to, seen, out);
                path.pop();
                seen[v] = false;
            }
        }
    }
    let mut seen = vec![false; n];
    seen[from] = true;
    let mut out = Vec::new();
    go(ig, &mut vec![from], to, &mut seen, &mut out);
    // Routes below the floor are not offered.
    out.retain(|(r, _)| *r >= powermap::analysis::paths::MIN_RELIABILITY);
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn best_route_equals_brute_force(map in maps(), hostile in any::<bool>()) {
        let g = OrgGraph::new(&map);
        let ig = IntroGraph::new(&g, PathOptions { allow_hostile: hostile });
        let n = map.people.len();
        let ours: Vec<usize> = (0..n).filter(|&i| map.people[i].side == Side::Ours).collect();
        for t in 0..n {
            if ours.contains(&t) {
                continue;
            }
            let brute = ours.iter().flat_map(|&s| all_routes(&ig, s, t, n)).map(|(r, _)| r).fold(0.0, f64::max);
            let found = ig.best_to_all(None, &[t]);
            match found.first() {
                Some(p) => prop_assert!((ig.route_reliability(&p.people) - brute).abs() < 1e-9, "{} vs {brute}", ig.route_reliability(&p.people)),
                None => prop_assert!(brute == 0.0, "no route found but brute force has {brute}"),
            }
        }
    }

    #[test]
    fn k_best_routes_equal_brute_force(map in maps(), k in 1usize..5) {
        let g = OrgGraph::new(&map);
        let ig = IntroGraph::new(&g, PathOptions::default());
        let n = map.people.len();
        let Some(from) = (0..n).find(|&i| map.people[i].side == Side::Ours) else { return Ok(()) };
        for t in (0..n).filter(|&t| t != from) {
            let mut brute: Vec<f64> = all_routes(&ig, from, t, n).into_iter().map(|(r, _)| r).collect();
            brute.sort_by(|a, b| b.total_cmp(a));
            brute.truncate(k);
            let got: Vec<f64> = ig.k_best(Some(from), t, k).iter().map(|p| ig.route_reliability(&p.people)).collect();
            prop_assert_eq!(got.len(), brute.len());
            for (a, b) in got.iter().zip(&brute) {
                prop_assert!((a - b).abs() < 1e-9, "{got:?} vs {brute:?}");
            }
            let routes = ig.k_best(Some(from), t, k);
            for r in &routes {
                let mut seen = r.people.clone();
                seen.sort_unstable();
                seen.dedup();
                prop_assert_eq!(seen.len(), r.people.len(), "a route visits someone twice: {:?}", r.people);
            }
        }
    }

    #[test]
    fn k_best_routes_from_anyone_of_ours_equal_brute_force(map in maps(), k in 1usize..4) {
        let g = OrgGraph::new(&map);
        let ig = IntroGraph::new(&g, PathOptions::default());
        let n = map.people.len();
        let ours: Vec<usize> = (0..n).filter(|&i| map.people[i].side == Side::Ours).collect();
        for t in (0..n).filter(|t| !ours.contains(t)) {
            // Routes start at one of ours and pass through no other of ours.
            let mut brute: Vec<f64> = ours
                .iter()
                .flat_map(|&s| all_routes(&ig, s, t, n))
                .filter(|(_, p)| p[1..].iter().all(|x| !ours.contains(x)))
                .map(|(r, _)| r)
                .collect();
            brute.sort_by(|a, b| b.total_cmp(a));
            brute.truncate(k);
            let got: Vec<f64> = ig.k_best(None, t, k).iter().map(|p| ig.route_reliability(&p.people)).collect();
            prop_assert_eq!(got.len(), brute.len(), "{:?} vs {:?}", got, brute);
            for (a, b) in got.iter().zip(&brute) {
                prop_assert!((a - b).abs() < 1e-9, "{got:?} vs {brute:?}");
            }
        }
    }

    #[test]
    fn scores_ignore_ids_and_file_order(map in maps(), seed in any::<u64>()) {
        let n = map.people.len();
        // A permutation of the people, new ids, and the ties reversed.
        let mut order: Vec<usize> = (0..n).collect();
        let mut s = seed;
        for i in (1..n).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            order.swap(i, (s >> 33) as usize % (i + 1));
        }
        let mut new_of = vec![0; n];
        for (new, &old) in order.iter().enumerate() {
            new_of[old] = new;
        }
        let mut other = Map { context: map.context, ..Map::default() };
        for &old in &order {
            let mut p = map.people[old].clone();
            p.id = format!("renamed-{}", n - old);
            other.people.push(p);
        }
        for t in map.ties.iter().rev() {
            other.ties.push(Tie { from: new_of[t.from], to: new_of[t.to], ..t.clone() });
        }
        let a = rank::power(&OrgGraph::new(&map), true).score;
        let b = rank::power(&OrgGraph::new(&other), true).score;
        for old in 0..n {
            prop_assert!((a[old] - b[new_of[old]]).abs() < 1e-4, "{} vs {}", a[old], b[new_of[old]]);
        }
    }
}
