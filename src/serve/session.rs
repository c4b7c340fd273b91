//! The map being edited in the workspace: its JSON document, undo and redo, where it
//! came from and how it is saved. Every edit is applied to a copy of the document and
//! loaded with the same loader and validation as a file ([`whatif::load_doc`]); an edit
//! the loader refuses changes nothing and its problems go back to the page.

use serde::Deserialize;
use serde_json::{Map as JsonObject, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::i18n::Msg;
use crate::load::{self, LoadError, Loaded};
use crate::model::Map;
use crate::vocab::Lang;
use crate::whatif::{self, Assumption};

pub use super::form::Form;

/// The most undo steps kept.
const MAX_UNDO: usize = 200;

/// One edit from the page. Edits that are also what-if assumptions share their code.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Edit {
    /// An assumption made real: set a person's field, add or remove a tie, set context.
    Assume {
        /// The assumption.
        assumption: Assumption,
    },
    /// Add a person with an id (and optionally a name and unit).
    AddPerson {
        /// The new id.
        id: String,
        /// The name.
        #[serde(default)]
        name: Option<String>,
        /// The unit's id.
        #[serde(default)]
        unit: Option<String>,
    },
    /// Remove a person and every tie they are in.
    RemovePerson {
        /// The id.
        id: String,
    },
    /// Add a unit.
    AddUnit {
        /// The new id.
        id: String,
        /// The name.
        #[serde(default)]
        name: Option<String>,
        /// The enclosing unit's id.
        #[serde(default)]
        parent: Option<String>,
    },
    /// Rename a unit or move it under another.
    SetUnit {
        /// The unit's id.
        id: String,
        /// `name` or `parent`.
        field: String,
        /// The value; absent or empty clears it.
        #[serde(default)]
        value: Option<String>,
    },
    /// Remove a unit; its people and sub-units move to its parent.
    RemoveUnit {
        /// The id.
        id: String,
    },
    /// Change a tie, by its index in the document's `ties`.
    SetTie {
        /// The index.
        index: usize,
        /// `kind`, `strength`, `dotted` or `note`.
        field: String,
        /// The value; absent or empty clears it.
        #[serde(default)]
        value: Option<String>,
    },
    /// Remove a tie by its index in the document's `ties`.
    RemoveTieAt {
        /// The index.
        index: usize,
    },
    /// Set the account's name or opportunity.
    SetAccount {
        /// `account` or `opportunity`.
        field: String,
        /// The value; absent or empty clears it.
        #[serde(default)]
        value: Option<String>,
    },
}

/// Why an edit was not made.
#[derive(Debug, Clone, PartialEq)]
pub enum EditError {
    /// The edit names something not in the map, or a field that does not exist.
    Refused(Msg),
    /// The edited map is one the loader refuses: every problem, located.
    Invalid(Vec<Diagnostic>),
}

fn objects<'a>(doc: &'a mut Value, key: &str) -> Option<&'a mut Vec<Value>> {
    doc.as_object_mut()?.entry(key).or_insert_with(|| Value::Array(Vec::new())).as_array_mut()
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("id").and_then(Value::as_str)
}

fn clean(v: &Option<String>) -> Option<String> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

fn set_or_clear(o: &mut JsonObject<String, Value>, field: &str, value: Option<Value>) {
    match value {
        Some(v) => {
            o.insert(field.to_string(), v);
        }
        None => {
            o.remove(field);
        }
    }
}

fn not_found(what: &str, id: &str) -> Msg {
    let key = match what {
        "person" => "serve-no-person",
        "unit" => "serve-no-unit",
        _ => "serve-no-tie",
    };
    Msg::new(key).arg("id", id)
}

