//! PNG and PDF pictures, drawn in-process from the same SVG as `--format svg` (no
//! outside program): resvg/tiny-skia paint the PNG, svg2pdf writes the PDF with the
//! names as real, searchable text, both reading fonts from the system through fontdb.
//! A letter that no installed font has is refused ([`PictureError::NoFont`]), never
//! drawn as an empty box. With a [`Paper`] the diagram is fitted to a slide or a
//! landscape sheet, and cut into numbered pages (legend on each) when one sheet would
//! make its text smaller than [`pages::MIN_TEXT_PT`].
//!
//! ```no_run
//! use powermap::render::raster::{picture, PictureFormat, PictureOptions};
//! use powermap::render::pages::Paper;
//! let loaded = powermap::load::load(&powermap::load::MapSource::Embedded).unwrap();
//! let g = powermap::graph::OrgGraph::new(&loaded.map);
//! let opts = PictureOptions { fit: Some(Paper::Slide), ..PictureOptions::new(PictureFormat::Png) };
//! let pic = picture(&g, &Default::default(), &Default::default(), &opts).unwrap();
//! std::fs::write("slide.png", &pic.bytes).unwrap();
//! ```

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Arc;

use pdf_writer::{Content, Finish, Name, Pdf, Rect as PdfRect, Ref, TextStr};
use resvg::tiny_skia::{Color, Pixmap, Transform};
use resvg::usvg::{self, Node, Tree, fontdb::Database};

use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::render::escape::xml;
use crate::render::fonts::{self, FontSource};
use crate::render::layout::{MARGIN, TITLE_H};
use crate::render::pages::{self, Diagram, Page, Paper, Plan};
use crate::render::style::{FONT_STACK, text_em};
use crate::render::{Engine, Options, Overlay, RenderError, svg, view};

/// PNG resolution when none is asked: twice the SVG's size (SVG units are 1/96 in),
/// sharp on a projector and on a high-density screen.
pub const DEFAULT_DPI: f64 = 192.0;
/// A PNG has at most this many pixels (about 256 MB while drawing).
pub const MAX_PIXELS: f64 = 64_000_000.0;
/// The largest PDF page readers accept, points (200 in).
pub const MAX_PDF_PAGE: f64 = 14_400.0;

/// Which picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PictureFormat {
    /// A PNG image.
    Png,
    /// A PDF document, vector, with real text.
    Pdf,
}

/// How to draw a picture.
#[derive(Debug, Clone, PartialEq)]
pub struct PictureOptions {
    /// PNG or PDF.
    pub format: PictureFormat,
    /// Fit to a slide or a landscape sheet; `None`: the diagram's own size.
    pub fit: Option<Paper>,
    /// PNG pixels per inch (the diagram's own size is at 96).
    pub dpi: Option<f64>,
    /// Size factor: PNG pixels per SVG unit (`dpi` = 96 × scale), or a PDF page's size
    /// against the diagram's own when not fitted.
    pub scale: Option<f64>,
    /// Where the fonts come from.
    pub fonts: FontSource,
}

impl PictureOptions {
    /// Default options for a format: the diagram's own size, system fonts.
    pub fn new(format: PictureFormat) -> PictureOptions {
        PictureOptions { format, fit: None, dpi: None, scale: None, fonts: FontSource::System }
    }
}

/// A picture and what the user should know about it.
#[derive(Debug, Clone)]
pub struct Picture {
    /// The PNG or PDF file.
    pub bytes: Vec<u8>,
    /// Pages (1 for a PNG).
    pub pages: usize,
    /// Size in pixels (PNG) or of the first page in points (PDF).
    pub width: f64,
    pub height: f64,
    /// Size of the smallest text on the pages, points (at 96 SVG units per inch for a
    /// PNG of the diagram's own size).
    pub text_pt: f64,
    /// Notes for standard error (the picture was still made).
    pub notes: Vec<Msg>,
}

/// Why a picture could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PictureError {
    /// No installed font has these letters of the map.
    #[error("no installed font has {} of the letters used", missing.len())]
    NoFont { missing: Vec<char> },
    /// The PNG would have more than [`MAX_PIXELS`] at the resolution asked for.
    #[error("the PNG would be {width} × {height} pixels")]
    TooManyPixels { width: u64, height: u64 },
    /// A PNG holds one page, and the paper asked for needs several.
    #[error("{pages} pages are needed")]
    PngPages { pages: usize, paper: Paper },
    /// The diagram itself could not be drawn.
    #[error(transparent)]
    Render(#[from] RenderError),
    /// The SVG could not be turned into a picture (a bug; reported, never a panic).
    #[error("{0}")]
    Internal(String),
}

