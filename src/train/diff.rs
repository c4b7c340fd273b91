//! What changed between two versions of a map, as an account review sees it: people
//! added and gone, stances and relationship stages that moved (warmer or colder),
//! roles and details changed, ties added, removed or changed, and how the analysis
//! moved: the decision-maker ranking, the unreached influencers, the best coach paths.
//! units added, gone, renamed or moved, risks that appeared or went, and routes lost or
//! only ranked lower. People, units and ties are matched across versions by id
//! (versions of one map keep ids).

use serde::Serialize;

use crate::analysis::risks::{RiskKind, Severity};
use crate::analysis::{AnalyzeOptions, Report, analyze};
use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::model::{Map, Person, Tie};
use crate::naming::Namer;
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
    /// How the review names them: the name, with the id beside it only where two people
    /// of the map share the name ([`crate::naming`]).
    #[serde(skip)]
    pub label: String,
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
    /// The same people as the review names them ([`PersonRef::label`]).
    #[serde(skip)]
    pub names: Vec<String>,
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
    /// What became of the old route when it is no longer the best one: still there
    /// (ranked lower) or lost, and why. Absent when the best route is the same people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_route: Option<RouteFate>,
}

/// What became of a route that is no longer the best to its target, judged by walking
/// its hops in the new map.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "fate", rename_all = "snake_case")]
pub enum RouteFate {
    /// Every hop still carries an introduction: the route exists, only ranked lower
    /// (or the person is no longer a target of the report).
    Kept {
        /// Its reliability in the new map, 0…1, two decimals.
        reliability: f64,
    },
    /// Someone on the route is no longer in the map.
    PersonGone {
        /// Who.
        person: PersonRef,
    },
    /// Two neighbours on the route have no tie that carries an introduction any more
    /// (removed, or the first no longer passes anyone on).
    HopGone {
        /// The one who introduced.
        from: PersonRef,
        /// The one introduced.
        to: PersonRef,
    },
}

/// A unit, by id and name.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitRef {
    /// The id.
    pub id: String,
    /// The name shown.
    pub name: String,
}

/// A unit in both versions whose name or parent changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitChange {
    /// The unit as it is now.
    pub unit: UnitRef,
    /// The old name, when it was renamed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_name: Option<String>,
    /// Moved under another parent: the old parent (none for a top-level unit).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_parent: Option<Option<UnitRef>>,
    /// The new parent, when moved.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_parent: Option<Option<UnitRef>>,
}

/// A risk of one of the two analyses, matched across versions by its kind and subject
/// (people and unit).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskRef {
    /// The kind of risk (its code).
    pub kind: RiskKind,
    /// How bad.
    pub severity: Severity,
    /// The people concerned, the main one first.
    pub people: Vec<PersonRef>,
    /// The unit concerned (id).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    /// The risk as its analysis words it.
    #[serde(skip)]
    pub message: Msg,
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
    /// Units in the new version only.
    pub units_added: Vec<UnitRef>,
    /// Units in the old version only.
    pub units_gone: Vec<UnitRef>,
    /// Units renamed or moved under another parent.
    pub units_changed: Vec<UnitChange>,
    /// Names, titles, units (a move to another unit; a unit's rename is in
    /// `units_changed`), sides and favored competitors that changed.
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
    /// Risks of the new analysis that the old did not have.
    pub risks_added: Vec<RiskRef>,
    /// Risks of the old analysis that are gone.
    pub risks_gone: Vec<RiskRef>,
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
            && self.units_added.is_empty()
            && self.units_gone.is_empty()
            && self.units_changed.is_empty()
            && self.risks_added.is_empty()
            && self.risks_gone.is_empty()
    }
}

fn tie_ref(map: &Map, namer: &Namer, t: &Tie) -> TieRef {
    TieRef {
        from: person_ref(&map.people[t.from], namer),
        to: person_ref(&map.people[t.to], namer),
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

/// A person as the review names them.
pub(crate) fn person_ref(p: &Person, namer: &Namer) -> PersonRef {
    PersonRef { id: p.id.clone(), name: p.display_name().to_string(), label: namer.person(p) }
}

/// The two versions, their people by id and how each names them.
pub(crate) struct Versions<'m> {
    pub old: &'m Map,
    pub new: &'m Map,
    old_by: ById<'m>,
    new_by: ById<'m>,
    pub old_names: Namer<'m>,
    pub new_names: Namer<'m>,
}

/// A version's people by id: their indices sorted by id, then by index. Of an id held
/// twice (which a loaded map refuses) the last counts, as in a map keyed by id.
struct ById<'m> {
    map: &'m Map,
    order: Vec<u32>,
}

