//! Connections and the pool. The backend is picked from the URL; our own
//! `ManageConnection` reports the real connection error at once (the derived
//! `establish` would hide it behind r2d2's 30 s wait).

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::sqlite::SqliteConnection;
use diesel::Connection;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use std::time::Duration;

#[derive(diesel::MultiConnection)]
pub enum AnyConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

pub type Pool = r2d2::Pool<Manager>;
pub type PooledConn = r2d2::PooledConnection<Manager>;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../../migrations/postgres");

/// Which database a URL names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    Sqlite(String),
    Postgres(String),
}

impl Backend {
    /// `sqlite://PATH`, `sqlite::memory:` or `postgres://...` / `postgresql://...`.
    pub fn from_url(url: &str) -> Result<Self, String> {
        if let Some(path) = url.strip_prefix("sqlite://") {
            if path.is_empty() {
                return Err(format!("database URL {url:?} has no file path"));
            }
            Ok(Backend::Sqlite(path.to_string()))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres(url.to_string()))
        } else {
            Err(format!(
                "database URL {url:?} must start with sqlite:// or postgres://"
            ))
        }
    }

    fn establish(&self) -> Result<AnyConnection, diesel::ConnectionError> {
        match self {
            Backend::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(path)?;
                // WAL lets readers run beside a writer; busy_timeout makes writers wait
                // instead of failing with "database is locked". A page cache of 1 MiB per
                // connection (SQLite's default is 2 MiB): sixteen connections' caches were
                // a third of the process's memory under a signing burst, and the pages
                // most read are kept by the application's own caches. Checkpoints are the
                // server's checkpointer's (`checkpoint`); a commit checkpoints only past
                // its safety threshold.
                conn.batch_execute(&format!(
                    "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
                     PRAGMA cache_size = -1024; PRAGMA wal_autocheckpoint = {};",
                    crate::checkpoint::AUTOCHECKPOINT_PAGES
                ))
                .map_err(diesel::ConnectionError::CouldntSetupConfiguration)?;
                Ok(AnyConnection::Sqlite(conn))
            }
            Backend::Postgres(url) => Ok(AnyConnection::Postgresql(PgConnection::establish(url)?)),
        }
    }
}

pub struct Manager {
    backend: Backend,
}

impl r2d2::ManageConnection for Manager {
    type Connection = AnyConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<AnyConnection, Self::Error> {
        self.backend
            .establish()
            .map_err(diesel::r2d2::Error::ConnectionError)
    }

    fn is_valid(&self, conn: &mut AnyConnection) -> Result<(), Self::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(diesel::r2d2::Error::QueryError)
    }

    /// A connection handed back inside a transaction (its user panicked, or a rollback
    /// failed) would lend that transaction, and on SQLite the write lock, to its next user:
    /// the pool drops it instead, and closing it rolls the transaction back.
    fn has_broken(&self, conn: &mut AnyConnection) -> bool {
        use diesel::connection::{AnsiTransactionManager, TransactionManager};
        let depth = match conn {
            AnyConnection::Sqlite(c) => {
                AnsiTransactionManager::transaction_manager_status_mut(c).transaction_depth()
            }
            AnyConnection::Postgresql(c) => {
                AnsiTransactionManager::transaction_manager_status_mut(c).transaction_depth()
            }
        };
        !matches!(depth, Ok(None))
    }
}

/// Opens the pool, failing fast with the real reason when the database is unreachable.
pub fn connect_pool(url: &str, size: u32) -> Result<Pool, String> {
    let backend = Backend::from_url(url)?;
    if let Backend::Sqlite(path) = &backend {
        if let Some(dir) = std::path::Path::new(path).parent() {
            if !dir.as_os_str().is_empty() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
        }
    }
    // One direct attempt first: its error is the one worth showing.
    backend
        .establish()
        .map_err(|e| format!("cannot open database: {e}"))?;
    // A connection to a file cannot go stale the way a network one can: checking it out
    // with a `SELECT 1` first is a statement per request for nothing (PostgreSQL keeps it).
    let test_on_check_out = !matches!(backend, Backend::Sqlite(_));
    r2d2::Pool::builder()
        .max_size(size)
        .connection_timeout(Duration::from_secs(10))
        .test_on_check_out(test_on_check_out)
        .build(Manager { backend })
        .map_err(|e| format!("cannot open database pool: {e}"))
}

/// The PostgreSQL advisory lock held while migrating ("musharaka" in ASCII): one process
/// migrates, the others wait for it and then find nothing pending.
pub const MIGRATION_LOCK: i64 = 0x6d75_7368_6172_616b;

/// Applies the pending migrations of the connection's backend. On PostgreSQL the work is
/// done under [`MIGRATION_LOCK`] (a session advisory lock), so several `musharaka serve`
/// processes starting at once on one database do not race to apply the same migration;
/// the lock is released when done, or by the server if the process dies. On SQLite the
/// migrations' own write transactions serialise the processes.
pub fn run_migrations(conn: &mut AnyConnection) -> Result<(), String> {
    let result = match conn {
        AnyConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|_| ()),
        AnyConnection::Postgresql(c) => {
            c.batch_execute(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK})"))
                .map_err(|e| format!("migration lock: {e}"))?;
            let done = c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|_| ());
            let unlocked = c.batch_execute(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK})"));
            if let Err(e) = unlocked {
                tracing::warn!(error = %e, "migration lock not released");
            }
            done
        }
    };
    result.map_err(|e| format!("migrations failed: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_pick_the_backend() {
        assert_eq!(
            Backend::from_url("sqlite://data/x.db"),
            Ok(Backend::Sqlite("data/x.db".into()))
        );
        assert!(matches!(
            Backend::from_url("postgresql://u@h/db"),
            Ok(Backend::Postgres(_))
        ));
        assert!(Backend::from_url("mysql://x").is_err());
        assert!(Backend::from_url("sqlite://").is_err());
    }
}
