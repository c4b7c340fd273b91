//! Running a parsed command line: load the map, call the library, write the output.

pub mod analyze;
pub mod args;
mod diff;
mod exercise;
mod export;
pub mod generate;
mod grade;
mod init;
mod picture;
mod portfolio;
pub mod render;
mod serve;
mod whatif;
mod words;

use anyhow::{Context, Result};
use std::io::Write;
use std::process::ExitCode;

use args::{CheckArgs, CheckFormat, Cli, Command, LangArg, MapArg};
use powermap::diag::Diagnostic;
use powermap::i18n::Msg;
use powermap::load::{self, LoadError, Loaded, MapSource};
use powermap::vocab::Lang;

/// Runs one command; returns the exit code for a run that did not fail outright.
pub fn run(cli: Cli) -> Result<ExitCode> {
    words::remember(&cli.command);
    if let Some(n) = cli.max_input {
        load::bounded::set_max_input(n);
    }
    match cli.command {
        Command::Check(a) => check(a),
        Command::Rank(a) => analyze::rank(&a),
        Command::Unreached(a) => analyze::unreached(&a),
        Command::Paths(a) => analyze::paths(&a),
        Command::Analyze(a) => analyze::analyze_cmd(&a),
        Command::Generate(a) => generate::run(&a),
        Command::Grade(a) => grade::run(a),
        Command::Exercise(a) => exercise::run(a),
        Command::Init(a) => init::run(a),
        Command::Export(a) => export::run(a),
        Command::Diff(a) => diff::run(a),
        Command::Render(a) => render::run(a),
        Command::Whatif(a) => whatif::run(a),
        Command::Serve(a) => serve::run(a),
        Command::Portfolio(a) => portfolio::run(&a),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(
                shell,
                &mut <Cli as clap::CommandFactory>::command(),
                "powermap",
                &mut out,
            );
            emit(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            let mut out = Vec::new();
            clap_mangen::Man::new(<Cli as clap::CommandFactory>::command()).render(&mut out)?;
            emit(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema => {
            let s = serde_json::to_string_pretty(&powermap::schema::schema())?;
            emit(format!("{s}\n").as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A mistake in the command line that clap cannot see (an unknown id in a flag):
/// exit code 2.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct UsageError(pub String);

/// The files a map named on the command line is read from: an output must never
/// replace one of them.
pub(crate) fn inputs_of(arg: &MapArg) -> Vec<std::path::PathBuf> {
    powermap::load::input_files(&MapSource::from_arg(arg.map.as_deref()))
}

/// Writes to standard output.
pub(crate) fn emit(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    let context = || powermap::i18n::tr(words::lang(None), "cli-stdout");
    out.write_all(bytes).with_context(context)?;
    out.flush().with_context(context)?;
    Ok(())
}

/// Writes an output file named with `-o` (see [`powermap::output::write`]), never onto
/// one of `inputs`; a refusal is a usage error (exit code 2), in `lang`.
pub(crate) fn write_output(
    path: &std::path::Path,
    bytes: &[u8],
    inputs: &[std::path::PathBuf],
    lang: Lang,
) -> Result<()> {
    match powermap::output::write(path, bytes, inputs) {
        Ok(()) => Ok(()),
        Err(e) if e.is_usage() => Err(UsageError(e.msg().render(lang)).into()),
        Err(e) => {
            let words = e.msg().render(lang);
            Err(anyhow::Error::new(e).context(words))
        }
    }
}

/// The language of a run: as asked with `--lang`, else the map's own, else the
/// environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
pub(crate) fn lang(arg: Option<LangArg>, map: Option<&powermap::model::Map>) -> Lang {
    arg.map(Lang::from)
        .or_else(|| map.and_then(powermap::model::Map::language))
        .or_else(Lang::from_env)
        .unwrap_or_default()
}

/// The language of a map's diagnostics: as asked with `--lang`, else the language the
/// map is written in as judged from what was read (even of a refused map), else the
/// environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
pub(crate) fn diagnostics_lang(arg: Option<LangArg>, judged: Option<Lang>) -> Lang {
    arg.map(Lang::from).or(judged).or_else(Lang::from_env).unwrap_or_default()
}

/// Writes diagnostics to stderr, one a line, in `lang`. Every command that loads a map
/// prints its diagnostics (warnings too) through here.
pub(crate) fn print_diagnostics(diags: &[Diagnostic], lang: Lang) {
    // Buffered: a broken big map can have a hundred thousand lines to say.
    let mut err = std::io::BufWriter::new(std::io::stderr().lock());
    for d in diags {
        let _ = writeln!(err, "{}", d.render(lang));
    }
    let _ = err.flush();
}

/// Loads the map named on the command line, saying so when the built-in one is used.
fn load_map(arg: &MapArg, lang: Option<LangArg>) -> Result<std::result::Result<Loaded, LoadError>> {
    let mut source = MapSource::from_arg(arg.map.as_deref());
    if source == MapSource::Embedded {
        let here = load::discover::map_in_dir(std::path::Path::new("."));
        let note = match &here {
            Some(p) => {
                let shown = p.strip_prefix(".").unwrap_or(p).display().to_string();
                powermap::i18n::Msg::new("sheet-map-found").arg("file", shown)
            }
            None => powermap::i18n::Msg::new("sheet-map-built-in").arg("name", load::EMBEDDED_NAME),
        };
        // The user chose no map: the note speaks the language asked for or the environment's.
        words::note(words::lang(None), &note);
        if let Some(p) = here {
            source = MapSource::Path(p.strip_prefix(".").unwrap_or(&p).to_path_buf());
        }
    }
    match load::load(&source) {
        Err(LoadError::Io { path, source }) => {
            let msg = Msg::new("diag-cannot-read").arg("file", path);
            Err(anyhow::Error::new(source).context(msg.render(diagnostics_lang(lang, None))))
        }
        other => Ok(other),
    }
}

/// Loads a map for an analysis: warnings to stderr; refused maps are an error. The
/// diagnostics are in `lang` if given, else in the map's own language (see
/// [`diagnostics_lang`]).
pub(crate) fn load_valid(arg: &MapArg, lang: Option<LangArg>) -> Result<Loaded> {
    checked(load_map(arg, lang)?, lang)
}

/// A loaded map, its warnings printed; its errors printed and refused.
pub(crate) fn checked(loaded: Result<Loaded, LoadError>, lang: Option<LangArg>) -> Result<Loaded> {
    match loaded {
        Ok(l) => {
            print_diagnostics(&l.warnings, diagnostics_lang(lang, l.lang));
            Ok(l)
        }
        Err(LoadError::Invalid { name, diagnostics, lang: judged }) => {
            let lang = diagnostics_lang(lang, judged);
            print_diagnostics(&diagnostics, lang);
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            let msg = Msg::new("diag-map-has-errors").arg("map", name).arg("errors", errors);
            anyhow::bail!("{}", msg.render(lang))
        }
        Err(e) => Err(e.into()),
    }
}

fn check(a: CheckArgs) -> Result<ExitCode> {
    let loaded = load_map(&a.map, a.lang)?;
    let (name, diags, summary, judged) = match &loaded {
        Ok(l) => (l.name.as_str(), l.warnings.as_slice(), Some(powermap::check::Summary::of(&l.map)), l.lang),
        Err(LoadError::Invalid { name, diagnostics, lang }) => {
            (name.as_str(), diagnostics.as_slice(), None, *lang)
        }
        Err(e) => anyhow::bail!("{e}"),
    };
    let lang = diagnostics_lang(a.lang, judged);
    let valid = loaded.is_ok();
    match a.format {
        CheckFormat::Json => {
            let report = powermap::check::Report::new(name, diags, summary, lang);
            emit(format!("{}\n", serde_json::to_string_pretty(&report)?).as_bytes())?;
        }
        CheckFormat::Text => {
            print_diagnostics(diags, lang);
            match summary {
                Some(s) => emit(s.to_text(name, lang).as_bytes())?,
                None => eprintln!("{}", load::refused(name, diags).render(lang)),
            }
        }
    }
    Ok(if valid { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
