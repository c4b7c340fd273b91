//! The workspace server (`powermap serve`) on loopback, driven by a tiny HTTP/1.1 client
//! over std's TcpStream: each security rule (token, Host, Origin, JSON only, body cap,
//! no path from a request), edits checked by the loader with messages in the user's
//! language, what-if, undo, save, and a property test that random bodies never make the
//! server fail (no 500, and it keeps answering).

#[path = "support/http.rs"]
mod http;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use http::{Server, send};

use proptest::prelude::*;
use serde_json::{Value, json};

use powermap::serve::{self, session::Session};
use powermap::vocab::Lang;

/// A server over a copy of the North China map in a fresh folder.
fn start(lang: Lang) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("north-china.json");
    std::fs::write(&file, powermap::load::EMBEDDED_MAP).unwrap();
    let session = Session::open(Some(&file), Some(lang)).unwrap();
    let bound = serve::bind(session, "127.0.0.1".parse().unwrap(), 0).unwrap();
    let (addr, token) = (bound.addr, bound.token().to_string());
    assert!(bound.url.contains(&token) && bound.url.starts_with("http://127.0.0.1:"), "{}", bound.url);
    serve::spawn(bound);
    Server { addr, token, file, _dir: dir }
}

impl Server {
    fn stance_of(&self, id: &str) -> Value {
        let st = self.get("/api/state").json();
        st["doc"]["people"].as_array().unwrap().iter().find(|p| p["id"] == id).unwrap()["stance"].clone()
    }
}

fn set_stance(id: &str, v: &str) -> Value {
    json!({"edits": [{"type": "assume", "assumption": {"type": "set", "person": id, "field": "stance", "value": v}}]})
}

#[test]
fn every_request_needs_the_token() {
    let s = start(Lang::En);
    let host = s.host();
    for path in ["/", "/app.js", "/app.css", "/api/state", "/api/words", "/nothing"] {
        let r = send(s.addr, &format!("GET {path} HTTP/1.1\nHost: {host}"), b"");
        assert_eq!(r.status, 403, "{path} without a token");
        assert!(r.body.contains("token"), "{}", r.body);
        let r = send(s.addr, &format!("GET {path}?token=wrong HTTP/1.1\nHost: {host}"), b"");
        assert_eq!(r.status, 403, "{path} with a wrong token");
    }
    let r = send(
        s.addr,
        &format!("POST /api/edit HTTP/1.1\nHost: {host}\nContent-Type: application/json"),
        b"{}",
    );
    assert_eq!(r.status, 403);
    assert_eq!(s.get("/api/state").status, 200);
}

#[test]
fn the_first_visit_puts_the_token_in_a_strict_cookie_and_out_of_the_address_bar() {
    let s = start(Lang::En);
    let r = send(s.addr, &format!("GET /?token={} HTTP/1.1\nHost: {}", s.token, s.host()), b"");
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/"));
    let cookie = r.header("set-cookie").unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), "{cookie}");
    let pair = cookie.split(';').next().unwrap();
    let r = send(s.addr, &format!("GET / HTTP/1.1\nHost: {}\nCookie: other=1; {pair}", s.host()), b"");
    assert_eq!(r.status, 200);
    assert!(r.body.contains("<script src=\"/app.js\""));
    // Nothing is fetched from anywhere else: the page's policy allows our own origin only.
    let csp = r.header("content-security-policy").unwrap();
    assert!(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), "{csp}");
    assert!(!r.body.contains("http://") && !r.body.contains("https://"), "the page names no other site");
    let js = s.get("/app.js").body.replace("http://www.w3.org/2000/svg", "");
    assert!(!js.contains("http://") && !js.contains("https://"), "the script names no other site");
}

