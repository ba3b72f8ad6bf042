//! PostgreSQL LISTEN/NOTIFY for caches shared by several server processes (issue 17): one
//! dedicated connection per process listens on a channel; the database's triggers notify
//! it when a change commits (migration 000026).

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::Connection;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Listens on `channel` until `stop` is set, calling `on_notify` with each notification's
/// payload, and with "" after every (re)connection (what was sent while not listening is
/// lost: the caller must assume anything changed). `live` tells whether the connection is
/// listening now. Notifications are polled every `poll` (libpq reads what has arrived on
/// the socket; no round trip); a lost connection is re-opened after a second.
pub fn listen(
    url: &str,
    channel: &str,
    poll: Duration,
    live: &AtomicBool,
    stop: &AtomicBool,
    on_notify: impl Fn(&str),
) {
    let mut warned = false;
    while !stop.load(Ordering::SeqCst) {
        let conn = PgConnection::establish(url).map_err(|e| e.to_string());
        let mut conn = match conn.and_then(|mut c| {
            c.batch_execute(&format!("LISTEN {channel}"))
                .map(|_| c)
                .map_err(|e| e.to_string())
        }) {
            Ok(c) => c,
            Err(e) => {
                if !warned {
                    tracing::warn!(error = %e, channel, "cannot listen for notifications");
                    warned = true;
                }
                std::thread::sleep(Duration::from_secs(1));
                continue;
            }
        };
        warned = false;
        live.store(true, Ordering::SeqCst);
        on_notify("");
        let mut checked = std::time::Instant::now();
        'poll: while !stop.load(Ordering::SeqCst) {
            // A silent network failure closes nothing: ask the server now and then.
            if checked.elapsed() > Duration::from_secs(30) {
                checked = std::time::Instant::now();
                if let Err(e) = conn.batch_execute("SELECT 1") {
                    tracing::warn!(error = %e, channel, "notification connection lost");
                    break 'poll;
                }
            }
            for n in conn.notifications_iter() {
                match n {
                    Ok(n) => on_notify(&n.payload),
                    Err(e) => {
                        tracing::warn!(error = %e, channel, "notification connection lost");
                        break 'poll;
                    }
                }
            }
            std::thread::sleep(poll);
        }
        live.store(false, Ordering::SeqCst);
        on_notify("");
    }
}
