//! The JSON loader on any bytes: no panic, every diagnostic located, a valid map
//! keeps every person record, and its diagrams carry no markup from a name.
#![no_main]

use libfuzzer_sys::fuzz_target;
use powermap_fuzz::{hold, invariants};

fuzz_target!(|data: &[u8]| {
    let got = powermap::load::load_json_bytes(data, "fuzz.json");
    let records = std::str::from_utf8(data).ok().and_then(invariants::json_people_records);
    hold(invariants::check_load(&got, &["fuzz.json"], records));
});
