//! Compare two versions of a map, as in an account review: who is new, whose stance
//! moved, how the ranking changed.
//!
//! ```sh
//! cargo run --release --example diff_maps [OLD NEW]
//! ```
//! Without OLD and NEW, the built-in North China case is compared with a copy in which
//! the department head has warmed to us and a new evaluator has joined.

use powermap::load::{MapSource, load};
use powermap::model::{Map, Person};
use powermap::train::{diff, diff_out};
use powermap::vocab::{Role, Stance};

fn read(path: &str) -> Result<(String, Map), String> {
    let source = MapSource::from_arg(Some(std::path::Path::new(path)));
    load(&source).map(|l| (l.name, l.map)).map_err(|e| e.to_string())
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args, &mut std::io::stdout()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("{e}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// The example itself: `args` as on the command line, the review written to `out`.
pub fn run(args: &[String], out: &mut dyn std::io::Write) -> Result<(), String> {
    let pair = match args {
        [old, new] => read(old).and_then(|o| Ok((o, read(new)?))),
        [] => {
            let old = load(&MapSource::Embedded).map_err(|e| e.to_string())?.map;
            let mut new = old.clone();
            if let Some(p) = new.people.iter_mut().find(|p| p.stance == Stance::Skeptic) {
                p.stance = Stance::Supporter;
            }
            let unit = new.people.first().and_then(|p| p.unit);
            new.people.push(Person {
                name: Some("New evaluator".into()),
                unit,
                roles: vec![Role::Evaluator],
                ..Person::new("new_evaluator")
            });
            Ok((("before".to_string(), old), ("after".to_string(), new)))
        }
        _ => Err("usage: diff_maps [OLD NEW]".to_string()),
    };
    let ((old_name, old), (new_name, new)) = pair?;
    let lang = new.language().unwrap_or_default();
    let d = diff::diff(&old, &new, lang);
    let summary = format!(
        "{} added, {} gone, {} stance changes, {} ranking moves\n",
        d.people_added.len(),
        d.people_gone.len(),
        d.stances.len(),
        d.ranking.len()
    );
    out.write_all(summary.as_bytes()).map_err(|e| e.to_string())?;
    diff_out::write_report(out, &d, (&old_name, &new_name), lang, false).map_err(|e| e.to_string())
}
