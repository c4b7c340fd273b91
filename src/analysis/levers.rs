//! The levers the method teaches, for the next steps: a blocker's supportive boss or
//! friend, our executive for a top person nobody knows (高层对高层), our only contact
//! as a coach to the decision process, conflict ties ("don't send X to Y"), and the
//! legitimate channels for people off limits (the specification, references, the
//! scoring criteria). Also the risks of conflicts and of people off limits.
//! O(P + T + (P + T) log P) for the routes to the people the levers go through.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};

use super::next_steps::{COLD_APPROACH, Inputs, NextStep, SOON, Way};
use super::paths::CoachPath;
use super::reach::REACHED;
use super::risks::{MAX_PER_KIND, Risk, RiskKind, Severity};
use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::model::{Map, PersonIx, UnitIx};
use crate::vocab::{Contact, Role, Side, Stance, TieKind};

/// How much of a person we hold already, by stance.
fn support(s: Stance) -> f64 {
    match s {
        Stance::Champion => 1.0,
        Stance::Supporter => 0.75,
        Stance::Neutral | Stance::Unknown => 0.5,
        Stance::Skeptic => 0.25,
        Stance::Opponent => 0.0,
    }
}

/// The most people the levers look for routes to, by power.
pub const MAX_LEVER_ROUTES: usize = 1000;

/// Whom the levers may go through, most powerful first: supporters, the managers of
/// the hostile, spec writers and partners, not off limits and not ours. The levers take
/// the first [`MAX_LEVER_ROUTES`] of them that the report's own routes do not already
/// reach, so routes to the first `MAX_LEVER_ROUTES` + (the report's targets) of this
/// list are all they can need: [`super::analyze`] finds those in the same search as the
/// report's. O(P + T + C log C) for C candidates.
pub fn route_candidates(g: &OrgGraph, score: &[f64]) -> Vec<PersonIx> {
    let map = g.map;
    let off = map.off_limits();
    let mut cands: Vec<PersonIx> = (0..map.people.len())
        .filter(|&i| !off[i] && map.people[i].side != Side::Ours)
        .filter(|&i| {
            let p = &map.people[i];
            matches!(p.stance, Stance::Champion | Stance::Supporter)
                || p.side == Side::Partner
                || p.has_role(Role::SpecWriter)
                || g.incoming(i, TieKind::ReportsTo).any(|(s, _)| map.people[s].stance.is_hostile())
        })
        .collect();
    cands.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    cands
}

/// What the next steps know of the map. The answers that do not depend on the step
/// asking (the best-placed supporter, our executive, the partners, the spec writer,
/// the power inside each unit) are found once, on first use, in O(P) or O(P · d) for
/// units nested d deep, so a list of R risks costs O(P + R), not O(R · P).
pub(crate) struct Ctx<'a, 'g, 'm> {
    pub g: &'a OrgGraph<'m>,
    inp: &'a Inputs<'a, 'g, 'm>,
    /// Off limits, by person.
    pub off: Vec<bool>,
    feuds: BTreeSet<(PersonIx, PersonIx)>,
    routes: BTreeMap<PersonIx, CoachPath>,
    /// [`Ctx::best_placed`] of `false` and of `true`.
    placed: [OnceCell<Option<(PersonIx, f64)>>; 2],
    /// Our people, in file order.
    ours: OnceCell<Vec<PersonIx>>,
    /// [`Ctx::executive`].
    exec: OnceCell<Option<PersonIx>>,
    /// Partners who are not hostile and not off limits, in file order.
    partners: OnceCell<Vec<PersonIx>>,
    /// The spec writer [`Ctx::legitimate`] goes through, with the way's reliability.
    writer: OnceCell<Option<(PersonIx, f64)>>,
    /// Per unit: the most power of a customer in it or below it (none when it holds
    /// no customer); and the average customer's power.
    unit_power: OnceCell<(Vec<Option<f64>>, f64)>,
}

