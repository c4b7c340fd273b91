//! Writing a [`MapDiff`] as an account-review report: text, Markdown or JSON, in any
//! language of the catalogs. Each change becomes a [`Msg`] (a code and parameters) here,
//! the one place that words a diff; writers take any `Write`; output is deterministic.

use std::io::{self, Write};

use serde::Serialize;

use super::diff::{
    AccountChange, Change, Direction, FieldChange, MapDiff, PathMove, PersonRef, RankMove, RiskRef,
    RoleChange, Route, RouteFate, TieChange, TieRef, UnitChange, UnitRef,
};
use super::grade_out::md_escape;
use crate::analysis::risks::Severity;
use crate::i18n::{Arg, Msg, SCHEMA_VERSION, Term, tr};
use crate::vocab::{Governance, Lang, PurchaseShare, Relationship, Side, Stance, Vocab};

/// A person as the review names them: the name, with the id beside it only where two
/// people share the name ([`crate::naming`]).
fn who(p: &PersonRef) -> Arg {
    let label = if p.label.is_empty() { &p.name } else { &p.label };
    label.as_str().into()
}

fn direction(d: Direction) -> Term {
    let value = match d {
        Direction::Warmer => "warmer",
        Direction::Colder => "colder",
        Direction::Learned => "learned",
        Direction::Lost => "lost",
    };
    Term { vocab: "diff-direction", value }
}

/// `(none)` for a value that is not there.
fn none() -> Arg {
    Msg::new("diff-none").into()
}

fn tie(t: &TieRef) -> Arg {
    let arrow = if t.kind.is_symmetric() { "—" } else { "→" };
    Msg::new(if t.dotted { "diff-tie-dotted" } else { "diff-tie" })
        .arg("from", who(&t.from))
        .arg("arrow", arrow)
        .arg("to", who(&t.to))
        .arg("kind", t.kind.term())
        .into()
}

/// A route by names (by ids for a route made by hand, without names).
fn route_names(r: &Route) -> String {
    if r.names.len() == r.ids.len() { r.names.join(" → ") } else { r.ids.join(" → ") }
}

fn route(r: &Option<Route>) -> Arg {
    match r {
        Some(r) => Msg::new("diff-route")
            .arg("route", route_names(r))
            .arg("reliability", format!("{:.2}", r.reliability))
            .into(),
        None => Msg::new("diff-no-route").into(),
    }
}

/// A field's name as a term: `diff-field-<field>`.
fn field(name: &'static str) -> Term {
    Term { vocab: "diff-field", value: name }
}

fn account(a: &AccountChange) -> Msg {
    let value = |v: &Option<String>| -> Arg {
        let Some(v) = v else { return none() };
        let term = match a.field {
            "governance" => Governance::parse(v).ok().map(|x| x.term()),
            "purchase_share" => PurchaseShare::parse(v).ok().map(|x| x.term()),
            _ => None,
        };
        term.map(Arg::Term).unwrap_or_else(|| v.as_str().into())
    };
    Msg::new("diff-account").arg("field", field(a.field)).arg("from", value(&a.from)).arg("to", value(&a.to))
}

/// A value of a vocabulary as a term, or as written when the vocabulary does not know it
/// (a diff made by hand rather than from two loaded maps).
fn term_of<V: Vocab>(v: &str) -> Arg {
    V::parse(v).map(|x| Arg::Term(x.term())).unwrap_or_else(|_| v.into())
}

fn stance(c: &Change) -> Msg {
    Msg::new("diff-stance")
        .arg("who", who(&c.person))
        .arg("from", term_of::<Stance>(&c.from))
        .arg("to", term_of::<Stance>(&c.to))
        .arg("direction", direction(c.direction))
}

fn relationship(c: &Change) -> Msg {
    let stage =
        |v: &str| -> Arg { Relationship::parse(v).map(|r| r.value().into()).unwrap_or_else(|_| "?".into()) };
    Msg::new("diff-relationship")
        .arg("who", who(&c.person))
        .arg("from_stage", stage(&c.from))
        .arg("from", term_of::<Relationship>(&c.from))
        .arg("to_stage", stage(&c.to))
        .arg("to", term_of::<Relationship>(&c.to))
        .arg("direction", direction(c.direction))
}

