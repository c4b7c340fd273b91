//! Rendering an analysis [`Report`] for people and programs: aligned text (with colour
//! on a terminal), Markdown to paste into an account plan, and JSON. The analyses hand
//! over codes and parameters ([`Msg`]); this is where they become words, from the
//! catalogs' `reports` section, in the report's language.

pub mod health;
pub mod portfolio;
pub mod table;

use serde_json::{Map as JsonMap, Value};

use crate::analysis::Report;
use crate::analysis::risks::Severity;
use crate::i18n::{Msg, SCHEMA_VERSION, tr};
use crate::naming::Labels;
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
    /// Account health.
    Health,
    /// Robustness and value of information.
    Robustness,
}

impl Section {
    /// Every section, in report order.
    pub const ALL: [Section; 7] = [
        Section::DecisionMakers,
        Section::Unreached,
        Section::Paths,
        Section::Risks,
        Section::NextSteps,
        Section::Health,
        Section::Robustness,
    ];

    /// The JSON key.
    pub fn key(self) -> &'static str {
        match self {
            Section::DecisionMakers => "decision_makers",
            Section::Unreached => "unreached",
            Section::Paths => "paths",
            Section::Risks => "risks",
            Section::NextSteps => "next_steps",
            Section::Health => "health",
            Section::Robustness => "robustness",
        }
    }

    /// The heading.
    pub fn title(self, lang: Lang) -> String {
        tr(
            lang,
            match self {
                Section::DecisionMakers => "report-section-decision-makers",
                Section::Unreached => "report-section-unreached",
                Section::Paths => "report-section-paths",
                Section::Risks => "report-section-risks",
                Section::NextSteps => "report-section-next-steps",
                Section::Health => "report-section-health",
                Section::Robustness => "report-section-robustness",
            },
        )
    }
}

/// A column heading (`report-column-person`, …) in `lang`.
pub fn column(lang: Lang, key: &str) -> String {
    tr(lang, key)
}

/// Puts a message into a JSON object: its words under `text` (the prose field the
/// report always had), its code and parameters under `code` and `params`.
fn put_msg(o: &mut JsonMap<String, Value>, m: &Msg, lang: Lang, text: &str, code: &str, params: &str) {
    o.insert(text.into(), m.render(lang).into());
    o.insert(code.into(), m.key.into());
    let mut v = serde_json::to_value(m).unwrap_or_default();
    o.insert(params.into(), v.get_mut("params").map(Value::take).unwrap_or_default());
}

