//! Spreadsheets: workbooks in (located as Excel shows cells), out (template, export,
//! analysis), lossless round trips, redaction, CSV line ends, Excel habits, files that
//! are not maps, and the one map of a directory.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use powermap::diag::Diagnostic;
use powermap::i18n::Lang;
use powermap::load::csv::CsvText;
use powermap::load::workbook::load_workbook_bytes;
use powermap::load::{CsvFiles, LoadError, Loaded, load_csv, load_json_str, load_path};
use powermap::model::Map;
use powermap::sheets::{self, Layout, Part};
use proptest::prelude::*;
use rust_xlsxwriter::{Formula, Workbook};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn ok(r: Result<Loaded, LoadError>) -> Loaded {
    match r {
        Ok(l) => l,
        Err(LoadError::Invalid { diagnostics, .. }) => {
            panic!("refused:\n{}", diagnostics.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))
        }
        Err(e) => panic!("{e}"),
    }
}

fn refused(r: Result<Loaded, LoadError>) -> Vec<Diagnostic> {
    match r {
        Err(LoadError::Invalid { diagnostics, .. }) => diagnostics,
        Ok(_) => panic!("the map was accepted"),
        Err(e) => panic!("{e}"),
    }
}

fn json(map: &Map) -> serde_json::Value {
    serde_json::to_value(map).unwrap()
}

/// The map as the JSON loader makes it (names trimmed …): what a round trip starts from.
fn canonical(map: &Map) -> Map {
    ok(load_json_str(&serde_json::to_string(map).unwrap(), "m.json")).map
}

fn via_xlsx(map: &Map, lang: Lang) -> Map {
    let bytes = sheets::workbook(&sheets::tables(map, lang, Layout::Export), lang, true).unwrap();
    ok(load_workbook_bytes(bytes, "m.xlsx")).map
}

fn via_csv(map: &Map, lang: Lang) -> Map {
    let tables = sheets::tables(map, lang, Layout::Export);
    let text = |p: Part| {
        let t = tables.iter().find(|t| t.part == p).unwrap();
        CsvText {
            name: p.file_name().into(),
            text: sheets::to_csv(t, lang).trim_start_matches('\u{FEFF}').into(),
        }
    };
    let (p, t, u, a) = (text(Part::People), text(Part::Ties), text(Part::Units), text(Part::Account));
    ok(load_csv(&CsvFiles { people: &p, units: Some(&u), ties: Some(&t), account: Some(&a) })).map
}

/// Every bundled map, without what spreadsheets do not keep (explanations, weights).
fn bundled() -> Vec<(String, Map)> {
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = vec![root().join("data/north-china-grid")];
    for dir in [root().join("data"), root().join("data/exercises")] {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                paths.extend(
                    std::fs::read_dir(&p)
                        .unwrap()
                        .map(|e| e.unwrap().path())
                        .filter(|p| p.extension().is_some_and(|x| x == "json")),
                );
            } else if p.extension().is_some_and(|x| x == "json") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    for p in paths {
        let Ok(l) = load_path(&p) else { continue };
        let mut map = l.map;
        map.grading.weights.clear();
        for n in map.grading.people.values_mut().chain(map.grading.ties.values_mut()) {
            n.explain = None;
        }
        map.grading.people.retain(|_, n| n.optional);
        map.grading.ties.retain(|_, n| n.optional);
        out.push((p.display().to_string(), map));
    }
    assert!(out.len() >= 4, "{}", out.len());
    out
}

