//! The wiring of events between domains (outside the web floor: the server, the demo
//! loader and the tests run it): which crate listens to which event, and the
//! worker that hands due `event:*` jobs to them (see `musharaka_db::events`). A handler and
//! the completion of its job commit together; a failed handler is retried with back-off.

use diesel::Connection;
use musharaka_core::I18n;
use musharaka_db::events::{self, Event, DELIBERATION_DECIDED, ITEM_POSTPONED};
use musharaka_db::{jobs, AnyConnection, Pool};
use musharaka_mail::MailContext;
use std::time::Duration;

/// Hands one event to the crates that listen to it.
fn dispatch(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    e: &Event,
) -> musharaka_core::Result<()> {
    match e.name.as_str() {
        DELIBERATION_DECIDED => {
            musharaka_petitions::events::on_deliberation_decided(conn, mail, e)?;
            musharaka_bodies::events::on_deliberation_decided(conn, e)?;
            musharaka_consultations::events::on_deliberation_decided(conn, e)
        }
        ITEM_POSTPONED => musharaka_petitions::events::on_item_postponed(conn, e),
        _ => Ok(()),
    }
}

/// Handles every due event; returns how many were handled. Tests call this to run events
/// explicitly (as they deliver mail explicitly); the server's worker calls it every few
/// seconds.
pub fn run_due_events(pool: &Pool, i18n: &I18n, base_url: &str) -> Result<usize, String> {
    let mail = MailContext { i18n, base_url };
    let mut conn = pool.get().map_err(|e| e.to_string())?;
    run_due(&mut conn, &mail)
}

/// Handles every due event on `conn` (the demo loader runs them this way too).
pub fn run_due(conn: &mut AnyConnection, mail: &MailContext<'_>) -> Result<usize, String> {
    let mut handled = 0;
    loop {
        let batch = events::claim_due(conn, 50).map_err(|e| e.to_string())?;
        if batch.is_empty() {
            return Ok(handled);
        }
        for job in batch {
            let result = match events::of_job(&job) {
                None => Err("unreadable event".to_string()),
                Some(e) => conn
                    .transaction(|c| -> musharaka_core::Result<()> {
                        dispatch(c, mail, &e)?;
                        jobs::complete(c, job.id)?;
                        Ok(())
                    })
                    .map_err(|e| e.to_string()),
            };
            match result {
                Ok(()) => {
                    handled += 1;
                    musharaka_db::writes::note_write();
                }
                Err(e) => {
                    tracing::warn!(job = job.id, kind = %job.kind, error = %e, "event failed");
                    jobs::fail(conn, &job, &e).map_err(|e| e.to_string())?;
                }
            }
        }
    }
}

/// A background thread that handles due events every few seconds and wakes the mail
/// worker when they queued mail.
pub fn spawn_worker(
    pool: Pool,
    i18n: &'static I18n,
    base_url: String,
    mail: Option<musharaka_mail::Worker>,
) {
    std::thread::spawn(move || loop {
        match run_due_events(&pool, i18n, &base_url) {
            Ok(0) => {}
            Ok(_) => {
                if let Some(m) = &mail {
                    m.wake();
                }
            }
            Err(e) => tracing::warn!(error = %e, "event worker"),
        }
        std::thread::sleep(Duration::from_secs(3));
    });
}
