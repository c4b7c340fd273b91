//! `powermap serve`: the workspace in the browser. A small web server (axum on tokio)
//! on 127.0.0.1 serves one page (HTML, CSS and script compiled into the binary; nothing
//! from the network) and a JSON API over the one map given on the command line: see it
//! (the built-in engine's SVG and the report), edit it (every edit checked by the same
//! loader as a file), ask what if (the [`crate::whatif`] engine), undo, redo and save
//! (atomically, the previous version kept, never over a file changed on disk unasked).
//!
//! Security ([`guard`]): a random token in the printed URL (then a cookie) on every
//! request, the Host checked (DNS rebinding), the Origin of every request checked and
//! JSON bodies required for changes (cross-site requests), bodies capped, no path ever
//! taken from a request, and every request answered — a panic inside becomes a 500,
//! never a dead server.

pub mod collapse;
pub mod form;
pub mod guard;
pub mod save;
pub mod save_sheets;
pub mod session;
pub mod shape;
pub mod train;
mod train_http;
pub mod view;

use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};

use axum::Router;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use serde::Deserialize;
use serde_json::{Value, json};

use crate::i18n::{Msg, tr};
use crate::train::diff_out;
use crate::vocab::Lang;
use crate::whatif::{self, Assumption, WhatIfError};
use guard::Rules;
use session::{Edit, EditError, Session};
use train::{Class, Training};
use train_http::{trainee_of, training_routes};

/// The largest request body read, in bytes (an edit is a few hundred).
pub const MAX_BODY: usize = 256 * 1024;

const PAGE: &str = include_str!("../../web/index.html");
const SCRIPT: &str = include_str!("../../web/app.js");
const STYLE: &str = include_str!("../../web/app.css");

/// Nothing but our own page, script and style; no network, no frames, no forms elsewhere.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// Every session the server holds: the map given (or, in training mode, the empty
/// start), and in a class each trainee's own drawing.
struct Hub {
    main: Session,
    training: Option<Training>,
    class: Class,
}

impl Hub {
    /// The session a request works on: its trainee's, else the main one.
    fn pick(&mut self, trainee: Option<&str>) -> &mut Session {
        match trainee.and_then(|t| self.class.trainees.get_mut(t)) {
            Some(s) => s,
            None => &mut self.main,
        }
    }
}

#[derive(Clone)]
struct App {
    rules: Arc<Rules>,
    hub: Arc<Mutex<Hub>>,
}

impl App {
    fn hub(&self) -> MutexGuard<'_, Hub> {
        // A panic while editing leaves the session as it was before the edit (edits
        // are made on a copy), so a poisoned lock is still good to use.
        self.hub.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A server bound to its port, ready to run.
pub struct Bound {
    listener: std::net::TcpListener,
    app: App,
    /// The address it listens on.
    pub addr: SocketAddr,
    /// The URL to open, token included.
    pub url: String,
}

impl Bound {
    /// The access token.
    pub fn token(&self) -> &str {
        &self.app.rules.token
    }
}

/// Binds the server for a session on `listen:port` (port 0: any free port).
pub fn bind(session: Session, listen: IpAddr, port: u16) -> std::io::Result<Bound> {
    bind_with(session, None, listen, port)
}

/// Binds the server, in training mode when `training` is given (`session` is then the
/// exercise's start, see [`train::start`]).
pub fn bind_with(
    session: Session,
    training: Option<Training>,
    listen: IpAddr,
    port: u16,
) -> std::io::Result<Bound> {
    let listener = std::net::TcpListener::bind(SocketAddr::new(listen, port))?;
    listener.set_nonblocking(true)?;
    let addr = listener.local_addr()?;
    let token = guard::random_token();
    let shown = if listen.is_unspecified() || listen.is_loopback() {
        SocketAddr::new(IpAddr::from([127, 0, 0, 1]), addr.port())
    } else {
        addr
    };
    let url = format!("http://{shown}/?token={token}");
    let rules = Rules { token, port: addr.port(), listen };
    Ok(Bound {
        listener,
        app: App {
            rules: Arc::new(rules),
            hub: Arc::new(Mutex::new(Hub { main: session, training, class: Class::default() })),
        },
        addr,
        url,
    })
}

/// Runs the server until the process ends.
pub fn run(b: Bound) -> std::io::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_io().build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(b.listener)?;
        let router = Router::new().fallback(handle).with_state(b.app);
        axum::serve(listener, router).await
    })
}

