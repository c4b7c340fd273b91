//! `powermap grade`: load the key and the attempt, grade, write the report, and turn
//! the pass mark into the exit code.

use anyhow::{Context, Result, anyhow};
use std::process::ExitCode;

use super::args::{GradeArgs, MapArg, ReportFormat};
use powermap::i18n::Msg;
use powermap::train::{exercise, grade, grade_out};

/// Runs `powermap grade`.
pub fn run(a: GradeArgs) -> Result<ExitCode> {
    // Before the key is loaded, notes speak the language asked for or the environment's.
    let early = super::words::lang(None);
    let key = match (&a.key, &a.exercise) {
        (_, Some(name)) => exercise::key_map(name).map_err(|e| anyhow!(e.message().render(early)))?,
        (Some(path), None) => {
            super::load_valid(&MapArg { map: Some(path.clone()) }, a.lang)
                .with_context(|| {
                    Msg::new("cli-grade-key").arg("path", path.display().to_string()).render(early)
                })?
                .map
        }
        (None, None) => anyhow::bail!(powermap::i18n::tr(early, "cli-grade-no-key")),
    };
    let lang = super::lang(a.lang, Some(&key));
    let attempt = super::load_valid(&MapArg { map: Some(a.attempt.clone()) }, a.lang)
        .with_context(|| {
            Msg::new("cli-grade-attempt").arg("path", a.attempt.display().to_string()).render(lang)
        })?
        .map;
    let g = grade::grade(&key, &attempt, lang);
    let mut out = Vec::new();
    match a.format {
        ReportFormat::Text => grade_out::write_text(&mut out, &g, a.pass, lang)?,
        ReportFormat::Markdown => grade_out::write_markdown(&mut out, &g, a.pass, lang)?,
        ReportFormat::Json => grade_out::write_json(&mut out, &g, a.pass, lang)?,
    }
    super::emit(&out)?;
    Ok(match a.pass {
        Some(p) if g.total < p => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    })
}
