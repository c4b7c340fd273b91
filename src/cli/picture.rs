//! `powermap render --format png|pdf`: checks the picture flags, draws through
//! [`powermap::render::raster`], and says on standard error what the user should know
//! (pages cut, small text). The bytes go back to `render` to be written like any output.

use anyhow::Result;
use std::io::IsTerminal;

use super::UsageError;
use super::render::{FitArg, FormatArg, RenderArgs};
use powermap::graph::OrgGraph;
use powermap::i18n::Msg;
use powermap::render::fonts::FontSource;
use powermap::render::pages::Paper;
use powermap::render::raster::{self, PictureFormat, PictureOptions};
use powermap::render::{Options, Overlay};
use powermap::vocab::Lang;

/// The picture format asked for, or `None` for a text format; a usage error for picture
/// flags given with a text format, flags that mean nothing for a PDF, or binary output
/// bound for a terminal.
pub fn format(a: &RenderArgs, lang: Lang) -> Result<Option<PictureFormat>> {
    let usage = |m: Msg| Err(UsageError(m.render(lang)).into());
    let format = match a.format {
        FormatArg::Png => PictureFormat::Png,
        FormatArg::Pdf => PictureFormat::Pdf,
        _ => {
            let given = [
                ("--fit", a.fit.is_some()),
                ("--scale", a.scale.is_some()),
                ("--dpi", a.dpi.is_some()),
                ("--font-dir", !a.font_dir.is_empty()),
            ];
            return match given.iter().find(|(_, g)| *g) {
                Some((flag, _)) => usage(Msg::new("picture-option-needs-picture").arg("option", *flag)),
                None => Ok(None),
            };
        }
    };
    if format == PictureFormat::Pdf && a.dpi.is_some() {
        return usage(Msg::new("picture-dpi-not-for-pdf"));
    }
    if format == PictureFormat::Pdf && a.fit.is_some() && a.scale.is_some() {
        return usage(Msg::new("picture-scale-with-fit-pdf"));
    }
    if a.output.is_none() && std::io::stdout().is_terminal() {
        let name = if format == PictureFormat::Png { "png" } else { "pdf" };
        return usage(Msg::new("picture-binary-to-terminal").arg("format", name));
    }
    Ok(Some(format))
}

/// Draws the picture; notes go to standard error.
pub fn draw(
    g: &OrgGraph,
    overlay: &Overlay,
    opts: &Options,
    a: &RenderArgs,
    format: PictureFormat,
) -> Result<Vec<u8>> {
    let popts = PictureOptions {
        format,
        fit: a.fit.map(|f| match f {
            FitArg::Slide => Paper::Slide,
            FitArg::A4 => Paper::A4,
            FitArg::A3 => Paper::A3,
        }),
        dpi: a.dpi,
        scale: a.scale,
        fonts: if a.font_dir.is_empty() { FontSource::System } else { FontSource::Dirs(a.font_dir.clone()) },
    };
    match raster::picture(g, overlay, opts, &popts) {
        Ok(pic) => {
            for n in &pic.notes {
                eprintln!("powermap: {}", n.render(opts.lang));
            }
            Ok(pic.bytes)
        }
        Err(e) => anyhow::bail!(e.msg().render(opts.lang)),
    }
}
