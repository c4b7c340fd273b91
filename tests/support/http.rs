//! A tiny HTTP/1.1 client over std's TcpStream for the workspace server's tests.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value;

pub struct Server {
    pub addr: SocketAddr,
    pub token: String,
    pub file: PathBuf,
    pub _dir: tempfile::TempDir,
}

pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// Sends one request (the head as given, plus Content-Length and Connection: close) and
/// reads the whole reply.
pub fn send(addr: SocketAddr, head: &str, body: &[u8]) -> Reply {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req = head.trim_end().replace('\n', "\r\n");
    req.push_str(&format!("\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()));
    s.write_all(req.as_bytes()).unwrap();
    // A refused request may be answered before the body is read; the server may then
    // close, so a failed write of the rest is not the test's concern.
    let _ = s.write_all(body);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status =
        lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|c| c.parse().ok()).unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Reply { status, headers, body: body.to_string() }
}

impl Server {
    pub fn host(&self) -> String {
        format!("127.0.0.1:{}", self.addr.port())
    }
    pub fn get(&self, path: &str) -> Reply {
        send(
            self.addr,
            &format!("GET {path} HTTP/1.1\nHost: {}\nX-Powermap-Token: {}", self.host(), self.token),
            b"",
        )
    }
    pub fn post(&self, path: &str, body: &Value) -> Reply {
        self.post_raw(path, serde_json::to_string(body).unwrap().as_bytes())
    }
    pub fn post_raw(&self, path: &str, body: &[u8]) -> Reply {
        send(
            self.addr,
            &format!(
                "POST {path} HTTP/1.1\nHost: {}\nX-Powermap-Token: {}\nContent-Type: application/json\nOrigin: http://{}",
                self.host(),
                self.token,
                self.host()
            ),
            body,
        )
    }
}
