//! Writing a [`MapDiff`] as an account-review report: text, Markdown or JSON, in
//! English or Chinese. Writers take any `Write`; output is deterministic.

use std::io::{self, Write};

use super::diff::{Change, Direction, MapDiff, PersonRef, Route, TieRef};
use super::grade_out::md_escape;
use crate::vocab::{Governance, Lang, PurchaseShare, Relationship, Stance, Vocab};

/// The style of the lines: plain text or Markdown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Text,
    Markdown,
}

struct Writer<'w> {
    w: &'w mut dyn Write,
    lang: Lang,
    style: Style,
}

impl Writer<'_> {
    fn heading(&mut self, en: &str, zh: &str) -> io::Result<()> {
        let h = self.lang.pick(en, zh);
        match self.style {
            Style::Text => writeln!(self.w, "\n{h}"),
            Style::Markdown => writeln!(self.w, "\n## {h}\n"),
        }
    }

    fn line(&mut self, s: &str) -> io::Result<()> {
        match self.style {
            Style::Text => writeln!(self.w, "  {s}"),
            Style::Markdown => match s.split_once(' ') {
                // A leading +, - or ~ would read as a nested list: show it as code.
                Some((sign @ ("+" | "-" | "~"), rest)) => writeln!(self.w, "- `{sign}` {}", md_escape(rest)),
                _ => writeln!(self.w, "- {}", md_escape(s)),
            },
        }
    }

    fn who(&self, p: &PersonRef) -> String {
        if p.name == p.id { p.id.clone() } else { format!("{} ({})", p.name, p.id) }
    }

    fn dir(&self, d: Direction) -> &'static str {
        match d {
            Direction::Warmer => self.lang.pick("warmer", "升温"),
            Direction::Colder => self.lang.pick("colder", "降温"),
            Direction::Learned => self.lang.pick("now known", "已探明"),
            Direction::Lost => self.lang.pick("now unknown", "变为未知"),
        }
    }

    fn tie(&self, t: &TieRef) -> String {
        let arrow = if t.kind.is_symmetric() { "—" } else { "→" };
        let dotted = if t.dotted { self.lang.pick(", dotted", "，虚线") } else { "" };
        format!("{} {arrow} {} ({}{dotted})", t.from.name, t.to.name, t.kind.label(self.lang))
    }

    fn route(&self, r: &Option<Route>) -> String {
        match r {
            Some(r) => format!("{} ({:.2})", r.ids.join(" → "), r.reliability),
            None => self.lang.pick("no route", "无路径").to_string(),
        }
    }

    fn changes<V: Vocab>(&mut self, list: &[Change], label: impl Fn(V, Lang) -> String) -> io::Result<()> {
        for c in list {
            let (Ok(a), Ok(b)) = (V::parse(&c.from), V::parse(&c.to)) else { continue };
            let s = format!(
                "{}: {} → {} ({})",
                self.who(&c.person),
                label(a, self.lang),
                label(b, self.lang),
                self.dir(c.direction)
            );
            self.line(&s)?;
        }
        Ok(())
    }
}

