//! Saving the workspace's map back to its file: never blindly over a file that changed
//! on disk since it was loaded, the previous version kept under `.powermap/history/`
//! beside the map (so `powermap diff` can compare any two), and atomically (a temporary
//! file in the same folder, flushed, then renamed over the map), so a crash mid-save
//! leaves the old file whole. The only paths written are the map's own file, its
//! temporary sibling and its history folder — never a path from a request.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use super::session::{Form, Session, fingerprint};
use super::{save_sheets, shape};
use crate::i18n::Msg;

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    /// Written; the previous version kept here (none when the file was new or unchanged).
    Written {
        /// The snapshot of the previous version.
        snapshot: Option<PathBuf>,
    },
    /// Not written: the file changed on disk since it was loaded. Its text is here to show.
    ChangedOnDisk {
        /// The file's text now.
        text: String,
    },
}

/// The history folder of a map file: `.powermap/history/` beside it.
pub fn history_dir(file: &Path) -> PathBuf {
    file.parent().unwrap_or(Path::new(".")).join(".powermap").join("history")
}

/// Writes `bytes` to `path` atomically: a temporary file beside it, synced, renamed over.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.powermap-{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A time stamp for history names: seconds and milliseconds since 1970.
pub(super) fn stamp() -> String {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    format!("{}-{:03}", d.as_secs(), d.subsec_millis())
}