#[test]
fn every_bundled_map_survives_xlsx_and_csv_in_every_language() {
    for (name, map) in bundled() {
        let start = canonical(&map);
        for lang in [Lang::En, Lang::Zh, Lang::ZhHant] {
            assert_eq!(json(&via_xlsx(&start, lang)), json(&start), "{name} via xlsx, {lang:?}");
            assert_eq!(json(&via_csv(&start, lang)), json(&start), "{name} via csv, {lang:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn generated_maps_survive_xlsx_and_csv(
        people in 1usize..60,
        seed in 0u64..10_000,
        notes in proptest::collection::vec("[a-z0-9 ,;\"'=+/、，张总\n\t-]{0,16}", 0..8),
    ) {
        let mut map = powermap::generate::generate(people, seed);
        for (p, n) in map.people.iter_mut().zip(&notes) {
            p.notes = Some(n.clone());
        }
        for (t, n) in map.ties.iter_mut().zip(notes.iter().rev()) {
            t.note = Some(n.clone().into());
        }
        let start = canonical(&map);
        for lang in [Lang::En, Lang::Zh] {
            prop_assert_eq!(json(&via_xlsx(&start, lang)), json(&start));
            prop_assert_eq!(json(&via_csv(&start, lang)), json(&start));
        }
    }
}

/// A workbook of a people sheet (`人员`) and a ties sheet, as a user would type it.
fn user_book(edit: impl FnOnce(&mut Workbook)) -> Vec<u8> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("人员").unwrap();
    for (c, h) in ["编号", "姓名", "立场", "关系", "角色", "上级", "备注"].iter().enumerate() {
        ws.write_string(0, c as u16, *h).unwrap();
    }
    ws.write_string(1, 0, "zhang").unwrap();
    ws.write_string(1, 1, "张总").unwrap();
    ws.write_number(1, 3, 2.0).unwrap(); // a relationship typed 2
    ws.write_string(1, 4, "※+").unwrap();
    ws.write_string(2, 0, "li").unwrap();
    ws.write_string(2, 1, "李工").unwrap();
    ws.write_formula(2, 3, Formula::new("=1+2").set_result("3")).unwrap(); // cached value 3
    ws.write_string(2, 4, "决策者/评估者").unwrap();
    ws.write_string(2, 5, "张总").unwrap(); // a manager by name
    ws.write_string(2, 6, "第一行\n第二行").unwrap();
    edit(&mut wb);
    wb.save_to_buffer().unwrap()
}

#[test]
fn a_workbook_reads_numbers_formulas_names_and_combined_roles() {
    let l = ok(load_workbook_bytes(user_book(|_| {}), "江南钢铁.xlsx"));
    let m = &l.map;
    assert_eq!(m.people[0].relationship, powermap::vocab::Relationship::Engaged);
    assert_eq!(m.people[1].relationship, powermap::vocab::Relationship::Trusted);
    use powermap::vocab::Role::*;
    assert_eq!(m.people[0].roles, vec![Approver, DecisionMaker]);
    assert_eq!(m.people[1].roles, vec![DecisionMaker, Evaluator]);
    assert_eq!(m.people[1].notes.as_deref(), Some("第一行\n第二行"));
    assert_eq!((m.ties[0].from, m.ties[0].to), (1, 0), "li reports to zhang");
    let w: Vec<String> = l.warnings.iter().map(|d| d.render(Lang::En)).collect();
    assert!(
        w.iter().any(|s| s.starts_with("江南钢铁.xlsx [人员] F3: warning: \"张总\" is a name, not an id")),
        "{w:?}"
    );
}

#[test]
fn workbook_problems_are_located_as_excel_shows_them_all_at_once() {
    let bytes = user_book(|wb| {
        let ws = wb.worksheet_from_name("人员").unwrap();
        ws.write_string(6, 0, "wang").unwrap();
        ws.write_string(6, 2, "maybe").unwrap(); // C7
        ws.write_string(6, 8, "stray").unwrap(); // I7: no header above
        wb.add_worksheet().set_name("备忘").unwrap().write_string(0, 0, "x").unwrap();
        let hidden = wb.add_worksheet().set_name("关系").unwrap();
        hidden.write_string(0, 0, "起点").unwrap();
        hidden.set_hidden(true);
    });
    let d = refused(load_workbook_bytes(bytes, "江南钢铁.xlsx"));
    let all: Vec<String> = d.iter().map(|d| d.render(Lang::En)).collect();
    let has = |prefix: &str| all.iter().any(|s| s.starts_with(prefix));
    assert!(has("江南钢铁.xlsx [人员] C7: error: "), "{all:?}");
    assert!(has("江南钢铁.xlsx [人员] I7: warning: this cell has no header"), "{all:?}");
    assert!(has("江南钢铁.xlsx [备忘]: warning: the sheet \"备忘\" is not part of a map"), "{all:?}");
    assert!(has("江南钢铁.xlsx [关系]: warning: the sheet \"关系\" is hidden"), "{all:?}");
    let c7 = d.iter().find(|d| d.location.cell.as_deref() == Some("C7")).unwrap();
    let v = c7.to_json(Lang::Zh);
    assert_eq!(v["location"]["sheet"], "人员");
    assert_eq!(v["location"]["cell"], "C7");
    let zh = c7.render(Lang::Zh);
    assert!(zh.starts_with("江南钢铁.xlsx [人员] C7: 错误"), "{zh}");
}

#[test]
fn encrypted_corrupt_and_non_map_files_are_named_for_what_they_are() {
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend("EncryptedPackage".bytes().flat_map(|b| [b, 0]));
    ole.resize(4096, 0);
    let d = refused(load_workbook_bytes(ole, "locked.xlsx"));
    assert_eq!(d[0].code, "workbook-encrypted");
    assert!(d[0].render(Lang::En).contains("encrypted"), "{}", d[0]);
    let mut broken = b"PK\x03\x04".to_vec();
    broken.extend([0u8; 26]);
    broken.extend(b"xl/workbook.xml garbage");
    let d = refused(load_workbook_bytes(broken, "broken.xlsx"));
    assert_eq!(d[0].code, "workbook-corrupt");
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, Vec<u8>, &str); 3] = [
        ("plan.docx", [b"PK\x03\x04".as_slice(), &[0; 26], b"word/document.xml"].concat(), "a Word document"),
        ("scan.pdf", b"%PDF-1.7\n".to_vec(), "a PDF"),
        ("chart.png", b"\x89PNG\r\n\x1a\n0000".to_vec(), "a picture"),
    ];
    for (name, bytes, what) in cases {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        let d = refused(load_path(&p));
        assert_eq!(d[0].code, "not-a-map");
        assert!(d[0].render(Lang::En).contains(&format!("this is {what}, not a map")), "{}", d[0]);
    }
}

