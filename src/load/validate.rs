//! Checking a raw map and turning it into a [`Map`]: every error and warning of the
//! format at once, each located where the user wrote it.
//!
//! O(P + U + T) for P people, U units and T ties (hash lookups), plus suggestions for
//! unknown ids, which are computed for at most [`MAX_SUGGESTIONS`] problems.

mod ids;
mod ties;

use ids::PersonIds;

use rustc_hash::FxHashMap;
use std::collections::HashMap;

use super::raw::{RawGrading, RawPerson, RawTie, RawTop, RawUnit, RawWeights, Record, Records, Val};
use crate::diag::{Diagnostic, Location};
use crate::model::{Context, Explain, ItemNote, Map, Person, Unit, UnitIx};
use crate::vocab::{Relationship, Role, Section, Side, Stance, Vocab, did_you_mean};

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
    /// CSV only: the account file (`account.csv`), if any.
    pub account: Option<String>,
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
    /// account.csv: the fields given, each where it was written.
    pub account: Vec<AccountField>,
}

/// A field given in `account.csv`: which one, as written, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountField {
    /// The field's JSON key (`competitors`, `governance`).
    pub key: &'static str,
    /// The field name as the user wrote it (`竞争对手`).
    pub written: String,
    /// The 1-based line of its row.
    pub line: u64,
    /// The 1-based column of the value.
    pub column: u64,
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
                    ..Location::default()
                }
            }
            Some(h) => {
                if let Some(f) = self.account_field(h, key) {
                    let file = self.src.account.clone().unwrap_or_else(|| self.src.main.clone());
                    return Location {
                        file,
                        line: Some(f.line),
                        column: Some(f.column),
                        ..Location::default()
                    };
                }
                let file = match self.section {
                    "units" => self.src.units.clone(),
                    "ties" => self.src.ties.clone(),
                    _ => None,
                }
                .unwrap_or_else(|| self.src.main.clone());
                let column = key.and_then(|k| self.header(h, k)).map(|(_, c)| *c);
                Location { file, line: (self.line > 0).then_some(self.line), column, ..Location::default() }
            }
        }
    }

    /// For the account's own fields in CSV: the row of `account.csv` that gave it.
    fn account_field<'h>(&self, h: &'h CsvHeaders, key: Option<&str>) -> Option<&'h AccountField> {
        let key = key?;
        matches!(self.section, "" | "context").then(|| h.account.iter().find(|f| f.key == key))?
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
            Some(h) if self.is_csv() => match (self.account_field(h, Some(key)), self.header(h, key)) {
                (Some(f), _) => format!("{}: ", f.written),
                (None, Some((text, _))) => format!("{text}: "),
                (None, None) => format!("{key}: "),
            },
            _ => String::new(),
        }
    }
}

struct Checker<'a> {
    src: &'a Sources,
    /// The JSON text the records were parsed from ("" for CSV).
    text: &'a str,
    diags: Vec<Diagnostic>,
    suggestions_left: usize,
    /// Where each accepted person was written (record index and line), by index in the
    /// map: a refused record before them shifts their index in the map but not in the file.
    person_spots: Vec<(usize, u64)>,
}

impl Checker<'_> {
    fn error(&mut self, code: &'static str, loc: Location, msg: impl Into<crate::i18n::Msg>) {
        self.diags.push(Diagnostic::error(code, loc, msg));
    }

    fn warn(&mut self, code: &'static str, loc: Location, msg: impl Into<crate::i18n::Msg>) {
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
        where_first(Here { index, line, ..here }.at(None), &here.at(None).file)
    }
}

/// How a duplicate's message names where the first one was: its line, else its JSON
/// path, else its file; with the file's name when it is not `file`, the duplicate's
/// (a tie in `ties.csv` may repeat a `reports_to` of `people.csv`).
fn where_first(first: Location, file: &str) -> String {
    let other = if first.file != file { format!("{} ", first.file) } else { String::new() };
    match (first.line, first.path) {
        (Some(l), _) => format!("{other}line {l}"),
        (None, Some(p)) => format!("{other}{p}"),
        _ => first.file,
    }
}

