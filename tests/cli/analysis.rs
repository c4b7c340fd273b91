//! The analyses as a sales coach would judge them: the North China case's expected
//! conclusions, and the principles of the ranking on small maps of our own.

use powermap::analysis::{AnalyzeOptions, Report, analyze, rank};
use powermap::graph::OrgGraph;
use powermap::load::{MapSource, load};
use powermap::model::Map;
use powermap::vocab::Lang;

use crate::common::{load_json, ok};

fn north_china() -> Map {
    ok(load(&MapSource::Embedded)).map
}

fn report(map: &Map, opts: AnalyzeOptions) -> Report {
    analyze(&OrgGraph::new(map), &opts)
}

fn position(r: &Report, id: &str) -> Option<usize> {
    r.decision_makers.iter().position(|c| c.id == id)
}

#[test]
fn north_china_candidates_are_the_approver_huang_and_the_two_engineers() {
    let map = north_china();
    let r = report(&map, AnalyzeOptions { top: 0, ..AnalyzeOptions::default() });
    let top5: Vec<&str> = r.decision_makers.iter().take(5).map(|c| c.id.as_str()).collect();
    for id in ["bureau_head", "huang", "liu", "ma"] {
        assert!(top5.contains(&id), "{id} not in the top five: {top5:?}");
    }
    // Huang, the professional authority who sways Liu and Ma, outranks both of them.
    assert!(position(&r, "huang") < position(&r, "liu"));
    assert!(position(&r, "huang") < position(&r, "ma"));
    let huang = &r.decision_makers[position(&r, "huang").unwrap()];
    let influence = huang.components.iter().find(|c| c.name == "influence").unwrap();
    assert!(influence.points > 10.0, "{influence:?}");
    let reasons: Vec<String> = influence.reasons.iter().map(|m| m.render(Lang::Zh)).collect();
    assert!(reasons.iter().any(|x| x.contains("马工")), "{reasons:?}");
    assert!(reasons.iter().any(|x| x.contains("刘工")), "{reasons:?}");
    let approver = &r.decision_makers[position(&r, "bureau_head").unwrap()];
    let role = approver.components.iter().find(|c| c.name == "role").unwrap();
    let role_reasons: Vec<String> = role.reasons.iter().map(|m| m.render(Lang::En)).collect();
    assert_eq!(role_reasons, vec!["※ approver".to_string()]);
    // Everyone on the customer side is ranked; our own people are not.
    assert_eq!(
        r.decision_makers.len(),
        map.people.iter().filter(|p| p.side == powermap::vocab::Side::Customer).count()
    );
    assert!(position(&r, "zhao").is_none() && position(&r, "me").is_none());
}

#[test]
fn north_china_unreached_are_the_leadership_and_the_design_institute() {
    let r = report(&north_china(), AnalyzeOptions::default());
    let ids: Vec<&str> = r.unreached.iter().map(|u| u.id.as_str()).collect();
    assert!(ids.contains(&"bureau_head"), "{ids:?}");
    assert!(ids.contains(&"design_contact"), "{ids:?}");
    // Huang (through Zhao) and Zhang (hosted with his family) are reached.
    assert!(!ids.contains(&"huang") && !ids.contains(&"zhang"), "{ids:?}");
    let design = r.unreached.iter().find(|u| u.id == "design_contact").unwrap();
    assert!(design.sways.contains(&"liu".to_string()) && design.sways.contains(&"ma".to_string()));
}

#[test]
fn north_china_best_route_to_huang_is_zhao() {
    let map = north_china();
    let to = map.person_ix("huang");
    let r = report(&map, AnalyzeOptions { to, k: 3, ..AnalyzeOptions::default() });
    let best = &r.paths[0];
    assert_eq!(best.ids, vec!["zhao", "huang"]);
    assert!(best.reliability >= 0.85, "{best:?}");
    // The k routes come best first.
    for w in r.paths.windows(2) {
        assert!(w[0].reliability >= w[1].reliability);
    }
}

#[test]
fn north_china_zhang_is_our_lever_on_infrastructure() {
    let map = north_china();
    let r = report(&map, AnalyzeOptions { to: map.person_ix("ma"), k: 3, ..AnalyzeOptions::default() });
    assert!(r.paths.iter().any(|p| p.ids.contains(&"zhang".to_string())), "{:#?}", r.paths);
    let r = report(&map, AnalyzeOptions { top: 0, ..AnalyzeOptions::default() });
    // The way to 张科长 ends with him (a step names the whole way to the one who acts).
    let step = r
        .next_steps
        .iter()
        .find(|s| s.kind == "use_supporter" && s.via.last().map(String::as_str) == Some("zhang"));
    let step = step.unwrap_or_else(|| panic!("{:#?}", r.next_steps));
    assert_eq!(step.target.as_deref(), Some("ma"));
}

#[test]
fn north_china_risks_name_the_blocker_and_the_gaps() {
    let r = report(&north_china(), AnalyzeOptions::default());
    let blocker = r.risks.iter().find(|x| x.kind == powermap::analysis::risks::RiskKind::Blocker).unwrap();
    assert_eq!(blocker.people[0], "liu");
    let message = blocker.message.render(Lang::En);
    assert!(message.contains("竞争对手A"), "{message}");
    let units: Vec<&str> = r.risks.iter().filter_map(|x| x.unit.as_deref()).collect();
    for u in ["tender_center", "design_institute"] {
        assert!(units.contains(&u), "{units:?}");
    }
    assert!(r.risks.iter().any(|x| x.kind == powermap::analysis::risks::RiskKind::DecisionMakerUnreached
        && x.people == ["bureau_head"]));
    // The first thing to do is about the approver nobody has met.
    assert_eq!(r.next_steps[0].target.as_deref(), Some("bureau_head"));
}

