//! The renderers on hostile names: the bytes, cut at NUL bytes, become the ids,
//! names, titles, notes, unit names and account of the built-in North China map (ids
//! kept distinct). Every format and view must draw, and carry no markup from a name.
#![no_main]

use libfuzzer_sys::fuzz_target;
use powermap_fuzz::{hold, invariants};
use std::sync::OnceLock;

fn base() -> &'static powermap::model::Map {
    static MAP: OnceLock<powermap::model::Map> = OnceLock::new();
    MAP.get_or_init(|| {
        powermap::load::load(&powermap::load::MapSource::Embedded).expect("the built-in map loads").map
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let words: Vec<&str> = text.split('\0').collect();
    let mut w = words.iter().copied().cycle();
    let mut map = base().clone();
    map.account = w.next().map(str::to_string);
    for (i, p) in map.people.iter_mut().enumerate() {
        p.id = format!("{}{i}", w.next().unwrap_or(""));
        p.name = w.next().map(str::to_string);
        p.title = w.next().map(str::to_string);
        p.notes = w.next().map(str::to_string);
    }
    for u in &mut map.units {
        u.name = w.next().map(str::to_string);
    }
    for t in &mut map.ties {
        t.note = w.next().map(Into::into);
    }
    hold(invariants::render_all(&map));
});
