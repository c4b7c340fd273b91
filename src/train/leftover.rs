//! The sample values of the `init` template (data/init/{en,zh}/, the same rows in the
//! workbook template): an attempt that still holds them is flagged, so that a trainee
//! sees "still the template's sample" rather than a puzzling extra person or unit.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use super::init::starter_files;
use super::names::fold;
use crate::model::Person;
use crate::vocab::Lang;

/// The template's sample texts, folded: people as (name, title), their notes, and the
/// names of units, the account and the opportunity.
#[derive(Default)]
struct Samples {
    people: BTreeSet<(String, String)>,
    notes: BTreeSet<String>,
    names: BTreeSet<String>,
}

/// The cells of a starter CSV's data rows (the template holds no quoted commas).
fn rows(text: &str) -> impl Iterator<Item = Vec<String>> + '_ {
    text.trim_start_matches('\u{FEFF}')
        .lines()
        .skip(1)
        .map(|l| l.split(',').map(|c| fold(c.trim())).collect())
}

fn samples() -> &'static Samples {
    static S: OnceLock<Samples> = OnceLock::new();
    S.get_or_init(|| {
        let mut s = Samples::default();
        for lang in [Lang::En, Lang::Zh] {
            let [people, _, units, account] = starter_files(lang);
            // Columns by their header (the starter files gain columns over time).
            let header: Vec<String> = people
                .1
                .trim_start_matches('\u{FEFF}')
                .lines()
                .next()
                .unwrap_or("")
                .split(',')
                .map(|c| c.trim().to_string())
                .collect();
            let col = |names: &[&str]| header.iter().position(|h| names.contains(&h.as_str()));
            let (name_c, title_c) = (col(&["name", "姓名"]), col(&["title", "职务"]));
            let (side_c, notes_c) = (col(&["side", "阵营"]), col(&["notes", "备注"]));
            for r in rows(&people.1) {
                let cell = |c: Option<usize>| c.and_then(|c| r.get(c));
                let ours = cell(side_c).is_some_and(|x| x == "ours" || x == "我方");
                if let (Some(n), Some(t)) = (cell(name_c), cell(title_c))
                    && !ours
                {
                    s.people.insert((n.clone(), t.clone()));
                }
                if let Some(note) = cell(notes_c).filter(|n| !n.is_empty()) {
                    s.notes.insert(note.clone());
                }
            }
            for r in rows(&units.1) {
                s.names.extend(r.get(1).cloned());
            }
            for r in rows(&account.1).take(2) {
                s.names.extend(r.get(1).cloned());
            }
        }
        s
    })
}

/// The template's sample a person still is: their name (with the sample title or
/// note), if so.
pub fn person(p: &Person) -> Option<String> {
    let s = samples();
    let name = fold(p.display_name());
    let title = fold(p.title.as_deref().unwrap_or(""));
    let note = fold(p.notes.as_deref().unwrap_or(""));
    (s.people.contains(&(name, title)) || s.notes.contains(&note)).then(|| p.display_name().to_string())
}

/// Is this the name of one of the template's sample units (or its account)?
pub fn name(n: &str) -> bool {
    samples().names.contains(&fold(n.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_samples_are_known_and_real_names_are_not() {
        for n in
            ["客户公司", "设备部", "示例客户公司", "Customer Co.", "Equipment Dept.", "Example Customer Co."]
        {
            assert!(name(n), "{n}");
        }
        for n in ["华北局", "设备科", "Radiology"] {
            assert!(!name(n), "{n}");
        }
        let mut p = Person::new("x");
        p.name = Some("张总".into());
        p.title = Some("总经理".into());
        assert!(person(&p).is_some());
        p.title = Some("董事长".into());
        assert!(person(&p).is_none(), "a real 张总 is not a sample");
        p.notes = Some("示例行：换成你的客户".into());
        assert!(person(&p).is_some());
    }
}