fn stage(r: Relationship, lang: Lang) -> String {
    format!("{} {}", r.value(), r.label(lang))
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
    let style = if markdown { Style::Markdown } else { Style::Text };
    let mut o = Writer { w, lang, style };
    let title = match lang {
        Lang::En => format!("Changes from {} to {}", names.0, names.1),
        Lang::Zh | Lang::ZhHant => format!("从 {} 到 {} 的变化", names.0, names.1),
    };
    match style {
        Style::Text => writeln!(o.w, "{title}")?,
        Style::Markdown => writeln!(o.w, "# {}", md_escape(&title))?,
    }
    if d.is_empty() {
        let none = lang.pick("No changes.", "没有变化。");
        return writeln!(o.w, "\n{none}");
    }
    if !d.account.is_empty() {
        o.heading("Account", "客户信息")?;
        for a in &d.account {
            let field = match (lang, a.field) {
                (Lang::Zh | Lang::ZhHant, "account") => "客户",
                (Lang::Zh | Lang::ZhHant, "opportunity") => "项目",
                (Lang::Zh | Lang::ZhHant, "competitors") => "竞争对手",
                (Lang::Zh | Lang::ZhHant, "governance") => "治理结构",
                (Lang::Zh | Lang::ZhHant, "purchase_share") => "采购占比",
                (_, other) => other,
            };
            let none = lang.pick("(none)", "（无）");
            let value = |v: &Option<String>| -> String {
                let Some(v) = v else { return none.to_string() };
                match a.field {
                    "governance" => Governance::parse(v).map(|x| x.label(lang).to_string()),
                    "purchase_share" => PurchaseShare::parse(v).map(|x| x.label(lang).to_string()),
                    _ => Ok(v.clone()),
                }
                .unwrap_or_else(|_| v.clone())
            };
            let s = format!("{field}: {} → {}", value(&a.from), value(&a.to));
            o.line(&s)?;
        }
    }
    if !d.people_added.is_empty() || !d.people_gone.is_empty() {
        o.heading("People", "人员")?;
        for p in &d.people_added {
            let s = format!("+ {} {}", o.who(p), lang.pick("added", "新增"));
            o.line(&s)?;
        }
        for p in &d.people_gone {
            let s = format!("- {} {}", o.who(p), lang.pick("gone", "离开"));
            o.line(&s)?;
        }
    }
    if !d.stances.is_empty() {
        o.heading("Stances", "立场")?;
        o.changes::<Stance>(&d.stances, |s, l| s.label(l).to_string())?;
    }
    if !d.relationships.is_empty() {
        o.heading("Relationship stages", "关系阶段")?;
        o.changes::<Relationship>(&d.relationships, stage)?;
    }
    if !d.roles.is_empty() {
        o.heading("Roles", "角色")?;
        for r in &d.roles {
            let mut parts: Vec<String> = r.added.iter().map(|x| format!("+ {}", x.label(lang))).collect();
            parts.extend(r.removed.iter().map(|x| format!("- {}", x.label(lang))));
            let s = format!("{}: {}", o.who(&r.person), parts.join(", "));
            o.line(&s)?;
        }
    }
    if !d.details.is_empty() {
        o.heading("Details", "其他信息")?;
        for f in &d.details {
            let none = lang.pick("(none)", "（无）");
            let field = match (lang, f.field) {
                (Lang::Zh | Lang::ZhHant, "name") => "姓名",
                (Lang::Zh | Lang::ZhHant, "title") => "职务",
                (Lang::Zh | Lang::ZhHant, "unit") => "部门",
                (Lang::Zh | Lang::ZhHant, "side") => "阵营",
                (Lang::Zh | Lang::ZhHant, "favors") => "倾向",
                (_, other) => other,
            };
            let s = format!(
                "{}: {field} {} → {}",
                o.who(&f.person),
                f.from.as_deref().unwrap_or(none),
                f.to.as_deref().unwrap_or(none)
            );
            o.line(&s)?;
        }
    }
    if !d.ties_added.is_empty() || !d.ties_removed.is_empty() || !d.ties_changed.is_empty() {
        o.heading("Ties", "关系线")?;
        for t in &d.ties_added {
            let s = format!("+ {}", o.tie(t));
            o.line(&s)?;
        }
        for t in &d.ties_removed {
            let s = format!("- {}", o.tie(t));
            o.line(&s)?;
        }
        for c in &d.ties_changed {
            let mut what = Vec::new();
            if c.old_strength != c.tie.strength {
                let dir = c.direction.map(|x| format!(" ({})", o.dir(x))).unwrap_or_default();
                what.push(format!(
                    "{} {} → {}{dir}",
                    lang.pick("strength", "强度"),
                    c.old_strength,
                    c.tie.strength
                ));
            }
            if c.old_dotted != c.tie.dotted {
                let line =
                    |d: bool| if d { lang.pick("dotted", "虚线") } else { lang.pick("solid", "实线") };
                what.push(format!("{} → {}", line(c.old_dotted), line(c.tie.dotted)));
            }
            let s = format!("~ {}: {}", o.tie(&c.tie), what.join(", "));
            o.line(&s)?;
        }
    }
    if !d.ranking.is_empty() {
        o.heading("Decision-maker ranking", "关键决策人排名")?;
        for m in &d.ranking {
            let rank = |r: Option<usize>| r.map(|x| format!("#{x}")).unwrap_or_else(|| "–".into());
            let score = |s: Option<f64>| s.map(|x| format!("{x:.1}")).unwrap_or_else(|| "–".into());
            let moved = match (m.old_rank, m.new_rank) {
                (Some(a), Some(b)) if b < a => lang.pick("up", "上升"),
                (Some(a), Some(b)) if b > a => lang.pick("down", "下降"),
                (None, Some(_)) => lang.pick("new", "新进"),
                (Some(_), None) => lang.pick("out", "退出"),
                _ => lang.pick("same", "不变"),
            };
            let s = format!(
                "{} → {}  {}  {} → {}  ({moved})",
                rank(m.old_rank),
                rank(m.new_rank),
                o.who(&m.person),
                score(m.old_score),
                score(m.new_score)
            );
            o.line(&s)?;
        }
    }
    if !d.unreached_added.is_empty() || !d.unreached_gone.is_empty() {
        o.heading("Unreached influencers", "未覆盖的影响者")?;
        for p in &d.unreached_added {
            let s = format!("+ {} {}", o.who(p), lang.pick("is now unreached", "新列为未覆盖"));
            o.line(&s)?;
        }
        for p in &d.unreached_gone {
            let s = format!("- {} {}", o.who(p), lang.pick("is no longer unreached", "不再是未覆盖"));
            o.line(&s)?;
        }
    }
    if !d.paths.is_empty() {
        o.heading("Best coach paths", "最佳引荐路径")?;
        for p in &d.paths {
            let verdict = match (&p.old, &p.new) {
                (Some(a), Some(b)) if b.reliability > a.reliability => lang.pick("better", "更可靠"),
                (Some(a), Some(b)) if b.reliability < a.reliability => lang.pick("worse", "更不可靠"),
                (None, Some(_)) => lang.pick("new route", "新路径"),
                (Some(_), None) => lang.pick("route lost", "路径消失"),
                _ => lang.pick("another route", "换了路径"),
            };
            let s = format!("→ {}: {} ⇒ {} ({verdict})", o.who(&p.target), o.route(&p.old), o.route(&p.new));
            o.line(&s)?;
        }
    }
    Ok(())
}

/// Writes the diff as pretty JSON with the two versions' names.
pub fn write_json(w: &mut dyn Write, d: &MapDiff, names: (&str, &str)) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct Out<'a> {
        old: &'a str,
        new: &'a str,
        #[serde(flatten)]
        diff: &'a MapDiff,
    }
    serde_json::to_writer_pretty(&mut *w, &Out { old: names.0, new: names.1, diff: d })
        .map_err(io::Error::other)?;
    writeln!(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::load_json_str;

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
        assert!(s.contains(r"- `+` \*x\* \<y\> (b) added"), "{s}");
    }
}
