//! `portfolio --format xlsx`: the portfolio as a workbook, one sheet of accounts worst
//! first (account, health, coverage, top risk, first next step, map) and one of the
//! maps that could not be read, laid out as the plan's sheets are.

use rust_xlsxwriter::{Workbook, XlsxError};

use super::plan::{Cell, Sheet, write_sheet};
use crate::i18n::{Lang, tr};
use crate::portfolio::Portfolio;

/// The portfolio as a workbook's bytes.
pub fn workbook(p: &Portfolio, lang: Lang) -> Result<Vec<u8>, XlsxError> {
    let none = || tr(lang, "portfolio-none");
    let accounts = Sheet {
        name: "sheet-portfolio",
        heads: vec![
            "portfolio-column-account",
            "portfolio-column-health",
            "portfolio-column-coverage",
            "portfolio-column-top-risk",
            "portfolio-column-next-step",
            "sheet-plan-rule",
            "portfolio-column-map",
        ],
        widths: vec![28.0, 10.0, 10.0, 50.0, 50.0, 60.0, 30.0],
        rows: p
            .accounts
            .iter()
            .map(|a| {
                vec![
                    Cell::Text(a.account.clone()),
                    Cell::Text(tr(lang, a.status.key())),
                    Cell::Num(a.coverage),
                    Cell::Text(a.top_risk.as_ref().map_or_else(none, |m| m.render(lang))),
                    Cell::Text(a.next_step.as_ref().map_or_else(none, |m| m.render(lang))),
                    Cell::Text(a.rule.render(lang)),
                    Cell::Text(a.path.clone()),
                ]
            })
            .collect(),
    };
    let unreadable = Sheet {
        name: "sheet-portfolio-unreadable",
        heads: vec!["portfolio-column-map", "portfolio-column-error"],
        widths: vec![30.0, 90.0],
        rows: p
            .unreadable
            .iter()
            .map(|u| vec![Cell::Text(u.path.clone()), Cell::Text(u.problem.render(lang))])
            .collect(),
    };
    let mut wb = Workbook::new();
    let super::plan::Styles { head, wrap, num, int, title } = super::plan::Styles::new("0");
    let caption = p.dir.clone();
    for s in [accounts, unreadable] {
        let ws = wb.add_worksheet();
        ws.set_name(tr(lang, s.name))?;
        write_sheet(ws, &s, lang, &caption, [&head, &wrap, &num, &int, &title])?;
    }
    wb.save_to_buffer()
}
