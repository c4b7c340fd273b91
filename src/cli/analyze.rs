//! `rank`, `unreached`, `paths` and `analyze`: flags to analysis options, report out.

use anyhow::Result;
use std::io::IsTerminal;
use std::process::ExitCode;

use super::args::{AnalysisFormat as ReportFormat, AnalyzeArgs, ColorArg, PathsArgs, ReportArgs};
use super::{UsageError, emit, lang, load_valid};
use powermap::analysis::{AnalyzeOptions, Draws, PathOptions, RobustOptions, Scope, analyze};
use powermap::graph::OrgGraph;
use powermap::i18n::{Arg, Lang, tr_args};
use powermap::model::{Map, PersonIx};
use powermap::report::{self, Section, Style};
use powermap::vocab::did_you_mean;

/// Runs an analysis command showing `sections`.
pub fn run(
    args: &ReportArgs,
    sections: &[Section],
    to: Option<&str>,
    from: Option<&str>,
    k: Option<usize>,
    allow_hostile: bool,
    robust: Option<(Option<usize>, u64)>,
) -> Result<ExitCode> {
    let loaded = load_valid(&args.map, args.lang)?;
    let map = &loaded.map;
    let lang = lang(args.lang, Some(map));
    let opts = AnalyzeOptions {
        top: args.top,
        top_decision_makers: 5,
        k: k.unwrap_or(if to.is_some() { 3 } else { 1 }),
        from: to_ix(map, from, "--from", lang)?,
        to: to_ix(map, to, "--to", lang)?,
        paths: PathOptions { allow_hostile },
        scope: match sections {
            [Section::DecisionMakers] => Scope::Rank,
            [Section::Unreached] => Scope::Unreached,
            [Section::Paths] => Scope::Paths,
            _ => Scope::All,
        },
        robust: match robust {
            None => RobustOptions::default(),
            Some((draws, seed)) => RobustOptions {
                draws: match draws {
                    Some(0) => Draws::Off,
                    Some(n) => Draws::Run(n),
                    None => Draws::default_for(map.people.len()),
                },
                seed,
            },
        },
    };
    if args.format == ReportFormat::Xlsx && args.output.is_none() {
        return Err(UsageError(powermap::i18n::tr(lang, "sheet-plan-needs-output")).into());
    }
    let g = OrgGraph::new(map);
    let rep = analyze(&g, &opts);
    let text = match args.format {
        ReportFormat::Xlsx => {
            let bytes = powermap::sheets::plan::workbook(&rep, map, sections, lang)?;
            let path = args.output.as_deref().unwrap_or(std::path::Path::new("plan.xlsx"));
            super::write_output(path, &bytes, &super::inputs_of(&args.map), lang)?;
            return Ok(ExitCode::SUCCESS);
        }
        ReportFormat::Json => {
            format!("{}\n", serde_json::to_string_pretty(&report::to_json(&rep, sections, lang))?)
        }
        ReportFormat::Markdown => report::to_markdown(&rep, sections, lang),
        ReportFormat::Text => {
            let color = match args.color {
                ColorArg::Always => true,
                ColorArg::Never => false,
                ColorArg::Auto => {
                    std::io::stdout().is_terminal()
                        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                }
            };
            report::to_text(&rep, sections, lang, Style { color })
        }
    };
    match &args.output {
        Some(path) => super::write_output(path, text.as_bytes(), &super::inputs_of(&args.map), lang)?,
        None => emit(text.as_bytes())?,
    }
    // The process ends now: freeing a big map piece by piece would only cost time.
    std::mem::forget(rep);
    std::mem::forget(g);
    std::mem::forget(loaded);
    Ok(ExitCode::SUCCESS)
}

fn to_ix(map: &Map, id: Option<&str>, flag: &str, lang: Lang) -> Result<Option<PersonIx>> {
    let Some(id) = id else { return Ok(None) };
    match map.person_ix(id) {
        Some(i) => Ok(Some(i)),
        None => {
            let args = [("flag", Arg::from(flag)), ("id", Arg::from(id))];
            let text = match did_you_mean(id, map.people.iter().map(|p| p.id.as_str())) {
                Some(s) => {
                    let mut args = args.to_vec();
                    args.push(("suggestion", Arg::from(s)));
                    tr_args(lang, "report-unknown-person-hint", &args)
                }
                None => tr_args(lang, "report-unknown-person", &args),
            };
            Err(UsageError(text).into())
        }
    }
}

/// `powermap rank`.
pub fn rank(a: &ReportArgs) -> Result<ExitCode> {
    run(a, &[Section::DecisionMakers], None, None, None, false, None)
}

/// `powermap unreached`.
pub fn unreached(a: &ReportArgs) -> Result<ExitCode> {
    run(a, &[Section::Unreached], None, None, None, false, None)
}

/// `powermap paths`.
pub fn paths(a: &PathsArgs) -> Result<ExitCode> {
    run(&a.report, &[Section::Paths], a.to.as_deref(), a.from.as_deref(), a.k, a.allow_hostile, None)
}

/// `powermap analyze`.
pub fn analyze_cmd(a: &AnalyzeArgs) -> Result<ExitCode> {
    run(&a.report, &Section::ALL, None, None, None, a.allow_hostile, Some((a.draws, a.seed)))
}