impl PictureError {
    /// The message, as a catalog key and parameters.
    pub fn msg(&self) -> Msg {
        match self {
            PictureError::NoFont { missing } => {
                let shown: String = missing.iter().take(12).collect();
                Msg::new("picture-no-font").arg("letters", shown).arg("count", missing.len())
            }
            PictureError::TooManyPixels { width, height } => Msg::new("picture-too-many-pixels")
                .arg("width", *width as usize)
                .arg("height", *height as usize)
                .arg("limit", (MAX_PIXELS / 1e6) as usize),
            PictureError::PngPages { pages, paper } => {
                Msg::new("picture-png-pages").arg("pages", *pages).arg("paper", paper.name())
            }
            PictureError::Render(e) => Msg::new("picture-failed").arg("detail", e.to_string()),
            PictureError::Internal(e) => Msg::new("picture-failed").arg("detail", e.as_str()),
        }
    }
}

/// Draws the map as a PNG or PDF. O(SVG + fonts + pages); never panics (a panic in a
/// library below becomes [`PictureError::Internal`]).
pub fn picture(
    g: &OrgGraph,
    overlay: &Overlay,
    opts: &Options,
    p: &PictureOptions,
) -> Result<Picture, PictureError> {
    let scene = view::scene(g, overlay, opts);
    let svg_text = crate::render::svg_text(g, &scene, overlay, opts)?;
    let legend = (opts.engine != Engine::Graphviz).then(|| {
        if opts.view == crate::render::View::Overview {
            crate::render::overview::draw::legend_of(g, &scene, overlay, opts)
        } else {
            svg::legend(&scene, opts, 0.0)
        }
    });
    let title = crate::render::dot::title(g.map, opts.lang);
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        draw(&svg_text, legend.as_ref(), &title, opts, p)
    }));
    caught.unwrap_or_else(|e| Err(PictureError::Internal(crate::render::panic_message(&*e))))
}

/// The letters drawn by an SVG: the text of its `<text>` elements (not the `<title>`
/// tooltips, which a picture does not show).
fn drawn_text(svg: &str) -> Result<String, PictureError> {
    let doc = usvg::roxmltree::Document::parse(svg).map_err(|e| PictureError::Internal(e.to_string()))?;
    let mut out = String::new();
    for n in doc.descendants().filter(|n| n.is_text()) {
        let in_text = n.ancestors().any(|a| a.tag_name().name() == "text");
        let in_title = n.ancestors().any(|a| a.tag_name().name() == "title");
        if in_text && !in_title {
            out.push_str(n.text().unwrap_or_default());
        }
    }
    Ok(out)
}

fn parse(svg: &str, db: &Arc<Database>) -> Result<Tree, PictureError> {
    let opts =
        usvg::Options { fontdb: db.clone(), font_family: "sans-serif".into(), ..usvg::Options::default() };
    Tree::from_str(svg, &opts).map_err(|e| PictureError::Internal(e.to_string()))
}

fn rect(b: usvg::Rect) -> pages::Rect {
    pages::Rect { x: b.x() as f64, y: b.y() as f64, w: b.width() as f64, h: b.height() as f64 }
}

/// Boxes of every text of a tree, and of every person (the built-in engine's
/// `person-N` groups, Graphviz's `nodeN`), in its units.
fn boxes(g: &usvg::Group, texts: &mut Vec<pages::Rect>, people: &mut Vec<pages::Rect>) {
    for n in g.children() {
        match n {
            Node::Group(c) => {
                if c.id().starts_with("person-") || c.id().starts_with("unit-") || c.id().starts_with("node")
                {
                    people.push(rect(c.abs_bounding_box()));
                }
                boxes(c, texts, people)
            }
            Node::Text(t) => texts.push(rect(t.abs_bounding_box())),
            _ => {}
        }
    }
}

