//! Session tokens: a JWT (HS256) holding the account id, carried in an HttpOnly cookie.

use jsonwebtoken::{decode, encode, DecodingKey, EncodingKey, Header, Validation};
use musharaka_core::Error;
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: String,
    exp: i64,
    iat: i64,
}

pub struct SessionKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    hours: i64,
}

impl SessionKeys {
    pub fn new(secret: &str, hours: i64) -> Result<Self, Error> {
        Ok(Self {
            encoding: EncodingKey::from_secret(secret.as_bytes()).map_err(Error::internal)?,
            decoding: DecodingKey::from_secret(secret.as_bytes()).map_err(Error::internal)?,
            hours,
        })
    }

    pub fn lifetime_seconds(&self) -> i64 {
        self.hours * 3600
    }

    pub fn issue(&self, account_id: i64) -> Result<String, Error> {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            sub: account_id.to_string(),
            iat: now,
            exp: now + self.lifetime_seconds(),
        };
        encode(&Header::default(), &claims, &self.encoding).map_err(Error::internal)
    }

    /// The account id of a valid, unexpired token.
    pub fn verify(&self, token: &str) -> Option<i64> {
        decode::<Claims>(token, &self.decoding, &Validation::default())
            .ok()
            .and_then(|d| d.claims.sub.parse().ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_verify_with_their_secret_only() {
        let keys = SessionKeys::new("a-secret-of-at-least-thirty-two-bytes!!", 1).expect("keys");
        let t = keys.issue(42).expect("issue");
        assert_eq!(keys.verify(&t), Some(42));
        let other = SessionKeys::new("another-secret-of-at-least-thirty-two!!", 1).expect("keys");
        assert_eq!(other.verify(&t), None);
        assert_eq!(keys.verify("garbage"), None);
    }
}
