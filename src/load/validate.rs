//! Checking a raw map and turning it into a [`Map`]: every error and warning of the
//! format at once, each located where the user wrote it.
//!
//! O(P + U + T) for P people, U units and T ties (hash lookups), plus suggestions for
//! unknown ids, which are computed for at most [`MAX_SUGGESTIONS`] problems.

use rustc_hash::FxHashMap;
use std::collections::HashMap;

use std::collections::BTreeMap;

use super::raw::{RawGrading, RawPerson, RawTie, RawTop, RawUnit, RawWeights, Record, Records, Val};
use crate::diag::{Diagnostic, Location};
use crate::model::{Context, Explain, ItemNote, Map, Person, PersonIx, Tie, Unit, UnitIx};
use crate::vocab::{Relationship, Role, Section, Side, Stance, Strength, TieKind, Vocab, did_you_mean};

/// Suggestions for unknown ids are looked for in the first this-many problems only, so
/// that a badly broken big file is still reported quickly.
pub const MAX_SUGGESTIONS: usize = 200;

/// Where each section of a raw map came from, to locate problems.
#[derive(Debug, Clone)]
pub struct Sources {
    /// The main file: the JSON file, or `people.csv`.
    pub main: String,
    /// CSV only: the units file, if any.
    pub units: Option<String>,
    /// CSV only: the ties file, if any.
    pub ties: Option<String>,
    /// CSV only: for each section, the header written for each key, with its column.
    pub csv_headers: Option<CsvHeaders>,
}

/// The headers of the CSV files, by record key index: the text written and its column.
#[derive(Debug, Clone, Default)]
pub struct CsvHeaders {
    /// people.csv
    pub people: Vec<Option<(String, u64)>>,
    /// units.csv
    pub units: Vec<Option<(String, u64)>>,
    /// ties.csv
    pub ties: Vec<Option<(String, u64)>>,
}

/// A located field of a record, used to build diagnostics.
#[derive(Clone, Copy)]
struct Here<'a> {
    src: &'a Sources,
    section: &'static str,
    index: usize,
    line: u64,
}

impl Here<'_> {
    fn is_csv(&self) -> bool {
        self.src.csv_headers.is_some()
    }

    /// The location of the record (key `None`) or of one of its fields.
    fn at(&self, key: Option<&str>) -> Location {
        match &self.src.csv_headers {
            None => {
                let mut path = match self.section {
                    "" => String::new(),
                    "context" | "grading" => self.section.to_string(),
                    s => format!("{s}[{}]", self.index),
                };
                if let Some(k) = key {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                }
                Location {
                    file: self.src.main.clone(),
                    line: None,
                    column: None,
                    path: (!path.is_empty()).then_some(path),
                }
            }
            Some(h) => {
                let file = match self.section {
                    "units" => self.src.units.clone(),
                    "ties" => self.src.ties.clone(),
                    _ => None,
                }
                .unwrap_or_else(|| self.src.main.clone());
                let column = key.and_then(|k| self.header(h, k)).map(|(_, c)| *c);
                Location { file, line: (self.line > 0).then_some(self.line), column, path: None }
            }
        }
    }

    fn header<'h>(&self, h: &'h CsvHeaders, key: &str) -> Option<&'h (String, u64)> {
        let (cols, ix) = match self.section {
            "people" => (&h.people, RawPerson::exact_key_ix(key)),
            "units" => (&h.units, RawUnit::exact_key_ix(key)),
            "ties" => (&h.ties, RawTie::exact_key_ix(key)),
            _ => return None,
        };
        cols.get(ix?)?.as_ref()
    }

    /// What to call a field in a message: nothing for JSON (the path names it), the
    /// header as written for CSV.
    fn label(&self, key: &str) -> String {
        match &self.src.csv_headers {
            Some(h) if self.is_csv() => match self.header(h, key) {
                Some((text, _)) => format!("{text}: "),
                None => format!("{key}: "),
            },
            _ => String::new(),
        }
    }
}