fn roles(r: &RoleChange) -> Msg {
    let mut parts: Vec<Arg> =
        r.added.iter().map(|x| Msg::new("diff-role-added").arg("role", x.term()).into()).collect();
    parts.extend(r.removed.iter().map(|x| Msg::new("diff-role-removed").arg("role", x.term()).into()));
    Msg::new("diff-roles").arg("who", who(&r.person)).arg("changes", Arg::List(parts))
}

fn detail(f: &FieldChange) -> Msg {
    let value = |v: &Option<String>| -> Arg {
        let Some(v) = v else { return none() };
        match f.field {
            "side" => Side::parse(v).map(|x| Arg::Term(x.term())).unwrap_or_else(|_| v.as_str().into()),
            _ => v.as_str().into(),
        }
    };
    Msg::new("diff-detail")
        .arg("who", who(&f.person))
        .arg("field", field(f.field))
        .arg("from", value(&f.from))
        .arg("to", value(&f.to))
}

fn tie_changed(c: &TieChange) -> Msg {
    let mut what: Vec<Arg> = Vec::new();
    if c.old_strength != c.tie.strength {
        let m = Msg::new(if c.direction.is_some() { "diff-strength-moved" } else { "diff-strength" })
            .arg("from", c.old_strength)
            .arg("to", c.tie.strength);
        what.push(match c.direction {
            Some(d) => m.arg("direction", direction(d)).into(),
            None => m.into(),
        });
    }
    if c.old_dotted != c.tie.dotted {
        let line = |d: bool| Term { vocab: "diff-line", value: if d { "dotted" } else { "solid" } };
        what.push(
            Msg::new("diff-line-change").arg("from", line(c.old_dotted)).arg("to", line(c.tie.dotted)).into(),
        );
    }
    Msg::new("diff-tie-changed").arg("tie", tie(&c.tie)).arg("changes", Arg::List(what))
}

fn rank(m: &RankMove) -> Msg {
    let rank = |r: Option<usize>| r.map(|x| format!("#{x}")).unwrap_or_else(|| "–".into());
    let score = |s: Option<f64>| s.map(|x| format!("{x:.1}")).unwrap_or_else(|| "–".into());
    let moved = match (m.old_rank, m.new_rank) {
        (Some(a), Some(b)) if b < a => "up",
        (Some(a), Some(b)) if b > a => "down",
        (None, Some(_)) => "new",
        (Some(_), None) => "out",
        _ => "same",
    };
    Msg::new("diff-rank")
        .arg("old_rank", rank(m.old_rank))
        .arg("new_rank", rank(m.new_rank))
        .arg("who", who(&m.person))
        .arg("old_score", score(m.old_score))
        .arg("new_score", score(m.new_score))
        .arg("moved", Term { vocab: "diff-moved", value: moved })
}

fn path(p: &PathMove) -> Msg {
    let verdict = match (&p.old, &p.new) {
        (Some(a), Some(b)) if b.reliability > a.reliability => "better",
        (Some(a), Some(b)) if b.reliability < a.reliability => "worse",
        (None, Some(_)) => "new",
        (Some(_), None) if matches!(p.old_route, Some(RouteFate::Kept { .. })) => "unlisted",
        (Some(_), None) => "lost",
        _ => "other",
    };
    Msg::new("diff-path")
        .arg("who", who(&p.target))
        .arg("old", route(&p.old))
        .arg("new", route(&p.new))
        .arg("verdict", Term { vocab: "diff-path", value: verdict })
}

/// What became of the old best route, when it is no longer the best.
fn fate(p: &PathMove) -> Option<Msg> {
    let old = p.old.as_ref()?;
    Some(match p.old_route.as_ref()? {
        RouteFate::Kept { reliability } => Msg::new("diff-route-kept")
            .arg("route", route_names(old))
            .arg("reliability", format!("{reliability:.2}")),
        RouteFate::PersonGone { person } => Msg::new("diff-route-person-gone").arg("who", who(person)),
        RouteFate::HopGone { from, to } => {
            Msg::new("diff-route-hop-gone").arg("from", who(from)).arg("to", who(to))
        }
    })
}

