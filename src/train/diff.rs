//! What changed between two versions of a map, as an account review sees it: people
//! added and gone, stances and relationship stages that moved (warmer or colder),
//! roles and details changed, ties added, removed or changed, and how the analysis
//! moved: the decision-maker ranking, the unreached influencers, the best coach paths.
//! People and ties are matched across versions by id (versions of one map keep ids).

use serde::Serialize;
use std::collections::BTreeMap;

use crate::analysis::{AnalyzeOptions, Report, analyze};
use crate::graph::OrgGraph;
use crate::model::{Map, Person, Tie};
use crate::vocab::{Lang, Role, TieKind, Vocab};

/// Which way a stance, a relationship or a tie moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Toward us (a better stance, a closer relationship, a stronger tie).
    Warmer,
    /// Away from us.
    Colder,
    /// From unknown to known.
    Learned,
    /// From known to unknown.
    Lost,
}

/// A person, by id and name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonRef {
    /// The id.
    pub id: String,
    /// The name shown.
    pub name: String,
}

/// A stance or relationship stage that changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// Who.
    pub person: PersonRef,
    /// The old value, canonical.
    pub from: String,
    /// The new value, canonical.
    pub to: String,
    /// Which way it moved.
    pub direction: Direction,
}

/// Roles a person gained or lost.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RoleChange {
    /// Who.
    pub person: PersonRef,
    /// Roles gained.
    pub added: Vec<Role>,
    /// Roles lost.
    pub removed: Vec<Role>,
}

/// Another field of a person that changed (name, title, unit, side, favors).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    /// Who.
    pub person: PersonRef,
    /// The field's name in the format.
    pub field: &'static str,
    /// The old value.
    pub from: Option<String>,
    /// The new value.
    pub to: Option<String>,
}

/// A field of the account that changed (account, opportunity, competitors,
/// governance, purchase_share).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccountChange {
    /// The field's name in the format.
    pub field: &'static str,
    /// The old value (competitors joined with `; `).
    pub from: Option<String>,
    /// The new value.
    pub to: Option<String>,
}

/// A tie, by its people's ids and names.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TieRef {
    /// From whom.
    pub from: PersonRef,
    /// To whom.
    pub to: PersonRef,
    /// What kind.
    pub kind: TieKind,
    /// 1…3.
    pub strength: u8,
    /// A dotted reporting line.
    pub dotted: bool,
}

/// A tie in both versions whose strength or line changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TieChange {
    /// The tie as it is now.
    pub tie: TieRef,
    /// Its old strength.
    pub old_strength: u8,
    /// Was it dotted before?
    pub old_dotted: bool,
    /// Warmer when stronger, colder when weaker; none when only the line changed.
    pub direction: Option<Direction>,
}

/// A decision-maker candidate's place in the two rankings.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RankMove {
    /// Who.
    pub person: PersonRef,
    /// Rank before (1 = first), absent when not ranked.
    pub old_rank: Option<usize>,
    /// Rank now.
    pub new_rank: Option<usize>,
    /// Score before, 0…100.
    pub old_score: Option<f64>,
    /// Score now.
    pub new_score: Option<f64>,
}

/// The best route to a person, summarized.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Route {
    /// Ids from our side to the target.
    pub ids: Vec<String>,
    /// 0…1, rounded to two decimals.
    pub reliability: f64,
}

/// How the best coach path to a target changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PathMove {
    /// The target.
    pub target: PersonRef,
    /// The best route before.
    pub old: Option<Route>,
    /// The best route now.
    pub new: Option<Route>,
}

/// Everything that changed, each list sorted (people by id, ties by ids and kind).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapDiff {
    /// The account's own fields that changed.
    pub account: Vec<AccountChange>,
    /// People in the new version only.
    pub people_added: Vec<PersonRef>,
    /// People in the old version only.
    pub people_gone: Vec<PersonRef>,
    /// Stances that changed.
    pub stances: Vec<Change>,
    /// Relationship stages that changed.
    pub relationships: Vec<Change>,
    /// Roles that changed.
    pub roles: Vec<RoleChange>,
    /// Names, titles, units, sides and favored competitors that changed.
    pub details: Vec<FieldChange>,
    /// Ties in the new version only.
    pub ties_added: Vec<TieRef>,
    /// Ties in the old version only.
    pub ties_removed: Vec<TieRef>,
    /// Ties in both whose strength or line changed.
    pub ties_changed: Vec<TieChange>,
    /// The decision-maker ranking: everyone in either top list, in the new order
    /// (then those who dropped out, in the old order). Empty when nothing moved.
    pub ranking: Vec<RankMove>,
    /// Unreached influencers now who were not before.
    pub unreached_added: Vec<PersonRef>,
    /// Unreached influencers before who are not now (reached, or gone).
    pub unreached_gone: Vec<PersonRef>,
    /// Targets whose best coach path changed, in the new report's order.
    pub paths: Vec<PathMove>,
}

