//! A class's attempts graded against one key: a row per trainee (total and section
//! scores) and the mistakes the class made most, ranked by how many trainees made
//! them, each with the key's explanation a trainer reads out. Written by
//! [`super::class_out`].

use serde::Serialize;
use std::collections::BTreeMap;

use super::grade::{Grade, ItemKind, SectionScore};
use crate::vocab::{Lang, Section};

/// One trainee's result.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The trainee, as the attempt is named (its file name without the extension).
    pub trainee: String,
    /// The weighted total, 0…100.
    pub total: f64,
    /// The section scores, in the order of [`super::grade::DEFAULT_WEIGHTS`].
    pub sections: Vec<SectionScore>,
    /// Under the pass mark, when one was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub passed: Option<bool>,
}

/// A mistake several trainees made: a key item missed or got wrong.
#[derive(Debug, Clone, Serialize)]
pub struct Mistake {
    /// The section.
    pub section: Section,
    /// Missing or wrong.
    pub kind: ItemKind,
    /// What it is about, in the report's language.
    pub subject: String,
    /// The key's value, canonical (for wrong items).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    /// How many trainees made it.
    pub count: usize,
    /// Who made it, in the class's order.
    pub trainees: Vec<String>,
    /// The key's explanation, in the report's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<String>,
    /// One trainee's feedback for it, in words (the first who made it).
    pub example: String,
}

/// The class report.
#[derive(Debug, Clone, Serialize)]
pub struct Class {
    /// One row per trainee, in the order given.
    pub rows: Vec<Row>,
    /// The mean total.
    pub mean: f64,
    /// The mistakes, most frequent first (then by section, then by the key's order);
    /// items the key marks optional are left out.
    pub mistakes: Vec<Mistake>,
    /// The pass mark, when one was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pass: Option<f64>,
    /// The trainees under the pass mark.
    pub failed: Vec<String>,
}

/// A mistake as counted across the class: (section order, kind, subject, expected).
type MistakeKey = (usize, ItemKind, String, Option<String>);

/// Builds the class report from each trainee's grade. O(I log I) for I feedback items
/// in all.
pub fn class(grades: &[(String, Grade)], pass: Option<f64>, lang: Lang) -> Class {
    let order = |s: Section| super::grade::DEFAULT_WEIGHTS.iter().position(|(x, _)| *x == s).unwrap_or(99);
    // (section order, kind, subject, expected) → (first seen, mistake)
    let mut seen: BTreeMap<MistakeKey, (usize, Mistake)> = BTreeMap::new();
    let mut next = 0;
    for (trainee, g) in grades {
        for i in &g.items {
            if !matches!(i.kind, ItemKind::Missing | ItemKind::Wrong) || i.optional {
                continue;
            }
            let subject = i.subject.render(lang);
            let id = (order(i.section), i.kind, subject.clone(), i.expected.clone());
            let entry = seen.entry(id).or_insert_with(|| {
                next += 1;
                let m = Mistake {
                    section: i.section,
                    kind: i.kind,
                    subject,
                    expected: i.expected.clone(),
                    count: 0,
                    trainees: Vec::new(),
                    explain: i.explain.clone(),
                    example: i.message.render(lang),
                };
                (next, m)
            });
            if entry.1.trainees.last() != Some(trainee) {
                entry.1.count += 1;
                entry.1.trainees.push(trainee.clone());
            }
        }
    }
    let mut mistakes: Vec<(usize, Mistake)> = seen.into_values().collect();
    mistakes.sort_by(|(a, x), (b, y)| {
        y.count.cmp(&x.count).then(order(x.section).cmp(&order(y.section))).then(a.cmp(b))
    });
    let rows: Vec<Row> = grades
        .iter()
        .map(|(t, g)| Row {
            trainee: t.clone(),
            total: g.total,
            sections: g.sections.clone(),
            passed: pass.map(|p| g.total >= p),
        })
        .collect();
    let mean = if rows.is_empty() {
        0.0
    } else {
        (rows.iter().map(|r| r.total).sum::<f64>() / rows.len() as f64 * 10.0).round() / 10.0
    };
    let failed = rows.iter().filter(|r| r.passed == Some(false)).map(|r| r.trainee.clone()).collect();
    Class { rows, mean, mistakes: mistakes.into_iter().map(|(_, m)| m).collect(), pass, failed }
}

/// The sections any trainee was scored on, in the order of the default weights.
pub fn sections(c: &Class) -> Vec<Section> {
    super::grade::DEFAULT_WEIGHTS
        .iter()
        .map(|(s, _)| *s)
        .filter(|s| c.rows.iter().any(|r| r.sections.iter().any(|x| x.section == *s)))
        .collect()
}

/// A trainee's score in a section, if they were scored on it.
pub fn score(r: &Row, s: Section) -> Option<f64> {
    r.sections.iter().find(|x| x.section == s).map(|x| x.score)
}
