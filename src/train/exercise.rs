//! The exercise pack, built into the binary: for each exercise a case text in
//! Simplified Chinese, Traditional Chinese and English (Markdown), an answer key map
//! and, for a before-and-after exercise, the map the trainee starts from
//! (`data/exercises/<name>/`). Case texts mark their hints by level (see [`HintLevel`]).

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
    /// The case in Traditional Chinese, as Taiwan and Hong Kong write it (Markdown).
    pub case_zh_hant: &'static str,
    /// The case in English (Markdown).
    pub case_en: &'static str,
    /// The answer key, a map in JSON with grading annotations.
    pub key: &'static str,
    /// For a before-and-after exercise, the map the trainee starts from (JSON): the
    /// chart as it was before what the case tells; the key is the chart after it.
    pub start: Option<&'static str>,
}

macro_rules! exercise {
    ($name:literal $(, $start:ident)?) => {
        Exercise {
            name: $name,
            case_zh: include_str!(concat!("../../data/exercises/", $name, "/case.zh.md")),
            case_zh_hant: include_str!(concat!("../../data/exercises/", $name, "/case.zh-Hant.md")),
            case_en: include_str!(concat!("../../data/exercises/", $name, "/case.en.md")),
            key: include_str!(concat!("../../data/exercises/", $name, "/key.json")),
            start: exercise!(@start $name $(, $start)?),
        }
    };
    (@start $name:literal) => { None };
    (@start $name:literal, start) => {
        Some(include_str!(concat!("../../data/exercises/", $name, "/start.json")))
    };
}

/// Every exercise, in the order they are taught.
pub const EXERCISES: &[Exercise] = &[
    exercise!("north-china-grid"),
    exercise!("org-influence"),
    exercise!("bank-loan-system"),
    exercise!("county-hospital-endoscopy"),
    exercise!("energy-group-dcs"),
    exercise!("logistics-reorg", start),
];

/// How much help a case text gives: a case file marks its hint blocks with a level,
/// `<!-- hints: some -->` … `<!-- /hints -->` or `<!-- hints: full -->` … `<!-- /hints -->`,
/// each marker on a line of its own; text outside any block is shown at every level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum HintLevel {
    /// Only the case text and the question.
    None,
    /// The method reminders too (notation, stances, stages), without answers.
    Some,
    /// Every hint, including those that point at the answer (what `exercise show` printed
    /// before hint levels existed).
    #[default]
    Full,
}

impl HintLevel {
    /// The level a marker names (`none`, `some`, `full`), or `None` for another word.
    pub fn parse(s: &str) -> Option<HintLevel> {
        match s.trim().to_ascii_lowercase().as_str() {
            "none" => Some(HintLevel::None),
            "some" => Some(HintLevel::Some),
            "full" => Some(HintLevel::Full),
            _ => None,
        }
    }
}

/// What an opening marker line names: `Some(level)` for `<!-- hints: LEVEL -->` (an
/// unknown level counts as full, so a typo hides its hints rather than shows them).
fn opening(line: &str) -> Option<HintLevel> {
    let inner = line.trim().strip_prefix("<!--")?.strip_suffix("-->")?.trim();
    let level = inner.strip_prefix("hints:")?;
    Some(HintLevel::parse(level).unwrap_or(HintLevel::Full))
}

fn closing(line: &str) -> bool {
    line.trim().strip_prefix("<!--").and_then(|l| l.strip_suffix("-->")).is_some_and(|l| l.trim() == "/hints")
}

