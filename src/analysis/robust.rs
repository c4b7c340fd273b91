//! Robustness and value of information (稳健性与信息价值): the facts a map leaves
//! unknown are drawn over plausible ranges, the whole analysis is run once per draw,
//! and the report says how often the top candidates stay on top and which single
//! unknown fact the advice depends on most.
//!
//! The unknowns and their ranges (probabilities):
//! - a customer-side person's unknown stance: champion 0.05, supporter 0.20,
//!   neutral 0.45, skeptic 0.20, opponent 0.10;
//! - a customer-side person with no purchase role: none 0.55, user 0.15, evaluator
//!   0.15, influencer 0.10, decision maker 0.05;
//! - the strength of an `influences` or `knows` tie at medium, the strength a map gets
//!   when none is written (a written medium cannot be told from it): weak 0.25,
//!   medium 0.50, strong 0.25.
//!
//! The *advice* of a draw is its first candidate and its first next step (kind and
//! target). A fact's value is the mutual information between its drawn value and the
//! advice, less the Miller–Madow bias (values − 1)(advices − 1) / (2 D ln 2), as a share
//! of the advice's entropy: 1 means learning it settles the advice, 0 that it does not
//! move it.
//!
//! Draw `d` uses its own generator seeded from (seed, d), and the draws are split
//! between two threads in two halves joined in order, so the result is the same for any
//! number of threads. O(D · A + D · F) for D draws, F unknown facts and A the cost of
//! one analysis (see [`super::analyze`]).

use serde::Serialize;

use super::{AnalyzeOptions, Report};
use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::model::{Map, PersonIx};
use crate::vocab::{Role, Side, Stance, Strength, TieKind};

/// How many draws by default, and up to how many people.
pub const DEFAULT_DRAWS: usize = 1000;
/// Above this many people the default draws drop to [`SMALL_DRAWS`].
pub const FULL_LIMIT: usize = 100;
/// The default draws for maps between [`FULL_LIMIT`] and [`SKIP_LIMIT`] people.
pub const SMALL_DRAWS: usize = 100;
/// Above this many people the section is skipped unless draws are asked for.
pub const SKIP_LIMIT: usize = 1000;

/// Whether and how much to sample.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Draws {
    /// Not at all, and nothing said (the default for the library and the views).
    #[default]
    Off,
    /// Not run: the map is too big for the default; said in the report.
    Skipped,
    /// This many draws.
    Run(usize),
}

impl Draws {
    /// The rule `analyze` follows without `--draws`: 1000 draws up to 100 people, 100
    /// up to 1000, skipped above.
    pub fn default_for(people: usize) -> Draws {
        if people <= FULL_LIMIT {
            Draws::Run(DEFAULT_DRAWS)
        } else if people <= SKIP_LIMIT {
            Draws::Run(SMALL_DRAWS)
        } else {
            Draws::Skipped
        }
    }
}

/// What to sample.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RobustOptions {
    /// How many draws.
    pub draws: Draws,
    /// The seed of the draws.
    pub seed: u64,
}

/// How stable one of the top candidates is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stability {
    /// The candidate's rank in the map as written.
    pub rank: usize,
    /// Id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Share of draws in which the person is among the top three, 0…1.
    pub top3: f64,
    /// Share of draws in which the person is first, 0…1.
    pub first: f64,
}

/// One unknown fact and what learning it is worth.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FactValue {
    /// `stance`, `role` or `strength`.
    pub kind: &'static str,
    /// The people concerned (ids): the person, or the two ends of the tie.
    pub people: Vec<String>,
    /// Share of the advice's uncertainty that learning it removes, 0…1.
    pub value: f64,
    /// The fact, as a code and parameters.
    pub fact: Msg,
    /// The person concerned, as an index.
    #[serde(skip)]
    pub person: PersonIx,
}

/// The robustness section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Robustness {
    /// Draws made (0 when skipped).
    pub draws: usize,
    /// The seed.
    pub seed: u64,
    /// Unknown facts drawn.
    pub unknowns: usize,
    /// Why the section was not run, if it was not.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<Msg>,
    /// The top three of the map as written, with how often they stay on top.
    pub stability: Vec<Stability>,
    /// Share of draws giving the same advice (first candidate and first step) as the
    /// map as written, 0…1.
    pub advice_kept: f64,
    /// The unknown facts worth learning, most valuable first (at most five, value ≥ 0.05).
    pub facts: Vec<FactValue>,
}

#[derive(Debug, Clone, Copy)]
enum Fact {
    Stance(PersonIx),
    Role(PersonIx),
    Strength(usize),
}

const STANCES: [(Stance, f64); 5] = [
    (Stance::Champion, 0.05),
    (Stance::Supporter, 0.20),
    (Stance::Neutral, 0.45),
    (Stance::Skeptic, 0.20),
    (Stance::Opponent, 0.10),
];
const ROLES: [(Option<Role>, f64); 5] = [
    (None, 0.55),
    (Some(Role::User), 0.15),
    (Some(Role::Evaluator), 0.15),
    (Some(Role::Influencer), 0.10),
    (Some(Role::DecisionMaker), 0.05),
];
const STRENGTHS: [(Strength, f64); 3] =
    [(Strength::Weak, 0.25), (Strength::Medium, 0.5), (Strength::Strong, 0.25)];

