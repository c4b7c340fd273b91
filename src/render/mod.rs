//! Diagrams of a map: Graphviz DOT, a built-in SVG (no Graphviz needed), a
//! self-contained HTML report, GraphML and Mermaid. Every renderer draws the same
//! [`view::Scene`] styled by [`style`], plus an [`Overlay`] of what the analysis found
//! (top decision-maker candidates, a coach path, who we have reached, report tables),
//! and writes to any `Write`. Output is byte-identical for the same input.
//!
//! ```
//! use powermap::render::{render, Format, Options, Overlay};
//! let loaded = powermap::load::load(&powermap::load::MapSource::Embedded).unwrap();
//! let g = powermap::graph::OrgGraph::new(&loaded.map);
//! let mut out = Vec::new();
//! render(Format::Dot, &g, &Overlay::default(), &Options::default(), &mut out).unwrap();
//! assert!(String::from_utf8(out).unwrap().starts_with("digraph"));
//! ```

pub mod dot;
pub mod escape;
pub mod fonts;
pub mod graphml;
pub mod graphviz;
pub mod html;
pub mod html_script;
pub mod layout;
pub mod layoutrs;
pub mod mermaid;
pub mod overview;
pub mod pages;
pub mod pdf_canon;
pub mod raster;
pub mod sections;
pub mod sha256;
pub mod style;
pub mod svg;
pub mod view;

use std::io::Write;

use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::model::PersonIx;
use crate::vocab::Lang;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Graphviz DOT text.
    Dot,
    /// SVG, laid out by the chosen [`Engine`].
    Svg,
    /// One self-contained HTML file: header, diagram, analysis tables, legend.
    Html,
    /// GraphML with every person and tie attribute (Gephi, yEd, networkx).
    Graphml,
    /// Mermaid `flowchart` text (Markdown wikis).
    Mermaid,
}

/// What the diagram is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Units and reporting lines of the customer: the chart trainees draw.
    Org,
    /// Influence and conflict ties, roles and stances.
    Influence,
    /// Our side, who knows whom, reached and unreached people.
    Coverage,
    /// Everything.
    #[default]
    Full,
    /// Units as cards (head count, coverage, key people), the unit tree, and ties
    /// counted between units: for big maps ([`overview`]).
    Overview,
}

/// The text of a caught panic, for the error that takes its place.
pub(crate) fn panic_message(e: &(dyn std::any::Any + Send)) -> String {
    e.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| e.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// Runs a layout or drawing step with any panic inside turned into
/// [`RenderError::Layout`] (its message after `prefix`), never a crash.
pub(crate) fn guarded<T>(prefix: &str, f: impl FnOnce() -> T) -> Result<T, RenderError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
        .map_err(|e| RenderError::Layout(format!("{prefix}{}", panic_message(&*e))))
}

/// Who lays out the SVG.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Engine {
    /// The built-in layout ([`layout`]): no outside program needed.
    #[default]
    Builtin,
    /// Graphviz `dot`, run as a program on our DOT.
    Graphviz,
    /// The layout-rs crate places the people ([`layoutrs`]); our SVG writer draws them.
    /// Small scenes only (see [`layoutrs::MAX_PEOPLE`]).
    LayoutRs,
    /// The built-in layout, except for a small influence view or neighbourhood
    /// ([`layoutrs::auto_tries`]), where layout-rs is used when its picture is more
    /// page-shaped ([`layoutrs::nearer_page`]). The command line's default.
    Auto,
}

/// How to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// Which view.
    pub view: View,
    /// Language of the diagram's own words (legend, badges).
    pub lang: Lang,
    /// Draw only the people within this many ties of this person.
    pub around: Option<(PersonIx, usize)>,
    /// Who lays out SVG (and the diagram inside HTML).
    pub engine: Engine,
}

/// One table of the analysis report, ready to print (already in the report language).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Section {
    /// Heading.
    pub title: String,
    /// Column headings.
    pub columns: Vec<String>,
    /// Rows of cells; each as long as `columns`.
    pub rows: Vec<Vec<String>>,
}

/// What the analysis found, drawn on top of the map.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Overlay {
    /// Top decision-maker candidates, best first: highlighted and numbered ★1, ★2…
    pub top: Vec<PersonIx>,
    /// A coach path, our side first: its hops are drawn bold.
    pub path: Vec<PersonIx>,
    /// Per person, whether we have reached them (coverage view); empty when unknown.
    pub reached: Vec<bool>,
    /// The analysis report's sections, for the HTML report.
    pub sections: Vec<Section>,
}

