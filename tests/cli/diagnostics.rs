//! One test per error and warning a map can earn: the exact wording a user reads and
//! where it points (`people.csv:7:3` for CSV, `map.json:12:5` with the JSON path).

use crate::common::{assert_one, diagnostics, lines_of, load_csv, load_json, ok, refused};
use powermap::diag::Severity;

/// A valid map's people, with an approver and ties, to which one problem is added.
const TWO: &str = r#"{"id": "a", "roles": ["approver"]}, {"id": "b", "reports_to": "a"}"#;

// ---- errors ----

#[test]
fn duplicate_person_id_in_json() {
    let d = refused(load_json(&format!("{{\"people\": [\n  {TWO},\n  {{\"id\": \"b\"}}\n]}}")));
    assert_one(
        &d,
        "duplicate-id",
        "map.json:3:10: error: people[2].id: duplicate person id \"b\" (first at people[1])",
    );
}

#[test]
fn duplicate_person_id_in_csv() {
    let d = refused(load_csv("id,name\na,Ann\nb,Bob\na,Another Ann\n", None, None, None));
    assert_one(&d, "duplicate-id", "people.csv:4:1: error: id: duplicate person id \"a\" (first at line 2)");
}

#[test]
fn duplicate_unit_id() {
    let d =
        refused(load_csv("编号,部门\na,it\n", Some("编号,名称\nit,IT\nops,Ops\nit,IT again\n"), None, None));
    assert_one(&d, "duplicate-id", "units.csv:4:1: error: 编号: duplicate unit id \"it\" (first at line 2)");
    let d = refused(load_json(r#"{"units": [{"id": "it"}, {"id": "it"}], "people": [{"id": "a"}]}"#));
    assert_one(
        &d,
        "duplicate-id",
        "map.json:1:33: error: units[1].id: duplicate unit id \"it\" (first at units[0])",
    );
}

#[test]
fn tie_naming_an_unknown_person_with_suggestion() {
    let d = refused(load_csv("id\nhuang\nliu\n", None, Some("from,to,kind\nhuang,lui,influences\n"), None));
    assert_one(
        &d,
        "unknown-id",
        "ties.csv:2:2: error: to: \"lui\" is not a person id: did you mean \"liu\"?",
    );
    // Through the reports_to shorthand too, and with nothing close: no suggestion.
    let d = refused(load_csv("编号,上级\nhuang,\nliu,zzzzzz\n", None, None, None));
    assert_one(&d, "unknown-id", "people.csv:3:2: error: 上级: \"zzzzzz\" is not a person id");
}

#[test]
fn unit_parent_unknown() {
    let d = refused(load_json(
        "{\"units\": [\n  {\"id\": \"bureau\"},\n  {\"id\": \"dispatch\", \"parent\": \"burea\"}\n], \"people\": [{\"id\": \"a\"}]}",
    ));
    assert_one(
        &d,
        "unknown-id",
        "map.json:3:32: error: units[1].parent: parent \"burea\" is not a unit id: did you mean \"bureau\"?",
    );
}

#[test]
fn unit_parent_cycle() {
    let units = "id,parent\na,c\nb,a\nc,b\nd,a\n";
    let d = refused(load_csv("id,unit\np,d\n", Some(units), None, None));
    assert_one(&d, "unit-cycle", "units.csv:2:2: error: units form a cycle of parents: a → c → b → a");
    let d = refused(load_json(r#"{"units": [{"id": "x", "parent": "x"}], "people": [{"id": "p"}]}"#));
    assert_one(&d, "self-parent", "map.json:1:34: error: units[0].parent: unit \"x\" is its own parent");
}

#[test]
fn unknown_value_with_suggestion() {
    let d = refused(load_json(&format!(
        "{{\"people\": [\n  {TWO},\n  {{\"id\": \"c\", \"stance\": \"suport\"}}\n]}}"
    )));
    assert_one(
        &d,
        "bad-value",
        "map.json:3:25: error: people[2].stance: unknown stance \"suport\": did you mean \"supporter\"?",
    );
    // In CSV the header as the user wrote it names the field; a Chinese typo gets the
    // Chinese word.
    let d = refused(load_csv("编号,角色\na,决策\nb,批准着\n", None, None, None));
    assert_one(
        &d,
        "bad-value",
        "people.csv:3:2: error: 角色: unknown role \"批准着\": did you mean \"批准者\"?",
    );
    // Nothing close: the accepted values are listed.
    let d = refused(load_csv("id,side\na,martians\n", None, None, None));
    assert_one(
        &d,
        "bad-value",
        "people.csv:2:2: error: side: unknown side \"martians\" (expected one of: customer, ours, partner, competitor)",
    );
}

#[test]
fn strength_out_of_range() {
    let d = refused(load_csv("id\na\nb\n", None, Some("from,to,kind,strength\na,b,knows,4\n"), None));
    assert_one(&d, "bad-value", "ties.csv:2:4: error: strength: strength 4 is out of range (1…3)");
    let d = refused(load_json(
        r#"{"people": [{"id": "a"}, {"id": "b"}], "ties": [{"from": "a", "to": "b", "kind": "knows", "strength": 0}]}"#,
    ));
    assert_one(&d, "bad-value", "map.json:1:103: error: ties[0].strength: strength 0 is out of range (1…3)");
}

#[test]
fn relationship_out_of_range() {
    let d = refused(load_json("{\"people\": [\n  {\"id\": \"a\", \"relationship\": 5}\n]}"));
    assert_one(
        &d,
        "bad-value",
        "map.json:2:31: error: people[0].relationship: relationship 5 is out of range (0…4)",
    );
    let d = refused(load_csv("编号,关系\na,-1\n", None, None, None));
    assert_one(&d, "bad-value", "people.csv:2:2: error: 关系: relationship -1 is out of range (0…4)");
}

#[test]
fn tie_to_oneself() {
    let d = refused(load_csv("id\na\nb\n", None, Some("from,to,kind\na,b,knows\nb,b,influences\n"), None));
    assert_one(&d, "self-tie", "ties.csv:3: error: a tie from \"b\" to themself");
    // Through the reports_to shorthand: the same kind of error, not a "cycle" of one.
    let d = refused(load_json(r#"{"people": [{"id": "a", "reports_to": "a"}]}"#));
    assert_one(&d, "self-tie", "map.json:1:39: error: people[0].reports_to: \"a\" reports to themself");
    assert!(d.iter().all(|d| d.code != "reporting-cycle"), "{d:?}");
    let d = refused(load_csv("编号,上级\na,a\n", None, None, None));
    assert_one(&d, "self-tie", "people.csv:2:2: error: 上级: \"a\" reports to themself");
}

#[test]
fn cycle_of_solid_reporting_lines() {
    let people = "id,reports_to\nceo,\nvp,ceo\nboss,vp\n";
    let d = refused(load_csv(people, None, Some("from,to,kind\nceo,boss,reports_to\n"), None));
    assert_one(
        &d,
        "reporting-cycle",
        "people.csv:3:2: error: solid reporting lines form a cycle: ceo → boss → vp → ceo",
    );
    // A dotted line closing the loop is no cycle.
    let l = ok(load_csv(people, None, Some("from,to,kind,dotted\nceo,boss,reports_to,true\n"), None));
    assert!(l.warnings.iter().all(|w| w.code != "reporting-cycle"));
}

#[test]
fn json_syntax_error_has_line_and_column() {
    let d = refused(load_json("{\n  \"people\": [\n    {\"id\": \"a\",}\n  ]\n}\n"));
    assert_one(&d, "json-syntax", "map.json:3:16: error: not valid JSON: trailing comma");
    let d = refused(load_json(""));
    assert_one(&d, "json-syntax", "map.json:1:1: error: not valid JSON: EOF while parsing a value");
}

#[test]
fn semantic_error_in_json_has_path_and_line() {
    let text = "{\n  \"people\": [\n    {\"id\": \"a\"},\n    {\n      \"id\": \"b\",\n      \"roles\": [\"approver\", \"judge\"]\n    }\n  ]\n}";
    let d: Vec<_> = refused(load_json(text)).into_iter().filter(|d| d.is_error()).collect();
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].location.path.as_deref(), Some("people[1].roles"));
    assert_eq!((d[0].location.line, d[0].location.column), (Some(6), Some(16)));
    assert_eq!(
        d[0].to_string(),
        "map.json:6:16: error: people[1].roles: unknown role \"judge\" (expected one of: approver, decision maker, evaluator, user, influencer, gatekeeper, spec writer)"
    );
}

#[test]
fn ragged_csv_row() {
    let d = refused(load_csv("id,name,title\na,Ann,CEO\nb,Li, Bo,CTO\n", None, None, None));
    assert_one(
        &d,
        "ragged-row",
        "people.csv:3: error: this row has 4 cells but the header has 3 columns: is a comma inside a cell not quoted?",
    );
    // Trailing empty cells (as spreadsheets save them) are not ragged.
    ok(load_csv("id,name\na,Ann,,\n", None, None, None));
}

#[test]
fn missing_id_column() {
    let d = refused(load_csv("name,stance\nAnn,supporter\n", None, None, None));
    assert_one(&d, "missing-column", "people.csv:1: error: the header needs an id/编号 column");
    let d = refused(load_csv("id\na\nb\n", None, Some("起点,类型\na,认识\n"), None));
    assert_one(&d, "missing-column", "ties.csv:1: error: the header needs from/起点 and to/终点 columns");
    let d = refused(load_csv("id\na\n", None, None, Some("字段,account\n客户,Acme\n")));
    assert_one(
        &d,
        "missing-column",
        "account.csv:1: error: the header needs field/字段 and value/值 columns",
    );
}

#[test]
fn missing_id_and_missing_tie_fields() {
    let d = refused(load_csv("id,name\n,Nobody\n", None, None, None));
    assert_one(&d, "missing-id", "people.csv:2:1: error: id: a person needs an id");
    let d =
        refused(load_json(r#"{"people": [{"id": "a"}, {"id": "b"}], "ties": [{"from": "a", "to": "b"}]}"#));
    assert_one(
        &d,
        "missing-field",
        "map.json:1:49: error: ties[0].kind: a tie needs a kind (reports_to, influences, knows or conflict)",
    );
    // A kind that is given but not understood is one problem, not also a missing kind.
    let d = refused(load_json(
        r#"{"people": [{"id": "a"}, {"id": "b"}], "ties": [{"from": "a", "to": "b", "kind": "likes"}]}"#,
    ));
    assert!(lines_of(&d, "missing-field").is_empty(), "{d:?}");
    assert_eq!(lines_of(&d, "bad-value").len(), 1, "{d:?}");
}

#[test]
fn empty_csv_file() {
    let d = refused(load_csv("\n\n", None, None, None));
    assert_one(&d, "empty-file", "people.csv: error: the file is empty: it needs a header row");
}

#[test]
fn bad_version_and_wrong_shapes() {
    let d = refused(load_json(r#"{"version": 2, "people": {"a": 1}, "ties": [3]}"#));
    assert_one(
        &d,
        "bad-version",
        "map.json:1:13: error: version: map format version 2 is not supported; this powermap reads version 1",
    );
    assert_one(&d, "not-a-list", "map.json:1:26: error: people: people must be a list, found an object");
    assert_one(
        &d,
        "not-an-object",
        "map.json:1:45: error: ties[0]: each entry of ties must be an object, found a number",
    );
    let d = refused(load_json("[1, 2]"));
    assert_one(&d, "not-an-object", "map.json: error: a map must be a JSON object, found a list");
}

#[test]
fn bad_value_in_account_csv_is_located() {
    let account = "字段,值\n客户,Acme\n采购占比,巨大\n";
    let d = refused(load_csv("id\na\n", None, None, Some(account)));
    assert_one(
        &d,
        "bad-value",
        "account.csv:3:2: error: 采购占比: unknown purchase share \"巨大\": did you mean \"大\"?",
    );
    let d = refused(load_csv("id\na\n", None, None, Some("field,value\nversion,3\n")));
    assert_one(
        &d,
        "bad-version",
        "account.csv:2:2: error: map format version 3 is not supported; this powermap reads version 1",
    );
}

// ---- warnings ----

#[test]
fn unknown_field_warning() {
    let l = ok(load_json(&format!(
        "{{\"people\": [\n  {TWO},\n  {{\"id\": \"c\", \"stnace\": \"neutral\", \"reports_to\": \"a\"}}\n]}}"
    )));
    assert_one(
        &l.warnings,
        "unknown-field",
        "map.json:3:25: warning: people[2].stnace: unknown field \"stnace\" (ignored): did you mean \"stance\"?",
    );
    let d = diagnostics(load_csv("id,name,colour\na,Ann,red\n", None, None, None));
    assert_one(&d, "unknown-column", "people.csv:1:3: warning: unknown column \"colour\" (ignored)");
    let d = diagnostics(load_csv("id\na\n", None, None, Some("field,value\ngovernence,集权\n")));
    assert_one(
        &d,
        "unknown-field",
        "account.csv:2: warning: unknown field \"governence\" (ignored): did you mean \"governance\"?",
    );
    let d = diagnostics(load_csv("id\na\n", None, None, Some("field,value\npeople,a;b\n")));
    assert_one(&d, "unknown-field", "account.csv:2: warning: unknown field \"people\" (ignored)");
}

#[test]
fn duplicate_field_and_column_warnings() {
    let d = diagnostics(load_csv("id\na\n", None, None, Some("field,value\naccount,Acme\n客户,Other\n")));
    assert_one(
        &d,
        "duplicate-field",
        "account.csv:3: warning: field \"客户\" repeats \"account\" of line 2 (ignored)",
    );
    let d = diagnostics(load_csv("id,name,姓名\na,Ann,安\n", None, None, None));
    assert_one(&d, "duplicate-column", "people.csv:1:3: warning: column \"姓名\" repeats \"name\" (ignored)");
}

#[test]
fn two_solid_line_managers() {
    let people = "id,roles,reports_to\nceo,approver,\ncfo,,ceo\ncto,,ceo\neng,,cto;cfo\n";
    let l = ok(load_csv(people, None, None, None));
    assert_one(
        &l.warnings,
        "two-managers",
        "people.csv:5:3: warning: \"eng\" has 2 solid-line managers (cto, cfo); mark the secondary line dotted",
    );
    // Dotted secondary line: no warning.
    let l = ok(load_csv(
        "id,roles,reports_to\nceo,approver,\ncfo,,ceo\ncto,,ceo\neng,,cto\n",
        None,
        Some("from,to,kind,dotted\neng,cfo,reports_to,yes\n"),
        None,
    ));
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
}

#[test]
fn no_approver() {
    let l = ok(load_json(
        r#"{"people": [{"id": "a"}, {"id": "b", "reports_to": "a"}, {"id": "z", "side": "ours", "roles": "approver"}]}"#,
    ));
    assert_one(
        &l.warnings,
        "no-approver",
        "map.json: warning: no approver (※) is identified among the customer's people: find out who gives final approval",
    );
    let l = ok(load_json(&format!("{{\"people\": [{TWO}]}}")));
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
}

#[test]
fn customer_people_with_no_tie() {
    // "c" is refused as a duplicate; "d" comes after it and must be located on its own line.
    let text = format!(
        "{{\"people\": [\n  {TWO},\n  {{\"id\": \"b\"}},\n  {{\"id\": \"d\"}},\n  {{\"id\": \"us\", \"side\": \"ours\"}}\n]}}"
    );
    let d = refused(load_json(&text));
    assert_one(
        &d,
        "no-tie",
        "map.json:4:10: warning: people[3].id: \"d\" has no tie to anyone: add whom they report to, influence or know",
    );
    let l = ok(load_csv("id,roles,side\na,approver,\nb,,我方\n", None, None, None));
    assert_one(
        &l.warnings,
        "no-tie",
        "people.csv:2:1: warning: \"a\" has no tie to anyone: add whom they report to, influence or know",
    );
}

#[test]
fn duplicate_tie_is_reported_and_dropped() {
    let ties = "from,to,kind,strength\na,b,knows,3\nb,a,knows,1\na,b,influences,\n";
    let l = ok(load_csv("id,roles\na,approver\nb,\n", None, Some(ties), None));
    assert_one(
        &l.warnings,
        "duplicate-tie",
        "ties.csv:3: warning: duplicate knows tie between \"b\" and \"a\" (first at line 2); this one is ignored",
    );
    assert_eq!(l.map.ties.len(), 2);
    assert_eq!(l.map.ties[0].strength.value(), 3, "the first one written is kept");
}

#[test]
fn created_unit_and_unknown_competitor() {
    let l = ok(load_csv(
        "id,unit,roles\na,Sales,approver\nb,sals,\n",
        Some("id,name\nsales,Sales\n"),
        Some("from,to,kind\na,b,knows\n"),
        Some("field,value\ncompetitors,Rival\n"),
    ));
    assert_one(
        &l.warnings,
        "created-unit",
        "people.csv:3:2: warning: unit: unit \"sals\" is not defined, so it was created: did you mean \"sales\"?",
    );
    // "Sales" named the unit by its name; "sals" created a unit of its own.
    assert_eq!(l.map.people[0].unit, Some(0));
    assert_eq!(l.map.units[1].id, "sals");
    let l = ok(load_json(
        r#"{"competitors": ["Rival"], "people": [{"id": "a", "roles": ["approver"], "favors": "Rivl"}, {"id": "b", "reports_to": "a"}]}"#,
    ));
    assert_one(
        &l.warnings,
        "unknown-competitor",
        "map.json:1:84: warning: people[0].favors: favors \"Rivl\", who is not among the competitors: did you mean \"Rival\"?",
    );
}

#[test]
fn dotted_on_a_tie_that_is_not_reporting() {
    let l =
        ok(load_csv("id,roles\na,approver\nb,\n", None, Some("起点,终点,类型,虚线\na,b,认识,是\n"), None));
    assert_one(
        &l.warnings,
        "dotted-not-reporting",
        "ties.csv:2:4: warning: 虚线: only reporting lines can be dotted; ignored on this knows tie",
    );
    assert!(!l.map.ties[0].dotted);
}

#[test]
fn undecodable_bytes() {
    let d = crate::common::tempdir();
    let p = crate::common::write(d.path(), "people.csv", b"id,name\nann,Ann\nbob,\xFF\xFE\xFD\n");
    let diags = refused(powermap::load::load_path(&p));
    let shown = format!(
        "{}:3: error: the file is neither UTF-8 nor GBK/GB18030 text (byte 21 fits neither)",
        p.display()
    );
    assert_one(&diags, "bad-encoding", &shown);
}

// ---- all at once ----

#[test]
fn every_problem_is_reported_at_once() {
    let people = "\
id,name,stance,relationship,reports_to
a,Ann,suport,,
b,Bob,,9,a
b,Bob again,,,
c,Cy,,,a
";
    let ties = "from,to,kind\nc,c,knows\na,zed,knows\n";
    let d = refused(load_csv(people, None, Some(ties), None));
    let errors: Vec<String> =
        d.iter().filter(|d| d.severity == Severity::Error).map(|d| d.to_string()).collect();
    assert_eq!(
        errors,
        [
            "people.csv:2:3: error: stance: unknown stance \"suport\": did you mean \"supporter\"?",
            "people.csv:3:4: error: relationship: relationship 9 is out of range (0…4)",
            "people.csv:4:1: error: id: duplicate person id \"b\" (first at line 3)",
            "ties.csv:2: error: a tie from \"c\" to themself",
            "ties.csv:3:2: error: to: \"zed\" is not a person id",
        ]
    );
    // The warnings come with them, in file order.
    assert_one(
        &d,
        "no-approver",
        "people.csv: warning: no approver (※) is identified among the customer's people: find out who gives final approval",
    );
}

#[test]
fn json_with_chinese_keys_is_located_where_the_key_was_written() {
    let text = "{\n  \"版本\": 1,\n  \"人员\": [\n    {\"编号\": \"a\", \"立场\": \"支持者们\"}\n  ]\n}";
    let d = refused(load_json(text));
    assert_one(
        &d,
        "bad-value",
        "map.json:4:23: error: people[0].stance: unknown stance \"支持者们\": did you mean \"支持\"?",
    );
    let d = refused(load_json("{\"版本\": \"x\", \"人员\": []}"));
    assert_one(&d, "bad-value", "map.json:1:8: error: version: \"x\" is not a whole number ≥ 1");
}

#[test]
fn a_repeated_or_idless_record_still_has_its_values_checked() {
    let d = refused(load_csv("编号,立场\nli,支持\nli,suport\n,反对者x\n", None, None, None));
    let shown: Vec<String> = d.iter().filter(|d| d.is_error()).map(|d| d.to_string()).collect();
    assert!(
        shown.iter().any(|s| s.contains("people.csv:3:1") && s.contains("duplicate person id")),
        "{shown:?}"
    );
    assert!(
        shown.iter().any(|s| s.starts_with("people.csv:3:2: error: 立场: unknown stance \"suport\"")),
        "{shown:?}"
    );
    assert!(
        shown.iter().any(|s| s.contains("people.csv:4") && s.contains("a person needs an id")),
        "{shown:?}"
    );
    assert!(
        shown.iter().any(|s| s.starts_with("people.csv:4:2: error: 立场: unknown stance \"反对者x\"")),
        "{shown:?}"
    );
}

#[test]
fn a_manager_named_by_name_is_pointed_to_its_id() {
    // In a spreadsheet, a unique name is read as the id, with a warning (issue 10).
    let l = ok(load_csv("编号,姓名,上级\nli,李处长,\nchen,陈科长,李处长\n", None, None, None));
    assert_one(
        &l.warnings,
        "name-as-id",
        "people.csv:3:3: warning: \"李处长\" is a name, not an id: read as \"li\", the one person of that name \
         (write the id to be sure)",
    );
    // In JSON it stays an error that points to the id.
    let json = r#"{"people": [{"id": "li", "name": "李处长"}, {"id": "chen", "reports_to": ["李处长"]}]}"#;
    let d = refused(load_json(json));
    let e = d.iter().find(|d| d.code == "unknown-id").unwrap();
    assert!(e.to_string().contains("it is the name of \"li\"; write the id"), "{e}");
}

#[test]
fn a_tie_repeating_a_reports_to_names_the_other_file() {
    let l = ok(load_csv(
        "id,reports_to,roles\nboss,,approver\nqian,boss,\n",
        None,
        Some("from,to,kind\nqian,boss,reports_to\n"),
        None,
    ));
    assert_one(
        &l.warnings,
        "duplicate-tie",
        "ties.csv:2: warning: duplicate reports to tie between \"qian\" and \"boss\" (first at people.csv line 3); \
         this one is ignored",
    );
}

// ---- in the user's language ----

use powermap::i18n::Lang;
use powermap::load::LoadError;

/// Each diagnostic as the user reads it in `lang`.
fn rendered(d: &[powermap::diag::Diagnostic], lang: Lang) -> Vec<String> {
    d.iter().map(|d| d.render(lang)).collect()
}

/// The language judged from a map that was refused.
fn judged(r: Result<powermap::load::Loaded, LoadError>) -> Option<Lang> {
    match r {
        Ok(l) => l.lang,
        Err(e) => e.lang(),
    }
}

#[test]
fn a_refused_map_is_judged_by_what_was_read() {
    // Chinese names, English keys and values: Chinese.
    let text =
        r#"{"people": [{"id": "wang", "name": "王总", "stance": "suport"}, {"id": "li", "name": "李处长"}]}"#;
    assert_eq!(judged(load_json(text)), Some(Lang::Zh));
    // Traditional names: Traditional.
    let text = r#"{"people": [{"id": "wang", "name": "黃主任", "title": "總經理", "stance": "suport"}]}"#;
    assert_eq!(judged(load_json(text)), Some(Lang::ZhHant));
    // Not even JSON: judged from the text's names.
    assert_eq!(judged(load_json(r#"{"people": [{"id": "wang", "name": "王总",}]}"#)), Some(Lang::Zh));
    assert_eq!(judged(load_json(r#"{"people": [{"id": "a", "name": "Dr. Smith",}]}"#)), Some(Lang::En));
    // CSV: Chinese headers mean Chinese, even with ids only and English names.
    assert_eq!(judged(load_csv("编号,立场\n1,中力\n", None, None, None)), Some(Lang::Zh));
    assert_eq!(judged(load_csv("编号,姓名,立场\n1,Ann Lee,suport\n", None, None, None)), Some(Lang::Zh));
    assert_eq!(judged(load_csv("編號,姓名,立場\n1,黃主任,中力\n", None, None, None)), Some(Lang::ZhHant));
    assert_eq!(judged(load_csv("id,name,stance\n1,Ann Lee,suport\n", None, None, None)), Some(Lang::En));
    // Nothing tells: ids only, English headers (the format's own).
    assert_eq!(judged(load_csv("id,stance\n1,suport\n", None, None, None)), None);
    assert_eq!(judged(load_json(r#"{"people": [{"id": "1", "stance": "x"}]}"#)), None);
}

#[test]
fn diagnostics_read_in_chinese_and_traditional_chinese() {
    let d = refused(load_csv("编号,角色,立场,关系\n1,批准着,中力,九\n2,决策者,支技,\n", None, None, None));
    let zh = rendered(&d, Lang::Zh);
    for want in [
        "people.csv:2:2: 错误: 角色: 未知的角色“批准着”：是不是“批准者”？",
        "people.csv:2:3: 错误: 立场: 未知的立场“中力”：是不是“中立”？",
        "people.csv:2:4: 错误: 关系: 未知的关系“九”（可填：0 无、1 认识、2 交往、3 信任、4 同盟）",
        "people.csv:3:3: 错误: 立场: 未知的立场“支技”：是不是“支持”？",
        "people.csv: 警告: 客户方人员中未找到批准者（※）：请弄清由谁最后批准",
    ] {
        assert!(zh.iter().any(|l| l == want), "{want}\nnot in:\n{}", zh.join("\n"));
    }
    let hant = rendered(&d, Lang::ZhHant);
    assert!(
        hant.iter().any(|l| l
            == "people.csv:2:4: 錯誤: 关系: 未知的關係「九」（可填：0 無、1 認識、2 交往、3 信任、4 同盟）"),
        "{}",
        hant.join("\n")
    );
    // Every kind of problem has its words in every language, none left in English.
    let broken =
        std::fs::read_to_string(crate::common::root().join("tests/fixtures/diagnostics/broken-map.json"))
            .unwrap();
    let d = refused(load_json(&broken));
    for lang in [Lang::Zh, Lang::ZhHant] {
        for line in rendered(&d, lang) {
            assert!(!line.contains("did you mean") && !line.contains("error:"), "{line}");
        }
    }
}

#[test]
fn a_suggestion_is_in_the_script_typed() {
    let d = refused(load_csv("id,stance,roles\na,中力,批准着\nb,suport,\nc,支技,\n", None, None, None));
    let en = rendered(&d, Lang::En);
    for want in [
        "people.csv:2:2: error: stance: unknown stance \"中力\": did you mean \"中立\"?",
        "people.csv:2:3: error: roles: unknown role \"批准着\": did you mean \"批准者\"?",
        "people.csv:3:2: error: stance: unknown stance \"suport\": did you mean \"supporter\"?",
        "people.csv:4:2: error: stance: unknown stance \"支技\": did you mean \"支持\"?",
    ] {
        assert!(en.iter().any(|l| l == want), "{want}\nnot in:\n{}", en.join("\n"));
    }
    // A Traditional typo gets the Traditional word; the message says which value is meant.
    let d = refused(load_csv("編號,角色,立場\na,決策着,反對着\n", None, None, None));
    let hant = rendered(&d, Lang::ZhHant);
    assert!(
        hant.contains(&"people.csv:2:2: 錯誤: 角色: 未知的角色「決策着」：是不是「決策者」？".to_string()),
        "{hant:?}"
    );
    assert!(
        hant.contains(&"people.csv:2:3: 錯誤: 立場: 未知的立場「反對着」：是不是「反對」？".to_string()),
        "{hant:?}"
    );
    let v = d[0].to_json(Lang::ZhHant);
    assert_eq!(v["message_code"], "value-unknown-suggest");
    assert_eq!(v["params"]["suggestion"], "決策者");
    assert_eq!(v["params"]["meant"], "decision_maker");
    assert_eq!(v["location"]["field"], "角色");
}

#[test]
fn accepted_values_are_listed_in_the_language_of_the_message() {
    let d = refused(load_csv("id,side,relationship\na,martians,nine\n", None, None, None));
    let zh = rendered(&d, Lang::Zh);
    assert!(
        zh.contains(
            &"people.csv:2:2: 错误: side: 未知的阵营“martians”（可填：客户、我方、伙伴、竞争对手）"
                .to_string()
        ),
        "{zh:?}"
    );
    let en = rendered(&d, Lang::En);
    assert!(
        en.contains(
            &"people.csv:2:3: error: relationship: unknown relationship \"nine\": did you mean \"none\"?"
                .to_string()
        ),
        "{en:?}"
    );
    let d = refused(load_csv("id\na\nb\n", None, Some("from,to,kind,strength\na,b,knows,巨\n"), None));
    assert_eq!(
        rendered(&d, Lang::ZhHant).iter().filter(|l| l.contains("強度")).collect::<Vec<_>>(),
        ["ties.csv:2:4: 錯誤: strength: 未知的強度「巨」（可填：1 弱、2 中、3 強）"]
    );
}

#[test]
fn loading_problems_have_words_in_every_language() {
    let d = refused(load_json(""));
    assert_eq!(rendered(&d, Lang::Zh), ["map.json:1:1: 错误: 不是有效的 JSON：文件在值写完之前就结束了"]);
    let d = refused(load_json("{\"people\": [{\"id\": \"a\",}]}"));
    assert_eq!(rendered(&d, Lang::ZhHant), ["map.json:1:24: 錯誤: 不是有效的 JSON：多餘的逗號"]);
    let d = refused(load_csv("\n", None, None, None));
    assert_eq!(rendered(&d, Lang::Zh), ["people.csv: 错误: 文件是空的：需要一行表头"]);
    let d = refused(load_json(r#"{"version": 2, "people": {"a": 1}}"#));
    let zh = rendered(&d, Lang::Zh);
    assert!(
        zh.contains(
            &"map.json:1:13: 错误: version: 不支持地图格式版本 2；此 powermap 读取版本 1".to_string()
        ),
        "{zh:?}"
    );
    assert!(zh.contains(&"map.json:1:26: 错误: people: people 必须是列表，实为对象".to_string()), "{zh:?}");
    let dir = crate::common::tempdir();
    let p = crate::common::write(dir.path(), "people.csv", b"id\n\xFF\xFE\xFD\n");
    let d = refused(powermap::load::load_path(&p));
    assert!(
        rendered(&d, Lang::Zh)[0]
            .ends_with(": 错误: 文件既不是 UTF-8 也不是 GBK/GB18030 文本（第 4 字节两者都不符）")
    );
    // The refusal itself, in each language.
    let d = refused(load_csv("id,stance\na,x\n", None, None, None));
    assert_eq!(
        powermap::load::refused("people.csv", &d).render(Lang::En),
        "people.csv: refused: 1 error, 2 warnings"
    );
    assert_eq!(
        powermap::load::refused("people.csv", &d).render(Lang::Zh),
        "people.csv: 未通过检查：1 个错误，2 个警告"
    );
}

#[test]
fn the_language_of_a_diagnostic_is_not_in_its_code() {
    // The JSON of a diagnostic: the same code and parameters in every language.
    let d = refused(load_json(r#"{"people": [{"id": "a", "stance": "中力"}]}"#));
    let bad = d.iter().find(|d| d.code == "bad-value").unwrap();
    let (en, zh) = (bad.to_json(Lang::En), bad.to_json(Lang::Zh));
    assert_eq!(en["message_code"], zh["message_code"]);
    assert_eq!(en["params"], zh["params"]);
    assert_eq!(
        zh["params"],
        serde_json::json!({"what": "stance", "value": "中力", "suggestion": "中立", "meant": "neutral"})
    );
    assert_ne!(en["message"], zh["message"]);
}

#[test]
fn every_diagnostic_message_and_code_is_documented() {
    let root = crate::common::root();
    let codes = std::fs::read_to_string(root.join("docs/codes.md")).unwrap();
    let en = std::fs::read_to_string(root.join("locales/en.ftl")).unwrap();
    let keys: Vec<&str> = en
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
        .filter(|k| ["diag-", "value-", "check-"].iter().any(|p| k.starts_with(p)))
        .collect();
    assert!(keys.len() > 80, "{}", keys.len());
    for k in keys {
        assert!(codes.contains(&format!("`{k}`")), "docs/codes.md does not document the message {k}");
    }
    // Every diagnostic code the loaders give.
    let mut src = String::new();
    for dir in ["src/load", "src/load/validate"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "rs") {
                src.push_str(&std::fs::read_to_string(p).unwrap());
            }
        }
    }
    for code in [
        "json-syntax",
        "bad-encoding",
        "no-map",
        "unknown-format",
        "empty-file",
        "csv-syntax",
        "missing-column",
        "ragged-row",
        "bad-version",
        "not-an-object",
        "not-a-list",
        "bad-value",
        "missing-id",
        "missing-field",
        "duplicate-id",
        "unknown-id",
        "self-parent",
        "unit-cycle",
        "self-tie",
        "reporting-cycle",
        "duplicate-weight",
        "unknown-field",
        "unknown-column",
        "duplicate-field",
        "duplicate-column",
        "two-managers",
        "no-approver",
        "no-tie",
        "duplicate-tie",
        "created-unit",
        "unknown-competitor",
        "dotted-not-reporting",
    ] {
        assert!(src.contains(&format!("\"{code}\"")), "{code} is no longer given: update the list");
        assert!(codes.contains(&format!("`{code}`")), "docs/codes.md does not document the code {code}");
    }
}

/// A user reads a line's problems left to right: within one line the errors come in
/// column order, whichever check found them (a tie's unknown end is found after its
/// kind and strength are read), then the warnings.
#[test]
fn problems_of_one_line_come_in_column_order() {
    // The manager's column comes before the stance's: the manager is resolved after
    // every stance has been read.
    let people = "id,name,reports_to,stance\nhuang,Huang,,\nliu,Liu,hunag,neutrl\nli,Li,,\n";
    let ties = "from,to,kind,strength\nnobody,huang,influencess,9\nhuang,liu,influences,2\n";
    let d = diagnostics(load_csv(people, None, Some(ties), None));
    let shown: Vec<String> = d.iter().map(|x| x.to_string()).collect();
    let at = |file: &str, line: u64| -> Vec<(bool, Option<u64>)> {
        d.iter()
            .filter(|x| x.location.file == file && x.location.line == Some(line))
            .map(|x| (!x.is_error(), x.location.column))
            .collect()
    };
    let ties_line = at("ties.csv", 2);
    assert_eq!(ties_line, [(false, Some(1)), (false, Some(3)), (false, Some(4))], "{shown:#?}");
    let liu = at("people.csv", 3);
    assert_eq!(liu.iter().filter(|(warn, _)| !warn).count(), 2, "{shown:#?}");
    let mut sorted = liu.clone();
    sorted.sort();
    assert_eq!(liu, sorted, "{shown:#?}");
}