impl<'a, 'g, 'm> Ctx<'a, 'g, 'm> {
    pub fn new(g: &'a OrgGraph<'m>, inp: &'a Inputs<'a, 'g, 'm>) -> Self {
        let map = g.map;
        let off = map.off_limits();
        let feuds = feuds(map);
        let mut routes: BTreeMap<PersonIx, CoachPath> = BTreeMap::new();
        for p in inp.routes {
            if let Some(&t) = p.people.last() {
                routes.entry(t).or_insert_with(|| p.clone());
            }
        }
        // Routes to whom the levers may go through ([`route_candidates`]): the most
        // powerful of them that the report's routes do not reach.
        let extra: Vec<PersonIx> = inp
            .lever_cands
            .iter()
            .copied()
            .filter(|i| !routes.contains_key(i))
            .take(MAX_LEVER_ROUTES)
            .collect();
        for t in extra {
            if let Some(p) = inp.lever_routes.get(&t) {
                routes.entry(t).or_insert_with(|| p.clone());
            }
        }
        Ctx {
            g,
            inp,
            off,
            feuds,
            routes,
            placed: Default::default(),
            ours: OnceCell::new(),
            exec: OnceCell::new(),
            partners: OnceCell::new(),
            writer: OnceCell::new(),
            unit_power: OnceCell::new(),
        }
    }

    /// A person as two parameters of a message.
    pub fn who(&self, m: Msg, name: &'static str, id: &'static str, i: PersonIx) -> Msg {
        super::person(m, name, id, &self.g.map.people[i])
    }

    pub fn id(&self, i: PersonIx) -> Option<String> {
        Some(self.g.map.people[i].id.clone())
    }

    /// Are these two in conflict?
    pub fn feud(&self, a: PersonIx, b: PersonIx) -> bool {
        self.feuds.contains(&(a.min(b), a.max(b)))
    }

    /// The power at stake in a person, 0…100: power × (1 − reach × support).
    pub fn stake(&self, i: PersonIx) -> f64 {
        let hold = self.inp.reach[i] * support(self.g.map.people[i].stance);
        self.inp.score[i] * (1.0 - hold.clamp(0.0, 1.0))
    }

    /// The way to a person we would ask: reliability and the people on it, our side
    /// first. Our own people: 1. None when we cannot get to them.
    fn way_to(&self, i: PersonIx) -> Option<(f64, Vec<PersonIx>)> {
        let p = &self.g.map.people[i];
        if p.side == Side::Ours {
            return Some((1.0, vec![i]));
        }
        if self.off[i] {
            return None;
        }
        match self.routes.get(&i) {
            Some(r) => Some((r.reliability, r.people.clone())),
            None if self.inp.reach[i] >= REACHED => Some((self.inp.reach[i], vec![i])),
            None => None,
        }
    }

    /// The reliability of [`Ctx::way_to`] alone, without copying the route. O(log P).
    fn way_rel(&self, i: PersonIx) -> Option<f64> {
        if self.g.map.people[i].side == Side::Ours {
            return Some(1.0);
        }
        if self.off[i] {
            return None;
        }
        match self.routes.get(&i) {
            Some(r) => Some(r.reliability),
            None if self.inp.reach[i] >= REACHED => Some(self.inp.reach[i]),
            None => None,
        }
    }

    /// The ids of the way to a person.
    pub fn way_ids(&self, i: PersonIx) -> Vec<String> {
        let people = self.way_to(i).map(|w| w.1).unwrap_or_else(|| vec![i]);
        people.iter().map(|&p| self.g.map.people[p].id.clone()).collect()
    }

    /// The reliability of asking `s` to act on `x`: the way to `s`, then the hop on.
    pub fn through(&self, s: PersonIx, x: PersonIx) -> Option<f64> {
        if self.off[x] || self.feud(s, x) {
            return None;
        }
        let r = self.way_rel(s)?;
        Some(r * self.inp.intro.hop_reliability(s, x)?)
    }

    /// A customer on our side we can get to, not off limits.
    pub fn is_supportive_customer(&self, s: PersonIx) -> bool {
        let p = &self.g.map.people[s];
        p.side == Side::Customer
            && matches!(p.stance, Stance::Champion | Stance::Supporter)
            && !self.off[s]
            && self.way_rel(s).is_some()
    }

    /// Our people, in file order. O(P) once.
    fn ours(&self) -> &[PersonIx] {
        self.ours.get_or_init(|| {
            let map = self.g.map;
            (0..map.people.len()).filter(|&i| map.people[i].side == Side::Ours).collect()
        })
    }

