//! Rendering an analysis [`Report`] for people and programs: aligned text (with colour
//! on a terminal), Markdown to paste into an account plan, and JSON.

pub mod table;

use serde_json::Value;

use crate::analysis::Report;
use crate::analysis::rank::role_name;
use crate::analysis::risks::Severity;
use crate::vocab::{Lang, Role, Stance, Vocab};
use table::{Table, clean};

/// A section of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    /// Key decision-maker candidates.
    DecisionMakers,
    /// Unreached influencers.
    Unreached,
    /// Coach paths.
    Paths,
    /// Risks and gaps.
    Risks,
    /// Next steps.
    NextSteps,
}

impl Section {
    /// Every section, in report order.
    pub const ALL: [Section; 5] =
        [Section::DecisionMakers, Section::Unreached, Section::Paths, Section::Risks, Section::NextSteps];

    /// The JSON key.
    pub fn key(self) -> &'static str {
        match self {
            Section::DecisionMakers => "decision_makers",
            Section::Unreached => "unreached",
            Section::Paths => "paths",
            Section::Risks => "risks",
            Section::NextSteps => "next_steps",
        }
    }

    /// The heading.
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Section::DecisionMakers => lang.pick("Key decision makers", "关键决策人"),
            Section::Unreached => lang.pick("Unreached influencers", "未覆盖的影响者"),
            Section::Paths => lang.pick("Coach paths", "教练/引荐路径"),
            Section::Risks => lang.pick("Risks and gaps", "风险与缺口"),
            Section::NextSteps => lang.pick("Next steps", "下一步"),
        }
    }
}

/// The JSON form: the report's fields for the chosen sections (plus account and
/// opportunity), each list best first.
pub fn to_json(report: &Report, sections: &[Section]) -> Value {
    let mut v = serde_json::to_value(report).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        for s in Section::ALL {
            if !sections.contains(&s) {
                m.remove(s.key());
            }
        }
    }
    v
}

/// Styling for text output: ANSI colour or none.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Use ANSI escape codes.
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
}

/// Roles as the seed writes them: symbols where they have one, words otherwise.
pub fn roles_text(roles: &[Role], lang: Lang) -> String {
    roles
        .iter()
        .map(|r| r.symbol().map_or_else(|| role_name(*r, lang).to_string(), str::to_string))
        .collect::<Vec<_>>()
        .join(" ")
}

fn stance_text(s: Stance, lang: Lang) -> String {
    s.label(lang)
}

/// A score component's name in the report's language.
pub fn component_name(name: &str, lang: Lang) -> &'static str {
    match (name, lang) {
        ("authority", Lang::En) => "authority",
        ("authority", Lang::Zh | Lang::ZhHant) => "职权",
        ("role", Lang::En) => "role",
        ("role", Lang::Zh | Lang::ZhHant) => "角色",
        ("influence", Lang::En) => "influence",
        ("influence", Lang::Zh | Lang::ZhHant) => "影响力",
        (_, Lang::En) => "bases",
        (_, Lang::Zh | Lang::ZhHant) => "四依据",
    }
}

/// Why a candidate scores what they do: each component with its points and reasons,
/// in one line.
pub fn why(c: &crate::analysis::Candidate, lang: Lang) -> String {
    let parts: Vec<String> = c
        .components
        .iter()
        .filter(|k| k.points.abs() >= 0.05)
        .map(|k| format!("{} {:+.1}: {}", component_name(k.name, lang), k.points, k.reasons.join("; ")))
        .collect();
    parts.join(" · ")
}

/// The mark of a route that passes through a skeptic or opponent (`--allow-hostile`).
pub fn hostile_flag(lang: Lang) -> &'static str {
    lang.pick("[through a hostile introducer]", "【经由敌对引荐人】")
}

/// What the paths section says when no route reaches any target.
fn no_route_text(lang: Lang) -> &'static str {
    lang.pick("(no route through the ties we know)", "（现有关系中没有路径）")
}

/// A risk's severity in the report's language.
pub fn severity_text(s: Severity, lang: Lang) -> &'static str {
    match s {
        Severity::High => lang.pick("high", "高"),
        Severity::Medium => lang.pick("medium", "中"),
        Severity::Low => lang.pick("low", "低"),
    }
}