fn unit_line(key: &'static str, u: &UnitRef) -> Msg {
    Msg::new(key).arg("unit", u.name.as_str())
}

fn unit_changed(c: &UnitChange) -> Msg {
    let parent = |p: &Option<UnitRef>| -> Arg {
        match p {
            Some(u) => u.name.as_str().into(),
            None => Msg::new("diff-unit-top").into(),
        }
    };
    match (&c.old_name, &c.old_parent, &c.new_parent) {
        (Some(n), Some(a), Some(b)) => Msg::new("diff-unit-renamed-moved")
            .arg("unit", c.unit.name.as_str())
            .arg("old_name", n.as_str())
            .arg("from", parent(a))
            .arg("to", parent(b)),
        (None, Some(a), Some(b)) => Msg::new("diff-unit-moved")
            .arg("unit", c.unit.name.as_str())
            .arg("from", parent(a))
            .arg("to", parent(b)),
        (n, _, _) => Msg::new("diff-unit-renamed")
            .arg("unit", c.unit.name.as_str())
            .arg("from", n.as_deref().unwrap_or_default()),
    }
}

fn risk_line(key: &'static str, r: &RiskRef) -> Msg {
    let severity = match r.severity {
        Severity::High => "high",
        Severity::Medium => "medium",
        Severity::Low => "low",
    };
    Msg::new(key)
        .arg("severity", Term { vocab: "risk-severity", value: severity })
        .arg("risk", r.message.clone())
}

fn person(key: &'static str, p: &PersonRef) -> Msg {
    Msg::new(key).arg("who", who(p))
}

fn tie_line(key: &'static str, t: &TieRef) -> Msg {
    Msg::new(key).arg("tie", tie(t))
}

/// One line of the report: a sign (`+`, `-`, `~`, `→` or none) and what it says.
type Line = (&'static str, Msg);

/// Some changes of one kind and the lines each makes (one, or two for a route that
/// changed), made only as they are written out.
struct Run<'a, T> {
    items: &'a [T],
    lines: fn(&T, &mut Vec<Line>),
}

/// The runs of a section, whatever their kind of change.
trait Lines: Sync {
    fn len(&self) -> usize;
    /// The lines of the changes `range`, in order.
    fn lines(&self, range: std::ops::Range<usize>, out: &mut Vec<Line>);
}

impl<T: Sync> Lines for Run<'_, T> {
    fn len(&self) -> usize {
        self.items.len()
    }
    fn lines(&self, range: std::ops::Range<usize>, out: &mut Vec<Line>) {
        for item in &self.items[range] {
            (self.lines)(item, out);
        }
    }
}

fn run<'a, T>(items: &'a [T], lines: fn(&T, &mut Vec<Line>)) -> Run<'a, T> {
    Run { items, lines }
}