/// The unknown facts of a map, in file order: stances and roles person by person,
/// then tie strengths. O(P + T).
fn unknowns(map: &Map) -> Vec<Fact> {
    let mut out = Vec::new();
    for (i, p) in map.people.iter().enumerate() {
        if p.side != Side::Customer {
            continue;
        }
        if p.stance == Stance::Unknown {
            out.push(Fact::Stance(i));
        }
        if p.roles.is_empty() {
            out.push(Fact::Role(i));
        }
    }
    for (t, tie) in map.ties.iter().enumerate() {
        if matches!(tie.kind, TieKind::Influences | TieKind::Knows) && tie.strength == Strength::Medium {
            out.push(Fact::Strength(t));
        }
    }
    out
}

/// SplitMix64: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, draw: u64) -> Rng {
        let mut r = Rng(seed ^ draw.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// An index drawn with these probabilities (summing to 1).
    fn pick(&mut self, probs: impl Iterator<Item = f64>) -> u8 {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        let mut acc = 0.0;
        let mut last = 0;
        for (i, p) in probs.enumerate() {
            acc += p;
            last = i;
            if u < acc {
                return i as u8;
            }
        }
        last as u8
    }
}

/// The advice of one analysis: first candidate, first step's kind and target.
type Advice = (Option<PersonIx>, &'static str, Option<String>);

fn advice(r: &Report) -> Advice {
    let first = r.decision_makers.first().map(|c| c.person);
    let step = r.next_steps.first();
    (first, step.map_or("", |s| s.kind), step.and_then(|s| s.target.clone()))
}

struct Outcome {
    top3: Vec<PersonIx>,
    advice: Advice,
    values: Vec<u8>,
}

fn one_draw(map: &Map, facts: &[Fact], opts: &AnalyzeOptions, seed: u64, d: usize) -> Outcome {
    let mut rng = Rng::new(seed, d as u64);
    let mut m = map.clone();
    let mut values = Vec::with_capacity(facts.len());
    for f in facts {
        let v = match *f {
            Fact::Stance(p) => {
                let v = rng.pick(STANCES.iter().map(|x| x.1));
                m.people[p].stance = STANCES[v as usize].0;
                v
            }
            Fact::Role(p) => {
                let v = rng.pick(ROLES.iter().map(|x| x.1));
                m.people[p].roles = ROLES[v as usize].0.into_iter().collect();
                v
            }
            Fact::Strength(t) => {
                let v = rng.pick(STRENGTHS.iter().map(|x| x.1));
                m.ties[t].strength = STRENGTHS[v as usize].0;
                v
            }
        };
        values.push(v);
    }
    let g = OrgGraph::new(&m);
    let r = super::analyze(&g, opts);
    Outcome { top3: r.decision_makers.iter().take(3).map(|c| c.person).collect(), advice: advice(&r), values }
}

/// Samples the unknowns and measures what moves. `base` is the analysis of the map as
/// written. O(D · A + D · F).
pub fn robustness(g: &OrgGraph, opts: &AnalyzeOptions, base: &Report) -> Option<Robustness> {
    let map = g.map;
    let seed = opts.robust.seed;
    let draws = match opts.robust.draws {
        Draws::Off => return None,
        Draws::Skipped => 0,
        Draws::Run(n) => n,
    };
    let facts = unknowns(map);
    let mut rob = Robustness {
        draws,
        seed,
        unknowns: facts.len(),
        skipped: None,
        stability: Vec::new(),
        advice_kept: 1.0,
        facts: Vec::new(),
    };
    if draws == 0 {
        let why = Msg::new("stability-skipped").arg("people", map.people.len()).arg("limit", SKIP_LIMIT);
        rob.skipped = Some(why);
        return Some(rob);
    }
    let inner = AnalyzeOptions { robust: RobustOptions::default(), top: 10, ..*opts };
    let half = draws / 2;
    let run = |range: std::ops::Range<usize>| -> Vec<Outcome> {
        range.map(|d| one_draw(map, &facts, &inner, seed, d)).collect()
    };
    let (mut out, rest) = crate::par::join(|| run(0..half), || run(half..draws));
    out.extend(rest);
    let n = out.len() as f64;
    for c in base.decision_makers.iter().take(3) {
        let top3 = out.iter().filter(|o| o.top3.contains(&c.person)).count() as f64 / n;
        let first = out.iter().filter(|o| o.top3.first() == Some(&c.person)).count() as f64 / n;
        rob.stability.push(Stability { rank: c.rank, id: c.id.clone(), name: c.name.clone(), top3, first });
    }
    let base_advice = advice(base);
    rob.advice_kept = out.iter().filter(|o| o.advice == base_advice).count() as f64 / n;
    rob.facts = values_of(map, &facts, &out);
    Some(rob)
}

/// Each fact's share of the advice's entropy, bias-corrected; the valuable ones, most
/// valuable first (ties in file order). O(D · F).
fn values_of(map: &Map, facts: &[Fact], out: &[Outcome]) -> Vec<FactValue> {
    // The advices, numbered in order of first appearance.
    let mut kinds: Vec<&Advice> = Vec::new();
    let ids: Vec<usize> = out
        .iter()
        .map(|o| match kinds.iter().position(|a| **a == o.advice) {
            Some(i) => i,
            None => {
                kinds.push(&o.advice);
                kinds.len() - 1
            }
        })
        .collect();
    let a = kinds.len();
    let n = out.len() as f64;
    let mut pa = vec![0.0f64; a];
    for &i in &ids {
        pa[i] += 1.0 / n;
    }
    let h: f64 = pa.iter().filter(|&&p| p > 0.0).map(|&p| -p * p.log2()).sum();
    if h < 1e-9 {
        return Vec::new();
    }
    let mut vals: Vec<FactValue> = Vec::new();
    for (fi, f) in facts.iter().enumerate() {
        let mut joint = vec![0.0f64; 5 * a];
        let mut pv = [0.0f64; 5];
        for (o, &ai) in out.iter().zip(&ids) {
            let v = o.values[fi] as usize;
            joint[v * a + ai] += 1.0 / n;
            pv[v] += 1.0 / n;
        }
        let mut mi = 0.0;
        for (row, &p_v) in joint.chunks(a).zip(&pv) {
            for (&p, &p_a) in row.iter().zip(&pa) {
                if p > 0.0 {
                    mi += p * (p / (p_v * p_a)).log2();
                }
            }
        }
        let seen_v = pv.iter().filter(|&&p| p > 0.0).count() as f64;
        let bias = (seen_v - 1.0) * (a as f64 - 1.0) / (2.0 * n * std::f64::consts::LN_2);
        let value = ((mi - bias).max(0.0) / h).min(1.0);
        if value >= 0.05 {
            vals.push(describe(map, *f, value));
        }
    }
    vals.sort_by(|x, y| y.value.total_cmp(&x.value));
    vals.truncate(5);
    vals
}

fn describe(map: &Map, f: Fact, value: f64) -> FactValue {
    let value = (value * 1000.0).round() / 1000.0;
    let who = |key: &'static str, p: PersonIx| super::person(Msg::new(key), "who", "who_id", &map.people[p]);
    match f {
        Fact::Stance(p) => FactValue {
            kind: "stance",
            people: vec![map.people[p].id.clone()],
            value,
            fact: who("stability-fact-stance", p),
            person: p,
        },
        Fact::Role(p) => FactValue {
            kind: "role",
            people: vec![map.people[p].id.clone()],
            value,
            fact: who("stability-fact-role", p),
            person: p,
        },
        Fact::Strength(t) => {
            let tie = &map.ties[t];
            let (a, b) = (&map.people[tie.from], &map.people[tie.to]);
            let key = if tie.kind == TieKind::Knows { "stability-fact-knows" } else { "stability-fact-sway" };
            let fact = super::person(super::person(Msg::new(key), "a", "a_id", a), "b", "b_id", b);
            // The person to ask about it: the customer-side end.
            let person = if a.side == Side::Customer { tie.from } else { tie.to };
            FactValue { kind: "strength", people: vec![a.id.clone(), b.id.clone()], value, fact, person }
        }
    }
}

/// The urgency of finding out a fact (see [`learn_step`]).
const LEARN_URGENCY: f64 = 0.7;

/// The next step the most valuable fact becomes: find it out first. Given when
/// learning it removes at least a quarter of the advice's uncertainty. On the one scale
/// of next steps (docs/analysis.md): the power at stake is the chance that the advice
/// is wrong (the draws where it changes) times the share of that the fact would settle,
/// × 100; asking is a reliable way (1); the urgency is the middle one (0.7):
/// information before action, below a risk's. So a fact comes first only when the
/// advice is really in doubt.
pub fn learn_step(rob: &Robustness, map: &Map) -> Option<super::NextStep> {
    let f = rob.facts.first().filter(|f| f.value >= 0.25)?;
    let pct = (f.value * 100.0).round() as i64;
    let stake = 100.0 * (1.0 - rob.advice_kept.clamp(0.0, 1.0)) * f.value;
    Some(super::NextStep {
        rank: 0,
        kind: "learn_fact",
        target: Some(map.people[f.person].id.clone()),
        via: Vec::new(),
        action: Msg::new("step-learn-fact").arg("fact", f.fact.clone()),
        why: Msg::new("step-why-learn-fact").arg("share", pct),
        priority: (stake * LEARN_URGENCY * 10.0).round() / 10.0,
        power: (stake * 10.0).round() / 10.0,
        reliability: 1.0,
        urgency: LEARN_URGENCY,
    })
}
