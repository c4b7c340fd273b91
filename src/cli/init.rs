//! `powermap init`: write starter spreadsheets, never over existing files.

use anyhow::{Result, anyhow};
use std::process::ExitCode;

use super::args::InitArgs;
use powermap::i18n::Msg;
use powermap::train::init;
use powermap::vocab::Lang;

/// Runs `powermap init`. Language: `--lang`, else the environment's, else Chinese.
pub fn run(a: InitArgs) -> Result<ExitCode> {
    let lang = super::words::lang_or(a.lang, Lang::Zh);
    let written = match a.format {
        super::args::InitFormat::Csv => init::write_starter(&a.dir, lang),
        super::args::InitFormat::Xlsx => powermap::sheets::write_template(&a.dir, lang).map(|p| vec![p]),
    }
    .map_err(|e| anyhow!(e.message().render(lang)))?;
    for p in &written {
        eprintln!("{}", Msg::new("init-wrote").arg("path", p.display().to_string()).render(lang));
    }
    eprintln!("{}", Msg::new("init-next").arg("dir", a.dir.display().to_string()).render(lang));
    Ok(ExitCode::SUCCESS)
}
