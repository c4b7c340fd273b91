//! `analyze --format xlsx`: the analysis as a workbook for a sales manager, one sheet
//! per section — decision makers with their score components, unreached people,
//! routes, risks, and next steps as an action list with empty owner and due-date
//! columns — names, not ids (the id beside a name only where two people share it),
//! headers in the report's language.
//!
//! The report's texts are read through the few functions at the top of this file
//! (`risk_text`, `step_texts`, `reasons`), so a change of how the analysis words them
//! is met here alone.

use std::collections::HashMap;

use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, Worksheet, XlsxError};

use crate::analysis::{Candidate, NextStep, Report, Risk};
use crate::i18n::{Lang, tr};
use crate::model::Map;
use crate::report::Section;
use crate::vocab::Vocab;

// ---- the report's words, read in one place ----

fn risk_text(r: &Risk, lang: Lang) -> String {
    r.message.render(lang)
}

fn step_texts(s: &NextStep, lang: Lang) -> (String, String) {
    (s.action.render(lang), s.why.render(lang))
}

fn reasons(c: &Candidate, lang: Lang) -> String {
    let all: Vec<String> =
        c.components.iter().flat_map(|k| k.reasons.iter().map(|m| m.render(lang))).collect();
    all.join(&tr(lang, "list-separator"))
}

fn severity_key(r: &Risk) -> &'static str {
    match r.severity {
        crate::analysis::risks::Severity::High => "sheet-plan-severity-high",
        crate::analysis::risks::Severity::Medium => "sheet-plan-severity-medium",
        crate::analysis::risks::Severity::Low => "sheet-plan-severity-low",
    }
}

// ---- names ----

/// People's names for the workbook: the name, with the id beside it where two people
/// share the name (or the id alone for a person with no name).
struct Names<'a> {
    map: &'a Map,
    shared: HashMap<&'a str, usize>,
}

