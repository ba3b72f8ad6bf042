//! Session tokens: a JWT (HS256) holding the account id and the account's session version
//! when it was issued, carried in an HttpOnly cookie. Raising the account's version
//! (logout, password change or reset, "sign out everywhere") ends every older token.

use jsonwebtoken::{decode, encode, DecodingKey, EncodingKey, Header, Validation};
use musharaka_core::Error;
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize)]
struct Claims {
    sub: String,
    /// The account's `session_version` at issue.
    ver: i64,
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

    pub fn issue(&self, account_id: i64, session_version: i64) -> Result<String, Error> {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            sub: account_id.to_string(),
            ver: session_version,
            iat: now,
            exp: now + self.lifetime_seconds(),
        };
        encode(&Header::default(), &claims, &self.encoding).map_err(Error::internal)
    }

    /// The account id and session version of a valid, unexpired token. The caller
    /// compares the version with the account's (`Permissions::session_is_current`).
    pub fn verify(&self, token: &str) -> Option<SessionClaim> {
        let claims = decode::<Claims>(token, &self.decoding, &Validation::default())
            .ok()?
            .claims;
        Some(SessionClaim {
            account_id: claims.sub.parse().ok()?,
            version: claims.ver,
        })
    }
}

/// What a valid token says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionClaim {
    pub account_id: i64,
    pub version: i64,
}

impl SessionClaim {
    /// Whether the account has not ended this session since it was issued.
    pub fn is_current(&self, account: &crate::Account) -> bool {
        account.id == self.account_id && account.session_version == self.version
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_verify_with_their_secret_only() {
        let keys = SessionKeys::new("a-secret-of-at-least-thirty-two-bytes!!", 1).expect("keys");
        let t = keys.issue(42, 3).expect("issue");
        assert_eq!(
            keys.verify(&t),
            Some(SessionClaim {
                account_id: 42,
                version: 3
            })
        );
        let other = SessionKeys::new("another-secret-of-at-least-thirty-two!!", 1).expect("keys");
        assert_eq!(other.verify(&t), None);
        assert_eq!(keys.verify("garbage"), None);
    }
}