/// The JSON form: the report's fields for the chosen sections (plus account and
/// opportunity), each list best first, with a top-level `schema_version` and `lang`.
/// Every text is there in `lang` and as a code with parameters beside it: a risk's
/// `message` with `code` and `params`; a hop's `reason` with `reason_code` and
/// `reason_params`; a step's `action` and `why` with `action_code`, `action_params`,
/// `why_code`, `why_params`; a score component's `reasons` with `reason_codes`
/// (`[{code, params, message}]`, in the same order). See docs/analysis.md.
pub fn to_json(report: &Report, sections: &[Section], lang: Lang) -> Value {
    let mut v = serde_json::to_value(report).unwrap_or(Value::Null);
    let Value::Object(m) = &mut v else { return v };
    for s in Section::ALL {
        if !sections.contains(&s) {
            m.remove(s.key());
        }
    }
    m.insert("schema_version".into(), SCHEMA_VERSION.into());
    m.insert("lang".into(), lang.code().into());
    let rows = |m: &mut JsonMap<String, Value>, key: &str| -> Vec<JsonMap<String, Value>> {
        match m.remove(key) {
            Some(Value::Array(a)) => {
                a.into_iter().filter_map(|x| if let Value::Object(o) = x { Some(o) } else { None }).collect()
            }
            _ => Vec::new(),
        }
    };
    let put_back = |m: &mut JsonMap<String, Value>, key: &str, rows: Vec<JsonMap<String, Value>>| {
        m.insert(key.into(), Value::Array(rows.into_iter().map(Value::Object).collect()));
    };
    if sections.contains(&Section::DecisionMakers) {
        let mut out = rows(m, "decision_makers");
        for (o, c) in out.iter_mut().zip(&report.decision_makers) {
            let comps: Vec<Value> = c
                .components
                .iter()
                .map(|k| {
                    let mut co = JsonMap::new();
                    co.insert("name".into(), k.name.into());
                    co.insert("points".into(), k.points.into());
                    co.insert("reasons".into(), k.reasons.iter().map(|r| r.render(lang)).collect());
                    co.insert("reason_codes".into(), k.reasons.iter().map(|r| r.to_json(lang)).collect());
                    Value::Object(co)
                })
                .collect();
            o.insert("components".into(), comps.into());
        }
        put_back(m, "decision_makers", out);
    }
    if sections.contains(&Section::Paths) {
        let mut out = rows(m, "paths");
        for (o, p) in out.iter_mut().zip(&report.paths) {
            let steps: Vec<Value> = match o.remove("steps") {
                Some(Value::Array(a)) => a
                    .into_iter()
                    .zip(&p.steps)
                    .map(|(s, h)| {
                        let mut s = if let Value::Object(s) = s { s } else { JsonMap::new() };
                        put_msg(&mut s, &h.reason, lang, "reason", "reason_code", "reason_params");
                        Value::Object(s)
                    })
                    .collect(),
                _ => Vec::new(),
            };
            o.insert("steps".into(), steps.into());
        }
        put_back(m, "paths", out);
    }
    if sections.contains(&Section::Risks) {
        let mut out = rows(m, "risks");
        for (o, r) in out.iter_mut().zip(&report.risks) {
            put_msg(o, &r.message, lang, "message", "code", "params");
        }
        put_back(m, "risks", out);
    }
    if sections.contains(&Section::NextSteps) {
        let mut out = rows(m, "next_steps");
        for (o, n) in out.iter_mut().zip(&report.next_steps) {
            put_msg(o, &n.action, lang, "action", "action_code", "action_params");
            put_msg(o, &n.why, lang, "why", "why_code", "why_params");
        }
        put_back(m, "next_steps", out);
    }
    if let (Some(h), Some(Value::Object(o))) = (&report.health, m.get_mut("health")) {
        health::health_json(o, h, lang);
    }
    if let (Some(r), Some(Value::Object(o))) = (&report.robustness, m.get_mut("robustness")) {
        health::robust_json(o, r, lang);
    }
    v
}

/// The lines of a health or robustness section, or `None` for the other sections and
/// for a report without it (a section not computed is not shown).
fn added_lines(report: &Report, s: Section, lang: Lang) -> Option<Vec<String>> {
    match s {
        Section::Health => report.health.as_ref().map(|h| health::health_lines(h, lang)),
        Section::Robustness => report.robustness.as_ref().map(|r| health::robust_lines(r, lang)),
        _ => None,
    }
}