#[test]
fn a_workbook_saved_by_libreoffice_loads_as_its_csv_twin() {
    let dir = root().join("tests/fixtures/sheets");
    let book = ok(load_path(&dir.join("人员.xlsx")));
    let twin = ok(load_path(&dir.join("人员.csv")));
    assert_eq!(json(&book.map), json(&twin.map));
    assert_eq!(book.map.people.len(), 4);
    // The template, saved again by LibreOffice as OpenDocument: the template's map.
    let ods = ok(load_path(&dir.join("模板.ods")));
    let xlsx = ok(load_workbook_bytes(sheets::template(Lang::Zh), "map.xlsx"));
    assert_eq!(json(&ods.map), json(&xlsx.map));
}

#[test]
fn the_template_loads_cleanly_and_finds_routes_in_every_language() {
    for lang in [Lang::En, Lang::Zh, Lang::ZhHant] {
        let l = ok(load_workbook_bytes(sheets::template(lang), "map.xlsx"));
        assert!(l.warnings.is_empty(), "{lang:?}: {:?}", l.warnings);
        assert!(l.map.people.iter().any(|p| p.side == powermap::vocab::Side::Ours));
        let g = powermap::graph::OrgGraph::new(&l.map);
        let rep = powermap::analysis::analyze(&g, &powermap::analysis::AnalyzeOptions::default());
        assert!(!rep.paths.is_empty(), "{lang:?}");
    }
}

fn csv_text(name: &str, text: &str) -> CsvText {
    CsvText { name: name.into(), text: text.into() }
}

fn lines_of(d: &[Diagnostic]) -> Vec<(String, Option<u64>)> {
    d.iter().map(|d| (d.code.to_string(), d.location.line)).collect()
}

#[test]
fn csv_locations_are_right_on_crlf_cr_and_gbk_files() {
    let lf = "id,name,stance\nzhang,张总,\nli,李工,\nwang,王工,maybe\n";
    for text in [lf.to_string(), lf.replace('\n', "\r\n"), lf.replace('\n', "\r")] {
        let p = csv_text("人员.csv", &text);
        let d = refused(load_csv(&CsvFiles { people: &p, units: None, ties: None, account: None }));
        let bad = d.iter().find(|d| d.code == "bad-value").unwrap();
        assert_eq!(bad.location.line, Some(4), "{text:?}: {:?}", lines_of(&d));
    }
    let dir = tempfile::tempdir().unwrap();
    let crlf = lf.replace('\n', "\r\n");
    let (gbk, _, _) = encoding_rs::GBK.encode(&crlf);
    let p = dir.path().join("人员.csv");
    std::fs::write(&p, &gbk).unwrap();
    let d = refused(load_path(&p));
    assert_eq!(d.iter().find(|d| d.code == "bad-value").unwrap().location.line, Some(4));
}

