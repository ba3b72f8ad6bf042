//! The rate limiter for login and registration: a one-minute window per key ("ip:…",
//! "account:…"), counted in the database (`musharaka_db::rate_limits`, issue 17) so that
//! several `musharaka serve` processes on one database count each attempt once: one
//! statement per limited request, old buckets purged at most once a minute per process.

use actix_web::HttpRequest;
use musharaka_core::config::Cidr;
use musharaka_db::AnyConnection;
use std::net::IpAddr;
use std::sync::atomic::{AtomicI64, Ordering};

pub struct RateLimiter {
    per_minute: i64,
    /// The minute of this process's last purge of old buckets.
    purged_minute: AtomicI64,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute: i64::from(per_minute),
            purged_minute: AtomicI64::new(i64::MIN),
        }
    }

    /// Records an attempt for every key; false if any key is over its limit.
    pub fn allow(
        &self,
        conn: &mut AnyConnection,
        keys: &[String],
    ) -> Result<bool, musharaka_core::Error> {
        let t = musharaka_core::time::now().and_utc().timestamp();
        let counts = musharaka_db::rate_limits::hit(conn, keys, t)?;
        let minute = t.div_euclid(60);
        if self.purged_minute.swap(minute, Ordering::Relaxed) != minute {
            if let Err(e) = musharaka_db::rate_limits::purge(conn, t) {
                tracing::warn!(error = %e, "rate limits: purge of old buckets");
            }
        }
        Ok(counts.iter().all(|(_, hits)| *hits <= self.per_minute))
    }
}

/// The client's address for rate limits and logs. The TCP peer is the client unless it is
/// one of the `trusted` proxies; then the forwarding chain (`Forwarded: for=…` if present,
/// else `X-Forwarded-For`) is read from the right and the first address that is not a
/// trusted proxy is the client (anything left of it was written by the client and can be
/// forged). A chain of trusted proxies only, or an unreadable one, gives the peer.
pub fn client_addr(
    peer: Option<IpAddr>,
    forwarded: Option<&str>,
    x_forwarded_for: Option<&str>,
    trusted: &[Cidr],
) -> Option<IpAddr> {
    let peer = peer?;
    let is_trusted = |ip: IpAddr| trusted.iter().any(|c| c.contains(ip));
    if !is_trusted(peer) {
        return Some(peer);
    }
    let chain: Vec<Option<IpAddr>> = match (forwarded, x_forwarded_for) {
        (Some(f), _) => f
            .split(',')
            .map(|element| {
                element
                    .split(';')
                    .find_map(|pair| {
                        let (k, v) = pair.trim().split_once('=')?;
                        k.trim().eq_ignore_ascii_case("for").then(|| v.trim())
                    })
                    .and_then(parse_node)
            })
            .collect(),
        (None, Some(x)) => x.split(',').map(parse_node).collect(),
        (None, None) => return Some(peer),
    };
    for hop in chain.into_iter().rev() {
        match hop {
            Some(ip) if is_trusted(ip) => continue,
            Some(ip) => return Some(ip),
            // An obfuscated or garbled hop: nothing left of it can be believed.
            None => break,
        }
    }
    Some(peer)
}

/// One hop: `1.2.3.4`, `1.2.3.4:5678`, `"[2001:db8::1]:80"`, `2001:db8::1`.
fn parse_node(raw: &str) -> Option<IpAddr> {
    let s = raw.trim().trim_matches('"');
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Some(rest) = s.strip_prefix('[') {
        return rest.split_once(']')?.0.parse().ok();
    }
    s.rsplit_once(':')?
        .0
        .parse::<std::net::Ipv4Addr>()
        .ok()
        .map(IpAddr::V4)
}

/// The client address of a request, as `client_addr` decides it ("" when unknown).
pub fn request_client(req: &HttpRequest, trusted: &[Cidr]) -> String {
    let header = |name: &str| req.headers().get(name).and_then(|h| h.to_str().ok());
    client_addr(
        req.peer_addr().map(|a| a.ip()),
        header("forwarded"),
        header("x-forwarded-for"),
        trusted,
    )
    .map(|ip| ip.to_string())
    .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn forwarded_headers_count_only_from_trusted_proxies() {
        let trusted: Vec<Cidr> = vec!["10.0.0.0/8".parse().unwrap(), "::1".parse().unwrap()];
        let peer = ip("10.0.0.2");
        // No trusted proxies: the peer, whatever the headers say.
        assert_eq!(client_addr(peer, None, Some("1.2.3.4"), &[]), peer);
        // An untrusted peer cannot choose its address.
        assert_eq!(
            client_addr(ip("8.8.8.8"), None, Some("1.2.3.4"), &trusted),
            ip("8.8.8.8")
        );
        // Behind the proxy: the right-most address that is not a proxy.
        assert_eq!(
            client_addr(peer, None, Some("6.6.6.6, 1.2.3.4, 10.0.0.9"), &trusted),
            ip("1.2.3.4")
        );
        assert_eq!(client_addr(peer, None, None, &trusted), peer);
        assert_eq!(
            client_addr(peer, None, Some("10.0.0.7"), &trusted),
            peer,
            "only proxies in the chain"
        );
        assert_eq!(
            client_addr(peer, None, Some("1.2.3.4, garbage"), &trusted),
            peer
        );
        // RFC 7239, which wins over X-Forwarded-For.
        assert_eq!(
            client_addr(
                peer,
                Some(r#"for=6.6.6.6, for="[2001:db8::7]:4711";proto=https, for=10.0.0.3"#),
                Some("9.9.9.9"),
                &trusted
            ),
            ip("2001:db8::7")
        );
        assert_eq!(
            client_addr(peer, None, Some("5.6.7.8:443"), &trusted),
            ip("5.6.7.8")
        );
        assert_eq!(
            client_addr(ip("::1"), None, Some("5.6.7.8"), &trusted),
            ip("5.6.7.8")
        );
        assert_eq!(client_addr(None, None, Some("5.6.7.8"), &trusted), None);
    }

    #[test]
    fn the_limit_applies_per_key() {
        let db = musharaka_db::testing::TestDb::sqlite();
        let mut conn = db.pool.get().unwrap();
        let l = RateLimiter::new(2);
        let a = vec!["ip:1".to_string()];
        assert!(l.allow(&mut conn, &a).unwrap());
        assert!(l.allow(&mut conn, &a).unwrap());
        assert!(!l.allow(&mut conn, &a).unwrap());
        assert!(l.allow(&mut conn, &["ip:2".to_string()]).unwrap());
        // Two limiters (two processes) on one database count the same hits.
        let other = RateLimiter::new(2);
        assert!(!other.allow(&mut conn, &a).unwrap());
    }
}
