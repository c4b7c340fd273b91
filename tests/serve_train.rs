//! Training mode of the workspace (`powermap serve --exercise NAME [--class DIR]`): the
//! case and an empty map; nothing the page gets before grading carries what only the
//! key knows; grading gives the score and feedback; a class keeps each trainee's own
//! drawing, saved under their checked name, gradable afterwards with `powermap grade`;
//! and random bodies to the training routes never break the server.

#[path = "support/http.rs"]
mod http;

use std::path::Path;

use proptest::prelude::*;
use serde_json::{Value, json};

use http::{Reply, Server, send};
use powermap::serve::{self, train};
use powermap::train::exercise::{self, HintLevel};
use powermap::vocab::Lang;

const EXERCISE: &str = "north-china-grid";

fn start_training(lang: Lang, class: Option<&Path>) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let ex = exercise::find(EXERCISE).unwrap();
    let t = train::Training { exercise: ex, hints: HintLevel::Some, class: class.map(Path::to_path_buf) };
    let bound = serve::bind_with(train::start(ex, lang), Some(t), "127.0.0.1".parse().unwrap(), 0).unwrap();
    let (addr, token) = (bound.addr, bound.token().to_string());
    serve::spawn(bound);
    Server { addr, token, file: dir.path().join("none.json"), _dir: dir }
}

/// A request carrying a trainee's cookie.
fn as_trainee(s: &Server, method: &str, path: &str, cookie: &str, body: &Value) -> Reply {
    let b = if method == "GET" { String::new() } else { body.to_string() };
    send(
        s.addr,
        &format!(
            "{method} {path} HTTP/1.1\nHost: {h}\nX-Powermap-Token: {t}\nContent-Type: application/json\nOrigin: http://{h}\nCookie: {cookie}",
            h = s.host(),
            t = s.token
        ),
        b.as_bytes(),
    )
}

fn cookie_of(r: &Reply) -> String {
    r.header("set-cookie").unwrap().split(';').next().unwrap().to_string()
}

/// What the key knows that the case does not say: the ids its author gave people and
/// units, and its grading annotations.
fn key_only_facts() -> Vec<String> {
    let ex = exercise::find(EXERCISE).unwrap();
    let key: Value = serde_json::from_str(ex.key).unwrap();
    let cases = [ex.case_en, ex.case_zh, ex.case_zh_hant].concat().to_lowercase();
    let mut facts: Vec<String> = ["people", "units"]
        .iter()
        .flat_map(|k| key[k].as_array().cloned().unwrap_or_default())
        .filter_map(|p| p["id"].as_str().map(str::to_string))
        .filter(|id| id.len() > 3 && !cases.contains(&id.to_lowercase()))
        .collect();
    assert!(facts.len() >= 3, "the key should have ids the case does not say: {facts:?}");
    facts.push("\"grading\"".into());
    facts
}

fn draw(s: &Server, cookie: &str) {
    let edits = json!({"edits": [
        {"type": "add_unit", "id": "bureau", "name": "华北局"},
        {"type": "add_person", "id": "boss", "name": "局长", "unit": "bureau"},
        {"type": "add_person", "id": "liu", "name": "刘工", "unit": "bureau"},
        {"type": "assume", "assumption": {"type": "add_tie", "from": "liu", "to": "boss", "kind": "reports_to"}},
    ]});
    let r = as_trainee(s, "POST", "/api/edit", cookie, &edits);
    assert_eq!(r.status, 200, "{}", r.body);
}

#[test]
fn the_page_gets_the_case_and_an_empty_map_and_never_the_key_before_grading() {
    let s = start_training(Lang::En, None);
    let ex = s.get("/api/exercise");
    assert_eq!(ex.status, 200);
    let e = ex.json();
    let want = exercise::find(EXERCISE).unwrap().case_with_hints(Lang::En, HintLevel::Some);
    assert_eq!(e["case"], want);
    assert_eq!(e["class"], false);
    let st = s.get("/api/state").json();
    assert_eq!(st["doc"]["people"].as_array().map_or(0, Vec::len), 0);
    draw(&s, "");
    let mut seen = String::new();
    for path in ["/", "/app.js", "/api/words", "/api/state", "/api/diagram", "/api/exercise"] {
        seen.push_str(&s.get(path).body);
    }
    for path in ["/api/undo", "/api/redo", "/api/save"] {
        seen.push_str(&s.post(path, &json!({})).body);
    }
    seen.push_str(&s.post("/api/whatif", &json!({"assumptions": []})).body);
    seen.push_str(&s.post("/api/trainee", &json!({"name": "x"})).body);
    for fact in key_only_facts() {
        assert!(!seen.contains(&fact), "{fact} reached the page before grading");
    }
    // Grading is where the key's facts arrive: score, sections, items.
    let g = s.post("/api/grade", &json!({}));
    assert_eq!(g.status, 200, "{}", g.body);
    let g = g.json();
    let total = g["total"].as_f64().unwrap();
    assert!((0.0..100.0).contains(&total), "{total}");
    assert!(g["text"].as_str().unwrap().contains(&format!("{total:.1}")) || g["grade"].is_object());
    assert!(key_only_facts().iter().any(|f| g.to_string().contains(f.as_str())), "{g}");
    assert_eq!(g["saved"], false);
}

