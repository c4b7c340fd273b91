//! `powermap generate`: a random map for benchmarks.

use anyhow::{Context, Result};
use std::io::Write;
use std::process::ExitCode;

use super::args::{GenerateArgs, ShapeArg};

/// Writes the generated map as JSON.
pub fn run(a: &GenerateArgs) -> Result<ExitCode> {
    let shape = match a.shape {
        ShapeArg::Wide => powermap::generate::Shape::Wide,
        ShapeArg::Deep => powermap::generate::Shape::Deep,
    };
    let map = powermap::generate::generate_shaped(a.people, a.seed, shape);
    match &a.output {
        Some(path) => {
            let bytes = serde_json::to_vec(&map)?;
            super::write_output(path, &bytes, &[], super::lang(None, None))?;
        }
        None => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            // serde_json wraps a write error in its own: unwrapped, a closed pipe is
            // seen as one (and the run ends quietly, exit 0).
            serde_json::to_writer(&mut out, &map)
                .map_err(std::io::Error::from)
                .and_then(|_| out.write_all(b"\n"))
                .and_then(|_| out.flush())
                .context("writing to standard output")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