/// The report's sections, in order, each a heading key and its runs of changes; empty
/// sections are left out.
fn sections(d: &MapDiff) -> Vec<(&'static str, Vec<Box<dyn Lines + '_>>)> {
    let mut out: Vec<(&'static str, Vec<Box<dyn Lines + '_>>)> = vec![
        ("diff-heading-account", vec![Box::new(run(&d.account, |a, o| o.push(("", account(a)))))]),
        (
            "diff-heading-people",
            vec![
                Box::new(run(&d.people_added, |p, o| o.push(("+", person("diff-person-added", p))))),
                Box::new(run(&d.people_gone, |p, o| o.push(("-", person("diff-person-gone", p))))),
            ],
        ),
        (
            "diff-heading-units",
            vec![
                Box::new(run(&d.units_added, |u, o| o.push(("+", unit_line("diff-unit-added", u))))),
                Box::new(run(&d.units_gone, |u, o| o.push(("-", unit_line("diff-unit-gone", u))))),
                Box::new(run(&d.units_changed, |c, o| o.push(("~", unit_changed(c))))),
            ],
        ),
        ("diff-heading-stances", vec![Box::new(run(&d.stances, |c, o| o.push(("", stance(c)))))]),
        (
            "diff-heading-relationships",
            vec![Box::new(run(&d.relationships, |c, o| o.push(("", relationship(c)))))],
        ),
        ("diff-heading-roles", vec![Box::new(run(&d.roles, |r, o| o.push(("", roles(r)))))]),
        ("diff-heading-details", vec![Box::new(run(&d.details, |f, o| o.push(("", detail(f)))))]),
        (
            "diff-heading-ties",
            vec![
                Box::new(run(&d.ties_added, |t, o| o.push(("+", tie_line("diff-tie-added", t))))),
                Box::new(run(&d.ties_removed, |t, o| o.push(("-", tie_line("diff-tie-removed", t))))),
                Box::new(run(&d.ties_changed, |c, o| o.push(("~", tie_changed(c))))),
            ],
        ),
        ("diff-heading-ranking", vec![Box::new(run(&d.ranking, |m, o| o.push(("", rank(m)))))]),
        (
            "diff-heading-unreached",
            vec![
                Box::new(run(&d.unreached_added, |p, o| o.push(("+", person("diff-unreached-added", p))))),
                Box::new(run(&d.unreached_gone, |p, o| o.push(("-", person("diff-unreached-gone", p))))),
            ],
        ),
        (
            "diff-heading-paths",
            vec![Box::new(run(&d.paths, |p, o| {
                o.push(("→", path(p)));
                o.extend(fate(p).map(|m| ("", m)));
            }))],
        ),
        (
            "diff-heading-risks",
            vec![
                Box::new(run(&d.risks_added, |r, o| o.push(("+", risk_line("diff-risk-added", r))))),
                Box::new(run(&d.risks_gone, |r, o| o.push(("-", risk_line("diff-risk-gone", r))))),
            ],
        ),
    ];
    out.retain(|(_, runs)| runs.iter().any(|r| r.len() > 0));
    out
}

/// The lines of `range` of a run as the report writes them. O(their length).
fn write_lines(runs: &dyn Lines, range: std::ops::Range<usize>, lang: Lang, markdown: bool) -> Vec<u8> {
    let mut lines = Vec::new();
    runs.lines(range, &mut lines);
    let mut w = Vec::with_capacity(lines.len() * 64);
    for (sign, msg) in lines {
        let text = msg.render(lang);
        // Writing to a vector does not fail.
        let _ = match (markdown, sign) {
            (false, "") => writeln!(w, "  {text}"),
            (false, sign) => writeln!(w, "  {sign} {text}"),
            (true, "") => writeln!(w, "- {}", md_escape(&text)),
            // A leading +, - or ~ would read as a nested list: show it as code.
            (true, sign @ ("+" | "-" | "~")) => writeln!(w, "- `{sign}` {}", md_escape(&text)),
            (true, sign) => writeln!(w, "- {sign} {}", md_escape(&text)),
        };
    }
    w
}

/// Writes the diff as text (`markdown = false`) or Markdown, titled with the two
/// versions' names.
pub fn write_report(
    w: &mut dyn Write,
    d: &MapDiff,
    names: (&str, &str),
    lang: Lang,
    markdown: bool,
) -> io::Result<()> {
    write_report_in(w, d, names, lang, markdown, PIECE)
}

/// [`write_report`], the lines worded in pieces of `piece`.
fn write_report_in(
    w: &mut dyn Write,
    d: &MapDiff,
    names: (&str, &str),
    lang: Lang,
    markdown: bool,
    piece: usize,
) -> io::Result<()> {
    let mut w = io::BufWriter::with_capacity(1 << 16, w);
    let w = &mut w;
    let title = Msg::new("diff-title").arg("old", names.0).arg("new", names.1).render(lang);
    if markdown {
        writeln!(w, "# {}", md_escape(&title))?;
    } else {
        writeln!(w, "{title}")?;
    }
    if d.is_empty() {
        writeln!(w, "\n{}", tr(lang, "diff-no-changes"))?;
        return w.flush();
    }
    for (heading, runs) in sections(d) {
        let h = tr(lang, heading);
        if markdown {
            writeln!(w, "\n## {h}\n")?;
        } else {
            writeln!(w, "\n{h}")?;
        }
        for run in &runs {
            let run = &**run;
            in_pieces(w, run.len(), piece, |range| Ok(write_lines(run, range, lang, markdown)))?;
        }
    }
    w.flush()
}