struct Checker<'a> {
    src: &'a Sources,
    diags: Vec<Diagnostic>,
    suggestions_left: usize,
}

impl Checker<'_> {
    fn error(&mut self, code: &'static str, loc: Location, msg: impl Into<String>) {
        self.diags.push(Diagnostic::error(code, loc, msg));
    }

    fn warn(&mut self, code: &'static str, loc: Location, msg: impl Into<String>) {
        self.diags.push(Diagnostic::warning(code, loc, msg));
    }

    /// Takes a field's value, reporting it if it was refused.
    fn field<T>(&mut self, here: Here, key: &str, v: Val<T>) -> Option<T> {
        match v {
            Val::Missing => None,
            Val::Ok(v) => Some(v),
            Val::Bad(msg) => {
                let label = here.label(key);
                self.error("bad-value", here.at(Some(key)), format!("{label}{msg}"));
                None
            }
        }
    }

    /// Reports a record that is not an object and keys the format does not know.
    fn shape<R: Record>(&mut self, here: Here, not_object: Option<&'static str>, unknown: &[String]) {
        if let Some(what) = not_object {
            let msg = match here.section {
                "" => format!("a map must be a JSON object, found {what}"),
                s => format!("each entry of {s} must be an object, found {what}"),
            };
            self.error("not-an-object", here.at(None), msg);
        }
        for k in unknown {
            let msg = match did_you_mean(k, R::all_keys()) {
                Some(s) => format!("unknown field \"{k}\" (ignored): did you mean \"{s}\"?"),
                None => format!("unknown field \"{k}\" (ignored)"),
            };
            self.warn("unknown-field", here.at(Some(k)), msg);
        }
    }

    /// Reports a list (units, people, ties) that is not a list.
    fn list_shape(&mut self, listed: Result<(), &'static str>, what: &str) {
        if let Err(found) = listed {
            let root = Here { src: self.src, section: "", index: 0, line: 0 };
            self.error("not-a-list", root.at(Some(what)), format!("{what} must be a list, found {found}"));
        }
    }

    /// A suggestion among `ids` for an unknown `id`, if the budget allows.
    fn suggest<'i>(&mut self, id: &str, ids: impl Iterator<Item = &'i str>) -> String {
        if self.suggestions_left == 0 {
            return String::new();
        }
        self.suggestions_left -= 1;
        did_you_mean(id, ids).map(|s| format!(": did you mean \"{s}\"?")).unwrap_or_default()
    }

    /// Where a record with this id was first defined, for duplicate messages.
    fn first_at(here: Here, index: usize, line: u64) -> String {
        let first = Here { index, line, ..here }.at(None);
        match (first.line, first.path) {
            (Some(l), _) => format!("line {l}"),
            (None, Some(p)) => p,
            _ => first.file,
        }
    }
}

/// Checks a raw map. Returns the map when there is no error, and every diagnostic
/// (errors and warnings) in the order found.
pub fn build(top: RawTop, src: &Sources) -> (Option<Map>, Vec<Diagnostic>) {
    let mut c = Checker { src, diags: Vec::new(), suggestions_left: MAX_SUGGESTIONS };
    let mut top = top;
    let root = Here { src, section: "", index: 0, line: 0 };
    c.shape::<RawTop>(root, top.not_object, &top.unknown);
    if let Some(v) = c.field(root, "version", top.version.take())
        && v != crate::model::FORMAT_VERSION
    {
        c.error(
            "bad-version",
            root.at(Some("version")),
            format!("map format version {v} is not supported; this powermap reads version 1"),
        );
    }
    let mut map = Map {
        account: c.field(root, "account", top.account.take()),
        opportunity: c.field(root, "opportunity", top.opportunity.take()),
        competitors: c.field(root, "competitors", top.competitors.take()).unwrap_or_default(),
        ..Map::default()
    };
    let ctx_here = Here { section: "context", ..root };
    let mut ctx = std::mem::take(&mut top.context);
    c.shape::<super::raw::RawContext>(ctx_here, ctx.not_object, &ctx.unknown);
    map.context = Context {
        governance: c.field(ctx_here, "governance", ctx.governance.take()),
        purchase_share: c.field(ctx_here, "purchase_share", ctx.purchase_share.take()),
    };
    let grading_here = Here { section: "grading", ..root };
    let mut grading = std::mem::take(&mut top.grading);
    c.shape::<RawGrading>(grading_here, grading.not_object, &grading.unknown);
    weights(&mut c, &mut map, std::mem::take(&mut grading.weights), grading_here);
    let unit_parents = units(&mut c, &mut map, std::mem::take(&mut top.units));
    let reports = people(&mut c, &mut map, std::mem::take(&mut top.people));
    resolve_unit_parents(&mut c, &mut map, unit_parents);
    ties(&mut c, &mut map, std::mem::take(&mut top.ties), reports);
    structure(&mut c, &map);
    let ok = !c.diags.iter().any(Diagnostic::is_error);
    (ok.then_some(map), c.diags)
}

