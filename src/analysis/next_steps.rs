//! Next steps (下一步): a short ranked list of concrete actions for this week — whom to
//! reach, through whom, why — drawn from the ranking, the unreached, the routes and
//! the risks. Priority = the power at stake × how feasible the action is; O(A · route)
//! for A candidate actions.

use serde::Serialize;

use super::AnalyzeOptions;
use super::paths::CoachPath;
use super::rank::{Candidate, round1};
use super::reach::REACHED;
use super::risks::{Risk, RiskKind};
use super::unreached::Unreached;
use crate::graph::OrgGraph;
use crate::model::PersonIx;
use crate::vocab::{Lang, Side, Stance, TieKind};

/// One action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextStep {
    /// 1 = do first.
    pub rank: usize,
    /// `reach`, `find_approver`, `meet_influencer`, `handle_blocker`, `use_supporter`,
    /// `bring_executive`, `second_thread`, `cover_unit`.
    pub kind: &'static str,
    /// The person to act on (id), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// The route to take (ids, our side first), if any.
    pub via: Vec<String>,
    /// What to do, in the report's language.
    pub action: String,
    /// Why, in the report's language.
    pub why: String,
    /// Priority, 0…100.
    pub priority: f64,
}

/// The actions, most important first. `routes` are the best routes to the people
/// concerned (from [`super::paths::IntroGraph::best_to_all`]).
pub fn next_steps(
    g: &OrgGraph,
    cands: &[Candidate],
    unreached: &[Unreached],
    risks: &[Risk],
    reach: &[f64],
    routes: &[CoachPath],
    opts: &AnalyzeOptions,
) -> Vec<NextStep> {
    let map = g.map;
    let lang = opts.lang;
    let score_of = |i: PersonIx| cands.iter().find(|c| c.person == i).map_or(30.0, |c| c.score);
    let route = |t: PersonIx| routes.iter().find(|p| p.people.last() == Some(&t)).cloned();
    let name = |i: PersonIx| map.people[i].display_name().to_string();
    let route_text = |people: &[PersonIx]| -> String {
        people.iter().map(|&i| map.people[i].display_name()).collect::<Vec<_>>().join(" → ")
    };
    let mut out: Vec<NextStep> = Vec::new();
    let mut targeted: Vec<PersonIx> = Vec::new();
    for r in risks {
        match r.kind {
            RiskKind::NoApprover => {
                // Ask the most powerful person we have reached who is on our side.
                let coach = cands.iter().find(|c| {
                    reach[c.person] >= REACHED && matches!(c.stance, Stance::Champion | Stance::Supporter)
                });
                let (action, via) = match (coach, lang) {
                    (Some(c), Lang::En) => (
                        format!("Ask {} who gives final approval, and how the decision will be made", c.name),
                        vec![c.id.clone()],
                    ),
                    (Some(c), Lang::Zh | Lang::ZhHant) => {
                        (format!("向 {} 打听谁最后拍板、决策流程如何", c.name), vec![c.id.clone()])
                    }
                    (None, Lang::En) => ("Find out who gives final approval".to_string(), Vec::new()),
                    (None, Lang::Zh | Lang::ZhHant) => ("查明谁最后拍板".to_string(), Vec::new()),
                };
                let why = lang
                    .pick(
                        "no approver is identified: the decision may be made above everyone we know",
                        "尚未识别批准者：决策可能在我们认识的人之上做出",
                    )
                    .to_string();
                out.push(NextStep {
                    rank: 0,
                    kind: "find_approver",
                    target: None,
                    via,
                    action,
                    why,
                    priority: 95.0,
                });
            }
            RiskKind::DecisionMakerUnreached => {
                let Some(&t) = r.persons.first() else { continue };
                targeted.push(t);
                let s = score_of(t);
                let (action, via, feas) = match route(t) {
                    Some(p) if p.ids.len() > 2 || map.people[p.people[0]].side == Side::Ours => {
                        let txt = route_text(&p.people);
                        let a = match lang {
                            Lang::En => format!(
                                "Get introduced to {}: {txt} (reliability {:.2})",
                                name(t),
                                p.reliability
                            ),
                            Lang::Zh | Lang::ZhHant => {
                                format!("争取引荐 {}：{txt}（可靠度 {:.2}）", name(t), p.reliability)
                            }
                        };
                        (a, p.ids, p.reliability)
                    }
                    _ => (
                        match lang {
                            Lang::En => format!("Find a way to {}: no route through people we know", name(t)),
                            Lang::Zh | Lang::ZhHant => {
                                format!("设法接触 {}：现有关系中没有引荐路径", name(t))
                            }
                        },
                        Vec::new(),
                        0.2,
                    ),
                };
                let why = match lang {
                    Lang::En => format!("a top decision maker (score {s:.1}) we have not reached"),
                    Lang::Zh | Lang::ZhHant => format!("关键决策人（得分 {s:.1}），尚未建立关系"),
                };
                out.push(NextStep {
                    rank: 0,
                    kind: "reach",
                    target: Some(map.people[t].id.clone()),
                    via,
                    action,
                    why,
                    priority: round1(s * (0.5 + 0.5 * feas)),
                });
            }
            RiskKind::Blocker => {
                let Some(&b) = r.persons.first() else {
                    continue;
                };
                let friend = g
                    .incoming(b, TieKind::Influences)
                    .chain(g.neighbors(b, TieKind::Knows))
                    .map(|(x, _)| x)
                    .filter(|&x| {
                        map.people[x].side != Side::Competitor
                            && reach[x] >= REACHED
                            && matches!(map.people[x].stance, Stance::Champion | Stance::Supporter)
                            || map.people[x].side == Side::Ours
                    })
                    .min_by(|&a, &c| score_of(c).total_cmp(&score_of(a)).then(a.cmp(&c)));
                let p = &map.people[b];
                let favors =
                    p.favors.clone().unwrap_or_else(|| lang.pick("a competitor", "竞争对手").to_string());
                let (action, via) = match (friend, lang) {
                    (Some(f), Lang::En) => (
                        format!("Ask {} to bring {} round, and hear out his objections", name(f), name(b)),
                        vec![map.people[f].id.clone()],
                    ),
                    (Some(f), Lang::Zh | Lang::ZhHant) => (
                        format!("请 {} 做 {} 的工作，并当面听取他的疑虑", name(f), name(b)),
                        vec![map.people[f].id.clone()],
                    ),
                    (None, Lang::En) => (
                        format!("Meet {} to hear his objections and answer them with evidence", name(b)),
                        Vec::new(),
                    ),
                    (None, Lang::Zh | Lang::ZhHant) => {
                        (format!("拜访 {}，听取疑虑并用证据回应", name(b)), Vec::new())
                    }
                };
                let why = match lang {
                    Lang::En => format!("{} leans to {favors} and can block the decision", name(b)),
                    Lang::Zh | Lang::ZhHant => format!("{} 倾向 {favors}，可能阻挠决策", name(b)),
                };
                out.push(NextStep {
                    rank: 0,
                    kind: "handle_blocker",
                    target: Some(p.id.clone()),
                    via,
                    action,
                    why,
                    priority: round1(score_of(b) * 0.9),
                });
            }
            RiskKind::LevelMismatch => {
                let (Some(&x), Some(&exec)) = (r.persons.first(), r.persons.get(1)) else {
                    continue;
                };
                let action = match lang {
                    Lang::En => format!("Arrange for {} to meet {}", name(exec), name(x)),
                    Lang::Zh | Lang::ZhHant => format!("安排 {} 拜会 {}", name(exec), name(x)),
                };
                out.push(NextStep {
                    rank: 0,
                    kind: "bring_executive",
                    target: Some(map.people[x].id.clone()),
                    via: vec![map.people[exec].id.clone()],
                    action,
                    why: r.message.clone(),
                    priority: round1(score_of(x) * 0.6),
                });
            }
            RiskKind::SingleThreaded if !r.persons.is_empty() => {
                let action = lang
                    .pick(
                        "Build a second relationship among the decision makers",
                        "在决策者中发展第二条关系线",
                    )
                    .to_string();
                out.push(NextStep {
                    rank: 0,
                    kind: "second_thread",
                    target: None,
                    via: Vec::new(),
                    action,
                    why: r.message.clone(),
                    priority: 35.0,
                });
            }
            RiskKind::UncoveredUnit => {
                let Some(ux) = r.unit_ix else { continue };
                let nm = map.units[ux].display_name();
                let action = match lang {
                    Lang::En => format!("Find a contact in {nm}"),
                    Lang::Zh | Lang::ZhHant => format!("在 {nm} 找到联系人"),
                };
                out.push(NextStep {
                    rank: 0,
                    kind: "cover_unit",
                    target: None,
                    via: Vec::new(),
                    action,
                    why: r.message.clone(),
                    priority: 15.0,
                });
            }
            _ => {}
        }
    }
    // Supporters we have reached who sway a decision holder not yet on our side.
    for c in cands.iter().take(opts.top_decision_makers.max(5)) {
        let x = c.person;
        if matches!(c.stance, Stance::Champion | Stance::Supporter)
            || !(c.roles.contains(&crate::vocab::Role::DecisionMaker)
                || c.roles.contains(&crate::vocab::Role::Approver))
        {
            continue;
        }
        let mut levers: Vec<(PersonIx, u8)> = g
            .incoming(x, TieKind::Influences)
            .filter(|(s, _)| {
                reach[*s] >= REACHED
                    && matches!(map.people[*s].stance, Stance::Champion | Stance::Supporter)
                    && map.people[*s].side == Side::Customer
            })
            .map(|(s, e)| (s, e.strength.value()))
            .collect();
        levers.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        for (s, strength) in levers.into_iter().take(2) {
            if out.iter().any(|o| {
                o.target.as_deref() == Some(c.id.as_str()) && o.via.first() == Some(&map.people[s].id)
            }) {
                continue;
            }
            let action = match lang {
                Lang::En => format!("Ask {} to speak for us to {}", name(s), c.name),
                Lang::Zh | Lang::ZhHant => format!("请 {} 向 {} 推荐我们", name(s), c.name),
            };
            let why = match lang {
                Lang::En => format!(
                    "{} is on our side and sways {} ({})",
                    name(s),
                    c.name,
                    ["weak", "medium", "strong"][usize::from(strength.clamp(1, 3) - 1)]
                ),
                Lang::Zh | Lang::ZhHant => format!(
                    "{} 支持我们，且影响 {}（{}）",
                    name(s),
                    c.name,
                    ["弱", "中", "强"][usize::from(strength.clamp(1, 3) - 1)]
                ),
            };
            let feas = f64::from(strength) / 3.0;
            out.push(NextStep {
                rank: 0,
                kind: "use_supporter",
                target: Some(c.id.clone()),
                via: vec![map.people[s].id.clone()],
                action,
                why,
                priority: round1(c.score * 0.75 * (0.5 + 0.5 * feas)),
            });
        }
    }
    for u in unreached.iter().take(5) {
        if targeted.contains(&u.person) {
            continue;
        }
        let (via, feas, txt) = match route(u.person) {
            Some(p) => {
                let t = route_text(&p.people);
                (p.ids, p.reliability, t)
            }
            None => (Vec::new(), 0.2, String::new()),
        };
        let swayed: Vec<String> = u.sways_ix.iter().map(|&i| name(i)).collect();
        let action = match (txt.is_empty(), lang) {
            (false, Lang::En) => format!("Meet {}: {txt}", u.name),
            (false, Lang::Zh | Lang::ZhHant) => format!("接触 {}：{txt}", u.name),
            (true, Lang::En) => format!("Find a way to meet {}", u.name),
            (true, Lang::Zh | Lang::ZhHant) => format!("设法接触 {}", u.name),
        };
        let why = match lang {
            Lang::En => format!("sways {} and we have not reached them", swayed.join(", ")),
            Lang::Zh | Lang::ZhHant => format!("影响 {}，尚未覆盖", swayed.join("、")),
        };
        out.push(NextStep {
            rank: 0,
            kind: "meet_influencer",
            target: Some(u.id.clone()),
            via,
            action,
            why,
            priority: round1(60.0 * u.priority * (0.5 + 0.5 * feas)),
        });
    }
    out.sort_by(|a, b| {
        b.priority
            .total_cmp(&a.priority)
            .then_with(|| a.kind.cmp(b.kind))
            .then_with(|| a.target.cmp(&b.target))
            .then_with(|| a.action.cmp(&b.action))
    });
    for (i, s) in out.iter_mut().enumerate() {
        s.rank = i + 1;
    }
    out
}