impl MapDiff {
    /// Did anything change?
    pub fn is_empty(&self) -> bool {
        self.account.is_empty()
            && self.people_added.is_empty()
            && self.people_gone.is_empty()
            && self.stances.is_empty()
            && self.relationships.is_empty()
            && self.roles.is_empty()
            && self.details.is_empty()
            && self.ties_added.is_empty()
            && self.ties_removed.is_empty()
            && self.ties_changed.is_empty()
            && self.ranking.is_empty()
            && self.unreached_added.is_empty()
            && self.unreached_gone.is_empty()
            && self.paths.is_empty()
    }
}

fn person_ref(p: &Person) -> PersonRef {
    PersonRef { id: p.id.clone(), name: p.display_name().to_string() }
}

/// The key of a tie across versions: ids and kind; symmetric ties in id order.
fn tie_key(map: &Map, t: &Tie) -> (String, String, TieKind) {
    let (a, b) = (map.people[t.from].id.clone(), map.people[t.to].id.clone());
    if t.kind.is_symmetric() && b < a { (b, a, t.kind) } else { (a, b, t.kind) }
}

fn tie_ref(map: &Map, t: &Tie) -> TieRef {
    TieRef {
        from: person_ref(&map.people[t.from]),
        to: person_ref(&map.people[t.to]),
        kind: t.kind,
        strength: t.strength.value(),
        dotted: t.dotted,
    }
}

fn direction(old: Option<i8>, new: Option<i8>) -> Option<Direction> {
    match (old, new) {
        (Some(a), Some(b)) if b > a => Some(Direction::Warmer),
        (Some(a), Some(b)) if b < a => Some(Direction::Colder),
        (None, Some(_)) => Some(Direction::Learned),
        (Some(_), None) => Some(Direction::Lost),
        _ => None,
    }
}

