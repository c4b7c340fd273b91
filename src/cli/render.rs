//! `powermap render`: flags for diagrams, and the glue that loads the map, fills the
//! overlay from the analysis, draws, and writes to stdout or a file (atomically).

use anyhow::{Result, anyhow};
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

use super::args::{LangArg, MapArg};
use powermap::analysis::{AnalyzeOptions, analyze, reach};
use powermap::graph::OrgGraph;
use powermap::i18n::Msg;
use powermap::model::{Map, PersonIx};
use powermap::render::{self, Engine, Format, Options, Overlay, View};
use powermap::vocab::Lang;

/// Flags of `powermap render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(flatten)]
    pub map: MapArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Svg)]
    pub format: FormatArg,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// What the diagram shows [default: full; overview for a whole map of more than 150
    /// people, except GraphML].
    #[arg(long, value_enum)]
    pub view: Option<ViewArg>,
    /// Draw only the neighbourhood of this person (id), for big maps.
    #[arg(long, value_name = "ID")]
    pub around: Option<String>,
    /// How many ties away from --around to draw.
    #[arg(long, value_name = "N", default_value_t = 2, requires = "around")]
    pub depth: usize,
    /// Draw the best coach path from our side to this person (id) in bold.
    #[arg(long, value_name = "ID")]
    pub path_to: Option<String>,
    /// Who lays out SVG, HTML, PNG and PDF: auto (the built-in layout, or layout-rs for a
    /// small influence view or --around neighbourhood when its picture is more
    /// page-shaped), the built-in layout, Graphviz `dot` if installed, or layout-rs
    /// (small scenes).
    #[arg(long, value_enum, default_value_t = EngineArg::Auto)]
    pub engine: EngineArg,
    /// Language of the diagram's own words (default: the map's own language).
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// PNG/PDF: fit the picture to a 16:9 slide or a landscape A4/A3 sheet (a PDF takes
    /// several numbered pages when one would make text smaller than 7 pt).
    #[arg(long, value_enum, value_name = "PAGE")]
    pub fit: Option<FitArg>,
    /// PNG: pixels per SVG pixel (default 2); PDF without --fit: page size factor.
    #[arg(long, value_name = "FACTOR", value_parser = positive, conflicts_with = "dpi")]
    pub scale: Option<f64>,
    /// PNG: pixels per inch (the SVG's own size is 96; default 192).
    #[arg(long, value_name = "DPI", value_parser = positive)]
    pub dpi: Option<f64>,
    /// PNG/PDF: use only the fonts in this folder (or file) instead of the system's;
    /// may be repeated.
    #[arg(long, value_name = "DIR")]
    pub font_dir: Vec<PathBuf>,
}

/// `--fit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FitArg {
    /// A 16:9 slide, 13.33 × 7.5 in, always one picture.
    Slide,
    /// ISO A4 landscape, several pages if needed.
    A4,
    /// ISO A3 landscape, several pages if needed.
    A3,
}

/// A number above zero and at most 100 (`--scale`) or 2400 (`--dpi`).
fn positive(s: &str) -> std::result::Result<f64, String> {
    match s.parse::<f64>() {
        Ok(x) if x.is_finite() && x > 0.0 && x <= 2400.0 => Ok(x),
        _ => Err(format!("\"{s}\" is not a number above 0")),
    }
}

/// `--format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Graphviz DOT.
    Dot,
    /// SVG.
    Svg,
    /// Self-contained HTML report.
    Html,
    /// GraphML (Gephi, yEd, networkx).
    Graphml,
    /// Mermaid flowchart.
    Mermaid,
    /// PNG picture (drawn in-process from the built-in SVG; needs -o or a pipe).
    Png,
    /// PDF, vector with searchable text; with --fit a4|a3, several pages if needed.
    Pdf,
}

/// `--view`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewArg {
    /// Units and reporting lines.
    Org,
    /// Influence, roles, stances.
    Influence,
    /// Our side, who knows whom, reached and unreached.
    Coverage,
    /// Everything.
    Full,
    /// Units as boxes with head count, coverage and key people; ties counted between
    /// units (for big maps).
    Overview,
}

/// `--engine`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EngineArg {
    /// The built-in layout; layout-rs for a small influence view or neighbourhood when
    /// its picture is more page-shaped.
    Auto,
    /// Built-in layout, no Graphviz needed.
    Builtin,
    /// Graphviz `dot`, when installed.
    Graphviz,
    /// The layout-rs crate (Sugiyama layers by tie direction), for small scenes.
    #[value(name = "layout-rs")]
    LayoutRs,
}

/// A person named on the command line, or a usage error naming the flag.
fn person(map: &Map, flag: &'static str, id: &str) -> std::result::Result<PersonIx, Msg> {
    map.person_ix(id).ok_or_else(|| super::words::unknown_person(map, flag, id))
}

