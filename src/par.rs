//! Two things at once where that pays (reading big maps, ranking), on one thread when
//! the environment says `POWERMAP_THREADS=1`. Results are the same either way: work is
//! split so that joining the parts gives what one thread would have computed.

use std::sync::OnceLock;

/// Whether a second thread may be used: unless `POWERMAP_THREADS` is `1`.
pub fn parallel() -> bool {
    static PARALLEL: OnceLock<bool> = OnceLock::new();
    *PARALLEL.get_or_init(|| std::env::var("POWERMAP_THREADS").map_or(true, |v| v.trim() != "1"))
}

/// Runs `a` on this thread and `b` beside it (or after it, on one thread) and returns
/// both results. A panic in `b` is passed on.
pub fn join<A, B: Send>(a: impl FnOnce() -> A, b: impl FnOnce() -> B + Send) -> (A, B) {
    if !parallel() {
        let a = a();
        return (a, b());
    }
    std::thread::scope(|s| {
        let b = s.spawn(b);
        let a = a();
        match b.join() {
            Ok(b) => (a, b),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}
