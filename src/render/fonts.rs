//! Fonts for PNG and PDF pictures: the system's fonts (or only those in folders the user
//! names), with the diagram's font stack resolved to a font that is installed, and a
//! check that every letter a picture draws is in some installed font — so a map whose
//! names no font covers is refused with a message naming what to install, never drawn
//! as empty boxes ("tofu").

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use resvg::usvg::fontdb::{Database, Family, Query};

/// Where the fonts of a picture come from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum FontSource {
    /// The fonts installed on the system (fontconfig's folders on Linux).
    #[default]
    System,
    /// Only the font files in these folders (and files), searched recursively.
    Dirs(Vec<PathBuf>),
}

/// Families tried, in order, for the generic `sans-serif` every diagram names last:
/// CJK fonts first (they also carry Latin letters), then common Latin ones.
const PREFERRED: [&str; 10] = [
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "DejaVu Sans",
    "Liberation Sans",
    "Arial",
];

/// The font database of a source. The system's is loaded once per process.
/// Reading the folders is O(number of font files); with memory-mapped files it does not
/// read whole fonts.
pub fn database(source: &FontSource) -> Arc<Database> {
    static SYSTEM: OnceLock<Arc<Database>> = OnceLock::new();
    match source {
        FontSource::System => SYSTEM
            .get_or_init(|| {
                let mut db = Database::new();
                db.load_system_fonts();
                Arc::new(finish(db))
            })
            .clone(),
        FontSource::Dirs(dirs) => {
            let mut db = Database::new();
            for d in dirs {
                if d.is_file() {
                    let _ = db.load_font_file(d);
                } else {
                    db.load_fonts_dir(d);
                }
            }
            Arc::new(finish(db))
        }
    }
}

/// Points the generic families at an installed font: the first of [`PREFERRED`] that is
/// there, else the first font found (by family name, for a stable choice).
fn finish(mut db: Database) -> Database {
    let installed = |db: &Database, name: &str| {
        db.query(&Query { families: &[Family::Name(name)], ..Query::default() }).is_some()
    };
    let base = PREFERRED
        .iter()
        .find(|n| installed(&db, n))
        .map(|n| n.to_string())
        .or_else(|| db.faces().filter_map(|f| f.families.first().map(|(n, _)| n.clone())).min());
    if let Some(base) = base {
        db.set_sans_serif_family(base.clone());
        db.set_serif_family(base);
    }
    db
}

/// The letters of `text` that no font of `db` has, in code-point order (whitespace and
/// control characters are not letters to draw). O(faces × distinct letters) at worst;
/// stops as soon as every letter is found.
pub fn missing(db: &Database, text: &str) -> Vec<char> {
    let mut left: BTreeSet<char> = text.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
    for face in db.faces() {
        if left.is_empty() {
            break;
        }
        db.with_face_data(face.id, |data, index| {
            if let Ok(f) = ttf_parser::Face::parse(data, index) {
                left.retain(|&c| f.glyph_index(c).is_none());
            }
        });
    }
    left.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_font_folder_covers_no_letter() {
        let dir = tempfile::tempdir().unwrap();
        let db = database(&FontSource::Dirs(vec![dir.path().to_path_buf()]));
        assert_eq!(missing(&db, "Li 王 \n"), vec!['L', 'i', '王']);
    }

    #[test]
    fn system_fonts_cover_latin_letters() {
        let db = database(&FontSource::System);
        if !db.is_empty() {
            assert!(missing(&db, "Account review").is_empty());
        }
    }
}
