//! PNG and PDF pictures: every map in data/ drawn as both and the files decoded (PNG
//! size and pixels, PDF pages and embedded text fonts; the PDF's text layer is read by
//! pdftotext in scripts/outside-checks.sh), slides and paper sizes, cut pages with text
//! at 7 pt or more, a clear refusal when no font has the map's letters, the flags.

use assert_cmd::Command;
use powermap::graph::OrgGraph;
use powermap::render::fonts::FontSource;
use powermap::render::pages::{MIN_TEXT_PT, Paper};
use powermap::render::raster::{Picture, PictureError, PictureFormat, PictureOptions, picture};
use powermap::render::{Format, Options, Overlay};
use powermap::vocab::Lang;
use resvg::tiny_skia::Pixmap;

fn draw(map: &powermap::model::Map, opts: &Options, p: &PictureOptions) -> Result<Picture, PictureError> {
    picture(&OrgGraph::new(map), &Overlay::default(), opts, p)
}

/// Width and height of the built-in SVG of a map, from its root element.
fn svg_size(map: &powermap::model::Map, opts: &Options) -> (f64, f64) {
    let svg = crate::draw(map, Format::Svg, &Overlay::default(), opts);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    let num = |a| root.attribute(a).unwrap().parse::<f64>().unwrap();
    (num("width"), num("height"))
}

/// Pages of a PDF written by powermap, and their media boxes.
fn pdf_pages(pdf: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(pdf);
    assert!(text.starts_with("%PDF-"), "not a PDF");
    assert!(text.trim_end().ends_with("%%EOF"), "a PDF ends with %%EOF");
    text.match_indices("/Type /Page\n")
        .chain(text.match_indices("/Type /Page "))
        .map(|(i, _)| {
            let rest = &text[i..];
            let mb = rest.find("/MediaBox [").map(|j| &rest[j + 11..]).unwrap_or("");
            mb[..mb.find(']').unwrap_or(0)].to_string()
        })
        .collect()
}

fn pixmap(png: &[u8]) -> Pixmap {
    Pixmap::decode_png(png).expect("a PNG that decodes")
}

/// Share of pixels that are not white: a picture with its drawing on it.
fn inked(p: &Pixmap) -> f64 {
    let n = p.pixels().iter().filter(|c| (c.red(), c.green(), c.blue()) != (255, 255, 255)).count();
    n as f64 / p.pixels().len() as f64
}

#[test]
fn every_map_in_data_draws_as_png_and_pdf_in_both_languages() {
    for (name, map) in crate::data_maps() {
        for lang in [Lang::En, Lang::Zh, Lang::ZhHant] {
            let opts = Options { lang, ..Options::default() };
            let (w, h) = svg_size(&map, &opts);
            let png = draw(&map, &opts, &PictureOptions::new(PictureFormat::Png))
                .unwrap_or_else(|e| panic!("{name} {lang:?}: {e}"));
            let pix = pixmap(&png.bytes);
            // Default: 192 dpi, twice the SVG's own pixels.
            assert_eq!(
                (pix.width(), pix.height()),
                ((w * 2.0).ceil() as u32, (h * 2.0).ceil() as u32),
                "{name}"
            );
            let ink = inked(&pix);
            assert!(ink > 0.02 && ink < 0.9, "{name} {lang:?}: {ink} of the PNG is drawn on");
            assert!(png.bytes.windows(4).any(|w| w == b"pHYs"), "{name}: the PNG says its resolution");
            let pdf = draw(&map, &opts, &PictureOptions::new(PictureFormat::Pdf))
                .unwrap_or_else(|e| panic!("{name} {lang:?}: {e}"));
            let pages = pdf_pages(&pdf.bytes);
            assert_eq!(pages.len(), 1, "{name}");
            // The SVG's own size at 96 per inch, in points.
            assert!((pdf.width - w * 0.75).abs() < 0.01 && (pdf.height - h * 0.75).abs() < 0.01, "{name}");
            let text = String::from_utf8_lossy(&pdf.bytes);
            assert!(text.contains("/ToUnicode") && text.contains("/FontFile2"), "{name}: text is real text");
        }
    }
}

