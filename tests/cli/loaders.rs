//! The loaders on every form a map comes in: JSON (file, BOM), CSV with English or
//! Chinese headers and file names, the `acme-people.csv` naming, a directory, GBK,
//! UTF-8 with BOM, tab-separated UTF-16, and `account.csv`. One small map is written in
//! each form and every form must give the same map.

use crate::common::{load_json, ok, tempdir, write};
use encoding_rs::GB18030;
use powermap::load::{Loaded, load_path};
use powermap::model::Map;
use powermap::vocab::{
    Adaptability, Expertise, Governance, Interest, PurchaseShare, Relationship, Role, Side, Stance, Strength,
    Style, TieKind, UnitKind,
};

pub const JSON: &str = r#"{
  "version": 1,
  "account": "Acme Corp",
  "opportunity": "Data centre 2027",
  "competitors": ["Rival", "Other"],
  "context": {"governance": "balanced", "purchase_share": "major"},
  "units": [
    {"id": "board", "name": "Board", "kind": "committee"},
    {"id": "it", "name": "IT department", "parent": "board", "kind": "department"}
  ],
  "people": [
    {"id": "ceo", "name": "Ann Lee", "title": "Chief Executive", "unit": "board", "level": 1,
     "roles": ["approver"], "stance": "supporter", "relationship": 3, "expertise": "business",
     "style": "directive", "adaptability": "visionary", "interests": ["recognition", "power"],
     "notes": "Signs in the end"},
    {"id": "cto", "name": "Bo Chen", "title": "CTO", "unit": "it",
     "roles": ["decision_maker", "evaluator"], "stance": "neutral", "favors": "Rival",
     "relationship": 1, "expertise": "technical", "style": "consultative",
     "adaptability": "pragmatist", "interests": ["quality", "security"], "reports_to": "ceo"},
    {"id": "eng", "name": "Cy Wu", "title": "Engineer", "unit": "it", "roles": ["user"],
     "stance": "skeptic", "favors": "Rival", "adaptability": "conservative",
     "interests": ["delivery"], "reports_to": ["cto"]},
    {"id": "rep", "name": "Dee Fox", "title": "Account manager", "side": "ours"}
  ],
  "ties": [
    {"from": "rep", "to": "cto", "kind": "knows", "strength": 3, "note": "old classmates"},
    {"from": "cto", "to": "ceo", "kind": "influences", "strength": 1},
    {"from": "eng", "to": "ceo", "kind": "reports_to", "dotted": true, "note": "project line"}
  ]
}"#;

pub const PEOPLE_EN: &str = "\
id,name,title,unit,side,level,roles,stance,favors,relationship,expertise,style,adaptability,interests,notes,reports_to
ceo,Ann Lee,Chief Executive,board,,1,approver,supporter,,trusted,business,directive,visionary,recognition;power,Signs in the end,
cto,Bo Chen,CTO,it,,,decision_maker;evaluator,neutral,Rival,acquainted,technical,consultative,pragmatist,quality;security,,ceo
eng,Cy Wu,Engineer,it,,,user,skeptic,Rival,0,,,conservative,delivery,,cto
rep,Dee Fox,Account manager,,ours,,,,,,,,,,,
";
pub const UNITS_EN: &str = "id,name,parent,kind\nboard,Board,,committee\nit,IT department,board,department\n";
pub const TIES_EN: &str = "\
from,to,kind,strength,dotted,note
rep,cto,knows,3,,old classmates
cto,ceo,influences,weak,,
eng,ceo,reports_to,,true,project line
";
pub const ACCOUNT_EN: &str = "\
field,value
account,Acme Corp
opportunity,Data centre 2027
competitors,Rival;Other
governance,balanced
purchase_share,major
version,1
";

// The same map with Chinese headers, values and list separators (no commas in cells,
// so that the tab-separated form can be made by replacing them).
pub const PEOPLE_ZH: &str = "\
编号,姓名,职务,部门,阵营,级别,角色,立场,倾向,关系,专长,风格,创新态度,利益,备注,上级
ceo,Ann Lee,Chief Executive,board,客户,1,※,支持,,信任,业务型,独断,远见者,上级肯定、权利,Signs in the end,
cto,Bo Chen,CTO,it,,,决策者；评估者,中立,Rival,认识,技术型,民主,务实者,产品质量、感到安全,,ceo
eng,Cy Wu,Engineer,it,,,-,不支持,Rival,无,,,保守者,供货速度,,cto
rep,Dee Fox,Account manager,,我方,,,,,,,,,,,
";
pub const UNITS_ZH: &str = "编号,名称,上级,类型\nboard,Board,,委员会\nit,IT department,board,部门\n";
pub const TIES_ZH: &str = "\
起点,终点,类型,强度,虚线,备注
rep,cto,认识,强,,old classmates
cto,ceo,影响,弱,,
eng,ceo,汇报,,是,project line
";
pub const ACCOUNT_ZH: &str = "\
字段,值
客户,Acme Corp
项目,Data centre 2027
竞争对手,Rival、Other
治理结构,均衡
采购占比,大
";

