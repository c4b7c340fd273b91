//! `powermap grade`: load the key and the attempt, grade, write the report, and turn
//! the pass mark into the exit code.

use anyhow::{Context, Result};
use std::process::ExitCode;

use super::args::{GradeArgs, MapArg, ReportFormat};
use powermap::train::{exercise, grade, grade_out};

/// Runs `powermap grade`.
pub fn run(a: GradeArgs) -> Result<ExitCode> {
    let key = match (&a.key, &a.exercise) {
        (_, Some(name)) => exercise::key_map(name)?,
        (Some(path), None) => {
            super::load_valid(&MapArg { map: Some(path.clone()) }, a.lang)
                .with_context(|| format!("the answer key {}", path.display()))?
                .map
        }
        (None, None) => anyhow::bail!("give the answer key with --key KEY or --exercise NAME"),
    };
    let attempt = super::load_valid(&MapArg { map: Some(a.attempt.clone()) }, a.lang)
        .with_context(|| format!("the attempt {}", a.attempt.display()))?
        .map;
    let lang = super::lang(a.lang, Some(&key));
    let g = grade::grade(&key, &attempt, lang);
    let mut out = Vec::new();
    match a.format {
        ReportFormat::Text => grade_out::write_text(&mut out, &g, a.pass, lang)?,
        ReportFormat::Markdown => grade_out::write_markdown(&mut out, &g, a.pass, lang)?,
        ReportFormat::Json => grade_out::write_json(&mut out, &g, a.pass)?,
    }
    super::emit(&out)?;
    Ok(match a.pass {
        Some(p) if g.total < p => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    })
}
