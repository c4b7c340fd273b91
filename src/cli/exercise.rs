//! `powermap exercise`: list the built-in exercises, print a case (at a hint level),
//! write the start map of a before-and-after exercise, write a key.

use anyhow::{Result, anyhow};
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
        ExerciseCommand::Show { name, lang: l, hints } => {
            let lang = lang(l);
            super::emit(find(&name, lang)?.case_with_hints(lang, hints.into()).as_bytes())?
        }
        ExerciseCommand::Start { name, output, lang: l } => {
            let lang = lang(l);
            let e = find(&name, lang)?;
            let Some(start) = e.start else {
                anyhow::bail!(Msg::new("exercise-hint-no-start").arg("name", e.name).render(lang));
            };
            write_or_emit(start, output, lang)?
        }
        ExerciseCommand::Key { name, output, lang: l } => {
            let lang = lang(l);
            write_or_emit(find(&name, lang)?.key, output, lang)?
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes a built-in file to `output` (atomically) or to standard output.
fn write_or_emit(text: &str, output: Option<std::path::PathBuf>, lang: Lang) -> Result<()> {
    match output {
        Some(path) => super::write_output(&path, text.as_bytes(), &[], lang),
        None => super::emit(text.as_bytes()),
    }
}
