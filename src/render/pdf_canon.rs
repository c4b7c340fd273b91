//! Byte-identical PDFs: svg2pdf keeps its fonts and a page's resources in hash maps, so
//! the order of resource-dictionary entries, the order of font objects and so their
//! object numbers change from run to run. [`canonical`] rewrites a PDF written by
//! pdf-writer into one canonical form: entries of every dictionary of references
//! (`/Font`, `/ExtGState`, `/XObject`…) sorted by name, objects numbered in the order a
//! breadth-first walk from the trailer meets them, written in that order, with a fresh
//! cross-reference table. Stream data is copied as is. Anything it does not recognise
//! leaves the PDF untouched (still valid, only not canonical). O(size · log size).

use std::collections::{BTreeMap, VecDeque};

/// One indirect object: its dictionary (or other value) text and stream data, if any.
struct Object<'a> {
    head: &'a [u8],
    stream: Option<&'a [u8]>,
}

/// The PDF in canonical form, or the input unchanged when it is not laid out as
/// pdf-writer writes.
pub fn canonical(pdf: Vec<u8>) -> Vec<u8> {
    match rewrite(&pdf) {
        Some(out) => out,
        None => pdf,
    }
}

fn rewrite(pdf: &[u8]) -> Option<Vec<u8>> {
    let (header_end, objects, trailer) = parse(pdf)?;
    let sorted: BTreeMap<u32, Vec<u8>> =
        objects.iter().map(|(&id, o)| (id, sort_ref_dicts(o.head))).collect();
    let trailer = sort_ref_dicts(trailer);
    // Number objects in the order a breadth-first walk from the trailer meets them.
    let mut new_id: BTreeMap<u32, u32> = BTreeMap::new();
    let mut order = Vec::with_capacity(objects.len());
    let mut queue: VecDeque<u32> = VecDeque::new();
    let visit =
        |id: u32, new_id: &mut BTreeMap<u32, u32>, queue: &mut VecDeque<u32>, order: &mut Vec<u32>| {
            if objects.contains_key(&id) && !new_id.contains_key(&id) {
                new_id.insert(id, order.len() as u32 + 1);
                order.push(id);
                queue.push_back(id);
            }
        };
    for id in refs(&trailer) {
        visit(id, &mut new_id, &mut queue, &mut order);
    }
    while let Some(id) = queue.pop_front() {
        for r in refs(&sorted[&id]) {
            visit(r, &mut new_id, &mut queue, &mut order);
        }
    }
    for &id in objects.keys() {
        visit(id, &mut new_id, &mut queue, &mut order);
    }
    let mut out = Vec::with_capacity(pdf.len());
    out.extend_from_slice(&pdf[..header_end]);
    let mut offsets = Vec::with_capacity(order.len());
    for &old in &order {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", new_id[&old]).as_bytes());
        out.extend_from_slice(&renumber(&sorted[&old], &new_id)?);
        if let Some(data) = objects[&old].stream {
            out.extend_from_slice(b"\nstream\n");
            out.extend_from_slice(data);
            out.extend_from_slice(b"\nendstream");
        }
        out.extend_from_slice(b"\nendobj\n\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f\r\n", order.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n\r\n").as_bytes());
    }
    out.extend_from_slice(b"trailer\n");
    out.extend_from_slice(&renumber(&trailer, &new_id)?);
    out.extend_from_slice(format!("\nstartxref\n{xref}\n%%EOF").as_bytes());
    Some(out)
}

/// Splits the PDF into its header's length, its objects by number, and the trailer dictionary.
fn parse(pdf: &[u8]) -> Option<(usize, BTreeMap<u32, Object<'_>>, &[u8])> {
    let mut objects = BTreeMap::new();
    let mut i = find(pdf, 0, b"\n\n")? + 2;
    let header_end = i;
    while !pdf[i..].starts_with(b"xref\n") {
        let line_end = find(pdf, i, b"\n")?;
        let line = std::str::from_utf8(&pdf[i..line_end]).ok()?;
        let id: u32 = line.strip_suffix(" 0 obj")?.parse().ok()?;
        let start = line_end + 1;
        let end_obj = find(pdf, start, b"\nendobj\n")?;
        let stream_at = find(pdf, start, b"\nstream\n").filter(|&s| s < end_obj);
        let (head, stream, after) = match stream_at {
            None => (&pdf[start..end_obj], None, end_obj + 8),
            Some(s) => {
                let head = &pdf[start..s];
                let len = stream_length(head)?;
                let data_start = s + 8;
                let data_end = data_start.checked_add(len)?;
                let tail = pdf.get(data_end..)?;
                if !tail.starts_with(b"\nendstream\nendobj\n") {
                    return None;
                }
                (head, Some(&pdf[data_start..data_end]), data_end + 18)
            }
        };
        if objects.insert(id, Object { head, stream }).is_some() {
            return None;
        }
        i = after;
        while pdf.get(i) == Some(&b'\n') {
            i += 1;
        }
    }
    let t = find(pdf, i, b"trailer\n")? + 8;
    let t_end = find(pdf, t, b"\nstartxref")?;
    Some((header_end, objects, &pdf[t..t_end]))
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

/// The direct `/Length N` of a stream dictionary (top level lines only).
fn stream_length(head: &[u8]) -> Option<usize> {
    let text = std::str::from_utf8(head).ok()?;
    text.lines().find_map(|l| l.trim().strip_prefix("/Length ")).and_then(|n| n.trim().parse().ok())
}

/// Is this line `/Name N 0 R`?
fn is_ref_entry(line: &[u8]) -> bool {
    let Ok(s) = std::str::from_utf8(line) else { return false };
    let mut parts = s.trim().split(' ');
    matches!(
        (parts.next(), parts.next(), parts.next(), parts.next(), parts.next()),
        (Some(n), Some(id), Some("0"), Some("R"), None)
            if n.starts_with('/') && n.len() > 1 && !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit())
    )
}

/// Sorts, by name, the entries of every dictionary whose entries are all `/Name N 0 R`
/// lines (a line ending in `<<`, such lines, then `>>`).
fn sort_ref_dicts(text: &[u8]) -> Vec<u8> {
    let lines: Vec<&[u8]> = text.split(|&b| b == b'\n').collect();
    let mut out: Vec<&[u8]> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        out.push(lines[i]);
        if lines[i].ends_with(b"<<") {
            let mut j = i + 1;
            while j < lines.len() && is_ref_entry(lines[j]) {
                j += 1;
            }
            if j > i + 2 && j < lines.len() && lines[j].trim_ascii() == b">>" {
                let mut entries: Vec<&[u8]> = lines[i + 1..j].to_vec();
                entries.sort_by_key(|l| l.trim_ascii().split(|&b| b == b' ').next().unwrap_or_default());
                out.extend(entries);
                i = j;
                continue;
            }
        }
        i += 1;
    }
    out.join(&b'\n')
}