/// The map every form must give, checked field by field once so that equal maps
/// cannot be equally empty.
fn expected() -> Map {
    let l = ok(load_json(JSON));
    let m = &l.map;
    assert_eq!(m.account.as_deref(), Some("Acme Corp"));
    assert_eq!(m.opportunity.as_deref(), Some("Data centre 2027"));
    assert_eq!(m.competitors, ["Rival", "Other"]);
    assert_eq!(m.context.governance, Some(Governance::Balanced));
    assert_eq!(m.context.purchase_share, Some(PurchaseShare::Major));
    assert_eq!(m.units.len(), 2);
    assert_eq!(m.units[1].parent, Some(0));
    assert_eq!(m.units[0].kind, Some(UnitKind::Committee));
    let [ceo, cto, eng, rep] = &m.people[..] else { panic!("4 people expected: {:?}", m.people) };
    assert_eq!(
        (ceo.level, ceo.stance, ceo.relationship),
        (Some(1), Stance::Supporter, Relationship::Trusted)
    );
    assert_eq!(ceo.roles, [Role::Approver]);
    assert_eq!(ceo.interests, [Interest::Recognition, Interest::Power]);
    assert_eq!(
        (ceo.expertise, ceo.style, ceo.adaptability),
        (Some(Expertise::Business), Some(Style::Directive), Some(Adaptability::Visionary))
    );
    assert_eq!(cto.roles, [Role::DecisionMaker, Role::Evaluator]);
    assert_eq!(cto.favors.as_deref(), Some("Rival"));
    assert_eq!(cto.unit, Some(1));
    assert_eq!(eng.stance, Stance::Skeptic);
    assert_eq!(rep.side, Side::Ours);
    assert_eq!(rep.name.as_deref(), Some("Dee Fox"));
    // The reports_to shorthand comes first, in people order, then the ties as written.
    let ties: Vec<(usize, usize, TieKind, Strength, bool)> =
        m.ties.iter().map(|t| (t.from, t.to, t.kind, t.strength, t.dotted)).collect();
    assert_eq!(
        ties,
        [
            (1, 0, TieKind::ReportsTo, Strength::Medium, false),
            (2, 1, TieKind::ReportsTo, Strength::Medium, false),
            (3, 1, TieKind::Knows, Strength::Strong, false),
            (1, 0, TieKind::Influences, Strength::Weak, false),
            (2, 0, TieKind::ReportsTo, Strength::Medium, true),
        ]
    );
    assert!(l.warnings.is_empty(), "{:?}", l.warnings);
    l.map
}

fn assert_same(got: Loaded, want: &Map) {
    assert!(got.warnings.is_empty(), "{}: {:?}", got.name, got.warnings);
    assert_eq!(&got.map, want, "{}", got.name);
}

fn write_set(dir: &std::path::Path, names: [&str; 4], texts: [&str; 4]) {
    for (n, t) in names.iter().zip(texts) {
        write(dir, n, t);
    }
}

#[test]
fn json_file_gives_the_map() {
    let want = expected();
    let d = tempdir();
    let p = write(d.path(), "acme.json", JSON);
    let got = ok(load_path(&p));
    assert_eq!(got.name, p.display().to_string());
    assert_same(got, &want);
}

#[test]
fn json_with_bom_and_without_json_extension() {
    let want = expected();
    let d = tempdir();
    let p = write(d.path(), "acme.map", [b"\xEF\xBB\xBF".as_slice(), JSON.as_bytes()].concat());
    assert_same(ok(load_path(&p)), &want);
}

#[test]
fn json_in_gbk_is_read() {
    let d = tempdir();
    let text = r#"{"people": [{"id": "huang", "name": "黄主任", "roles": ["批准者"]}]}"#;
    let (gbk, _, _) = GB18030.encode(text);
    assert!(std::str::from_utf8(&gbk).is_err());
    let p = write(d.path(), "gbk.json", &gbk);
    let l = ok(load_path(&p));
    assert_eq!(l.map.people[0].name.as_deref(), Some("黄主任"));
}

#[test]
fn english_csv_files_beside_people_csv() {
    let want = expected();
    let d = tempdir();
    write_set(
        d.path(),
        ["people.csv", "units.csv", "ties.csv", "account.csv"],
        [PEOPLE_EN, UNITS_EN, TIES_EN, ACCOUNT_EN],
    );
    assert_same(ok(load_path(&d.path().join("people.csv"))), &want);
}

#[test]
fn a_directory_is_read_as_its_csv_files() {
    let want = expected();
    let d = tempdir();
    write_set(
        d.path(),
        ["people.csv", "units.csv", "ties.csv", "account.csv"],
        [PEOPLE_EN, UNITS_EN, TIES_EN, ACCOUNT_EN],
    );
    let got = ok(load_path(d.path()));
    assert_same(got, &want);
}

