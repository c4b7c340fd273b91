//! Running a parsed command line: load the map, call the library, write the output.

pub mod analyze;
pub mod args;
mod diff;
mod exercise;
pub mod generate;
mod grade;
mod init;
mod picture;
pub mod render;

use anyhow::{Context, Result};
use std::io::Write;
use std::process::ExitCode;

use args::{CheckArgs, CheckFormat, Cli, Command, LangArg, MapArg};
use powermap::diag::Diagnostic;
use powermap::load::{self, LoadError, Loaded, MapSource};
use powermap::vocab::Lang;

/// Runs one command; returns the exit code for a run that did not fail outright.
pub fn run(cli: Cli) -> Result<ExitCode> {
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
        Command::Diff(a) => diff::run(a),
        Command::Render(a) => render::run(a),
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

/// Writes to standard output.
pub(crate) fn emit(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes).context("writing to standard output")?;
    out.flush().context("writing to standard output")?;
    Ok(())
}

/// The language of a run: as asked with `--lang`, else the map's own, else the
/// environment's (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
pub(crate) fn lang(arg: Option<LangArg>, map: Option<&powermap::model::Map>) -> Lang {
    arg.map(Lang::from)
        .or_else(|| map.and_then(powermap::model::Map::language))
        .or_else(Lang::from_env)
        .unwrap_or_default()
}

fn print_diagnostics(diags: &[Diagnostic]) {
    // Buffered: a broken big map can have a hundred thousand lines to say.
    let mut err = std::io::BufWriter::new(std::io::stderr().lock());
    for d in diags {
        let _ = writeln!(err, "{d}");
    }
    let _ = err.flush();
}

/// Loads the map named on the command line, saying so when the built-in one is used.
fn load_map(arg: &MapArg) -> Result<std::result::Result<Loaded, LoadError>> {
    let source = MapSource::from_arg(arg.map.as_deref());
    if source == MapSource::Embedded {
        eprintln!(
            "powermap: no MAP given; using the built-in North China grid case, {}",
            load::EMBEDDED_NAME
        );
    }
    match load::load(&source) {
        Err(LoadError::Io { path, source }) => {
            Err(anyhow::Error::new(source).context(format!("cannot read {path}")))
        }
        other => Ok(other),
    }
}

/// Loads a map for an analysis: warnings to stderr; refused maps are an error.
pub(crate) fn load_valid(arg: &MapArg) -> Result<Loaded> {
    match load_map(arg)? {
        Ok(l) => {
            print_diagnostics(&l.warnings);
            Ok(l)
        }
        Err(LoadError::Invalid { name, diagnostics }) => {
            print_diagnostics(&diagnostics);
            let n = diagnostics.iter().filter(|d| d.is_error()).count();
            anyhow::bail!("{name}: the map has {n} error(s); run `powermap check` for details")
        }
        Err(e) => Err(e.into()),
    }
}

fn check(a: CheckArgs) -> Result<ExitCode> {
    let loaded = load_map(&a.map)?;
    let (name, diags, summary, lang_of) = match &loaded {
        Ok(l) => {
            (l.name.as_str(), l.warnings.as_slice(), Some(powermap::check::Summary::of(&l.map)), Some(&l.map))
        }
        Err(LoadError::Invalid { name, diagnostics }) => (name.as_str(), diagnostics.as_slice(), None, None),
        Err(e) => anyhow::bail!("{e}"),
    };
    let valid = loaded.is_ok();
    match a.format {
        CheckFormat::Json => {
            let report = powermap::check::Report::new(name, diags, summary);
            emit(format!("{}\n", serde_json::to_string_pretty(&report)?).as_bytes())?;
        }
        CheckFormat::Text => {
            print_diagnostics(diags);
            match summary {
                Some(s) => emit(s.to_text(name, lang(a.lang, lang_of)).as_bytes())?,
                None => {
                    let errors = diags.iter().filter(|d| d.is_error()).count();
                    let warnings = diags.len() - errors;
                    eprintln!("{name}: refused: {errors} error(s), {warnings} warning(s)");
                }
            }
        }
    }
    Ok(if valid { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
