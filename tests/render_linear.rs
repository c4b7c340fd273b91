//! Every renderer is linear in people and ties: on generated maps, drawing 4× the people
//! takes under 6× the time, in every text format and the built-in SVG and HTML. A
//! quadratic step (DOT once scanned every person for each unit: 10× for 4× the people)
//! fails it. Robust on a shared machine: its own test binary (nothing else runs beside
//! it), sizes large enough (5,000 and 20,000 people) that a run takes tens of
//! milliseconds, the small and the large map drawn in alternation so both meet the same
//! load, into one reused buffer, and the fastest of several runs of each kept.

use std::time::Instant;

use powermap::graph::OrgGraph;
use powermap::render::{Format, Options, Overlay, View, render};

const SMALL: usize = 5_000;
const RUNS: usize = 7;

/// One drawing's time, into a buffer reused across runs (so the large map's first
/// touch of fresh memory, not the renderer, is left out of the fastest run).
fn seconds(g: &OrgGraph, format: Format, opts: &Options, out: &mut Vec<u8>) -> f64 {
    out.clear();
    let t = Instant::now();
    render(format, g, &Overlay::default(), opts, out).unwrap();
    let s = t.elapsed().as_secs_f64();
    assert!(!out.is_empty());
    s
}

#[test]
fn four_times_the_people_take_under_six_times_as_long_in_every_format() {
    let small = powermap::generate::generate(SMALL, 7);
    let large = powermap::generate::generate(4 * SMALL, 7);
    let (gs, gl) = (OrgGraph::new(&small), OrgGraph::new(&large));
    let mut report = Vec::new();
    for format in [Format::Dot, Format::Graphml, Format::Mermaid, Format::Svg, Format::Html] {
        for view in [View::Org, View::Full] {
            let opts = Options { view, ..Options::default() };
            let (mut ts, mut tl) = (f64::INFINITY, f64::INFINITY);
            let mut out = Vec::new();
            for _ in 0..RUNS {
                ts = ts.min(seconds(&gs, format, &opts, &mut out));
                tl = tl.min(seconds(&gl, format, &opts, &mut out));
            }
            let ratio = tl / ts.max(1e-4);
            report.push(format!("{format:?} {view:?}: {ts:.4} s → {tl:.4} s ({ratio:.1}×)"));
            assert!(ratio < 6.0, "{format:?} {view:?} grows faster than linear:\n{}", report.join("\n"));
        }
    }
    println!("{}", report.join("\n"));
}
