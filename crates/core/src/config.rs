//! Configuration: `config/default.toml` (embedded), then an optional file named by
//! `MUSHARAKA_CONFIG`, then environment variables `MUSHARAKA_<KEY>` and `DATABASE_URL`.

use serde::Deserialize;
use std::net::{IpAddr, SocketAddr};

const DEFAULTS: &str = include_str!("../../../config/default.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub bind: String,
    pub database_url: String,
    pub mail_url: String,
    pub mail_from: String,
    pub data_dir: String,
    /// Where uploaded files are stored; empty: `<data_dir>/uploads`. Several server
    /// processes must all see the same directory (a shared volume, see
    /// `docs/operations.md`).
    #[serde(default)]
    pub uploads_dir: String,
    pub base_url: String,
    pub session_secret: String,
    pub secure_cookies: bool,
    pub upload_max_bytes: u64,
    pub session_hours: i64,
    pub auth_attempts_per_minute: u32,
    pub cin_key: String,
    pub retention_months: u32,
    /// `development` or `production`; production never starts with the published secrets.
    pub env: String,
    /// Reverse proxies (IPs or CIDRs) whose `X-Forwarded-For` / `Forwarded` headers are
    /// believed; empty: the TCP peer is the client.
    pub trusted_proxies: Vec<Cidr>,
    /// `plain` or `json` log lines.
    pub log_format: String,
    /// Who may read `/metrics` (the client address, read through `trusted_proxies`).
    pub metrics_allow: Vec<Cidr>,
    /// The open data's licence: its name and the address of its text.
    pub data_licence: String,
    pub data_licence_url: String,
}

/// The development `session_secret` and `cin_key` published in `config/default.toml`
/// and the placeholders of `config/production.example.toml`: anyone can forge sessions
/// or read CIN numbers with them.
const PUBLISHED_SECRETS: [&str; 4] = [
    "dev-only-secret-change-me-in-production-0123456789",
    "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
    "REPLACE with 64 random characters",
    "REPLACE with 64 hexadecimal characters",
];

/// An IP network (`10.0.0.0/8`, `::1/128`) or a single address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(try_from = "String")]
pub struct Cidr {
    addr: IpAddr,
    prefix: u8,
}

impl Cidr {
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(ip) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(ip) & mask
            }
            _ => false,
        }
    }
}

/// IPv4-mapped IPv6 addresses (`::ffff:10.0.0.1`) compare as IPv4.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

impl std::str::FromStr for Cidr {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("trusted_proxies: {s:?} is not an IP address or CIDR");
        let (addr, prefix) = match s.trim().split_once('/') {
            Some((a, p)) => (a, Some(p.parse::<u8>().map_err(|_| bad())?)),
            None => (s.trim(), None),
        };
        let addr = canonical(addr.parse::<IpAddr>().map_err(|_| bad())?);
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        if prefix > max {
            return Err(bad());
        }
        Ok(Cidr { addr, prefix })
    }
}

impl TryFrom<String> for Cidr {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        s.parse()
    }
}

impl Config {
    /// Loads the configuration from the defaults, the optional file and the environment.
    pub fn load() -> Result<Self, String> {
        let mut table: toml::Table =
            toml::from_str(DEFAULTS).map_err(|e| format!("config/default.toml: {e}"))?;
        if let Ok(path) = std::env::var("MUSHARAKA_CONFIG") {
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
            let extra: toml::Table = toml::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
            table.extend(extra);
        }
        let keys: Vec<String> = table.keys().cloned().collect();
        for key in keys {
            let var = format!("MUSHARAKA_{}", key.to_uppercase());
            if let Ok(value) = std::env::var(&var) {
                let parsed = parse_like(&table[&key], &value)
                    .ok_or_else(|| format!("{var}: cannot read {value:?}"))?;
                table.insert(key, parsed);
            }
        }
        if let Ok(url) = std::env::var("DATABASE_URL") {
            table.insert("database_url".into(), toml::Value::String(url));
        }
        let config: Config = table
            .try_into()
            .map_err(|e: toml::de::Error| format!("configuration: {e}"))?;
        config.check()?;
        Ok(config)
    }

    /// The embedded defaults alone (tests start from these).
    pub fn defaults() -> Self {
        match toml::from_str(DEFAULTS) {
            Ok(c) => c,
            Err(e) => unreachable!("embedded defaults are valid TOML: {e}"),
        }
    }