impl<'m> ById<'m> {
    /// O(P log P) comparisons, most of them of the ids' first eight bytes as one number
    /// (ordered as the bytes are; the ids themselves are compared only when those are
    /// equal).
    fn new(map: &'m Map) -> ById<'m> {
        let prefix = |id: &str| {
            let mut w = [0u8; 8];
            let n = id.len().min(8);
            w[..n].copy_from_slice(&id.as_bytes()[..n]);
            u64::from_be_bytes(w)
        };
        let mut keyed: Vec<(u64, u32)> =
            map.people.iter().enumerate().map(|(i, p)| (prefix(&p.id), i as u32)).collect();
        let id = |i: u32| map.people[i as usize].id.as_str();
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| id(a.1).cmp(id(b.1))).then(a.1.cmp(&b.1)));
        ById { map, order: keyed.into_iter().map(|(_, i)| i).collect() }
    }

    fn id(&self, k: usize) -> &'m str {
        self.map.people[self.order[k] as usize].id.as_str()
    }

    /// The end of the run of one id that starts at `k`. O(run).
    fn run_end(&self, k: usize) -> usize {
        let id = self.id(k);
        let mut e = k + 1;
        while e < self.order.len() && self.id(e) == id {
            e += 1;
        }
        e
    }

    /// The person with this id. O(log P).
    fn get(&self, id: &str) -> Option<&'m Person> {
        let k = self.order.partition_point(|&i| self.map.people[i as usize].id.as_str() <= id);
        let ix = *self.order.get(k.checked_sub(1)?)? as usize;
        let p = &self.map.people[ix];
        (p.id == id).then_some(p)
    }
}

/// The two versions' people matched by id, from one walk of both sorted lists.
struct Matched<'m> {
    /// Each person's place among the ids of both versions together (equal ids, equal
    /// places), for the old and the new version.
    old_place: Vec<u32>,
    new_place: Vec<u32>,
    /// How many places there are.
    places: usize,
    /// People of both versions, old then new, in id order.
    both: Vec<(&'m Person, &'m Person)>,
    /// People of the new version only, and of the old only, in id order.
    added: Vec<&'m Person>,
    gone: Vec<&'m Person>,
}

impl<'m> Versions<'m> {
    /// Indexes both versions. O(P log P).
    fn new(old: &'m Map, new: &'m Map) -> Versions<'m> {
        let index = |m: &'m Map| (ById::new(m), Namer::new(m));
        let ((old_by, old_names), (new_by, new_names)) = crate::par::join(|| index(old), || index(new));
        Versions { old, new, old_by, new_by, old_names, new_names }
    }

    /// The person with this id as the new version names them, else the old one. O(log P).
    pub fn named(&self, id: &str) -> PersonRef {
        if let Some(p) = self.new_by.get(id) {
            person_ref(p, &self.new_names)
        } else if let Some(p) = self.old_by.get(id) {
            person_ref(p, &self.old_names)
        } else {
            PersonRef { id: id.to_string(), name: id.to_string(), label: id.to_string() }
        }
    }

    /// Walks both versions' sorted ids side by side. O(P).
    fn matched(&self) -> Matched<'m> {
        let (o, n) = (&self.old_by, &self.new_by);
        let mut m = Matched {
            old_place: vec![0; self.old.people.len()],
            new_place: vec![0; self.new.people.len()],
            places: 0,
            both: Vec::new(),
            added: Vec::new(),
            gone: Vec::new(),
        };
        let (mut i, mut j) = (0, 0);
        while i < o.order.len() || j < n.order.len() {
            let id = match (i < o.order.len(), j < n.order.len()) {
                (true, true) => o.id(i).min(n.id(j)),
                (true, false) => o.id(i),
                _ => n.id(j),
            };
            let place = m.places as u32;
            let run = |by: &ById<'m>, k: &mut usize, places: &mut [u32]| {
                if *k == by.order.len() || by.id(*k) != id {
                    return None;
                }
                let end = by.run_end(*k);
                for &ix in &by.order[*k..end] {
                    places[ix as usize] = place;
                }
                *k = end;
                Some(&by.map.people[by.order[end - 1] as usize])
            };
            match (run(o, &mut i, &mut m.old_place), run(n, &mut j, &mut m.new_place)) {
                (Some(op), Some(np)) => m.both.push((op, np)),
                (Some(op), None) => m.gone.push(op),
                (None, Some(np)) => m.added.push(np),
                (None, None) => {}
            }
            m.places += 1;
        }
        m
    }
}