/// A list of messages in words, joined (`reason; reason`).
pub fn join(msgs: &[Msg], lang: Lang, sep: &str) -> String {
    msgs.iter().map(|m| m.render(lang)).collect::<Vec<_>>().join(sep)
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

/// A role's name for reports.
pub fn role_name(r: Role, lang: Lang) -> String {
    r.label(lang)
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
pub fn component_name(name: &str, lang: Lang) -> String {
    tr(
        lang,
        match name {
            "authority" => "report-component-authority",
            "role" => "report-component-role",
            "influence" => "report-component-influence",
            _ => "report-component-bases",
        },
    )
}

/// Why a candidate scores what they do: each component with its points and reasons,
/// in one line.
pub fn why(c: &crate::analysis::Candidate, lang: Lang) -> String {
    let parts: Vec<String> = c
        .components
        .iter()
        .filter(|k| k.points.abs() >= 0.05)
        .map(|k| {
            format!("{} {:+.1}: {}", component_name(k.name, lang), k.points, join(&k.reasons, lang, "; "))
        })
        .collect();
    let mut out = parts.join(" · ");
    if let Some(d) = defaults_text(c, lang) {
        out.push_str(" · ");
        out.push_str(&d);
    }
    out
}

/// A candidate's confidence in words, beside the score: `low (35 %)`.
pub fn confidence_text(c: &crate::analysis::Candidate, lang: Lang) -> String {
    let key = match c.confidence.level {
        "high" => "report-confidence-high",
        "medium" => "report-confidence-medium",
        _ => "report-confidence-low",
    };
    let share = (c.confidence.share * 100.0).round() as i64;
    Msg::new(key).arg("share", share).render(lang)
}

/// What a candidate's score took by default (`by default: role, stance`), if anything.
pub fn defaults_text(c: &crate::analysis::Candidate, lang: Lang) -> Option<String> {
    if c.confidence.unknown.is_empty() {
        return None;
    }
    let inputs: Vec<String> = c
        .confidence
        .unknown
        .iter()
        .map(|x| {
            let key = match *x {
                "role" => "confidence-input-role",
                "level" => "confidence-input-level",
                "stance" => "confidence-input-stance",
                "governance" => "confidence-input-governance",
                "purchase_share" => "confidence-input-purchase-share",
                "expertise" => "confidence-input-expertise",
                _ => "confidence-input-style",
            };
            tr(lang, key)
        })
        .collect();
    Some(Msg::new("report-confidence-defaults").arg("inputs", inputs).render(lang))
}

/// The mark of a route that passes through a skeptic or opponent (`--allow-hostile`).
pub fn hostile_flag(lang: Lang) -> String {
    tr(lang, "report-hostile-route")
}

/// What the paths section says when no route reaches any target.
fn no_route_text(lang: Lang) -> String {
    tr(lang, "report-no-route")
}

/// A risk's severity in the report's language.
pub fn severity_text(s: Severity, lang: Lang) -> String {
    tr(
        lang,
        match s {
            Severity::High => "risk-severity-high",
            Severity::Medium => "risk-severity-medium",
            Severity::Low => "risk-severity-low",
        },
    )
}

/// An unreached person's best way in, by names, as `赵总 → 黄主任 (0.45)`; "off
/// limits" for someone marked do-not-contact; `-` when none is known.
pub fn way_in(u: &crate::analysis::Unreached, names: &Labels, lang: Lang) -> String {
    if u.off_limits {
        return tr(lang, "report-way-in-off-limits");
    }
    match u.way_in_reliability {
        Some(r) if !u.way_in.is_empty() => format!("{} ({r:.2})", clean(&names.route(&u.way_in))),
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
    let names = &report.names;
    let name = |id: &str| clean(names.of(id));
    for &s in sections {
        if matches!(s, Section::Health | Section::Robustness) {
            if let Some(lines) = added_lines(report, s, lang) {
                out.push_str(&style.bold(&s.title(lang)));
                out.push('\n');
                for l in lines {
                    out.push_str(&format!("  {}\n", clean(&l)));
                }
                out.push('\n');
            }
            continue;
        }
        out.push_str(&style.bold(&s.title(lang)));
        out.push('\n');
        let h = |key: &str| column(lang, key);
        match s {
            Section::DecisionMakers => {
                let mut t = Table::new(
                    &[
                        "#",
                        &h("report-column-person"),
                        &h("report-column-score"),
                        &h("report-column-confidence"),
                        &h("report-column-roles"),
                        &h("report-column-stance"),
                        &h("report-column-reach"),
                    ],
                    &[0, 2, 6],
                );
                for c in &report.decision_makers {
                    t.row(vec![
                        c.rank.to_string(),
                        name(&c.id),
                        format!("{:.1}", c.score),
                        confidence_text(c, lang),
                        roles_text(&c.roles, lang),
                        stance_text(c.stance, lang).to_string(),
                        format!("{:.2}", c.reach),
                    ]);
                }
                out.push_str(&t.render(2, &|x| style.bold(x)));
                for c in &report.decision_makers {
                    out.push_str(&format!("  {} {}:", c.rank, name(&c.id)));
                    let parts: Vec<String> = c
                        .components
                        .iter()
                        .filter(|k| k.points.abs() >= 0.05 || k.name != "bases")
                        .map(|k| {
                            format!(
                                " {} {:+.1} ({})",
                                component_name(k.name, lang),
                                k.points,
                                clean(&join(&k.reasons, lang, "; "))
                            )
                        })
                        .collect();
                    out.push_str(&parts.join(" ·"));
                    if let Some(d) = defaults_text(c, lang) {
                        out.push_str(&format!(" · {}", clean(&d)));
                    }
                    out.push('\n');
                }
            }
            Section::Unreached => {
                let mut t = Table::new(
                    &[
                        "#",
                        &h("report-column-person"),
                        &h("report-column-sway"),
                        &h("report-column-reach"),
                        &h("report-column-priority"),
                        &h("report-column-sways"),
                        &h("report-column-way-in"),
                    ],
                    &[0, 2, 3, 4],
                );
                for (i, u) in report.unreached.iter().enumerate() {
                    t.row(vec![
                        (i + 1).to_string(),
                        name(&u.id),
                        format!("{:.2}", u.sway),
                        format!("{:.2}", u.reach),
                        format!("{:.2}", u.priority),
                        clean(&names.list(&u.sways, ", ")),
                        way_in(u, names, lang),
                    ]);
                }
                out.push_str(&t.render(2, &|x| style.bold(x)));
            }
            Section::Paths => {
                for p in &report.paths {
                    let flag = if p.hostile { format!("  {}", hostile_flag(lang)) } else { String::new() };
                    out.push_str(&format!(
                        "  → {}  {:.2}{flag}\n    {}\n",
                        name(&p.target),
                        p.reliability,
                        clean(&names.route(&p.ids))
                    ));
                    for step in &p.steps {
                        out.push_str(&format!(
                            "      {:.2}  {}\n",
                            step.reliability,
                            clean(&step.reason.render(lang))
                        ));
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
                        Severity::Medium => style.paint("33", &sev),
                        Severity::Low => sev,
                    };
                    out.push_str(&format!("  [{sev}] {}\n", clean(&r.message.render(lang))));
                }
            }
            Section::Health | Section::Robustness => {}
            Section::NextSteps => {
                for n in &report.next_steps {
                    let why =
                        crate::i18n::tr_args(lang, "report-step-why", &[("why", n.why.render(lang).into())]);
                    out.push_str(&format!(
                        "  {}. {}\n     {}\n",
                        n.rank,
                        clean(&n.action.render(lang)),
                        clean(&why)
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
    let h = |key: &str| column(lang, key);
    let names = &report.names;
    for &s in sections {
        if matches!(s, Section::Health | Section::Robustness) {
            if let Some(lines) = added_lines(report, s, lang) {
                out.push_str(&format!("## {}\n\n", s.title(lang)));
                for l in lines {
                    out.push_str(&format!("- {}\n", md(&l)));
                }
                out.push('\n');
            }
            continue;
        }
        out.push_str(&format!("## {}\n\n", s.title(lang)));
        match s {
            Section::DecisionMakers => {
                out.push_str(&format!(
                    "| # | {} | {} | {} | {} | {} | {} | {} |\n|--:|---|--:|---|---|---|--:|---|\n",
                    h("report-column-person"),
                    h("report-column-score"),
                    h("report-column-confidence"),
                    h("report-column-roles"),
                    h("report-column-stance"),
                    h("report-column-reach"),
                    h("report-column-basis")
                ));
                for c in &report.decision_makers {
                    let why = why(c, lang);
                    out.push_str(&format!(
                        "| {} | {} | {:.1} | {} | {} | {} | {:.2} | {} |\n",
                        c.rank,
                        md(names.of(&c.id)),
                        c.score,
                        md(&confidence_text(c, lang)),
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
                    h("report-column-person"),
                    h("report-column-sway"),
                    h("report-column-reach"),
                    h("report-column-priority"),
                    h("report-column-sways"),
                    h("report-column-way-in")
                ));
                for (i, u) in report.unreached.iter().enumerate() {
                    out.push_str(&format!(
                        "| {} | {} | {:.2} | {:.2} | {:.2} | {} | {} |\n",
                        i + 1,
                        md(names.of(&u.id)),
                        u.sway,
                        u.reach,
                        u.priority,
                        md(&names.list(&u.sways, ", ")),
                        md(&way_in(u, names, lang))
                    ));
                }
            }
            Section::Paths => {
                for p in &report.paths {
                    let flag =
                        if p.hostile { format!(" {}", md(&hostile_flag(lang))) } else { String::new() };
                    out.push_str(&format!(
                        "- **{}** ({:.2}): {}{flag}\n",
                        md(names.of(&p.target)),
                        p.reliability,
                        md(&names.route(&p.ids))
                    ));
                    for step in &p.steps {
                        out.push_str(&format!(
                            "  - {:.2} {}\n",
                            step.reliability,
                            md(&step.reason.render(lang))
                        ));
                    }
                }
                if report.paths.is_empty() {
                    out.push_str(&format!("{}\n", md(&no_route_text(lang))));
                }
            }
            Section::Risks => {
                for r in &report.risks {
                    out.push_str(&format!(
                        "- **{}** {}\n",
                        severity_text(r.severity, lang),
                        md(&r.message.render(lang))
                    ));
                }
            }
            Section::Health | Section::Robustness => {}
            Section::NextSteps => {
                for n in &report.next_steps {
                    out.push_str(&format!(
                        "{}. {} — {}\n",
                        n.rank,
                        md(&n.action.render(lang)),
                        md(&n.why.render(lang))
                    ));
                }
            }
        }
        out.push('\n');
    }
    out
}