/// Copies the file as it is on disk into its history folder; the snapshot's path.
fn snapshot(file: &Path, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let dir = history_dir(file);
    std::fs::create_dir_all(&dir)?;
    let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "map".into());
    let ext = file.extension().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "json".into());
    let base = stamp();
    for n in 0..1000u32 {
        let name = if n == 0 { format!("{stem}-{base}.{ext}") } else { format!("{stem}-{base}-{n}.{ext}") };
        let p = dir.join(name);
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&p) {
            Ok(mut f) => {
                f.write_all(bytes)?;
                f.sync_all()?;
                return Ok(p);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free snapshot name"))
}

fn io_msg(key: &'static str, file: &Path, e: &std::io::Error) -> Msg {
    Msg::new(key).arg("file", file.display().to_string()).arg("reason", e.to_string())
}

/// The files a session's map is kept in, in its form.
fn files_of(s: &Session, file: &Path) -> Vec<PathBuf> {
    match s.form {
        Form::Csv => save_sheets::csv_files(file).into_iter().map(|(_, p, _)| p).collect(),
        _ => vec![file.to_path_buf()],
    }
}

/// The fingerprint of a map's files as they are on disk (none when none exists).
pub fn files_fingerprint(files: &[(PathBuf, Vec<u8>)]) -> Option<u64> {
    match files {
        [] => None,
        [(_, b)] => Some(fingerprint(b)),
        many => {
            let mut all = Vec::new();
            for (p, b) in many {
                all.extend_from_slice(p.to_string_lossy().as_bytes());
                all.push(0);
                all.extend_from_slice(b);
                all.push(0);
            }
            Some(fingerprint(&all))
        }
    }
}

/// The fingerprint of the files of a map read from `file` in `form`, as they are now.
pub fn disk_fingerprint(form: Form, file: &Path) -> Option<u64> {
    let files = match form {
        Form::Csv => save_sheets::csv_files(file).into_iter().map(|(_, p, _)| p).collect(),
        _ => vec![file.to_path_buf()],
    };
    save_sheets::on_disk(&files).ok().and_then(|f| files_fingerprint(&f))
}

/// The new contents of the map's files, in its form.
fn contents(s: &Session, file: &Path, old: &[(PathBuf, Vec<u8>)]) -> Result<Vec<(PathBuf, Vec<u8>)>, Msg> {
    let failed = |reason: String| {
        Msg::new("serve-save-failed").arg("file", file.display().to_string()).arg("reason", reason)
    };
    let lang = s.file_lang.unwrap_or(s.lang);
    Ok(match s.form {
        Form::Json => {
            let old_text = old.first().map(|(_, b)| String::from_utf8_lossy(b).into_owned());
            let text = shape::shaped(&s.doc, old_text.as_deref(), &s.unknown);
            vec![(file.to_path_buf(), text.into_bytes())]
        }
        Form::Csv => save_sheets::csv_contents(&s.map, file, lang),
        Form::Workbook => {
            vec![(file.to_path_buf(), save_sheets::workbook_contents(&s.map, lang).map_err(failed)?)]
        }
        Form::ReadOnly => {
            return Err(Msg::new("serve-save-form").arg("file", file.display().to_string()));
        }
        Form::Builtin => return Err(Msg::new("serve-save-builtin")),
    })
}

/// Saves the session's document to its file(s), in the form it was read in. With
/// `force`, files changed on disk are overwritten (after their version is kept in the
/// history like any other).
pub fn save(s: &mut Session, force: bool) -> Result<Saved, Msg> {
    let Some(file) = s.file.clone() else { return Err(Msg::new("serve-save-builtin")) };
    if matches!(s.form, Form::Builtin | Form::ReadOnly) {
        contents(s, &file, &[])?;
    }
    let old =
        save_sheets::on_disk(&files_of(s, &file)).map_err(|e| io_msg("serve-read-failed", &file, &e))?;
    if !force && files_fingerprint(&old) != s.disk {
        let text = old.first().map(|(_, b)| String::from_utf8_lossy(b).into_owned()).unwrap_or_default();
        return Ok(Saved::ChangedOnDisk { text });
    }
    let new = contents(s, &file, &old)?;
    let changed = old.len() != new.len() || old.iter().zip(&new).any(|(a, b)| a != b);
    let snap = match (s.form, old.as_slice()) {
        (_, []) => None,
        _ if !changed => None,
        (Form::Csv, files) => Some(
            save_sheets::snapshot_folder(&file, files).map_err(|e| io_msg("serve-save-failed", &file, &e))?,
        ),
        (_, [(_, b), ..]) => Some(snapshot(&file, b).map_err(|e| io_msg("serve-save-failed", &file, &e))?),
    };
    let written = match s.form {
        Form::Csv => save_sheets::write_all_atomic(&new),
        _ => write_atomic(&file, &new[0].1),
    };
    written.map_err(|e| io_msg("serve-save-failed", &file, &e))?;
    s.disk = files_fingerprint(&save_sheets::on_disk(&files_of(s, &file)).unwrap_or_default());
    if s.form == Form::Json {
        // The fields kept as unknown are now where the new file has them.
        let text = String::from_utf8_lossy(&new[0].1).into_owned();
        if let Ok(l) = crate::load::load_json_str(&text, &s.name) {
            s.unknown = shape::unknown_paths(&l.warnings);
        }
    }
    s.saved = s.doc.clone();
    s.version += 1;
    Ok(Saved::Written { snapshot: snap })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::serve::session::Edit;
    use crate::vocab::Lang;
    use crate::whatif::Assumption;

    fn copy_of_north_china(dir: &Path) -> PathBuf {
        let p = dir.join("nc.json");
        std::fs::write(&p, crate::load::EMBEDDED_MAP).unwrap();
        p
    }

    fn stance(person: &str, v: &str) -> Edit {
        Edit::Assume {
            assumption: Assumption::Set {
                person: person.into(),
                field: "stance".into(),
                value: Some(v.into()),
            },
        }
    }

    #[test]
    fn a_save_writes_the_map_keeps_the_old_one_and_loads_back() {
        let dir = tempfile::tempdir().unwrap();
        let p = copy_of_north_china(dir.path());
        let mut s = Session::open(Some(&p), Some(Lang::En)).unwrap();
        s.edit(&[stance("liu", "supporter")]).unwrap();
        let Saved::Written { snapshot: Some(snap) } = save(&mut s, false).unwrap() else { panic!() };
        assert!(!s.dirty());
        assert_eq!(std::fs::read_to_string(&snap).unwrap(), crate::load::EMBEDDED_MAP);
        assert!(snap.starts_with(dir.path().join(".powermap/history")));
        let again = crate::load::load_path(&p).unwrap().map;
        assert_eq!(again, s.map);
        // No temporary file is left behind.
        let left: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(left.is_empty());
    }

    #[test]
    fn a_file_changed_on_disk_is_not_overwritten_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let p = copy_of_north_china(dir.path());
        let mut s = Session::open(Some(&p), Some(Lang::En)).unwrap();
        s.edit(&[stance("liu", "supporter")]).unwrap();
        let theirs = crate::load::EMBEDDED_MAP.replace("\"skeptic\"", "\"opponent\"");
        std::fs::write(&p, &theirs).unwrap();
        match save(&mut s, false).unwrap() {
            Saved::ChangedOnDisk { text } => assert_eq!(text, theirs),
            other => panic!("{other:?}"),
        }
        assert_eq!(std::fs::read_to_string(&p).unwrap(), theirs);
        assert!(s.dirty());
        let Saved::Written { snapshot: Some(snap) } = save(&mut s, true).unwrap() else { panic!() };
        assert_eq!(std::fs::read_to_string(snap).unwrap(), theirs);
        assert_eq!(crate::load::load_path(&p).unwrap().map, s.map);
    }

    #[test]
    fn the_built_in_case_has_nowhere_to_save() {
        let mut s = Session::open(None, Some(Lang::En)).unwrap();
        assert_eq!(save(&mut s, true).unwrap_err(), Msg::new("serve-save-builtin"));
    }
}
