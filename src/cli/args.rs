//! The command line, as clap types. No logic: `cli::run` turns these into the
//! library's options.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// powermap: who really decides in a customer's buying organization, whom we have not
/// reached, who can introduce us, and what to do next.
#[derive(Debug, Parser)]
#[command(name = "powermap", version, about, long_about = None, arg_required_else_help = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a map: every problem at once, located; a summary when valid.
    Check(CheckArgs),
    /// Print the JSON Schema (draft 2020-12) of the map format.
    Schema,
    /// Draw the map: DOT, SVG, a self-contained HTML report, GraphML or Mermaid.
    Render(super::render::RenderArgs),
}

/// Where the map comes from: a .json file, `-` for JSON on stdin, a people.csv (with
/// ties.csv and units.csv beside it), or a directory holding them. The built-in North
/// China grid case when absent.
#[derive(Debug, Args)]
pub struct MapArg {
    /// The map: FILE.json, -, people.csv or a directory; the built-in North China case when absent.
    #[arg(value_name = "MAP")]
    pub map: Option<PathBuf>,
}

/// The language of the report's own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// English.
    En,
    /// Chinese (中文).
    Zh,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub map: MapArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Language of the summary (default: the map's own language).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// Diagnostics on stderr, a summary on stdout.
    Text,
    /// One JSON report on stdout.
    Json,
}
