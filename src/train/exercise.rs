//! The exercise pack, built into the binary: for each exercise a case text in Chinese
//! and English (Markdown) and an answer key map (`data/exercises/<name>/`).

use crate::i18n::Msg;
use crate::load::{LoadError, load_json_str};
use crate::model::Map;
use crate::vocab::Lang;

/// One exercise of the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exercise {
    /// The name used on the command line.
    pub name: &'static str,
    /// The case in Chinese (Markdown).
    pub case_zh: &'static str,
    /// The case in English (Markdown).
    pub case_en: &'static str,
    /// The answer key, a map in JSON with grading annotations.
    pub key: &'static str,
}

macro_rules! exercise {
    ($name:literal) => {
        Exercise {
            name: $name,
            case_zh: include_str!(concat!("../../data/exercises/", $name, "/case.zh.md")),
            case_en: include_str!(concat!("../../data/exercises/", $name, "/case.en.md")),
            key: include_str!(concat!("../../data/exercises/", $name, "/key.json")),
        }
    };
}

/// Every exercise, in the order they are taught.
pub const EXERCISES: &[Exercise] = &[
    exercise!("north-china-grid"),
    exercise!("org-influence"),
    exercise!("bank-loan-system"),
    exercise!("county-hospital-endoscopy"),
];

/// Why an exercise could not be had. [`ExerciseError::message`] gives the words in any
/// language; `Display` shows them in English.
#[derive(Debug, thiserror::Error)]
pub enum ExerciseError {
    /// No exercise has that name.
    #[error("{}", self.message().render(Lang::En))]
    Unknown {
        /// The name asked for.
        name: String,
        /// The closest exercise's name, if one is close.
        suggestion: Option<&'static str>,
    },
    /// The built-in key does not load (a bug in the pack).
    #[error("{}", self.message().render(Lang::En))]
    BadKey(&'static str, LoadError),
}

impl ExerciseError {
    /// What went wrong: a code and its parameters.
    pub fn message(&self) -> Msg {
        match self {
            ExerciseError::Unknown { name, suggestion: Some(s) } => {
                Msg::new("exercise-unknown-hint").arg("name", name.as_str()).arg("suggestion", *s)
            }
            ExerciseError::Unknown { name, suggestion: None } => {
                Msg::new("exercise-unknown").arg("name", name.as_str())
            }
            ExerciseError::BadKey(name, e) => {
                Msg::new("exercise-bad-key").arg("name", *name).arg("error", e.to_string())
            }
        }
    }
}

impl Exercise {
    /// The case text in a language.
    /// Traditional Chinese gets the Chinese case (case texts are data, in Simplified).
    pub fn case(&self, lang: Lang) -> &'static str {
        if lang.is_chinese() { self.case_zh } else { self.case_en }
    }

    /// The title: the case's first heading, without the `#`.
    pub fn title(&self, lang: Lang) -> &'static str {
        self.case(lang).lines().find_map(|l| l.strip_prefix("# ")).map(str::trim).unwrap_or(self.name)
    }

    /// The answer key as a checked map.
    pub fn key_map(&self) -> Result<Map, ExerciseError> {
        load_json_str(self.key, &format!("{}/key.json", self.name))
            .map(|l| l.map)
            .map_err(|e| ExerciseError::BadKey(self.name, e))
    }
}

/// The exercise with this name (case-insensitive), or an error with a suggestion. O(n).
pub fn find(name: &str) -> Result<&'static Exercise, ExerciseError> {
    let wanted = name.trim().to_lowercase();
    EXERCISES.iter().find(|e| e.name == wanted).ok_or_else(|| ExerciseError::Unknown {
        name: name.to_string(),
        suggestion: crate::vocab::did_you_mean(name, EXERCISES.iter().map(|e| e.name)),
    })
}

/// The answer key of the exercise with this name.
pub fn key_map(name: &str) -> Result<Map, ExerciseError> {
    find(name)?.key_map()
}

/// The list of exercises as text: name and title, one a line.
pub fn list_text(lang: Lang) -> String {
    let width = EXERCISES.iter().map(|e| e.name.len()).max().unwrap_or(0);
    EXERCISES.iter().map(|e| format!("{:width$}  {}\n", e.name, e.title(lang))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_loads_without_warnings_and_names_an_approver() {
        for e in EXERCISES {
            let l = load_json_str(e.key, e.name).unwrap_or_else(|err| panic!("{}: {err}", e.name));
            assert!(l.warnings.is_empty(), "{}: {:?}", e.name, l.warnings);
            assert!(l.map.people.iter().any(|p| p.has_role(crate::vocab::Role::Approver)), "{}", e.name);
        }
    }

    #[test]
    fn every_case_has_a_title_and_the_question() {
        for e in EXERCISES {
            assert_ne!(e.title(Lang::Zh), e.name);
            assert_ne!(e.title(Lang::En), e.name);
            assert!(e.case_zh.contains("问题"), "{}", e.name);
            assert!(e.case_en.contains("Question"), "{}", e.name);
        }
    }

    #[test]
    fn names_are_found_leniently_with_suggestions() {
        assert_eq!(find(" North-China-Grid ").unwrap().name, "north-china-grid");
        let e = find("north-china-gird").unwrap_err().to_string();
        assert!(e.contains(r#"did you mean "north-china-grid"?"#), "{e}");
        let e = find("zzz").unwrap_err().to_string();
        assert_eq!(e, r#"no exercise named "zzz" (see `powermap exercise list`)"#);
    }
}
