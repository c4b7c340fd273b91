//! Every enumerated value of the format, in English and in Chinese (and symbols and
//! numbers), read through both loaders, case- and width-insensitively (全角/半角), with
//! surrounding spaces ignored.

use crate::common::{load_csv, load_json, ok};
use powermap::model::{Map, Person, Tie};
use powermap::vocab::{Interest, Role, Stance, Vocab};

/// Full-width form of the ASCII in a text (`suPPorter` → `ｓｕＰＰｏｒｔｅｒ`).
fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            ' ' => '\u{3000}',
            '!'..='~' => char::from_u32(c as u32 + 0xFEE0).unwrap(),
            _ => c,
        })
        .collect()
}

/// Every way a user may write this value.
fn spellings<V: Vocab>(v: V) -> Vec<String> {
    let en = v.as_str();
    let mut out = vec![
        en.to_string(),
        en.to_uppercase(),
        full_width(en),
        full_width(&en.to_uppercase()),
        format!("  {}\u{3000}", en.replace('_', " ")),
        en.replace('_', "-"),
    ];
    for a in v.aliases() {
        out.push(a.to_string());
        out.push(full_width(a));
        out.push(format!(" {a} "));
    }
    out
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// Each value of `V`, in each spelling, written in `field` of one record through the JSON
/// and the CSV loader, reads back as itself.
fn through_both_loaders<V, F>(
    json_of: impl Fn(&str) -> String,
    csv_of: impl Fn(&str) -> F,
    get: impl Fn(&Map) -> V,
) where
    V: Vocab + PartialEq + std::fmt::Debug,
    F: FnOnce() -> Map,
{
    let mut n = 0;
    for &v in V::ALL {
        for s in spellings(v) {
            let from_json = ok(load_json(&json_of(&json_str(&s)))).map;
            assert_eq!(get(&from_json), v, "JSON {s:?}");
            let from_csv = csv_of(&s)();
            assert_eq!(get(&from_csv), v, "CSV {s:?}");
            n += 1;
        }
    }
    assert!(n >= V::ALL.len() * 6);
}

fn person_field<V: Vocab + PartialEq + std::fmt::Debug>(en: &str, zh: &str, get: fn(&Person) -> V) {
    through_both_loaders(
        |v| format!(r#"{{"people": [{{"id": "a", "{en}": {v}}}]}}"#),
        |v| {
            let text = format!("编号,{zh}\na,{v}\n");
            move || ok(load_csv(&text, None, None, None)).map
        },
        |m| get(&m.people[0]),
    );
    // English headers too, on one value.
    let v = V::ALL[0];
    let m = ok(load_csv(&format!("id,{en}\na,{}\n", v.as_str()), None, None, None)).map;
    assert_eq!(get(&m.people[0]), v);
}

fn tie_field<V: Vocab + PartialEq + std::fmt::Debug>(en: &str, zh: &str, get: fn(&Tie) -> V) {
    let kind = if en == "kind" { String::new() } else { r#", "kind": "knows""#.to_string() };
    let kind_col = if en == "kind" { "" } else { ",类型" };
    let kind_cell = if en == "kind" { "" } else { ",认识" };
    through_both_loaders(
        |v| {
            format!(
                r#"{{"people": [{{"id": "a"}}, {{"id": "b"}}], "ties": [{{"from": "a", "to": "b", "{en}": {v}{kind}}}]}}"#
            )
        },
        |v| {
            let ties = format!("起点,终点,{zh}{kind_col}\na,b,{v}{kind_cell}\n");
            move || ok(load_csv("编号\na\nb\n", None, Some(&ties), None)).map
        },
        |m| get(&m.ties[0]),
    );
}

#[test]
fn people_values() {
    person_field("side", "阵营", |p| p.side);
    person_field("stance", "立场", |p| p.stance);
    person_field("relationship", "关系", |p| p.relationship);
    person_field("expertise", "专长", |p| p.expertise.unwrap());
    person_field("style", "风格", |p| p.style.unwrap());
    person_field("adaptability", "创新态度", |p| p.adaptability.unwrap());
    person_field::<Role>("roles", "角色", |p| p.roles[0]);
    person_field::<Interest>("interests", "利益", |p| p.interests[0]);
}

#[test]
fn tie_values() {
    tie_field("kind", "类型", |t| t.kind);
    tie_field("strength", "强度", |t| t.strength);
}

#[test]
fn unit_kinds() {
    through_both_loaders(
        |v| format!(r#"{{"units": [{{"id": "u", "kind": {v}}}], "people": [{{"id": "a", "unit": "u"}}]}}"#),
        |v| {
            let units = format!("编号,类型\nu,{v}\n");
            move || ok(load_csv("编号,部门\na,u\n", Some(&units), None, None)).map
        },
        |m| m.units[0].kind.unwrap(),
    );
}

#[test]
fn context_values() {
    for (en, zh) in [("governance", "治理结构"), ("purchase_share", "采购占比")] {
        let json = |v: &str| format!(r#"{{"context": {{"{en}": {v}}}, "people": [{{"id": "a"}}]}}"#);
        let csv = |v: &str| {
            let account = format!("字段,值\n{zh},{v}\n");
            move || ok(load_csv("编号\na\n", None, None, Some(&account))).map
        };
        if en == "governance" {
            through_both_loaders(json, csv, |m| m.context.governance.unwrap());
        } else {
            through_both_loaders(json, csv, |m| m.context.purchase_share.unwrap());
        }
    }
}

#[test]
fn numbers_in_json_and_csv() {
    for (n, want) in [
        (-2, Stance::Opponent),
        (-1, Stance::Skeptic),
        (0, Stance::Neutral),
        (1, Stance::Supporter),
        (2, Stance::Champion),
    ] {
        let m = ok(load_json(&format!(r#"{{"people": [{{"id": "a", "stance": {n}}}]}}"#))).map;
        assert_eq!(m.people[0].stance, want);
        let m = ok(load_csv(&format!("id,stance\na,{n}\n"), None, None, None)).map;
        assert_eq!(m.people[0].stance, want);
    }
    for n in 0..=4u8 {
        let m = ok(load_json(&format!(r#"{{"people": [{{"id": "a", "relationship": {n}}}]}}"#))).map;
        assert_eq!(m.people[0].relationship.value(), n);
    }
    for n in 1..=3u8 {
        let m = ok(load_json(&format!(
            r#"{{"people": [{{"id": "a"}}, {{"id": "b"}}], "ties": [{{"from": "a", "to": "b", "kind": "knows", "strength": {n}}}]}}"#
        )))
        .map;
        assert_eq!(m.ties[0].strength.value(), n);
    }
}

#[test]
fn lists_split_on_every_separator() {
    for sep in [";", "；", "、", " ; "] {
        let text = format!("id,roles,interests\na,approver{sep}评估者{sep}＋,price{sep}权利\n");
        let m = ok(load_csv(&text, None, None, None)).map;
        assert_eq!(m.people[0].roles, [Role::Approver, Role::Evaluator, Role::DecisionMaker], "{sep:?}");
        assert_eq!(m.people[0].interests, [Interest::Price, Interest::Power]);
    }
    // A repeated role is kept once, in the order first written.
    let m = ok(load_json(r#"{"people": [{"id": "a", "roles": "user;approver;-"}]}"#)).map;
    assert_eq!(m.people[0].roles, [Role::User, Role::Approver]);
}

#[test]
fn dotted_in_words_and_symbols() {
    for (cell, want) in [
        ("true", true),
        ("是", true),
        ("虚线", true),
        ("√", true),
        ("yes", true),
        ("false", false),
        ("否", false),
        ("实线", false),
        ("", false),
    ] {
        let ties = format!("from,to,kind,dotted\na,b,reports_to,{cell}\n");
        let m = ok(load_csv("id\na\nb\n", None, Some(&ties), None)).map;
        assert_eq!(m.ties[0].dotted, want, "{cell:?}");
    }
}

/// Every catalog label of every language (Traditional Chinese too) is accepted, in CSV
/// under Traditional headers and in JSON.
#[test]
fn traditional_chinese_values_and_headers() {
    use powermap::i18n::Lang;
    use powermap::vocab::{Relationship, Side, TieKind};
    for v in Stance::ALL {
        let label = v.label(Lang::ZhHant);
        let m = ok(load_csv(&format!("編號,立場\na,{label}\n"), None, None, None)).map;
        assert_eq!(m.people[0].stance, *v, "{label}");
        let m = ok(load_json(&format!(r#"{{"people": [{{"id": "a", "stance": "{label}"}}]}}"#))).map;
        assert_eq!(m.people[0].stance, *v, "{label}");
    }
    let people = "編號,姓名,職務,陣營,角色,立場,關係,上級\n\
                  huang,黃主任,總經理,客戶,決策者；評估者,教練,認識,\n\
                  liu,劉工,工程師,夥伴,使用者,反對,信任,huang\n";
    let ties = "起點,終點,類型,強度,虛線\nliu,huang,影響,強,否\nhuang,liu,認識,弱,\n";
    let m = ok(load_csv(people, None, Some(ties), None)).map;
    assert_eq!(m.people[0].roles, [Role::DecisionMaker, Role::Evaluator]);
    assert_eq!(m.people[0].stance, Stance::Champion);
    assert_eq!(m.people[0].relationship, Relationship::Acquainted);
    assert_eq!(m.people[1].side, Side::Partner);
    assert_eq!(m.people[1].stance, Stance::Opponent);
    assert_eq!(m.people[0].title.as_deref(), Some("總經理"));
    let kinds: Vec<TieKind> = m.ties.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [TieKind::ReportsTo, TieKind::Influences, TieKind::Knows]);
    // The Traditional forms of the Chinese aliases too (匯報給, 評估, 最終用戶).
    let m = ok(load_csv("編號,角色\na,評估;最終用戶\n", None, None, None)).map;
    assert_eq!(m.people[0].roles, [Role::Evaluator, Role::User]);
    let m = ok(load_csv("編號\na\nb\n", None, Some("起點,終點,類型\na,b,匯報給\n"), None)).map;
    assert_eq!(m.ties[0].kind, TieKind::ReportsTo);
}
