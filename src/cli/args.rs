//! The command line, as clap types. No logic: `cli::run` turns these into the
//! library's options.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// powermap: who really decides in a customer's buying organization, whom we have not
/// reached, who can introduce us, and what to do next.
#[derive(Debug, Parser)]
#[command(name = "powermap", version = env!("POWERMAP_VERSION"), about, long_about = None, arg_required_else_help = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// Refuse inputs larger than SIZE (bytes, or with a unit: 512M, 4G; default 2G, or
    /// the environment's POWERMAP_MAX_INPUT).
    #[arg(long, global = true, value_name = "SIZE", value_parser = size)]
    pub max_input: Option<u64>,
}

fn size(text: &str) -> Result<u64, String> {
    powermap::load::bounded::parse_size(text)
        .ok_or_else(|| format!("\"{text}\" is not a size such as 4G or 512M"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a map: every problem at once, located; a summary when valid.
    Check(CheckArgs),
    /// Print the JSON Schema (draft 2020-12) of the map format.
    Schema,
    /// Rank the key decision-maker candidates (关键决策人), with reasons.
    Rank(ReportArgs),
    /// List the unreached influencers (未覆盖的影响者) and the best way in.
    Unreached(ReportArgs),
    /// Introduction routes (引荐路径) from our side to a target.
    Paths(PathsArgs),
    /// The full report: decision makers, unreached, paths, risks, next steps.
    Analyze(AnalyzeArgs),
    /// Generate a random map of N people for benchmarks (JSON on stdout or -o).
    Generate(GenerateArgs),
    /// Grade a trainee's chart against an answer key.
    Grade(GradeArgs),
    /// The built-in exercise pack: list, show a case, write a key.
    Exercise(ExerciseArgs),
    /// Write starter spreadsheets (people.csv, ties.csv, units.csv, account.csv, or one map.xlsx).
    Init(InitArgs),
    /// Convert a map between JSON, CSV and a workbook, optionally without personal data.
    Export(ExportArgs),
    /// What changed between two versions of a map, as an account review.
    Diff(DiffArgs),
    /// Draw the map: DOT, SVG, a self-contained HTML report, GraphML or Mermaid.
    Render(super::render::RenderArgs),
    /// What moves if…: set a person's field, add or remove a tie, set the context.
    Whatif(WhatifArgs),
    /// The workspace in the browser: see, edit, ask what if, save.
    Serve(ServeArgs),
    /// Every account map in a folder: health, top risk and first next step, worst first.
    Portfolio(PortfolioArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), e.g. `powermap man > powermap.1; man -l powermap.1`.
    Man,
}

#[derive(Debug, Args)]
pub struct WhatifArgs {
    #[command(flatten)]
    pub map: MapArg,
    /// Assume a person's field: ID.FIELD=VALUE (liu.stance=supporter; liu.notes= clears).
    #[arg(long = "set", value_name = "ID.FIELD=VALUE")]
    pub set: Vec<String>,
    /// Assume a tie: FROM,TO,KIND[,STRENGTH] (zhao,bureau_head,knows,3).
    #[arg(long = "add-tie", value_name = "FROM,TO,KIND[,N]")]
    pub add_tie: Vec<String>,
    /// Assume a tie is gone: FROM,TO[,KIND].
    #[arg(long = "remove-tie", value_name = "FROM,TO[,KIND]")]
    pub remove_tie: Vec<String>,
    /// Assume the context: governance=centralized, purchase_share=major.
    #[arg(long = "context", value_name = "FIELD=VALUE")]
    pub context: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Language of the report (default: the map's language).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

#[derive(Debug, Args)]
pub struct PortfolioArgs {
    /// The folder of maps: JSON files, workbooks, folders of CSV files.
    pub dir: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = PortfolioFormat::Text)]
    pub format: PortfolioFormat,
    /// Language of the table's own words (default: the language most maps are written in).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Write the table to this file instead of standard output (needed for xlsx).
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The forms of the portfolio table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PortfolioFormat {
    /// Aligned text.
    Text,
    /// Markdown.
    Markdown,
    /// JSON.
    Json,
    /// A standalone HTML page.
    Html,
    /// A workbook (needs -o FILE.xlsx).
    Xlsx,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub map: MapArg,
    /// The port (0: any free port).
    #[arg(long, default_value_t = 8765)]
    pub port: u16,
    /// Open the page in the browser.
    #[arg(long)]
    pub open: bool,
    /// The address to listen on; beyond 127.0.0.1 (a classroom) everyone on the network
    /// who has the printed URL can edit.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub listen: std::net::IpAddr,
    /// Language of the page (default: the map's language).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Training mode: show this exercise's case and an empty map to draw, then grade it
    /// against the built-in key (see `powermap exercise list`).
    #[arg(long, value_name = "NAME", conflicts_with = "map")]
    pub exercise: Option<String>,
    /// With --exercise: how much help the case text shows.
    #[arg(long, value_enum, default_value_t = HintsArg::Some, requires = "exercise")]
    pub hints: HintsArg,
    /// With --exercise: a class; each trainee gives their name and their attempt is saved
    /// as DIR/NAME.json, to grade afterwards with `powermap grade --exercise NAME FILE`.
    #[arg(long, value_name = "DIR", requires = "exercise")]
    pub class: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Aligned text (colour on a terminal).
    Text,
    /// Markdown, for an account plan.
    Markdown,
    /// JSON (see docs/analysis.md for the schema).
    Json,
}

/// The forms of a grading report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GradeFormat {
    /// Aligned text.
    Text,
    /// Markdown, for a trainer's notes.
    Markdown,
    /// JSON (see docs/analysis.md for the schema).
    Json,
    /// A self-contained HTML page (the class report).
    Html,
    /// A workbook (the class report; name the file with -o).
    Xlsx,
}

/// The forms of an analysis report: those of [`ReportFormat`] and a workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AnalysisFormat {
    /// Aligned text (colour on a terminal).
    Text,
    /// Markdown, for an account plan.
    Markdown,
    /// JSON (see docs/analysis.md for the schema).
    Json,
    /// A workbook for a sales manager, one sheet per section (needs -o FILE.xlsx).
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when writing to a terminal and NO_COLOR is unset.
    Auto,
    /// Always colour.
    Always,
    /// Never colour.
    Never,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub map: MapArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AnalysisFormat::Text)]
    pub format: AnalysisFormat,
    /// Language of the report's own words (default: the map's own language).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// How many rows each list shows (0 = all).
    #[arg(long, default_value_t = 10)]
    pub top: usize,
    /// Colour in text output.
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    /// Write the report to this file (written whole or not at all) instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct PathsArgs {
    #[command(flatten)]
    pub report: ReportArgs,
    /// The person to reach (id); without it, every top decision maker and unreached influencer.
    #[arg(long, value_name = "ID")]
    pub to: Option<String>,
    /// Start from this person (id); without it, from anyone on our side.
    #[arg(long, value_name = "ID")]
    pub from: Option<String>,
    /// Routes per target (default 3 with --to, else 1).
    #[arg(short = 'k', value_name = "N")]
    pub k: Option<usize>,
    /// Let skeptics and opponents pass us on (such routes are flagged).
    #[arg(long)]
    pub allow_hostile: bool,
}

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    #[command(flatten)]
    pub report: ReportArgs,
    /// Let skeptics and opponents pass us on (such routes are flagged).
    #[arg(long)]
    pub allow_hostile: bool,
    /// Robustness draws over the unknown facts (default: 1000 up to 100 people, 100 up
    /// to 1000, skipped above; 0 = skip).
    #[arg(long, value_name = "N")]
    pub draws: Option<usize>,
    /// Seed of the robustness draws.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
}

