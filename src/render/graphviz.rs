//! `--engine graphviz`: runs the real Graphviz `dot` on our DOT text, for those who
//! have it installed. A missing, failing or overlong `dot` is a clear error, never a
//! panic or a hang.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::i18n::Msg;
use crate::render::RenderError;

/// The program run; `POWERMAP_DOT` overrides it (tests point it at a missing path).
fn program() -> String {
    std::env::var("POWERMAP_DOT").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "dot".to_string())
}

/// How long `dot` may run before it is stopped: `POWERMAP_DOT_TIMEOUT` seconds, else 60.
/// Graphviz can take many minutes on a large map whose influence ties cross many units.
fn timeout() -> Duration {
    let secs = std::env::var("POWERMAP_DOT_TIMEOUT").ok().and_then(|s| s.parse::<f64>().ok());
    Duration::from_secs_f64(secs.filter(|s| s.is_finite() && *s > 0.0).unwrap_or(60.0))
}

/// Lays out DOT text with `dot -Tsvg` and returns the SVG document (without the XML
/// prolog and DOCTYPE, so it can be embedded in HTML as is). `dot` is stopped, with a
/// clear error, if it runs longer than the timeout: never a hang. Time: Graphviz's.
pub fn svg(dot_text: &[u8]) -> Result<String, RenderError> {
    let prog = program();
    let err = |key: &'static str| RenderError::Graphviz(Msg::new(key).arg("program", prog.as_str()));
    let err_with = |key: &'static str, e: String| {
        RenderError::Graphviz(Msg::new(key).arg("program", prog.as_str()).arg("error", e))
    };
    let mut child = Command::new(&prog)
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                err("diagram-error-dot-missing")
            } else {
                err_with("diagram-error-dot-run", e.to_string())
            }
        })?;
    let (Some(mut stdin), Some(mut stdout), Some(mut stderr)) =
        (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(err("diagram-error-dot-talk"));
    };
    // Feed stdin and drain both outputs from threads, so no pipe can fill and block.
    let input = dot_text.to_vec();
    let feeder = std::thread::spawn(move || stdin.write_all(&input));
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).map(|_| s)
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let limit = timeout();
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(st)) => break st,
            Ok(None) if start.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(RenderError::Graphviz(
                    Msg::new("diagram-error-dot-timeout")
                        .arg("program", prog.as_str())
                        .arg("seconds", format!("{:.0}", limit.as_secs_f64())),
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(err_with("diagram-error-dot-wait", e.to_string())),
        }
    };
    let out = out_reader.join().map_err(|_| err("diagram-error-dot-read"))?;
    let messages = err_reader.join().unwrap_or_default();
    let fed = feeder.join().map_err(|_| err("diagram-error-dot-write"))?;
    if !status.success() {
        return Err(RenderError::Graphviz(
            Msg::new("diagram-error-dot-failed")
                .arg("program", prog.as_str())
                .arg("status", status.to_string())
                .arg("messages", messages.trim()),
        ));
    }
    fed.map_err(|e| err_with("diagram-error-dot-write-io", e.to_string()))?;
    let out = out.map_err(|e| err_with("diagram-error-dot-read-io", e.to_string()))?;
    Ok(strip_prolog(&out).to_string())
}

/// The SVG document from its `<svg` element on (no XML declaration, DOCTYPE or comments).
pub fn strip_prolog(s: &str) -> &str {
    s.find("<svg").map(|i| &s[i..]).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prolog_is_stripped() {
        assert_eq!(strip_prolog("<?xml?><!DOCTYPE svg><svg a='1'/>"), "<svg a='1'/>");
    }
}
