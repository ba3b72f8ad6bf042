//! A small in-memory rate limiter for login and registration: a sliding one-minute
//! window per key ("ip:…", "account:…"). One process keeps its own counts; behind a load
//! balancer each instance limits on its own, which still bounds guessing.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub struct RateLimiter {
    per_minute: usize,
    hits: Mutex<HashMap<String, Vec<Instant>>>,
}

impl RateLimiter {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute: per_minute as usize,
            hits: Mutex::new(HashMap::new()),
        }
    }

    /// Records an attempt for every key; false if any key is over its limit.
    pub fn allow(&self, keys: &[String]) -> bool {
        let now = Instant::now();
        let window = Duration::from_secs(60);
        let mut hits = match self.hits.lock() {
            Ok(h) => h,
            Err(poisoned) => poisoned.into_inner(),
        };
        if hits.len() > 100_000 {
            hits.retain(|_, v| v.last().is_some_and(|t| now.duration_since(*t) < window));
        }
        let mut allowed = true;
        for key in keys {
            let entry = hits.entry(key.clone()).or_default();
            entry.retain(|t| now.duration_since(*t) < window);
            if entry.len() >= self.per_minute {
                allowed = false;
            } else {
                entry.push(now);
            }
        }
        allowed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_applies_per_key() {
        let l = RateLimiter::new(2);
        let a = vec!["ip:1".to_string()];
        assert!(l.allow(&a));
        assert!(l.allow(&a));
        assert!(!l.allow(&a));
        assert!(l.allow(&["ip:2".to_string()]));
    }
}
