//! Line numbers of a text from byte positions, whatever its line ends (`\n`, `\r\n`
//! or a lone `\r`, as old Mac and some Excel exports write), and the line where a CSV
//! quote that is never closed opens.
//!
//! The csv crate counts lines by `\n` only and, on a record that follows a quoted
//! field, one too few; so the CSV loader asks this index instead, by the byte where
//! each record starts.

/// The byte offset where each line starts, for lines of any ending. O(n) to build,
/// O(log n) a lookup.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes a text's lines.
    pub fn new(text: &str) -> LineIndex {
        let b = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if b.get(i + 1) == Some(&b'\n') => {
                    starts.push(i + 2);
                    i += 1;
                }
                b'\r' => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// The 1-based line of the byte at `byte`.
    pub fn line(&self, byte: u64) -> u64 {
        let byte = usize::try_from(byte).unwrap_or(usize::MAX);
        self.starts.partition_point(|&s| s <= byte) as u64
    }

    /// The 1-based line of the first byte at or after `byte` that is not a line end:
    /// where a record of `text` starts whose position the csv crate gives. (It gives
    /// the byte after the `\r` of a `\r\n`, and before blank lines it skips.)
    pub fn record_line(&self, text: &str, byte: u64) -> u64 {
        let b = text.as_bytes();
        let mut at = usize::try_from(byte).unwrap_or(usize::MAX).min(b.len());
        while at < b.len() && matches!(b[at], b'\r' | b'\n') {
            at += 1;
        }
        self.line(at as u64)
    }
}

/// The 1-based line where a quoted CSV field opens that is never closed, if any: the
/// csv crate reads such a field to the end of the file, silently swallowing every row
/// after it. Quotes count as the csv crate counts them: only at the start of a field;
/// `""` inside a quoted field is a quote. O(n).
pub fn unclosed_quote(text: &str, delimiter: u8) -> Option<u64> {
    #[derive(Clone, Copy, PartialEq)]
    enum S {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }
    let mut state = S::FieldStart;
    let mut opened = 0usize;
    for (i, &c) in text.as_bytes().iter().enumerate() {
        let ends_field = c == delimiter || c == b'\n' || c == b'\r';
        state = match state {
            S::FieldStart | S::Unquoted if ends_field => S::FieldStart,
            S::FieldStart if c == b'"' => {
                opened = i;
                S::Quoted
            }
            S::FieldStart | S::Unquoted => S::Unquoted,
            S::Quoted if c == b'"' => S::QuoteInQuoted,
            S::Quoted => S::Quoted,
            S::QuoteInQuoted if c == b'"' => S::Quoted,
            S::QuoteInQuoted if ends_field => S::FieldStart,
            S::QuoteInQuoted => S::Unquoted,
        };
    }
    (state == S::Quoted).then(|| LineIndex::new(text).line(opened as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_every_ending() {
        for text in ["a\nb\nc\n", "a\r\nb\r\nc\r\n", "a\rb\rc\r"] {
            let ix = LineIndex::new(text);
            let c = text.find('c').unwrap() as u64;
            let b = text.find('b').unwrap() as u64;
            assert_eq!((ix.line(0), ix.line(b), ix.line(c)), (1, 2, 3), "{text:?}");
            // From the end of the line before, as the csv crate gives a record's start.
            assert_eq!(ix.record_line(text, b - 1), 2, "{text:?}");
        }
    }

    #[test]
    fn an_unclosed_quote_is_found_where_it_opens() {
        assert_eq!(unclosed_quote("id,name\r\np1,\"ok\"\r\np2,\"Zhang\r\np3,Li\r\n", b','), Some(3));
        assert_eq!(unclosed_quote("id,name\np1,\"a \"\"b\"\" c\"\np2,x\n", b','), None);
        assert_eq!(unclosed_quote("id,note\np1,5\" screen\n", b','), None);
        assert_eq!(unclosed_quote("id,note\np1,\"two\nlines\"\n", b','), None);
        assert_eq!(unclosed_quote("id\tnote\np1\t\"open\n", b'\t'), Some(2));
    }
}
