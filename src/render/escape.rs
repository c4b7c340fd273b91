//! Escaping for every output language: a name is data, never markup. Each function
//! takes user text and returns text safe to place inside one kind of string.

/// Is this character allowed in XML 1.0 at all (even escaped)? Control characters
/// other than tab, newline and carriage return are not, nor are surrogates or U+FFFE/F.
fn xml_allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Escapes text for XML/HTML/SVG text content and double- or single-quoted attribute
/// values: `& < > " '` become entities, characters XML forbids are dropped. O(n).
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if xml_allowed(c) => out.push(c),
            _ => {}
        }
    }
    out
}

/// Escapes text for an XML attribute value so that it survives attribute-value
/// normalization: as [`xml`], and tab, newline and carriage return become character
/// references (a parser would otherwise read them as spaces). O(n).
pub fn xml_attr(s: &str) -> String {
    xml(s).replace('\t', "&#9;").replace('\n', "&#10;").replace('\r', "&#13;")
}

/// Escapes text for the inside of a double-quoted DOT string: `"` and `\` are
/// backslash-escaped (so `\n`, `\N`, `\G` in a name stay literal), a newline becomes the
/// DOT line break `\n`, other control characters are dropped. Graphviz decodes HTML
/// entities in strings, so `&` becomes `&amp;` (a name `AT&amp;T` is drawn as written,
/// and an id `&name;` cannot make Graphviz's SVG ill-formed), and `<` `>` become `&lt;`
/// `&gt;` (drawn the same; no markup from a name reaches the DOT text). O(n).
pub fn dot(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An id as a DOT node name, distinct for distinct ids: [`dot`] drops control
/// characters, so an id holding one (other than a newline) is written with each as
/// `{U+0001}` (and `{` as `{{`), behind the prefix `q_` instead of `p_`. O(n).
pub fn dot_id(id: &str) -> String {
    if !id.chars().any(|c| c.is_control() && c != '\n') {
        return format!("p_{}", dot(id));
    }
    format!("q_{}", dot(&spell_out(id, |c| !c.is_control() || c == '\n')))
}

/// `id` with each character `keep` refuses written as `{U+XXXX}`, and `{` doubled,
/// so that distinct ids stay distinct. O(n).
fn spell_out(id: &str, keep: impl Fn(char) -> bool) -> String {
    let mut out = String::with_capacity(id.len() + 8);
    for c in id.chars() {
        match c {
            '{' => out.push_str("{{"),
            c if keep(c) => out.push(c),
            c => out.push_str(&format!("{{U+{:04X}}}", c as u32)),
        }
    }
    out
}

/// Ids as XML attribute values that stay distinct: an id with characters XML cannot
/// hold (control characters) has them written as `{U+0001}` (`{` doubled), and, should
/// that be another id, `~2`, `~3` … appended. Ids XML can hold are kept as they are.
/// Not yet escaped (pass each through [`xml_attr`]). O(n).
pub fn xml_ids<'a>(ids: impl Iterator<Item = &'a str> + Clone) -> Vec<std::borrow::Cow<'a, str>> {
    use std::borrow::Cow;
    if ids.clone().all(|id| id.chars().all(xml_allowed)) {
        return ids.map(Cow::Borrowed).collect();
    }
    let mut taken: std::collections::HashSet<String> =
        ids.clone().filter(|id| id.chars().all(xml_allowed)).map(str::to_string).collect();
    ids.map(|id| {
        if id.chars().all(xml_allowed) {
            return Cow::Borrowed(id);
        }
        let base = spell_out(id, xml_allowed);
        let mut name = base.clone();
        let mut n = 1;
        while taken.contains(&name) {
            n += 1;
            name = format!("{base}~{n}");
        }
        taken.insert(name.clone());
        Cow::Owned(name)
    })
    .collect()
}

