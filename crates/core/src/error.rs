//! One set of stable error keys. Domain code returns `Error`; the web layer maps a kind
//! to an HTTP status and a translated message (`error-<key>` in the Fluent files).

use std::fmt;

/// A stable, translatable key for everything that can go wrong in front of a user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    NotFound,
    CommuneNotFound,
    Unauthenticated,
    Forbidden,
    InvalidInput,
    CsrfInvalid,
    RateLimited,
    EmailTaken,
    InvalidCredentials,
    EmailNotConfirmed,
    TokenInvalid,
    UploadTooLarge,
    UploadType,
    PayloadTooLarge,
    Conflict,
    /// The database was busy (SQLite lock, PostgreSQL serialization failure): the whole
    /// unit of work may be run again.
    Busy,
    Unavailable,
    Internal,
}

impl ErrorKind {
    pub const ALL: [ErrorKind; 18] = [
        Self::NotFound,
        Self::CommuneNotFound,
        Self::Unauthenticated,
        Self::Forbidden,
        Self::InvalidInput,
        Self::CsrfInvalid,
        Self::RateLimited,
        Self::EmailTaken,
        Self::InvalidCredentials,
        Self::EmailNotConfirmed,
        Self::TokenInvalid,
        Self::UploadTooLarge,
        Self::UploadType,
        Self::PayloadTooLarge,
        Self::Conflict,
        Self::Busy,
        Self::Unavailable,
        Self::Internal,
    ];

    /// The stable key, used in Fluent ids (`error-<key>`) and JSON error bodies.
    pub fn key(self) -> &'static str {
        match self {
            Self::NotFound => "not_found",
            Self::CommuneNotFound => "commune_not_found",
            Self::Unauthenticated => "unauthenticated",
            Self::Forbidden => "forbidden",
            Self::InvalidInput => "invalid_input",
            Self::CsrfInvalid => "csrf_invalid",
            Self::RateLimited => "rate_limited",
            Self::EmailTaken => "email_taken",
            Self::InvalidCredentials => "invalid_credentials",
            Self::EmailNotConfirmed => "email_not_confirmed",
            Self::TokenInvalid => "token_invalid",
            Self::UploadTooLarge => "upload_too_large",
            Self::UploadType => "upload_type",
            Self::PayloadTooLarge => "payload_too_large",
            Self::Conflict => "conflict",
            Self::Busy => "busy",
            Self::Unavailable => "unavailable",
            Self::Internal => "internal",
        }
    }

    /// The HTTP status this kind is served with.
    pub fn status(self) -> u16 {
        match self {
            Self::NotFound | Self::CommuneNotFound | Self::TokenInvalid => 404,
            Self::Unauthenticated => 401,
            Self::Forbidden | Self::CsrfInvalid | Self::EmailNotConfirmed => 403,
            Self::InvalidInput | Self::EmailTaken | Self::UploadType => 422,
            Self::InvalidCredentials => 401,
            Self::RateLimited => 429,
            Self::UploadTooLarge | Self::PayloadTooLarge => 413,
            Self::Conflict => 409,
            Self::Busy | Self::Unavailable => 503,
            Self::Internal => 500,
        }
    }
}

/// An error with its kind and, for the log only, the underlying cause.
#[derive(Debug)]
pub struct Error {
    pub kind: ErrorKind,
    pub cause: Option<String>,
    /// Form fields to mark, each with the Fluent id of its message.
    pub fields: Vec<(String, String)>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind) -> Self {
        Self {
            kind,
            cause: None,
            fields: Vec::new(),
        }
    }

    /// An invalid form field: `field` is the input's name, `message` a Fluent id.
    pub fn field(kind: ErrorKind, field: &str, message: &str) -> Self {
        Self {
            kind,
            cause: None,
            fields: vec![(field.to_string(), message.to_string())],
        }
    }

    pub fn with_cause(kind: ErrorKind, cause: impl fmt::Display) -> Self {
        Self {
            kind,
            cause: Some(cause.to_string()),
            fields: Vec::new(),
        }
    }

    /// Invalid input on a form field (422, the field marked with the Fluent message).
    pub fn invalid(field: &str, message: &str) -> Self {
        Self::field(ErrorKind::InvalidInput, field, message)
    }

    /// Marks a form field on an existing error.
    pub fn with_field(mut self, field: &str, message: &str) -> Self {
        self.fields.push((field.to_string(), message.to_string()));
        self
    }

    pub fn internal(cause: impl fmt::Display) -> Self {
        Self::with_cause(ErrorKind::Internal, cause)
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Self::new(kind)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.cause {
            Some(c) => write!(f, "{}: {c}", self.kind.key()),
            None => f.write_str(self.kind.key()),
        }
    }
}