#[test]
fn an_unclosed_quote_is_an_error_where_it_opens() {
    let p = csv_text("人员.csv", "id,name,notes\r\nzhang,张总,\"开了没关\r\nli,李工,\r\nwang,王工,\r\n");
    let d = refused(load_csv(&CsvFiles { people: &p, units: None, ties: None, account: None }));
    let q = d.iter().find(|d| d.code == "unclosed-quote").unwrap();
    assert_eq!(q.location.line, Some(2));
}

#[test]
fn excel_habits_are_understood() {
    let people = "编号,姓名,角色,立场,关系,上级\n\
                  １,张总,※+,内线,很好,\n\
                  2,李工,决策者/评估者,一般,熟悉,张总\n\
                  3,王工,+=,冷淡,一般,１\n\
                  4,王工,使用者|影响者,,,\n\
                  5,赵总,,,,\n";
    let ties = "起点,终点,类型\n赵总,李工,认识\n王工,李工,影响\n";
    let p = csv_text("人员.csv", people);
    let t = csv_text("关系.csv", ties);
    let r = load_csv(&CsvFiles { people: &p, units: None, ties: Some(&t), account: None });
    let d = refused(r);
    // 王工 names two people: not resolved, and the tie is refused.
    let unknown: Vec<&Diagnostic> = d.iter().filter(|d| d.code == "unknown-id").collect();
    assert_eq!(unknown.len(), 1, "{:?}", lines_of(&d));
    assert_eq!((unknown[0].location.file.as_str(), unknown[0].location.line), ("关系.csv", Some(3)));
    let t = csv_text("关系.csv", "起点,终点,类型\n赵总,李工,认识\n");
    let l = ok(load_csv(&CsvFiles { people: &p, units: None, ties: Some(&t), account: None }));
    let m = &l.map;
    use powermap::vocab::{Relationship as R, Role::*, Stance as S};
    assert_eq!(m.people[0].id, "1", "full-width digits in ids");
    assert_eq!(m.people[0].roles, vec![Approver, DecisionMaker]);
    assert_eq!(m.people[1].roles, vec![DecisionMaker, Evaluator]);
    assert_eq!(m.people[2].roles, vec![DecisionMaker, Evaluator]);
    assert_eq!(m.people[3].roles, vec![User, Influencer]);
    assert_eq!((m.people[0].stance, m.people[0].relationship), (S::Supporter, R::Trusted));
    assert_eq!((m.people[1].stance, m.people[1].relationship), (S::Neutral, R::Engaged));
    assert_eq!((m.people[2].stance, m.people[2].relationship), (S::Skeptic, R::Acquainted));
    let named: Vec<(&str, Option<u64>)> = l
        .warnings
        .iter()
        .filter(|d| d.code == "name-as-id")
        .map(|d| (d.location.file.as_str(), d.location.line))
        .collect();
    // 张总 as 李工's manager; 赵总 and 李工 as the ends of a tie.
    assert_eq!(named, [("人员.csv", Some(3)), ("关系.csv", Some(2)), ("关系.csv", Some(2))]);
    // 王工 reports to "１" (full-width), which is 张总's id.
    assert!(m.ties.iter().any(|t| (t.from, t.to) == (2, 0)));
}