/// Why a diagram could not be drawn. [`RenderError::message`] gives the words in any
/// language; `Display` shows them in English.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// Writing the output failed.
    #[error("{}", self.message().render(Lang::En))]
    Io(#[from] std::io::Error),
    /// `--engine graphviz` was asked for and `dot` could not be run or failed: what
    /// went wrong, as a catalog message (`diagram-error-dot-…`).
    #[error("{}", self.message().render(Lang::En))]
    Graphviz(Msg),
    /// The layout failed (a bug; reported, never a panic).
    #[error("{}", self.message().render(Lang::En))]
    Layout(String),
    /// The scene is too large for the chosen engine: a catalog message saying which
    /// engine to use instead.
    #[error("{}", self.message().render(Lang::En))]
    TooBig(Msg),
}

impl RenderError {
    /// What went wrong: a code and its parameters.
    pub fn message(&self) -> Msg {
        match self {
            RenderError::Io(e) => Msg::new("diagram-error-io").arg("error", e.to_string()),
            RenderError::Graphviz(m) | RenderError::TooBig(m) => m.clone(),
            RenderError::Layout(e) => Msg::new("diagram-error-layout").arg("error", e.as_str()),
        }
    }
}

/// Draws the map in a format. O(P + T) for the text formats; see [`layout`] for SVG.
pub fn render(
    format: Format,
    g: &OrgGraph,
    overlay: &Overlay,
    opts: &Options,
    w: &mut dyn Write,
) -> Result<(), RenderError> {
    let scene = view::scene(g, overlay, opts);
    match format {
        Format::Dot if opts.view == View::Overview => overview::dot::write(g, &scene, overlay, opts, w)?,
        Format::Dot => dot::write(g.map, &scene, opts, w)?,
        Format::Svg => w.write_all(svg_text(g, &scene, overlay, opts)?.as_bytes())?,
        Format::Html => {
            let svg = svg_text(g, &scene, overlay, opts)?;
            html::write(g.map, &scene, overlay, opts, &svg, w)?
        }
        Format::Graphml if opts.view == View::Overview => overview::graphml::write(g, &scene, overlay, w)?,
        Format::Graphml => graphml::write(g, &scene, overlay, w)?,
        Format::Mermaid if opts.view == View::Overview => {
            overview::mermaid::write(g, &scene, overlay, opts, w)?
        }
        Format::Mermaid => mermaid::write(g.map, &scene, opts, w)?,
    }
    Ok(())
}

/// The SVG of a scene from the chosen engine. The overview is laid out by the
/// built-in engine or Graphviz (layout-rs lays out people, not units: the built-in
/// engine draws the overview for it).
pub(crate) fn svg_text(
    g: &OrgGraph,
    scene: &view::Scene,
    overlay: &Overlay,
    opts: &Options,
) -> Result<String, RenderError> {
    if opts.view == View::Overview {
        return match opts.engine {
            Engine::Graphviz => {
                let mut dot_text = Vec::new();
                overview::dot::write(g, scene, overlay, opts, &mut dot_text)?;
                graphviz::svg(&dot_text)
            }
            Engine::Builtin | Engine::LayoutRs | Engine::Auto => {
                overview::draw::to_string(g, scene, overlay, opts)
            }
        };
    }
    match opts.engine {
        Engine::Builtin => svg::to_string(g, scene, opts),
        Engine::Graphviz => {
            let mut dot_text = Vec::new();
            dot::write(g.map, scene, opts, &mut dot_text)?;
            graphviz::svg(&dot_text)
        }
        Engine::LayoutRs => layoutrs::svg(g, scene, opts),
        // The built-in layout is made once, and drawn unless layout-rs's is nearer a page.
        Engine::Auto => guarded("", || {
            let builtin = layout::layout(g.map, scene, opts);
            let placed = (layoutrs::auto_tries(scene, opts))
                .then(|| layoutrs::layout(g, scene, opts).ok())
                .flatten()
                .filter(|l| layoutrs::nearer_page(g.map, scene, opts, l, &builtin));
            svg::draw(g.map, scene, opts, placed.as_ref().unwrap_or(&builtin))
        }),
    }
}