/// Runs the server on a thread of its own (for tests and the browser check).
pub fn spawn(b: Bound) -> std::thread::JoinHandle<std::io::Result<()>> {
    std::thread::spawn(move || run(b))
}

fn header_str(h: &HeaderMap, name: impl axum::http::header::AsHeaderName) -> Option<&str> {
    h.get(name).and_then(|v| v.to_str().ok())
}

fn respond(status: StatusCode, content_type: &'static str, body: impl Into<Body>) -> Response {
    let mut r = Response::new(body.into());
    *r.status_mut() = status;
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    r
}

fn json_response(status: StatusCode, v: &Value) -> Response {
    respond(status, "application/json; charset=utf-8", serde_json::to_vec(v).unwrap_or_default())
}

fn error(status: StatusCode, m: &Msg, lang: Lang) -> Response {
    json_response(status, &json!({ "error": m.to_json(lang) }))
}

/// A refusal before anything is read: plain text, in the session's language.
fn refuse(status: StatusCode, key: &'static str, lang: Lang) -> Response {
    respond(status, "text/plain; charset=utf-8", format!("{}\n", tr(lang, key)))
}

async fn handle(State(app): State<App>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let lang = app.hub().main.lang;
    let h = &parts.headers;
    let host = header_str(h, header::HOST);
    if !app.rules.host_ok(host) {
        return refuse(StatusCode::FORBIDDEN, "serve-bad-host", lang);
    }
    if !app.rules.origin_ok(header_str(h, header::ORIGIN), host) {
        return refuse(StatusCode::FORBIDDEN, "serve-bad-origin", lang);
    }
    let query = parts.uri.query();
    if !app.rules.token_ok(query, header_str(h, header::COOKIE), header_str(h, guard::TOKEN_HEADER)) {
        return refuse(StatusCode::FORBIDDEN, "serve-need-token", lang);
    }
    let path = parts.uri.path().to_string();
    // The first visit carries the token in the URL: keep it in a cookie and take it out
    // of the address bar (and of the history).
    if parts.method == Method::GET && path == "/" && query.is_some_and(|q| q.contains("token=")) {
        let mut r = respond(StatusCode::SEE_OTHER, "text/plain; charset=utf-8", "");
        let cookie = format!(
            "{}={}; Path=/; HttpOnly; SameSite=Strict",
            guard::cookie_name(app.rules.port),
            app.rules.token
        );
        if let Ok(v) = HeaderValue::from_str(&cookie) {
            r.headers_mut().insert(header::SET_COOKIE, v);
        }
        r.headers_mut().insert(header::LOCATION, HeaderValue::from_static("/"));
        return r;
    }
    if parts.method == Method::POST && !guard::is_json(header_str(h, header::CONTENT_TYPE)) {
        return refuse(StatusCode::UNSUPPORTED_MEDIA_TYPE, "serve-need-json", lang);
    }
    let bytes = match axum::body::to_bytes(body, MAX_BODY).await {
        Ok(b) => b,
        Err(_) => return refuse(StatusCode::PAYLOAD_TOO_LARGE, "serve-too-large", lang),
    };
    let method = parts.method.clone();
    let query = query.map(str::to_string);
    let trainee = trainee_of(header_str(h, header::COOKIE), app.rules.port);
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut hub = app.hub();
        let req = Req { method: &method, path: &path, query: query.as_deref(), body: &bytes };
        if let Some(r) = training_routes(&mut hub, trainee.as_deref(), app.rules.port, &req) {
            return r;
        }
        dispatch(hub.pick(trainee.as_deref()), &req)
    }))
    .unwrap_or_else(|_| refuse(StatusCode::INTERNAL_SERVER_ERROR, "serve-internal", lang))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EditBody {
    edits: Vec<Edit>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WhatIfBody {
    assumptions: Vec<Assumption>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ViewBody {
    collapsed: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SaveBody {
    #[serde(default)]
    force: bool,
}

fn parse<T: serde::de::DeserializeOwned>(body: &[u8], lang: Lang) -> Result<T, Box<Response>> {
    serde_json::from_slice(body).map_err(|e| {
        Box::new(error(
            StatusCode::BAD_REQUEST,
            &Msg::new("serve-bad-request").arg("reason", e.to_string()),
            lang,
        ))
    })
}

fn query_param(query: Option<&str>, name: &str) -> Option<String> {
    query?.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == name).then(|| percent_decode(v))
    })
}