/// Compares two versions of a map, with the analysis of each (the two run side by
/// side). O(P log P + T log T + U log U) for the structure, plus two runs of
/// [`analyze`] and one O(P + T) introduction graph when a best route changed.
pub fn diff(old: &Map, new: &Map, lang: Lang) -> MapDiff {
    let _ = lang; // the analyses choose no words: only the writers take a language
    // What the comparison reads of each analysis: next steps, health and robustness
    // are not compared.
    let opts = AnalyzeOptions { scope: crate::analysis::Scope::Risks, ..AnalyzeOptions::default() };
    // The structure is compared while the versions are analysed.
    let ((ro, rn), (mut d, v)) = crate::par::join(
        || crate::par::join(|| analyze(&OrgGraph::new(old), &opts), || analyze(&OrgGraph::new(new), &opts)),
        || structure(old, new),
    );
    super::diff_analysis::analysis_moves(&mut d, &v, &ro, &rn);
    d
}

/// Compares two versions of a map given the analysis of each (as [`analyze`] with the
/// default options made them). O(P log P + T log T + U log U + size of the reports),
/// plus one O(P + T) introduction graph of the new map when a best route changed.
pub fn diff_with(old: &Map, new: &Map, ro: &Report, rn: &Report) -> MapDiff {
    let (mut d, v) = structure(old, new);
    super::diff_analysis::analysis_moves(&mut d, &v, ro, rn);
    d
}

/// What changed in the map itself (the account, units, people, ties), with the two
/// versions indexed; the people and the ties are compared side by side.
/// O(P log P + T log T + U log U).
fn structure<'m>(old: &'m Map, new: &'m Map) -> (MapDiff, Versions<'m>) {
    let v = Versions::new(old, new);
    let m = v.matched();
    let (units_added, units_gone, units_changed) = super::diff_units::unit_changes(old, new);
    let mut d = MapDiff {
        account: account_changes(old, new),
        people_added: m.added.iter().map(|p| person_ref(p, &v.new_names)).collect(),
        people_gone: m.gone.iter().map(|p| person_ref(p, &v.old_names)).collect(),
        stances: Vec::new(),
        relationships: Vec::new(),
        roles: Vec::new(),
        units_added,
        units_gone,
        units_changed,
        details: Vec::new(),
        ties_added: Vec::new(),
        ties_removed: Vec::new(),
        ties_changed: Vec::new(),
        ranking: Vec::new(),
        unreached_added: Vec::new(),
        unreached_gone: Vec::new(),
        paths: Vec::new(),
        risks_added: Vec::new(),
        risks_gone: Vec::new(),
    };
    let ((), ties) = crate::par::join(
        || {
            for &(op, np) in &m.both {
                person_changes(&mut d, &v, op, np);
            }
        },
        || tie_changes(&v, &m),
    );
    (d.ties_removed, d.ties_added, d.ties_changed) = ties;
    (d, v)
}

/// What changed about one person in both versions. O(roles²), roles being few.
fn person_changes<'m>(d: &mut MapDiff, v: &Versions<'m>, op: &Person, np: &Person) {
    // Named only when something changed: most people of two versions are the same.
    let named = std::cell::OnceCell::new();
    let who = || named.get_or_init(|| person_ref(np, &v.new_names));
    if op.stance != np.stance
        && let Some(dir) = direction(op.stance.score(), np.stance.score())
    {
        d.stances.push(Change {
            person: who().clone(),
            from: op.stance.as_str().into(),
            to: np.stance.as_str().into(),
            direction: dir,
        });
    }
    let (a, b) = (op.relationship.value() as i8, np.relationship.value() as i8);
    if let Some(dir) = direction(Some(a), Some(b)) {
        d.relationships.push(Change {
            person: who().clone(),
            from: op.relationship.as_str().into(),
            to: np.relationship.as_str().into(),
            direction: dir,
        });
    }
    if op.roles != np.roles {
        let added: Vec<Role> = np.roles.iter().filter(|r| !op.roles.contains(r)).copied().collect();
        let removed: Vec<Role> = op.roles.iter().filter(|r| !np.roles.contains(r)).copied().collect();
        if !added.is_empty() || !removed.is_empty() {
            d.roles.push(RoleChange { person: who().clone(), added, removed });
        }
    }
    // A person moves when their unit's id changes; a unit's new name is one change of
    // the unit, not one per member.
    fn unit_id<'m>(m: &'m Map, p: &Person) -> Option<&'m str> {
        p.unit.map(|u| m.units[u].id.as_str())
    }
    let unit_name = |m: &'m Map, p: &Person| p.unit.map(|u| m.units[u].display_name());
    let moved = unit_id(v.old, op) != unit_id(v.new, np);
    let fields: [(&'static str, Option<&str>, Option<&str>); 5] = [
        ("name", Some(op.display_name()), Some(np.display_name())),
        ("title", op.title.as_deref(), np.title.as_deref()),
        ("unit", unit_name(v.old, op).filter(|_| moved), unit_name(v.new, np).filter(|_| moved)),
        ("side", Some(op.side.as_str()), Some(np.side.as_str())),
        ("favors", op.favors.as_deref(), np.favors.as_deref()),
    ];
    for (field, from, to) in fields {
        if from != to || (field == "unit" && moved) {
            let (from, to) = (from.map(str::to_string), to.map(str::to_string));
            d.details.push(FieldChange { person: who().clone(), field, from, to });
        }
    }
}

