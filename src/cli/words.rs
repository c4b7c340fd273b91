//! The command line's own words on stderr (notes, and errors the library does not
//! make), from the catalogs, in the language of the run.

use std::sync::OnceLock;

use super::args::{Command, ExerciseCommand, LangArg};
use powermap::i18n::Msg;
use powermap::model::Map;
use powermap::vocab::Lang;

/// The language asked for with `--lang` on this run's command, if any.
static ASKED: OnceLock<Option<Lang>> = OnceLock::new();

/// Remembers the `--lang` of the command being run, for notes written before the command
/// knows its map (the built-in map note, output errors).
pub(crate) fn remember(cmd: &Command) {
    let arg: Option<LangArg> = match cmd {
        Command::Check(a) => a.lang,
        Command::Rank(a) | Command::Unreached(a) => a.lang,
        Command::Paths(a) => a.report.lang,
        Command::Analyze(a) => a.report.lang,
        Command::Grade(a) => a.lang,
        Command::Exercise(a) => match &a.command {
            ExerciseCommand::List { lang } | ExerciseCommand::Show { lang, .. } => *lang,
            ExerciseCommand::Key { lang, .. } | ExerciseCommand::Start { lang, .. } => *lang,
        },
        Command::Init(a) => a.lang,
        Command::Diff(a) => a.lang,
        Command::Render(a) => a.lang,
        Command::Whatif(a) => a.lang,
        Command::Export(a) => a.lang,
        Command::Serve(a) => a.lang,
        Command::Portfolio(a) => a.lang,
        Command::Schema | Command::Generate(_) | Command::Completions { .. } | Command::Man => None,
    };
    let _ = ASKED.set(arg.map(Lang::from));
}

/// The language of a note: as asked with `--lang`, else the map's own (when one is
/// known), else the environment's, else English.
pub(crate) fn lang(map: Option<&Map>) -> Lang {
    ASKED
        .get()
        .copied()
        .flatten()
        .or_else(|| map.and_then(Map::language))
        .or_else(Lang::from_env)
        .unwrap_or_default()
}

/// The language of a run with no map (`exercise`, `init`): as asked, else the
/// environment's, else `default` (the command's documented default).
pub(crate) fn lang_or(arg: Option<LangArg>, default: Lang) -> Lang {
    arg.map(Lang::from).or_else(|| ASKED.get().copied().flatten()).or_else(Lang::from_env).unwrap_or(default)
}

/// Writes a note on stderr: `powermap: …`.
pub(crate) fn note(lang: Lang, msg: &Msg) {
    eprintln!("powermap: {}", msg.render(lang));
}

/// "no person has this id" for a flag naming a person, with a suggestion when one is
/// close: the message of a usage error. `render` and the analyses word it alike.
pub(crate) fn unknown_person(map: &Map, flag: &'static str, id: &str) -> Msg {
    match powermap::vocab::did_you_mean(id, map.people.iter().map(|p| p.id.as_str())) {
        Some(s) => Msg::new("cli-unknown-person-hint").arg("flag", flag).arg("id", id).arg("suggestion", s),
        None => Msg::new("cli-unknown-person").arg("flag", flag).arg("id", id),
    }
}
