//! The parse floor of the speed targets (BENCHMARKS.md, "Against the parse floor"):
//! reads a JSON file and checks its syntax with serde_json, building nothing
//! (`IgnoredAny`). Every byte of a map must be read at least this fast; powermap's
//! `check` and `analyze` on the same file are measured as multiples of it.
//!
//! `cargo run --release --example parse_floor -- MAP.json`; exits 1 on invalid JSON.

use serde::de::IgnoredAny;

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: parse_floor MAP.json");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{}: {e}", path.to_string_lossy());
            std::process::exit(1);
        }
    };
    if let Err(e) = serde_json::from_slice::<IgnoredAny>(&bytes) {
        eprintln!("{}: {e}", path.to_string_lossy());
        std::process::exit(1);
    }
}