#[test]
fn a_slide_is_16_by_9_and_dpi_sets_its_pixels() {
    let map = powermap::load::load(&powermap::load::MapSource::Embedded).unwrap().map;
    let p = PictureOptions { fit: Some(Paper::Slide), ..PictureOptions::new(PictureFormat::Png) };
    let pic = draw(&map, &Options::default(), &p).unwrap();
    let pix = pixmap(&pic.bytes);
    assert_eq!((pix.width(), pix.height()), (2560, 1440));
    let small = draw(&map, &Options::default(), &PictureOptions { dpi: Some(96.0), ..p.clone() }).unwrap();
    assert_eq!((pixmap(&small.bytes).width(), pixmap(&small.bytes).height()), (1280, 720));
    let pdf = draw(&map, &Options::default(), &PictureOptions { format: PictureFormat::Pdf, ..p }).unwrap();
    assert_eq!(pdf_pages(&pdf.bytes), vec!["0 0 960 540".to_string()]);
}

#[test]
fn a_wide_map_on_a4_takes_numbered_pages_with_text_of_seven_points_or_more() {
    let map = powermap::generate::generate(120, 3);
    let opts = Options { lang: Lang::En, ..Options::default() };
    let p = PictureOptions { fit: Some(Paper::A4), ..PictureOptions::new(PictureFormat::Pdf) };
    let pdf = draw(&map, &opts, &p).unwrap();
    let pages = pdf_pages(&pdf.bytes);
    assert!(pages.len() > 1, "{} pages", pages.len());
    assert_eq!(pdf.pages, pages.len());
    assert!(pages.iter().all(|mb| mb == "0 0 841.89 595.28"), "{pages:?}");
    assert!(pdf.text_pt >= MIN_TEXT_PT - 1e-9, "text at {} pt", pdf.text_pt);
    let plan_pt = pdf.notes.iter().find(|n| n.key == "picture-cut");
    assert!(plan_pt.is_some(), "the user is told the map was cut");
    // Every page's header: its number, in the map's own words.
    let text = String::from_utf8_lossy(&pdf.bytes);
    assert!(text.contains("/Title"), "the PDF carries the map's title");
    // A3 needs fewer sheets; a PNG cannot hold several pages and says so.
    let a3 = draw(&map, &opts, &PictureOptions { fit: Some(Paper::A3), ..p.clone() }).unwrap();
    assert!(a3.pages < pdf.pages);
    match draw(&map, &opts, &PictureOptions { format: PictureFormat::Png, ..p }) {
        Err(e @ PictureError::PngPages { .. }) => {
            assert!(e.msg().render(Lang::En).contains("--format pdf"));
        }
        other => panic!("{:?}", other.map(|p| p.pages)),
    }
}

/// PNGs and PDFs are byte-identical run to run (svg2pdf's hash-map order of fonts and
/// resources is rewritten into one canonical order), on every map in data/.
#[test]
fn pictures_are_the_same_run_to_run() {
    let map = powermap::load::load(&powermap::load::MapSource::Embedded).unwrap().map;
    for fit in [None, Some(Paper::Slide)] {
        let p = PictureOptions { fit, ..PictureOptions::new(PictureFormat::Png) };
        let (a, b) =
            (draw(&map, &Options::default(), &p).unwrap(), draw(&map, &Options::default(), &p).unwrap());
        assert!(a.bytes == b.bytes, "{fit:?}");
    }
    for (name, map) in crate::data_maps() {
        for fit in [None, Some(Paper::A4)] {
            let p = PictureOptions { fit, ..PictureOptions::new(PictureFormat::Pdf) };
            let runs: Vec<Vec<u8>> =
                (0..3).map(|_| draw(&map, &Options::default(), &p).unwrap().bytes).collect();
            assert!(runs[0].starts_with(b"%PDF-") && runs[0].ends_with(b"%%EOF"), "{name}");
            assert!(runs.iter().all(|r| *r == runs[0]), "{name} {fit:?}: the PDFs differ run to run");
            // Byte offsets, so the PDF is read as bytes (binary streams are not UTF-8).
            let pdf = &runs[0];
            let find = |needle: &[u8]| pdf.windows(needle.len()).rposition(|w| w == needle);
            let sx = find(b"startxref\n").unwrap() + 10;
            let tail = String::from_utf8_lossy(&pdf[sx..]);
            let at: usize = tail.trim_end_matches("%%EOF").trim().parse().unwrap();
            assert!(pdf[at..].starts_with(b"xref"), "{name}: startxref points at the table");
            // Every entry of the table points at its object.
            let table = String::from_utf8_lossy(&pdf[at..sx]).into_owned();
            for (k, line) in table.lines().skip(3).take_while(|l| l.ends_with(" n")).enumerate() {
                let off: usize = line[..10].parse().unwrap();
                assert!(
                    pdf[off..].starts_with(format!("{} 0 obj\n", k + 1).as_bytes()),
                    "{name}: object {}",
                    k + 1
                );
            }
        }
    }
}