#[test]
fn a_foreign_host_is_refused_even_with_the_token() {
    let s = start(Lang::En);
    let port = s.addr.port();
    for host in
        [format!("evil.example:{port}"), format!("127.0.0.1.evil.example:{port}"), "127.0.0.1:1".into()]
    {
        let r = send(
            s.addr,
            &format!("GET /api/state HTTP/1.1\nHost: {host}\nX-Powermap-Token: {}", s.token),
            b"",
        );
        assert_eq!(r.status, 403, "{host}");
    }
    let r = send(
        s.addr,
        &format!("GET /api/state HTTP/1.1\nHost: localhost:{port}\nX-Powermap-Token: {}", s.token),
        b"",
    );
    assert_eq!(r.status, 200);
}

#[test]
fn a_request_from_another_site_changes_nothing() {
    let s = start(Lang::En);
    let body = serde_json::to_string(&set_stance("liu", "supporter")).unwrap();
    let head = format!(
        "POST /api/edit HTTP/1.1\nHost: {}\nX-Powermap-Token: {}\nContent-Type: application/json\nOrigin: http://evil.example",
        s.host(),
        s.token
    );
    assert_eq!(send(s.addr, &head, body.as_bytes()).status, 403);
    // A form post (the only cross-site POST a browser sends without asking) is refused too.
    let head = format!(
        "POST /api/edit HTTP/1.1\nHost: {}\nX-Powermap-Token: {}\nContent-Type: text/plain",
        s.host(),
        s.token
    );
    assert_eq!(send(s.addr, &head, body.as_bytes()).status, 415);
    assert_eq!(s.stance_of("liu"), "skeptic");
    assert_eq!(s.post("/api/edit", &set_stance("liu", "supporter")).status, 200);
    assert_eq!(s.stance_of("liu"), "supporter");
}

#[test]
fn bodies_are_capped() {
    let s = start(Lang::En);
    let big = vec![b' '; serve::MAX_BODY + 1];
    assert_eq!(s.post_raw("/api/edit", &big).status, 413);
    assert_eq!(s.get("/api/state").status, 200, "still answering");
}

#[test]
fn no_path_is_taken_from_a_request() {
    let s = start(Lang::En);
    for path in
        ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/web/app.js", "/Cargo.toml", "/north-china.json"]
    {
        assert_eq!(s.get(path).status, 404, "{path}");
    }
    let dir = s.file.parent().unwrap();
    let elsewhere = dir.join("elsewhere.json");
    let r = s.post("/api/save", &json!({"force": true, "path": elsewhere.display().to_string()}));
    assert_eq!(r.status, 400, "{}", r.body);
    assert!(!elsewhere.exists());
    // A save writes the map and its history only.
    assert_eq!(s.post("/api/edit", &set_stance("ma", "supporter")).status, 200);
    let r = s.post("/api/save", &json!({}));
    assert_eq!(r.status, 200, "{}", r.body);
    let mut names: Vec<String> =
        walk(dir).iter().map(|p| p.strip_prefix(dir).unwrap().display().to_string()).collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert_eq!(names[1], "north-china.json");
    assert!(names[0].starts_with(".powermap/history/north-china-"), "{names:?}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() { out.extend(walk(&p)) } else { out.push(p) }
    }
    out
}

#[test]
fn an_edit_the_loader_refuses_is_explained_in_the_users_language_and_changes_nothing() {
    let s = start(Lang::Zh);
    let r = s.post("/api/edit", &set_stance("liu", "maybe"));
    assert_eq!(r.status, 422);
    let v = r.json();
    let problems = v["problems"].as_array().unwrap();
    assert!(!problems.is_empty());
    assert!(problems[0]["message"].as_str().is_some_and(|m| m.contains("maybe")), "{v}");
    assert!(
        problems[0]["path"].as_str().is_some_and(|p| p.contains("stance"))
            || v.to_string().contains("stance")
    );
    assert_eq!(v["error"]["code"], "serve-edit-refused");
    let msg = v["error"]["message"].as_str().unwrap();
    assert!(msg.chars().any(powermap::model::is_cjk), "{msg}");
    assert_eq!(s.stance_of("liu"), "skeptic");
    let r = s.post("/api/edit", &json!({"edits": [{"type": "remove_person", "id": "nobody"}]}));
    assert_eq!(r.status, 422);
    assert_eq!(r.json()["error"]["code"], "serve-no-person");
}

