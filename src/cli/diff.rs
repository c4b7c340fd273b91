//! `powermap diff`: load two versions of a map, compare them, write the review.

use anyhow::{Context, Result};
use std::process::ExitCode;

use super::args::{DiffArgs, MapArg, ReportFormat};
use powermap::train::{diff, diff_out};

/// Runs `powermap diff`.
pub fn run(a: DiffArgs) -> Result<ExitCode> {
    // The two versions are read side by side; their warnings are printed in order after.
    let load = |p: &std::path::PathBuf| super::load_map(&MapArg { map: Some(p.clone()) }, a.lang);
    let (o, n) = powermap::par::join(|| load(&a.old), || load(&a.new));
    let check = |r: Result<Result<_, _>>, p: &std::path::PathBuf| {
        r.and_then(|l| super::checked(l, a.lang)).with_context(|| format!("{}", p.display()))
    };
    let old = check(o, &a.old)?;
    let new = check(n, &a.new)?;
    let lang = super::lang(a.lang, Some(&new.map));
    let d = diff::diff(&old.map, &new.map, lang);
    let names = (old.name.as_str(), new.name.as_str());
    // Written as it is made (the writers buffer): a review of two wholly different maps
    // is hundreds of megabytes, not worth holding whole.
    let mut out = std::io::stdout().lock();
    let written = match a.format {
        ReportFormat::Text => diff_out::write_report(&mut out, &d, names, lang, false),
        ReportFormat::Markdown => diff_out::write_report(&mut out, &d, names, lang, true),
        ReportFormat::Json => diff_out::write_json(&mut out, &d, names, lang),
    };
    written.with_context(|| powermap::i18n::tr(super::words::lang(None), "cli-stdout"))?;
    // The process ends now: freeing the maps and the review piece by piece would only
    // cost time.
    std::mem::forget(d);
    std::mem::forget(old);
    std::mem::forget(new);
    Ok(ExitCode::SUCCESS)
}
