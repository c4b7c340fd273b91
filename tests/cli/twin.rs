//! The North China case is written twice, as JSON and as CSV with account.csv: both
//! loaders must read the same map from them.

use crate::common::{data, ok};
use powermap::load::load_path;

#[test]
fn csv_twin_of_north_china_equals_the_json_map() {
    let json = ok(load_path(&data("north-china-grid.json")));
    let csv = ok(load_path(&data("north-china-grid/people.csv")));
    let dir = ok(load_path(&data("north-china-grid")));
    assert_eq!(csv.map, dir.map);
    // Compare piece by piece first, for a readable failure.
    assert_eq!(csv.map.account, json.map.account);
    assert_eq!(csv.map.opportunity, json.map.opportunity);
    assert_eq!(csv.map.competitors, json.map.competitors);
    assert_eq!(csv.map.context, json.map.context);
    assert_eq!(csv.map.units, json.map.units);
    for (c, j) in csv.map.people.iter().zip(&json.map.people) {
        assert_eq!(c, j);
    }
    assert_eq!(csv.map.people.len(), json.map.people.len());
    assert_eq!(csv.map.ties, json.map.ties);
    assert_eq!(csv.map, json.map);
    // And the same warnings, by kind.
    let codes = |w: &[powermap::diag::Diagnostic]| w.iter().map(|d| d.code).collect::<Vec<_>>();
    assert_eq!(codes(&csv.warnings), codes(&json.warnings));
}
