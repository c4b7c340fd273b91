//! Timing of the built-in SVG layout against Graphviz `dot` on generated maps (the
//! numbers in BENCHMARKS.md). Ignored by default; run in release:
//! `cargo test --release --test render -- --ignored --nocapture bench`.

use std::time::Instant;

use crate::{draw, genmap, load};
use powermap::render::{Format, Options, Overlay, View};

fn time<T>(f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let v = f();
    (v, t.elapsed().as_secs_f64())
}

#[test]
#[ignore = "benchmark; run in release with --ignored"]
fn bench_builtin_svg_against_graphviz() {
    let dir = crate::root().join("target/bench");
    std::fs::create_dir_all(&dir).unwrap();
    let dot_ok = crate::have_dot("bench_builtin_svg_against_graphviz (graphviz column)");
    println!("| people | ties | view | built-in SVG (s) | dot -Tsvg (s) |");
    println!("|---:|---:|---|---:|---:|");
    for n in [300usize, 2000] {
        let text = genmap::map_json(n, 42);
        std::fs::write(dir.join(format!("gen-{n}.json")), &text).unwrap();
        let map = load(&text);
        for view in [View::Org, View::Full] {
            let opts = Options { view, ..Options::default() };
            let (_, t_svg) = time(|| draw(&map, Format::Svg, &Overlay::default(), &opts));
            let dot = draw(&map, Format::Dot, &Overlay::default(), &opts);
            let path = dir.join(format!("gen-{n}-{view:?}.dot"));
            std::fs::write(&path, &dot).unwrap();
            let t_dot = if dot_ok {
                // Graphviz can take many minutes here; `timeout` stops it after two.
                let (out, t) = time(|| {
                    std::process::Command::new("timeout")
                        .args(["120", "dot", "-Tsvg"])
                        .arg(&path)
                        .output()
                        .unwrap()
                });
                if out.status.success() { format!("{t:.2}") } else { format!("> {t:.0} (stopped)") }
            } else {
                "n/a".into()
            };
            println!("| {n} | {} | {view:?} | {t_svg:.3} | {t_dot} |", map.ties.len());
        }
    }
}
