//! The `powermap` command: parses flags, runs the library, maps errors to exit codes
//! (0 success, 1 data or I/O error, 2 usage error). No logic lives here.

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args = match <cli::args::Cli as clap::Parser>::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
    };
    match cli::run(args) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("powermap: {e:#}");
            if e.downcast_ref::<cli::UsageError>().is_some() { ExitCode::from(2) } else { ExitCode::from(1) }
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// mimalloc: loading a big map makes millions of small allocations (ids, names, notes),
/// where it is markedly faster than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
