//! Checking a raw map and turning it into a [`Map`]: every error and warning of the
//! format at once, each located where the user wrote it.
//!
//! O(P + U + T) for P people, U units and T ties (hash lookups), plus suggestions for
//! unknown ids, which are computed for at most [`MAX_SUGGESTIONS`] problems.

mod ids;
mod ties;

use ids::PersonIds;

use rustc_hash::FxHashMap;

use super::raw::{RawGrading, RawPerson, RawTie, RawTop, RawUnit, RawWeights, Record, Records, Val};
use super::records::{Unlisted, Unreadable};
use crate::diag::{Diagnostic, Location};
use crate::i18n::Msg;
use crate::model::{Context, Explain, ItemNote, Map, Person, Unit, UnitIx};
use crate::vocab::{Contact, Relationship, Role, Section, Side, Stance, Vocab, did_you_mean};

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
                    super::locate::push_key(&mut path, k);
                }
                Location {
                    file: self.src.main.clone(),
                    path: (!path.is_empty()).then_some(path),
                    // For JSON, `line` is 1 + the record's byte offset (0: not known).
                    offset: self.line.checked_sub(1),
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

    /// The location of a field, named: for JSON by its path, for CSV by the header (or
    /// the `account.csv` field name) as the user wrote it, shown before the message.
    fn at_field(&self, key: &str) -> Location {
        let mut loc = self.at(Some(key));
        if let Some(h) = &self.src.csv_headers {
            let named = match (self.account_field(h, Some(key)), self.header(h, key)) {
                (Some(f), _) => f.written.clone(),
                (None, Some((text, _))) => text.clone(),
                (None, None) => key.to_string(),
            };
            loc.field = Some(named);
        }
        loc
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
    fn error(&mut self, code: &'static str, loc: Location, msg: Msg) {
        self.diags.push(Diagnostic::error(code, loc, msg));
    }

    fn warn(&mut self, code: &'static str, loc: Location, msg: Msg) {
        self.diags.push(Diagnostic::warning(code, loc, msg));
    }

    /// Takes a field's value, reporting it if it was refused. Inlined: a big map takes
    /// tens of millions of fields, nearly all of them given and understood.
    #[inline]
    fn field<T>(&mut self, here: Here, key: &str, v: Val<T>) -> Option<T> {
        match v {
            Val::Missing => None,
            Val::Ok(v) => Some(v),
            Val::Bad(msg) => {
                self.refused(here, key, msg);
                None
            }
        }
    }

    /// Reports a field's value that was refused. The message stays boxed until here, so
    /// that the inlined fast path of [`Checker::field`] hands on a pointer.
    #[cold]
    #[inline(never)]
    #[allow(clippy::boxed_local)]
    fn refused(&mut self, here: Here, key: &str, msg: Box<Msg>) {
        self.error("bad-value", here.at_field(key), *msg);
    }

    /// Reports a record that is not an object and keys the format does not know.
    fn shape<R: Record>(&mut self, here: Here, not_object: Option<&'static str>, unknown: &[String]) {
        if let Some(found) = not_object {
            let msg = match here.section {
                "" => Msg::new("diag-map-not-object"),
                s => Msg::new("diag-entry-not-object").arg("section", s),
            };
            self.error("not-an-object", here.at(None), msg.arg("found", Msg::new(found)));
        }
        for k in unknown {
            let msg = match did_you_mean(k, R::all_keys()) {
                Some(s) => Msg::new("diag-unknown-field-suggest").arg("field", k).arg("suggestion", s),
                None => Msg::new("diag-unknown-field").arg("field", k),
            };
            self.warn("unknown-field", here.at(Some(k)), msg);
        }
    }

    /// Reports a list (units, people, ties) that is not a list.
    fn list_shape(&mut self, listed: Result<(), Unlisted>, what: &str) {
        match listed {
            Ok(()) => {}
            Err(Unlisted::NotList(found)) => {
                let root = Here { src: self.src, section: "", index: 0, line: 0 };
                let msg = Msg::new("diag-not-a-list").arg("section", what).arg("found", Msg::new(found));
                self.error("not-a-list", root.at(Some(what)), msg);
            }
            Err(Unlisted::Unreadable { index, at, why }) => {
                self.diags.push(unreadable(self.src, self.text, what, index, at, why))
            }
        }
    }

    /// Reports the keys given more than once in one object, at each repeat (the JSON
    /// reader keeps the last value; the map is refused rather than read differently
    /// from what the user may believe it says).
    fn repeated(&mut self, here: Here, keys: &[&'static str]) {
        for k in keys {
            self.error("duplicate-key", here.at(Some(k)), Msg::new("robust-duplicate-key").arg("key", *k));
        }
    }

    /// A suggestion among `ids` for an unknown `id`, if the budget allows.
    fn suggest<'i>(&mut self, id: &str, ids: impl Iterator<Item = &'i str>) -> Option<String> {
        if self.suggestions_left == 0 {
            return None;
        }
        self.suggestions_left -= 1;
        did_you_mean(id, ids).map(str::to_string)
    }

    /// Where a record with this id was first defined, for duplicate messages.
    fn first_at(here: Here, index: usize, line: u64) -> Msg {
        where_first(Here { index, line, ..here }.at(None), &here.at(None).file)
    }
}

/// `msg`, or when there is a suggestion the message `suggest_key` with the same
/// parameters and the suggestion (`diag-unknown-parent-suggest`).
fn with_suggestion(msg: Msg, suggest_key: &'static str, suggestion: Option<String>) -> Msg {
    match suggestion {
        Some(s) => Msg { key: suggest_key, ..msg }.arg("suggestion", s),
        None => msg,
    }
}

/// The code of a record that could not be read.
pub const UNREADABLE: &str = "unreadable-record";

/// A record that could not be read (see [`Unlisted::Unreadable`]): located at the
/// byte where reading stopped, with the record's path.
fn unreadable(src: &Sources, text: &str, list: &str, index: usize, at: usize, why: Unreadable) -> Diagnostic {
    let before = text.get(..at).unwrap_or(text);
    let line = before.bytes().filter(|&b| b == b'\n').count() as u64 + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) as u64 + 1;
    let key = match why {
        Unreadable::LoneSurrogate => "robust-lone-surrogate",
        Unreadable::NumberOutOfRange => "robust-number-out-of-range",
        Unreadable::Other => "robust-unreadable-record",
    };
    let loc = Location {
        file: src.main.clone(),
        line: Some(line),
        column: Some(column),
        path: Some(format!("{list}[{index}]")),
        ..Location::default()
    };
    Diagnostic::error(UNREADABLE, loc, Msg::new(key).arg("list", list.to_string()))
}