/// Applies one edit to a document (shape only; the loader checks the values).
pub fn apply(doc: &mut Value, e: &Edit) -> Result<(), Msg> {
    if !doc.is_object() {
        *doc = Value::Object(JsonObject::new());
    }
    let bad_field = |f: &str| Msg::new("serve-bad-field").arg("field", f);
    match e {
        Edit::Assume { assumption } => whatif::apply(doc, assumption)?,
        Edit::AddPerson { id, name, unit } => {
            let mut p = JsonObject::new();
            p.insert("id".into(), id.trim().into());
            if let Some(n) = clean(name) {
                p.insert("name".into(), n.into());
            }
            if let Some(u) = clean(unit) {
                p.insert("unit".into(), u.into());
            }
            objects(doc, "people").ok_or_else(|| bad_field("people"))?.push(Value::Object(p));
        }
        Edit::RemovePerson { id } => {
            let people = objects(doc, "people").ok_or_else(|| bad_field("people"))?;
            let before = people.len();
            people.retain(|p| id_of(p) != Some(id.as_str()));
            if people.len() == before {
                return Err(not_found("person", id));
            }
            if let Some(ties) = objects(doc, "ties") {
                ties.retain(|t| {
                    t.get("from").and_then(Value::as_str) != Some(id.as_str())
                        && t.get("to").and_then(Value::as_str) != Some(id.as_str())
                });
            }
        }
        Edit::AddUnit { id, name, parent } => {
            let mut u = JsonObject::new();
            u.insert("id".into(), id.trim().into());
            if let Some(n) = clean(name) {
                u.insert("name".into(), n.into());
            }
            if let Some(p) = clean(parent) {
                u.insert("parent".into(), p.into());
            }
            objects(doc, "units").ok_or_else(|| bad_field("units"))?.push(Value::Object(u));
        }
        Edit::SetUnit { id, field, value } => {
            if !["name", "parent", "kind", "contact"].contains(&field.as_str()) {
                return Err(bad_field(field));
            }
            let units = objects(doc, "units").ok_or_else(|| bad_field("units"))?;
            let u = units
                .iter_mut()
                .find(|u| id_of(u) == Some(id.as_str()))
                .and_then(Value::as_object_mut)
                .ok_or_else(|| not_found("unit", id))?;
            set_or_clear(u, field, clean(value).map(Value::String));
        }
        Edit::RemoveUnit { id } => {
            let units = objects(doc, "units").ok_or_else(|| bad_field("units"))?;
            let pos = units
                .iter()
                .position(|u| id_of(u) == Some(id.as_str()))
                .ok_or_else(|| not_found("unit", id))?;
            let removed = units.remove(pos);
            let parent = removed.get("parent").cloned();
            let rehome = |o: &mut Value, key: &str| {
                if let Some(obj) = o.as_object_mut()
                    && obj.get(key).and_then(Value::as_str) == Some(id.as_str())
                {
                    set_or_clear(obj, key, parent.clone());
                }
            };
            for u in units.iter_mut() {
                rehome(u, "parent");
            }
            if let Some(people) = objects(doc, "people") {
                for p in people.iter_mut() {
                    rehome(p, "unit");
                }
            }
        }
        Edit::SetTie { index, field, value } => {
            let v = match field.as_str() {
                "kind" | "note" => clean(value).map(Value::String),
                "strength" => {
                    clean(value).map(|s| s.parse::<i64>().map(Value::from).unwrap_or(Value::String(s)))
                }
                "dotted" => Some(Value::Bool(clean(value).as_deref() == Some("true"))),
                other => return Err(bad_field(other)),
            };
            let ties = objects(doc, "ties").ok_or_else(|| bad_field("ties"))?;
            let t = ties
                .get_mut(*index)
                .and_then(Value::as_object_mut)
                .ok_or_else(|| not_found("tie", &index.to_string()))?;
            set_or_clear(t, field, v);
        }
        Edit::RemoveTieAt { index } => {
            let ties = objects(doc, "ties").ok_or_else(|| bad_field("ties"))?;
            if *index >= ties.len() {
                return Err(not_found("tie", &index.to_string()));
            }
            ties.remove(*index);
        }
        Edit::SetAccount { field, value } => {
            if !["account", "opportunity"].contains(&field.as_str()) {
                return Err(bad_field(field));
            }
            let o = doc.as_object_mut().ok_or_else(|| bad_field(field))?;
            set_or_clear(o, field, clean(value).map(Value::String));
        }
    }
    Ok(())
}

