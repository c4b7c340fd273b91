//! The workspace's security rules, as plain functions over a request's parts (so each is
//! tested on its own): the access token on every request (in the URL once, then a
//! cookie, or a header for scripts), the Host header (against DNS rebinding), the
//! Origin of a request that changes anything (against cross-site requests), and JSON
//! bodies only for those.

use std::net::IpAddr;

/// The HTTP header a script may send the token in.
pub const TOKEN_HEADER: &str = "x-powermap-token";

/// A random token: 128 bits from the operating system's randomness, in hex.
pub fn random_token() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut bytes = [0u8; 16];
    let from_os = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .is_ok();
    if !from_os {
        // std seeds each RandomState from the OS's randomness.
        for (i, chunk) in bytes.chunks_mut(8).enumerate() {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_usize(i);
            h.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap_or_default()
                    .as_nanos(),
            );
            chunk.copy_from_slice(&h.finish().to_le_bytes());
        }
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares without stopping at the first difference (no timing hint at the token).
pub fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Where the server listens and which names it answers to.
#[derive(Debug, Clone)]
pub struct Rules {
    /// The token.
    pub token: String,
    /// The port the server listens on.
    pub port: u16,
    /// The address it listens on.
    pub listen: IpAddr,
}

/// The cookie that carries the token after the first visit, per port (two workspaces
/// on one machine do not share it).
pub fn cookie_name(port: u16) -> String {
    format!("powermap_token_{port}")
}

impl Rules {
    /// Is this Host header one of ours? Loopback names and addresses on our port; when
    /// listening beyond loopback, any IP address literal on our port (a name could be a
    /// rebinding attacker's, an address cannot).
    pub fn host_ok(&self, host: Option<&str>) -> bool {
        let Some(host) = host else { return false };
        let (name, port) = match host.rsplit_once(':') {
            Some((n, p)) if !n.ends_with(']') || n.starts_with('[') => (n, p),
            _ => return false,
        };
        if port.parse::<u16>().ok() != Some(self.port) {
            return false;
        }
        let bare = name.trim_start_matches('[').trim_end_matches(']');
        if name.eq_ignore_ascii_case("localhost") {
            return true;
        }
        match bare.parse::<IpAddr>() {
            Ok(ip) if ip.is_loopback() => true,
            Ok(ip) => !self.listen.is_loopback() && (self.listen.is_unspecified() || ip == self.listen),
            Err(_) => false,
        }
    }

    /// Is this Origin (when a browser sent one) our own page's, on the Host asked for?
    pub fn origin_ok(&self, origin: Option<&str>, host: Option<&str>) -> bool {
        match (origin, host) {
            (None, _) => true,
            (Some(o), Some(h)) => o == format!("http://{h}"),
            (Some(_), None) => false,
        }
    }

    /// The token the request carries, if any: `?token=` in the URL, our cookie, or the
    /// header.
    pub fn token_of<'a>(
        &self,
        query: Option<&'a str>,
        cookie: Option<&'a str>,
        header: Option<&'a str>,
    ) -> Option<&'a str> {
        if let Some(t) = header {
            return Some(t.trim());
        }
        if let Some(t) = query.and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("token="))) {
            return Some(t);
        }
        let name = cookie_name(self.port);
        cookie.and_then(|c| {
            c.split(';')
                .map(str::trim)
                .find_map(|kv| kv.strip_prefix(name.as_str()).and_then(|r| r.strip_prefix('=')))
        })
    }

    /// Does the request carry our token?
    pub fn token_ok(&self, query: Option<&str>, cookie: Option<&str>, header: Option<&str>) -> bool {
        self.token_of(query, cookie, header).is_some_and(|t| same_secret(t, &self.token))
    }
}

/// Is this Content-Type JSON? (A cross-site form cannot send it without asking first.)
pub fn is_json(content_type: Option<&str>) -> bool {
    content_type.is_some_and(|c| {
        c.split(';').next().is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(listen: &str) -> Rules {
        Rules { token: "abc123".into(), port: 8123, listen: listen.parse().unwrap() }
    }

    #[test]
    fn hosts_on_loopback() {
        let r = rules("127.0.0.1");
        for ok in ["127.0.0.1:8123", "localhost:8123", "LOCALHOST:8123", "[::1]:8123", "127.0.0.2:8123"] {
            assert!(r.host_ok(Some(ok)), "{ok}");
        }
        for bad in [
            "evil.example:8123",
            "127.0.0.1:8124",
            "127.0.0.1",
            "192.168.1.5:8123",
            "localhost.evil.example:8123",
            "",
            "[::1]",
        ] {
            assert!(!r.host_ok(Some(bad)), "{bad}");
        }
        assert!(!r.host_ok(None));
    }

    #[test]
    fn hosts_beyond_loopback_are_addresses_only() {
        let r = rules("0.0.0.0");
        assert!(r.host_ok(Some("192.168.1.5:8123")));
        assert!(!r.host_ok(Some("classroom.example:8123")));
        let r = rules("10.0.0.7");
        assert!(r.host_ok(Some("10.0.0.7:8123")));
        assert!(!r.host_ok(Some("10.0.0.8:8123")));
    }

    #[test]
    fn origins() {
        let r = rules("127.0.0.1");
        assert!(r.origin_ok(None, Some("127.0.0.1:8123")));
        assert!(r.origin_ok(Some("http://127.0.0.1:8123"), Some("127.0.0.1:8123")));
        assert!(!r.origin_ok(Some("http://evil.example"), Some("127.0.0.1:8123")));
        assert!(!r.origin_ok(Some("null"), Some("127.0.0.1:8123")));
        assert!(!r.origin_ok(Some("http://localhost:8123"), Some("127.0.0.1:8123")));
    }

    #[test]
    fn tokens() {
        let r = rules("127.0.0.1");
        assert!(r.token_ok(Some("token=abc123"), None, None));
        assert!(r.token_ok(Some("x=1&token=abc123"), None, None));
        assert!(r.token_ok(None, Some("a=b; powermap_token_8123=abc123"), None));
        assert!(r.token_ok(None, None, Some("abc123")));
        assert!(!r.token_ok(None, Some("powermap_token_8124=abc123"), None));
        assert!(!r.token_ok(Some("token=abc12"), None, None));
        assert!(!r.token_ok(None, None, None));
        assert!(!r.token_ok(None, None, Some("wrong!")));
        let t = random_token();
        assert_eq!(t.len(), 32);
        assert_ne!(t, random_token());
    }

    #[test]
    fn json_content_types() {
        assert!(is_json(Some("application/json")));
        assert!(is_json(Some("application/json; charset=utf-8")));
        assert!(!is_json(Some("text/plain")));
        assert!(!is_json(Some("application/x-www-form-urlencoded")));
        assert!(!is_json(None));
    }
}