impl<'a> Names<'a> {
    fn new(map: &'a Map) -> Names<'a> {
        let mut shared = HashMap::new();
        for p in &map.people {
            if let Some(n) = &p.name {
                *shared.entry(n.as_str()).or_insert(0) += 1;
            }
        }
        Names { map, shared }
    }

    fn of_ix(&self, ix: usize) -> String {
        let p = &self.map.people[ix];
        match &p.name {
            Some(n) if self.shared.get(n.as_str()).copied().unwrap_or(0) > 1 => format!("{n} ({})", p.id),
            Some(n) => n.clone(),
            None => p.id.clone(),
        }
    }

    fn of_id(&self, id: &str) -> String {
        self.map.person_ix(id).map_or_else(|| id.to_string(), |ix| self.of_ix(ix))
    }

    fn route(&self, ids: &[String]) -> String {
        ids.iter().map(|id| self.of_id(id)).collect::<Vec<_>>().join(" → ")
    }

    fn list(&self, ids: &[String], lang: Lang) -> String {
        ids.iter().map(|id| self.of_id(id)).collect::<Vec<_>>().join(&tr(lang, "sheet-list-separator"))
    }
}

// ---- cells ----

/// A cell: text, a number shown with two decimals, or a whole number.
enum Cell {
    Text(String),
    Num(f64),
    Int(usize),
    Empty,
}

struct Sheet {
    name: &'static str,
    heads: Vec<&'static str>,
    widths: Vec<f64>,
    rows: Vec<Vec<Cell>>,
}

fn component(c: &Candidate, name: &str) -> Cell {
    c.components.iter().find(|k| k.name == name).map_or(Cell::Empty, |k| Cell::Num(k.points))
}

fn sheets(rep: &Report, map: &Map, sections: &[Section], lang: Lang) -> Vec<Sheet> {
    let names = Names::new(map);
    let t = Cell::Text;
    let roles = |r: &[crate::vocab::Role]| {
        t(r.iter().map(|r| r.label(lang)).collect::<Vec<_>>().join(&tr(lang, "sheet-list-separator")))
    };
    let mut out = Vec::new();
    for s in sections {
        let sheet = match s {
            Section::DecisionMakers => Sheet {
                name: "sheet-plan-decision-makers",
                heads: vec![
                    "sheet-plan-rank",
                    "sheet-plan-name",
                    "sheet-head-title",
                    "sheet-head-roles",
                    "sheet-head-stance",
                    "sheet-plan-score",
                    "sheet-plan-authority",
                    "sheet-plan-role",
                    "sheet-plan-influence",
                    "sheet-plan-bases",
                    "sheet-plan-reach",
                    "sheet-plan-why",
                ],
                widths: vec![6.0, 22.0, 30.0, 18.0, 10.0, 8.0, 8.0, 8.0, 8.0, 8.0, 8.0, 70.0],
                rows: rep
                    .decision_makers
                    .iter()
                    .map(|c| {
                        vec![
                            Cell::Int(c.rank),
                            t(names.of_ix(c.person)),
                            t(c.title.clone().unwrap_or_default()),
                            roles(&c.roles),
                            t(c.stance.label(lang)),
                            Cell::Num(c.score),
                            component(c, "authority"),
                            component(c, "role"),
                            component(c, "influence"),
                            component(c, "bases"),
                            Cell::Num(c.reach),
                            t(reasons(c, lang)),
                        ]
                    })
                    .collect(),
            },
            Section::Unreached => Sheet {
                name: "sheet-plan-unreached",
                heads: vec![
                    "sheet-plan-rank",
                    "sheet-plan-name",
                    "sheet-head-roles",
                    "sheet-head-stance",
                    "sheet-plan-priority",
                    "sheet-plan-sways",
                    "sheet-plan-way-in",
                    "sheet-plan-reliability",
                ],
                widths: vec![6.0, 22.0, 18.0, 10.0, 8.0, 30.0, 50.0, 10.0],
                rows: rep
                    .unreached
                    .iter()
                    .enumerate()
                    .map(|(i, u)| {
                        vec![
                            Cell::Int(i + 1),
                            t(names.of_ix(u.person)),
                            roles(&u.roles),
                            t(u.stance.label(lang)),
                            Cell::Num(u.priority),
                            t(names.list(&u.sways, lang)),
                            t(names.route(&u.way_in)),
                            u.way_in_reliability.map_or(Cell::Empty, Cell::Num),
                        ]
                    })
                    .collect(),
            },
            Section::Paths => Sheet {
                name: "sheet-plan-paths",
                heads: vec![
                    "sheet-plan-target",
                    "sheet-plan-route",
                    "sheet-plan-reliability",
                    "sheet-plan-hostile",
                ],
                widths: vec![22.0, 60.0, 10.0, 16.0],
                rows: rep
                    .paths
                    .iter()
                    .map(|p| {
                        vec![
                            t(names.of_id(&p.target)),
                            t(names.route(&p.ids)),
                            Cell::Num(p.reliability),
                            if p.hostile { t(tr(lang, "sheet-yes")) } else { Cell::Empty },
                        ]
                    })
                    .collect(),
            },
            Section::Risks => Sheet {
                name: "sheet-plan-risks",
                heads: vec!["sheet-plan-severity", "sheet-plan-risk", "sheet-plan-people"],
                widths: vec![10.0, 80.0, 30.0],
                rows: rep
                    .risks
                    .iter()
                    .map(|r| {
                        vec![
                            t(tr(lang, severity_key(r))),
                            t(risk_text(r, lang)),
                            t(names.list(&r.people, lang)),
                        ]
                    })
                    .collect(),
            },
            Section::NextSteps => Sheet {
                name: "sheet-plan-next-steps",
                heads: vec![
                    "sheet-plan-rank",
                    "sheet-plan-action",
                    "sheet-plan-why",
                    "sheet-plan-target",
                    "sheet-plan-via",
                    "sheet-plan-priority",
                    "sheet-plan-owner",
                    "sheet-plan-due",
                    "sheet-plan-done",
                ],
                widths: vec![6.0, 50.0, 50.0, 22.0, 40.0, 8.0, 12.0, 12.0, 8.0],
                rows: rep
                    .next_steps
                    .iter()
                    .map(|s| {
                        let (action, why) = step_texts(s, lang);
                        vec![
                            Cell::Int(s.rank),
                            t(action),
                            t(why),
                            s.target.as_deref().map_or(Cell::Empty, |id| t(names.of_id(id))),
                            t(names.route(&s.via)),
                            Cell::Num(s.priority),
                            Cell::Empty,
                            Cell::Empty,
                            Cell::Empty,
                        ]
                    })
                    .collect(),
            },
        };
        out.push(sheet);
    }
    out
}

/// The report as a workbook's bytes: a title row (account — opportunity) above each
/// sheet's table, frozen headers, numbers as numbers.
pub fn workbook(rep: &Report, map: &Map, sections: &[Section], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDE7F0))
        .set_border_bottom(FormatBorder::Thin)
        .set_text_wrap();
    let wrap = Format::new().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
    let num = Format::new().set_num_format("0.00").set_align(rust_xlsxwriter::FormatAlign::Top);
    let int = Format::new().set_num_format("0").set_align(rust_xlsxwriter::FormatAlign::Top);
    let title = Format::new().set_bold().set_font_size(13);
    let caption = match (&rep.account, &rep.opportunity) {
        (Some(a), Some(o)) => format!("{a} — {o}"),
        (Some(a), None) => a.clone(),
        (None, Some(o)) => o.clone(),
        (None, None) => String::new(),
    };
    for s in sheets(rep, map, sections, lang) {
        let ws = wb.add_worksheet();
        ws.set_name(tr(lang, s.name))?;
        write_sheet(ws, &s, lang, &caption, [&head, &wrap, &num, &int, &title])?;
    }
    wb.save_to_buffer()
}

