//! Golden DOT files for the North China map in every view (tests/golden/). Run with
//! `POWERMAP_BLESS=1` to regenerate them after an intended change, then review the diff.

use crate::{VIEWS, draw, load, root};
use powermap::render::{Format, Options, Overlay, View};
use powermap::vocab::Lang;

/// A fixed overlay, so the goldens do not move when the analysis is tuned: Huang and
/// Liu as the top candidates, the path Zhao → Huang → Liu.
pub fn fixed_overlay(map: &powermap::model::Map) -> Overlay {
    let ix = |id: &str| map.person_ix(id).unwrap();
    let mut reached = vec![false; map.people.len()];
    for id in ["huang", "zhang", "me", "zhao"] {
        reached[ix(id)] = true;
    }
    Overlay {
        top: vec![ix("huang"), ix("liu")],
        path: vec![ix("zhao"), ix("huang"), ix("liu")],
        reached,
        sections: Vec::new(),
    }
}

fn view_name(v: View) -> &'static str {
    match v {
        View::Org => "org",
        View::Influence => "influence",
        View::Coverage => "coverage",
        View::Full => "full",
        View::Overview => "overview",
    }
}

fn check(name: &str, actual: &str) {
    let path = root().join("tests/golden").join(name);
    if std::env::var_os("POWERMAP_BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run with POWERMAP_BLESS=1 to create it", path.display()));
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{name} differs from the golden file at line {}:\n  golden: {:?}\n  actual: {:?}\nrun with POWERMAP_BLESS=1 if the change is intended",
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn north_china_dot_matches_the_golden_files_in_every_view() {
    let map = load(&std::fs::read_to_string(root().join("data/north-china-grid.json")).unwrap());
    let overlay = fixed_overlay(&map);
    for view in VIEWS {
        let dot = draw(&map, Format::Dot, &overlay, &Options { view, lang: Lang::Zh, ..Options::default() });
        check(&format!("north-china-{}.dot", view_name(view)), &dot);
    }
    let en = draw(
        &map,
        Format::Dot,
        &overlay,
        &Options { view: View::Full, lang: Lang::En, ..Options::default() },
    );
    check("north-china-full-en.dot", &en);
}
