//! Changes this process has made since it started: bumped after every web request that may
//! write (any method but GET, HEAD and OPTIONS) and every handled outbox event. Data a page
//! keeps in memory (the web crate's `cache::Recent`) is good only while this has not moved.

use std::sync::atomic::{AtomicU64, Ordering};

static WRITES: AtomicU64 = AtomicU64::new(0);

/// Records that this process changed something.
pub fn note_write() {
    WRITES.fetch_add(1, Ordering::SeqCst);
}

/// The current count of changes: read it before loading what a cache keeps.
pub fn writes() -> u64 {
    WRITES.load(Ordering::SeqCst)
}