    /// Our executive: our most senior person (lowest level, then file order), when
    /// someone of ours ranks below them; a lone salesperson is no executive. O(P) once.
    fn executive(&self) -> Option<PersonIx> {
        *self.exec.get_or_init(|| {
            let ours = self.ours();
            let level = |i: PersonIx| self.g.level[i].unwrap_or(u32::MAX);
            let top = ours.iter().copied().min_by_key(|&i| (level(i), i))?;
            ours.iter().any(|&i| level(i) > level(top)).then_some(top)
        })
    }

    /// The reliability of our executive meeting `x`: their tie, or a cold approach.
    pub fn exec_meeting(&self, exec: PersonIx, x: PersonIx) -> f64 {
        self.inp.intro.hop_reliability(exec, x).unwrap_or(0.0).max(COLD_APPROACH)
    }

    /// The best-placed supporter to ask for information: most power × reliability.
    /// O(P log P) once for each value of `any_stance`.
    fn best_placed(&self, any_stance: bool) -> Option<(PersonIx, f64)> {
        *self.placed[usize::from(any_stance)].get_or_init(|| self.find_best_placed(any_stance))
    }

    fn find_best_placed(&self, any_stance: bool) -> Option<(PersonIx, f64)> {
        let map = self.g.map;
        (0..map.people.len())
            .filter(|&i| map.people[i].side == Side::Customer && !self.off[i])
            .filter(|&i| {
                if any_stance {
                    !map.people[i].stance.is_hostile() && self.inp.reach[i] >= REACHED
                } else {
                    self.is_supportive_customer(i)
                }
            })
            .filter_map(|i| self.way_rel(i).map(|r| (i, r)))
            .max_by(|a, b| {
                (self.inp.score[a.0] * a.1).total_cmp(&(self.inp.score[b.0] * b.1)).then(b.0.cmp(&a.0))
            })
    }

    /// The power of the decision as a whole: the top candidate's.
    fn top_power(&self) -> f64 {
        self.inp.cands.first().map_or(0.0, |c| c.score)
    }

    /// Who gives final approval? Ask our best-placed supporter.
    pub fn find_approver(&self, urgency: f64) -> NextStep {
        let why = Msg::new("step-why-no-approver");
        let way = match self.best_placed(false).or_else(|| self.best_placed(true)) {
            Some((c, r)) => Way {
                action: self.who(Msg::new("step-ask-approver"), "coach", "coach_id", c),
                ids: self.way_ids(c),
                reliability: r,
            },
            None => {
                Way { action: Msg::new("step-find-approver"), ids: Vec::new(), reliability: COLD_APPROACH }
            }
        };
        NextStep::new("find_approver", None, way, why, self.top_power(), urgency)
    }

    /// Reach `t`: by the best route if it is reliable enough, else a better way in.
    pub fn reach_step(&self, t: PersonIx, key: &'static str, why: Msg, urgency: f64) -> NextStep {
        let map = self.g.map;
        if self.off[t] {
            return self.legitimate(t, why, urgency);
        }
        match self.routes.get(&t) {
            Some(p)
                if p.reliability >= COLD_APPROACH
                    && (p.ids.len() > 2 || map.people[p.people[0]].side == Side::Ours) =>
            {
                let action = super::route(self.who(Msg::new(key), "who", "who_id", t), map, &p.people);
                let way = Way { action, ids: p.ids.clone(), reliability: p.reliability };
                NextStep::new("reach", self.id(t), way, why, self.stake(t), urgency)
            }
            _ => self.better_way_in(t, why, urgency),
        }
    }