#[test]
fn chinese_headers_values_and_file_names() {
    let want = expected();
    let d = tempdir();
    write_set(
        d.path(),
        ["人员.csv", "部门.csv", "关系.csv", "客户.csv"],
        [PEOPLE_ZH, UNITS_ZH, TIES_ZH, ACCOUNT_ZH],
    );
    assert_same(ok(load_path(d.path())), &want);
    assert_same(ok(load_path(&d.path().join("人员.csv"))), &want);
}

#[test]
fn prefixed_siblings_win_over_plain_names() {
    let want = expected();
    let d = tempdir();
    write_set(
        d.path(),
        ["acme-people.csv", "acme-units.csv", "acme-ties.csv", "acme-account.csv"],
        [PEOPLE_EN, UNITS_EN, TIES_EN, ACCOUNT_EN],
    );
    // Files of another map in the same directory must not be picked up.
    write(d.path(), "ties.csv", "from,to,kind\nnobody,ceo,knows\n");
    write(d.path(), "account.csv", "field,value\naccount,Wrong Corp\n");
    assert_same(ok(load_path(&d.path().join("acme-people.csv"))), &want);
}

#[test]
fn account_csv_is_optional() {
    let d = tempdir();
    write_set(
        d.path(),
        ["people.csv", "units.csv", "ties.csv", "notes.txt"],
        [PEOPLE_EN, UNITS_EN, TIES_EN, "not a map file"],
    );
    let l = ok(load_path(d.path()));
    assert_eq!(l.map.account, None);
    assert!(l.map.competitors.is_empty());
    // Without the competitors, "favors" is not checked against them.
    assert_eq!(l.map.people[1].favors.as_deref(), Some("Rival"));
    assert_eq!(l.map.people.len(), 4);
}

#[test]
fn gbk_csv_as_saved_by_excel() {
    let want = expected();
    let d = tempdir();
    for (name, text) in
        [("人员.csv", PEOPLE_ZH), ("部门.csv", UNITS_ZH), ("关系.csv", TIES_ZH), ("客户.csv", ACCOUNT_ZH)]
    {
        let (bytes, _, unmappable) = GB18030.encode(text);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&bytes).is_err(), "the test file must not be UTF-8");
        write(d.path(), name, &bytes);
    }
    assert_same(ok(load_path(d.path())), &want);
}

#[test]
fn utf8_bom_csv() {
    let want = expected();
    let d = tempdir();
    let bom = |t: &str| [b"\xEF\xBB\xBF".as_slice(), t.as_bytes()].concat();
    write(d.path(), "people.csv", bom(PEOPLE_ZH));
    write(d.path(), "units.csv", bom(UNITS_ZH));
    write(d.path(), "ties.csv", bom(TIES_ZH));
    write(d.path(), "account.csv", bom(ACCOUNT_ZH));
    assert_same(ok(load_path(d.path())), &want);
}

/// Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated.
fn utf16(text: &str, little: bool) -> Vec<u8> {
    let mut out = if little { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
    for unit in text.replace(',', "\t").replace('\n', "\r\n").encode_utf16() {
        out.extend(if little { unit.to_le_bytes() } else { unit.to_be_bytes() });
    }
    out
}

#[test]
fn tab_separated_utf16_as_saved_by_excel() {
    let want = expected();
    for little in [true, false] {
        let d = tempdir();
        write(d.path(), "people.txt", utf16(PEOPLE_ZH, little));
        write(d.path(), "people.csv", utf16(PEOPLE_ZH, little));
        write(d.path(), "units.csv", utf16(UNITS_ZH, little));
        write(d.path(), "ties.csv", utf16(TIES_ZH, little));
        write(d.path(), "account.csv", utf16(ACCOUNT_ZH, little));
        assert_same(ok(load_path(&d.path().join("people.csv"))), &want);
    }
}

#[test]
fn tsv_extension_and_mixed_encodings_in_one_map() {
    let want = expected();
    let d = tempdir();
    let (gbk, _, _) = GB18030.encode(TIES_ZH);
    write(d.path(), "people.tsv", PEOPLE_EN.replace(',', "\t"));
    write(d.path(), "units.csv", UNITS_EN);
    write(d.path(), "ties.csv", &gbk);
    write(d.path(), "account.csv", utf16(ACCOUNT_ZH, true));
    assert_same(ok(load_path(&d.path().join("people.tsv"))), &want);
}

#[test]
fn every_bundled_map_loads() {
    let mut n = 0;
    for entry in walk(&crate::common::root().join("data")) {
        let is_json = entry.extension().is_some_and(|e| e == "json");
        let is_people = entry.file_name().and_then(|f| f.to_str()).is_some_and(|f| f.ends_with("people.csv"));
        if is_json || is_people {
            let l = ok(load_path(&entry));
            assert!(!l.map.people.is_empty(), "{}", entry.display());
            n += 1;
        }
    }
    assert!(n >= 4, "only {n} maps found under data/");
}

/// Every file under a directory, recursively, in sorted order.
pub fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() { stack.push(p) } else { out.push(p) }
        }
    }
    out.sort();
    out
}