impl std::error::Error for Error {}

impl From<diesel::result::Error> for Error {
    /// Classified by diesel's `DatabaseErrorKind`, never by the text of a formatted error.
    /// SQLite reports a busy database as `Unknown` with its fixed message (`SQLITE_BUSY`'s
    /// `sqlite3_errstr`), and PostgreSQL a deadlock (SQLSTATE 40P01, which diesel does not
    /// name) as `Unknown` with its own: both compared whole.
    fn from(e: diesel::result::Error) -> Self {
        use diesel::result::{DatabaseErrorKind as K, Error as D};
        match e {
            D::NotFound => Self::new(ErrorKind::NotFound),
            D::DatabaseError(K::UniqueViolation, ref info) => {
                Self::with_cause(ErrorKind::Conflict, info.message())
            }
            D::DatabaseError(K::SerializationFailure, ref info) => {
                Self::with_cause(ErrorKind::Busy, info.message())
            }
            D::DatabaseError(K::Unknown, ref info) if is_busy(info.message()) => {
                Self::with_cause(ErrorKind::Busy, info.message())
            }
            other => Self::internal(other),
        }
    }
}

/// SQLite's messages for `SQLITE_BUSY` and `SQLITE_LOCKED`, and PostgreSQL's for a deadlock
/// (two group-commit batches of two servers waiting on each other's rows): whole, not a
/// substring. Running the unit again succeeds or meets the other's committed row.
fn is_busy(message: &str) -> bool {
    matches!(
        message,
        "database is locked"
            | "database table is locked"
            | "database schema is locked"
            | "deadlock detected"
    )
}

impl Error {
    /// Whether running the whole unit of work again may succeed.
    pub fn is_retryable(&self) -> bool {
        self.kind == ErrorKind::Busy
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Self::internal(e)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_statuses_are_errors() {
        let mut keys: Vec<_> = ErrorKind::ALL.iter().map(|k| k.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ErrorKind::ALL.len());
        assert!(ErrorKind::ALL.iter().all(|k| k.status() >= 400));
    }

    fn db_error(kind: diesel::result::DatabaseErrorKind, msg: &str) -> Error {
        diesel::result::Error::DatabaseError(kind, Box::new(msg.to_string())).into()
    }

    #[test]
    fn database_errors_are_classified_by_kind() {
        use diesel::result::DatabaseErrorKind as K;
        let e: Error = diesel::result::Error::NotFound.into();
        assert_eq!(e.kind, ErrorKind::NotFound);
        assert!(db_error(K::Unknown, "database is locked").is_retryable());
        assert!(db_error(K::Unknown, "deadlock detected").is_retryable());
        for (kind, message, expected) in [
            (
                K::UniqueViolation,
                "UNIQUE constraint failed",
                ErrorKind::Conflict,
            ),
            (
                K::SerializationFailure,
                "could not serialize",
                ErrorKind::Busy,
            ),
            // A message that merely mentions a lock is not a busy database.
            (
                K::Unknown,
                "value 'database is locked' too long",
                ErrorKind::Internal,
            ),
            (K::ForeignKeyViolation, "FOREIGN KEY", ErrorKind::Internal),
        ] {
            assert_eq!(db_error(kind, message).kind, expected, "{message}");
        }
    }
}