    /// No route worth taking to `t`: our executive (高层对高层 for a senior person), a
    /// partner, a reference customer.
    fn better_way_in(&self, t: PersonIx, why: Msg, urgency: f64) -> NextStep {
        let map = self.g.map;
        let exec = self.executive();
        let senior = self.g.level[t].is_some_and(|l| l <= 2);
        if let (Some(e), true) = (exec, senior) {
            let action = self.who(
                self.who(Msg::new("step-exec-to-exec"), "executive", "executive_id", e),
                "who",
                "who_id",
                t,
            );
            let way =
                Way { action, ids: vec![map.people[e].id.clone()], reliability: self.exec_meeting(e, t) };
            return NextStep::new("bring_executive", self.id(t), way, why, self.stake(t), urgency);
        }
        let mut options: Vec<Msg> = Vec::new();
        options.push(match exec {
            Some(e) => self.who(Msg::new("step-way-executive"), "executive", "executive_id", e),
            None => Msg::new("step-way-management"),
        });
        let partners = self.partners.get_or_init(|| {
            (0..map.people.len())
                .filter(|&i| {
                    map.people[i].side == Side::Partner && !map.people[i].stance.is_hostile() && !self.off[i]
                })
                .collect()
        });
        let partner = partners.iter().copied().max_by(|&a, &b| {
            let tie = |x: PersonIx| self.inp.intro.hop_reliability(x, t).unwrap_or(0.0);
            tie(a).total_cmp(&tie(b)).then(b.cmp(&a))
        });
        if let Some(p) = partner {
            options.push(self.who(Msg::new("step-way-partner"), "partner", "partner_id", p));
        }
        options.push(Msg::new("step-way-reference"));
        let action = self.who(Msg::new("step-better-way-in"), "who", "who_id", t).arg("options", options);
        let ids = exec.map(|e| vec![map.people[e].id.clone()]).unwrap_or_default();
        let way = Way { action, ids, reliability: COLD_APPROACH };
        NextStep::new("better_way_in", self.id(t), way, why, self.stake(t), urgency)
    }

    /// A blocker: the lever with the most reliable pull on them — a supportive boss,
    /// a supporter who sways them or knows them, one of ours — or meet them ourselves.
    pub fn handle_blocker(&self, b: PersonIx, urgency: f64) -> NextStep {
        let map = self.g.map;
        let p = &map.people[b];
        let why = match &p.favors {
            Some(f) => self.who(Msg::new("step-why-blocker"), "who", "who_id", b).arg("favors", f.as_str()),
            None => self.who(Msg::new("step-why-blocker-unknown"), "who", "who_id", b),
        };
        if self.off[b] {
            return self.legitimate(b, why, urgency);
        }
        let bosses: Vec<PersonIx> = self.g.managers(b).collect();
        let candidates = self
            .g
            .incoming(b, TieKind::Influences)
            .chain(self.g.neighbors(b, TieKind::Knows))
            .map(|(x, _)| x)
            .chain(bosses.iter().copied());
        let lever = candidates
            .filter(|&x| map.people[x].side == Side::Ours || self.is_supportive_customer(x))
            .filter_map(|x| self.through(x, b).map(|r| (x, r)))
            .max_by(|a, c| a.1.total_cmp(&c.1).then(c.0.cmp(&a.0)));
        let direct = self.way_rel(b).map_or(COLD_APPROACH, |r| r.max(COLD_APPROACH));
        let way = match lever {
            // A lever as reliable as meeting them ourselves wins, up to the rounding of
            // route reliabilities to two places (the direct route often runs through
            // the lever: the same product, rounded).
            Some((f, r)) if r >= direct - 0.005 => {
                let (key, name, id) = if bosses.contains(&f) {
                    ("step-boss-brings-round", "boss", "boss_id")
                } else {
                    ("step-bring-round", "friend", "friend_id")
                };
                let action = self.who(self.who(Msg::new(key), name, id, f), "who", "who_id", b);
                Way { action, ids: self.way_ids(f), reliability: r }
            }
            _ => Way {
                action: self.who(Msg::new("step-meet-blocker"), "who", "who_id", b),
                ids: self
                    .way_to(b)
                    .map(|w| w.1.iter().map(|&i| map.people[i].id.clone()).collect())
                    .unwrap_or_default(),
                reliability: direct,
            },
        };
        NextStep::new("handle_blocker", self.id(b), way, why, self.stake(b), urgency)
    }