/// Reads an answer key's `grading.weights`: known section names, numbers ≥ 0. O(entries).
fn weights(c: &mut Checker, map: &mut Map, w: RawWeights, here: Here) {
    if let Some(found) = w.not_object {
        c.error(
            "not-an-object",
            here.at(Some("weights")),
            format!("grading.weights must be an object of section weights, found {found}"),
        );
    }
    for (key, v) in w.entries {
        let loc = here.at(Some(&format!("weights.{key}")));
        let weight = match v {
            Val::Missing => None,
            Val::Ok(x) => Some(x.0),
            Val::Bad(msg) => {
                c.error("bad-value", loc.clone(), msg.to_string());
                None
            }
        };
        match Section::parse(&key) {
            Err(msg) => c.error("bad-value", loc, msg),
            Ok(section) => {
                if let Some(x) = weight
                    && map.grading.weights.insert(section, x).is_some()
                {
                    c.error("duplicate-weight", loc, format!("the weight of {section} is given twice"));
                }
            }
        }
    }
}

/// The grading note of a person or tie, if the key gave one.
fn item_note(optional: Option<bool>, explain: Option<Explain>) -> Option<ItemNote> {
    let optional = optional.unwrap_or(false);
    (optional || explain.is_some()).then_some(ItemNote { optional, explain })
}

/// A reference to resolve once every record is known: the text, and where it was written.
struct Pending {
    ix: usize,
    text: String,
    loc: Location,
}

fn units(c: &mut Checker, map: &mut Map, raw: Records<RawUnit>) -> Vec<Pending> {
    let mut seen: FxHashMap<String, (usize, u64)> = FxHashMap::default();
    let mut parents = Vec::new();
    let listed = raw.for_each(|i, mut r| {
        let here = Here { src: c.src, section: "units", index: i, line: r.line };
        c.shape::<RawUnit>(here, r.not_object, &r.unknown);
        if r.not_object.is_some() {
            return;
        }
        let Some(id) = c.field(here, "id", r.id.take()) else {
            c.error("missing-id", here.at(Some("id")), format!("{}a unit needs an id", here.label("id")));
            return;
        };
        if let Some(&(fi, fl)) = seen.get(&id) {
            let first = Checker::first_at(here, fi, fl);
            c.error(
                "duplicate-id",
                here.at(Some("id")),
                format!("{}duplicate unit id \"{id}\" (first at {first})", here.label("id")),
            );
            return;
        }
        seen.insert(id.clone(), (i, r.line));
        let ix = map.units.len();
        if let Some(p) = c.field(here, "parent", r.parent.take()) {
            parents.push(Pending { ix, text: p, loc: here.at(Some("parent")) });
        }
        map.units.push(Unit {
            id,
            name: c.field(here, "name", r.name.take()),
            parent: None,
            kind: c.field(here, "kind", r.kind.take()),
        });
    });
    c.list_shape(listed, "units");
    parents
}

