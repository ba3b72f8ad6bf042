//! Configuration: `config/default.toml` (embedded), then an optional file named by
//! `MUSHARAKA_CONFIG`, then environment variables `MUSHARAKA_<KEY>` and `DATABASE_URL`.

use serde::Deserialize;

const DEFAULTS: &str = include_str!("../../../config/default.toml");

#[derive(Debug, Clone, Deserialize)]
pub struct Config {
    pub bind: String,
    pub database_url: String,
    pub mail_url: String,
    pub mail_from: String,
    pub data_dir: String,
    pub base_url: String,
    pub session_secret: String,
    pub secure_cookies: bool,
    pub upload_max_bytes: u64,
    pub session_hours: i64,
    pub auth_attempts_per_minute: u32,
    pub cin_key: String,
    pub retention_months: u32,
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
        Ok(())
    }
}

/// Reads an environment string as the same TOML type as the default value.
fn parse_like(default: &toml::Value, raw: &str) -> Option<toml::Value> {
    Some(match default {
        toml::Value::Boolean(_) => toml::Value::Boolean(raw.parse().ok()?),
        toml::Value::Integer(_) => toml::Value::Integer(raw.parse().ok()?),
        _ => toml::Value::String(raw.to_string()),
    })
}

#[cfg(test)]
mod tests {
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
    }
}
