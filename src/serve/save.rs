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

fn stamp() -> String {
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

/// Saves the session's document to its file. With `force`, a file changed on disk is
/// overwritten (after its version is kept in the history like any other).
pub fn save(s: &mut Session, force: bool) -> Result<Saved, Msg> {
    let file = match (&s.file, s.form) {
        (Some(f), Form::Json) => f.clone(),
        (_, Form::Csv) => return Err(Msg::new("serve-save-csv")),
        _ => return Err(Msg::new("serve-save-builtin")),
    };
    let on_disk = match std::fs::read(&file) {
        Ok(b) => Some(b),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_msg("serve-read-failed", &file, &e)),
    };
    let now = on_disk.as_deref().map(fingerprint);
    if !force && now != s.disk {
        let text = on_disk.map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
        return Ok(Saved::ChangedOnDisk { text });
    }
    let mut text = serde_json::to_string_pretty(&s.doc).map_err(|e| {
        Msg::new("serve-save-failed").arg("file", file.display().to_string()).arg("reason", e.to_string())
    })?;
    text.push('\n');
    let snap = match &on_disk {
        Some(b) if b.as_slice() != text.as_bytes() => {
            Some(snapshot(&file, b).map_err(|e| io_msg("serve-save-failed", &file, &e))?)
        }
        _ => None,
    };
    write_atomic(&file, text.as_bytes()).map_err(|e| io_msg("serve-save-failed", &file, &e))?;
    s.disk = Some(fingerprint(text.as_bytes()));
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