/// A Latin-only font file on this machine (Debian's fonts-dejavu-core).
fn latin_font() -> std::path::PathBuf {
    for p in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf"] {
        if std::path::Path::new(p).is_file() {
            return p.into();
        }
    }
    panic!("DejaVuSans.ttf not found: run scripts/test-deps.sh (fonts-dejavu-core)");
}

#[test]
fn without_a_font_for_the_names_the_picture_is_refused_naming_what_to_install() {
    let map = powermap::load::load(&powermap::load::MapSource::Embedded).unwrap().map;
    let latin = PictureOptions {
        fonts: FontSource::Dirs(vec![latin_font()]),
        ..PictureOptions::new(PictureFormat::Png)
    };
    for format in [PictureFormat::Png, PictureFormat::Pdf] {
        match draw(&map, &Options::default(), &PictureOptions { format, ..latin.clone() }) {
            Err(e @ PictureError::NoFont { .. }) => {
                let PictureError::NoFont { missing } = &e else { unreachable!() };
                assert!(missing.contains(&'黄'), "{missing:?}");
                assert!(!missing.contains(&'N'), "DejaVu has Latin letters");
                for lang in [Lang::En, Lang::Zh, Lang::ZhHant] {
                    let m = e.msg().render(lang);
                    assert!(m.contains("fonts-noto-cjk") && m.contains("fonts-wqy-microhei"), "{m}");
                }
            }
            other => panic!("{format:?}: {:?}", other.map(|p| p.pages)),
        }
    }
    // A map written in Latin letters only is drawn with that font alone.
    let en = crate::load(
        r#"{"version":1,"account":"Acme","people":[{"id":"a","name":"Ann Lee"},{"id":"b","name":"Bo Chen"}],
            "ties":[{"from":"b","to":"a","kind":"reports_to"}]}"#,
    );
    let opts = Options { lang: Lang::En, ..Options::default() };
    assert!(draw(&en, &opts, &latin).is_ok());
    // No fonts at all: the same clear refusal, never empty boxes.
    let empty = tempfile::tempdir().unwrap();
    let none = PictureOptions { fonts: FontSource::Dirs(vec![empty.path().into()]), ..latin };
    assert!(matches!(draw(&en, &opts, &none), Err(PictureError::NoFont { .. })));
}

fn powermap() -> Command {
    Command::cargo_bin("powermap").unwrap()
}

#[test]
fn the_command_line_writes_png_and_pdf_files_and_refuses_flags_that_do_not_apply() {
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("nc.png");
    powermap().args(["render", "--format", "png", "--fit", "slide", "-o"]).arg(&png).assert().success();
    let pix = pixmap(&std::fs::read(&png).unwrap());
    assert_eq!((pix.width(), pix.height()), (2560, 1440));
    let pdf = dir.path().join("nc.pdf");
    let out = powermap()
        .args(["render", "--format", "pdf", "--fit", "a4", "--lang", "en", "-o"])
        .arg(&pdf)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!pdf_pages(&std::fs::read(&pdf).unwrap()).is_empty());
    // Piped output is fine (a terminal is refused; a test has none).
    let out = powermap().args(["render", "--format", "pdf"]).output().unwrap();
    assert!(out.status.success() && out.stdout.starts_with(b"%PDF-"));
    for (args, said) in [
        (vec!["--format", "svg", "--fit", "a4"], "--fit"),
        (vec!["--format", "html", "--dpi", "300"], "--dpi"),
        (vec!["--format", "pdf", "--dpi", "300"], "--dpi"),
        (vec!["--format", "pdf", "--fit", "a4", "--scale", "2"], "--scale"),
    ] {
        let out = powermap().arg("render").args(&args).args(["--lang", "en"]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains(said), "{args:?}: {err}");
    }
    let empty = tempfile::tempdir().unwrap();
    let out = powermap()
        .args(["render", "--format", "png", "--font-dir"])
        .arg(empty.path())
        .arg("-o")
        .arg(&png)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("fonts-noto-cjk"), "{err}");
}