    /// A second thread: a colleague of ours meets the contact who hangs on one of us;
    /// or a second supporter among the decision holders.
    pub fn second_thread(&self, r: &Risk, urgency: f64) -> Option<NextStep> {
        let map = self.g.map;
        let &first = r.persons.first()?;
        if map.people[first].side == Side::Ours {
            let o = first;
            let t = self
                .g
                .neighbors(o, TieKind::Knows)
                .map(|(x, _)| x)
                .filter(|&x| map.people[x].side == Side::Customer && !self.off[x])
                .max_by(|&a, &b| self.inp.score[a].total_cmp(&self.inp.score[b]).then(b.cmp(&a)))?;
            let colleague = (self.ours().iter().copied())
                .filter(|&i| i != o)
                .min_by_key(|&i| (self.g.level[i].unwrap_or(u32::MAX), i));
            let action = match colleague {
                Some(c) => self.who(Msg::new("step-second-colleague"), "colleague", "colleague_id", c),
                None => Msg::new("step-second-thread"),
            };
            let action = self.who(self.who(action, "holder", "holder_id", o), "who", "who_id", t);
            let reliability = self.inp.intro.hop_reliability(o, t).unwrap_or(COLD_APPROACH);
            let way = Way { action, ids: vec![map.people[o].id.clone()], reliability };
            let stake = self.inp.score[t] * (1.0 - support(map.people[t].stance) * 0.5);
            return Some(NextStep::new("second_thread", self.id(t), way, r.message.clone(), stake, urgency));
        }
        // One supporter among the decision holders: win the next most powerful one.
        let t = self
            .inp
            .cands
            .iter()
            .map(|c| c.person)
            .filter(|&i| i != first && !self.off[i])
            .filter(|&i| {
                map.people[i].has_role(Role::Approver) || map.people[i].has_role(Role::DecisionMaker)
            })
            .find(|&i| !matches!(map.people[i].stance, Stance::Champion | Stance::Supporter))?;
        let mut s = self.reach_step(t, "step-introduce", r.message.clone(), urgency);
        if s.kind == "reach" {
            s.kind = "second_thread";
        }
        Some(s)
    }

    /// A unit where we know nobody: ask our best-placed supporter who there handles it.
    pub fn cover_unit(&self, ux: UnitIx, why: Msg, urgency: f64) -> Option<NextStep> {
        let map = self.g.map;
        if unit_off(map, ux) {
            return None;
        }
        let unit = &map.units[ux];
        let (inside, average) = self.unit_power.get_or_init(|| self.unit_power());
        let stake = inside[ux].unwrap_or(*average);
        let way = match self.best_placed(false) {
            Some((c, r)) => Way {
                action: self
                    .who(Msg::new("step-ask-about-unit"), "coach", "coach_id", c)
                    .arg("unit", unit.display_name())
                    .arg("unit_id", unit.id.as_str()),
                ids: self.way_ids(c),
                reliability: r,
            },
            None => Way {
                action: Msg::new("step-find-contact")
                    .arg("unit", unit.display_name())
                    .arg("unit_id", unit.id.as_str()),
                ids: Vec::new(),
                reliability: COLD_APPROACH,
            },
        };
        Some(NextStep::new("cover_unit", None, way, why, stake, urgency))
    }

    /// Per unit, the most power of a customer in it or in a unit below it (none when
    /// there is no such customer), and the average power of a customer (0 without
    /// customers). O(P · d + U) for units nested d deep.
    fn unit_power(&self) -> (Vec<Option<f64>>, f64) {
        let map = self.g.map;
        let mut inside: Vec<Option<f64>> = vec![None; map.units.len()];
        let (mut sum, mut n) = (0.0, 0usize);
        for (i, p) in map.people.iter().enumerate() {
            if p.side != Side::Customer {
                continue;
            }
            let s = self.inp.score[i];
            sum += s;
            n += 1;
            // Every unit from the person's own up to the top.
            let mut x = p.unit;
            let mut hops = 0;
            while let Some(u) = x {
                inside[u] = Some(inside[u].unwrap_or(0.0).max(s));
                hops += 1;
                if hops > map.units.len() {
                    break;
                }
                x = map.units[u].parent;
            }
        }
        (inside, if n == 0 { 0.0 } else { sum / n as f64 })
    }

