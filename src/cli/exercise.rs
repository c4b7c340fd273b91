//! `powermap exercise`: list the built-in exercises, print a case (at a hint level),
//! write the start map of a before-and-after exercise, write a key.

use anyhow::{Context, Result};
use std::process::ExitCode;

use super::args::{ExerciseArgs, ExerciseCommand, LangArg};
use powermap::train::exercise;
use powermap::vocab::Lang;

fn lang_or_zh(l: Option<LangArg>) -> Lang {
    l.map(Lang::from).unwrap_or(Lang::Zh)
}

/// Runs `powermap exercise …`.
pub fn run(a: ExerciseArgs) -> Result<ExitCode> {
    match a.command {
        ExerciseCommand::List { lang } => super::emit(exercise::list_text(lang_or_zh(lang)).as_bytes())?,
        ExerciseCommand::Show { name, lang, hints } => {
            super::emit(exercise::find(&name)?.case_with_hints(lang_or_zh(lang), hints.into()).as_bytes())?
        }
        ExerciseCommand::Start { name, output } => {
            let e = exercise::find(&name)?;
            let Some(start) = e.start else {
                let name = powermap::i18n::Arg::Str(e.name.to_string());
                anyhow::bail!(powermap::i18n::tr_args(
                    super::lang(None, None),
                    "exercise-hint-no-start",
                    &[("name", name)]
                ));
            };
            write_or_emit(start, output)?
        }
        ExerciseCommand::Key { name, output } => write_or_emit(exercise::find(&name)?.key, output)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes a built-in file to `output` (atomically) or to standard output.
fn write_or_emit(text: &str, output: Option<std::path::PathBuf>) -> Result<()> {
    match output {
        Some(path) => powermap::output::write_atomic(&path, text.as_bytes())
            .with_context(|| format!("cannot write {}", path.display())),
        None => super::emit(text.as_bytes()),
    }
}
