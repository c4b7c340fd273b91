//! Saving a map read from spreadsheets back in its own form: a CSV folder (the people
//! file it was read from and the ties, units and account files beside it, found as the
//! loader finds them) or a workbook (`.xlsx`), written by the same tables as
//! `powermap export` ([`crate::sheets`]).
//!
//! A CSV save writes every file to a temporary sibling first (synced), then renames
//! each over its file, after copying every file there was into one history folder
//! (`.powermap/history/<name>-<time>/`, itself a map `powermap diff` reads). A crash
//! before the renames leaves the old files whole; one between two renames leaves the
//! old set whole in the history.
//!
//! What a CSV save keeps: the file names (Chinese or English, a `acme-people.csv`
//! prefix), the headers' language (as the loader judged it), the tables that were
//! there (a table is added only when it has rows). What it normalizes: UTF-8 with a
//! byte-order mark, commas and CRLF, the export's column order, columns powermap does
//! not read dropped, every tie in the ties file (or, when there was no ties file,
//! plain reporting lines in the people file's `reports_to` column). A workbook is
//! rewritten as the export's workbook: sheets, formatting and columns powermap does
//! not read are not kept (the history keeps the original).

use std::io::Write;
use std::path::{Path, PathBuf};

use super::save::{history_dir, stamp};
use crate::load;
use crate::model::Map;
use crate::sheets::{self, Layout, Part};
use crate::vocab::Lang;

/// The files of a CSV map read from `people`: each table's file, there or to be made.
pub fn csv_files(people: &Path) -> Vec<(Part, PathBuf, bool)> {
    let dir = people.parent().unwrap_or(Path::new("."));
    let file = people.file_name().and_then(|f| f.to_str()).unwrap_or("people.csv");
    let sib = load::siblings(people);
    let new_name = |en: &str, zh: &str, hant: &str| -> PathBuf {
        let name = if file.contains("people") {
            file.replace("people", en)
        } else if file.contains("人员") {
            file.replace("人员", zh)
        } else if file.contains("人員") {
            file.replace("人員", hant)
        } else {
            format!("{en}.csv")
        };
        dir.join(name)
    };
    let one = |part: Part, found: Option<PathBuf>, names: (&str, &str, &str)| match found {
        Some(p) => (part, p, true),
        None => (part, new_name(names.0, names.1, names.2), false),
    };
    vec![
        (Part::People, people.to_path_buf(), people.is_file()),
        one(Part::Ties, sib.ties, ("ties", "关系", "關係")),
        one(Part::Units, sib.units, ("units", "部门", "部門")),
        one(Part::Account, sib.account, ("account", "客户", "客戶")),
    ]
}

