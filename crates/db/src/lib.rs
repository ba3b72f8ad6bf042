//! The database: one schema, two backends (SQLite embedded, PostgreSQL in production)
//! behind diesel's `MultiConnection`, an r2d2 pool, embedded migrations, the audit log
//! and throw-away test databases.

pub mod audit;
pub mod connection;
pub mod jobs;
pub mod schema;
pub mod testing;

pub use connection::{connect_pool, run_migrations, AnyConnection, Backend, Pool, PooledConn};
