//! Finding the line and column of JSON paths (`people[3].stance`) in a JSON text, so
//! that problems found after parsing point at the line the user wrote. One pass, O(n)
//! in the text; run only when there is something to report.

use std::collections::HashMap;

/// How a key is named in paths: given the path of the object holding it and the key as
/// written, the canonical name (`立场` in `people[0]` → `stance`), or None to keep it.
pub type Canon<'c> = &'c dyn Fn(&str, &str) -> Option<&'static str>;

/// Positions (1-based line, 1-based column in characters) of the wanted paths' values.
/// Paths not found (or in text that is not valid JSON) are absent from the result.
pub fn locate(text: &str, wanted: &[&str]) -> HashMap<String, (u64, u64)> {
    locate_with(text, wanted, &|_, _| None)
}

/// As [`locate`], with keys named in paths by `canon`, so that a path built from the
/// format's own key names finds a key the user wrote in Chinese or another spelling.
pub fn locate_with(text: &str, wanted: &[&str], canon: Canon) -> HashMap<String, (u64, u64)> {
    scan(text, wanted, canon, false).0
}

/// Every key given more than once in one object (with keys named by `canon`, so
/// `stance` and `立场` are the same key): the path of the key and the position of its
/// repeat (the opening quote of the second key, and of any later one), in file order.
pub fn repeated_keys(text: &str, canon: Canon) -> Vec<(String, (u64, u64))> {
    scan(text, &[], canon, true).1
}

/// The 1-based line and column (in characters) of each byte offset into `text`, in the
/// order given: one pass over the text up to the largest offset, counting newlines and
/// then characters from the last line start. O(n) in the text, O(k log k) in offsets.
pub fn positions(text: &str, offsets: &[usize]) -> Vec<(u64, u64)> {
    let b = text.as_bytes();
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&k| offsets[k]);
    let mut out = vec![(1, 1); offsets.len()];
    // Counted so far: up to `pos`, `line` lines started, the last at `line_start`; and
    // `chars` characters from `line_start` up to `cpos`.
    let (mut pos, mut line, mut line_start) = (0usize, 1u64, 0usize);
    let (mut cpos, mut chars) = (0usize, 0u64);
    for k in order {
        let at = offsets[k].min(b.len());
        let part = &b[pos..at.max(pos)];
        if let Some(last) = memchr::memrchr(b'\n', part) {
            line += memchr::memchr_iter(b'\n', part).count() as u64;
            line_start = pos + last + 1;
        }
        pos = pos.max(at);
        if cpos < line_start {
            (cpos, chars) = (line_start, 0);
        }
        // Characters are counted from byte boundaries; a continuation byte starts none
        // (so an offset inside a character counts up to that character).
        chars += text.get(cpos..at.max(cpos)).map_or_else(
            || b[cpos..at.max(cpos)].iter().filter(|&&c| (c as i8) >= -0x40).count(),
            |s| s.chars().count(),
        ) as u64;
        cpos = cpos.max(at);
        out[k] = (line, chars + 1);
    }
    out
}

/// Appends `key` to a JSON path: `.key`, or `[""]` for the empty key (which would
/// otherwise name the object holding it).
pub fn push_key(path: &mut String, key: &str) {
    if key.is_empty() {
        path.push_str("[\"\"]");
        return;
    }
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

type Scanned = (HashMap<String, (u64, u64)>, Vec<(String, (u64, u64))>);

fn scan(text: &str, wanted: &[&str], canon: Canon, repeats: bool) -> Scanned {
    let want: std::collections::HashSet<&str> = wanted.iter().copied().collect();
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
        line: 1,
        line_start: 0,
        counted: (0, 0),
        text,
        path: String::new(),
        want,
        found: HashMap::new(),
        canon,
        repeats: repeats.then(Vec::new),
    };
    s.ws();
    // Text that is not JSON (it was refused before this runs) ends the scan early:
    // what was found up to there is kept.
    let _ = s.value(0);
    (s.found, s.repeats.unwrap_or_default())
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    line: u64,
    line_start: usize,
    /// A byte position on the current line and the characters from the line's start
    /// to it, so that columns on a long line are counted once, not from its start
    /// for every mark.
    counted: (usize, u64),
    text: &'a str,
    path: String,
    want: std::collections::HashSet<&'a str>,
    found: HashMap<String, (u64, u64)>,
    canon: Canon<'a>,
    /// When looking for repeated keys: those found so far.
    repeats: Option<Vec<(String, (u64, u64))>>,
}