/// `%XX` and `+` decoding of a query value; bad escapes are kept as written.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn problems(diags: &[crate::diag::Diagnostic], lang: Lang) -> Value {
    json!({
        "error": Msg::new("serve-edit-refused").to_json(lang),
        "problems": diags.iter().map(|d| d.to_json(lang)).collect::<Vec<_>>(),
    })
}

/// A request as the routes see it.
struct Req<'a> {
    method: &'a Method,
    path: &'a str,
    query: Option<&'a str>,
    body: &'a [u8],
}

fn dispatch(s: &mut Session, req: &Req<'_>) -> Response {
    let (method, path, query, body) = (req.method, req.path, req.query, req.body);
    let lang = s.lang;
    let get = method == Method::GET;
    let post = method == Method::POST;
    match (path, get, post) {
        ("/", true, _) | ("/index.html", true, _) => {
            respond(StatusCode::OK, "text/html; charset=utf-8", PAGE)
        }
        ("/app.js", true, _) => respond(StatusCode::OK, "text/javascript; charset=utf-8", SCRIPT),
        ("/app.css", true, _) => respond(StatusCode::OK, "text/css; charset=utf-8", STYLE),
        ("/api/words", true, _) => json_response(StatusCode::OK, &view::words(lang)),
        ("/api/state", true, _) => json_response(StatusCode::OK, &view::state(s)),
        ("/api/diagram", true, _) => {
            let to = query_param(query, "path_to");
            let (svg, shown) = view::diagram_folded(&s.map, lang, to.as_deref(), &s.collapsed);
            json_response(StatusCode::OK, &json!({ "svg": svg, "shown": shown }))
        }
        ("/api/view", _, true) => {
            let b: ViewBody = match parse(body, lang) {
                Ok(b) => b,
                Err(r) => return *r,
            };
            // Only units of the map are kept: the set is never larger than the map's units.
            s.collapsed =
                b.collapsed.into_iter().filter(|c| s.map.units.iter().any(|u| &u.id == c)).collect();
            json_response(StatusCode::OK, &view::state(s))
        }
        ("/api/edit", _, true) => {
            let b: EditBody = match parse(body, lang) {
                Ok(b) => b,
                Err(r) => return *r,
            };
            match s.edit(&b.edits) {
                Ok(()) => json_response(StatusCode::OK, &view::state(s)),
                Err(EditError::Refused(m)) => error(StatusCode::UNPROCESSABLE_ENTITY, &m, lang),
                Err(EditError::Invalid(d)) => {
                    json_response(StatusCode::UNPROCESSABLE_ENTITY, &problems(&d, lang))
                }
            }
        }
        ("/api/undo", _, true) | ("/api/redo", _, true) => {
            s.step(path == "/api/undo");
            json_response(StatusCode::OK, &view::state(s))
        }
        ("/api/reload", _, true) => match s.reload() {
            Ok(()) => json_response(StatusCode::OK, &view::state(s)),
            Err(EditError::Refused(m)) => error(StatusCode::UNPROCESSABLE_ENTITY, &m, lang),
            Err(EditError::Invalid(d)) => {
                json_response(StatusCode::UNPROCESSABLE_ENTITY, &problems(&d, lang))
            }
        },
        ("/api/whatif", _, true) => {
            let b: WhatIfBody = match parse(body, lang) {
                Ok(b) => b,
                Err(r) => return *r,
            };
            what_if(s, &b.assumptions)
        }
        ("/api/save", _, true) => {
            let b: SaveBody = match parse(body, lang) {
                Ok(b) => b,
                Err(r) => return *r,
            };
            match save::save(s, b.force) {
                Ok(save::Saved::Written { snapshot }) => {
                    let snap = snapshot.map(|p| p.display().to_string());
                    json_response(
                        StatusCode::OK,
                        &json!({ "saved": true, "snapshot": snap, "state": view::state(s) }),
                    )
                }
                Ok(save::Saved::ChangedOnDisk { text }) => {
                    json_response(StatusCode::CONFLICT, &changed_on_disk(s, &text))
                }
                Err(m) => error(StatusCode::UNPROCESSABLE_ENTITY, &m, lang),
            }
        }
        (
            "/" | "/index.html" | "/app.js" | "/app.css" | "/api/words" | "/api/state" | "/api/diagram",
            false,
            _,
        )
        | (
            "/api/edit" | "/api/undo" | "/api/redo" | "/api/reload" | "/api/whatif" | "/api/save"
            | "/api/view",
            _,
            false,
        ) => error(StatusCode::METHOD_NOT_ALLOWED, &Msg::new("serve-bad-method"), lang),
        _ => error(StatusCode::NOT_FOUND, &Msg::new("serve-no-such-page"), lang),
    }
}

