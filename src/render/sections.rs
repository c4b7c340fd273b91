//! The analysis [`Report`] as the HTML report's tables: one [`Section`] per part of the
//! report, in the report's own order and headings ([`crate::report::Section`]), cells
//! as plain text (the HTML writer escapes them).

use crate::analysis::Report;
use crate::render::Section;
use crate::report::Section as Part;
use crate::report::{roles_text, severity_text as severity};
use crate::vocab::{Lang, Vocab};

fn name_id(name: &str, id: &str) -> String {
    if name == id { name.to_string() } else { format!("{name} ({id})") }
}

/// The report's sections as tables. O(size of the report).
pub fn from_report(report: &Report, lang: Lang) -> Vec<Section> {
    let h = |en: &str, zh: &str| lang.pick(en, zh).to_string();
    let mut out = Vec::new();
    for part in Part::ALL {
        let title = part.title(lang).to_string();
        let (columns, rows): (Vec<String>, Vec<Vec<String>>) = match part {
            Part::DecisionMakers => (
                vec![
                    "#".into(),
                    h("person", "人员"),
                    h("title", "职务"),
                    h("score", "得分"),
                    h("roles", "角色"),
                    h("stance", "立场"),
                    h("reach", "覆盖"),
                    h("why", "依据"),
                ],
                report
                    .decision_makers
                    .iter()
                    .map(|c| {
                        vec![
                            c.rank.to_string(),
                            name_id(&c.name, &c.id),
                            c.title.clone().unwrap_or_default(),
                            format!("{:.1}", c.score),
                            roles_text(&c.roles, lang),
                            c.stance.label(lang).to_string(),
                            format!("{:.2}", c.reach),
                            crate::report::why(c, lang),
                        ]
                    })
                    .collect(),
            ),
            Part::Unreached => (
                vec![
                    "#".into(),
                    h("person", "人员"),
                    h("roles", "角色"),
                    h("stance", "立场"),
                    h("sway", "影响"),
                    h("reach", "覆盖"),
                    h("priority", "优先"),
                    h("sways", "影响谁"),
                    h("way in", "引荐路径"),
                ],
                report
                    .unreached
                    .iter()
                    .enumerate()
                    .map(|(i, u)| {
                        vec![
                            (i + 1).to_string(),
                            name_id(&u.name, &u.id),
                            roles_text(&u.roles, lang),
                            u.stance.label(lang).to_string(),
                            format!("{:.2}", u.sway),
                            format!("{:.2}", u.reach),
                            format!("{:.2}", u.priority),
                            u.sways.join(", "),
                            crate::report::way_in(u),
                        ]
                    })
                    .collect(),
            ),
            Part::Paths => (
                vec![h("to", "目标"), h("route", "路径"), h("reliability", "可靠度"), h("steps", "每一步")],
                report
                    .paths
                    .iter()
                    .map(|p| {
                        let steps: Vec<String> =
                            p.steps.iter().map(|s| format!("{:.2} {}", s.reliability, s.reason)).collect();
                        let mut route = p.ids.join(" → ");
                        if p.hostile {
                            route.push(' ');
                            route.push_str(crate::report::hostile_flag(lang));
                        }
                        vec![p.target.clone(), route, format!("{:.2}", p.reliability), steps.join("\n")]
                    })
                    .collect(),
            ),
            Part::Risks => (
                vec![h("severity", "严重度"), h("risk", "风险")],
                report
                    .risks
                    .iter()
                    .map(|r| vec![severity(r.severity, lang).to_string(), r.message.clone()])
                    .collect(),
            ),
            Part::NextSteps => (
                vec!["#".into(), h("action", "行动"), h("why", "原因")],
                report
                    .next_steps
                    .iter()
                    .map(|n| vec![n.rank.to_string(), n.action.clone(), n.why.clone()])
                    .collect(),
            ),
        };
        out.push(Section { title, columns, rows });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{AnalyzeOptions, analyze};
    use crate::graph::OrgGraph;

    #[test]
    fn every_part_of_the_report_becomes_a_table_with_full_rows() {
        let map = crate::load::load_json_str(crate::load::EMBEDDED_MAP, "nc").unwrap().map;
        let g = OrgGraph::new(&map);
        let report = analyze(&g, &AnalyzeOptions::default());
        let secs = from_report(&report, Lang::En);
        assert_eq!(secs.len(), Part::ALL.len());
        assert_eq!(secs[0].rows.len(), report.decision_makers.len());
        assert!(!secs[0].rows.is_empty());
        for s in &secs {
            assert!(s.rows.iter().all(|r| r.len() == s.columns.len()), "{}", s.title);
        }
    }
}