fn draw(
    svg_text: &str,
    legend: Option<&(String, f64, f64)>,
    title: &str,
    opts: &Options,
    p: &PictureOptions,
) -> Result<Picture, PictureError> {
    let db = fonts::database(&p.fonts);
    let missing = fonts::missing(&db, &drawn_text(svg_text)?);
    if !missing.is_empty() {
        return Err(PictureError::NoFont { missing });
    }
    let tree = parse(svg_text, &db)?;
    let (w, h) = (tree.size().width() as f64, tree.size().height() as f64);
    let (mut texts, mut people) = (Vec::new(), Vec::new());
    boxes(tree.root(), &mut texts, &mut people);
    let diagram = Diagram {
        width: w,
        height: h,
        body_height: legend.map_or(h, |(_, _, lh)| (h - lh - MARGIN).max(1.0)),
        legend: legend.map(|(_, lw, lh)| (*lw, *lh)),
        body_top: if legend.is_some() { MARGIN + TITLE_H - 4.0 } else { 0.0 },
        texts,
        boxes: people,
    };
    let mut notes = Vec::new();
    // PNG: pixels per point. PDF: points per SVG unit when not fitted.
    let asked = p.dpi.or(p.scale.map(|s| 96.0 * s));
    let plan = match p.fit {
        Some(paper) => pages::fit(paper, &diagram),
        None => {
            let scale = match p.format {
                PictureFormat::Png => 1.0,
                PictureFormat::Pdf => {
                    let s = 0.75 * p.scale.unwrap_or(1.0);
                    s.min(MAX_PDF_PAGE / w.max(1.0)).min(MAX_PDF_PAGE / h.max(1.0))
                }
            };
            pages::natural(&diagram, scale)
        }
    };
    if let Some(paper) = p.fit {
        if plan.cut {
            notes.push(Msg::new("picture-cut").arg("pages", plan.pages.len()).arg("paper", paper.name()));
        } else if plan.text_pt < pages::MIN_TEXT_PT {
            notes.push(Msg::new("picture-small-text").arg("size", format!("{:.1}", plan.text_pt)));
        }
    }
    let decorations = decorations(&plan, svg_text, legend, title, opts)?;
    let dec_text: String = decorations.iter().flatten().map(|s| drawn_text(s)).collect::<Result<_, _>>()?;
    let missing = fonts::missing(&db, &dec_text);
    if !missing.is_empty() {
        return Err(PictureError::NoFont { missing });
    }
    let dec_trees = decorations
        .iter()
        .map(|d| d.as_deref().map(|s| parse(s, &db)).transpose())
        .collect::<Result<Vec<_>, _>>()?;
    match p.format {
        PictureFormat::Png => {
            if plan.pages.len() > 1 {
                let paper = p.fit.unwrap_or(Paper::A4);
                return Err(PictureError::PngPages { pages: plan.pages.len(), paper });
            }
            let page = &plan.pages[0];
            // Pixels per point: natural pages are in SVG units (1/96 in), paper in points.
            let unit_in = if p.fit.is_some() { 72.0 } else { 96.0 };
            let mut dpi = asked.unwrap_or(DEFAULT_DPI);
            let px = |dpi: f64| ((page.width * dpi / unit_in).ceil(), (page.height * dpi / unit_in).ceil());
            let (pw, ph) = px(dpi);
            if pw * ph > MAX_PIXELS {
                if asked.is_some() {
                    return Err(PictureError::TooManyPixels { width: pw as u64, height: ph as u64 });
                }
                dpi *= (MAX_PIXELS / (pw * ph)).sqrt() * 0.999;
                notes.push(
                    Msg::new("picture-png-reduced")
                        .arg("dpi", dpi.floor() as usize)
                        .arg("limit", (MAX_PIXELS / 1e6) as usize),
                );
            }
            let (pw, ph) = px(dpi);
            let k = dpi / unit_in;
            let bytes =
                png(&tree, dec_trees[0].as_ref(), page, k, (pw.max(1.0) as u32, ph.max(1.0) as u32), dpi)?;
            Ok(Picture { bytes, pages: 1, width: pw, height: ph, text_pt: plan.text_pt, notes })
        }
        PictureFormat::Pdf => {
            let bytes = pdf(&tree, &dec_trees, &plan, title)?;
            let first = &plan.pages[0];
            let (width, height) = (first.width, first.height);
            Ok(Picture { bytes, pages: plan.pages.len(), width, height, text_pt: plan.text_pt, notes })
        }
    }
}

/// One decimal, no `-0.0`.
fn f(x: f64) -> String {
    let s = format!("{x:.1}");
    if s == "-0.0" { "0.0".to_string() } else { s }
}

