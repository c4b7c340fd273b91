//! `powermap portfolio DIR`: flags to the portfolio, the table out. Exit code 1 when a
//! map could not be read (it is listed with its error all the same).

use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::process::ExitCode;

use super::args::{PortfolioArgs, PortfolioFormat};
use super::{UsageError, emit};
use powermap::i18n::{Lang, Msg, tr};
use powermap::report::portfolio as out;

/// Runs it.
pub fn run(a: &PortfolioArgs) -> Result<ExitCode> {
    let early = a.lang.map(Lang::from).or_else(Lang::from_env).unwrap_or_default();
    if a.format == PortfolioFormat::Xlsx && a.output.is_none() {
        return Err(UsageError(tr(early, "sheet-plan-needs-output")).into());
    }
    let p = powermap::portfolio::portfolio(&a.dir).with_context(|| {
        Msg::new("diag-cannot-read").arg("file", a.dir.display().to_string()).render(early)
    })?;
    // The language most maps are written in, unless one is asked for.
    let mut votes: BTreeMap<Lang, usize> = BTreeMap::new();
    for l in p.accounts.iter().filter_map(|x| x.lang) {
        *votes.entry(l).or_default() += 1;
    }
    let most = votes.iter().max_by(|x, y| x.1.cmp(y.1).then(y.0.cmp(x.0))).map(|(l, _)| *l);
    let lang = a.lang.map(Lang::from).or(most).or_else(Lang::from_env).unwrap_or_default();
    let bytes = match a.format {
        PortfolioFormat::Text => out::to_text(&p, lang).into_bytes(),
        PortfolioFormat::Markdown => out::to_markdown(&p, lang).into_bytes(),
        PortfolioFormat::Json => {
            format!("{}\n", serde_json::to_string_pretty(&out::to_json(&p, lang))?).into_bytes()
        }
        PortfolioFormat::Html => out::to_html(&p, lang).into_bytes(),
        PortfolioFormat::Xlsx => powermap::sheets::portfolio::workbook(&p, lang)?,
    };
    match &a.output {
        Some(path) => super::write_output(path, &bytes, &[], lang)?,
        None => emit(&bytes)?,
    }
    Ok(if p.unreadable.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
