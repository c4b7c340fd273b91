//! `analyze --format xlsx`: the analysis as a workbook for a sales manager, one sheet
//! per section — decision makers with their score components, unreached people,
//! routes, risks, and next steps as an action list with empty owner and due-date
//! columns — names, not ids (the id beside a name only where two people share it),
//! headers in the report's language.
//!
//! The report's texts are read through the few functions at the top of this file
//! (`risk_text`, `step_texts`, `reasons`), so a change of how the analysis words them
//! is met here alone.

use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, Worksheet, XlsxError};

use crate::analysis::{Candidate, NextStep, Report, Risk};
use crate::i18n::{Lang, tr};
use crate::model::Map;
use crate::naming::Namer;
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

/// People's names for the workbook, by the one rule of [`Namer`]: the name, with the id
/// beside it where two people share the name (or the id alone for a person with no name).
struct Names<'a>(Namer<'a>);

impl<'a> Names<'a> {
    fn new(map: &'a Map) -> Names<'a> {
        Names(Namer::new(map))
    }

    fn of_ix(&self, ix: usize) -> String {
        self.0.ix(ix)
    }

    fn of_id(&self, id: &str) -> String {
        self.0.id(id)
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
pub(crate) enum Cell {
    Text(String),
    Num(f64),
    Int(usize),
    Empty,
}

pub(crate) struct Sheet {
    pub(crate) name: &'static str,
    pub(crate) heads: Vec<&'static str>,
    pub(crate) widths: Vec<f64>,
    pub(crate) rows: Vec<Vec<Cell>>,
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
                    "sheet-plan-confidence",
                    "sheet-plan-authority",
                    "sheet-plan-role",
                    "sheet-plan-influence",
                    "sheet-plan-bases",
                    "sheet-plan-reach",
                    "sheet-plan-why",
                ],
                widths: vec![6.0, 22.0, 30.0, 18.0, 10.0, 8.0, 12.0, 8.0, 8.0, 8.0, 8.0, 8.0, 70.0],
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
                            t(crate::report::confidence_text(c, lang)),
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
            Section::Health => match &rep.health {
                Some(h) => health_sheet(h, lang),
                None => continue,
            },
            Section::Robustness => match &rep.robustness {
                Some(r) => robust_sheet(r, lang),
                None => continue,
            },
        };
        out.push(sheet);
    }
    out
}

fn health_sheet(h: &crate::analysis::Health, lang: Lang) -> Sheet {
    Sheet {
        name: "sheet-plan-health",
        heads: vec![
            "sheet-plan-status",
            "sheet-plan-coverage",
            "sheet-plan-rule",
            "sheet-plan-coverage-detail",
        ],
        widths: vec![10.0, 10.0, 70.0, 50.0],
        rows: vec![vec![
            Cell::Text(tr(lang, h.status.key())),
            Cell::Num(h.coverage),
            Cell::Text(h.rule.render(lang)),
            Cell::Text(h.coverage_detail.render(lang)),
        ]],
    }
}

fn robust_sheet(r: &crate::analysis::Robustness, lang: Lang) -> Sheet {
    let mut rows: Vec<Vec<Cell>> = r
        .stability
        .iter()
        .map(|s| vec![Cell::Text(s.name.clone()), Cell::Num(s.top3), Cell::Num(s.first), Cell::Empty])
        .collect();
    rows.extend(
        r.facts
            .iter()
            .map(|f| vec![Cell::Text(f.fact.render(lang)), Cell::Empty, Cell::Empty, Cell::Num(f.value)]),
    );
    let lines = crate::report::health::robust_lines(r, lang);
    rows.extend(lines.first().map(|l| vec![Cell::Text(l.clone()), Cell::Empty, Cell::Empty, Cell::Empty]));
    Sheet {
        name: "sheet-plan-robustness",
        heads: vec!["sheet-plan-item", "sheet-plan-top3", "sheet-plan-first", "sheet-plan-value"],
        widths: vec![60.0, 12.0, 12.0, 12.0],
        rows,
    }
}

/// The cell formats of the analysis' workbooks: headers, wrapped text, numbers (in
/// `num_format`), whole numbers, the title row.
pub(crate) struct Styles {
    pub head: Format,
    pub wrap: Format,
    pub num: Format,
    pub int: Format,
    pub title: Format,
}

impl Styles {
    pub(crate) fn new(num_format: &str) -> Styles {
        let top = rust_xlsxwriter::FormatAlign::Top;
        Styles {
            head: Format::new()
                .set_bold()
                .set_background_color(Color::RGB(0xDDE7F0))
                .set_border_bottom(FormatBorder::Thin)
                .set_text_wrap(),
            wrap: Format::new().set_text_wrap().set_align(top),
            num: Format::new().set_num_format(num_format).set_align(top),
            int: Format::new().set_num_format("0").set_align(top),
            title: Format::new().set_bold().set_font_size(13),
        }
    }
}

/// The report as a workbook's bytes: a title row (account — opportunity) above each
/// sheet's table, frozen headers, numbers as numbers.
pub fn workbook(rep: &Report, map: &Map, sections: &[Section], lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let Styles { head, wrap, num, int, title } = Styles::new("0.00");
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

pub(crate) fn write_sheet(
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