    /// Someone off limits: win them through the legitimate channels — the
    /// specification (through its writer if we can reach one), references, the
    /// scoring criteria. The step targets the writer, never the person. The writer is
    /// a specification writer, else an evaluator with an influence tie to the person
    /// (who sets the criteria an expert panel scores by); never anyone off limits or
    /// opposed to us (a skeptic writer is the one to work on the specification with).
    /// O(P + T) plus one route search per candidate writer.
    pub fn legitimate(&self, x: PersonIx, why: Msg, urgency: f64) -> NextStep {
        let map = self.g.map;
        // x is off limits, so never among the usable.
        let usable = |i: PersonIx| !self.off[i] && map.people[i].stance != Stance::Opponent;
        let writer = self
            .writer
            .get_or_init(|| {
                (0..map.people.len())
                    .filter(|&i| map.people[i].has_role(Role::SpecWriter) && usable(i))
                    .filter_map(|i| self.way_rel(i).map(|r| (i, r)))
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            })
            .or_else(|| {
                self.g
                    .incoming(x, TieKind::Influences)
                    .map(|(i, _)| i)
                    .filter(|&i| map.people[i].has_role(Role::Evaluator) && usable(i))
                    .filter_map(|i| self.way_rel(i).map(|r| (i, r)))
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            });
        let base = self.who(Msg::new("step-legitimate"), "who", "who_id", x);
        let (way, target) = match writer {
            Some((w, r)) => (
                Way {
                    action: self.who(
                        self.who(Msg::new("step-legitimate-spec"), "who", "who_id", x),
                        "writer",
                        "writer_id",
                        w,
                    ),
                    ids: self.way_ids(w),
                    reliability: r,
                },
                self.id(w),
            ),
            None => (Way { action: base, ids: Vec::new(), reliability: COLD_APPROACH }, None),
        };
        NextStep::new("legitimate_channel", target, way, why, self.inp.score[x], urgency)
    }

    /// Our only contact, asked to coach us through the decision process.
    pub fn use_coach(&self) -> Option<NextStep> {
        let map = self.g.map;
        let mut reached = (0..map.people.len()).filter(|&i| {
            map.people[i].side == Side::Customer && self.inp.reach[i] >= REACHED && !self.off[i]
        });
        let only = reached.next()?;
        if reached.next().is_some() || map.people[only].stance.is_hostile() {
            return None;
        }
        let (reliability, people) = self.way_to(only)?;
        let action = self.who(Msg::new("step-use-coach"), "who", "who_id", only);
        let ids = people.iter().map(|&i| map.people[i].id.clone()).collect();
        let why = self.who(Msg::new("step-why-coach"), "who", "who_id", only);
        let stake = self.inp.cands.iter().take(5).map(|c| self.stake(c.person)).fold(0.0, f64::max);
        Some(NextStep::new("use_coach", self.id(only), Way { action, ids, reliability }, why, stake, SOON))
    }

    /// Two people in conflict, one of them on our side: don't send them to the other;
    /// reach the other by a route that avoids them.
    pub fn mind_conflict(&self, r: &Risk, urgency: f64) -> Vec<NextStep> {
        let map = self.g.map;
        let (Some(&a), Some(&b)) = (r.persons.first(), r.persons.get(1)) else { return Vec::new() };
        let mut out = Vec::new();
        for (x, y) in [(a, b), (b, a)] {
            let ours = map.people[x].side == Side::Ours || self.is_supportive_customer(x);
            let wanted = map.people[y].side == Side::Customer
                && !self.off[y]
                && !matches!(map.people[y].stance, Stance::Champion | Stance::Supporter);
            if !ours || !wanted {
                continue;
            }
            let base = self.who(
                self.who(Msg::new("step-mind-conflict"), "who", "who_id", x),
                "other",
                "other_id",
                y,
            );
            let way = match self.routes.get(&y).filter(|p| p.reliability >= COLD_APPROACH) {
                Some(p) => Way {
                    action: super::route(base.arg("via_route", 1), map, &p.people),
                    ids: p.ids.clone(),
                    reliability: p.reliability,
                },
                None => Way {
                    action: base.arg("via_route", 0).arg("route", "").arg("route_ids", Vec::<String>::new()),
                    ids: Vec::new(),
                    reliability: COLD_APPROACH,
                },
            };
            out.push(NextStep::new(
                "mind_conflict",
                self.id(y),
                way,
                r.message.clone(),
                self.stake(y),
                urgency,
            ));
        }
        out
    }
}

