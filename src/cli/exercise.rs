//! `powermap exercise`: list the built-in exercises, print a case, write a key.

use anyhow::Result;
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
        ExerciseCommand::Show { name, lang } => {
            super::emit(exercise::find(&name)?.case(lang_or_zh(lang)).as_bytes())?
        }
        ExerciseCommand::Key { name, output } => {
            let e = exercise::find(&name)?;
            match output {
                Some(path) => super::write_output(&path, e.key.as_bytes(), &[], super::lang(None, None))?,
                None => super::emit(e.key.as_bytes())?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
