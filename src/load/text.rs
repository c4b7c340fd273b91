//! Turning file bytes into text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's
//! "Unicode text"), and GBK/GB18030 as saved by Excel on Chinese Windows, detected
//! without the user saying so. O(n).

use encoding_rs::{GB18030, UTF_16BE, UTF_16LE};

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

/// Decodes file bytes. Valid UTF-8 is taken as UTF-8 (GBK text of any length is almost
/// never valid UTF-8); anything else must be valid GB18030, a superset of GBK.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return std::str::from_utf8(rest).map(|s| (s.to_string(), Encoding::Utf8Bom)).map_err(|e| {
            format!("starts with a UTF-8 byte-order mark but is not UTF-8 (byte {})", e.valid_up_to() + 3)
        });
    }
    for (bom, enc) in [(&b"\xFF\xFE"[..], UTF_16LE), (&b"\xFE\xFF"[..], UTF_16BE)] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            return enc
                .decode_without_bom_handling_and_without_replacement(rest)
                .map(|s| (s.into_owned(), Encoding::Utf16))
                .ok_or_else(|| "starts with a UTF-16 byte-order mark but is not UTF-16".to_string());
        }
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_string(), Encoding::Utf8));
    }
    GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|s| (s.into_owned(), Encoding::Gb18030))
        .ok_or_else(|| "is neither UTF-8 nor GBK/GB18030 text".to_string())
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
}