/// A short fingerprint of a file's bytes (FNV-1a, 64 bits): enough to tell that the
/// file changed on disk since it was loaded.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The map being edited.
#[derive(Debug)]
pub struct Session {
    /// The name the map goes by in messages.
    pub name: String,
    /// The file it came from and is saved to (none for the built-in case).
    pub file: Option<PathBuf>,
    /// How it is saved.
    pub form: Form,
    /// The file's fingerprint when it was loaded or last saved.
    pub disk: Option<u64>,
    /// The current document (canonical JSON) and the map it loads as.
    pub doc: Value,
    /// The map the document loads as.
    pub map: Map,
    /// The loader's warnings about it.
    pub warnings: Vec<Diagnostic>,
    /// The document as last saved (or loaded).
    pub saved: Value,
    /// Earlier documents, the most recent last.
    pub undo: Vec<Value>,
    /// Undone documents, the most recent last.
    pub redo: Vec<Value>,
    /// The language of the page's words.
    pub lang: Lang,
    /// The language the file is written in, as the loader judged it (a CSV's headers,
    /// a workbook's sheets): a save writes it in the same.
    pub file_lang: Option<Lang>,
    /// The JSON paths of the fields of the file the loader does not know: a JSON save
    /// keeps them.
    pub unknown: BTreeSet<String>,
    /// A training session (the page asks for the exercise's case).
    pub training: bool,
    /// The units drawn collapsed (a way of looking: not part of the document).
    pub collapsed: BTreeSet<String>,
    /// Bumped by every change, so the page can tell a stale answer.
    pub version: u64,
}

impl Session {
    /// A session over a map already loaded from `file` (none for the built-in case).
    pub fn new(loaded: Loaded, file: Option<PathBuf>, form: Form, disk: Option<u64>, lang: Lang) -> Session {
        let doc = whatif::to_doc(&loaded.map);
        Session {
            training: false,
            collapsed: super::collapse::initial(&loaded.map),
            file_lang: loaded.lang,
            unknown: super::shape::unknown_paths(&loaded.warnings),
            name: loaded.name,
            file,
            form,
            disk,
            saved: doc.clone(),
            doc,
            map: loaded.map,
            warnings: loaded.warnings,
            undo: Vec::new(),
            redo: Vec::new(),
            lang,
            version: 0,
        }
    }

    /// Loads the map at `path` (or the built-in case) for editing.
    pub fn open(path: Option<&Path>, lang: Option<Lang>) -> Result<Session, LoadError> {
        match path {
            None => {
                let loaded = load::load_json_str(load::EMBEDDED_MAP, load::EMBEDDED_NAME)?;
                let lang = lang.or_else(|| loaded.map.language()).unwrap_or_default();
                Ok(Session::new(loaded, None, Form::Builtin, None, lang))
            }
            Some(p) => {
                let loaded = load::load_path(p)?;
                let lang = lang.or_else(|| loaded.map.language()).or_else(Lang::from_env).unwrap_or_default();
                let (form, file) = Form::of(p);
                let disk = super::save::disk_fingerprint(form, &file);
                Ok(Session::new(loaded, Some(file), form, disk, lang))
            }
        }
    }

    /// Are there edits not yet saved?
    pub fn dirty(&self) -> bool {
        self.doc != self.saved
    }

    /// Makes `doc` the current document if the loader accepts it.
    fn replace(&mut self, doc: Value) -> Result<(), EditError> {
        let loaded = whatif::load_doc(&doc, &self.name).map_err(EditError::Invalid)?;
        let old = std::mem::replace(&mut self.doc, doc);
        self.undo.push(old);
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.map = loaded.map;
        self.warnings = loaded.warnings;
        self.version += 1;
        Ok(())
    }

    /// Applies edits, all or none.
    pub fn edit(&mut self, edits: &[Edit]) -> Result<(), EditError> {
        let mut doc = self.doc.clone();
        for e in edits {
            apply(&mut doc, e).map_err(EditError::Refused)?;
        }
        if doc == self.doc {
            return Ok(());
        }
        self.replace(doc)
    }

