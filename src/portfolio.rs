//! `powermap portfolio DIR`: every account map in a folder — JSON files, workbooks,
//! folders of CSV files, a people.csv — analysed, each with its health, top risk and
//! first next step, worst first; maps that cannot be read are listed with their error,
//! never dropped. The maps are loaded and analysed on two threads, each taking a half of
//! the sorted listing, so the result does not depend on the number of threads.
//!
//! O(M · A) for M maps and A the cost of loading and analysing one (see
//! [`crate::analysis::analyze`]), plus O(M log M) to sort.

use std::path::{Path, PathBuf};

use crate::analysis::health::Status;
use crate::analysis::{AnalyzeOptions, analyze};
use crate::diag::Diagnostic;
use crate::graph::OrgGraph;
use crate::i18n::Msg;
use crate::load::{self, LoadError};
use crate::vocab::Lang;

/// One account of the portfolio.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    /// The map's path, as listed.
    pub path: String,
    /// The account's name (the file's name when the map names none).
    pub account: String,
    /// The opportunity, if named.
    pub opportunity: Option<String>,
    /// People in the map.
    pub people: usize,
    /// Red, amber or green.
    pub status: Status,
    /// Coverage, 0…100.
    pub coverage: f64,
    /// The health rule that applied.
    pub rule: Msg,
    /// The most severe risk, if any.
    pub top_risk: Option<Msg>,
    /// The first next step, if any.
    pub next_step: Option<Msg>,
    /// The language the map is written in, if it tells.
    pub lang: Option<Lang>,
}

/// Why a map could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// It was refused: how many errors, and the first (located).
    Refused {
        /// Errors found.
        errors: usize,
        /// The first error.
        first: Option<Diagnostic>,
    },
    /// A file could not be read.
    Io {
        /// The file.
        path: String,
        /// The system's reason.
        reason: String,
    },
}

impl Problem {
    /// The problem in words.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Problem::Refused { errors, first } => {
                let first = first.as_ref().map(|d| d.render(lang)).unwrap_or_default();
                Msg::new("portfolio-refused").arg("errors", *errors).arg("first", first).render(lang)
            }
            Problem::Io { path, reason } => {
                format!("{}: {reason}", Msg::new("diag-cannot-read").arg("file", path.as_str()).render(lang))
            }
        }
    }
}

/// A map that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    /// The map's path, as listed.
    pub path: String,
    /// Why.
    pub problem: Problem,
}

/// The portfolio: accounts worst first, then the maps that could not be read, in
/// listing order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Portfolio {
    /// The folder, as named.
    pub dir: String,
    /// Accounts: red, then amber, then green; within a colour, lowest coverage first,
    /// then by account name and path.
    pub accounts: Vec<Account>,
    /// Maps that could not be read.
    pub unreadable: Vec<Unreadable>,
}

impl Portfolio {
    /// How many accounts are red, amber, green.
    pub fn counts(&self) -> [usize; 3] {
        let n = |s| self.accounts.iter().filter(|a| a.status == s).count();
        [n(Status::Red), n(Status::Amber), n(Status::Green)]
    }
}

fn is_map_file(p: &Path) -> bool {
    let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
    let ext = p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if name.starts_with("~$") || name.starts_with(".~lock") {
        return false;
    }
    matches!(ext.as_deref(), Some("json" | "xlsx" | "xlsm" | "xls" | "ods"))
        || name == "people.csv"
        || name == "人员.csv"
}

/// The maps in `dir`, sorted by name: map files (JSON, workbooks, a people.csv with its
/// siblings) and folders (each read as one map; hidden ones skipped). O(M log M).
pub fn list(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| {
            let hidden = p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
            !hidden && (p.is_dir() || (p.is_file() && is_map_file(p)))
        })
        .collect();
    out.sort();
    Ok(out)
}

// An unreadable map is a row of the table (listed, never propagated): no need to box it.
#[allow(clippy::result_large_err)]
fn one(path: &Path, opts: &AnalyzeOptions) -> Result<Account, Unreadable> {
    let shown = path.display().to_string();
    let loaded = match load::load_path(path) {
        Ok(l) => l,
        Err(LoadError::Invalid { diagnostics, .. }) => {
            let errors = diagnostics.iter().filter(|d| d.is_error()).count();
            let first = diagnostics.into_iter().find(Diagnostic::is_error);
            return Err(Unreadable { path: shown, problem: Problem::Refused { errors, first } });
        }
        Err(LoadError::Io { path, source }) => {
            return Err(Unreadable {
                path: shown,
                problem: Problem::Io { path, reason: source.to_string() },
            });
        }
    };
    let map = &loaded.map;
    let g = OrgGraph::new(map);
    let rep = analyze(&g, opts);
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or(&shown).to_string();
    let health = rep.health.as_ref();
    Ok(Account {
        account: map.account.clone().unwrap_or(stem),
        opportunity: map.opportunity.clone(),
        people: map.people.len(),
        status: health.map_or(Status::Red, |h| h.status),
        coverage: health.map_or(0.0, |h| h.coverage),
        rule: health.map_or_else(|| Msg::new("portfolio-none"), |h| h.rule.clone()),
        top_risk: rep.risks.first().map(|r| r.message.clone()),
        next_step: rep.next_steps.first().map(|s| s.action.clone()),
        lang: loaded.lang,
        path: shown,
    })
}

/// Reads and analyses every map in `dir` (see [`list`]). O(M · A + M log M).
#[allow(clippy::result_large_err)] // the closure's results are rows (see `one`)
pub fn portfolio(dir: &Path) -> std::io::Result<Portfolio> {
    let paths = list(dir)?;
    let opts = AnalyzeOptions::default();
    let half = paths.len() / 2;
    let run =
        |ps: &[PathBuf]| -> Vec<Result<Account, Unreadable>> { ps.iter().map(|p| one(p, &opts)).collect() };
    let (mut all, rest) = crate::par::join(|| run(&paths[..half]), || run(&paths[half..]));
    all.extend(rest);
    let mut out = Portfolio { dir: dir.display().to_string(), ..Portfolio::default() };
    for r in all {
        match r {
            Ok(a) => out.accounts.push(a),
            Err(u) => out.unreadable.push(u),
        }
    }
    out.accounts.sort_by(|a, b| {
        a.status
            .cmp(&b.status)
            .then(a.coverage.total_cmp(&b.coverage))
            .then_with(|| a.account.cmp(&b.account))
            .then_with(|| a.path.cmp(&b.path))
    });
    Ok(out)
}
