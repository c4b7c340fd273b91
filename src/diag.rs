//! Diagnostics: the errors and warnings a map file can earn, each located in the file
//! the user wrote (`people.csv:7`, `map.json:12:5` with its JSON path).

use serde::Serialize;
use std::fmt;

use crate::i18n::{Lang, Msg};

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// The map is refused.
    Error,
    /// Reported; the map is still used.
    Warning,
}

/// Where a problem is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Location {
    /// The file as the user named it (`-` for standard input).
    pub file: String,
    /// 1-based line, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// 1-based column (in characters), where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<u64>,
    /// JSON path such as `people[3].stance`, for JSON input.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// For CSV input, the field as the user named it: the column's header (`立场`), or
    /// the field name of an `account.csv` row. Shown before the message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Workbooks: the sheet's name as written (`人员`); `line` is then its row.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// Workbooks: the cell as Excel names it (`C7`), or the whole row (`7:7`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cell: Option<String>,
    /// JSON input: the byte offset in the text of the record `path` names (its first
    /// key), recorded while reading it, so that its line is found without a second
    /// reading of the text. Not part of the output.
    #[serde(skip)]
    pub offset: Option<u64>,
}

impl Location {
    /// A location in a file with no line.
    pub fn file(file: impl Into<String>) -> Location {
        Location { file: file.into(), ..Location::default() }
    }
}

/// One problem found in a map. Serialized with its message in English; a writer that
/// knows the user's language uses [`Diagnostic::to_json`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// A stable kebab-case name for the kind of problem (`unknown-value`, `duplicate-id`).
    pub code: &'static str,
    /// Where.
    pub location: Location,
    /// What, in one line, with a suggestion where one is obvious: a catalog key and its
    /// parameters, put into words by [`Diagnostic::render`].
    pub msg: Msg,
}

impl Serialize for Diagnostic {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.json(Lang::En).serialize(s)
    }
}

/// A diagnostic as JSON outputs write it, fields in this order.
#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    code: &'static str,
    location: &'a Location,
    message: String,
    message_code: &'static str,
    params: Params<'a>,
}

/// A message's parameters as a JSON object.
struct Params<'a>(&'a Msg);

impl Serialize for Params<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_params(s)
    }
}

impl Diagnostic {
    /// An error.
    pub fn error(code: &'static str, location: Location, msg: impl Into<Msg>) -> Self {
        Diagnostic { severity: Severity::Error, code, location, msg: msg.into() }
    }

    /// A warning.
    pub fn warning(code: &'static str, location: Location, msg: impl Into<Msg>) -> Self {
        Diagnostic { severity: Severity::Warning, code, location, msg: msg.into() }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.msg.render(lang)
    }

    /// `file:line[:col]: error: [path: ][field: ]message`, one line, in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let sev = match self.severity {
            Severity::Error => crate::i18n::tr(lang, "severity-error"),
            Severity::Warning => crate::i18n::tr(lang, "severity-warning"),
        };
        let mut s = format!("{}: {sev}: ", self.location);
        for named in [&self.location.path, &self.location.field].into_iter().flatten() {
            s.push_str(named);
            s.push_str(": ");
        }
        s.push_str(&self.message(lang));
        s
    }

    /// The diagnostic for a JSON output: severity, code, location, its words in `lang`,
    /// and the message's own catalog key and parameters (`message_code`, `params`).
    pub fn to_json(&self, lang: Lang) -> serde_json::Value {
        serde_json::to_value(self.json(lang)).unwrap_or_default()
    }

    fn json(&self, lang: Lang) -> JsonDiagnostic<'_> {
        JsonDiagnostic {
            severity: self.severity,
            code: self.code,
            location: &self.location,
            message: self.message(lang),
            message_code: self.msg.key,
            params: Params(&self.msg),
        }
    }

    /// The diagnostic for a JSON output in `lang`, serialized with its fields in order
    /// (unlike [`Diagnostic::to_json`], whose object has its keys sorted).
    pub fn in_lang(&self, lang: Lang) -> InLang<'_> {
        InLang(self, lang)
    }

    /// Is this an error?
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// A diagnostic and the language its message is written in, for JSON outputs: fields
/// `severity`, `code`, `location`, `message`, `message_code`, `params`, in that order.
#[derive(Debug, Clone, Copy)]
pub struct InLang<'a>(pub &'a Diagnostic, pub Lang);

impl Serialize for InLang<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.0.json(self.1).serialize(s)
    }
}

impl fmt::Display for Location {
    /// `file:line[:col]`, or for a workbook `file [sheet] cell` as Excel shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(sheet) = &self.sheet {
            write!(f, " [{sheet}]")?;
            if let Some(cell) = &self.cell {
                write!(f, " {cell}")?;
            }
            return Ok(());
        }
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
            if let Some(c) = self.column {
                write!(f, ":{c}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line[:col]: error: [path: ][field: ]message`, one line, in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_file_line_and_path() {
        let d = Diagnostic::error(
            "unknown-value",
            Location {
                file: "m.json".into(),
                line: Some(4),
                column: Some(18),
                path: Some("people[0].stance".into()),
                ..Location::default()
            },
            Msg::new("diag-csv-syntax").arg("reason", "x"),
        );
        let words = Msg::new("diag-csv-syntax").arg("reason", "x").render(Lang::En);
        assert_eq!(d.to_string(), format!("m.json:4:18: error: people[0].stance: {words}"));
        let w =
            Diagnostic::warning("no-approver", Location::file("people.csv"), Msg::new("risk-no-approver"));
        let words = Msg::new("risk-no-approver").render(Lang::En);
        assert_eq!(w.to_string(), format!("people.csv: warning: {words}"));
        assert_eq!(
            w.render(Lang::Zh),
            format!("people.csv: 警告: {}", Msg::new("risk-no-approver").render(Lang::Zh))
        );
        let s = Diagnostic::error(
            "bad-value",
            Location {
                file: "江南钢铁.xlsx".into(),
                line: Some(7),
                column: Some(3),
                sheet: Some("人员".into()),
                cell: Some("C7".into()),
                ..Location::default()
            },
            Msg::new("diag-csv-syntax").arg("reason", "x"),
        );
        assert!(s.to_string().starts_with("江南钢铁.xlsx [人员] C7: error: "), "{s}");
    }
}
