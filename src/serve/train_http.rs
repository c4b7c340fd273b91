//! The training routes of the server: `GET /api/exercise` (the case, never the key),
//! `POST /api/trainee` (a class: the trainee's name, kept in a cookie, picks their own
//! session) and `POST /api/grade` (the only answer that carries what the key knows).

use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use serde::Deserialize;
use serde_json::json;

use super::train::{self, MAX_TRAINEES};
use super::{Hub, Req, error, json_response, parse, save, view};
use crate::i18n::Msg;

/// The cookie that names a class's trainee (hex of their file name, so any script fits).
fn cookie_name(port: u16) -> String {
    format!("powermap_trainee_{port}")
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<String> {
    if !s.len().is_multiple_of(2) || s.len() > 8 * train::MAX_NAME {
        return None;
    }
    let bytes: Option<Vec<u8>> =
        (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect();
    String::from_utf8(bytes?).ok()
}

/// The trainee a request's cookie names, if any (checked again when used).
pub(super) fn trainee_of(cookie: Option<&str>, port: u16) -> Option<String> {
    let name = cookie_name(port);
    cookie?
        .split(';')
        .map(str::trim)
        .find_map(|kv| kv.strip_prefix(name.as_str()).and_then(|r| r.strip_prefix('=')))
        .and_then(unhex)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TraineeBody {
    name: String,
}

/// Answers a training route, or `None` for any other path.
pub(super) fn training_routes(
    hub: &mut Hub,
    trainee: Option<&str>,
    port: u16,
    req: &Req<'_>,
) -> Option<Response> {
    let route = matches!(req.path, "/api/exercise" | "/api/trainee" | "/api/grade");
    if !route {
        return None;
    }
    let lang = hub.main.lang;
    let Some(t) = hub.training.clone() else {
        return Some(error(StatusCode::NOT_FOUND, &Msg::new("serve-not-training"), lang));
    };
    let wants = if req.path == "/api/exercise" { Method::GET } else { Method::POST };
    if *req.method != wants {
        return Some(error(StatusCode::METHOD_NOT_ALLOWED, &Msg::new("serve-bad-method"), lang));
    }
    let known = trainee.filter(|n| hub.class.trainees.contains_key(*n));
    Some(match req.path {
        "/api/exercise" => json_response(StatusCode::OK, &train::exercise_view(&t, lang, known)),
        "/api/trainee" => {
            let b: TraineeBody = match parse(req.body, lang) {
                Ok(b) => b,
                Err(r) => return Some(*r),
            };
            let Some(dir) = t.class.as_deref() else {
                return Some(error(StatusCode::NOT_FOUND, &Msg::new("serve-no-class"), lang));
            };
            let stem = match train::trainee_file(&b.name) {
                Ok(s) => s,
                Err(m) => return Some(error(StatusCode::UNPROCESSABLE_ENTITY, &m, lang)),
            };
            if !hub.class.trainees.contains_key(&stem) {
                if hub.class.trainees.len() >= MAX_TRAINEES {
                    let m = Msg::new("serve-class-full").arg("max", MAX_TRAINEES);
                    return Some(error(StatusCode::UNPROCESSABLE_ENTITY, &m, lang));
                }
                let s = train::trainee_session(&t, dir, &stem, lang);
                hub.class.trainees.insert(stem.clone(), s);
            }
            let s = hub.pick(Some(&stem));
            let mut r = json_response(StatusCode::OK, &view::state(s));
            let cookie = format!("{}={}; Path=/; HttpOnly; SameSite=Strict", cookie_name(port), hex(&stem));
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                r.headers_mut().insert(header::SET_COOKIE, v);
            }
            r
        }
        _ => {
            let s = hub.pick(known);
            // In a class, grading saves the attempt first, so the trainer has what was graded.
            let saved = s.file.is_some() && matches!(save::save(s, false), Ok(save::Saved::Written { .. }));
            match train::grade_view(&t, s) {
                Ok(mut v) => {
                    v["saved"] = json!(saved);
                    v["state"] = view::state(s);
                    json_response(StatusCode::OK, &v)
                }
                Err(m) => error(StatusCode::INTERNAL_SERVER_ERROR, &m, lang),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_trainee_cookie_round_trips_and_rejects_junk() {
        let c = format!("a=b; {}={}", cookie_name(9), hex("王_小明"));
        assert_eq!(trainee_of(Some(&c), 9).as_deref(), Some("王_小明"));
        assert_eq!(trainee_of(Some(&c), 8), None);
        assert_eq!(trainee_of(Some("powermap_trainee_9=zz"), 9), None);
        assert_eq!(trainee_of(Some("powermap_trainee_9=abc"), 9), None);
        assert_eq!(trainee_of(Some("powermap_trainee_9=ff"), 9), None);
    }
}