/// An unreached person's best way in, as `a → b → c (0.45)`, or `-` when none is known.
pub fn way_in(u: &crate::analysis::Unreached) -> String {
    match u.way_in_reliability {
        Some(r) if !u.way_in.is_empty() => format!("{} ({r:.2})", clean(&u.way_in.join(" → "))),
        _ => "-".to_string(),
    }
}

/// The report as aligned text.
pub fn to_text(report: &Report, sections: &[Section], lang: Lang, style: Style) -> String {
    let mut out = String::new();
    if let Some(a) = &report.account {
        out.push_str(&style.bold(&clean(a)));
        if let Some(o) = &report.opportunity {
            out.push_str(&format!(" — {}", clean(o)));
        }
        out.push_str("\n\n");
    }
    let name_id = |name: &str, id: &str| {
        if name == id { clean(name) } else { format!("{} ({})", clean(name), clean(id)) }
    };
    for &s in sections {
        out.push_str(&style.bold(s.title(lang)));
        out.push('\n');
        let h = |en: &'static str, zh: &'static str| lang.pick(en, zh);
        match s {
            Section::DecisionMakers => {
                let mut t = Table::new(
                    &[
                        "#",
                        h("person", "人员"),
                        h("score", "得分"),
                        h("roles", "角色"),
                        h("stance", "立场"),
                        h("reach", "覆盖"),
                    ],
                    &[0, 2, 5],
                );
                for c in &report.decision_makers {
                    t.row(vec![
                        c.rank.to_string(),
                        name_id(&c.name, &c.id),
                        format!("{:.1}", c.score),
                        roles_text(&c.roles, lang),
                        stance_text(c.stance, lang).to_string(),
                        format!("{:.2}", c.reach),
                    ]);
                }
                out.push_str(&t.render(2, &|x| style.bold(x)));
                for c in &report.decision_makers {
                    out.push_str(&format!("  {} {}:", c.rank, clean(&c.name)));
                    let parts: Vec<String> = c
                        .components
                        .iter()
                        .filter(|k| k.points.abs() >= 0.05 || k.name != "bases")
                        .map(|k| {
                            format!(
                                " {} {:+.1} ({})",
                                component_name(k.name, lang),
                                k.points,
                                clean(&k.reasons.join("; "))
                            )
                        })
                        .collect();
                    out.push_str(&parts.join(" ·"));
                    out.push('\n');
                }
            }
            Section::Unreached => {
                let mut t = Table::new(
                    &[
                        "#",
                        h("person", "人员"),
                        h("sway", "影响"),
                        h("reach", "覆盖"),
                        h("priority", "优先"),
                        h("sways", "影响谁"),
                        h("way in", "引荐路径"),
                    ],
                    &[0, 2, 3, 4],
                );
                for (i, u) in report.unreached.iter().enumerate() {
                    t.row(vec![
                        (i + 1).to_string(),
                        name_id(&u.name, &u.id),
                        format!("{:.2}", u.sway),
                        format!("{:.2}", u.reach),
                        format!("{:.2}", u.priority),
                        clean(&u.sways.join(", ")),
                        way_in(u),
                    ]);
                }
                out.push_str(&t.render(2, &|x| style.bold(x)));
            }
            Section::Paths => {
                for p in &report.paths {
                    let flag = if p.hostile { format!("  {}", hostile_flag(lang)) } else { String::new() };
                    out.push_str(&format!(
                        "  → {}  {:.2}{flag}\n    {}\n",
                        clean(&p.target),
                        p.reliability,
                        clean(&p.ids.join(" → "))
                    ));
                    for step in &p.steps {
                        out.push_str(&format!("      {:.2}  {}\n", step.reliability, clean(&step.reason)));
                    }
                }
                if report.paths.is_empty() {
                    out.push_str(&format!("  {}\n", no_route_text(lang)));
                }
            }
            Section::Risks => {
                for r in &report.risks {
                    let sev = severity_text(r.severity, lang);
                    let sev = match r.severity {
                        Severity::High => style.paint("31", &sev.to_uppercase()),
                        Severity::Medium => style.paint("33", sev),
                        Severity::Low => sev.to_string(),
                    };
                    out.push_str(&format!("  [{sev}] {}\n", clean(&r.message)));
                }
            }
            Section::NextSteps => {
                for n in &report.next_steps {
                    out.push_str(&format!(
                        "  {}. {}\n     {}: {}\n",
                        n.rank,
                        clean(&n.action),
                        lang.pick("why", "原因"),
                        clean(&n.why)
                    ));
                }
            }
        }
        out.push('\n');
    }
    out
}