/// Escapes text for the inside of a double-quoted Mermaid label. Mermaid has no
/// backslash escapes; inside quotes everything but `"` is literal to its parser, and it
/// decodes `#name;` / `#NNN;` entity codes. So `"` and the characters that could start
/// an entity or markup (`# & < >`) become entity codes, a backtick too (a label in
/// backticks would be read as Markdown), and `%` (Mermaid applies `%%{init: …}%%`
/// anywhere in the text as a directive, and `%%` starts a comment); a newline becomes
/// `<br>`, control characters are dropped; brackets, braces, pipes and the rest stay as
/// written. O(n).
pub fn mermaid(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '"' => out.push_str("#quot;"),
            '#' => out.push_str("#35;"),
            '&' => out.push_str("#amp;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '`' => out.push_str("#96;"),
            '%' => out.push_str("#37;"),
            '\n' => out.push_str("<br>"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Cuts text to at most `max_em` ems as measured by [`crate::render::style::text_em`],
/// ending with `…` when cut; also turns line breaks into spaces. O(n).
pub fn truncate(s: &str, max_em: f64) -> String {
    let one_line: String = s.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
    if crate::render::style::text_em(&one_line) <= max_em {
        return one_line;
    }
    let mut out = String::new();
    let mut w = 0.0;
    for c in one_line.chars() {
        let cw = crate::render::style::char_em(c);
        if w + cw > max_em - 1.0 {
            break;
        }
        w += cw;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NASTY: &str = "a\"b\\c\nd<script>]]>-->{x}|y&#35;'\u{1}";

    #[test]
    fn xml_escapes_markup_and_drops_forbidden_characters() {
        let e = xml(NASTY);
        assert_eq!(e, "a&quot;b\\c\nd&lt;script&gt;]]&gt;--&gt;{x}|y&amp;#35;&#39;");
    }

    #[test]
    fn attributes_keep_line_breaks_as_references() {
        assert_eq!(xml_attr("a\nb\t\"c\""), "a&#10;b&#9;&quot;c&quot;");
    }

    #[test]
    fn dot_escapes_quotes_backslashes_and_newlines() {
        assert_eq!(dot(NASTY), "a\\\"b\\\\c\\nd&lt;script&gt;]]&gt;--&gt;{x}|y&amp;#35;'");
        assert_eq!(dot("\\N"), "\\\\N");
    }

    #[test]
    fn mermaid_uses_entity_codes() {
        let e = mermaid(NASTY);
        assert!(!e.contains('"') && !e.replace("<br>", "").contains('<'), "{e}");
        assert_eq!(e, "a#quot;b\\c<br>d#lt;script#gt;]]#gt;--#gt;{x}|y#amp;#35;35;'");
        assert_eq!(mermaid("`md` x"), "#96;md#96; x");
    }

    #[test]
    fn mermaid_escapes_percent_so_no_directive_or_comment_starts() {
        let e = mermaid("x%%{init: {'theme':'forest'}}%%");
        assert!(!e.contains('%'), "{e}");
        assert_eq!(mermaid("%%{"), "#37;#37;{");
    }

    #[test]
    fn dot_ids_differing_by_a_control_character_stay_distinct() {
        assert_eq!(dot_id("a&b"), "p_a&amp;b");
        let ids = ["ab", "a\u{1}b", "a\u{2}b", "a{U+0001}b", "a\tb"];
        let got: std::collections::HashSet<String> = ids.iter().map(|i| dot_id(i)).collect();
        assert_eq!(got.len(), ids.len(), "{got:?}");
        assert!(got.iter().all(|g| !g.chars().any(char::is_control)), "{got:?}");
    }

    #[test]
    fn xml_ids_differing_by_a_control_character_stay_distinct() {
        let ids = ["ab", "a\u{1}b", "a{U+0001}b", "a\u{2}b", "a\u{1}b~2"];
        let got = xml_ids(ids.iter().copied());
        let set: std::collections::HashSet<&str> = got.iter().map(|c| c.as_ref()).collect();
        assert_eq!(set.len(), ids.len(), "{got:?}");
        assert_eq!(got[0], "ab");
        assert!(got.iter().all(|g| g.chars().all(xml_allowed)), "{got:?}");
    }

    #[test]
    fn truncate_cuts_by_width() {
        assert_eq!(truncate("short", 10.0), "short");
        let t = truncate("继电保护设备继电保护设备继电保护设备", 6.0);
        assert_eq!(t, "继电保护设…");
        assert_eq!(truncate("a\nb", 10.0), "a b");
    }
}
