//! The HTML report: one self-contained file (inline CSS and SVG, no fetches; a
//! Content-Security-Policy forbids any, and allows only the one inline script of
//! [`super::html_script`] by its SHA-256), with a header naming the account and
//! opportunity, the diagram with its legend, and the analysis sections as tables —
//! all readable with scripts off. Every string from the map or the report is escaped.

use std::io::{self, Write};

use crate::i18n::{tr, tr_args};
use crate::model::Map;
use crate::render::escape::xml;
use crate::render::html_script;
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
.js .pm-stage{position:relative;height:70vh;overflow:hidden;cursor:grab;background:#fff}\
.js .pm-canvas{position:absolute;left:0;top:0;transform-origin:0 0}\
.js .pm-canvas svg{max-width:none;display:block}\
.js .diagram{position:relative}\
.pm-bar{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 6px}\
.pm-bar input,.pm-bar select,.pm-bar button{font:inherit;font-size:13px;padding:3px 8px;border:1px solid #ccc;border-radius:5px;background:#fff}\
.pm-hint{color:#777;font-size:12px;margin:4px 0 0}\
.pm-panel{position:absolute;right:10px;top:44px;width:300px;max-height:60vh;overflow:auto;background:#fff;border:1px solid #ccc;border-radius:6px;padding:8px 12px;box-shadow:0 2px 8px rgba(0,0,0,.15)}\
.pm-panel dt{color:#555;font-size:12px}\
.pm-panel dd{margin:0 0 4px}\
.pm-close{float:right;border:0;background:none;font-size:18px;cursor:pointer}\
g.person{cursor:pointer}\
g.unit-card[data-unit]{cursor:pointer}\
svg.pm-lit g.unit-card:not(.pm-on){opacity:.35}\
g.unit-card.pm-on>rect{stroke:#1f6feb;stroke-width:4}\
svg.pm-filtered g.person:not(.pm-match),svg.pm-lit g.person:not(.pm-on){opacity:.18}\
g.person.pm-on rect{stroke:#1f6feb;stroke-width:4}\
svg.pm-lit path.tie:not(.pm-on){opacity:.15}\
svg.pm-lit path.tie.pm-on{stroke:#1f6feb;stroke-width:4}\
tr.pm-link{cursor:pointer}\
tr.pm-link:hover td{background:#eef4ff}\
tr.pm-lit td{background:#dbe8ff}\
@page{size:A4 portrait;margin:14mm 12mm}\
@page diagram{size:A4 landscape;margin:8mm}\
@media print{\
body{margin:0;font-size:10pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}\
.pm-bar,.pm-hint,.pm-panel{display:none}\
.js .pm-stage{width:100%;height:100%;overflow:visible}\
.js .pm-canvas{position:static;transform:none!important;width:100%;height:100%}\
.js .pm-canvas svg{width:100%;height:100%}\
.diagram{page:diagram;break-before:page;break-after:page;border:0;padding:0;margin:0;overflow:visible;height:190mm;display:flex;align-items:center;justify-content:center}\
.diagram svg{display:block;width:100%;height:100%;max-width:none}\
.report{break-before:page}\
h2{break-after:avoid}\
table{width:100%;font-size:9pt;margin:4px 0 12px}\
thead{display:table-header-group}\
tr{break-inside:avoid}\
th,td{word-break:keep-all;overflow-wrap:break-word;hyphens:manual;padding:3px 5px}\
th,td.short{white-space:nowrap}\
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
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src {}\">",
        html_script::script_hash()
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
        View::Overview => "report-html-view-overview",
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
                    // A short value (a score, a stance, "中（75%）") is kept on one line.
                    let short = cell.chars().count() <= 12 && !cell.contains('\n');
                    let open = if short { "<td class=\"short\">" } else { "<td>" };
                    write!(w, "{open}{}</td>", xml(cell).replace('\n', "<br>"))?;
                }
                writeln!(w, "</tr>")?;
            }
            writeln!(w, "</tbody>")?;
            writeln!(w, "</table>")?;
        }
        writeln!(w, "</section>")?;
    }
    writeln!(w, "<footer>{}</footer>", xml(&t("report-html-footer")))?;
    writeln!(
        w,
        "<script type=\"application/json\" id=\"pm-data\">{}</script>",
        html_script::data(map, overlay, lang)
    )?;
    writeln!(w, "<script>{}</script>", html_script::SCRIPT)?;
    writeln!(w, "</body>")?;
    writeln!(w, "</html>")
}