/// The shape of a generated organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShapeArg {
    /// About six reports per manager.
    Wide,
    /// Deeper trees, hub salespeople, repeated ties.
    Deep,
}

/// `powermap generate`'s arguments.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// How many people.
    #[arg(long, default_value_t = 1000)]
    pub people: usize,
    /// Random seed (the same seed gives the same map).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// The organization's shape: wide (about six reports each) or deep (about three,
    /// with chains; salespeople who know a thousand people; 1 % of ties written twice).
    #[arg(long, value_enum, default_value_t = ShapeArg::Wide)]
    pub shape: ShapeArg,
    /// Write here instead of standard output.
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: Option<PathBuf>,
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
    /// Simplified Chinese (简体中文).
    #[value(alias = "zh-Hans", alias = "zh-CN", alias = "zh-hans", alias = "zh-cn")]
    Zh,
    /// Traditional Chinese (繁體中文).
    #[value(
        name = "zh-Hant",
        alias = "zh-hant",
        alias = "zh-TW",
        alias = "zh-tw",
        alias = "zh-HK",
        alias = "zh-hk"
    )]
    ZhHant,
}

impl From<LangArg> for powermap::vocab::Lang {
    fn from(a: LangArg) -> Self {
        match a {
            LangArg::En => powermap::vocab::Lang::En,
            LangArg::Zh => powermap::vocab::Lang::Zh,
            LangArg::ZhHant => powermap::vocab::Lang::ZhHant,
        }
    }
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

#[derive(Debug, Args)]
pub struct GradeArgs {
    /// The answer key: a map (FILE.json, people.csv or a directory).
    #[arg(long, value_name = "KEY", required_unless_present = "exercise", conflicts_with = "exercise")]
    pub key: Option<PathBuf>,
    /// Use the key of a built-in exercise instead (see `powermap exercise list`).
    #[arg(long, value_name = "NAME")]
    pub exercise: Option<String>,
    /// The trainee's chart: FILE.json, - for JSON on stdin, people.csv, a workbook or a
    /// directory. Several attempts, or a folder of them, give a class report.
    #[arg(value_name = "ATTEMPT", required = true, num_args = 1..)]
    pub attempt: Vec<PathBuf>,
    /// Exit with 0 only when every score is at least N (out of 100); 1 otherwise.
    #[arg(long, value_name = "N", value_parser = pass_mark)]
    pub pass: Option<f64>,
    /// Output format (html and xlsx give the class report, even of one attempt).
    #[arg(long, value_enum, default_value_t = GradeFormat::Text)]
    pub format: GradeFormat,
    /// List the items found too, not only their count.
    #[arg(long)]
    pub verbose: bool,
    /// Write the report to this file instead of standard output (needed for xlsx).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
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
        /// Language of the titles (default: the environment's, else Chinese).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Print an exercise's case text (Markdown).
    Show {
        /// The exercise's name.
        name: String,
        /// Language of the case (default: the environment's, else Chinese).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// How much help to print: none (the case and the question), some (the method
        /// reminders too, no answers) or full (every hint).
        #[arg(long, value_enum, default_value_t = HintsArg::Full)]
        hints: HintsArg,
    },
    /// Write the map a before-and-after exercise starts from (JSON), to standard output or a file.
    Start {
        /// The exercise's name.
        name: String,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Language of the messages (default: the environment's, else Chinese).
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
        /// Language of the messages (default: the environment's, else Chinese).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
}

/// How much help `exercise show` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum HintsArg {
    /// Only the case text and the question.
    None,
    /// The method reminders too, without answers.
    Some,
    /// Every hint.
    Full,
}

impl From<HintsArg> for powermap::train::exercise::HintLevel {
    fn from(a: HintsArg) -> Self {
        use powermap::train::exercise::HintLevel;
        match a {
            HintsArg::None => HintLevel::None,
            HintsArg::Some => HintLevel::Some,
            HintsArg::Full => HintLevel::Full,
        }
    }
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The directory to write into (created if needed); the current one when absent.
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// Language of the headers, examples and notes (default: the environment's, else Chinese).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// CSV files, or one workbook (map.xlsx) with dropdown lists and a note on each header.
    #[arg(long, value_enum, default_value_t = InitFormat::Csv)]
    pub format: InitFormat,
}

/// What `init` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InitFormat {
    /// people.csv, ties.csv, units.csv and account.csv.
    Csv,
    /// One workbook, map.xlsx, with the same four tables as sheets.
    Xlsx,
}

/// What `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// The map format's own JSON.
    Json,
    /// people.csv, ties.csv, units.csv and account.csv in the directory -o names.
    Csv,
    /// One workbook.
    Xlsx,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub map: MapArg,
    /// The form to write.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Where: a file (json, xlsx) or a directory (csv); never over existing files.
    #[arg(short = 'o', long, value_name = "PATH")]
    pub output: PathBuf,
    /// Replace names, titles, notes, units and ids with consistent placeholders.
    #[arg(long)]
    pub redact: bool,
    /// Language of headers, values and placeholders (default: the map's own).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The older version: FILE.json, people.csv or a directory.
    #[arg(value_name = "OLD")]
    pub old: PathBuf,
    /// The newer version.
    #[arg(value_name = "NEW")]
    pub new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Language of the report (default: the new version's language).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
}
