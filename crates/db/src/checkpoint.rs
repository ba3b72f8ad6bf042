//! SQLite's WAL checkpoints, off the writers' path (issue 17). By default SQLite copies the
//! write-ahead log back into the database file inside the commit that makes the log pass
//! 1,000 pages: that writer, and every writer queued behind it, waits for the copy. The
//! server instead checkpoints from a thread of its own, on its own connection, every
//! [`EVERY`]; a PASSIVE checkpoint never blocks writers or readers. Each connection keeps an
//! automatic checkpoint at [`AUTOCHECKPOINT_PAGES`] as a safety net (a command-line run
//! without this thread, or a checkpointer that fell behind).

use crate::connection::{AnyConnection, Pool};
use diesel::connection::SimpleConnection;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// How often the checkpointer runs.
pub const EVERY: Duration = Duration::from_millis(50);
/// The log size (pages of 4 KiB) past which a commit still checkpoints by itself.
pub const AUTOCHECKPOINT_PAGES: u32 = 10_000;

/// The running checkpointer; it stops when this is dropped.
pub struct Checkpointer {
    stop: Arc<AtomicBool>,
}

impl Drop for Checkpointer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// Starts the checkpointer when the pool is SQLite's; PostgreSQL needs none.
pub fn spawn(pool: &Pool) -> Option<Checkpointer> {
    if !matches!(*pool.get().ok()?, AnyConnection::Sqlite(_)) {
        return None;
    }
    let stop = Arc::new(AtomicBool::new(false));
    let stopped = stop.clone();
    let pool = pool.clone();
    std::thread::Builder::new()
        .name("wal-checkpoint".into())
        .spawn(move || {
            while !stopped.load(Ordering::SeqCst) {
                std::thread::sleep(EVERY);
                if let Err(e) = checkpoint(&pool) {
                    tracing::warn!(error = %e, "WAL checkpoint");
                }
            }
        })
        .ok()?;
    Some(Checkpointer { stop })
}

/// One PASSIVE checkpoint: copies what it can without waiting for anyone.
pub fn checkpoint(pool: &Pool) -> Result<(), String> {
    let mut conn = pool.get().map_err(|e| e.to_string())?;
    conn.batch_execute("PRAGMA wal_checkpoint(PASSIVE)")
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::schema::audit_log;
    use crate::testing::TestDb;
    use diesel::prelude::*;

    fn file_len(url: &str) -> u64 {
        let path = url.strip_prefix("sqlite://").expect("a SQLite URL");
        std::fs::metadata(path).expect("database file").len()
    }

    /// Commits stay in the log (below the safety threshold) until the checkpointer copies
    /// them into the database file.
    #[test]
    fn commits_reach_the_database_file_through_the_checkpointer() {
        let db = TestDb::sqlite();
        let checkpointer = spawn(&db.pool);
        assert!(checkpointer.is_some(), "SQLite gets a checkpointer");
        drop(checkpointer);
        checkpoint(&db.pool).expect("first checkpoint");
        let before = file_len(&db.url);
        let mut conn = db.pool.get().expect("connection");
        crate::write_transaction::<_, diesel::result::Error, _>(&mut conn, |c| {
            for i in 0..2000 {
                diesel::insert_into(audit_log::table)
                    .values((
                        audit_log::action.eq("checkpoint-test"),
                        audit_log::target.eq(format!("row {i} {}", "x".repeat(100))),
                        audit_log::created_at.eq(musharaka_core::time::now()),
                    ))
                    .execute(c)?;
            }
            Ok(())
        })
        .expect("insert");
        assert_eq!(file_len(&db.url), before, "the commit stays in the log");
        checkpoint(&db.pool).expect("checkpoint");
        assert!(file_len(&db.url) > before, "the checkpoint copied the log");
    }

    #[test]
    fn postgresql_needs_no_checkpointer() {
        if !crate::testing::backends().contains(&"postgres") {
            return;
        }
        assert!(spawn(&TestDb::postgres().pool).is_none());
    }
}