    /// Steps back (`back`) or forward through the edits; false when there is nothing to do.
    pub fn step(&mut self, back: bool) -> bool {
        let (from, to) =
            if back { (&mut self.undo, &mut self.redo) } else { (&mut self.redo, &mut self.undo) };
        let Some(doc) = from.pop() else { return false };
        match whatif::load_doc(&doc, &self.name) {
            Ok(l) => {
                to.push(std::mem::replace(&mut self.doc, doc));
                self.map = l.map;
                self.warnings = l.warnings;
                self.version += 1;
                true
            }
            // Every document on the stacks loaded once; if one no longer does, drop it.
            Err(_) => false,
        }
    }

    /// Replaces the document with the file as it is on disk now (an undoable step).
    pub fn reload(&mut self) -> Result<(), EditError> {
        let Some(p) = self.file.clone() else { return Ok(()) };
        let loaded = match load::load_path(&p) {
            Ok(l) => l,
            Err(LoadError::Invalid { diagnostics, .. }) => return Err(EditError::Invalid(diagnostics)),
            Err(LoadError::Io { path, source }) => {
                return Err(EditError::Refused(
                    Msg::new("serve-read-failed").arg("file", path).arg("reason", source.to_string()),
                ));
            }
        };
        let doc = whatif::to_doc(&loaded.map);
        self.disk = super::save::disk_fingerprint(self.form, &p);
        self.unknown = super::shape::unknown_paths(&loaded.warnings);
        self.replace(doc.clone())?;
        self.saved = doc;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> Session {
        Session::open(None, Some(Lang::En)).unwrap()
    }

    fn set(person: &str, field: &str, value: &str) -> Edit {
        Edit::Assume {
            assumption: Assumption::Set {
                person: person.into(),
                field: field.into(),
                value: Some(value.into()),
            },
        }
    }

    #[test]
    fn an_edit_is_checked_by_the_loader_and_refused_whole() {
        let mut s = session();
        let before = s.doc.clone();
        let e = s.edit(&[set("liu", "stance", "supporter"), set("ma", "stance", "nonsense")]).unwrap_err();
        assert!(matches!(&e, EditError::Invalid(d) if d.iter().any(Diagnostic::is_error)), "{e:?}");
        assert_eq!(s.doc, before);
        assert!(!s.dirty());
        s.edit(&[set("liu", "stance", "supporter")]).unwrap();
        assert!(s.dirty());
        assert_eq!(s.map.people[s.map.person_ix("liu").unwrap()].stance, crate::vocab::Stance::Supporter);
    }

    #[test]
    fn undo_and_redo_walk_the_edits() {
        let mut s = session();
        s.edit(&[set("liu", "stance", "supporter")]).unwrap();
        s.edit(&[Edit::AddPerson { id: "new".into(), name: Some("新人".into()), unit: None }]).unwrap();
        assert!(s.map.person_ix("new").is_some());
        assert!(s.step(true));
        assert!(s.map.person_ix("new").is_none());
        assert!(s.step(true));
        assert!(!s.dirty());
        assert!(!s.step(true));
        assert!(s.step(false));
        assert!(s.dirty());
        // A new edit after an undo drops the redo.
        s.edit(&[set("ma", "stance", "supporter")]).unwrap();
        assert!(!s.step(false));
    }

    #[test]
    fn removing_a_person_removes_their_ties_and_removing_a_unit_rehomes_its_people() {
        let mut s = session();
        let ties = s.map.ties.len();
        s.edit(&[Edit::RemovePerson { id: "liu".into() }]).unwrap();
        assert!(s.map.person_ix("liu").is_none());
        assert!(s.map.ties.len() < ties);
        let unit = s.map.people[s.map.person_ix("huang").unwrap()].unit.unwrap();
        let uid = s.map.units[unit].id.clone();
        s.edit(&[Edit::RemoveUnit { id: uid.clone() }]).unwrap();
        assert!(s.map.units.iter().all(|u| u.id != uid));
        assert_eq!(
            s.edit(&[Edit::RemoveUnit { id: uid.clone() }]).unwrap_err(),
            EditError::Refused(not_found("unit", &uid))
        );
    }

    #[test]
    fn a_duplicate_id_is_refused_with_the_loaders_message() {
        let mut s = session();
        let e = s.edit(&[Edit::AddPerson { id: "liu".into(), name: None, unit: None }]).unwrap_err();
        let EditError::Invalid(d) = e else { panic!() };
        assert!(d.iter().any(|d| d.is_error()));
    }
}
