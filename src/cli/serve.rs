//! `powermap serve`: load the map, bind the workspace, print its URL, run.

use anyhow::{Context, Result, anyhow};
use std::process::ExitCode;

use super::args::ServeArgs;
use powermap::i18n::{Msg, tr_args};
use powermap::load::LoadError;
use powermap::serve::train::{self, Training};
use powermap::serve::{self, session::Session};
use powermap::train::exercise;

/// Runs `powermap serve` until interrupted.
pub fn run(a: ServeArgs) -> Result<ExitCode> {
    if let Some(name) = a.exercise.clone() {
        return run_training(a, &name);
    }
    let lang_arg = a.lang.map(powermap::vocab::Lang::from);
    let path = a.map.map.as_deref();
    let session = match Session::open(path, lang_arg) {
        Ok(s) => s,
        Err(LoadError::Invalid { name, diagnostics, lang: judged }) => {
            let lang = super::diagnostics_lang(a.lang, judged);
            super::print_diagnostics(&diagnostics, lang);
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            let msg = powermap::i18n::Msg::new("diag-map-has-errors").arg("map", name).arg("errors", errors);
            anyhow::bail!("{}", msg.render(lang))
        }
        Err(e) => return Err(e.into()),
    };
    let lang = session.lang;
    if path.is_none() {
        let note = powermap::i18n::Msg::new("cli-embedded-map").arg("name", powermap::load::EMBEDDED_NAME);
        super::words::note(lang, &note);
    }
    listen(session, None, &a)
}

/// Training mode: the exercise's start, the case, grading; a class folder made if asked.
fn run_training(a: ServeArgs, name: &str) -> Result<ExitCode> {
    let lang = super::words::lang_or(a.lang, powermap::vocab::Lang::Zh);
    let exercise = exercise::find(name).map_err(|e| anyhow!(e.message().render(lang)))?;
    if let Some(dir) = &a.class {
        std::fs::create_dir_all(dir).with_context(|| {
            Msg::new("serve-class-dir").arg("dir", dir.display().to_string()).render(lang)
        })?;
    }
    let training = Training { exercise, hints: a.hints.into(), class: a.class.clone() };
    listen(train::start(exercise, lang), Some(training), &a)
}

fn listen(session: Session, training: Option<Training>, a: &ServeArgs) -> Result<ExitCode> {
    let lang = session.lang;
    let bound = serve::bind_with(session, training, a.listen, a.port)
        .with_context(|| format!("cannot listen on {}:{}", a.listen, a.port))?;
    if !a.listen.is_loopback() {
        eprintln!("{}", tr_args(lang, "serve-open-network", &[("addr", a.listen.to_string().into())]));
    }
    println!("{}", tr_args(lang, "serve-listening", &[("url", bound.url.clone().into())]));
    if a.open {
        open_browser(&bound.url);
    }
    serve::run(bound).context("the workspace server stopped")?;
    Ok(ExitCode::SUCCESS)
}

/// Opens the URL in the desktop's browser; a failure only means the user opens it.
fn open_browser(url: &str) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    let _ = std::process::Command::new(program)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}
