//! `powermap exercise`: list the built-in exercises, print a case, write a key.

use anyhow::{Context, Result, anyhow};
use std::process::ExitCode;

use super::args::{ExerciseArgs, ExerciseCommand};
use powermap::i18n::Msg;
use powermap::train::exercise;
use powermap::vocab::Lang;

/// Runs `powermap exercise …`. Language: `--lang`, else the environment's, else Chinese.
pub fn run(a: ExerciseArgs) -> Result<ExitCode> {
    let lang = |l| super::words::lang_or(l, Lang::Zh);
    let find = |name: &str, lang: Lang| exercise::find(name).map_err(|e| anyhow!(e.message().render(lang)));
    match a.command {
        ExerciseCommand::List { lang: l } => super::emit(exercise::list_text(lang(l)).as_bytes())?,
        ExerciseCommand::Show { name, lang: l } => {
            let lang = lang(l);
            super::emit(find(&name, lang)?.case(lang).as_bytes())?
        }
        ExerciseCommand::Key { name, output, lang: l } => {
            let lang = lang(l);
            let e = find(&name, lang)?;
            match output {
                Some(path) => powermap::output::write_atomic(&path, e.key.as_bytes()).with_context(|| {
                    Msg::new("cli-cannot-write").arg("path", path.display().to_string()).render(lang)
                })?,
                None => super::emit(e.key.as_bytes())?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
