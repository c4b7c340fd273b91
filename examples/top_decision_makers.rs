//! Load a map and print its top decision makers, each with the reasons behind the score.
//!
//! ```sh
//! cargo run --release --example top_decision_makers [MAP.json|people.csv|DIR] [N]
//! ```
//! Without MAP, the built-in North China grid case is used.

use powermap::analysis::{AnalyzeOptions, analyze};
use powermap::graph::OrgGraph;
use powermap::load::{MapSource, load};

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

/// The example itself: `args` as on the command line, the list written to `out`.
pub fn run(args: &[String], out: &mut dyn std::io::Write) -> Result<(), String> {
    let source = MapSource::from_arg(args.first().map(std::path::Path::new));
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(3);
    let loaded = load(&source).map_err(|e| e.to_string())?;
    let map = &loaded.map;
    // The analysis gives codes; the reasons are put into words in the map's own language.
    let lang = map.language().unwrap_or_default();
    let g = OrgGraph::new(map);
    let report = analyze(&g, &AnalyzeOptions::default());
    let mut text = format!("{}\n", loaded.name);
    for c in report.decision_makers.iter().take(n) {
        text.push_str(&format!("{}. {} ({}) — {:.1}\n", c.rank, c.name, c.id, c.score));
        text.push_str(&format!("   {}\n", powermap::report::why(c, lang)));
    }
    out.write_all(text.as_bytes()).map_err(|e| e.to_string())
}
