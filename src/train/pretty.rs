//! Pretty JSON as `serde_json::to_writer_pretty` writes it (two spaces a level), byte for
//! byte, with fewer writes: a line break and its indentation go out as one slice instead
//! of one write per level, which is most of the writing of a big review (a change is
//! nested four to six levels deep, and each of its lines was five writes or more).

use std::io::{self, Write};

use serde_json::ser::Formatter;

/// `,` then a line break, then enough spaces for [`DEEP`] levels.
const BREAK: &[u8; 2 + 2 * DEEP] = &{
    let mut b = [b' '; 2 + 2 * DEEP];
    b[0] = b',';
    b[1] = b'\n';
    b
};

/// Levels indented by one slice; deeper ones (never met in our outputs) step by level.
const DEEP: usize = 64;

/// The formatter: `serde_json::ser::PrettyFormatter` with indent `"  "`.
#[derive(Default)]
pub struct Pretty {
    level: usize,
    has_value: bool,
}

impl Pretty {
    /// Writes a line break (after a comma unless `first`) and the current indentation.
    /// O(level).
    fn line<W: ?Sized + Write>(&self, w: &mut W, first: bool) -> io::Result<()> {
        let from = usize::from(first);
        if self.level <= DEEP {
            return w.write_all(&BREAK[from..2 + 2 * self.level]);
        }
        w.write_all(&BREAK[from..2])?;
        for _ in 0..self.level {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    /// Opens a list or an object: one level deeper, nothing in it yet.
    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    /// Closes a list or an object, on a line of its own when it holds anything.
    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level = self.level.saturating_sub(1);
        if self.has_value {
            self.line(w, true)?;
        }
        w.write_all(bracket)
    }
}

impl Formatter for Pretty {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.line(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.line(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Writes `value` as `serde_json::to_writer_pretty` would write it `level` levels in
/// (its first line unindented, as a value after a key or a list's line break is).
pub fn to_writer_at<W: Write, T: serde::Serialize + ?Sized>(
    w: W,
    level: usize,
    value: &T,
) -> serde_json::Result<()> {
    value.serialize(&mut serde_json::Serializer::with_formatter(w, Pretty { level, has_value: false }))
}

#[cfg(test)]
mod tests {
    #[test]
    fn writes_what_serde_json_writes() {
        let deep = (0..70).fold(serde_json::json!(1), |v, i| serde_json::json!({ "k": [v, i, {}, []] }));
        for v in [
            serde_json::json!({"a": [1, {"b": "c\"d", "e": []}, [], {}], "f": null, "g": {"h": [[]]}}),
            serde_json::json!([]),
            serde_json::json!("x"),
            deep,
        ] {
            let mut ours = Vec::new();
            super::to_writer_at(&mut ours, 0, &v).unwrap();
            assert_eq!(String::from_utf8(ours).unwrap(), serde_json::to_string_pretty(&v).unwrap());
        }
    }
}
