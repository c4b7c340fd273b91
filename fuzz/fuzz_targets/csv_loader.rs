//! The CSV loader on any text: the input is cut at NUL bytes into people.csv,
//! ties.csv, units.csv and account.csv. No panic, every diagnostic located, a valid
//! map keeps every row of people.csv, and its diagrams carry no markup from a name.
#![no_main]

use libfuzzer_sys::fuzz_target;
use powermap::load::csv::CsvText;
use powermap::load::{CsvFiles, load_csv};
use powermap_fuzz::{hold, invariants};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let mut parts = text.split('\0');
    let file = |name: &str, t: Option<&str>| t.map(|t| CsvText { name: name.into(), text: t.into() });
    let people = file("people.csv", parts.next())
        .unwrap_or(CsvText { name: "people.csv".into(), text: String::new() });
    let ties = file("ties.csv", parts.next());
    let units = file("units.csv", parts.next());
    let account = file("account.csv", parts.next());
    let got = load_csv(&CsvFiles {
        people: &people,
        units: units.as_ref(),
        ties: ties.as_ref(),
        account: account.as_ref(),
    });
    let files = ["people.csv", "ties.csv", "units.csv", "account.csv"];
    hold(invariants::check_load(&got, &files, Some(invariants::csv_people_records(&people.text))));
});
