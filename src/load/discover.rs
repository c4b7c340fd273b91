//! Which map to read when none is named: the one map in a directory, if there is
//! exactly one (`map.json`, a `people.csv` / `人员.csv`, or one workbook).

use std::path::{Path, PathBuf};

/// Is this a workbook file powermap reads (not an office suite's lock file)?
fn is_workbook(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let ext = p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    !name.starts_with("~$")
        && !name.starts_with(".~lock")
        && matches!(ext.as_deref(), Some("xlsx" | "xlsm" | "xls" | "ods"))
}

/// The one map in `dir`, if it holds exactly one: `map.json`, a people file
/// (`people.csv` or `人员.csv`, with its siblings), or a workbook. Sorted listing, so
/// the answer does not depend on the order the file system lists names in.
pub fn map_in_dir(dir: &Path) -> Option<PathBuf> {
    let mut found: Vec<PathBuf> = Vec::new();
    let json = dir.join("map.json");
    if json.is_file() {
        found.push(json);
    }
    if let Some(p) = ["people.csv", "人员.csv"].iter().map(|n| dir.join(n)).find(|p| p.is_file()) {
        found.push(p);
    }
    let mut books: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file() && is_workbook(p)).collect()
        })
        .unwrap_or_default();
    books.sort();
    found.extend(books);
    match found.as_slice() {
        [one] => Some(one.clone()),
        _ => None,
    }
}