fn write_sheet(
    ws: &mut Worksheet,
    s: &Sheet,
    lang: Lang,
    caption: &str,
    [head, wrap, num, int, title]: [&Format; 5],
) -> Result<(), XlsxError> {
    let sheet_title = tr(lang, s.name);
    let line = if caption.is_empty() { sheet_title } else { format!("{caption} · {sheet_title}") };
    ws.write_string_with_format(0, 0, &line, title)?;
    for (c, (h, w)) in s.heads.iter().zip(&s.widths).enumerate() {
        ws.write_string_with_format(1, c as u16, tr(lang, h), head)?;
        ws.set_column_width(c as u16, *w)?;
    }
    for (r, row) in s.rows.iter().enumerate() {
        let r = r as u32 + 2;
        // Rows as tall as their longest wrapped text (spreadsheets do not measure it).
        let lines = row
            .iter()
            .zip(&s.widths)
            .map(|(cell, w)| match cell {
                Cell::Text(t) => {
                    (unicode_width::UnicodeWidthStr::width(t.as_str()) as f64 / (w - 1.0)).ceil()
                }
                _ => 1.0,
            })
            .fold(1.0, f64::max);
        if lines > 1.0 {
            ws.set_row_height(r, 15.0 * lines.min(12.0))?;
        }
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16;
            match cell {
                Cell::Int(n) => {
                    ws.write_number_with_format(r, c, *n as f64, int)?;
                }
                Cell::Text(text) if !text.is_empty() => {
                    ws.write_string_with_format(r, c, text, wrap)?;
                }
                Cell::Num(x) => {
                    ws.write_number_with_format(r, c, *x, num)?;
                }
                _ => {}
            }
        }
    }
    if s.rows.is_empty() {
        ws.write_string(2, 0, tr(lang, "sheet-plan-none"))?;
    }
    ws.set_freeze_panes(2, 0)?;
    ws.set_landscape();
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(1, 1)?;
    Ok(())
}
