//! `powermap whatif`: what moves if the assumptions held (the diff of the two analyses).

use anyhow::Result;
use std::io::Write;
use std::process::ExitCode;

use super::args::{ReportFormat, WhatifArgs};
use powermap::analysis::Report;
use powermap::i18n::tr;
use powermap::train::diff_out;
use powermap::whatif::{self, Assumption, WhatIfError};

/// Runs `powermap whatif`.
pub fn run(a: WhatifArgs) -> Result<ExitCode> {
    let loaded = super::load_valid(&a.map, a.lang)?;
    let lang = super::lang(a.lang, Some(&loaded.map));
    let mut assumptions: Vec<Assumption> = Vec::new();
    let parsed = a
        .set
        .iter()
        .map(|s| whatif::parse_set(s))
        .chain(a.add_tie.iter().map(|s| whatif::parse_add_tie(s)))
        .chain(a.remove_tie.iter().map(|s| whatif::parse_remove_tie(s)))
        .chain(a.context.iter().map(|s| whatif::parse_context(s)));
    for p in parsed {
        match p {
            Ok(x) => assumptions.push(x),
            Err(m) => return Err(super::UsageError(m.render(lang)).into()),
        }
    }
    let out = match whatif::what_if(&loaded.map, &assumptions, lang) {
        Ok(o) => o,
        Err(WhatIfError::Assumption(m)) => return Err(super::UsageError(m.render(lang)).into()),
        Err(WhatIfError::Invalid(diags)) => {
            super::print_diagnostics(&diags, lang);
            anyhow::bail!("{}", tr(lang, "whatif-refused"));
        }
    };
    super::print_diagnostics(&out.warnings, lang);
    let (cleared, added) = out.risk_changes();
    let assumed = tr(lang, "whatif-assumed");
    let names = (loaded.name.as_str(), assumed.as_str());
    let mut buf = Vec::new();
    match a.format {
        ReportFormat::Json => {
            let mut v = Vec::new();
            diff_out::write_json(&mut v, &out.diff, names, lang)?;
            let mut j: serde_json::Value = serde_json::from_slice(&v)?;
            let risks = |r: &Report, ix: &[usize]| -> serde_json::Value {
                let all = powermap::report::to_json(r, &[powermap::report::Section::Risks], lang);
                ix.iter().map(|&i| all["risks"][i].clone()).collect()
            };
            if let Some(o) = j.as_object_mut() {
                o.insert("risks_cleared".into(), risks(&out.before, &cleared));
                o.insert("risks_added".into(), risks(&out.after, &added));
            }
            writeln!(buf, "{}", serde_json::to_string_pretty(&j)?)?;
        }
        ReportFormat::Text | ReportFormat::Markdown => {
            let md = a.format == ReportFormat::Markdown;
            // The review includes the risks that appeared and went.
            diff_out::write_report(&mut buf, &out.diff, names, lang, md)?;
        }
    }
    super::emit(&buf)?;
    Ok(ExitCode::SUCCESS)
}