/// Resolves units' parents and refuses unknown parents and cycles. O(U).
fn resolve_unit_parents(c: &mut Checker, map: &mut Map, parents: Vec<Pending>) {
    let index: HashMap<&str, UnitIx> =
        map.units.iter().enumerate().map(|(i, u)| (u.id.as_str(), i)).collect();
    let mut resolved = Vec::new();
    for p in parents {
        match index.get(p.text.as_str()) {
            Some(&pi) if pi == p.ix => {
                c.error("self-parent", p.loc, format!("unit \"{}\" is its own parent", p.text))
            }
            Some(&pi) => resolved.push((p.ix, pi, p.loc)),
            None => {
                let hint = c.suggest(&p.text, map.units.iter().map(|u| u.id.as_str()));
                c.error("unknown-id", p.loc, format!("parent \"{}\" is not a unit id{hint}", p.text));
            }
        }
    }
    let mut locs: HashMap<UnitIx, Location> = HashMap::new();
    for (ix, pi, loc) in resolved {
        map.units[ix].parent = Some(pi);
        locs.insert(ix, loc);
    }
    // Each unit has at most one parent: follow the chain with colours to find cycles.
    let n = map.units.len();
    let mut state = vec![0u8; n]; // 0 new, 1 on the current chain, 2 done
    for start in 0..n {
        let mut chain = Vec::new();
        let mut u = start;
        loop {
            match state[u] {
                2 => break,
                1 => {
                    let pos = chain.iter().position(|&x| x == u).unwrap_or(0);
                    let names: Vec<&str> =
                        chain[pos..].iter().chain([&u]).map(|&x| map.units[x].id.as_str()).collect();
                    let loc = locs.get(&u).cloned().unwrap_or_else(|| Location::file(c.src.main.clone()));
                    c.error(
                        "unit-cycle",
                        loc,
                        format!("units form a cycle of parents: {}", names.join(" → ")),
                    );
                    break;
                }
                _ => {}
            }
            state[u] = 1;
            chain.push(u);
            match map.units[u].parent {
                Some(p) => u = p,
                None => break,
            }
        }
        for x in chain {
            state[x] = 2;
        }
    }
    // Break cycles so that later code may walk parents safely (the map is refused anyway).
    if c.diags.iter().any(|d| d.code == "unit-cycle") {
        for u in &mut map.units {
            u.parent = None;
        }
    }
}

