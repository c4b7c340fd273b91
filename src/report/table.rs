//! Plain-text tables aligned by display width (a Chinese character is two columns).

use unicode_width::UnicodeWidthStr;

/// A table: a header row and rows of cells; renders with two spaces between columns.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Column headings.
    pub header: Vec<String>,
    /// Rows; each as long as the header.
    pub rows: Vec<Vec<String>>,
    /// Columns aligned to the right (numbers).
    pub right: Vec<bool>,
}

impl Table {
    /// A table with these headings; columns listed in `right` are right-aligned.
    pub fn new(header: &[&str], right: &[usize]) -> Table {
        Table {
            header: header.iter().map(|s| s.to_string()).collect(),
            rows: Vec::new(),
            right: (0..header.len()).map(|i| right.contains(&i)).collect(),
        }
    }

    /// Adds a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// Renders with `indent` spaces before each line; `bold` wraps the header.
    pub fn render(&self, indent: usize, bold: &dyn Fn(&str) -> String) -> String {
        let n = self.header.len();
        let mut width = vec![0usize; n];
        for r in std::iter::once(&self.header).chain(&self.rows) {
            for (i, c) in r.iter().enumerate().take(n) {
                width[i] = width[i].max(c.width());
            }
        }
        let mut out = String::new();
        for (ri, r) in std::iter::once(&self.header).chain(&self.rows).enumerate() {
            let mut line = " ".repeat(indent);
            for (i, c) in r.iter().enumerate().take(n) {
                let pad = " ".repeat(width[i] - c.width());
                let last = i + 1 == n;
                if self.right[i] {
                    line.push_str(&pad);
                    line.push_str(c);
                } else {
                    line.push_str(c);
                    if !last {
                        line.push_str(&pad);
                    }
                }
                if !last {
                    line.push_str("  ");
                }
            }
            let line = line.trim_end().to_string();
            out.push_str(&if ri == 0 { bold(&line) } else { line });
            out.push('\n');
        }
        out
    }
}

/// Removes control characters (a name is data; it must not move the terminal's cursor).
pub fn clean(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligns_chinese_by_display_width() {
        let mut t = Table::new(&["name", "score"], &[1]);
        t.row(vec!["黄主任".into(), "62.5".into()]);
        t.row(vec!["Liu".into(), "8.0".into()]);
        let s = t.render(0, &|s| s.to_string());
        assert_eq!(s, "name    score\n黄主任   62.5\nLiu       8.0\n");
    }

    #[test]
    fn control_characters_are_neutralized() {
        assert_eq!(clean("a\u{1b}[31mb\nc"), "a [31mb c");
    }
}
