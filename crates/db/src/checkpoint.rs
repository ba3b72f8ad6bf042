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