/// Escapes text for a Markdown table cell: pipes, backslashes, HTML, line breaks.
pub fn md(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' => o.push_str("\\|"),
            '\\' => o.push_str("\\\\"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '&' => o.push_str("&amp;"),
            '*' | '_' | '`' | '[' | ']' | '#' => {
                o.push('\\');
                o.push(c);
            }
            '\n' | '\r' => o.push(' '),
            c if c.is_control() => o.push(' '),
            c => o.push(c),
        }
    }
    o
}

/// The report as Markdown, to paste into an account plan.
pub fn to_markdown(report: &Report, sections: &[Section], lang: Lang) -> String {
    let mut out = String::new();
    if let Some(a) = &report.account {
        out.push_str(&format!("# {}\n\n", md(a)));
        if let Some(o) = &report.opportunity {
            out.push_str(&format!("{}\n\n", md(o)));
        }
    }
    let h = |en: &'static str, zh: &'static str| lang.pick(en, zh);
    for &s in sections {
        out.push_str(&format!("## {}\n\n", s.title(lang)));
        match s {
            Section::DecisionMakers => {
                out.push_str(&format!(
                    "| # | {} | {} | {} | {} | {} | {} |\n|--:|---|--:|---|---|--:|---|\n",
                    h("person", "人员"),
                    h("score", "得分"),
                    h("roles", "角色"),
                    h("stance", "立场"),
                    h("reach", "覆盖"),
                    h("why", "依据")
                ));
                for c in &report.decision_makers {
                    let why = why(c, lang);
                    out.push_str(&format!(
                        "| {} | {} | {:.1} | {} | {} | {:.2} | {} |\n",
                        c.rank,
                        md(&c.name),
                        c.score,
                        md(&roles_text(&c.roles, lang)),
                        stance_text(c.stance, lang),
                        c.reach,
                        md(&why)
                    ));
                }
            }
            Section::Unreached => {
                out.push_str(&format!(
                    "| # | {} | {} | {} | {} | {} | {} |\n|--:|---|--:|--:|--:|---|---|\n",
                    h("person", "人员"),
                    h("sway", "影响"),
                    h("reach", "覆盖"),
                    h("priority", "优先"),
                    h("sways", "影响谁"),
                    h("way in", "引荐路径")
                ));
                for (i, u) in report.unreached.iter().enumerate() {
                    out.push_str(&format!(
                        "| {} | {} | {:.2} | {:.2} | {:.2} | {} | {} |\n",
                        i + 1,
                        md(&u.name),
                        u.sway,
                        u.reach,
                        u.priority,
                        md(&u.sways.join(", ")),
                        md(&way_in(u))
                    ));
                }
            }
            Section::Paths => {
                for p in &report.paths {
                    let flag = if p.hostile { format!(" {}", md(hostile_flag(lang))) } else { String::new() };
                    out.push_str(&format!(
                        "- **{}** ({:.2}): {}{flag}\n",
                        md(&p.target),
                        p.reliability,
                        md(&p.ids.join(" → "))
                    ));
                    for step in &p.steps {
                        out.push_str(&format!("  - {:.2} {}\n", step.reliability, md(&step.reason)));
                    }
                }
                if report.paths.is_empty() {
                    out.push_str(&format!("{}\n", md(no_route_text(lang))));
                }
            }
            Section::Risks => {
                for r in &report.risks {
                    out.push_str(&format!("- **{}** {}\n", severity_text(r.severity, lang), md(&r.message)));
                }
            }
            Section::NextSteps => {
                for n in &report.next_steps {
                    out.push_str(&format!("{}. {} — {}\n", n.rank, md(&n.action), md(&n.why)));
                }
            }
        }
        out.push('\n');
    }
    out
}
