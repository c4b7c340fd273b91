//! Training mode (`powermap serve --exercise NAME [--class DIR]`): the page shows the
//! case text and an empty map (or the start map of a before-and-after exercise), the
//! trainee draws, and "grade" grades the drawing against the built-in key. The key is
//! read only when grading, so nothing the page is sent before then carries it.
//!
//! With `--class DIR` every trainee first gives their name; their attempt is their own
//! session, saved as `DIR/<name>.json` (atomically, earlier versions kept in
//! `DIR/.powermap/history/`), so the trainer grades the class afterwards with
//! `powermap grade --exercise NAME DIR/<name>.json`. The name is checked letter by letter
//! ([`trainee_file`]): it never carries a path from the request.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};

use super::session::{Form, Session, fingerprint};
use crate::i18n::Msg;
use crate::load::{self, Loaded};
use crate::train::exercise::{Exercise, HintLevel};
use crate::train::{grade, grade_out};
use crate::vocab::Lang;

/// The longest trainee name, in characters.
pub const MAX_NAME: usize = 40;
/// The most trainees one class server keeps sessions for.
pub const MAX_TRAINEES: usize = 500;

/// What training mode knows: the exercise, how much help the case shows, the class folder.
#[derive(Debug, Clone)]
pub struct Training {
    /// The exercise.
    pub exercise: &'static Exercise,
    /// The hint level of the case text shown.
    pub hints: HintLevel,
    /// Where attempts are saved, one file per trainee (none: nothing is saved).
    pub class: Option<PathBuf>,
}

/// The sessions of a class, by trainee name.
#[derive(Debug, Default)]
pub struct Class {
    /// Each trainee's drawing.
    pub trainees: BTreeMap<String, Session>,
}

/// The map a trainee starts from: the exercise's start map, else an empty one.
pub fn start(ex: &Exercise, lang: Lang) -> Session {
    let text = ex.start.unwrap_or("{\"people\": []}\n");
    let name = format!("{}.json", ex.name);
    let loaded = load::load_json_str(text, &name).unwrap_or_else(|_| Loaded {
        name: name.clone(),
        map: crate::model::Map::default(),
        warnings: Vec::new(),
        lang: None,
    });
    let mut s = Session::new(loaded, None, Form::Builtin, None, lang);
    s.training = true;
    s
}

/// The file name (without `.json`) for a trainee's name, or why the name is refused.
/// Letters and digits of any script, spaces, `-`, `_` and `.` inside; no leading dot,
/// at most [`MAX_NAME`] characters, no device name of Windows. Spaces become `_`.
pub fn trainee_file(name: &str) -> Result<String, Msg> {
    let n = name.trim();
    let bad = || Msg::new("serve-bad-trainee").arg("name", name).arg("max", MAX_NAME);
    let count = n.chars().count();
    if count == 0 || count > MAX_NAME || n.starts_with('.') || n.ends_with('.') {
        return Err(bad());
    }
    if !n.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.')) {
        return Err(bad());
    }
    let stem: String = n.split_whitespace().collect::<Vec<_>>().join("_");
    let upper = stem.split('.').next().unwrap_or("").to_ascii_uppercase();
    let device = matches!(upper.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (upper.len() == 4
            && (upper.starts_with("COM") || upper.starts_with("LPT"))
            && upper.as_bytes()[3].is_ascii_digit());
    if device {
        return Err(bad());
    }
    Ok(stem)
}

/// A trainee's session: their saved attempt in the class folder when there is one
/// (they come back to it), else the exercise's start.
pub fn trainee_session(t: &Training, dir: &Path, stem: &str, lang: Lang) -> Session {
    let file = dir.join(format!("{stem}.json"));
    let mut s = match std::fs::read(&file) {
        Ok(bytes) => match load::load_path(&file) {
            Ok(loaded) => Session::new(loaded, None, Form::Json, Some(fingerprint(&bytes)), lang),
            // An attempt that no longer loads is kept: the first save snapshots it.
            Err(_) => {
                let mut s = start(t.exercise, lang);
                s.disk = Some(fingerprint(&bytes));
                s
            }
        },
        Err(_) => start(t.exercise, lang),
    };
    s.form = Form::Json;
    s.training = true;
    s.name = format!("{stem}.json");
    s.file = Some(file);
    s
}

/// What the page shows of the exercise: its name, title and case text — never the key.
pub fn exercise_view(t: &Training, lang: Lang, trainee: Option<&str>) -> Value {
    json!({
        "name": t.exercise.name,
        "title": t.exercise.title(lang),
        "case": t.exercise.case_with_hints(lang, t.hints),
        "class": t.class.is_some(),
        "trainee": trainee,
    })
}

/// Grades the session's drawing against the exercise's key: the feedback as text and
/// as the grade's JSON. The only place the key is read.
pub fn grade_view(t: &Training, s: &Session) -> Result<Value, Msg> {
    let key = t.exercise.key_map().map_err(|e| e.message())?;
    let g = grade::grade(&key, &s.map, s.lang);
    let mut text = Vec::new();
    let mut js = Vec::new();
    let _ = grade_out::write_text(&mut text, &g, grade_out::Options { pass: None, verbose: false }, s.lang);
    let _ = grade_out::write_json(&mut js, &g, grade_out::Options { pass: None, verbose: false }, s.lang);
    Ok(json!({
        "total": g.total,
        "text": String::from_utf8_lossy(&text),
        "grade": serde_json::from_slice::<Value>(&js).unwrap_or(Value::Null),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trainee_names_become_plain_file_names_or_are_refused() {
        assert_eq!(trainee_file(" 王 小明 ").unwrap(), "王_小明");
        assert_eq!(trainee_file("ann-lee_2").unwrap(), "ann-lee_2");
        for bad in ["", " ", "../x", "a/b", "a\\b", ".hidden", "x.", "con", "LPT1", "a:b", "a\0b", "a\nb"] {
            assert!(trainee_file(bad).is_err(), "{bad:?}");
        }
        assert!(trainee_file(&"x".repeat(MAX_NAME + 1)).is_err());
        assert!(trainee_file(&"字".repeat(MAX_NAME)).is_ok());
    }

    #[test]
    fn the_start_is_empty_or_the_exercises_start_map() {
        let ex = crate::train::exercise::find("north-china-grid").unwrap();
        assert!(start(ex, Lang::En).map.people.is_empty());
        let ex = crate::train::exercise::find("logistics-reorg").unwrap();
        assert!(!start(ex, Lang::En).map.people.is_empty());
    }
}
