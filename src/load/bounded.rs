//! Reading input with a bound: a map is text, so the first bytes are looked at before
//! the rest is read (`/dev/zero` and binary files are refused at once), and an input
//! larger than [`max_input`] bytes is refused with a message instead of filling memory.
//!
//! The bound is 2 GiB unless raised (or lowered) with `--max-input SIZE` or the
//! environment variable `POWERMAP_MAX_INPUT` (bytes, or with a unit: `512M`, `4G`).

use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};

/// The bound when neither the flag nor the environment says otherwise: 2 GiB.
pub const DEFAULT_MAX_INPUT: u64 = 2 << 30;

/// The environment variable that sets the bound.
pub const MAX_INPUT_ENV: &str = "POWERMAP_MAX_INPUT";

/// How many bytes are looked at before the rest is read.
const SNIFF: usize = 8 << 10;

/// Set by `--max-input` (0: not set).
static MAX_INPUT: AtomicU64 = AtomicU64::new(0);

/// Sets the bound for this process (the command line's `--max-input`).
pub fn set_max_input(bytes: u64) {
    MAX_INPUT.store(bytes.max(1), Ordering::Relaxed);
}

/// The largest input read, in bytes: `--max-input`, else `POWERMAP_MAX_INPUT`, else
/// [`DEFAULT_MAX_INPUT`]. An environment value that does not parse is ignored.
pub fn max_input() -> u64 {
    match MAX_INPUT.load(Ordering::Relaxed) {
        0 => std::env::var(MAX_INPUT_ENV).ok().and_then(|v| parse_size(&v)).unwrap_or(DEFAULT_MAX_INPUT),
        n => n,
    }
}

/// A size as written: bytes (`1000`), or with a unit (`K`, `M`, `G`, `T`, powers of
/// 1024, optionally followed by `B`/`iB`). None when it is not a size ≥ 1.
pub fn parse_size(text: &str) -> Option<u64> {
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let n: u64 = t[..digits].parse().ok()?;
    let unit = t[digits..].trim().to_ascii_lowercase();
    let shift = match unit.trim_end_matches("ib").trim_end_matches('b') {
        "" => 0,
        "k" => 10,
        "m" => 20,
        "g" => 30,
        "t" => 40,
        _ => return None,
    };
    n.checked_mul(1u64 << shift).filter(|&n| n > 0)
}

/// The bound in words: `2 GiB`, `512 MiB`, or bytes.
pub fn size_text(bytes: u64) -> String {
    for (shift, unit) in [(40, "TiB"), (30, "GiB"), (20, "MiB"), (10, "KiB")] {
        if bytes >= 1 << shift && bytes.is_multiple_of(1 << shift) {
            return format!("{} {unit}", bytes >> shift);
        }
    }
    format!("{bytes} B")
}

/// Why an input was not read.
#[derive(Debug)]
pub enum Refused {
    /// More than `limit` bytes.
    TooBig {
        /// The bound in force.
        limit: u64,
    },
    /// Not text: a NUL byte in the first bytes (and no UTF-16 byte-order mark).
    NotText,
    /// Reading failed.
    Io(std::io::Error),
}

/// Reads everything `r` gives, refusing binary input after the first bytes and input
/// over [`max_input`] as soon as the bound is passed; `len` is the size when known (a
/// regular file), so that a file over the bound is refused before any reading. O(n).
pub fn read_text(r: impl Read, len: Option<u64>) -> Result<Vec<u8>, Refused> {
    read_text_max(r, len, max_input())
}

/// As [`read_text`], with the bound given.
pub fn read_text_max(r: impl Read, len: Option<u64>, limit: u64) -> Result<Vec<u8>, Refused> {
    read_max(r, len, limit, true)
}

/// Reads everything `r` gives up to [`max_input`], text or not (a workbook is a zip
/// file): as [`read_text`] without looking at the first bytes. O(n).
pub fn read_bytes(r: impl Read, len: Option<u64>) -> Result<Vec<u8>, Refused> {
    read_max(r, len, max_input(), false)
}

fn read_max(mut r: impl Read, len: Option<u64>, limit: u64, text: bool) -> Result<Vec<u8>, Refused> {
    if len.is_some_and(|n| n > limit) {
        return Err(Refused::TooBig { limit });
    }
    let mut bytes = Vec::with_capacity(len.map_or(SNIFF, |n| n as usize + 1).min(limit as usize + 1));
    (&mut r).take(SNIFF as u64).read_to_end(&mut bytes).map_err(Refused::Io)?;
    if text && !looks_like_text(&bytes) {
        return Err(Refused::NotText);
    }
    r.take((limit + 1).saturating_sub(bytes.len() as u64)).read_to_end(&mut bytes).map_err(Refused::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Refused::TooBig { limit });
    }
    Ok(bytes)
}

/// Is this the start of a text file? UTF-16 with a byte-order mark is (Excel's
/// "Unicode text"); otherwise text holds no NUL byte (a map's encodings are UTF-8,
/// GBK/GB18030 and UTF-16 with a mark).
pub fn looks_like_text(start: &[u8]) -> bool {
    start.starts_with(&[0xFF, 0xFE]) || start.starts_with(&[0xFE, 0xFF]) || !start.contains(&0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_with_units() {
        assert_eq!(parse_size("1000"), Some(1000));
        assert_eq!(parse_size("2G"), Some(2 << 30));
        assert_eq!(parse_size("512MiB"), Some(512 << 20));
        assert_eq!(parse_size(" 4 gb "), Some(4 << 30));
        assert_eq!(parse_size("0"), None);
        assert_eq!(parse_size("lots"), None);
        assert_eq!(parse_size("99999999999T"), None);
        assert_eq!(size_text(DEFAULT_MAX_INPUT), "2 GiB");
        assert_eq!(size_text(1000), "1000 B");
    }

    #[test]
    fn an_endless_stream_of_zeros_is_refused_after_the_first_bytes() {
        // /dev/zero: a reader that never ends.
        let got = read_text(std::io::repeat(0), None);
        assert!(matches!(got, Err(Refused::NotText)), "{got:?}");
    }

    #[test]
    fn an_endless_text_stream_is_refused_at_the_bound() {
        let got = read_text_max(std::io::repeat(b'a'), None, 100_000);
        assert!(matches!(got, Err(Refused::TooBig { limit: 100_000 })), "{got:?}");
        let got = read_text_max(&b"abc"[..], Some(3), 2);
        assert!(matches!(got, Err(Refused::TooBig { limit: 2 })), "{got:?}");
        assert_eq!(read_text_max(&b"abc"[..], None, 3).unwrap(), b"abc");
    }

    #[test]
    fn utf16_text_with_its_mark_is_text() {
        assert!(looks_like_text(&[0xFF, 0xFE, b'a', 0]));
        assert!(!looks_like_text(b"\x7fELF\x02\x01\x01\x00"));
        assert_eq!(read_text(&b"{\"a\": 1}"[..], Some(8)).unwrap(), b"{\"a\": 1}");
        assert_eq!(read_bytes(&b"PK\x03\x04\x00"[..], None).unwrap(), b"PK\x03\x04\x00");
    }
}
