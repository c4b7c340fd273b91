//! The validated map: one customer account's buying organization (people, units, ties).
//! Ties and units refer to each other by index, resolved and checked by the loader; the
//! model knows nothing of graphs, files or output formats.

use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};
use std::collections::BTreeMap;

use crate::vocab::{
    Adaptability, Contact, Expertise, Governance, Interest, PurchaseShare, Relationship, Role, Section, Side,
    Stance, Strength, Style, TieKind, UnitKind, Vocab,
};

/// The version of the map format this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// Index of a person in [`Map::people`].
pub type PersonIx = usize;
/// Index of a unit in [`Map::units`].
pub type UnitIx = usize;

/// A validated map. Every index in it is in range; ids are unique.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Map {
    /// The customer account (客户).
    pub account: Option<String>,
    /// The opportunity this map is for (项目/商机).
    pub opportunity: Option<String>,
    /// Competitors in this opportunity.
    pub competitors: Vec<String>,
    /// The account-level bases for finding the key person.
    pub context: Context,
    /// Organizational units, in file order.
    pub units: Vec<Unit>,
    /// People, in file order.
    pub people: Vec<Person>,
    /// Ties between people, in file order.
    pub ties: Vec<Tie>,
    /// What an answer key says about grading (weights, optional items, explanations);
    /// empty for an ordinary map. Only `powermap grade` reads it.
    pub grading: Grading,
}

/// The grading annotations of an answer key. They are kept beside the people and ties
/// (keyed by index) rather than in them, so that [`Person`] and [`Tie`] stay what an
/// account map needs; every other command ignores them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grading {
    /// Section weights as the key states them (`grading.weights`); sections not named
    /// keep their default weight.
    pub weights: BTreeMap<Section, f64>,
    /// Notes on people, by index into [`Map::people`].
    pub people: BTreeMap<PersonIx, ItemNote>,
    /// Notes on ties, by index into [`Map::ties`].
    pub ties: BTreeMap<usize, ItemNote>,
}

/// What a key says about one person or tie.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemNote {
    /// `"optional": true`: a trainee who misses it loses nothing (and gains credit for it).
    pub optional: bool,
    /// `"explain"`: shown to a trainee who misses it or gets it wrong.
    pub explain: Option<Explain>,
    /// `"explain_roles"`: shown, instead of `explain`, for a person's roles got wrong.
    pub explain_roles: Option<Explain>,
    /// `"explain_stance"`: shown, instead of `explain`, for a person's stance got wrong.
    pub explain_stance: Option<Explain>,
    /// `"explain_relationship"`: shown, instead of `explain`, for a relationship stage
    /// got wrong.
    pub explain_relationship: Option<Explain>,
}

/// An explanation in an answer key: one text, or a text for each language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Explain {
    /// `"explain": "…"`: the same text whatever the report's language.
    Same(String),
    /// `"explain": {"en": "…", "zh": "…"}`: at least one of them.
    ByLang {
        /// English.
        en: Option<String>,
        /// Chinese.
        zh: Option<String>,
    },
}

impl Explain {
    /// The text for a report in `lang`, else the other language's.
    pub fn get(&self, lang: crate::vocab::Lang) -> &str {
        match self {
            Explain::Same(s) => s,
            Explain::ByLang { en, zh } => {
                let (first, second) = match lang {
                    crate::vocab::Lang::En => (en, zh),
                    crate::vocab::Lang::Zh | crate::vocab::Lang::ZhHant => (zh, en),
                };
                first.as_deref().or(second.as_deref()).unwrap_or("")
            }
        }
    }
}

impl Serialize for Explain {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Explain::Same(t) => s.serialize_str(t),
            Explain::ByLang { en, zh } => {
                let mut m = BTreeMap::new();
                if let Some(e) = en {
                    m.insert("en", e);
                }
                if let Some(z) = zh {
                    m.insert("zh", z);
                }
                m.serialize(s)
            }
        }
    }
}

impl Grading {
    /// The note on a person, if any.
    pub fn person(&self, p: PersonIx) -> Option<&ItemNote> {
        self.people.get(&p)
    }

    /// The note on a tie, if any.
    pub fn tie(&self, t: usize) -> Option<&ItemNote> {
        self.ties.get(&t)
    }
}

/// The seed's bases that belong to the account rather than to a person.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Context {
    /// Basis 1: how centralized decisions are.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub governance: Option<Governance>,
    /// Basis 4: this purchase's share of all purchasing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub purchase_share: Option<PurchaseShare>,
}

/// An organizational unit (department, subsidiary, outside body, committee).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Unique among units.
    pub id: String,
    /// Display name; the id when absent.
    pub name: Option<String>,
    /// The enclosing unit.
    pub parent: Option<UnitIx>,
    /// What kind of unit.
    pub kind: Option<UnitKind>,
    /// Off limits (勿接触): nobody in the unit or below it is approached.
    pub contact: Contact,
}

