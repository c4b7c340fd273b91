//! `powermap grade`: load the key and the attempts, grade, write the report (one
//! attempt's feedback, or the class report for several), and turn the pass mark into
//! the exit code.

use anyhow::{Context, Result, anyhow};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::args::{GradeArgs, GradeFormat, MapArg};
use powermap::i18n::{Msg, tr};
use powermap::model::Map;
use powermap::train::{class, class_out, exercise, grade, grade_out};
use powermap::vocab::Lang;

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
        (None, None) => anyhow::bail!(tr(early, "cli-grade-no-key")),
    };
    let lang = super::lang(a.lang, Some(&key));
    if a.format == GradeFormat::Xlsx && a.output.is_none() {
        return Err(super::UsageError(tr(lang, "sheet-plan-needs-output")).into());
    }
    let attempts = expand(&a.attempt);
    let single = attempts.len() == 1 && !matches!(a.format, GradeFormat::Html | GradeFormat::Xlsx);
    if single {
        let attempt = load(&attempts[0], &a, lang)?;
        let g = grade::grade(&key, &attempt, lang);
        let mut out = Vec::new();
        let opts = grade_out::Options { pass: a.pass, verbose: a.verbose };
        match a.format {
            GradeFormat::Markdown => grade_out::write_markdown(&mut out, &g, opts, lang)?,
            GradeFormat::Json => grade_out::write_json(&mut out, &g, opts, lang)?,
            _ => grade_out::write_text(&mut out, &g, opts, lang)?,
        }
        write(&a, &out, lang)?;
        return Ok(match a.pass {
            Some(p) if g.total < p => ExitCode::from(1),
            _ => ExitCode::SUCCESS,
        });
    }
    // A class: every attempt that loads is graded; the others are named at the end.
    let mut grades = Vec::new();
    let mut broken = Vec::new();
    for path in &attempts {
        match load(path, &a, lang) {
            Ok(m) => grades.push((trainee(path), grade::grade(&key, &m, lang))),
            Err(e) => {
                eprintln!("powermap: {e:#}");
                broken.push(trainee(path));
            }
        }
    }
    let c = class::class(&grades, a.pass, lang);
    let mut out = Vec::new();
    match a.format {
        GradeFormat::Text => class_out::write_text(&mut out, &c, lang)?,
        GradeFormat::Markdown => class_out::write_markdown(&mut out, &c, lang)?,
        GradeFormat::Json => class_out::write_json(&mut out, &c, lang)?,
        GradeFormat::Html => class_out::write_html(&mut out, &c, lang)?,
        GradeFormat::Xlsx => out = class_out::workbook(&c, lang)?,
    }
    write(&a, &out, lang)?;
    if !broken.is_empty() {
        let msg = Msg::new("cli-grade-not-graded").arg("count", broken.len()).arg("who", broken.join(", "));
        eprintln!("{}", msg.render(lang));
        return Ok(ExitCode::from(1));
    }
    Ok(if c.failed.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn load(path: &Path, a: &GradeArgs, lang: Lang) -> Result<Map> {
    Ok(super::load_valid(&MapArg { map: Some(path.to_path_buf()) }, a.lang)
        .with_context(|| Msg::new("cli-grade-attempt").arg("path", path.display().to_string()).render(lang))?
        .map)
}

fn write(a: &GradeArgs, bytes: &[u8], lang: Lang) -> Result<()> {
    match &a.output {
        Some(path) => {
            let mut inputs: Vec<PathBuf> = a.key.iter().cloned().collect();
            inputs.extend(a.attempt.iter().cloned());
            super::write_output(path, bytes, &inputs, lang)
        }
        None => super::emit(bytes),
    }
}

/// The attempts named: a folder that is not itself one map (no people.csv, not a
/// single JSON or workbook) stands for the attempts in it — JSON files, workbooks,
/// people.csv files' folders — in name order.
fn expand(args: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for p in args {
        match attempts_in(p) {
            Some(list) if list.len() > 1 => out.extend(list),
            _ => out.push(p.clone()),
        }
    }
    out
}

fn attempts_in(dir: &Path) -> Option<Vec<PathBuf>> {
    if !dir.is_dir() || ["people.csv", "人员.csv", "人員.csv"].iter().any(|n| dir.join(n).is_file()) {
        return None;
    }
    let mut list: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let ext = p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
            match ext.as_deref() {
                Some("json" | "xlsx" | "xls" | "ods") => p.is_file(),
                _ => p.is_dir() && ["people.csv", "人员.csv", "人員.csv"].iter().any(|n| p.join(n).is_file()),
            }
        })
        .collect();
    list.sort();
    Some(list)
}

/// The trainee's name: the attempt's file name without its extension (a folder's name).
fn trainee(path: &Path) -> String {
    let name = if path.file_name().is_some_and(|n| n == "people.csv") { path.parent() } else { Some(path) };
    name.and_then(|p| p.file_stem())
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}