/// A change in JSON: its fields, then its `code`, `params` and `message`.
#[derive(Serialize)]
struct Said<'a, T: Serialize> {
    #[serde(flatten)]
    item: &'a T,
    code: &'static str,
    #[serde(serialize_with = "params")]
    params: Msg,
    message: String,
}

fn params<S: serde::Serializer>(m: &Msg, s: S) -> Result<S::Ok, S::Error> {
    m.serialize_params(s)
}

/// A list of changes in JSON, each worded as it is written out: no list of rendered
/// messages is held beside the diff.
struct Saying<'a, T> {
    items: &'a [T],
    lang: Lang,
    msg: fn(&T) -> Msg,
}

fn said<'a, T>(items: &'a [T], lang: Lang, msg: fn(&T) -> Msg) -> Saying<'a, T> {
    Saying { items, lang, msg }
}

/// Changes worded and written in one piece, the pieces of a list two at a time (one on
/// each thread).
const PIECE: usize = 4096;

/// Writes `0..n` as `text` makes it, in pieces of `piece`: two pieces made side by side
/// (one on each thread; a lone last piece on this one) and written out in order, so the
/// bytes are one thread's and the memory is two pieces. O(n) calls of `text` in all.
fn in_pieces(
    w: &mut dyn Write,
    n: usize,
    piece: usize,
    text: impl Fn(std::ops::Range<usize>) -> io::Result<Vec<u8>> + Sync,
) -> io::Result<()> {
    let mut at = 0;
    while at < n {
        let (mid, end) = ((at + piece).min(n), (at + 2 * piece).min(n));
        if mid == end {
            w.write_all(&text(at..mid)?)?;
        } else {
            let (a, b) = crate::par::join(|| text(at..mid), || text(mid..end));
            w.write_all(&a?)?;
            w.write_all(&b?)?;
        }
        at = end;
    }
    Ok(())
}

/// A list of a review's changes as a value of the review's object, as
/// `serde_json::to_writer_pretty` writes it: two levels in. The changes are worded and
/// written in pieces of [`PIECE`], two side by side, and written out in order, so the
/// words are the same as one thread's and the memory beyond the diff is two pieces.
/// O(n) for n changes.
trait List: Sync {
    fn write(&self, w: &mut dyn Write) -> io::Result<()>;

    /// The list as serde_json writes a list of values (the reference for [`List::write`]).
    #[cfg(test)]
    fn write_whole(&self, w: &mut dyn Write) -> io::Result<()>;
}

impl<T: Serialize + Sync> List for Saying<'_, T> {
    fn write(&self, w: &mut dyn Write) -> io::Result<()> {
        if self.items.is_empty() {
            return w.write_all(b"[]");
        }
        w.write_all(b"[")?;
        in_pieces(w, self.items.len(), PIECE, |range| {
            let mut buf = Vec::with_capacity(range.len() * 256);
            for i in range {
                buf.extend_from_slice(if i == 0 { b"\n    " } else { b",\n    " });
                let (item, m) = (&self.items[i], (self.msg)(&self.items[i]));
                let said = Said { item, code: m.key, message: m.render(self.lang), params: m };
                super::pretty::to_writer_at(&mut buf, 2, &said)?;
            }
            Ok(buf)
        })?;
        w.write_all(b"\n  ]")
    }

    #[cfg(test)]
    fn write_whole(&self, w: &mut dyn Write) -> io::Result<()> {
        struct Whole<'s, 'a, T>(&'s Saying<'a, T>);
        impl<T: Serialize> Serialize for Whole<'_, '_, T> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_seq(self.0.items.iter().map(|item| {
                    let m = (self.0.msg)(item);
                    Said { item, code: m.key, message: m.render(self.0.lang), params: m }
                }))
            }
        }
        Ok(super::pretty::to_writer_at(w, 1, &Whole(self))?)
    }
}