/// A small map: a CEO, two vice presidents, and a manager under the first.
fn company(extra: &str, context: &str) -> Map {
    let text = format!(
        r#"{{ "context": {{ {context} }},
          "people": [
            {{"id": "ceo", "level": 1}},
            {{"id": "vp_ops", "roles": ["decision_maker"]}},
            {{"id": "vp_hr"}},
            {{"id": "mgr", "roles": ["evaluator"]}},
            {{"id": "us", "side": "ours"}} {extra}
          ],
          "ties": [
            {{"from": "vp_ops", "to": "ceo", "kind": "reports_to"}},
            {{"from": "vp_hr", "to": "ceo", "kind": "reports_to"}},
            {{"from": "mgr", "to": "vp_ops", "kind": "reports_to"}},
            {{"from": "mgr", "to": "vp_ops", "kind": "influences", "strength": 3}},
            {{"from": "us", "to": "mgr", "kind": "knows"}}
          ] }}"#
    );
    ok(load_json(&text)).map
}

fn scores(map: &Map) -> Vec<(String, f64)> {
    let g = OrgGraph::new(map);
    let p = rank::power(&g, true);
    map.people.iter().zip(p.score).map(|(x, s)| (x.id.clone(), s)).collect()
}

fn score(map: &Map, id: &str) -> f64 {
    scores(map).into_iter().find(|(i, _)| i == id).map(|(_, s)| s).unwrap()
}

#[test]
fn power_is_not_rank() {
    // The manager whom the decision maker consults outranks a more senior executive
    // who has no part in this decision.
    let m = company("", "");
    assert!(score(&m, "mgr") > score(&m, "vp_hr"), "{:?}", scores(&m));
}

#[test]
fn governance_and_share_move_power_up_or_down() {
    let with = |ctx: &str| {
        let text = format!(
            r#"{{ "context": {{ {ctx} }}, "people": [
                {{"id": "top", "roles": ["approver"]}},
                {{"id": "mid"}},
                {{"id": "op", "roles": ["decision_maker"]}} ],
              "ties": [ {{"from": "mid", "to": "top", "kind": "reports_to"}},
                        {{"from": "op", "to": "mid", "kind": "reports_to"}} ] }}"#
        );
        let m = ok(load_json(&text)).map;
        score(&m, "top") - score(&m, "op")
    };
    let up = with(r#""governance": "centralized", "purchase_share": "major""#);
    let neutral = with(r#""governance": "balanced", "purchase_share": "normal""#);
    let down = with(r#""governance": "decentralized", "purchase_share": "minor""#);
    assert!(up > neutral && neutral > down, "{up} {neutral} {down}");
    assert!(up > 0.0, "centralized + major: the top decides ({up})");
    assert!(down < 0.0, "decentralized + minor: the operating decision maker decides ({down})");
    // Each basis alone moves it the same way.
    assert!(with(r#""governance": "centralized""#) > neutral);
    assert!(with(r#""purchase_share": "minor""#) < neutral);
}

#[test]
fn expertise_and_style_shift_power_between_a_leader_and_his_evaluators() {
    let with = |expertise: &str, style: &str| {
        let text = format!(
            r#"{{ "people": [
                {{"id": "boss", "roles": ["decision_maker"], "expertise": "{expertise}", "style": "{style}"}},
                {{"id": "eval", "roles": ["evaluator"]}} ],
              "ties": [ {{"from": "eval", "to": "boss", "kind": "reports_to"}} ] }}"#
        );
        let m = ok(load_json(&text)).map;
        (score(&m, "boss"), score(&m, "eval"))
    };
    let (boss_d, eval_d) = with("technical", "directive");
    let (boss_c, eval_c) = with("business", "consultative");
    assert!(
        eval_c > eval_d,
        "a non-technical consultative leader leans on his evaluator: {eval_c} vs {eval_d}"
    );
    assert!(boss_d > boss_c, "a technical directive leader decides alone: {boss_d} vs {boss_c}");
}

#[test]
fn unknown_role_or_stance_never_hides_a_person() {
    let m = company(r#", {"id": "ghost", "stance": "unknown"}"#, "");
    let r = report(&m, AnalyzeOptions { top: 0, ..AnalyzeOptions::default() });
    let ghost = r.decision_makers.iter().find(|c| c.id == "ghost").expect("ghost is ranked");
    assert!(
        ghost
            .components
            .iter()
            .any(|c| c.reasons.iter().any(|x| x.render(Lang::En).contains("no purchase role known")))
    );
}

#[test]
fn reports_are_byte_identical_on_repeated_runs() {
    let map = north_china();
    let a = serde_json::to_string(&report(&map, AnalyzeOptions::default())).unwrap();
    let b = serde_json::to_string(&report(&map, AnalyzeOptions::default())).unwrap();
    assert_eq!(a, b);
}

#[test]
fn with_no_roles_known_influence_still_counts() {
    // Nobody's purchase role is known: the person everyone consults must still stand out.
    let text = r#"{ "people": [ {"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "advisor"} ],
        "ties": [ {"from": "advisor", "to": "a", "kind": "influences", "strength": 3},
                  {"from": "advisor", "to": "b", "kind": "influences", "strength": 3},
                  {"from": "advisor", "to": "c", "kind": "influences", "strength": 3},
                  {"from": "a", "to": "b", "kind": "knows"} ] }"#;
    let m = ok(load_json(text)).map;
    let s = scores(&m);
    let advisor = s.iter().find(|(i, _)| i == "advisor").unwrap().1;
    assert!(s.iter().all(|(i, x)| i == "advisor" || *x < advisor), "{s:?}");
}
