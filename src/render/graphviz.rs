//! `--engine graphviz`: runs the real Graphviz `dot` on our DOT text, for those who
//! have it installed. A missing or failing `dot` is a clear error, never a panic.

use std::io::{Read, Write};
use std::process::{Command, Stdio};

use crate::render::RenderError;

/// The program run; `POWERMAP_DOT` overrides it (tests point it at a missing path).
fn program() -> String {
    std::env::var("POWERMAP_DOT").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "dot".to_string())
}

/// Lays out DOT text with `dot -Tsvg` and returns the SVG document (without the XML
/// prolog and DOCTYPE, so it can be embedded in HTML as is). Time: Graphviz's.
pub fn svg(dot_text: &[u8]) -> Result<String, RenderError> {
    let prog = program();
    let mut child = Command::new(&prog)
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            RenderError::Graphviz(if e.kind() == std::io::ErrorKind::NotFound {
                format!(
                    "--engine graphviz needs Graphviz's `{prog}` program, which was not found; install graphviz or use --engine builtin"
                )
            } else {
                format!("cannot run `{prog}`: {e}")
            })
        })?;
    let mut stdin = child.stdin.take().ok_or_else(|| RenderError::Graphviz("no stdin for dot".into()))?;
    let input = dot_text.to_vec();
    // Feed stdin from a thread so a large output cannot deadlock against a full pipe.
    let feeder = std::thread::spawn(move || stdin.write_all(&input));
    let mut out = String::new();
    let mut err = String::new();
    let mut stdout = child.stdout.take().ok_or_else(|| RenderError::Graphviz("no stdout for dot".into()))?;
    let mut stderr = child.stderr.take().ok_or_else(|| RenderError::Graphviz("no stderr for dot".into()))?;
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    stdout
        .read_to_string(&mut out)
        .map_err(|e| RenderError::Graphviz(format!("reading `{prog}` output: {e}")))?;
    let status = child.wait().map_err(|e| RenderError::Graphviz(format!("waiting for `{prog}`: {e}")))?;
    if let Ok(e) = err_reader.join() {
        err = e;
    }
    let fed = feeder.join().map_err(|_| RenderError::Graphviz("writing to dot failed".into()))?;
    if !status.success() {
        return Err(RenderError::Graphviz(format!("`{prog} -Tsvg` failed ({status}): {}", err.trim())));
    }
    fed.map_err(|e| RenderError::Graphviz(format!("writing to `{prog}`: {e}")))?;
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
