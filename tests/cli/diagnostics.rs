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
    assert_one(&d, "unknown-id", "people.csv:3:2: error: reports_to: \"zzzzzz\" is not a person id");
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
    // In CSV the header as the user wrote it names the field; Chinese values are suggested too.
    let d = refused(load_csv("编号,角色\na,决策\nb,批准着\n", None, None, None));
    assert_one(
        &d,
        "bad-value",
        "people.csv:3:2: error: 角色: unknown role \"批准着\": did you mean \"approver\"?",
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
    assert_one(&d, "self-tie", "people.csv:2:2: error: reports_to: \"a\" reports to themself");
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
        "map.json:6:16: error: people[1].roles: unknown role \"judge\" (expected one of: approver, decision_maker, evaluator, user, influencer, gatekeeper, spec_writer)"
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
        "account.csv:3:2: error: 采购占比: unknown purchase_share \"巨大\": did you mean \"major\"?",
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
        "people.csv:5:3: warning: \"eng\" has 2 solid-line managers (\"cto\", \"cfo\"); mark the secondary line dotted",
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
        "map.json:4:23: error: people[0].stance: unknown stance \"支持者们\": did you mean \"supporter\"?",
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
        "ties.csv:2: warning: duplicate reports_to tie between \"qian\" and \"boss\" (first at people.csv line 3); \
         this one is ignored",
    );
}