fn people(c: &mut Checker, map: &mut Map, raw: Records<RawPerson>) -> Vec<Pending> {
    let mut seen: FxHashMap<String, (usize, u64)> = FxHashMap::default();
    let mut unit_index: HashMap<String, UnitIx> = HashMap::new();
    for (i, u) in map.units.iter().enumerate() {
        unit_index.entry(u.id.clone()).or_insert(i);
    }
    let mut by_name: HashMap<String, UnitIx> = HashMap::new();
    for (i, u) in map.units.iter().enumerate() {
        if let Some(n) = &u.name {
            by_name.entry(n.clone()).or_insert(i);
        }
    }
    let defined_units = map.units.len();
    let mut reports = Vec::new();

    let listed = raw.for_each(|i, mut r| {
        let here = Here { src: c.src, section: "people", index: i, line: r.line };
        c.shape::<RawPerson>(here, r.not_object, &r.unknown);
        if r.not_object.is_some() {
            return;
        }
        let Some(id) = c.field(here, "id", r.id.take()) else {
            c.error("missing-id", here.at(Some("id")), format!("{}a person needs an id", here.label("id")));
            return;
        };
        if let Some(&(fi, fl)) = seen.get(&id) {
            let first = Checker::first_at(here, fi, fl);
            c.error(
                "duplicate-id",
                here.at(Some("id")),
                format!("{}duplicate person id \"{id}\" (first at {first})", here.label("id")),
            );
            return;
        }
        seen.insert(id.clone(), (i, r.line));
        let pix = map.people.len();
        let unit = c.field(here, "unit", r.unit.take()).map(|u| {
            if let Some(&ix) = unit_index.get(&u).or_else(|| by_name.get(&u)) {
                return ix;
            }
            // A unit named by a person but not defined is created, with that name.
            if defined_units > 0 && c.suggestions_left > 0 {
                let ids = map.units[..defined_units].iter().map(|x| x.id.as_str());
                let hint = c.suggest(&u, ids);
                if !hint.is_empty() {
                    c.warn(
                        "created-unit",
                        here.at(Some("unit")),
                        format!("{}unit \"{u}\" is not defined, so it was created{hint}", here.label("unit")),
                    );
                }
            }
            let ix = map.units.len();
            map.units.push(Unit { id: u.clone(), name: None, parent: None, kind: None });
            unit_index.insert(u, ix);
            ix
        });
        let mut roles: Vec<Role> = c.field(here, "roles", r.roles.take()).unwrap_or_default();
        dedup_keep_order(&mut roles);
        let mut interests = c.field(here, "interests", r.interests.take()).unwrap_or_default();
        dedup_keep_order(&mut interests);
        let favors = c.field(here, "favors", r.favors.take());
        if let Some(f) = &favors
            && !map.competitors.is_empty()
            && !map.competitors.contains(f)
        {
            let hint = c.suggest(f, map.competitors.iter().map(String::as_str));
            c.warn(
                "unknown-competitor",
                here.at(Some("favors")),
                format!("{}favors \"{f}\", who is not among the competitors{hint}", here.label("favors")),
            );
        }
        for m in c.field(here, "reports_to", r.reports_to.take()).unwrap_or_default() {
            reports.push(Pending { ix: pix, text: m, loc: here.at(Some("reports_to")) });
        }
        let optional = c.field(here, "optional", r.optional.take());
        let explain = c.field(here, "explain", r.explain.0.take());
        if let Some(n) = item_note(optional, explain) {
            map.grading.people.insert(pix, n);
        }
        map.people.push(Person {
            name: c.field(here, "name", r.name.take()),
            title: c.field(here, "title", r.title.take()),
            unit,
            side: c.field(here, "side", r.side.take()).unwrap_or(Side::Customer),
            level: c.field(here, "level", r.level.take()),
            roles,
            stance: c.field(here, "stance", r.stance.take()).unwrap_or(Stance::Unknown),
            favors,
            relationship: c.field(here, "relationship", r.relationship.take()).unwrap_or(Relationship::None),
            expertise: c.field(here, "expertise", r.expertise.take()),
            style: c.field(here, "style", r.style.take()),
            adaptability: c.field(here, "adaptability", r.adaptability.take()),
            interests,
            notes: c.field(here, "notes", r.notes.take()),
            id,
        });
    });
    c.list_shape(listed, "people");
    reports
}

fn dedup_keep_order<T: PartialEq + Copy>(v: &mut Vec<T>) {
    let mut out: Vec<T> = Vec::with_capacity(v.len());
    for &x in v.iter() {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    *v = out;
}

/// Where a tie was written: a record of ties, or a person's `reports_to`. Kept small
/// and turned into a [`Location`] only when there is something to report.
#[derive(Clone)]
enum Spot<'a> {
    Record(Here<'a>),
    Written(Location),
}

impl Spot<'_> {
    fn location(&self) -> Location {
        match self {
            Spot::Record(h) => h.at(None),
            Spot::Written(l) => l.clone(),
        }
    }
}

