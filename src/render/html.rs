//! The HTML report: one self-contained file (inline CSS and SVG, no scripts, no
//! fetches; a Content-Security-Policy forbids any), with a header naming the account and
//! opportunity, the diagram with its legend, and the analysis sections as tables.
//! Every string from the map or the report is escaped.

use std::io::{self, Write};

use crate::i18n::{tr, tr_args};
use crate::model::Map;
use crate::render::escape::xml;
use crate::render::view::Scene;
use crate::render::{Options, Overlay, View};

const CSS: &str = "body{font-family:\"Noto Sans CJK SC\",\"Noto Sans SC\",\"Microsoft YaHei\",\"PingFang SC\",sans-serif;margin:24px;color:#222;background:#fff}\
h1{font-size:22px;margin:0 0 4px}\
.sub{color:#555;margin:0 0 16px}\
.diagram{overflow:auto;border:1px solid #ddd;padding:8px;margin-bottom:24px}\
.diagram svg{max-width:100%;height:auto}\
table{border-collapse:collapse;margin:8px 0 24px;font-size:14px}\
th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}\
th{background:#f0f0f0}\
h2{font-size:18px;margin:16px 0 4px}\
.none{color:#777}\
footer{color:#777;font-size:12px;margin-top:32px}\
@page{size:A4 portrait;margin:14mm 12mm}\
@page diagram{size:A4 landscape;margin:8mm}\
@media print{\
body{margin:0;font-size:10pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}\
.diagram{page:diagram;break-before:page;break-after:page;border:0;padding:0;margin:0;overflow:visible;height:190mm;display:flex;align-items:center;justify-content:center}\
.diagram svg{display:block;width:100%;height:100%;max-width:none}\
.report{break-before:page}\
h2{break-after:avoid}\
table{width:100%;font-size:9pt;margin:4px 0 12px}\
thead{display:table-header-group}\
tr{break-inside:avoid}\
th,td{word-break:keep-all;overflow-wrap:break-word;hyphens:manual;padding:3px 5px}\
th{white-space:nowrap}\
footer{margin-top:12px}\
}";

/// Writes the report around an SVG diagram (already produced by an engine). O(size).
pub fn write(
    map: &Map,
    scene: &Scene,
    overlay: &Overlay,
    opts: &Options,
    svg: &str,
    w: &mut dyn Write,
) -> io::Result<()> {
    let lang = opts.lang;
    let t = |key: &str| tr(lang, key);
    let no_account = t("report-html-no-account");
    let account = map.account.as_deref().unwrap_or(&no_account);
    writeln!(w, "<!DOCTYPE html>")?;
    writeln!(w, "<html lang=\"{}\">", xml(&t("report-html-lang")))?;
    writeln!(w, "<head>")?;
    writeln!(w, "<meta charset=\"utf-8\">")?;
    writeln!(
        w,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
    )?;
    writeln!(w, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")?;
    writeln!(w, "<title>{} — powermap</title>", xml(account))?;
    writeln!(w, "<style>{CSS}</style>")?;
    writeln!(w, "</head>")?;
    writeln!(w, "<body>")?;
    writeln!(w, "<header>")?;
    writeln!(w, "<h1>{}</h1>", xml(account))?;
    if let Some(o) = &map.opportunity {
        let line = tr_args(lang, "report-html-opportunity", &[("opportunity", o.into())]);
        writeln!(w, "<p class=\"sub\">{}</p>", xml(&line))?;
    }
    let view = t(match opts.view {
        View::Org => "report-html-view-org",
        View::Influence => "report-html-view-influence",
        View::Coverage => "report-html-view-coverage",
        View::Full => "report-html-view-full",
    });
    let summary = tr_args(
        lang,
        "report-html-summary",
        &[("view", view.into()), ("people", scene.people.len().into()), ("ties", scene.ties.len().into())],
    );
    writeln!(w, "<p class=\"sub\">{}</p>", xml(&summary))?;
    writeln!(w, "</header>")?;
    writeln!(w, "<section class=\"diagram\" aria-label=\"{}\">", xml(&t("report-html-diagram")))?;
    w.write_all(svg.trim_end().as_bytes())?;
    writeln!(w)?;
    writeln!(w, "</section>")?;
    for sec in &overlay.sections {
        writeln!(w, "<section class=\"report\">")?;
        writeln!(w, "<h2>{}</h2>", xml(&sec.title))?;
        if sec.rows.is_empty() {
            writeln!(w, "<p class=\"none\">{}</p>", xml(&t("report-html-none")))?;
        } else {
            writeln!(w, "<table>")?;
            write!(w, "<thead><tr>")?;
            for c in &sec.columns {
                write!(w, "<th>{}</th>", xml(c))?;
            }
            writeln!(w, "</tr></thead>")?;
            writeln!(w, "<tbody>")?;
            for row in &sec.rows {
                write!(w, "<tr>")?;
                for cell in row {
                    write!(w, "<td>{}</td>", xml(cell).replace('\n', "<br>"))?;
                }
                writeln!(w, "</tr>")?;
            }
            writeln!(w, "</tbody>")?;
            writeln!(w, "</table>")?;
        }
        writeln!(w, "</section>")?;
    }
    writeln!(w, "<footer>{}</footer>", xml(&t("report-html-footer")))?;
    writeln!(w, "</body>")?;
    writeln!(w, "</html>")
}