/// The files on disk now, with their bytes (those that exist).
pub fn on_disk(files: &[PathBuf]) -> std::io::Result<Vec<(PathBuf, Vec<u8>)>> {
    let mut out = Vec::new();
    for f in files {
        match std::fs::read(f) {
            Ok(b) => out.push((f.clone(), b)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// The CSV files of `map` in the header language `lang`: (path, bytes) for each table
/// that was there or has rows.
pub fn csv_contents(map: &Map, people: &Path, lang: Lang) -> Vec<(PathBuf, Vec<u8>)> {
    let files = csv_files(people);
    let had_ties = files.iter().any(|(p, _, there)| *p == Part::Ties && *there);
    let layout = if had_ties { Layout::Export } else { Layout::Template };
    let tables = sheets::tables(map, lang, layout);
    files
        .into_iter()
        .filter_map(|(part, path, there)| {
            let t = tables.iter().find(|t| t.part == part)?;
            (there || part == Part::People || !t.rows.is_empty())
                .then(|| (path, sheets::to_csv(t, lang).into_bytes()))
        })
        .collect()
}

/// The workbook of `map`, sheets and headers in `lang`.
pub fn workbook_contents(map: &Map, lang: Lang) -> Result<Vec<u8>, String> {
    sheets::workbook(&sheets::tables(map, lang, Layout::Export), lang, true).map_err(|e| e.to_string())
}

fn temp_of(path: &Path) -> PathBuf {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    dir.join(format!(".{name}.powermap-{}.tmp", std::process::id()))
}

/// Writes every file: all to temporary siblings first (synced), then each renamed over
/// its file. On a failure before the renames nothing is changed and no temporary is left.
pub fn write_all_atomic(files: &[(PathBuf, Vec<u8>)]) -> std::io::Result<()> {
    let mut temps = Vec::new();
    let written = (|| {
        for (path, bytes) in files {
            let tmp = temp_of(path);
            temps.push(tmp.clone());
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(bytes)?;
            f.sync_all()?;
        }
        Ok(())
    })();
    if let Err(e) = written {
        for t in &temps {
            let _ = std::fs::remove_file(t);
        }
        return Err(e);
    }
    for ((path, _), tmp) in files.iter().zip(&temps) {
        if let Err(e) = std::fs::rename(tmp, path) {
            for t in &temps {
                let _ = std::fs::remove_file(t);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// Copies every file of a CSV map into one new history folder; the folder's path.
pub fn snapshot_folder(people: &Path, files: &[(PathBuf, Vec<u8>)]) -> std::io::Result<PathBuf> {
    let history = history_dir(people);
    std::fs::create_dir_all(&history)?;
    let stem = people
        .parent()
        .and_then(Path::file_name)
        .map(|s| s.to_string_lossy().into_owned())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "map".into());
    let base = stamp();
    for n in 0..1000u32 {
        let dir = history.join(if n == 0 { format!("{stem}-{base}") } else { format!("{stem}-{base}-{n}") });
        match std::fs::create_dir(&dir) {
            Ok(()) => {
                for (path, bytes) in files {
                    let name = path.file_name().unwrap_or(path.as_os_str());
                    let mut f = std::fs::File::create(dir.join(name))?;
                    f.write_all(bytes)?;
                    f.sync_all()?;
                }
                return Ok(dir);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free snapshot name"))
}

#[cfg(test)]
mod tests {
    use super::super::save::{Saved, save};
    use super::super::session::{Edit, Form, Session};
    use super::*;
    use crate::whatif::Assumption;

    fn nc() -> Map {
        load::load_json_str(load::EMBEDDED_MAP, "nc").unwrap().map
    }

    fn stance(person: &str, v: &str) -> Edit {
        let a = Assumption::Set { person: person.into(), field: "stance".into(), value: Some(v.into()) };
        Edit::Assume { assumption: a }
    }

    /// The North China map as a CSV folder with Chinese file names and headers.
    fn chinese_folder(dir: &Path) {
        for t in sheets::tables(&nc(), Lang::Zh, Layout::Export) {
            let name = match t.part {
                Part::People => "人员.csv",
                Part::Ties => "关系.csv",
                Part::Units => "部门.csv",
                Part::Account => "客户.csv",
            };
            std::fs::write(dir.join(name), sheets::to_csv(&t, Lang::Zh)).unwrap();
        }
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_csv_folder_is_saved_as_the_same_files_with_every_old_file_in_the_history() {
        let dir = tempfile::tempdir().unwrap();
        chinese_folder(dir.path());
        let before = names(dir.path());
        let mut s = Session::open(Some(dir.path()), Some(Lang::En)).unwrap();
        assert_eq!(s.form, Form::Csv);
        s.edit(&[stance("liu", "supporter")]).unwrap();
        let Saved::Written { snapshot: Some(snap) } = save(&mut s, false).unwrap() else { panic!() };
        // The same files (no temporaries left), headers still in Chinese, and it loads back.
        let mut after = names(dir.path());
        after.retain(|n| n != ".powermap");
        assert_eq!(after, before);
        let people = std::fs::read_to_string(dir.path().join("人员.csv")).unwrap();
        assert!(people.starts_with("\u{feff}") && people.contains("立场"), "{people}");
        let again = load::load_path(dir.path()).unwrap().map;
        assert_eq!(again, s.map);
        // The history folder is the old map, every file of it.
        assert_eq!(names(&snap), before);
        assert_eq!(load::load_path(&snap).unwrap().map, nc());
        assert!(!s.dirty());
    }

    #[test]
    fn a_csv_file_changed_on_disk_is_not_overwritten_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        chinese_folder(dir.path());
        let mut s = Session::open(Some(dir.path()), Some(Lang::Zh)).unwrap();
        s.edit(&[stance("liu", "supporter")]).unwrap();
        let ties = dir.path().join("关系.csv");
        let theirs = format!("{}\n", std::fs::read_to_string(&ties).unwrap().trim_end());
        std::fs::write(&ties, &theirs).unwrap();
        assert!(matches!(save(&mut s, false).unwrap(), Saved::ChangedOnDisk { .. }));
        assert_eq!(std::fs::read_to_string(&ties).unwrap(), theirs);
        assert!(matches!(save(&mut s, true).unwrap(), Saved::Written { snapshot: Some(_) }));
        assert_eq!(load::load_path(dir.path()).unwrap().map, s.map);
    }

    #[test]
    fn a_new_table_is_named_like_the_people_file() {
        let dir = tempfile::tempdir().unwrap();
        let people = dir.path().join("acme-people.csv");
        std::fs::write(&people, "id,name\na,A\nb,B\n").unwrap();
        let mut s = Session::open(Some(&people), Some(Lang::En)).unwrap();
        let tie =
            Assumption::AddTie { from: "a".into(), to: "b".into(), kind: "knows".into(), strength: None };
        s.edit(&[
            Edit::AddUnit { id: "u".into(), name: Some("U".into()), parent: None },
            Edit::Assume { assumption: tie },
        ])
        .unwrap();
        save(&mut s, false).unwrap();
        assert_eq!(names(dir.path()), [".powermap", "acme-people.csv", "acme-ties.csv", "acme-units.csv"]);
        assert_eq!(load::load_path(&people).unwrap().map, s.map);
    }

    #[test]
    fn a_workbook_is_saved_as_a_workbook() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("nc.xlsx");
        std::fs::write(&file, workbook_contents(&nc(), Lang::Zh).unwrap()).unwrap();
        let mut s = Session::open(Some(&file), Some(Lang::En)).unwrap();
        assert_eq!(s.form, Form::Workbook);
        s.edit(&[stance("liu", "supporter")]).unwrap();
        let Saved::Written { snapshot: Some(snap) } = save(&mut s, false).unwrap() else { panic!() };
        assert_eq!(load::load_path(&file).unwrap().map, s.map);
        assert_eq!(load::load_path(&snap).unwrap().map, nc());
    }

    #[test]
    fn forms_the_workspace_cannot_write_are_refused_whole() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("people.tsv");
        std::fs::write(&file, "id\tname\na\tA\n").unwrap();
        let mut s = Session::open(Some(&file), Some(Lang::En)).unwrap();
        assert_eq!(s.form, Form::ReadOnly);
        let e = save(&mut s, true).unwrap_err();
        assert_eq!(e.key, "serve-save-form");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "id\tname\na\tA\n");
    }

    #[test]
    fn a_json_save_keeps_the_users_key_order_and_unknown_fields() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("m.json");
        let text = "{\n  \"people\": [\n    {\"name\": \"A\", \"stance\": \"neutral\", \"id\": \"a\", \"crm_id\": 17},\n    \
                    {\"name\": \"B\", \"id\": \"b\"}\n  ],\n  \"ties\": [{\"to\": \"b\", \"from\": \"a\", \"kind\": \"knows\"}],\n  \
                    \"x-owner\": \"sales-east\",\n  \"account\": \"Acme\"\n}\n";
        std::fs::write(&file, text).unwrap();
        let mut s = Session::open(Some(&file), Some(Lang::En)).unwrap();
        s.edit(&[stance("a", "supporter")]).unwrap();
        save(&mut s, false).unwrap();
        let saved = std::fs::read_to_string(&file).unwrap();
        let pos = |k: &str| saved.find(k).unwrap_or_else(|| panic!("{k} missing:\n{saved}"));
        assert!(pos("\"people\"") < pos("\"ties\"") && pos("\"ties\"") < pos("\"x-owner\""), "{saved}");
        assert!(pos("\"x-owner\"") < pos("\"account\""), "{saved}");
        assert!(
            pos("\"name\": \"A\"") < pos("\"stance\": \"supporter\"")
                && pos("\"supporter\"") < pos("\"id\": \"a\"")
        );
        assert!(saved.contains("\"crm_id\": 17") && saved.contains("\"x-owner\": \"sales-east\""), "{saved}");
        assert!(pos("\"to\": \"b\"") < pos("\"from\": \"a\""), "{saved}");
        assert_eq!(load::load_path(&file).unwrap().map, s.map);
        // A second save keeps them too (their paths are known again after the first).
        s.edit(&[stance("b", "opponent")]).unwrap();
        save(&mut s, false).unwrap();
        assert!(std::fs::read_to_string(&file).unwrap().contains("\"crm_id\": 17"));
    }
}
