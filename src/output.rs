//! Writing results to a file (`-o`), the one place every command writes its outputs.
//!
//! - An output is never written onto one of the command's inputs (compared by real
//!   path, after links, and on Unix by device and inode, so a hard link counts too).
//! - A symbolic link is written through: its target gets the bytes, the link stays.
//! - A device, pipe or socket (`/dev/null`, `/dev/stdout`) is written directly.
//! - A read-only file is refused, not replaced.
//! - A regular file is written whole or not at all: the bytes go to a temporary file
//!   beside it, `.NAME.powermap-tmp` (a name a user recognises), which is renamed over
//!   it; on failure the temporary file is removed, and one left by a killed run is
//!   replaced by the next write to the same output.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::i18n::{Lang, Msg};

/// Why an output was not written.
#[derive(Debug)]
pub enum OutputError {
    /// The output is one of the command's inputs.
    IsInput {
        /// The output as named.
        path: PathBuf,
    },
    /// The output exists and is read-only.
    ReadOnly {
        /// The output as named.
        path: PathBuf,
    },
    /// Writing failed.
    Io {
        /// The output as named.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl OutputError {
    /// What went wrong, as a catalog message.
    pub fn msg(&self) -> Msg {
        match self {
            OutputError::IsInput { path } => {
                Msg::new("robust-output-is-input").arg("path", path.display().to_string())
            }
            OutputError::ReadOnly { path } => {
                Msg::new("robust-output-read-only").arg("path", path.display().to_string())
            }
            OutputError::Io { path, source } => Msg::new("robust-output-failed")
                .arg("path", path.display().to_string())
                .arg("reason", source.to_string()),
        }
    }

    /// Is this a mistake in the command line (exit code 2) rather than a failure?
    pub fn is_usage(&self) -> bool {
        matches!(self, OutputError::IsInput { .. } | OutputError::ReadOnly { .. })
    }
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg().render(Lang::En))
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OutputError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl From<OutputError> for std::io::Error {
    fn from(e: OutputError) -> std::io::Error {
        match e {
            OutputError::Io { source, .. } => source,
            other => std::io::Error::new(std::io::ErrorKind::PermissionDenied, other.to_string()),
        }
    }
}

/// Writes `bytes` to `path` (see the module's rules), refusing to write onto any of
/// `inputs` (files a command read; a folder's files are listed one by one).
pub fn write(path: &Path, bytes: &[u8], inputs: &[PathBuf]) -> Result<(), OutputError> {
    let io = |source| OutputError::Io { path: path.to_path_buf(), source };
    let is_input = |target: &Path| inputs.iter().any(|i| same_file(target, i));
    match std::fs::metadata(path) {
        Ok(m) if !m.is_file() && !m.is_dir() => {
            // A device, pipe or socket (`/dev/stdout`, whose link names no real path):
            // written as it is, never replaced.
            if is_input(path) {
                return Err(OutputError::IsInput { path: path.to_path_buf() });
            }
            let mut f = std::fs::OpenOptions::new().write(true).open(path).map_err(io)?;
            f.write_all(bytes).and_then(|_| f.flush()).map_err(io)
        }
        Ok(m) => {
            // A file (or folder) that exists, through any links: replaced in place.
            let target = std::fs::canonicalize(path).map_err(io)?;
            if is_input(&target) {
                return Err(OutputError::IsInput { path: path.to_path_buf() });
            }
            if m.is_file() && m.permissions().readonly() {
                return Err(OutputError::ReadOnly { path: path.to_path_buf() });
            }
            replace(&target, bytes, Some(m.permissions())).map_err(io)
        }
        Err(_) => {
            // Not there yet, or a link to a file not there yet: the file is created.
            let target = follow_links(path).map_err(io)?;
            replace(&target, bytes, None).map_err(io)
        }
    }
}

/// Writes `bytes` to `path` whole or not at all, with no inputs to protect (outputs
/// of commands that read no map). Kept for callers that want an `io::Result`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write(path, bytes, &[]).map_err(Into::into)
}

/// The temporary file an output is written to before it is renamed over `target`.
pub fn temp_path(target: &Path) -> PathBuf {
    let name = target.file_name().map_or_else(|| "output".into(), |n| n.to_string_lossy());
    target.with_file_name(format!(".{name}.powermap-tmp"))
}

/// Writes a temporary file beside `target`, flushes it and renames it over `target`;
/// removes it on failure. The old file's permissions are kept.
fn replace(target: &Path, bytes: &[u8], perms: Option<std::fs::Permissions>) -> std::io::Result<()> {
    let tmp = temp_path(target);
    let result = (|| {
        let mut file = std::fs::OpenOptions::new().write(true).create(true).truncate(true).open(&tmp)?;
        if let Some(p) = perms {
            file.set_permissions(p)?;
        }
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, target)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// The file a path names after following symbolic links (also a dangling link, whose
/// target is then created). Up to 40 links, as the system allows.
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = std::fs::read_link(&p)?;
                p = match p.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// Are these the same file? By real path, and on Unix by device and inode.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    match (real_path(a), real_path(b)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// The canonical path of a file, or of a file not yet there (its folder's, joined).
fn real_path(p: &Path) -> Option<PathBuf> {
    std::fs::canonicalize(p).ok().or_else(|| {
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        Some(std::fs::canonicalize(dir).ok()?.join(p.file_name()?))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_file_and_leaves_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.txt");
        std::fs::write(&p, "old").unwrap();
        write_atomic(&p, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_missing_directory_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        assert!(write_atomic(&dir.path().join("no/such/dir/x"), b"x").is_err());
    }

    #[test]
    fn an_input_is_refused_also_by_another_name() {
        let dir = tempfile::tempdir().unwrap();
        let map = dir.path().join("map.json");
        std::fs::write(&map, "{}").unwrap();
        let other = dir.path().join(".").join("map.json");
        let e = write(&other, b"x", std::slice::from_ref(&map)).unwrap_err();
        assert!(matches!(e, OutputError::IsInput { .. }) && e.is_usage(), "{e:?}");
        assert_eq!(std::fs::read_to_string(&map).unwrap(), "{}");
    }

    #[test]
    fn a_leftover_temporary_is_replaced_and_gone() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.svg");
        std::fs::write(temp_path(&p), "half of a killed write").unwrap();
        write_atomic(&p, b"whole").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "whole");
        assert!(!temp_path(&p).exists());
        assert_eq!(temp_path(&p).file_name().unwrap(), ".out.svg.powermap-tmp");
    }
}