impl Unit {
    /// The name to show.
    pub fn display_name(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.id)
    }
}

/// A person in or around the buying organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Unique among people; what ties refer to.
    pub id: String,
    /// Display name; the id when absent.
    pub name: Option<String>,
    /// Job title (职务).
    pub title: Option<String>,
    /// The unit the person belongs to.
    pub unit: Option<UnitIx>,
    /// Customer (default), ours, partner or competitor.
    pub side: Side,
    /// Rank as written in the file, 1 = top executive (see the graph for derived levels).
    pub level: Option<u32>,
    /// Purchase roles, in the order written, without repeats.
    pub roles: Vec<Role>,
    /// Stance toward us.
    pub stance: Stance,
    /// The competitor the person leans to.
    pub favors: Option<String>,
    /// Our relationship stage with the person.
    pub relationship: Relationship,
    /// Basis 2: technical, business or general.
    pub expertise: Option<Expertise>,
    /// Basis 3: directive, consultative or delegating.
    pub style: Option<Style>,
    /// Attitude to innovation.
    pub adaptability: Option<Adaptability>,
    /// What the person wants, organizational and personal.
    pub interests: Vec<Interest>,
    /// Off limits (勿接触): no route or step targets the person or passes through them.
    pub contact: Contact,
    /// Free text.
    pub notes: Option<String>,
}

impl Person {
    /// A person with only an id; every other field at its default.
    pub fn new(id: impl Into<String>) -> Person {
        Person {
            id: id.into(),
            name: None,
            title: None,
            unit: None,
            side: Side::Customer,
            level: None,
            roles: Vec::new(),
            stance: Stance::Unknown,
            favors: None,
            relationship: Relationship::None,
            expertise: None,
            style: None,
            adaptability: None,
            interests: Vec::new(),
            contact: Contact::Open,
            notes: None,
        }
    }

    /// The name to show.
    pub fn display_name(&self) -> &str {
        self.name.as_deref().unwrap_or(&self.id)
    }

    /// Does the person hold this role?
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

/// A directed or symmetric tie between two different people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tie {
    /// For `reports_to`, the subordinate; for `influences`, the one who sways.
    pub from: PersonIx,
    /// For `reports_to`, the superior; for `influences`, the one swayed.
    pub to: PersonIx,
    /// What the tie is.
    pub kind: TieKind,
    /// 1 weak … 3 strong.
    pub strength: Strength,
    /// A dotted-line (secondary) reporting line.
    pub dotted: bool,
    /// Free text.
    pub note: Option<Box<str>>,
}

impl Map {
    /// Who is off limits, by person: marked `do_not_contact` themselves, or in a unit so
    /// marked or below one (our own people never are). O(P · depth of units).
    pub fn off_limits(&self) -> Vec<bool> {
        let unit_off: Vec<bool> = (0..self.units.len())
            .map(|u| {
                let mut x = Some(u);
                let mut hops = 0;
                while let Some(i) = x {
                    if self.units[i].contact == Contact::DoNotContact {
                        return true;
                    }
                    hops += 1;
                    if hops > self.units.len() {
                        break;
                    }
                    x = self.units[i].parent;
                }
                false
            })
            .collect();
        self.people
            .iter()
            .map(|p| {
                p.side != Side::Ours
                    && (p.contact == Contact::DoNotContact || p.unit.is_some_and(|u| unit_off[u]))
            })
            .collect()
    }

    /// The index of the person with this id. O(n); analyses build their own index.
    pub fn person_ix(&self, id: &str) -> Option<PersonIx> {
        self.people.iter().position(|p| p.id == id)
    }

    /// The language the map is written in, judged by its names, titles, units and
    /// account ([`Lang::of_text`]); `None` when it has no letters at all.
    pub fn language(&self) -> Option<crate::i18n::Lang> {
        let texts = self
            .people
            .iter()
            .flat_map(|p| [p.name.as_deref(), p.title.as_deref()])
            .chain(self.units.iter().map(|u| u.name.as_deref()))
            .chain([self.account.as_deref()])
            .flatten();
        crate::i18n::Lang::of_text(texts)
    }

    /// Does most of the map's human-written text look Chinese (either script)?
    pub fn looks_chinese(&self) -> bool {
        self.language().is_some_and(|l| l.is_chinese())
    }
}

/// Is this a CJK ideograph or CJK punctuation / full-width form?
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3000..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF
        | 0x20000..=0x2FA1F)
}

// ---- canonical JSON (the format's own form: ids, English values) ----

