//! The integration tests of powermap, as one test binary: the loaders on every form of
//! map, every diagnostic with its wording and location, the command line end to end,
//! the JSON Schema against every bundled map, and robustness against arbitrary input.

mod analysis;
mod analysis_cli;
mod analysis_props;
mod cases;
mod common;
mod diagnostics;
mod docs;
mod end_to_end;
mod health;
mod loaders;
mod robust;
mod schema;
mod steps;
mod threads;
mod twin;
mod vocab;