#[test]
fn what_if_undo_redo_and_save_through_the_api() {
    let s = start(Lang::En);
    let r = s.post(
        "/api/whatif",
        &json!({"assumptions": [{"type": "set", "person": "liu", "field": "stance", "value": "supporter"}]}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let v = r.json();
    assert!(
        v["risks_cleared"].as_array().unwrap().iter().any(|x| x.as_str().unwrap().contains("skeptic")),
        "{v}"
    );
    assert!(v["text"].as_str().unwrap().contains("skeptic → supporter"));
    assert_eq!(s.stance_of("liu"), "skeptic", "a what-if changes nothing");
    let top_before = s.get("/api/state").json()["report"]["decision_makers"][0]["id"].clone();
    let r = s.post(
        "/api/edit",
        &json!({"edits": [{"type": "assume", "assumption": {"type": "add_tie", "from": "zhao", "to": "bureau_head", "kind": "knows", "strength": 3}}]}),
    );
    assert_eq!(r.status, 200);
    let st = r.json();
    assert_eq!(st["dirty"], true);
    assert_eq!(st["can_undo"], true);
    assert!(st["svg"].as_str().unwrap().starts_with("<svg"));
    assert_eq!(st["report"]["decision_makers"][0]["id"], top_before);
    let st = s.post("/api/undo", &json!({})).json();
    assert_eq!(st["dirty"], false);
    assert_eq!(st["can_redo"], true);
    let st = s.post("/api/redo", &json!({})).json();
    assert_eq!(st["dirty"], true);
    // Someone else changes the file: the save is refused with what differs.
    let theirs = powermap::load::EMBEDDED_MAP.replace("\"neutral\"", "\"opponent\"");
    std::fs::write(&s.file, &theirs).unwrap();
    let r = s.post("/api/save", &json!({}));
    assert_eq!(r.status, 409);
    assert!(r.json()["diff_text"].as_str().unwrap().contains("opponent"), "{}", r.body);
    assert_eq!(std::fs::read_to_string(&s.file).unwrap(), theirs);
    let r = s.post("/api/save", &json!({"force": true}));
    assert_eq!(r.status, 200);
    let saved = powermap::load::load_path(&s.file).unwrap().map;
    assert!(saved.ties.len() > powermap::load::load_json_str(&theirs, "x").unwrap().map.ties.len());
    let snap = r.json()["snapshot"].as_str().unwrap().to_string();
    assert_eq!(std::fs::read_to_string(snap).unwrap(), theirs);
}

#[test]
fn the_page_gets_its_words_in_the_chosen_language() {
    let s = start(Lang::ZhHant);
    let w = s.get("/api/words").json();
    assert_eq!(w["lang"], "zh-Hant");
    assert_eq!(w["words"]["serve-save"], "儲存");
    assert!(w["vocab"]["stance"]["values"][0]["value"].as_str().is_some());
    // The script holds no words of its own: every key it asks for is served.
    let js = s.get("/app.js").body;
    for cap in js.split("W['").skip(1) {
        let key = cap.split('\'').next().unwrap();
        assert!(w["words"].get(key).is_some(), "the page uses {key} but /api/words lacks it");
    }
}

#[test]
fn listening_beyond_loopback_warns() {
    let bin = env!("CARGO_BIN_EXE_powermap");
    let mut child = std::process::Command::new(bin)
        .args(["serve", "--listen", "0.0.0.0", "--port", "0", "--lang", "en"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = child.stderr.take().unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut buf = [0u8; 4096];
    let mut text = String::new();
    let t0 = std::time::Instant::now();
    while !text.contains("token=") && t0.elapsed() < Duration::from_secs(20) {
        let n = err.read(&mut buf).unwrap_or(0);
        text.push_str(&String::from_utf8_lossy(&buf[..n]));
        if text.contains("warning") {
            let n = out.read(&mut buf).unwrap_or(0);
            text.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(text.contains("warning: listening on 0.0.0.0"), "{text}");
    assert!(text.contains("?token="), "{text}");
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (-1i64..20).prop_map(Value::from),
        "[a-z_]{0,8}".prop_map(Value::String),
        prop::sample::select(vec![
            "liu",
            "ma",
            "huang",
            "zhao",
            "bureau_head",
            "stance",
            "roles",
            "unit",
            "knows",
            "reports_to",
            "supporter",
            "set",
            "add_tie",
            "remove_tie",
            "context",
            "assume",
            "add_person",
            "remove_person",
            "add_unit",
            "set_unit",
            "remove_unit",
            "set_tie",
            "remove_tie_at",
            "set_account",
            "governance",
            "centralized",
            "dispatch",
            "",
            "../x",
            "刘工",
            "\u{0}",
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 40, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec(
                (
                    prop::sample::select(vec![
                        "edits",
                        "assumptions",
                        "type",
                        "assumption",
                        "person",
                        "field",
                        "value",
                        "from",
                        "to",
                        "kind",
                        "strength",
                        "id",
                        "name",
                        "unit",
                        "parent",
                        "index",
                        "force",
                        "x",
                    ]),
                    inner
                ),
                0..6
            )
            .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_bodies_never_break_the_server(bodies in prop::collection::vec((0usize..5, arb_json()), 1..6)) {
        thread_local! { static S: Server = start(Lang::En); }
        S.with(|s| {
            for (which, body) in &bodies {
                let path = ["/api/edit", "/api/whatif", "/api/undo", "/api/redo", "/api/save"][*which];
                let r = s.post(path, body);
                prop_assert!(r.status != 500 && r.status != 0, "{} {} -> {} {}", path, body, r.status, r.body);
                prop_assert!(r.status < 500, "{} {} -> {}", path, body, r.status);
                if r.status == 200 || r.status == 409 {
                    let _ = r.json();
                }
            }
            let st = s.get("/api/state");
            prop_assert_eq!(st.status, 200);
            // Whatever was accepted, the map on the server still loads as a file would.
            let doc = st.json()["doc"].clone();
            prop_assert!(powermap::load::load_json_str(&doc.to_string(), "doc").is_ok());
            Ok(())
        })?;
    }
}

// ---- `powermap whatif`, the same engine on the command line ----

fn whatif(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_powermap")).arg("whatif").args(args).output().unwrap()
}

#[test]
fn the_whatif_command_prints_what_moves() {
    let o =
        whatif(&["--set", "liu.stance=supporter", "--add-tie", "zhao,bureau_head,knows,3", "--lang", "en"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("刘工: skeptic → supporter"), "{out}");
    assert!(out.contains("risk cleared [high]"), "{out}");
    assert!(out.contains("a powerful skeptic"), "{out}");
    let o = whatif(&["--set", "liu.stance=supporter", "--format", "json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v["risks_cleared"].as_array().unwrap().iter().any(|r| r["kind"] == "blocker"), "{v}");
    assert_eq!(v["stances"][0]["person"]["id"], "liu");
    let o = whatif(&["--set", "liu.stance=supporter", "--lang", "zh-Hant"]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("風險解除"), "{out}");
}

#[test]
fn the_whatif_command_refuses_what_it_cannot_assume() {
    let o = whatif(&["--set", "nobody.stance=supporter", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("there is no person \"nobody\""));
    let o = whatif(&["--set", "liu=supporter", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(2));
    let o = whatif(&["--set", "liu.stance=maybe", "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("stance") && err.contains("refused"), "{err}");
}