/// Writes the diff as pretty JSON with the two versions' names and the
/// `schema_version`; every change carries its `code`, `params` and `message` (in `lang`).
/// The object is written as `serde_json::to_writer_pretty` would write it; its lists by
/// [`List::write`].
pub fn write_json(w: &mut dyn Write, d: &MapDiff, names: (&str, &str), lang: Lang) -> io::Result<()> {
    write_object(w, d, names, lang, &mut |w, list| list.write(w))
}

/// The review's object, each list written by `list`.
fn write_object(
    w: &mut dyn Write,
    d: &MapDiff,
    names: (&str, &str),
    lang: Lang,
    list: &mut dyn FnMut(&mut dyn Write, &dyn List) -> io::Result<()>,
) -> io::Result<()> {
    let lists: [(&str, &dyn List); 19] = [
        ("account", &said(&d.account, lang, account)),
        ("people_added", &said(&d.people_added, lang, |p| person("diff-person-added", p))),
        ("people_gone", &said(&d.people_gone, lang, |p| person("diff-person-gone", p))),
        ("stances", &said(&d.stances, lang, stance)),
        ("relationships", &said(&d.relationships, lang, relationship)),
        ("roles", &said(&d.roles, lang, roles)),
        ("units_added", &said(&d.units_added, lang, |u| unit_line("diff-unit-added", u))),
        ("units_gone", &said(&d.units_gone, lang, |u| unit_line("diff-unit-gone", u))),
        ("units_changed", &said(&d.units_changed, lang, unit_changed)),
        ("details", &said(&d.details, lang, detail)),
        ("ties_added", &said(&d.ties_added, lang, |t| tie_line("diff-tie-added", t))),
        ("ties_removed", &said(&d.ties_removed, lang, |t| tie_line("diff-tie-removed", t))),
        ("ties_changed", &said(&d.ties_changed, lang, tie_changed)),
        ("ranking", &said(&d.ranking, lang, rank)),
        ("unreached_added", &said(&d.unreached_added, lang, |p| person("diff-unreached-added", p))),
        ("unreached_gone", &said(&d.unreached_gone, lang, |p| person("diff-unreached-gone", p))),
        ("paths", &said(&d.paths, lang, path)),
        ("risks_added", &said(&d.risks_added, lang, |r| risk_line("diff-risk-added", r))),
        ("risks_gone", &said(&d.risks_gone, lang, |r| risk_line("diff-risk-gone", r))),
    ];
    let mut w = io::BufWriter::with_capacity(1 << 16, w);
    write!(w, "{{\n  \"schema_version\": {SCHEMA_VERSION},\n  \"old\": ")?;
    serde_json::to_writer(&mut w, names.0)?;
    w.write_all(b",\n  \"new\": ")?;
    serde_json::to_writer(&mut w, names.1)?;
    for (key, l) in lists {
        write!(w, ",\n  \"{key}\": ")?;
        list(&mut w, l)?;
    }
    w.write_all(b"\n}\n")?;
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_json_str;

    #[test]
    fn a_review_written_in_pieces_is_the_review_written_whole() {
        // Two unrelated maps: thousands of changes of each kind, more than two pieces.
        let (a, b) = (crate::generate::generate(6000, 1), crate::generate::generate(5800, 2));
        let d = super::super::diff::diff(&a, &b, Lang::Zh);
        assert!(d.ties_added.len() > 2 * PIECE + 1, "{}", d.ties_added.len());
        for lang in [Lang::En, Lang::Zh] {
            let mut pieces = Vec::new();
            write_json(&mut pieces, &d, ("a \"1\".json", "b.json"), lang).unwrap();
            let mut whole = Vec::new();
            write_object(&mut whole, &d, ("a \"1\".json", "b.json"), lang, &mut |w, l| l.write_whole(w))
                .unwrap();
            assert!(pieces == whole, "the pieces differ from the whole");
            // And the whole is JSON.
            let v: serde_json::Value = serde_json::from_slice(&whole).unwrap();
            assert_eq!(v["ties_added"].as_array().unwrap().len(), d.ties_added.len());
        }
    }

    #[test]
    fn a_report_written_in_pieces_is_the_report_written_whole() {
        // Two unrelated maps: thousands of lines in a section, more than two pieces.
        let (a, b) = (crate::generate::generate(6000, 1), crate::generate::generate(5800, 2));
        let d = super::super::diff::diff(&a, &b, Lang::En);
        assert!(d.ties_added.len() > 2 * PIECE + 1, "{}", d.ties_added.len());
        for (lang, markdown) in [(Lang::En, false), (Lang::Zh, true)] {
            let (mut pieces, mut whole) = (Vec::new(), Vec::new());
            write_report(&mut pieces, &d, ("a", "b"), lang, markdown).unwrap();
            write_report_in(&mut whole, &d, ("a", "b"), lang, markdown, usize::MAX / 4).unwrap();
            assert!(pieces == whole, "the pieces differ from the whole");
        }
    }

    #[test]
    fn identical_maps_have_no_changes() {
        let m = load_json_str(crate::load::EMBEDDED_MAP, "m").unwrap().map;
        let d = super::super::diff::diff(&m, &m, Lang::En);
        assert!(d.is_empty(), "{d:?}");
        let mut out = Vec::new();
        write_report(&mut out, &d, ("a", "b"), Lang::Zh, false).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "从 a 到 b 的变化\n\n没有变化。\n");
    }

    #[test]
    fn every_term_of_the_review_has_words_in_every_language() {
        // Fields, directions, line styles, rank moves and path verdicts are terms: their
        // catalog keys are made from the value, so each is listed here.
        let terms = [
            ("diff-field", "account", "diff-field-account"),
            ("diff-field", "opportunity", "diff-field-opportunity"),
            ("diff-field", "competitors", "diff-field-competitors"),
            ("diff-field", "governance", "diff-field-governance"),
            ("diff-field", "purchase_share", "diff-field-purchase-share"),
            ("diff-field", "name", "diff-field-name"),
            ("diff-field", "title", "diff-field-title"),
            ("diff-field", "unit", "diff-field-unit"),
            ("diff-field", "side", "diff-field-side"),
            ("diff-field", "favors", "diff-field-favors"),
            ("diff-direction", "warmer", "diff-direction-warmer"),
            ("diff-direction", "colder", "diff-direction-colder"),
            ("diff-direction", "learned", "diff-direction-learned"),
            ("diff-direction", "lost", "diff-direction-lost"),
            ("diff-line", "dotted", "diff-line-dotted"),
            ("diff-line", "solid", "diff-line-solid"),
            ("diff-moved", "up", "diff-moved-up"),
            ("diff-moved", "down", "diff-moved-down"),
            ("diff-moved", "new", "diff-moved-new"),
            ("diff-moved", "out", "diff-moved-out"),
            ("diff-moved", "same", "diff-moved-same"),
            ("diff-path", "better", "diff-path-better"),
            ("diff-path", "worse", "diff-path-worse"),
            ("diff-path", "new", "diff-path-new"),
            ("diff-path", "lost", "diff-path-lost"),
            ("diff-path", "other", "diff-path-other"),
            ("diff-path", "unlisted", "diff-path-unlisted"),
        ];
        for (vocab, value, key) in terms {
            assert_eq!(Term { vocab, value }.key(), key);
            for &lang in Lang::ALL {
                assert!(crate::i18n::has(lang, key), "{key} in {lang:?}");
            }
        }
        for d in [Direction::Warmer, Direction::Colder, Direction::Learned, Direction::Lost] {
            let t = direction(d);
            assert!(terms.iter().any(|(v, x, _)| *v == t.vocab && *x == t.value), "{d:?}");
            assert_eq!(serde_json::to_value(d).unwrap(), t.value, "the term is the JSON value");
        }
    }

    #[test]
    fn markdown_escapes_names() {
        let a = load_json_str(r#"{"people":[{"id":"a","roles":["approver"]}]}"#, "a").unwrap().map;
        let b =
            load_json_str(r#"{"people":[{"id":"a","roles":["approver"]},{"id":"b","name":"*x* <y>"}]}"#, "b")
                .unwrap()
                .map;
        let d = super::super::diff::diff(&a, &b, Lang::En);
        let mut out = Vec::new();
        write_report(&mut out, &d, ("v1", "v2"), Lang::En, true).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.contains(r"- `+` \*x\* \<y\> added"), "{s}");
    }
}