/// Ties added, removed and changed, matched by their people's ids and kind, each list
/// in key order. Every id of either version gets its place among all ids (so that
/// comparing places is comparing ids, without touching the text again); both versions'
/// ties are sorted by key (a key written twice: the last tie of it counts) and walked
/// side by side. O(P + T + Σ d log d) for d the ties of one person (see [`sorted_ties`]).
fn tie_changes(v: &Versions, m: &Matched) -> (Vec<TieRef>, Vec<TieRef>, Vec<TieChange>) {
    let (old, new) = (v.old, v.new);
    let (old_ties, new_ties) =
        (sorted_ties(old, &m.old_place, m.places), sorted_ties(new, &m.new_place, m.places));
    let (mut removed, mut added, mut changed) = (Vec::new(), Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < old_ties.len() || j < new_ties.len() {
        let order = match (old_ties.get(i), new_ties.get(j)) {
            (Some(o), Some(n)) => o.0.cmp(&n.0),
            (Some(_), None) => std::cmp::Ordering::Less,
            _ => std::cmp::Ordering::Greater,
        };
        match order {
            std::cmp::Ordering::Less => {
                removed.push(tie_ref(old, &v.old_names, old_ties[i].1));
                i += 1;
            }
            std::cmp::Ordering::Greater => {
                added.push(tie_ref(new, &v.new_names, new_ties[j].1));
                j += 1;
            }
            std::cmp::Ordering::Equal => {
                let (o, t) = (old_ties[i].1, new_ties[j].1);
                if o.strength != t.strength || o.dotted != t.dotted {
                    changed.push(TieChange {
                        tie: tie_ref(new, &v.new_names, t),
                        old_strength: o.strength.value(),
                        old_dotted: o.dotted,
                        direction: direction(Some(o.strength.value() as i8), Some(t.strength.value() as i8)),
                    });
                }
                i += 1;
                j += 1;
            }
        }
    }
    (removed, added, changed)
}

/// A tie's key across versions: its people's places among the ids and its kind;
/// symmetric ties in id order.
type TieKey = (u32, u32, TieKind);

/// The ties of a map by key, sorted, one per key (the last written, as a map keyed by
/// them would keep). A counting sort by the first place (stable: file order within
/// it), then each person's run sorted stably by the rest of the key: O(P + T + Σ d log
/// d), d being the ties of one first person (a few, but a thousand for a hub).
fn sorted_ties<'m>(map: &'m Map, place: &[u32], places: usize) -> Vec<(TieKey, &'m Tie)> {
    let key = |t: &Tie| {
        let (a, b) = (place[t.from], place[t.to]);
        if t.kind.is_symmetric() && b < a { (b, a, t.kind) } else { (a, b, t.kind) }
    };
    let keyed = map.ties.iter().map(|t| {
        let k = key(t);
        (k.0 as usize, (k, t))
    });
    let mut v = crate::lists::Lists::build(places, keyed).into_items();
    for run in v.chunk_by_mut(|x, y| x.0.0 == y.0.0) {
        run.sort_by_key(|x| x.0);
    }
    let mut out: Vec<(TieKey, &Tie)> = Vec::with_capacity(v.len());
    for x in v {
        match out.last_mut() {
            Some(last) if last.0 == x.0 => *last = x,
            _ => out.push(x),
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn people_by_id_are_in_the_order_of_their_ids(
            ids in proptest::collection::vec(proptest::collection::vec(0usize..6, 0..12), 0..40),
        ) {
            // Ids sharing long beginnings, ending where another goes on, with a NUL byte
            // and non-ASCII letters: the order of the first eight bytes must be the ids'.
            let parts = ["a", "b", "\0", "é", "abcdefgh", "z9"];
            let mut map = Map::default();
            for id in &ids {
                map.people.push(Person::new(id.iter().map(|&k| parts[k]).collect::<String>()));
            }
            let by = ById::new(&map);
            let mut want: Vec<u32> = (0..map.people.len() as u32).collect();
            want.sort_by(|&a, &b| map.people[a as usize].id.cmp(&map.people[b as usize].id));
            prop_assert_eq!(&by.order, &want);
            for p in &map.people {
                // The last of an id written twice, as a map keyed by id keeps.
                let last = map.people.iter().rposition(|q| q.id == p.id).unwrap();
                prop_assert!(std::ptr::eq(by.get(&p.id).unwrap(), &map.people[last]));
            }
            prop_assert!(by.get("not an id").is_none());
        }
    }
}
