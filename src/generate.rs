//! Random maps for benchmarks and tests: a reporting tree of customer people in nested
//! units, about three ties per person (the reporting line, influence between nearby
//! people, acquaintance), a few of our people, roles and stances spread as in real
//! accounts. The same size, shape and seed give the same map. O(N).
//!
//! Two shapes: [`Shape::Wide`] (about six reports per manager, our people know three
//! customers each, no repeated ties) and [`Shape::Deep`], the harder organizations a
//! benchmark should also meet: about three reports per manager with some single-report
//! chains (twice the depth), five salespeople of ours who each know a thousand customer
//! people (hubs), and about one tie in a hundred written twice (the loader warns of each).

use crate::model::{Context, Map, Person, Tie, Unit};
use crate::vocab::{
    Expertise, Governance, PurchaseShare, Relationship, Role, Side, Stance, Strength, Style, TieKind,
};

/// A small, fast, deterministic generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9E37_79B9_7F4A_7C15)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in 0..n (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    /// True with probability p.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }
}

/// The shape of a generated organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Shape {
    /// About six reports per manager; three acquaintances per salesperson; no repeats.
    #[default]
    Wide,
    /// About three reports per manager with single-report chains, hub salespeople who
    /// know a thousand people each, and about 1 % of ties written twice.
    Deep,
}

/// A map of `people` customer people (plus a few of ours) from `seed`, of the wide shape.
pub fn generate(people: usize, seed: u64) -> Map {
    generate_shaped(people, seed, Shape::Wide)
}

/// A map of `people` customer people (plus a few of ours) from `seed`, of `shape`.
pub fn generate_shaped(people: usize, seed: u64, shape: Shape) -> Map {
    let deep = shape == Shape::Deep;
    let mut rng = Rng::new(seed);
    let mut map = Map {
        account: Some(format!("Generated account ({people} people, seed {seed})")),
        opportunity: Some("benchmark".into()),
        competitors: vec!["Rival".into()],
        context: Context {
            governance: Some(Governance::Balanced),
            purchase_share: Some(PurchaseShare::Normal),
        },
        ..Map::default()
    };
    map.units.push(Unit {
        id: "u0".into(),
        name: Some("Head office".into()),
        parent: None,
        kind: None,
        contact: crate::vocab::Contact::Open,
    });
    let strength = |r: &mut Rng| [Strength::Weak, Strength::Medium, Strength::Strong][r.below(3)];
    let mut unit_of: Vec<usize> = Vec::with_capacity(people);
    for i in 0..people {
        let mut p = Person::new(format!("p{i}"));
        p.name = Some(format!("Person {i}"));
        // Manager: a recent person, so the tree is broad near the top and ~6 wide (wide),
        // or ~3 wide with one person in twenty hanging under the one before (deep).
        let manager = match (i, deep) {
            (0, _) => None,
            (_, false) => Some(if i < 7 { 0 } else { (i - 1) / 6 }),
            (_, true) if rng.chance(0.05) => Some(i - 1),
            (_, true) => Some((i - 1) / 3),
        };
        let unit = match manager {
            Some(m) if rng.chance(0.8) => unit_of[m],
            Some(m) => {
                let id = map.units.len();
                map.units.push(Unit {
                    id: format!("u{id}"),
                    name: Some(format!("Unit {id}")),
                    parent: Some(unit_of[m]),
                    kind: None,
                    contact: crate::vocab::Contact::Open,
                });
                id
            }
            None => 0,
        };
        unit_of.push(unit);
        p.unit = Some(unit);
        let roll = rng.below(1000);
        p.roles = match roll {
            0..=2 => vec![Role::Approver],
            3..=20 => vec![Role::DecisionMaker],
            21..=80 => vec![Role::Evaluator],
            81..=100 => vec![Role::Influencer],
            101..=300 => vec![Role::User],
            _ => Vec::new(),
        };
        p.stance = [
            Stance::Champion,
            Stance::Supporter,
            Stance::Neutral,
            Stance::Neutral,
            Stance::Skeptic,
            Stance::Opponent,
            Stance::Unknown,
            Stance::Unknown,
        ][rng.below(8)];
        p.relationship = Relationship::from_value(rng.below(5) as i64 * i64::from(rng.chance(0.3)))
            .unwrap_or(Relationship::None);
        if !p.roles.is_empty() {
            p.expertise = [Some(Expertise::Technical), Some(Expertise::Business), None][rng.below(3)];
            p.style = [Some(Style::Directive), Some(Style::Consultative), None][rng.below(3)];
        }
        map.people.push(p);
        if let Some(m) = manager {
            map.ties.push(tie(i, m, TieKind::ReportsTo, Strength::Medium));
        }
    }
    for i in 1..people {
        // Influence: mostly among neighbours in the chart, sometimes across it.
        let j = if rng.chance(0.7) { i.saturating_sub(1 + rng.below(12)) } else { rng.below(people) };
        if j != i {
            map.ties.push(tie(i, j, TieKind::Influences, strength(&mut rng)));
        }
        let j = rng.below(people);
        if j != i && rng.chance(0.95) {
            map.ties.push(tie(i, j, TieKind::Knows, strength(&mut rng)));
        }
    }
    let ours = if deep { 5 } else { (people / 2000).clamp(3, 200) };
    let known_each = if deep { people.min(1000) } else { 3 };
    let ours_unit = map.units.len();
    map.units.push(Unit {
        id: "ours".into(),
        name: Some("Our company".into()),
        parent: None,
        kind: None,
        contact: crate::vocab::Contact::Open,
    });
    for k in 0..ours {
        let i = map.people.len();
        let mut p = Person::new(format!("our{k}"));
        p.side = Side::Ours;
        p.unit = Some(ours_unit);
        map.people.push(p);
        if k > 0 {
            map.ties.push(tie(i, i - k, TieKind::ReportsTo, Strength::Medium));
        }
        for _ in 0..known_each {
            if people > 0 {
                let j = rng.below(people);
                map.ties.push(tie(i, j, TieKind::Knows, strength(&mut rng)));
            }
        }
    }
    dedup_ties(&mut map);
    if deep {
        // About one tie in a hundred written again, as people do in long spreadsheets.
        let n = map.ties.len();
        for k in 0..n / 100 {
            let t = map.ties[(k * 97 + rng.below(97)) % n].clone();
            map.ties.push(t);
        }
    }
    map
}