#[test]
fn a_class_keeps_each_trainees_drawing_under_their_checked_name() {
    let class = tempfile::tempdir().unwrap();
    let s = start_training(Lang::Zh, Some(class.path()));
    assert_eq!(s.get("/api/exercise").json()["class"], true);
    // A name that is a path is refused, in the page's language, and writes nothing.
    for bad in ["../evil", "a/b", ".x", "", "con"] {
        let r = s.post("/api/trainee", &json!({"name": bad}));
        assert_eq!(r.status, 422, "{bad}: {}", r.body);
        assert_eq!(r.json()["error"]["code"], "serve-bad-trainee");
    }
    assert!(std::fs::read_dir(class.path()).unwrap().next().is_none());
    assert!(!class.path().parent().unwrap().join("evil.json").exists());
    let wang = cookie_of(&s.post("/api/trainee", &json!({"name": "王 小明"})));
    let li = cookie_of(&s.post("/api/trainee", &json!({"name": "li"})));
    draw(&s, &wang);
    // Li's drawing is their own: still empty.
    let st = as_trainee(&s, "GET", "/api/state", &li, &json!({})).json();
    assert_eq!(st["doc"]["people"].as_array().map_or(0, Vec::len), 0);
    assert_eq!(as_trainee(&s, "GET", "/api/exercise", &wang, &json!({})).json()["trainee"], "王_小明");
    let g = as_trainee(&s, "POST", "/api/grade", &wang, &json!({})).json();
    assert_eq!(g["saved"], true, "{g}");
    let file = class.path().join("王_小明.json");
    assert!(file.is_file());
    // The trainer grades the saved attempt with `powermap grade`, and gets the same score.
    let out = assert_cmd::Command::cargo_bin("powermap")
        .unwrap()
        .args(["grade", "--exercise", EXERCISE, "--format", "json", "--lang", "zh"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let cli: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(cli, g["grade"]);
    // Coming back with the same name picks up the saved drawing.
    let s2 = start_training(Lang::Zh, Some(class.path()));
    let again = s2.post("/api/trainee", &json!({"name": "王 小明"})).json();
    assert_eq!(again["doc"]["people"].as_array().map_or(0, Vec::len), 2);
}

#[test]
fn training_routes_are_not_there_outside_training_and_keep_the_security_rules() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("m.json");
    std::fs::write(&file, powermap::load::EMBEDDED_MAP).unwrap();
    let session = powermap::serve::session::Session::open(Some(&file), Some(Lang::En)).unwrap();
    let bound = serve::bind(session, "127.0.0.1".parse().unwrap(), 0).unwrap();
    let s = Server { addr: bound.addr, token: bound.token().to_string(), file, _dir: dir };
    serve::spawn(bound);
    assert_eq!(s.get("/api/exercise").json()["error"]["code"], "serve-not-training");
    assert_eq!(s.post("/api/grade", &json!({})).status, 404);
    let t = start_training(Lang::En, None);
    let no_token = send(t.addr, &format!("GET /api/exercise HTTP/1.1\nHost: {}", t.host()), b"");
    assert_eq!(no_token.status, 403);
    let cross = send(
        t.addr,
        &format!(
            "POST /api/grade HTTP/1.1\nHost: {h}\nX-Powermap-Token: {}\nContent-Type: application/json\nOrigin: http://evil.example",
            t.token,
            h = t.host()
        ),
        b"{}",
    );
    assert_eq!(cross.status, 403);
    assert_eq!(t.get("/api/grade").status, 405);
    assert_eq!(t.post("/api/trainee", &json!({"name": "x"})).json()["error"]["code"], "serve-no-class");
}

fn arb_body() -> impl Strategy<Value = Value> {
    let name = prop_oneof![
        Just("../x".to_string()),
        Just("王小明".to_string()),
        Just("a\u{0}b".to_string()),
        Just("CON".to_string()),
        "[a-zA-Z .\\-_/\\\\]{0,50}",
    ];
    prop_oneof![
        name.prop_map(|n| json!({"name": n})),
        Just(json!({})),
        Just(json!({"name": 3})),
        Just(json!({"name": "x", "extra": true})),
        Just(json!([1, 2])),
        Just(json!({"edits": [{"type": "add_person", "id": "p"}]})),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn random_bodies_to_the_training_routes_never_break_the_server(
        reqs in prop::collection::vec((0usize..4, arb_body()), 1..6)
    ) {
        let class = tempfile::tempdir().unwrap();
        let s = start_training(Lang::En, Some(class.path()));
        let mut cookie = String::new();
        for (which, body) in &reqs {
            let path = ["/api/trainee", "/api/grade", "/api/edit", "/api/save"][*which];
            let r = as_trainee(&s, "POST", path, &cookie, body);
            prop_assert!(r.status != 0 && r.status < 500, "{} {} -> {} {}", path, body, r.status, r.body);
            if path == "/api/trainee" && r.status == 200 {
                cookie = cookie_of(&r);
            }
        }
        // Only plain files straight inside the class folder were written (and its history).
        for e in std::fs::read_dir(class.path()).unwrap() {
            let e = e.unwrap();
            let n = e.file_name().to_string_lossy().into_owned();
            prop_assert!(n == ".powermap" || (n.ends_with(".json") && e.path().is_file()), "{}", n);
        }
        prop_assert_eq!(s.get("/api/exercise").status, 200);
    }
}