    fn check(&self) -> Result<(), String> {
        if self.session_secret.len() < 32 {
            return Err("session_secret must be at least 32 characters".into());
        }
        if self.cin_key.len() != 64 || !self.cin_key.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err("cin_key must be 64 hexadecimal characters".into());
        }
        if !matches!(self.env.as_str(), "development" | "production") {
            return Err("env must be development or production".into());
        }
        if !matches!(self.log_format.as_str(), "plain" | "json") {
            return Err("log_format must be plain or json".into());
        }
        Ok(())
    }

    pub fn is_production(&self) -> bool {
        self.env == "production"
    }

    /// Which of `session_secret` and `cin_key` still hold a published value.
    pub fn published_secrets(&self) -> Vec<&'static str> {
        [
            ("session_secret", &self.session_secret),
            ("cin_key", &self.cin_key),
        ]
        .into_iter()
        .filter(|(_, v)| PUBLISHED_SECRETS.contains(&v.trim()))
        .map(|(k, _)| k)
        .collect()
    }

    /// Whether the server may start on `bind`: never with a published secret in
    /// production or on an address other machines can reach. Ok carries the warning to
    /// log when a published secret is used on a loopback address in development.
    pub fn check_secrets(&self, bind: &str) -> Result<Option<String>, String> {
        let published = self.published_secrets();
        if published.is_empty() {
            return Ok(None);
        }
        let names = published.join(" and ");
        if self.is_production() {
            return Err(format!(
                "{names} still hold the published development value: set MUSHARAKA_SESSION_SECRET / MUSHARAKA_CIN_KEY before running in production"
            ));
        }
        if !is_loopback(bind) {
            return Err(format!(
                "{names} still hold the published development value: refusing to listen on {bind}, which other machines can reach (set MUSHARAKA_SESSION_SECRET / MUSHARAKA_CIN_KEY, or bind 127.0.0.1)"
            ));
        }
        Ok(Some(format!(
            "{names} hold the published development value: anyone can forge a session or read CIN numbers; fine for a demo on {bind}, never for real data"
        )))
    }
}

/// Whether a bind address (`127.0.0.1:8080`, `[::1]:80`, `localhost:8080`) only accepts
/// connections from this machine.
pub fn is_loopback(bind: &str) -> bool {
    if let Ok(addr) = bind.parse::<SocketAddr>() {
        return addr.ip().is_loopback();
    }
    bind.rsplit_once(':')
        .is_some_and(|(host, _)| host.eq_ignore_ascii_case("localhost"))
}

/// Reads an environment string as the same TOML type as the default value.
fn parse_like(default: &toml::Value, raw: &str) -> Option<toml::Value> {
    Some(match default {
        toml::Value::Boolean(_) => toml::Value::Boolean(raw.parse().ok()?),
        toml::Value::Integer(_) => toml::Value::Integer(raw.parse().ok()?),
        // Lists are given comma-separated: MUSHARAKA_TRUSTED_PROXIES=10.0.0.0/8,::1
        toml::Value::Array(_) => toml::Value::Array(
            raw.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| toml::Value::String(s.to_string()))
                .collect(),
        ),
        _ => toml::Value::String(raw.to_string()),
    })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;

    #[test]
    fn defaults_parse_and_pass_checks() {
        let c = Config::defaults();
        assert!(c.check().is_ok());
        assert!(c.database_url.starts_with("sqlite://"));
    }

    #[test]
    fn env_values_take_the_default_type() {
        assert_eq!(
            parse_like(&toml::Value::Integer(1), "42"),
            Some(toml::Value::Integer(42))
        );
        assert_eq!(parse_like(&toml::Value::Boolean(false), "maybe"), None);
        assert_eq!(
            parse_like(&toml::Value::Array(vec![]), "10.0.0.0/8, ::1"),
            Some(toml::Value::Array(vec![
                toml::Value::String("10.0.0.0/8".into()),
                toml::Value::String("::1".into())
            ]))
        );
    }

    #[test]
    fn published_secrets_are_refused_off_loopback_and_in_production() {
        let mut c = Config::defaults();
        assert_eq!(c.published_secrets(), ["session_secret", "cin_key"]);
        assert!(c.check_secrets("0.0.0.0:8080").is_err());
        assert!(c.check_secrets("192.168.1.5:80").is_err());
        assert!(c.check_secrets("[::]:80").is_err());
        // A demo on this machine starts, with a warning.
        assert!(matches!(c.check_secrets("127.0.0.1:8080"), Ok(Some(_))));
        assert!(matches!(c.check_secrets("localhost:8080"), Ok(Some(_))));
        assert!(matches!(c.check_secrets("[::1]:8080"), Ok(Some(_))));
        c.env = "production".into();
        assert!(c.check_secrets("127.0.0.1:8080").is_err());
        c.session_secret = "k".repeat(48);
        let err = c.check_secrets("127.0.0.1:8080").unwrap_err();
        assert!(err.starts_with("cin_key "), "{err}");
        c.cin_key = "ab".repeat(32);
        assert_eq!(c.check_secrets("0.0.0.0:8080"), Ok(None));
        c.session_secret = "REPLACE with 64 random characters".into();
        assert!(c.check_secrets("0.0.0.0:8080").is_err());
    }

    #[test]
    fn cidrs_parse_and_match() {
        let net: Cidr = "10.0.0.0/8".parse().unwrap();
        assert!(net.contains("10.200.3.4".parse().unwrap()));
        assert!(net.contains("::ffff:10.1.1.1".parse().unwrap()));
        assert!(!net.contains("11.0.0.1".parse().unwrap()));
        let one: Cidr = "192.168.1.7".parse().unwrap();
        assert!(one.contains("192.168.1.7".parse().unwrap()));
        assert!(!one.contains("192.168.1.8".parse().unwrap()));
        let all: Cidr = "0.0.0.0/0".parse().unwrap();
        assert!(all.contains("8.8.8.8".parse().unwrap()));
        let v6: Cidr = "fd00::/8".parse().unwrap();
        assert!(v6.contains("fd12::1".parse().unwrap()));
        assert!(!v6.contains("10.0.0.1".parse().unwrap()));
        assert!("10.0.0.0/33".parse::<Cidr>().is_err());
        assert!("proxy.local".parse::<Cidr>().is_err());
    }
}