fn tie(from: usize, to: usize, kind: TieKind, strength: Strength) -> Tie {
    Tie { from, to, kind, strength, dotted: false, note: None }
}

/// Drops repeated ties (same pair and kind; either order for symmetric kinds), as the
/// loader would warn of them.
fn dedup_ties(map: &mut Map) {
    let mut seen = std::collections::HashSet::with_capacity(map.ties.len());
    map.ties.retain(|t| {
        let key = if t.kind.is_symmetric() {
            (t.from.min(t.to), t.from.max(t.to), t.kind)
        } else {
            (t.from, t.to, t.kind)
        };
        seen.insert(key)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_map_and_about_three_ties_each() {
        let a = generate(2000, 7);
        assert_eq!(a, generate(2000, 7));
        assert_ne!(a, generate(2000, 8));
        let per = a.ties.len() as f64 / a.people.len() as f64;
        assert!((2.5..3.5).contains(&per), "{per}");
    }

    #[test]
    fn the_deep_shape_is_deeper_has_hubs_and_repeats() {
        fn depth(m: &Map) -> usize {
            let mut boss = vec![None; m.people.len()];
            for t in m.ties.iter().filter(|t| t.kind == TieKind::ReportsTo) {
                boss[t.from] = Some(t.to);
            }
            (0..m.people.len())
                .map(|mut i| {
                    let mut d = 0;
                    while let Some(b) = boss[i] {
                        i = b;
                        d += 1;
                    }
                    d
                })
                .max()
                .unwrap_or(0)
        }
        let wide = generate(5000, 1);
        let deep = generate_shaped(5000, 1, Shape::Deep);
        assert_eq!(deep, generate_shaped(5000, 1, Shape::Deep));
        assert!(depth(&deep) >= 2 * depth(&wide) - 1, "{} vs {}", depth(&deep), depth(&wide));
        let hub = deep.people.iter().position(|p| p.side == Side::Ours).unwrap();
        let known = deep.ties.iter().filter(|t| t.from == hub && t.kind == TieKind::Knows).count();
        assert!(known > 900, "{known}");
        let json = serde_json::to_string(&deep).unwrap();
        let loaded = crate::load::load_json_str(&json, "deep.json").unwrap();
        let repeats = loaded.warnings.iter().filter(|d| d.code == "duplicate-tie").count();
        assert!(repeats * 100 >= deep.ties.len() * 9 / 10 / 10, "{repeats} of {}", deep.ties.len());
        assert_eq!(loaded.map.ties.len() + repeats, deep.ties.len());
    }

    #[test]
    fn generated_maps_load_back_without_errors() {
        let m = generate(500, 3);
        let json = serde_json::to_string(&m).unwrap();
        let loaded = crate::load::load_json_str(&json, "gen.json").unwrap();
        assert_eq!(loaded.map, m);
    }
}
