//! The forms a map is read in and saved back in, and how a path on the command line
//! tells which.

use std::path::{Path, PathBuf};

use crate::load;

/// How the map is saved back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A JSON file: written back in its own shape ([`super::shape`]).
    Json,
    /// A CSV folder or a people.csv (the session's file is the people file): written
    /// back as CSV files ([`super::save_sheets`]).
    Csv,
    /// An `.xlsx` workbook: written back as a workbook.
    Workbook,
    /// A form the workspace does not write (TSV, `.xls`, `.xlsm`, `.ods`).
    ReadOnly,
    /// The built-in North China case (or standard input): nothing to save to.
    Builtin,
}

impl Form {
    /// The form's name on the page.
    pub fn key(self) -> &'static str {
        match self {
            Form::Json => "json",
            Form::Csv => "csv",
            Form::Workbook => "xlsx",
            Form::ReadOnly => "read-only",
            Form::Builtin => "builtin",
        }
    }

    /// How a map at `path` is saved, and the file that stands for it (a folder's
    /// people file or the one map in it).
    pub fn of(path: &Path) -> (Form, PathBuf) {
        if path.is_dir() {
            let people =
                ["people.csv", "人员.csv", "人員.csv"].iter().map(|n| path.join(n)).find(|p| p.is_file());
            return match people {
                Some(p) => (Form::Csv, p),
                None => match load::discover::map_in_dir(path) {
                    Some(one) if !one.is_dir() => Form::of(&one),
                    _ => (Form::ReadOnly, path.to_path_buf()),
                },
            };
        }
        let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
        let form = match ext.as_deref() {
            Some("csv") => Form::Csv,
            Some("xlsx") => Form::Workbook,
            Some("tsv" | "txt" | "xls" | "xlsm" | "ods") => Form::ReadOnly,
            _ if path.is_file() => Form::Json,
            _ => Form::ReadOnly,
        };
        (form, path.to_path_buf())
    }
}
