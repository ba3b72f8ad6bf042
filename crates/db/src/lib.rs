//! The database: one schema, two backends (SQLite embedded, PostgreSQL in production)
//! behind diesel's `MultiConnection`, an r2d2 pool, embedded migrations, the audit log
//! and throw-away test databases.

pub mod audit;
pub mod backup;
pub mod checkpoint;
pub mod connection;
pub mod events;
pub mod group_commit;
pub mod jobs;
pub mod notify;
pub mod query;
pub mod rate_limits;
pub mod schema;
pub mod testing;
mod text_column;
pub mod transaction;
pub mod uploads;
pub mod writes;

/// For the query macros ([`query`]): they name diesel through this crate.
#[doc(hidden)]
pub use diesel;
/// For [`audited!`]: a row's status, typed or not, through `StoredKey`.
#[doc(hidden)]
pub use musharaka_core::keyed as __core_keyed;

pub use connection::{connect_pool, run_migrations, AnyConnection, Backend, Pool, PooledConn};
pub use transaction::{lock_until_commit, write_transaction};

/// Runs a statement diesel cannot express through `MultiConnection` (batch inserts,
/// ON CONFLICT, backend-specific SQL) on the concrete connection: the same code in both
/// arms. The one place backend-specific SQL is dispatched.
#[macro_export]
macro_rules! on_backend {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::AnyConnection::Sqlite($c) => $body,
            $crate::AnyConnection::Postgresql($c) => $body,
        }
    };
}