#[test]
fn redaction_keeps_the_analysis_up_to_names() {
    let map = ok(load_path(&root().join("data/north-china-grid.json"))).map;
    let red = sheets::redact::redact(&map, Lang::Zh);
    let text = serde_json::to_string(&red).unwrap();
    for p in &map.people {
        for secret in [p.name.as_deref(), p.title.as_deref(), p.notes.as_deref()].into_iter().flatten() {
            assert!(!text.contains(secret), "{secret} is still in the redacted map");
        }
    }
    assert!(red.people.iter().any(|p| p.name.as_deref() == Some("客户A")));
    let ids: std::collections::HashMap<String, String> =
        sheets::redact::renamed_ids(&map).into_iter().collect();
    let analysis = |m: &Map| {
        let g = powermap::graph::OrgGraph::new(m);
        let rep = powermap::analysis::analyze(&g, &powermap::analysis::AnalyzeOptions::default());
        powermap::report::to_json(&rep, &powermap::report::Section::ALL, powermap::i18n::Lang::En)
    };
    // Words that quote names are left out; ids, scores, order and structure compared.
    fn strip(v: &mut serde_json::Value, ids: &std::collections::HashMap<String, String>) {
        match v {
            serde_json::Value::Object(o) => {
                for k in [
                    "message",
                    "action",
                    "why",
                    "reasons",
                    "reason",
                    "name",
                    "title",
                    "account",
                    "opportunity",
                    "text",
                    // Message parameters quote names too; the codes beside them stay.
                    "params",
                    "reason_params",
                    "action_params",
                    "why_params",
                    // The health rule and the robustness lines, as words and their
                    // parameters (names); their codes stay.
                    "rule",
                    "rule_params",
                    "fact",
                    "fact_params",
                    "line",
                ] {
                    o.remove(k);
                }
                o.values_mut().for_each(|x| strip(x, ids));
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(|x| strip(x, ids)),
            serde_json::Value::String(s) => {
                if let Some(n) = ids.get(s.as_str()) {
                    *s = n.clone();
                }
            }
            _ => {}
        }
    }
    let mut before = analysis(&map);
    strip(&mut before, &ids);
    let mut after = analysis(&red);
    strip(&mut after, &std::collections::HashMap::new());
    assert_eq!(before, after);
}

fn powermap() -> Command {
    Command::cargo_bin("powermap").unwrap()
}

#[test]
fn with_no_map_the_one_map_of_the_directory_is_used_and_named() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("客户.xlsx"), sheets::template(Lang::Zh)).unwrap();
    let out =
        powermap().current_dir(dir.path()).args(["check", "--lang", "en"]).env("LANG", "C").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("using 客户.xlsx, the one map in this directory"), "{err}");
    std::fs::write(dir.path().join("map.json"), "{}").unwrap();
    let out = powermap().current_dir(dir.path()).arg("check").env("LANG", "C").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("built-in North China"), "two maps: the built-in one: {err}");
}

#[test]
fn init_export_and_analyze_write_workbooks_that_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    powermap().current_dir(d).args(["init", "t", "--format", "xlsx", "--lang", "zh-hant"]).assert().success();
    powermap().current_dir(d).args(["check", "t"]).assert().success();
    powermap().current_dir(d).args(["init", "t", "--format", "xlsx"]).assert().code(1);
    let ncg = root().join("data/north-china-grid.json");
    let ncg = ncg.to_str().unwrap();
    powermap().current_dir(d).args(["export", ncg, "--format", "xlsx", "-o", "m.xlsx"]).assert().success();
    powermap()
        .current_dir(d)
        .args(["export", "m.xlsx", "--format", "json", "-o", "m.json"])
        .assert()
        .success();
    powermap().current_dir(d).args(["export", "m.json", "--format", "csv", "-o", "csv"]).assert().success();
    let a = ok(load_path(&root().join("data/north-china-grid.json"))).map;
    for p in ["m.json", "csv", "m.xlsx"] {
        assert_eq!(json(&ok(load_path(&d.join(p))).map), json(&canonical(&a)), "{p}");
    }
    powermap().current_dir(d).args(["export", ncg, "--format", "json", "-o", "m.json"]).assert().code(1);
    powermap()
        .current_dir(d)
        .args(["export", ncg, "--redact", "--format", "xlsx", "-o", "r.xlsx"])
        .assert()
        .success();
    powermap().current_dir(d).args(["analyze", "r.xlsx"]).assert().success();
    powermap().current_dir(d).args(["analyze", ncg, "--format", "xlsx"]).assert().code(2);
    powermap()
        .current_dir(d)
        .args(["analyze", ncg, "--format", "xlsx", "-o", "plan.xlsx"])
        .assert()
        .success();
    check_plan(&d.join("plan.xlsx"), &a);
}

/// The analysis workbook: a sheet per section, names not ids, an owner column.
fn check_plan(path: &Path, map: &Map) {
    use calamine::{Reader, open_workbook_auto};
    let mut wb = open_workbook_auto(path).unwrap();
    let names = wb.sheet_names();
    assert_eq!(names, ["关键决策人", "未覆盖", "引荐路径", "风险", "下一步", "健康度", "稳健性"]);
    let steps = wb.worksheet_range("下一步").unwrap();
    let heads: Vec<String> = steps.rows().nth(1).unwrap().iter().map(|c| c.to_string()).collect();
    assert!(heads.contains(&"负责人".to_string()) && heads.contains(&"截止日期".to_string()), "{heads:?}");
    let routes = wb.worksheet_range("引荐路径").unwrap();
    let route = routes.rows().nth(2).unwrap()[1].to_string();
    assert!(route.contains(" → "), "{route}");
    for p in &map.people {
        assert!(!route.split(" → ").any(|part| part == p.id), "an id in {route}");
    }
}
