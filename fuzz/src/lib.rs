//! The invariants every fuzz target checks, shared with the property tests: the
//! repository's tests/support/invariants.rs, included as it is.

#[path = "../../tests/support/invariants.rs"]
pub mod invariants;

/// Panics with the invariant that failed, so libFuzzer keeps the input.
pub fn hold(r: Result<(), String>) {
    if let Err(e) = r {
        panic!("invariant broken: {e}");
    }
}
