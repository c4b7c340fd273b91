//! `powermap export`: a map as JSON, CSV files or a workbook, optionally redacted.

use anyhow::{Result, bail};
use std::process::ExitCode;

use super::args::{ExportArgs, ExportFormat};
use super::{lang, load_valid, write_output};
use powermap::i18n::Msg;
use powermap::sheets::{self, Layout};

/// Runs `powermap export`.
pub fn run(a: ExportArgs) -> Result<ExitCode> {
    let loaded = load_valid(&a.map, a.lang)?;
    let inputs = super::inputs_of(&a.map);
    let lang = lang(a.lang, Some(&loaded.map));
    let map = if a.redact { sheets::redact::redact(&loaded.map, lang) } else { loaded.map };
    let out = &a.output;
    let lost_explain =
        map.grading.people.values().chain(map.grading.ties.values()).any(|n| n.explain.is_some());
    if a.format != ExportFormat::Json && (lost_explain || !map.grading.weights.is_empty()) {
        eprintln!("{}", Msg::new("sheet-export-grading-lost").render(lang));
    }
    match a.format {
        ExportFormat::Json => {
            if out.exists() {
                bail!(
                    "{}",
                    Msg::new("sheet-export-exists").arg("path", out.display().to_string()).render(lang)
                );
            }
            let text = format!("{}\n", serde_json::to_string_pretty(&map)?);
            write_output(out, text.as_bytes(), &inputs, lang)?;
        }
        ExportFormat::Xlsx => {
            if out.exists() {
                bail!(
                    "{}",
                    Msg::new("sheet-export-exists").arg("path", out.display().to_string()).render(lang)
                );
            }
            let bytes = sheets::workbook(&sheets::tables(&map, lang, Layout::Export), lang, true)?;
            write_output(out, &bytes, &inputs, lang)?;
        }
        ExportFormat::Csv => {
            let tables = sheets::tables(&map, lang, Layout::Export);
            let paths: Vec<_> = tables.iter().map(|t| out.join(t.part.file_name())).collect();
            if let Some(p) = paths.iter().find(|p| p.exists()) {
                bail!(
                    "{}",
                    Msg::new("sheet-export-exists").arg("path", p.display().to_string()).render(lang)
                );
            }
            std::fs::create_dir_all(out)?;
            for (t, p) in tables.iter().zip(&paths) {
                write_output(p, sheets::to_csv(t, lang).as_bytes(), &inputs, lang)?;
            }
        }
    }
    eprintln!("{}", Msg::new("sheet-export-wrote").arg("path", out.display().to_string()).render(lang));
    Ok(ExitCode::SUCCESS)
}
