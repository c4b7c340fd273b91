//! The analysis [`Report`] as the HTML report's tables: one [`Section`] per part of the
//! report, in the report's own order and headings ([`crate::report::Section`]), cells
//! as plain text (the HTML writer escapes them).

use crate::analysis::Report;
use crate::render::Section;
use crate::report::Section as Part;
use crate::report::{column, roles_text, severity_text as severity};
use crate::vocab::{Lang, Vocab};

/// The report's sections as tables. O(size of the report).
pub fn from_report(report: &Report, lang: Lang) -> Vec<Section> {
    let h = |key: &str| column(lang, key);
    let names = &report.names;
    let mut out = Vec::new();
    for part in Part::ALL {
        let title = part.title(lang);
        let (columns, rows): (Vec<String>, Vec<Vec<String>>) = match part {
            Part::DecisionMakers => (
                vec![
                    "#".into(),
                    h("report-column-person"),
                    h("report-column-title"),
                    h("report-column-score"),
                    h("report-column-confidence"),
                    h("report-column-roles"),
                    h("report-column-stance"),
                    h("report-column-reach"),
                    h("report-column-basis"),
                ],
                report
                    .decision_makers
                    .iter()
                    .map(|c| {
                        vec![
                            c.rank.to_string(),
                            names.of(&c.id).to_string(),
                            c.title.clone().unwrap_or_default(),
                            format!("{:.1}", c.score),
                            crate::report::confidence_text(c, lang),
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
                    h("report-column-person"),
                    h("report-column-roles"),
                    h("report-column-stance"),
                    h("report-column-sway"),
                    h("report-column-reach"),
                    h("report-column-priority"),
                    h("report-column-sways"),
                    h("report-column-way-in"),
                ],
                report
                    .unreached
                    .iter()
                    .enumerate()
                    .map(|(i, u)| {
                        vec![
                            (i + 1).to_string(),
                            names.of(&u.id).to_string(),
                            roles_text(&u.roles, lang),
                            u.stance.label(lang).to_string(),
                            format!("{:.2}", u.sway),
                            format!("{:.2}", u.reach),
                            format!("{:.2}", u.priority),
                            names.list(&u.sways, ", "),
                            crate::report::way_in(u, names, lang),
                        ]
                    })
                    .collect(),
            ),
            Part::Paths => (
                vec![
                    h("report-column-target"),
                    h("report-column-route"),
                    h("report-column-reliability"),
                    h("report-column-steps"),
                ],
                report
                    .paths
                    .iter()
                    .map(|p| {
                        let steps: Vec<String> = p
                            .steps
                            .iter()
                            .map(|s| format!("{:.2} {}", s.reliability, s.reason.render(lang)))
                            .collect();
                        let mut route = names.route(&p.ids);
                        if p.hostile {
                            route.push(' ');
                            route.push_str(&crate::report::hostile_flag(lang));
                        }
                        vec![
                            names.of(&p.target).to_string(),
                            route,
                            format!("{:.2}", p.reliability),
                            steps.join("\n"),
                        ]
                    })
                    .collect(),
            ),
            Part::Risks => (
                vec![h("report-column-severity"), h("report-column-risk")],
                report
                    .risks
                    .iter()
                    .map(|r| vec![severity(r.severity, lang), r.message.render(lang)])
                    .collect(),
            ),
            Part::NextSteps => (
                vec!["#".into(), h("report-column-action"), h("report-column-why")],
                report
                    .next_steps
                    .iter()
                    .map(|n| vec![n.rank.to_string(), n.action.render(lang), n.why.render(lang)])
                    .collect(),
            ),
            Part::Health | Part::Robustness => {
                let lines = match (part, &report.health, &report.robustness) {
                    (Part::Health, Some(x), _) => crate::report::health::health_lines(x, lang),
                    (Part::Robustness, _, Some(r)) => crate::report::health::robust_lines(r, lang),
                    // Not computed (a view draws nothing): no section.
                    _ => continue,
                };
                (vec![title.clone()], lines.into_iter().map(|l| vec![l]).collect())
            }
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
        // Every part but robustness, which a view does not draw.
        assert_eq!(secs.len(), Part::ALL.len() - 1);
        assert_eq!(secs[0].rows.len(), report.decision_makers.len());
        assert!(!secs[0].rows.is_empty());
        for s in &secs {
            assert!(s.rows.iter().all(|r| r.len() == s.columns.len()), "{}", s.title);
        }
    }
}