/// The SVG drawn over each page of a cut diagram (header with title and page number,
/// the legend at the foot), in points; `None` for a page that is the diagram alone.
fn decorations(
    plan: &Plan,
    svg_text: &str,
    legend: Option<&(String, f64, f64)>,
    title: &str,
    opts: &Options,
) -> Result<Vec<Option<String>>, PictureError> {
    if !plan.cut {
        return Ok(vec![None; plan.pages.len()]);
    }
    let defs = match (svg_text.find("<defs>"), svg_text.find("</defs>")) {
        (Some(a), Some(b)) if a < b => &svg_text[a..b + "</defs>".len()],
        _ => "",
    };
    let total = plan.pages.len();
    let mut out = Vec::with_capacity(total);
    for (i, page) in plan.pages.iter().enumerate() {
        let m = page.dest.1 - pages::HEADER_H;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{}\" font-size=\"9\">{defs}",
            xml(FONT_STACK),
            w = f(page.width),
            h = f(page.height),
        );
        let label = Msg::new("picture-page")
            .arg("page", i + 1)
            .arg("pages", total)
            .arg("row", page.row)
            .arg("col", page.col)
            .render(opts.lang);
        let left = pages::PAPER_MARGIN.min(m);
        // The title gives way to the page number: cut to the room left of it.
        let room = page.width - 2.0 * left - text_em(&label) * 9.0 - 18.0;
        let mut shown = title.to_string();
        while !shown.is_empty() && text_em(&shown) * 10.0 > room {
            shown.pop();
            while shown.ends_with(' ') {
                shown.pop();
            }
            if text_em(&shown) * 10.0 + 10.0 <= room {
                shown.push('…');
                break;
            }
        }
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{}\" font-size=\"10\" font-weight=\"bold\">{}</text><text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#555555\">{}</text><path d=\"M{} {} H{}\" stroke=\"#cccccc\" stroke-width=\"0.5\"/>",
            f(left),
            f(m + 10.0),
            xml(&shown),
            f(page.width - left),
            f(m + 10.0),
            xml(&label),
            f(left),
            f(m + 15.0),
            f(page.width - left),
        );
        if let (Some((frag, _, _)), Some((lx, ly, ls))) = (legend, page.legend) {
            let _ = writeln!(
                s,
                "<path d=\"M{} {} H{}\" stroke=\"#cccccc\" stroke-width=\"0.5\"/><g font-size=\"{}\" transform=\"translate({} {}) scale({})\">{frag}</g>",
                f(lx),
                f(ly),
                f(page.width - lx),
                crate::render::layout::FONT,
                f(lx - MARGIN * ls),
                f(ly),
                ls
            );
        }
        s.push_str("</svg>\n");
        out.push(Some(s));
    }
    Ok(out)
}

/// Where the diagram's units land on a page, in page points.
fn placement(page: &Page) -> (f64, f64, f64) {
    (page.scale, page.dest.0 - page.src.x * page.scale, page.dest.1 - page.src.y * page.scale)
}

fn png(
    tree: &Tree,
    dec: Option<&Tree>,
    page: &Page,
    k: f64,
    (pw, ph): (u32, u32),
    dpi: f64,
) -> Result<Vec<u8>, PictureError> {
    let mut pixmap = Pixmap::new(pw, ph)
        .ok_or(PictureError::TooManyPixels { width: u64::from(pw), height: u64::from(ph) })?;
    pixmap.fill(Color::WHITE);
    let (s, x, y) = placement(page);
    let t = Transform::from_row((s * k) as f32, 0.0, 0.0, (s * k) as f32, (x * k) as f32, (y * k) as f32);
    resvg::render(tree, t, &mut pixmap.as_mut());
    if let Some(d) = dec {
        resvg::render(d, Transform::from_scale(k as f32, k as f32), &mut pixmap.as_mut());
    }
    let bytes = pixmap.encode_png().map_err(|e| PictureError::Internal(e.to_string()))?;
    Ok(with_dpi(bytes, dpi))
}

/// Adds a `pHYs` chunk after the PNG's header, so slide and word-processing programs
/// place the picture at its real size.
fn with_dpi(png: Vec<u8>, dpi: f64) -> Vec<u8> {
    const AFTER_IHDR: usize = 8 + 25;
    if png.len() < AFTER_IHDR || &png[12..16] != b"IHDR" {
        return png;
    }
    let ppm = (dpi / 0.0254).round() as u32;
    let mut chunk = Vec::with_capacity(21);
    chunk.extend_from_slice(&9u32.to_be_bytes());
    chunk.extend_from_slice(b"pHYs");
    chunk.extend_from_slice(&ppm.to_be_bytes());
    chunk.extend_from_slice(&ppm.to_be_bytes());
    chunk.push(1);
    let crc = crc32(&chunk[4..]);
    chunk.extend_from_slice(&crc.to_be_bytes());
    let mut out = Vec::with_capacity(png.len() + chunk.len());
    out.extend_from_slice(&png[..AFTER_IHDR]);
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&png[AFTER_IHDR..]);
    out
}