/// Compares two versions of a map, with the analysis of each. O(P log P + T log T)
/// for the structure, plus two runs of [`analyze`].
pub fn diff(old: &Map, new: &Map, lang: Lang) -> MapDiff {
    let old_by: BTreeMap<&str, &Person> = old.people.iter().map(|p| (p.id.as_str(), p)).collect();
    let new_by: BTreeMap<&str, &Person> = new.people.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut d = MapDiff {
        account: account_changes(old, new),
        people_added: new_by
            .iter()
            .filter(|(id, _)| !old_by.contains_key(*id))
            .map(|(_, p)| person_ref(p))
            .collect(),
        people_gone: old_by
            .iter()
            .filter(|(id, _)| !new_by.contains_key(*id))
            .map(|(_, p)| person_ref(p))
            .collect(),
        stances: Vec::new(),
        relationships: Vec::new(),
        roles: Vec::new(),
        details: Vec::new(),
        ties_added: Vec::new(),
        ties_removed: Vec::new(),
        ties_changed: Vec::new(),
        ranking: Vec::new(),
        unreached_added: Vec::new(),
        unreached_gone: Vec::new(),
        paths: Vec::new(),
    };
    let unit_name = |m: &Map, p: &Person| p.unit.map(|u| m.units[u].display_name().to_string());
    for (id, np) in &new_by {
        let Some(op) = old_by.get(id) else { continue };
        let who = person_ref(np);
        if op.stance != np.stance
            && let Some(dir) = direction(op.stance.score(), np.stance.score())
        {
            d.stances.push(Change {
                person: who.clone(),
                from: op.stance.as_str().into(),
                to: np.stance.as_str().into(),
                direction: dir,
            });
        }
        let (a, b) = (op.relationship.value() as i8, np.relationship.value() as i8);
        if let Some(dir) = direction(Some(a), Some(b)) {
            d.relationships.push(Change {
                person: who.clone(),
                from: op.relationship.as_str().into(),
                to: np.relationship.as_str().into(),
                direction: dir,
            });
        }
        let added: Vec<Role> = np.roles.iter().filter(|r| !op.roles.contains(r)).copied().collect();
        let removed: Vec<Role> = op.roles.iter().filter(|r| !np.roles.contains(r)).copied().collect();
        if !added.is_empty() || !removed.is_empty() {
            d.roles.push(RoleChange { person: who.clone(), added, removed });
        }
        let fields: [(&'static str, Option<String>, Option<String>); 5] = [
            ("name", Some(op.display_name().into()), Some(np.display_name().into())),
            ("title", op.title.clone(), np.title.clone()),
            ("unit", unit_name(old, op), unit_name(new, np)),
            ("side", Some(op.side.as_str().into()), Some(np.side.as_str().into())),
            ("favors", op.favors.clone(), np.favors.clone()),
        ];
        for (field, from, to) in fields {
            if from != to {
                d.details.push(FieldChange { person: who.clone(), field, from, to });
            }
        }
    }
    let old_ties: BTreeMap<_, &Tie> = old.ties.iter().map(|t| (tie_key(old, t), t)).collect();
    let new_ties: BTreeMap<_, &Tie> = new.ties.iter().map(|t| (tie_key(new, t), t)).collect();
    for (k, t) in &new_ties {
        match old_ties.get(k) {
            None => d.ties_added.push(tie_ref(new, t)),
            Some(o) if o.strength != t.strength || o.dotted != t.dotted => d.ties_changed.push(TieChange {
                tie: tie_ref(new, t),
                old_strength: o.strength.value(),
                old_dotted: o.dotted,
                direction: direction(Some(o.strength.value() as i8), Some(t.strength.value() as i8)),
            }),
            Some(_) => {}
        }
    }
    d.ties_removed =
        old_ties.iter().filter(|(k, _)| !new_ties.contains_key(*k)).map(|(_, t)| tie_ref(old, t)).collect();
    let _ = lang; // the analyses choose no words: only the writers take a language
    let opts = AnalyzeOptions::default();
    let (ro, rn) = (analyze(&OrgGraph::new(old), &opts), analyze(&OrgGraph::new(new), &opts));
    analysis_moves(&mut d, old, new, &ro, &rn);
    d
}

/// The account-level fields that differ. O(competitors).
fn account_changes(old: &Map, new: &Map) -> Vec<AccountChange> {
    let list = |m: &Map| (!m.competitors.is_empty()).then(|| m.competitors.join("; "));
    let fields: [(&'static str, Option<String>, Option<String>); 5] = [
        ("account", old.account.clone(), new.account.clone()),
        ("opportunity", old.opportunity.clone(), new.opportunity.clone()),
        ("competitors", list(old), list(new)),
        (
            "governance",
            old.context.governance.map(|g| g.as_str().to_string()),
            new.context.governance.map(|g| g.as_str().to_string()),
        ),
        (
            "purchase_share",
            old.context.purchase_share.map(|g| g.as_str().to_string()),
            new.context.purchase_share.map(|g| g.as_str().to_string()),
        ),
    ];
    fields
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(field, from, to)| AccountChange { field, from, to })
        .collect()
}

/// The name of an id in the new map, else the old one.
fn named(id: &str, old: &Map, new: &Map) -> PersonRef {
    let p = new.people.iter().find(|p| p.id == id).or_else(|| old.people.iter().find(|p| p.id == id));
    match p {
        Some(p) => person_ref(p),
        None => PersonRef { id: id.to_string(), name: id.to_string() },
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Fills the ranking, unreached and path moves from the two reports. O(n²) in the
/// (short) lists.
fn analysis_moves(d: &mut MapDiff, old: &Map, new: &Map, ro: &Report, rn: &Report) {
    let rank_of =
        |r: &Report, id: &str| r.decision_makers.iter().find(|c| c.id == id).map(|c| (c.rank, c.score));
    let mut ids: Vec<&str> = rn.decision_makers.iter().map(|c| c.id.as_str()).collect();
    for c in &ro.decision_makers {
        if !ids.contains(&c.id.as_str()) {
            ids.push(&c.id);
        }
    }
    let moves: Vec<RankMove> = ids
        .iter()
        .map(|id| {
            let (o, n) = (rank_of(ro, id), rank_of(rn, id));
            RankMove {
                person: named(id, old, new),
                old_rank: o.map(|x| x.0),
                new_rank: n.map(|x| x.0),
                old_score: o.map(|x| x.1),
                new_score: n.map(|x| x.1),
            }
        })
        .collect();
    if moves.iter().any(|m| m.old_rank != m.new_rank || m.old_score != m.new_score) {
        d.ranking = moves;
    }
    let listed = |r: &Report, id: &str| r.unreached.iter().any(|u| u.id == id);
    d.unreached_added =
        rn.unreached.iter().filter(|u| !listed(ro, &u.id)).map(|u| named(&u.id, old, new)).collect();
    d.unreached_gone =
        ro.unreached.iter().filter(|u| !listed(rn, &u.id)).map(|u| named(&u.id, old, new)).collect();
    let best = |r: &Report, target: &str| {
        r.paths
            .iter()
            .find(|p| p.target == target)
            .map(|p| Route { ids: p.ids.clone(), reliability: round2(p.reliability) })
    };
    let mut targets: Vec<&str> = Vec::new();
    for p in rn.paths.iter().chain(&ro.paths) {
        if !targets.contains(&p.target.as_str()) {
            targets.push(&p.target);
        }
    }
    for t in targets {
        let (o, n) = (best(ro, t), best(rn, t));
        if o != n {
            d.paths.push(PathMove { target: named(t, old, new), old: o, new: n });
        }
    }
}