/// Runs `powermap render`.
pub fn run(a: RenderArgs) -> Result<ExitCode> {
    let loaded = super::load_valid(&a.map, a.lang)?;
    let map = &loaded.map;
    let lang = super::lang(a.lang, Some(map));
    let around = match &a.around {
        Some(id) => match person(map, "--around", id) {
            Ok(p) => Some((p, a.depth)),
            Err(e) => return usage(lang, &e),
        },
        None => None,
    };
    let path_to = match &a.path_to {
        Some(id) => match person(map, "--path-to", id) {
            Ok(p) => Some(p),
            Err(e) => return usage(lang, &e),
        },
        None => None,
    };
    let view = match a.view {
        Some(ViewArg::Org) => View::Org,
        Some(ViewArg::Influence) => View::Influence,
        Some(ViewArg::Coverage) => View::Coverage,
        Some(ViewArg::Full) => View::Full,
        Some(ViewArg::Overview) => View::Overview,
        None if around.is_none()
            && a.format != FormatArg::Graphml
            && map.people.len() > render::overview::OVERVIEW_ABOVE =>
        {
            let msg = Msg::new("cli-render-overview")
                .arg("people", map.people.len())
                .arg("limit", render::overview::OVERVIEW_ABOVE);
            super::words::note(lang, &msg);
            View::Overview
        }
        None => View::Full,
    };
    let mut engine = match a.engine {
        EngineArg::Builtin => Engine::Builtin,
        EngineArg::Graphviz => Engine::Graphviz,
        EngineArg::LayoutRs => Engine::LayoutRs,
        EngineArg::Auto => Engine::Auto,
    };
    // Graphviz widens every row of unit cards for the lines that cross it, so its
    // overview is a strip (about 8 : 1 at 500 people): the picture is drawn by the
    // built-in engine, which keeps it page-shaped, and the note says so. The DOT text
    // itself (`--format dot`) is still written for those who run Graphviz themselves.
    let picture = matches!(a.format, FormatArg::Svg | FormatArg::Html | FormatArg::Png | FormatArg::Pdf);
    if view == View::Overview && engine == Engine::Graphviz && picture {
        super::words::note(lang, &Msg::new("cli-render-overview-builtin"));
        engine = Engine::Builtin;
    }
    let opts = Options { view, lang, around, engine };
    let g = OrgGraph::new(map);
    let out = match super::picture::format(&a, lang)? {
        Some(pformat) => {
            let overlay = overlay(&g, Format::Svg, &opts, path_to);
            super::picture::draw(&g, &overlay, &opts, &a, pformat)?
        }
        None => {
            let format = match a.format {
                FormatArg::Dot => Format::Dot,
                FormatArg::Svg | FormatArg::Png | FormatArg::Pdf => Format::Svg,
                FormatArg::Html => Format::Html,
                FormatArg::Graphml => Format::Graphml,
                FormatArg::Mermaid => Format::Mermaid,
            };
            let overlay = overlay(&g, format, &opts, path_to);
            let mut out = Vec::new();
            render::render(format, &g, &overlay, &opts, &mut out)
                .map_err(|e| anyhow!(e.message().render(lang)))?;
            out
        }
    };
    match &a.output {
        Some(path) => {
            let inputs =
                powermap::load::input_files(&powermap::load::MapSource::from_arg(a.map.map.as_deref()));
            super::write_output(path, &out, &inputs, lang)?
        }
        None => super::emit(&out)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn usage(lang: Lang, msg: &Msg) -> Result<ExitCode> {
    super::words::note(lang, msg);
    Ok(ExitCode::from(2))
}

/// How many of the best decision-maker candidates are highlighted.
const TOP_HIGHLIGHTED: usize = 3;

/// What the analysis adds to the picture: the top candidates, the best coach path to
/// `--path-to`, who we have reached, and (for HTML) the report's tables.
fn overlay(g: &OrgGraph, format: Format, opts: &Options, path_to: Option<PersonIx>) -> Overlay {
    let aopts = AnalyzeOptions { to: path_to, ..AnalyzeOptions::default() };
    let report = analyze(g, &aopts);
    let path = match path_to {
        Some(t) => match report.paths.iter().find(|p| p.people.last() == Some(&t)) {
            Some(p) => p.people.clone(),
            None => {
                let msg = Msg::new("cli-render-no-path").arg("id", g.map.people[t].id.as_str());
                super::words::note(opts.lang, &msg);
                Vec::new()
            }
        },
        None => Vec::new(),
    };
    Overlay {
        top: report.decision_makers.iter().take(TOP_HIGHLIGHTED).map(|c| c.person).collect(),
        path,
        reached: reach::reached(g),
        sections: if format == Format::Html {
            render::sections::from_report(&report, opts.lang)
        } else {
            Vec::new()
        },
    }
}