/// How a duplicate's message names where the first one was: its line, else its JSON
/// path, else its file; with the file's name when it is not `file`, the duplicate's
/// (a tie in `ties.csv` may repeat a `reports_to` of `people.csv`).
fn where_first(first: Location, file: &str) -> Msg {
    let other = first.file != file;
    match (first.line, first.path) {
        (Some(l), _) if other => Msg::new("diag-at-file-line").arg("file", first.file).arg("line", l),
        (Some(l), _) => Msg::new("diag-at-line").arg("line", l),
        (None, Some(p)) if other => Msg::new("diag-at-file-path").arg("file", first.file).arg("path", p),
        (None, Some(p)) => Msg::new("diag-at-path").arg("path", p),
        _ => Msg::new("diag-at-file").arg("file", first.file),
    }
}

/// Checks a raw map. Returns the map when there is no error, and every diagnostic
/// (errors and warnings) in the order found.
pub fn build(top: RawTop, text: &str, src: &Sources) -> (Option<Map>, Vec<Diagnostic>) {
    let (map, diags) = build_all(top, text, src);
    let ok = !diags.iter().any(Diagnostic::is_error);
    (ok.then_some(map), diags)
}

/// Checks a raw map, as [`build`], returning what was read of it even when there are
/// errors: every record accepted, without the values refused (for judging the
/// language a refused map is written in; never to be analysed).
pub fn build_all(top: RawTop, text: &str, src: &Sources) -> (Map, Vec<Diagnostic>) {
    let mut c =
        Checker { src, text, diags: Vec::new(), suggestions_left: MAX_SUGGESTIONS, person_spots: Vec::new() };
    let mut top = top;
    let root = Here { src, section: "", index: 0, line: 0 };
    c.shape::<RawTop>(root, top.not_object, &top.unknown);
    c.repeated(root, &top.repeated);
    if let Some(v) = c.field(root, "version", top.version.take())
        && v != crate::model::FORMAT_VERSION
    {
        c.error(
            "bad-version",
            root.at(Some("version")),
            Msg::new("diag-bad-version").arg("version", v).arg("supported", crate::model::FORMAT_VERSION),
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
    c.repeated(ctx_here, &ctx.repeated);
    map.context = Context {
        governance: c.field(ctx_here, "governance", ctx.governance.take()),
        purchase_share: c.field(ctx_here, "purchase_share", ctx.purchase_share.take()),
    };
    let grading_here = Here { section: "grading", ..root };
    let mut grading = std::mem::take(&mut top.grading);
    c.shape::<RawGrading>(grading_here, grading.not_object, &grading.unknown);
    c.repeated(grading_here, &grading.repeated);
    weights(&mut c, &mut map, std::mem::take(&mut grading.weights), grading_here);
    let unit_parents = units(&mut c, &mut map, std::mem::take(&mut top.units));
    let (ids, reports, people_cut) = people(&mut c, &mut map, std::mem::take(&mut top.people));
    resolve_unit_parents(&mut c, &mut map, unit_parents);
    ties::ties(&mut c, &mut map, std::mem::take(&mut top.ties), ids, reports, people_cut);
    ties::structure(&mut c, &map);
    (map, c.diags)
}

/// Reads an answer key's `grading.weights`: known section names, numbers ≥ 0. O(entries).
fn weights(c: &mut Checker, map: &mut Map, w: RawWeights, here: Here) {
    if let Some(found) = w.not_object {
        c.error(
            "not-an-object",
            here.at(Some("weights")),
            Msg::new("diag-weights-not-object").arg("found", Msg::new(found)),
        );
    }
    for (key, v) in w.entries {
        let loc = here.at(Some(&format!("weights.{key}")));
        let weight = match v {
            Val::Missing => None,
            Val::Ok(x) => Some(x.0),
            Val::Bad(msg) => {
                c.error("bad-value", loc.clone(), *msg);
                None
            }
        };
        match Section::parse(&key) {
            Err(msg) => c.error("bad-value", loc, msg),
            Ok(section) => {
                if let Some(x) = weight
                    && map.grading.weights.insert(section, x).is_some()
                {
                    c.error(
                        "duplicate-weight",
                        loc,
                        Msg::new("diag-duplicate-weight").arg("section", section.term()),
                    );
                }
            }
        }
    }
}

/// The grading note of a person or tie, if the key gave one.
fn item_note(optional: Option<bool>, explain: Option<Explain>) -> Option<ItemNote> {
    let optional = optional.unwrap_or(false);
    (optional || explain.is_some()).then_some(ItemNote { optional, explain, ..ItemNote::default() })
}

/// A reference to resolve once every record is known: the text, and where it was written.
struct Pending {
    ix: usize,
    text: String,
    loc: Location,
}

/// A unit's `parent`, to resolve once every unit is known: the unit, the text, and
/// where the unit was written (its index and line), from which the field's location
/// is made only for a message.
struct ParentRef {
    ix: UnitIx,
    text: String,
    index: usize,
    line: u64,
}

impl ParentRef {
    fn loc(&self, src: &Sources) -> Location {
        Here { src, section: "units", index: self.index, line: self.line }.at(Some("parent"))
    }
}

fn units(c: &mut Checker, map: &mut Map, raw: Records<RawUnit>) -> Vec<ParentRef> {
    let mut seen: FxHashMap<String, (usize, u64)> = FxHashMap::default();
    let mut parents = Vec::new();
    let listed = raw.for_each_piped(c.text, |i, mut r| {
        let here = Here { src: c.src, section: "units", index: i, line: r.line };
        c.shape::<RawUnit>(here, r.not_object, &r.unknown);
        c.repeated(here, &r.repeated);
        if r.not_object.is_some() {
            return;
        }
        let Some(id) = c.field(here, "id", r.id.take()) else {
            c.error("missing-id", here.at_field("id"), Msg::new("diag-unit-needs-id"));
            return;
        };
        if let Some(&(fi, fl)) = seen.get(&id) {
            let first = Checker::first_at(here, fi, fl);
            let msg = Msg::new("diag-duplicate-unit-id").arg("id", &id).arg("first", first);
            c.error("duplicate-id", here.at_field("id"), msg);
            return;
        }
        seen.insert(id.clone(), (i, r.line));
        let ix = map.units.len();
        if let Some(p) = c.field(here, "parent", r.parent.take()) {
            parents.push(ParentRef { ix, text: p, index: i, line: r.line });
        }
        map.units.push(Unit {
            id,
            name: c.field(here, "name", r.name.take()),
            parent: None,
            kind: c.field(here, "kind", r.kind.take()),
            contact: c.field(here, "contact", r.contact.take()).unwrap_or(Contact::Open),
        });
    });
    c.list_shape(listed, "units");
    parents
}

/// Resolves units' parents and refuses unknown parents and cycles. O(U).
fn resolve_unit_parents(c: &mut Checker, map: &mut Map, parents: Vec<ParentRef>) {
    let index: FxHashMap<&str, UnitIx> =
        map.units.iter().enumerate().map(|(i, u)| (u.id.as_str(), i)).collect();
    // In the order of the units (each has one parent at most).
    let mut resolved: Vec<(UnitIx, ParentRef)> = Vec::with_capacity(parents.len());
    for p in parents {
        match index.get(p.text.as_str()) {
            Some(&pi) if pi == p.ix => {
                let loc = p.loc(c.src);
                c.error("self-parent", loc, Msg::new("diag-self-parent").arg("unit", p.text))
            }
            Some(&pi) => resolved.push((pi, p)),
            None => {
                let loc = p.loc(c.src);
                let hint = c.suggest(&p.text, map.units.iter().map(|u| u.id.as_str()));
                let msg = Msg::new("diag-unknown-parent").arg("parent", p.text);
                c.error("unknown-id", loc, with_suggestion(msg, "diag-unknown-parent-suggest", hint));
            }
        }
    }
    drop(index);
    for (pi, p) in &resolved {
        map.units[p.ix].parent = Some(*pi);
    }
    // Each unit has at most one parent: follow the chain with colours to find cycles.
    let n = map.units.len();
    let mut state = vec![0u8; n]; // 0 new, 1 on the current chain, 2 done
    let mut chain = Vec::new();
    for start in 0..n {
        let mut u = start;
        loop {
            match state[u] {
                2 => break,
                1 => {
                    let pos = chain.iter().position(|&x| x == u).unwrap_or(0);
                    let names: Vec<&str> =
                        chain[pos..].iter().chain([&u]).map(|&x| map.units[x].id.as_str()).collect();
                    let loc = match resolved.binary_search_by_key(&u, |(_, p)| p.ix) {
                        Ok(at) => resolved[at].1.loc(c.src),
                        Err(_) => Location::file(c.src.main.clone()),
                    };
                    c.error("unit-cycle", loc, Msg::new("diag-unit-cycle").arg("cycle", names.join(" → ")));
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
        for x in chain.drain(..) {
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

/// Checks the people; returns their ids, the `reports_to` shorthands to resolve, and
/// the index of the record the reading stopped at, if one could not be read.
fn people(
    c: &mut Checker,
    map: &mut Map,
    raw: Records<RawPerson>,
) -> (PersonIds, Vec<Pending>, Option<usize>) {
    let capacity = raw.capacity_hint(c.text);
    let mut ids = PersonIds::with_capacity(capacity);
    map.people.reserve(capacity);
    c.person_spots.reserve(capacity);
    // The units defined are looked up by id, then those created for a person, then
    // the defined ones by name; the first of a repeated id or name counts.
    let defined = std::mem::take(&mut map.units);
    let mut unit_index: FxHashMap<&str, UnitIx> = FxHashMap::default();
    unit_index.reserve(defined.len());
    for (i, u) in defined.iter().enumerate() {
        unit_index.entry(u.id.as_str()).or_insert(i);
    }
    let mut by_name: FxHashMap<&str, UnitIx> = FxHashMap::default();
    for (i, u) in defined.iter().enumerate() {
        if let Some(n) = &u.name {
            by_name.entry(n.as_str()).or_insert(i);
        }
    }
    let mut created: Vec<Unit> = Vec::new();
    let mut created_index: FxHashMap<String, UnitIx> = FxHashMap::default();
    let mut reports = Vec::new();

    let listed = raw.for_each_piped(c.text, |i, mut r| {
        let here = Here { src: c.src, section: "people", index: i, line: r.line };
        c.shape::<RawPerson>(here, r.not_object, &r.unknown);
        c.repeated(here, &r.repeated);
        if r.not_object.is_some() {
            return;
        }
        let Some(id) = c.field(here, "id", r.id.take()) else {
            c.error("missing-id", here.at_field("id"), Msg::new("diag-person-needs-id"));
            report_person_fields(c, here, r);
            return;
        };
        let pix = map.people.len();
        if let Err(first) = ids.insert(&id, pix) {
            let (fi, fl) = c.person_spots[first];
            let first = Checker::first_at(here, fi, fl);
            let msg = Msg::new("diag-duplicate-person-id").arg("id", &id).arg("first", first);
            c.error("duplicate-id", here.at_field("id"), msg);
            report_person_fields(c, here, r);
            return;
        }
        let unit = c.field(here, "unit", r.unit.take()).map(|u| {
            let known = unit_index
                .get(u.as_str())
                .or_else(|| created_index.get(&u))
                .or_else(|| by_name.get(u.as_str()));
            if let Some(&ix) = known {
                return ix;
            }
            // A unit named by a person but not defined is created, with that name.
            if !defined.is_empty() && c.suggestions_left > 0 {
                let ids = defined.iter().map(|x| x.id.as_str());
                if let Some(s) = c.suggest(&u, ids) {
                    let msg = Msg::new("diag-created-unit-suggest").arg("unit", &u).arg("suggestion", s);
                    c.warn("created-unit", here.at_field("unit"), msg);
                }
            }
            let ix = defined.len() + created.len();
            created.push(Unit {
                id: u.clone(),
                name: None,
                parent: None,
                kind: None,
                contact: Contact::Open,
            });
            created_index.insert(u, ix);
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
            let msg = Msg::new("diag-unknown-competitor").arg("competitor", f);
            let msg = with_suggestion(msg, "diag-unknown-competitor-suggest", hint);
            c.warn("unknown-competitor", here.at_field("favors"), msg);
        }
        for m in c.field(here, "reports_to", r.reports_to.take()).unwrap_or_default() {
            reports.push(Pending { ix: pix, text: m, loc: here.at_field("reports_to") });
        }
        c.person_spots.push((i, r.line));
        let optional = c.field(here, "optional", r.optional.take());
        let explain = c.field(here, "explain", r.explain.0.take());
        let by_field = [
            c.field(here, "explain_roles", r.explain_roles.0.take()),
            c.field(here, "explain_stance", r.explain_stance.0.take()),
            c.field(here, "explain_relationship", r.explain_relationship.0.take()),
        ];
        let note = match item_note(optional, explain) {
            None if by_field.iter().any(Option::is_some) => Some(ItemNote::default()),
            n => n,
        };
        if let Some(mut n) = note {
            [n.explain_roles, n.explain_stance, n.explain_relationship] = by_field;
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
            contact: c.field(here, "contact", r.contact.take()).unwrap_or(Contact::Open),
            notes: c.field(here, "notes", r.notes.take()),
            id,
        });
    });
    drop((unit_index, by_name, created_index));
    map.units = defined;
    map.units.append(&mut created);
    // Where the people stopped being read, if a record could not be.
    let cut = match &listed {
        Err(Unlisted::Unreadable { index, .. }) => Some(*index),
        _ => None,
    };
    c.list_shape(listed, "people");
    (ids, reports, cut)
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
    c.field(here, "contact", r.contact.take());
    c.field(here, "notes", r.notes.take());
    c.field(here, "reports_to", r.reports_to.take());
}

/// Drops the repeats of each item after its first. O(n · k) for k distinct items (a
/// person's roles or interests: a handful of kinds).
fn dedup_keep_order<T: PartialEq + Copy>(v: &mut Vec<T>) {
    if v.len() < 2 {
        return;
    }
    let mut out: Vec<T> = Vec::with_capacity(v.len());
    for &x in v.iter() {
        if !out.contains(&x) {
            out.push(x);
        }
    }
    *v = out;
}
