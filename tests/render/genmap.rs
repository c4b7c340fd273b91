//! A deterministic generator of large maps for the render tests and benchmarks: a
//! reporting tree (each person reports to one earlier person, five reports per manager),
//! units following the tree (a department per level-2 head, a section per level-3 head),
//! random influence ties (1.2 per person), a few of our people who know customers, and
//! some conflicts. A small linear congruential generator keeps it reproducible.

use serde_json::{Value, json};

struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A valid map of `n` customer people (plus three of ours) as JSON text.
pub fn map_json(n: usize, seed: u64) -> String {
    serde_json::to_string(&map_value(n, seed)).unwrap()
}

/// The same map as a JSON value.
pub fn map_value(n: usize, seed: u64) -> Value {
    let mut rng = Lcg(seed);
    let stances =
        ["champion", "supporter", "neutral", "skeptic", "opponent", "unknown", "unknown", "neutral"];
    let roles =
        ["approver", "decision_maker", "evaluator", "user", "influencer", "gatekeeper", "spec_writer"];
    let mut units = vec![
        json!({"id": "company", "name": "Generated Co. 生成公司"}),
        json!({"id": "ours", "name": "Our side 我方"}),
    ];
    let mut people = Vec::new();
    let mut ties = Vec::new();
    let mut unit_of: Vec<String> = Vec::new();
    let mut level: Vec<u32> = Vec::new();
    for i in 0..n {
        let parent = if i == 0 { None } else { Some((i - 1) / 5) };
        let lv = parent.map_or(1, |p| level[p] + 1);
        let unit = match (lv, parent) {
            (1, _) => "company".to_string(),
            (2, _) | (3, _) => {
                let id = format!("u{i}");
                let up = parent.map(|p| unit_of[p].clone()).unwrap_or_else(|| "company".into());
                units.push(json!({"id": id, "name": format!("Unit {i} 部门{i}"), "parent": up}));
                id
            }
            (_, Some(p)) => unit_of[p].clone(),
            _ => "company".to_string(),
        };
        unit_of.push(unit.clone());
        level.push(lv);
        let name = if i % 2 == 0 { format!("员工{i}") } else { format!("Person {i}") };
        let mut person = json!({
            "id": format!("p{i}"),
            "name": name,
            "title": format!("Title {} 职务", i % 37),
            "unit": unit,
            "stance": stances[rng.below(stances.len())],
            "relationship": rng.below(5),
        });
        if rng.below(4) == 0 {
            person["roles"] = json!([roles[rng.below(roles.len())]]);
        }
        people.push(person);
        if let Some(p) = parent {
            ties.push(json!({"from": format!("p{i}"), "to": format!("p{p}"), "kind": "reports_to"}));
        }
    }
    for k in 0..(n * 6 / 5) {
        let a = rng.below(n);
        let b = rng.below(n);
        if a != b {
            let strength = 1 + (k % 3);
            ties.push(json!({"from": format!("p{a}"), "to": format!("p{b}"), "kind": "influences", "strength": strength}));
        }
    }
    for o in 0..3 {
        people.push(
            json!({"id": format!("o{o}"), "name": format!("Ours {o}"), "unit": "ours", "side": "ours"}),
        );
        if o > 0 {
            ties.push(json!({"from": format!("o{o}"), "to": "o0", "kind": "reports_to"}));
        }
    }
    for k in 0..(n / 20).max(1) {
        let b = rng.below(n);
        ties.push(json!({"from": format!("o{}", k % 3), "to": format!("p{b}"), "kind": "knows", "strength": 1 + k % 3}));
    }
    for _ in 0..(n / 50) {
        let a = rng.below(n);
        let b = rng.below(n);
        if a != b {
            ties.push(json!({"from": format!("p{a}"), "to": format!("p{b}"), "kind": "conflict"}));
        }
    }
    json!({"version": 1, "account": format!("Generated {n}"), "units": units, "people": people, "ties": ties})
}