/// A map's file name without its folder, as the page's titles show it.
fn short_name(name: &str) -> &str {
    std::path::Path::new(name).file_name().and_then(|n| n.to_str()).unwrap_or(name)
}

/// What changed on disk: the file's version against ours, as the diff engine words it.
fn changed_on_disk(s: &Session, text: &str) -> Value {
    let lang = s.lang;
    let theirs = match (s.form, &s.file) {
        (session::Form::Json, _) | (_, None) => crate::load::load_json_str(text, &s.name),
        (_, Some(f)) => crate::load::load_path(f),
    };
    let diff_text = match theirs {
        Ok(theirs) => {
            let d = crate::train::diff::diff(&theirs.map, &s.map, lang);
            let mut out = Vec::new();
            let ours = tr(lang, "serve-your-edits");
            let _ = diff_out::write_report(&mut out, &d, (short_name(&s.name), &ours), lang, false);
            String::from_utf8_lossy(&out).into_owned()
        }
        Err(e) => e.to_string(),
    };
    json!({
        "error": Msg::new("serve-changed-on-disk").to_json(lang),
        "changed_on_disk": true,
        "diff_text": diff_text,
    })
}

fn what_if(s: &Session, assumptions: &[Assumption]) -> Response {
    let lang = s.lang;
    match whatif::what_if(&s.map, assumptions, lang) {
        Ok(out) => {
            let folded = view::diagram_folded(&out.map, lang, None, &s.collapsed);
            let mut text = Vec::new();
            let assumed = tr(lang, "whatif-assumed");
            let _ =
                diff_out::write_report(&mut text, &out.diff, (short_name(&s.name), &assumed), lang, false);
            let (cleared, added) = out.risk_changes();
            let rows = |r: &crate::analysis::Report, ix: &[usize]| -> Vec<String> {
                let t = crate::render::sections::from_report(r, lang);
                let risks = t.into_iter().nth(3).map(|s| s.rows).unwrap_or_default();
                ix.iter().filter_map(|&i| risks.get(i)).map(|row| row.join(" · ")).collect()
            };
            json_response(
                StatusCode::OK,
                &json!({
                    "text": String::from_utf8_lossy(&text),
                    "empty": out.diff.is_empty(),
                    "risks_cleared": rows(&out.before, &cleared),
                    "risks_added": rows(&out.after, &added),
                    "diff": serde_json::to_value(&out.diff).unwrap_or(Value::Null),
                    "svg": folded.0,
                    "shown": folded.1,
                }),
            )
        }
        Err(WhatIfError::Assumption(m)) => error(StatusCode::UNPROCESSABLE_ENTITY, &m, lang),
        Err(WhatIfError::Invalid(d)) => json_response(StatusCode::UNPROCESSABLE_ENTITY, &problems(&d, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_decoded() {
        assert_eq!(query_param(Some("a=1&path_to=%E5%88%98+x"), "path_to").as_deref(), Some("刘 x"));
        assert_eq!(query_param(Some("path_to=%zz%"), "path_to").as_deref(), Some("%zz%"));
        assert_eq!(query_param(Some("path_to=%4"), "path_to").as_deref(), Some("%4"));
        assert_eq!(query_param(None, "x"), None);
    }
}
