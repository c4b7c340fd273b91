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
    /// Grade a trainee's chart against an answer key.
    Grade(GradeArgs),
    /// The built-in exercise pack: list, show a case, write a key.
    Exercise(ExerciseArgs),
    /// Write starter spreadsheets (people.csv, ties.csv, units.csv, account.csv).
    Init(InitArgs),
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

/// The format of a report for people (text, Markdown) or programs (JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Plain text.
    Text,
    /// Markdown.
    Markdown,
    /// JSON.
    Json,
}

#[derive(Debug, Args)]
pub struct GradeArgs {
    /// The answer key: a map (FILE.json, people.csv or a directory).
    #[arg(long, value_name = "KEY", required_unless_present = "exercise", conflicts_with = "exercise")]
    pub key: Option<PathBuf>,
    /// Use the key of a built-in exercise instead (see `powermap exercise list`).
    #[arg(long, value_name = "NAME")]
    pub exercise: Option<String>,
    /// The trainee's chart: FILE.json, - for JSON on stdin, people.csv or a directory.
    #[arg(value_name = "ATTEMPT")]
    pub attempt: PathBuf,
    /// Exit with 0 only when the score is at least N (out of 100); 1 otherwise.
    #[arg(long, value_name = "N", value_parser = pass_mark)]
    pub pass: Option<f64>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Language of the feedback (default: the key's own language).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

/// A pass mark: a number from 0 to 100.
fn pass_mark(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(x) if (0.0..=100.0).contains(&x) => Ok(x),
        _ => Err(format!("\"{s}\" is not a score from 0 to 100")),
    }
}

#[derive(Debug, Args)]
pub struct ExerciseArgs {
    #[command(subcommand)]
    pub command: ExerciseCommand,
}

#[derive(Debug, Subcommand)]
pub enum ExerciseCommand {
    /// List the exercises.
    List {
        /// Language of the titles.
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Print an exercise's case text (Markdown).
    Show {
        /// The exercise's name.
        name: String,
        /// Language of the case (default: Chinese).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Write an exercise's answer key (JSON), to standard output or a file.
    Key {
        /// The exercise's name.
        name: String,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The directory to write into (created if needed); the current one when absent.
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// Language of the headers and examples (default: Chinese).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}