impl Scanner<'_> {
    fn ws(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'\n' => {
                    self.i += 1;
                    self.line += 1;
                    self.line_start = self.i;
                }
                b' ' | b'\t' | b'\r' => self.i += 1,
                _ => break,
            }
        }
    }

    fn mark(&mut self) {
        if self.want.contains(self.path.as_str()) && !self.found.contains_key(&self.path) {
            let at = self.position();
            self.found.insert(self.path.clone(), at);
        }
    }

    /// The current line and column (in characters).
    fn position(&mut self) -> (u64, u64) {
        if self.counted.0 < self.line_start || self.counted.0 > self.i {
            self.counted = (self.line_start, 0);
        }
        let (from, chars) = self.counted;
        let more = self.text.get(from..self.i).map_or(0, |s| s.chars().count()) as u64;
        self.counted = (self.i, chars + more);
        (self.line, chars + more + 1)
    }

    /// Scans one value at the current position. None when the text is not JSON.
    fn value(&mut self, depth: usize) -> Option<()> {
        if depth > 256 {
            return None;
        }
        self.mark();
        match *self.b.get(self.i)? {
            b'{' => {
                self.i += 1;
                self.ws();
                if self.b.get(self.i) == Some(&b'}') {
                    self.i += 1;
                    return Some(());
                }
                let mut keys = std::collections::HashSet::new();
                loop {
                    self.ws();
                    let key_at = self.repeats.is_some().then(|| self.position());
                    let key = self.string()?;
                    self.ws();
                    if self.b.get(self.i) != Some(&b':') {
                        return None;
                    }
                    self.i += 1;
                    self.ws();
                    let keep = self.path.len();
                    let name = (self.canon)(&self.path, &key);
                    let name = name.map_or(key, str::to_string);
                    push_key(&mut self.path, &name);
                    if let (Some(at), Some(reps)) = (key_at, self.repeats.as_mut())
                        && !keys.insert(name)
                    {
                        reps.push((self.path.clone(), at));
                    }
                    self.value(depth + 1)?;
                    self.path.truncate(keep);
                    self.ws();
                    match *self.b.get(self.i)? {
                        b',' => self.i += 1,
                        b'}' => {
                            self.i += 1;
                            return Some(());
                        }
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.i += 1;
                self.ws();
                if self.b.get(self.i) == Some(&b']') {
                    self.i += 1;
                    return Some(());
                }
                let mut n = 0usize;
                loop {
                    self.ws();
                    let keep = self.path.len();
                    self.path.push_str(&format!("[{n}]"));
                    self.value(depth + 1)?;
                    self.path.truncate(keep);
                    n += 1;
                    self.ws();
                    match *self.b.get(self.i)? {
                        b',' => self.i += 1,
                        b']' => {
                            self.i += 1;
                            return Some(());
                        }
                        _ => return None,
                    }
                }
            }
            b'"' => self.string().map(|_| ()),
            _ => {
                while let Some(&c) = self.b.get(self.i) {
                    if matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n') {
                        break;
                    }
                    self.i += 1;
                }
                Some(())
            }
        }
    }

    /// Scans a string literal and returns its decoded text (escapes resolved simply).
    fn string(&mut self) -> Option<String> {
        if self.b.get(self.i) != Some(&b'"') {
            return None;
        }
        let start = self.i;
        self.i += 1;
        loop {
            match *self.b.get(self.i)? {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    break;
                }
                _ => self.i += 1,
            }
        }
        let literal = self.text.get(start..self.i)?;
        // A string that does not decode (a lone surrogate escape `\ud800`) is kept as
        // written, so that the rest of the text is still scanned.
        Some(
            serde_json::from_str::<String>(literal)
                .unwrap_or_else(|_| literal[1..literal.len() - 1].to_string()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_paths() {
        let text =
            "{\n  \"people\": [\n    {\"id\": \"a\"},\n    {\"id\": \"b\", \"stance\": \"suport\"}\n  ]\n}";
        let got = locate(text, &["people[1].stance", "people[0]", "people", "nope"]);
        assert_eq!(got["people[1].stance"], (4, 27));
        assert_eq!(got["people[0]"], (3, 5));
        assert_eq!(got["people"], (2, 13));
        assert!(!got.contains_key("nope"));
    }

    #[test]
    fn many_values_on_long_lines_get_their_own_columns() {
        // Minified JSON puts every value on one line; a second line follows.
        let items: Vec<String> = (0..300).map(|i| format!("{{\"名\": \"黄{i}\", \"n\": {i}}}")).collect();
        let text = format!("{{\"people\": [{}],\n\"ties\": [{}]}}", items.join(","), items.join(", "));
        let wanted: Vec<String> = (0..300)
            .flat_map(|i| [format!("people[{i}].n"), format!("ties[{i}].名"), format!("people[{i}]")])
            .collect();
        let got = locate(&text, &wanted.iter().map(String::as_str).collect::<Vec<_>>());
        // The column of the value holding `needle` as the n-th of its kind on `line`.
        let column = |line: usize, needle: &str| {
            let l = text.lines().nth(line - 1).unwrap();
            let at = l.find(needle).unwrap();
            (line as u64, l[..at].chars().count() as u64 + 1)
        };
        for i in [0, 1, 150, 299] {
            assert_eq!(got[&format!("people[{i}].n")], column(1, &format!("{i}}}")));
            assert_eq!(got[&format!("ties[{i}].名")], column(2, &format!("\"黄{i}\"")));
        }
        assert_eq!(got["people[0]"], (1, 13));
    }

    #[test]
    fn positions_of_offsets_match_a_count_from_the_start() {
        let text = "ab\n名字: 1\r\n\n  {\"x\"}\n黄";
        let offsets: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).rev().collect();
        let got = positions(text, &offsets);
        for (&o, &(l, c)) in offsets.iter().zip(&got) {
            let before = &text[..o];
            let line = before.matches('\n').count() as u64 + 1;
            let col = before.rsplit('\n').next().unwrap().chars().count() as u64 + 1;
            assert_eq!((l, c), (line, col), "offset {o}");
        }
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "{\"名字\": \"黄\", \"x\": 1}";
        let got = locate(text, &["x"]);
        assert_eq!(got["x"], (1, 18));
    }

    #[test]
    fn keys_are_named_as_the_caller_says() {
        let text = "{\"人员\": [{\"立场\": 1}]}";
        let canon = |parent: &str, key: &str| match (parent, key) {
            ("", "人员") => Some("people"),
            ("people[0]", "立场") => Some("stance"),
            _ => None,
        };
        let got = locate_with(text, &["people[0].stance"], &canon);
        assert_eq!(got["people[0].stance"], (1, 16));
    }

    #[test]
    fn broken_text_gives_what_it_found() {
        let got = locate("{\"a\": [1, 2", &["a"]);
        assert_eq!(got["a"], (1, 7));
    }
}
