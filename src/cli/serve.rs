//! `powermap serve`: load the map, bind the workspace, print its URL, run.

use anyhow::{Context, Result};
use std::process::ExitCode;

use super::args::ServeArgs;
use powermap::i18n::tr_args;
use powermap::load::LoadError;
use powermap::serve::{self, session::Session};

/// Runs `powermap serve` until interrupted.
pub fn run(a: ServeArgs) -> Result<ExitCode> {
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
    let bound = serve::bind(session, a.listen, a.port)
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