fn ties(c: &mut Checker, map: &mut Map, raw: Records<RawTie>, reports: Vec<Pending>) {
    let ids: FxHashMap<&str, PersonIx> =
        map.people.iter().enumerate().map(|(i, p)| (p.id.as_str(), i)).collect();
    let lookup = |c: &mut Checker, id: &str, loc: &dyn Fn() -> (Location, String)| -> Option<PersonIx> {
        if let Some(&ix) = ids.get(id) {
            return Some(ix);
        }
        let hint = if map.people.len() <= 20_000 {
            c.suggest(id, map.people.iter().map(|p| p.id.as_str()))
        } else {
            String::new()
        };
        let (loc, what) = loc();
        c.error("unknown-id", loc, format!("{what}\"{id}\" is not a person id{hint}"));
        None
    };
    let mut candidates: Vec<(Tie, Spot, Option<ItemNote>)> = Vec::new();
    for p in reports {
        let label = if c.src.csv_headers.is_some() { "reports_to: " } else { "" };
        let Some(to) = lookup(c, &p.text, &|| (p.loc.clone(), label.to_string())) else { continue };
        let tie = Tie {
            from: p.ix,
            to,
            kind: TieKind::ReportsTo,
            strength: Strength::Medium,
            dotted: false,
            note: None,
        };
        candidates.push((tie, Spot::Written(p.loc), None));
    }
    let listed = raw.for_each(|i, mut r| {
        let here = Here { src: c.src, section: "ties", index: i, line: r.line };
        c.shape::<RawTie>(here, r.not_object, &r.unknown);
        if r.not_object.is_some() {
            return;
        }
        let mut ends = [None, None];
        for (k, key, v) in [(0, "from", r.from.take()), (1, "to", r.to.take())] {
            match c.field(here, key, v) {
                Some(id) => ends[k] = lookup(c, &id, &|| (here.at(Some(key)), here.label(key))),
                None => c.error(
                    "missing-field",
                    here.at(Some(key)),
                    format!("{}a tie needs \"{key}\"", here.label(key)),
                ),
            }
        }
        let kind = c.field(here, "kind", r.kind.take());
        if kind.is_none() && matches!(r.kind, Val::Missing) {
            let label = here.label("kind");
            let msg = format!("{label}a tie needs a kind (reports_to, influences, knows or conflict)");
            c.error("missing-field", here.at(Some("kind")), msg);
        }
        let strength = c.field(here, "strength", r.strength.take()).unwrap_or(Strength::Medium);
        let dotted = c.field(here, "dotted", r.dotted.take()).unwrap_or(false);
        let note = c.field(here, "note", r.note.take());
        let optional = c.field(here, "optional", r.optional.take());
        let grading = item_note(optional, c.field(here, "explain", r.explain.0.take()));
        let ([Some(from), Some(to)], Some(kind)) = (ends, kind) else { return };
        if from == to {
            c.error("self-tie", here.at(None), format!("a tie from \"{}\" to themself", map.people[from].id));
            return;
        }
        if dotted && kind != TieKind::ReportsTo {
            let label = here.label("dotted");
            let msg = format!("{label}only reporting lines can be dotted; ignored on a {kind} tie");
            c.warn("dotted-not-reporting", here.at(Some("dotted")), msg);
        }
        let tie = Tie { from, to, kind, strength, dotted: dotted && kind == TieKind::ReportsTo, note };
        candidates.push((tie, Spot::Record(here), grading));
    });
    c.list_shape(listed, "ties");
    let mut out: Vec<Tie> = Vec::with_capacity(candidates.len());
    let mut spots: Vec<Spot> = Vec::with_capacity(candidates.len());
    let mut seen: FxHashMap<(PersonIx, PersonIx, TieKind), usize> = FxHashMap::default();
    seen.reserve(candidates.len());
    let mut notes = BTreeMap::new();
    for (t, spot, grading) in candidates {
        let key = if t.kind.is_symmetric() {
            (t.from.min(t.to), t.from.max(t.to), t.kind)
        } else {
            (t.from, t.to, t.kind)
        };
        if let Some(&first) = seen.get(&key) {
            let first_loc = spots[first].location();
            let at = first_loc
                .line
                .map(|l| format!("line {l}"))
                .or_else(|| first_loc.path.clone())
                .unwrap_or_else(|| first_loc.file.clone());
            let msg = format!(
                "duplicate {} tie between \"{}\" and \"{}\" (first at {at}); this one is ignored",
                t.kind, map.people[t.from].id, map.people[t.to].id
            );
            c.warn("duplicate-tie", spot.location(), msg);
            continue;
        }
        seen.insert(key, out.len());
        if let Some(n) = grading {
            notes.insert(out.len(), n);
        }
        out.push(t);
        spots.push(spot);
    }
    map.ties = out;
    map.grading.ties = notes;
    c.check_reporting(map, &spots);
}