/// Walks an object's text outside strings, calling `on_ref(start, end, id)` for every
/// `N 0 R` reference (bytes `start..end` hold `N`). False when a string is unclosed.
fn scan_refs(text: &[u8], mut on_ref: impl FnMut(usize, usize, u32)) -> bool {
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'(' => {
                let mut depth = 0usize;
                loop {
                    match text.get(i) {
                        None => return false,
                        Some(b'\\') => i += 1,
                        Some(b'(') => depth += 1,
                        Some(b')') => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i += 1;
            }
            b'<' if text.get(i + 1) != Some(&b'<') && (i == 0 || text[i - 1] != b'<') => {
                match text[i..].iter().position(|&b| b == b'>') {
                    Some(p) => i += p + 1,
                    None => return false,
                }
            }
            b'0'..=b'9' if i == 0 || !text[i - 1].is_ascii_alphanumeric() && text[i - 1] != b'.' => {
                let start = i;
                while i < text.len() && text[i].is_ascii_digit() {
                    i += 1;
                }
                let follows = text[i..].starts_with(b" 0 R")
                    && text.get(i + 4).is_none_or(|b| !b.is_ascii_alphanumeric());
                if follows && let Ok(id) = std::str::from_utf8(&text[start..i]).unwrap_or("x").parse::<u32>()
                {
                    on_ref(start, i, id);
                    i += 4;
                }
            }
            _ => i += 1,
        }
    }
    true
}

/// The references in an object's text, in order.
fn refs(text: &[u8]) -> Vec<u32> {
    let mut out = Vec::new();
    scan_refs(text, |_, _, id| out.push(id));
    out
}

/// The text with every reference renumbered; None when a reference has no new number.
fn renumber(text: &[u8], new_id: &BTreeMap<u32, u32>) -> Option<Vec<u8>> {
    let mut spans = Vec::new();
    if !scan_refs(text, |s, e, id| spans.push((s, e, id))) {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() + 16);
    let mut at = 0;
    for (s, e, id) in spans {
        out.extend_from_slice(&text[at..s]);
        out.extend_from_slice(new_id.get(&id)?.to_string().as_bytes());
        at = e;
    }
    out.extend_from_slice(&text[at..]);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny(order: [(&str, &str); 2], fonts: &str) -> Vec<u8> {
        let mut s = String::from("%PDF-1.7\n%\u{80}\n\n");
        s.push_str(&format!("1 0 obj\n<<\n  /Type /Catalog\n  /Pages 2 0 R\n>>\nendobj\n\n2 0 obj\n<<\n  /Font <<\n{fonts}\n  >>\n>>\nendobj\n\n"));
        for (id, body) in order {
            s.push_str(&format!("{id} 0 obj\n{body}\nendobj\n\n"));
        }
        s.push_str(
            "xref\n0 5\ntrailer\n<<\n  /Size 5\n  /Root 1 0 R\n  /Title (a 3 0 R)\n>>\nstartxref\n0\n%%EOF",
        );
        s.into_bytes()
    }

    #[test]
    fn hash_map_orders_give_the_same_bytes() {
        let a = tiny(
            [("3", "<<\n  /Length 2\n>>\nstream\nAA\nendstream"), ("4", "(font b)")],
            "    /f0 3 0 R\n    /f1 4 0 R",
        );
        // The same PDF with the two fonts numbered and written the other way round.
        let b = tiny(
            [("4", "<<\n  /Length 2\n>>\nstream\nAA\nendstream"), ("3", "(font b)")],
            "    /f1 3 0 R\n    /f0 4 0 R",
        );
        let (ca, cb) = (canonical(a.clone()), canonical(b));
        assert_ne!(ca, a, "rewritten");
        assert_eq!(ca, cb);
        let text = String::from_utf8_lossy(&ca);
        assert!(text.contains("(a 3 0 R)"), "strings are not renumbered: {text}");
        assert!(text.contains("xref\n0 5\n"), "{text}");
    }

    #[test]
    fn what_is_not_recognised_is_left_alone() {
        let odd = b"%PDF-1.7\n\n1 0 obj\n<< /Length 99 >>\nstream\nshort".to_vec();
        assert_eq!(canonical(odd.clone()), odd);
    }
}
