//! Turning file bytes into text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's
//! "Unicode text"), and GBK/GB18030 as saved by Excel on Chinese Windows, detected
//! without the user saying so. O(n).

use encoding_rs::{GB18030, UTF_16BE, UTF_16LE};

use crate::i18n::{Lang, Msg};

/// The encoding a text was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 without a byte-order mark.
    Utf8,
    /// UTF-8 with a byte-order mark.
    Utf8Bom,
    /// UTF-16 with a byte-order mark.
    Utf16,
    /// GBK or GB18030.
    Gb18030,
}

/// Why bytes are not text: what the file is not (a catalog message, `the file is
/// neither UTF-8 nor GBK/GB18030 text …`), and the 1-based line of the first byte
/// that fits none of the encodings tried, where known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// What the file is not.
    pub msg: Msg,
    /// The line of the first undecodable byte.
    pub line: Option<u64>,
}

impl std::fmt::Display for DecodeError {
    /// In English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.msg.render(Lang::En))
    }
}

/// How many bytes of `bytes` decode as GB18030 before the first malformed sequence.
fn gb18030_valid_up_to(bytes: &[u8]) -> usize {
    let mut decoder = GB18030.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(bytes.len() * 3 / 2 + 16);
    let mut read = 0;
    loop {
        let (result, n) = decoder.decode_to_string_without_replacement(&bytes[read..], &mut out, true);
        read += n;
        match result {
            encoding_rs::DecoderResult::OutputFull => out.reserve(bytes.len() + 16),
            encoding_rs::DecoderResult::Malformed(bad, _) => return read.saturating_sub(usize::from(bad)),
            encoding_rs::DecoderResult::InputEmpty => return bytes.len(),
        }
    }
}

/// Decodes file bytes. Valid UTF-8 is taken as UTF-8 (GBK text of any length is almost
/// never valid UTF-8); anything else must be valid GB18030, a superset of GBK. When it
/// is neither, the error names the line where the encoding that read further stopped.
/// Decodes file bytes it owns: UTF-8 is taken over without a copy. See [`decode`].
pub fn decode_owned(mut bytes: Vec<u8>) -> Result<(String, Encoding), DecodeError> {
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    if bom {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok((s, if bom { Encoding::Utf8Bom } else { Encoding::Utf8 })),
        Err(e) => {
            let mut bytes = e.into_bytes();
            if bom {
                bytes.splice(0..0, *b"\xEF\xBB\xBF");
            }
            decode(&bytes)
        }
    }
}

/// Decodes file bytes (see the module documentation for the encodings understood).
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest).map(|s| (s.to_string(), Encoding::Utf8Bom)).map_err(|e| {
            DecodeError {
                msg: Msg::new("diag-encoding-bad-utf8").arg("byte", e.valid_up_to() + 3),
                line: Some(line_of(bytes, e.valid_up_to() + 3)),
            }
        });
    }
    for (bom, enc) in [(&b"\xFF\xFE"[..], UTF_16LE), (&b"\xFE\xFF"[..], UTF_16BE)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return enc
                .decode_without_bom_handling_and_without_replacement(rest)
                .map(|s| (s.into_owned(), Encoding::Utf16))
                .ok_or_else(|| DecodeError { msg: Msg::new("diag-encoding-bad-utf16"), line: None });
        }
    }
    let utf8_error = match std::str::from_utf8(bytes) {
        Ok(s) => return Ok((s.to_string(), Encoding::Utf8)),
        Err(e) => e,
    };
    if let Some(s) = GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
        return Ok((s.into_owned(), Encoding::Gb18030));
    }
    let stop = utf8_error.valid_up_to().max(gb18030_valid_up_to(bytes));
    Err(DecodeError {
        msg: Msg::new("diag-encoding-unknown").arg("byte", stop + 1),
        line: Some(line_of(bytes, stop)),
    })
}

/// The 1-based line holding byte `offset`. Line ends are `\n` in every encoding read
/// here but UTF-16, whose errors carry no line.
fn line_of(bytes: &[u8], offset: usize) -> u64 {
    bytes[..offset.min(bytes.len())].iter().filter(|&&b| b == b'\n').count() as u64 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_each_encoding() {
        assert_eq!(decode("黄主任".as_bytes()).unwrap(), ("黄主任".into(), Encoding::Utf8));
        let bom = [b"\xEF\xBB\xBF".as_slice(), "编号".as_bytes()].concat();
        assert_eq!(decode(&bom).unwrap(), ("编号".into(), Encoding::Utf8Bom));
        let (gbk, _, _) = GB18030.encode("编号,姓名\nhuang,黄主任\n");
        assert_eq!(decode(&gbk).unwrap(), ("编号,姓名\nhuang,黄主任\n".into(), Encoding::Gb18030));
        let mut u16 = vec![0xFF, 0xFE];
        for unit in "编号\t姓名".encode_utf16() {
            u16.extend(unit.to_le_bytes());
        }
        assert_eq!(decode(&u16).unwrap().0, "编号\t姓名");
    }

    #[test]
    fn refuses_binary() {
        assert!(decode(&[0x81, 0x20, 0xFF, 0xFF]).is_err());
    }

    #[test]
    fn names_the_line_of_the_first_bad_byte() {
        let (gbk, _, _) = GB18030.encode("编号,姓名\nhuang,黄主任\n");
        let bad = [gbk.as_ref(), b"x,\xFF\n"].concat();
        let e = decode(&bad).unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        let e = decode(b"id\nann\n\xFF\xFE\xFD").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert_eq!(e.to_string(), "the file is neither UTF-8 nor GBK/GB18030 text (byte 8 fits neither)");
    }
}
