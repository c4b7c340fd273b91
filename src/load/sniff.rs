//! What a file is, from its first bytes (and, for zip containers, the names inside):
//! so that a workbook is read as one whatever its name ends with, and a Word document,
//! a picture or a PDF given as MAP is named for what it is instead of "not a map".

/// What a file holds, as far as its bytes tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An Excel workbook (`.xlsx`, `.xlsm`): a zip holding `xl/`.
    Xlsx,
    /// An OpenDocument spreadsheet (`.ods`).
    Ods,
    /// An Excel 97–2003 workbook (`.xls`): an OLE compound file holding a `Workbook`.
    Xls,
    /// An encrypted (password-protected) Office file: an OLE compound file holding an
    /// `EncryptedPackage`, as Excel and WPS save a workbook with a password to open.
    Encrypted,
    /// A Word document (`.docx`, or `.doc`).
    Word,
    /// A PowerPoint presentation (`.pptx`, or `.ppt`).
    Slides,
    /// An OpenDocument text or presentation.
    OdfOther,
    /// A PDF.
    Pdf,
    /// A picture (PNG, JPEG, GIF, BMP, WebP, TIFF).
    Image,
    /// Another zip archive.
    Zip,
    /// Another OLE compound file (old Office, Outlook message …).
    Ole,
    /// Anything else: maybe text (JSON, CSV).
    Other,
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// UTF-16LE bytes of an ASCII name, as OLE directories store names.
fn utf16(name: &str) -> Vec<u8> {
    name.bytes().flat_map(|b| [b, 0]).collect()
}

/// What `bytes` hold. Zip entry names are stored uncompressed, so a byte search finds
/// `xl/` or `word/` without unpacking. O(n).
pub fn sniff(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        if contains(bytes, b"application/vnd.oasis.opendocument.spreadsheet") {
            return Kind::Ods;
        }
        if contains(bytes, b"application/vnd.oasis.opendocument.") {
            return Kind::OdfOther;
        }
        if contains(bytes, b"xl/workbook") || contains(bytes, b"xl/worksheets/") {
            return Kind::Xlsx;
        }
        if contains(bytes, b"word/") {
            return Kind::Word;
        }
        if contains(bytes, b"ppt/") {
            return Kind::Slides;
        }
        return Kind::Zip;
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return if contains(bytes, &utf16("EncryptedPackage")) {
            Kind::Encrypted
        } else if contains(bytes, &utf16("Workbook")) || contains(bytes, &utf16("Book")) {
            Kind::Xls
        } else if contains(bytes, &utf16("WordDocument")) {
            Kind::Word
        } else if contains(bytes, &utf16("PowerPoint Document")) {
            Kind::Slides
        } else {
            Kind::Ole
        };
    }
    if bytes.starts_with(b"%PDF") {
        return Kind::Pdf;
    }
    let image = bytes.starts_with(b"\x89PNG")
        || bytes.starts_with(&[0xFF, 0xD8, 0xFF])
        || bytes.starts_with(b"GIF8")
        || bytes.starts_with(b"BM")
        || (bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP"))
        || bytes.starts_with(b"II*\0")
        || bytes.starts_with(b"MM\0*");
    if image {
        return Kind::Image;
    }
    Kind::Other
}

impl Kind {
    /// Is this a workbook powermap reads?
    pub fn is_workbook(self) -> bool {
        matches!(self, Kind::Xlsx | Kind::Ods | Kind::Xls)
    }

    /// The catalog key naming what the file is, for a file that is not a map.
    pub fn what_key(self) -> Option<&'static str> {
        Some(match self {
            Kind::Word => "sheet-kind-word",
            Kind::Slides => "sheet-kind-slides",
            Kind::OdfOther => "sheet-kind-odf",
            Kind::Pdf => "sheet-kind-pdf",
            Kind::Image => "sheet-kind-image",
            Kind::Zip => "sheet-kind-zip",
            Kind::Ole => "sheet-kind-ole",
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_files_are_told_apart() {
        let zip = |name: &[u8]| [b"PK\x03\x04".as_slice(), &[0; 26], name, b"..."].concat();
        assert_eq!(sniff(&zip(b"xl/workbook.xml")), Kind::Xlsx);
        assert_eq!(sniff(&zip(b"word/document.xml")), Kind::Word);
        assert_eq!(sniff(&zip(b"ppt/presentation.xml")), Kind::Slides);
        assert_eq!(sniff(&zip(b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet")), Kind::Ods);
        assert_eq!(sniff(&zip(b"photos/a.jpg")), Kind::Zip);
        let ole =
            |name: &str| [[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1].as_slice(), &utf16(name)].concat();
        assert_eq!(sniff(&ole("EncryptedPackage")), Kind::Encrypted);
        assert_eq!(sniff(&ole("Workbook")), Kind::Xls);
        assert_eq!(sniff(b"%PDF-1.7\n"), Kind::Pdf);
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n"), Kind::Image);
        assert_eq!(sniff(b"{\"people\": []}"), Kind::Other);
        assert_eq!(sniff(b"id,name\n"), Kind::Other);
    }
}