/// Checks a raw map. Returns the map when there is no error, and every diagnostic
/// (errors and warnings) in the order found.
pub fn build(top: RawTop, text: &str, src: &Sources) -> (Option<Map>, Vec<Diagnostic>) {
    let mut c =
        Checker { src, text, diags: Vec::new(), suggestions_left: MAX_SUGGESTIONS, person_spots: Vec::new() };
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
    let (ids, reports) = people(&mut c, &mut map, std::mem::take(&mut top.people));
    resolve_unit_parents(&mut c, &mut map, unit_parents);
    ties::ties(&mut c, &mut map, std::mem::take(&mut top.ties), ids, reports);
    ties::structure(&mut c, &map);
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
    let listed = raw.for_each_piped(c.text, |i, mut r| {
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

/// Checks the people; returns their ids and the `reports_to` shorthands to resolve.
fn people(c: &mut Checker, map: &mut Map, raw: Records<RawPerson>) -> (PersonIds, Vec<Pending>) {
    let capacity = raw.capacity_hint(c.text);
    let mut ids = PersonIds::with_capacity(capacity);
    map.people.reserve(capacity);
    c.person_spots.reserve(capacity);
    let mut unit_index: FxHashMap<String, UnitIx> = FxHashMap::default();
    for (i, u) in map.units.iter().enumerate() {
        unit_index.entry(u.id.clone()).or_insert(i);
    }
    let mut by_name: FxHashMap<String, UnitIx> = FxHashMap::default();
    for (i, u) in map.units.iter().enumerate() {
        if let Some(n) = &u.name {
            by_name.entry(n.clone()).or_insert(i);
        }
    }
    let defined_units = map.units.len();
    let mut reports = Vec::new();

    let listed = raw.for_each_piped(c.text, |i, mut r| {
        let here = Here { src: c.src, section: "people", index: i, line: r.line };
        c.shape::<RawPerson>(here, r.not_object, &r.unknown);
        if r.not_object.is_some() {
            return;
        }
        let Some(id) = c.field(here, "id", r.id.take()) else {
            c.error("missing-id", here.at(Some("id")), format!("{}a person needs an id", here.label("id")));
            report_person_fields(c, here, r);
            return;
        };
        let pix = map.people.len();
        if let Err(first) = ids.insert(&id, pix) {
            let (fi, fl) = c.person_spots[first];
            let first = Checker::first_at(here, fi, fl);
            c.error(
                "duplicate-id",
                here.at(Some("id")),
                format!("{}duplicate person id \"{id}\" (first at {first})", here.label("id")),
            );
            report_person_fields(c, here, r);
            return;
        }
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
        c.person_spots.push((i, r.line));
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
    (ids, reports)
}

/// Reports the bad values of a person record that is not kept (no id, or a repeated
/// one), so that every problem is still listed at once.
fn report_person_fields(c: &mut Checker, here: Here, mut r: RawPerson) {
    c.field(here, "name", r.name.take());
    c.field(here, "title", r.title.take());
    c.field(here, "unit", r.unit.take());
    c.field(here, "side", r.side.take());
    c.field(here, "level", r.level.take());
    c.field(here, "roles", r.roles.take());
    c.field(here, "stance", r.stance.take());
    c.field(here, "favors", r.favors.take());
    c.field(here, "relationship", r.relationship.take());
    c.field(here, "expertise", r.expertise.take());
    c.field(here, "style", r.style.take());
    c.field(here, "adaptability", r.adaptability.take());
    c.field(here, "interests", r.interests.take());
    c.field(here, "notes", r.notes.take());
    c.field(here, "reports_to", r.reports_to.take());
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