/// CRC-32 (ISO-HDLC, as PNG uses), bit by bit: only ever run on a 13-byte chunk.
fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xffff_ffffu32;
    for &b in data {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = if c & 1 != 0 { 0xedb8_8320 ^ (c >> 1) } else { c >> 1 };
        }
    }
    !c
}

fn pdf(tree: &Tree, decs: &[Option<Tree>], plan: &Plan, title: &str) -> Result<Vec<u8>, PictureError> {
    let fail = |e: svg2pdf::ConversionError| PictureError::Internal(e.to_string());
    let mut alloc = Ref::new(1);
    let catalog = alloc.bump();
    let page_tree = alloc.bump();
    let info = alloc.bump();
    let mut pdf = Pdf::new();
    // The diagram once, as one form every page shows a part of.
    let (chunk, id) = svg2pdf::to_chunk(tree, svg2pdf::ConversionOptions::default()).map_err(fail)?;
    let mut map = HashMap::new();
    let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
    let diagram = map[&id];
    pdf.extend(&chunk);
    let (w, h) = (tree.size().width() as f64, tree.size().height() as f64);
    let mut page_ids = Vec::with_capacity(plan.pages.len());
    for (page, dec) in plan.pages.iter().zip(decs) {
        let page_id = alloc.bump();
        let content_id = alloc.bump();
        page_ids.push(page_id);
        let dec_id = match dec {
            Some(d) => {
                let (chunk, id) =
                    svg2pdf::to_chunk(d, svg2pdf::ConversionOptions::default()).map_err(fail)?;
                let mut map = HashMap::new();
                let chunk = chunk.renumber(|old| *map.entry(old).or_insert_with(|| alloc.bump()));
                pdf.extend(&chunk);
                Some(map[&id])
            }
            None => None,
        };
        let ph = page.height;
        let (s, x, y) = placement(page);
        let mut c = Content::new();
        c.save_state();
        c.rect(
            page.dest.0 as f32,
            (ph - page.dest.1 - page.src.h * s) as f32,
            (page.src.w * s) as f32,
            (page.src.h * s) as f32,
        );
        c.clip_nonzero();
        c.end_path();
        c.transform([(w * s) as f32, 0.0, 0.0, (h * s) as f32, x as f32, (ph - y - h * s) as f32]);
        c.x_object(Name(b"D"));
        c.restore_state();
        if dec_id.is_some() {
            c.save_state();
            c.transform([page.width as f32, 0.0, 0.0, ph as f32, 0.0, 0.0]);
            c.x_object(Name(b"P"));
            c.restore_state();
        }
        pdf.stream(content_id, &c.finish());
        let mut pg = pdf.page(page_id);
        pg.media_box(PdfRect::new(0.0, 0.0, page.width as f32, ph as f32));
        pg.parent(page_tree);
        pg.contents(content_id);
        let mut res = pg.resources();
        let mut xo = res.x_objects();
        xo.pair(Name(b"D"), diagram);
        if let Some(d) = dec_id {
            xo.pair(Name(b"P"), d);
        }
        xo.finish();
        res.finish();
        pg.finish();
    }
    pdf.catalog(catalog).pages(page_tree);
    pdf.pages(page_tree).kids(page_ids.iter().copied()).count(page_ids.len() as i32);
    pdf.document_info(info).title(TextStr(title)).producer(TextStr("powermap"));
    Ok(crate::render::pdf_canon::canonical(pdf.finish()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_matches_the_png_reference_value() {
        // The CRC of an IEND chunk's type, as every PNG ends with it.
        assert_eq!(crc32(b"IEND"), 0xae42_6082);
    }

    #[test]
    fn drawn_text_skips_tooltips() {
        let t = drawn_text("<svg xmlns=\"http://www.w3.org/2000/svg\"><g><title>tip</title><text>王 <tspan>Li</tspan></text></g></svg>").unwrap();
        assert_eq!(t, "王 Li");
    }
}
