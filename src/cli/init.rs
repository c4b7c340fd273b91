//! `powermap init`: write starter spreadsheets, never over existing files.

use anyhow::Result;
use std::process::ExitCode;

use super::args::InitArgs;
use powermap::train::init;
use powermap::vocab::Lang;

/// Runs `powermap init`.
pub fn run(a: InitArgs) -> Result<ExitCode> {
    let lang = a.lang.map(Lang::from).unwrap_or(Lang::Zh);
    let written = match a.format {
        super::args::InitFormat::Csv => init::write_starter(&a.dir, lang)?,
        super::args::InitFormat::Xlsx => vec![powermap::sheets::write_template(&a.dir, lang)?],
    };
    for p in &written {
        eprintln!("{} {}", lang.pick("wrote", "已写入"), p.display());
    }
    eprintln!("{}powermap check {}", lang.pick("Fill them in, then run: ", "填好后运行："), a.dir.display());
    Ok(ExitCode::SUCCESS)
}