impl Serialize for Map {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Map", 9)?;
        st.serialize_field("version", &FORMAT_VERSION)?;
        if let Some(a) = &self.account {
            st.serialize_field("account", a)?;
        }
        if let Some(o) = &self.opportunity {
            st.serialize_field("opportunity", o)?;
        }
        if !self.competitors.is_empty() {
            st.serialize_field("competitors", &self.competitors)?;
        }
        if self.context != Context::default() {
            st.serialize_field("context", &self.context)?;
        }
        if !self.grading.weights.is_empty() {
            let weights: BTreeMap<&str, f64> =
                self.grading.weights.iter().map(|(k, v)| (k.as_str(), *v)).collect();
            let mut g = BTreeMap::new();
            g.insert("weights", weights);
            st.serialize_field("grading", &g)?;
        }
        let units: Vec<UnitOut> = self.units.iter().map(|u| UnitOut { u, map: self }).collect();
        st.serialize_field("units", &units)?;
        let people: Vec<PersonOut> =
            self.people.iter().enumerate().map(|(ix, p)| PersonOut { p, ix, map: self }).collect();
        st.serialize_field("people", &people)?;
        let ties: Vec<TieOut> =
            self.ties.iter().enumerate().map(|(ix, t)| TieOut { t, ix, map: self }).collect();
        st.serialize_field("ties", &ties)?;
        st.end()
    }
}

/// The grading fields of a person or tie in an answer key.
fn note_fields<S: SerializeStruct>(st: &mut S, note: Option<&ItemNote>) -> Result<(), S::Error> {
    if let Some(n) = note {
        if n.optional {
            st.serialize_field("optional", &true)?;
        }
        if let Some(e) = &n.explain {
            st.serialize_field("explain", e)?;
        }
        if let Some(e) = &n.explain_roles {
            st.serialize_field("explain_roles", e)?;
        }
        if let Some(e) = &n.explain_stance {
            st.serialize_field("explain_stance", e)?;
        }
        if let Some(e) = &n.explain_relationship {
            st.serialize_field("explain_relationship", e)?;
        }
    }
    Ok(())
}

struct UnitOut<'a> {
    u: &'a Unit,
    map: &'a Map,
}

impl Serialize for UnitOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let u = self.u;
        let mut st = s.serialize_struct("Unit", 5)?;
        st.serialize_field("id", &u.id)?;
        if let Some(n) = &u.name {
            st.serialize_field("name", n)?;
        }
        if let Some(p) = u.parent {
            st.serialize_field("parent", &self.map.units[p].id)?;
        }
        if let Some(k) = u.kind {
            st.serialize_field("kind", &k)?;
        }
        if u.contact != Contact::Open {
            st.serialize_field("contact", &u.contact)?;
        }
        st.end()
    }
}

struct PersonOut<'a> {
    p: &'a Person,
    ix: PersonIx,
    map: &'a Map,
}

impl Serialize for PersonOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.p;
        let mut st = s.serialize_struct("Person", 18)?;
        st.serialize_field("id", &p.id)?;
        macro_rules! opt {
            ($key:literal, $v:expr) => {
                if let Some(v) = $v {
                    st.serialize_field($key, v)?;
                }
            };
        }
        opt!("name", &p.name);
        opt!("title", &p.title);
        opt!("unit", p.unit.map(|u| &self.map.units[u].id));
        if p.side != Side::Customer {
            st.serialize_field("side", &p.side)?;
        }
        opt!("level", &p.level);
        if !p.roles.is_empty() {
            st.serialize_field("roles", &p.roles)?;
        }
        if p.stance != Stance::Unknown {
            st.serialize_field("stance", &p.stance)?;
        }
        opt!("favors", &p.favors);
        if p.relationship != Relationship::None {
            st.serialize_field("relationship", &p.relationship.value())?;
        }
        opt!("expertise", &p.expertise);
        opt!("style", &p.style);
        opt!("adaptability", &p.adaptability);
        if !p.interests.is_empty() {
            st.serialize_field("interests", &p.interests)?;
        }
        if p.contact != Contact::Open {
            st.serialize_field("contact", &p.contact)?;
        }
        opt!("notes", &p.notes);
        note_fields(&mut st, self.map.grading.person(self.ix))?;
        st.end()
    }
}

struct TieOut<'a> {
    t: &'a Tie,
    ix: usize,
    map: &'a Map,
}

impl Serialize for TieOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.t;
        let mut st = s.serialize_struct("Tie", 8)?;
        st.serialize_field("from", &self.map.people[t.from].id)?;
        st.serialize_field("to", &self.map.people[t.to].id)?;
        st.serialize_field("kind", &t.kind)?;
        if t.strength != Strength::Medium {
            st.serialize_field("strength", &t.strength.value())?;
        }
        if t.dotted {
            st.serialize_field("dotted", &true)?;
        }
        if let Some(n) = &t.note {
            st.serialize_field("note", n)?;
        }
        note_fields(&mut st, self.map.grading.tie(self.ix))?;
        st.end()
    }
}