/// The case text at a hint level: the blocks above `level` left out, every marker line
/// dropped, runs of blank lines left by a dropped block made one, and one final newline.
/// Blocks may nest (a line shows when every block around it does); a block left open
/// runs to the end, a stray closing marker is dropped. Pure; O(length).
pub fn with_hints(text: &str, level: HintLevel) -> String {
    let mut open: Vec<HintLevel> = Vec::new();
    let mut out = String::with_capacity(text.len());
    let mut blank_run = false;
    for line in text.lines() {
        if let Some(l) = opening(line) {
            open.push(l);
            continue;
        }
        if closing(line) {
            open.pop();
            continue;
        }
        if open.iter().any(|&l| l > level) {
            continue;
        }
        let blank = line.trim().is_empty();
        if blank && (blank_run || out.is_empty()) {
            continue;
        }
        blank_run = blank;
        out.push_str(line);
        out.push('\n');
    }
    let end = out.trim_end().len();
    out.truncate(end);
    out.push('\n');
    out
}

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
    /// The case file in a language, hint markers included.
    pub fn case(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.case_en,
            Lang::Zh => self.case_zh,
            Lang::ZhHant => self.case_zh_hant,
        }
    }

    /// The case text in a language at a hint level, markers removed.
    pub fn case_with_hints(&self, lang: Lang, level: HintLevel) -> String {
        with_hints(self.case(lang), level)
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
            assert_ne!(e.title(Lang::ZhHant), e.name);
            assert_ne!(e.title(Lang::ZhHant), e.title(Lang::Zh), "{}: zh-Hant is its own text", e.name);
            assert!(e.case_zh.contains("问题"), "{}", e.name);
            assert!(e.case_zh_hant.contains("問題"), "{}", e.name);
            assert!(e.case_en.contains("Question"), "{}", e.name);
        }
    }

    #[test]
    fn traditional_cases_use_taiwan_and_hong_kong_words() {
        // Words a converter leaves in Mainland usage; each has a Taiwan/HK form.
        for e in EXERCISES {
            for w in ["软件", "軟件", "信息", "項目", "默認", "數據", "网络", "網絡", "质量", "这", "们"]
            {
                assert!(!e.case_zh_hant.contains(w), "{}: case.zh-Hant.md has {w}", e.name);
            }
        }
    }

    const SAMPLE: &str = "# Case\n\nStory.\n\n**Question**\n\n<!-- hints: full -->\n## Hints\n\n- the answer\n\n<!-- /hints -->\n<!-- hints: some -->\n## How to answer\n\n※ approver …\n<!-- /hints -->\n";

    #[test]
    fn hint_levels_keep_what_their_level_allows() {
        assert_eq!(with_hints(SAMPLE, HintLevel::None), "# Case\n\nStory.\n\n**Question**\n");
        assert_eq!(
            with_hints(SAMPLE, HintLevel::Some),
            "# Case\n\nStory.\n\n**Question**\n\n## How to answer\n\n※ approver …\n"
        );
        assert_eq!(
            with_hints(SAMPLE, HintLevel::Full),
            "# Case\n\nStory.\n\n**Question**\n\n## Hints\n\n- the answer\n\n## How to answer\n\n※ approver …\n"
        );
        assert_eq!(HintLevel::default(), HintLevel::Full);
        assert_eq!(HintLevel::parse(" Some "), Some(HintLevel::Some));
        assert_eq!(HintLevel::parse("all"), None);
    }

    #[test]
    fn odd_markers_never_show_more_than_their_level() {
        // Nested: the inner full block shows only at full.
        let nested =
            "a\n<!-- hints: some -->\nb\n<!--hints:full-->\nc\n<!-- /hints -->\nd\n<!-- /hints -->\ne\n";
        assert_eq!(with_hints(nested, HintLevel::None), "a\ne\n");
        assert_eq!(with_hints(nested, HintLevel::Some), "a\nb\nd\ne\n");
        assert_eq!(with_hints(nested, HintLevel::Full), "a\nb\nc\nd\ne\n");
        // Left open: runs to the end; an unknown level counts as full; a stray close is dropped.
        assert_eq!(with_hints("a\n<!-- hints: some -->\nb\n", HintLevel::None), "a\n");
        assert_eq!(with_hints("a\n<!-- hints: lots -->\nb\n<!-- /hints -->\n", HintLevel::Some), "a\n");
        assert_eq!(with_hints("a\n<!-- /hints -->\nb", HintLevel::None), "a\nb\n");
        assert_eq!(with_hints("", HintLevel::Full), "\n");
        // An ordinary comment is text.
        assert_eq!(with_hints("<!-- note -->\n", HintLevel::None), "<!-- note -->\n");
    }

    #[test]
    fn every_case_marks_its_hints_and_full_is_the_whole_file() {
        for e in EXERCISES {
            for lang in [Lang::En, Lang::Zh, Lang::ZhHant] {
                let text = e.case(lang);
                let (opens, closes) = text.lines().fold((0, 0), |(o, c), l| {
                    (o + usize::from(opening(l).is_some()), c + usize::from(closing(l)))
                });
                assert!(
                    opens > 0 && opens == closes,
                    "{} {lang:?}: {opens} opening, {closes} closing markers",
                    e.name
                );
                for l in text.lines().filter_map(|l| l.trim().strip_prefix("<!-- hints:")) {
                    let level = l.trim_end_matches("-->").trim();
                    assert!(HintLevel::parse(level).is_some(), "{} {lang:?}: level {level}", e.name);
                }
                let without_markers: String = text
                    .lines()
                    .filter(|l| opening(l).is_none() && !closing(l))
                    .map(|l| format!("{l}\n"))
                    .collect();
                let full = e.case_with_hints(lang, HintLevel::Full);
                assert_eq!(full, without_markers, "{} {lang:?}", e.name);
                let some = e.case_with_hints(lang, HintLevel::Some);
                let none = e.case_with_hints(lang, HintLevel::None);
                // none: the case and the question, no notation; some adds the method reminders.
                let (question, notation) = match lang {
                    Lang::En => ("Question", "※ approver"),
                    Lang::Zh => ("问题", "※ 最后批准"),
                    Lang::ZhHant => ("問題", "※ 最後批准"),
                };
                assert!(none.contains(question) && !none.contains(notation), "{} {lang:?}: {none}", e.name);
                assert!(some.contains(notation) && full.contains(notation), "{} {lang:?}", e.name);
                assert!(none.len() < some.len() && some.len() <= full.len(), "{} {lang:?}", e.name);
            }
        }
    }

    #[test]
    fn a_before_and_after_exercise_starts_from_a_map_that_is_not_the_answer() {
        let with_start: Vec<&Exercise> = EXERCISES.iter().filter(|e| e.start.is_some()).collect();
        assert!(!with_start.is_empty());
        for e in with_start {
            let start = load_json_str(e.start.unwrap_or_default(), e.name)
                .unwrap_or_else(|err| panic!("{}: {err}", e.name));
            assert!(start.warnings.is_empty(), "{}: {:?}", e.name, start.warnings);
            let g = crate::train::grade::grade(&e.key_map().unwrap(), &start.map, Lang::Zh);
            assert!(g.total < 80.0, "{}: the start map alone scores {}", e.name, g.total);
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