impl Checker<'_> {
    /// Refuses cycles of solid reporting lines; warns of two solid managers. O(P + T).
    fn check_reporting(&mut self, map: &Map, locs: &[Spot]) {
        let n = map.people.len();
        let mut managers: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (ti, t) in map.ties.iter().enumerate() {
            if t.kind == TieKind::ReportsTo && !t.dotted {
                managers[t.from].push(ti);
            }
        }
        for (p, ms) in managers.iter().enumerate() {
            if ms.len() > 1 {
                let names: Vec<String> =
                    ms.iter().map(|&ti| format!("\"{}\"", map.people[map.ties[ti].to].id)).collect();
                self.warn(
                    "two-managers",
                    locs[ms[1]].location(),
                    format!(
                        "\"{}\" has {} solid-line managers ({}); mark the secondary line dotted",
                        map.people[p].id,
                        ms.len(),
                        names.join(", ")
                    ),
                );
            }
        }
        // Iterative DFS with colours over solid reporting ties; each cycle reported once.
        let mut state = vec![0u8; n];
        let mut on_path: Vec<(usize, usize)> = Vec::new(); // (person, next manager slot)
        let mut via: Vec<usize> = Vec::new(); // tie used to reach each path entry but the first
        for start in 0..n {
            if state[start] != 0 {
                continue;
            }
            state[start] = 1;
            on_path.push((start, 0));
            while let Some(&mut (p, ref mut slot)) = on_path.last_mut() {
                if let Some(&ti) = managers[p].get(*slot) {
                    *slot += 1;
                    let m = map.ties[ti].to;
                    match state[m] {
                        0 => {
                            state[m] = 1;
                            via.push(ti);
                            on_path.push((m, 0));
                        }
                        1 => {
                            let pos = on_path.iter().position(|&(x, _)| x == m).unwrap_or(0);
                            let mut names: Vec<&str> =
                                on_path[pos..].iter().map(|&(x, _)| map.people[x].id.as_str()).collect();
                            names.push(map.people[m].id.as_str());
                            self.error(
                                "reporting-cycle",
                                locs[ti].location(),
                                format!("solid reporting lines form a cycle: {}", names.join(" → ")),
                            );
                        }
                        _ => {}
                    }
                } else {
                    state[p] = 2;
                    on_path.pop();
                    via.pop();
                }
            }
        }
    }
}

/// Map-wide warnings: no approver; customer people with no tie at all.
fn structure(c: &mut Checker, map: &Map) {
    let customers = map.people.iter().filter(|p| p.side == Side::Customer).count();
    if customers > 0 && !map.people.iter().any(|p| p.side == Side::Customer && p.has_role(Role::Approver)) {
        c.warn(
            "no-approver",
            Location::file(c.src.main.clone()),
            "no approver (※) is identified among the customer's people: find out who gives final approval",
        );
    }
    let mut tied = vec![false; map.people.len()];
    for t in &map.ties {
        tied[t.from] = true;
        tied[t.to] = true;
    }
    let lonely: Vec<usize> =
        (0..map.people.len()).filter(|&i| !tied[i] && map.people[i].side == Side::Customer).collect();
    for &i in lonely.iter().take(50) {
        let loc = person_location(c.src, map, i);
        c.warn(
            "no-tie",
            loc,
            format!(
                "\"{}\" has no tie to anyone: add whom they report to, influence or know",
                map.people[i].id
            ),
        );
    }
    if lonely.len() > 50 {
        c.warn(
            "no-tie",
            Location::file(c.src.main.clone()),
            format!("{} more customer people have no tie at all", lonely.len() - 50),
        );
    }
}

/// The location of a person's record, for map-wide warnings about them. JSON paths use
/// the person's position in the valid people, which is their position in the file when
/// the map has no broken records.
fn person_location(src: &Sources, map: &Map, i: usize) -> Location {
    let _ = map;
    Here { src, section: "people", index: i, line: 0 }.at(Some("id"))
}