/// The pairs of people in conflict, smaller index first.
fn feuds(map: &Map) -> BTreeSet<(PersonIx, PersonIx)> {
    map.ties
        .iter()
        .filter(|t| t.kind == TieKind::Conflict)
        .map(|t| (t.from.min(t.to), t.from.max(t.to)))
        .collect()
}

/// Is the unit off limits, itself or by a unit above it? One walk up, O(d) for units
/// nested d deep (a unit above itself in a broken map ends the walk).
fn unit_off(map: &Map, ux: UnitIx) -> bool {
    let mut x = Some(ux);
    let mut hops = 0;
    while let Some(i) = x {
        if map.units[i].contact == Contact::DoNotContact {
            return true;
        }
        hops += 1;
        if hops > map.units.len() {
            return false;
        }
        x = map.units[i].parent;
    }
    false
}

/// Adds the risks of people off limits and of conflicts, and drops the risks that
/// would send us to someone off limits (reach them, bring an executive, find a contact
/// in a unit off limits). Keeps the risks' order. O(P + T + R log R).
pub fn adjust_risks(g: &OrgGraph, top: &[PersonIx], reach: &[f64], score: &[f64], risks: &mut Vec<Risk>) {
    let map = g.map;
    let off = map.off_limits();
    risks.retain(|r| match r.kind {
        RiskKind::DecisionMakerUnreached | RiskKind::LevelMismatch | RiskKind::PowerlessChampion => {
            !r.persons.first().is_some_and(|&p| off[p])
        }
        RiskKind::UncoveredUnit => !r.unit_ix.is_some_and(|u| unit_off(map, u)),
        _ => true,
    });
    let holds =
        |i: PersonIx| map.people[i].has_role(Role::Approver) || map.people[i].has_role(Role::DecisionMaker);
    let mut offs: Vec<PersonIx> = (0..map.people.len())
        .filter(|&i| off[i] && map.people[i].side == Side::Customer)
        .filter(|&i| top.contains(&i) || holds(i) || map.people[i].has_role(Role::Evaluator))
        .collect();
    offs.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
    offs.truncate(MAX_PER_KIND);
    for i in offs {
        let high = top.contains(&i) || holds(i);
        risks.push(new_risk(
            RiskKind::OffLimits,
            if high { Severity::High } else { Severity::Medium },
            super::person(Msg::new("risk-off-limits"), "who", "who_id", &map.people[i]),
            score[i],
            vec![i],
        ));
    }
    let mut pairs: Vec<(PersonIx, PersonIx)> = feuds(map)
        .into_iter()
        .filter(|&(a, b)| {
            let matters =
                |x: PersonIx| top.contains(&x) || reach[x] >= REACHED || map.people[x].side == Side::Ours;
            matters(a) || matters(b)
        })
        .collect();
    pairs.sort_by(|x, y| (score[y.0] + score[y.1]).total_cmp(&(score[x.0] + score[x.1])).then(x.cmp(y)));
    pairs.truncate(MAX_PER_KIND);
    for (a, b) in pairs {
        // The one we might send first: ours, then the reached, then by power.
        let key = |x: PersonIx| (map.people[x].side != Side::Ours, reach[x] < REACHED, std::cmp::Reverse(x));
        let (a, b) = if key(a) <= key(b) { (a, b) } else { (b, a) };
        let msg = super::person(
            super::person(Msg::new("risk-conflict"), "who", "who_id", &map.people[a]),
            "other",
            "other_id",
            &map.people[b],
        );
        let severity = if top.contains(&a) || top.contains(&b) { Severity::Medium } else { Severity::Low };
        risks.push(new_risk(RiskKind::Conflict, severity, msg, score[a].max(score[b]), vec![a, b]));
    }
    super::risks::finish(map, risks);
}

fn new_risk(kind: RiskKind, severity: Severity, message: Msg, weight: f64, persons: Vec<PersonIx>) -> Risk {
    Risk { kind, severity, people: Vec::new(), unit: None, message, weight, unit_ix: None, persons }
}
