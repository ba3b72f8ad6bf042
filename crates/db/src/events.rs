//! Events between domains, through the outbox: a domain publishes an event as a `jobs` row
//! of kind `event:<name>` inside the transaction that makes the change, so the event exists
//! exactly when the change does. The server's event worker claims due events and hands them
//! to the crates that listen (see `musharaka_web::events`); a failed handler is retried with
//! back-off like mail. Handlers must be idempotent: an event may be delivered again after a
//! crash between the handler's commit and the job's completion.

use crate::jobs::{self, Job};
use crate::AnyConnection;
use diesel::QueryResult;
use musharaka_core::{Error, ErrorKind, Result};

/// The kind prefix of event jobs.
pub const PREFIX: &str = "event:";

/// `deliberation.decided`: the council recorded the deliberation of an agenda item. Payload:
/// `commune_id`, `deliberation_id`, `number` (`n/yyyy`), `item_id`, `source` (the item's
/// source kind, e.g. `petition`), `source_ref` (e.g. the petition's id), `outcome`.
pub const DELIBERATION_DECIDED: &str = "deliberation.decided";

/// `item.postponed`: the council postponed an agenda item to a later session (the item is
/// closed and entered again there). Payload: `commune_id`, `item_id` (the closed one),
/// `new_item_id`, `session_id` and `starts_on` (the later session), `source`, `source_ref`.
pub const ITEM_POSTPONED: &str = "item.postponed";

/// An event as a listener receives it.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub name: String,
    pub payload: serde_json::Value,
}

impl Event {
    /// An integer field of the payload.
    pub fn i64(&self, field: &str) -> Option<i64> {
        self.payload.get(field).and_then(serde_json::Value::as_i64)
    }

    /// A text field of the payload.
    pub fn str(&self, field: &str) -> Option<&str> {
        self.payload.get(field).and_then(serde_json::Value::as_str)
    }

    /// An integer field the payload must carry: an internal error without it (the worker
    /// retries the job, then gives up and logs it).
    pub fn required_i64(&self, field: &str) -> Result<i64> {
        self.i64(field)
            .ok_or_else(|| Error::with_cause(ErrorKind::Internal, format!("event without {field}")))
    }

    /// The id of the record an agenda item came from when the item's source is `source`;
    /// None for another domain's item (that listener has nothing to do).
    pub fn source_id(&self, source: &str) -> Option<i64> {
        if self.str("source") != Some(source) {
            return None;
        }
        self.str("source_ref").and_then(|r| r.parse::<i64>().ok())
    }

    /// A `deliberation.decided` event as the listener of `source` reads it; None when the
    /// decided item came from elsewhere.
    pub fn decided(&self, source: &str) -> Result<Option<Decided<'_>>> {
        let Some(source_id) = self.source_id(source) else {
            return Ok(None);
        };
        Ok(Some(Decided {
            commune_id: self.required_i64("commune_id")?,
            source_id,
            item_id: self.required_i64("item_id")?,
            deliberation_id: self.required_i64("deliberation_id")?,
            number: self.str("number").unwrap_or_default(),
            adopted: self.str("outcome") == Some("adopted"),
        }))
    }
}

/// What a `deliberation.decided` event tells the domain its item came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Decided<'a> {
    pub commune_id: i64,
    /// The listener's record the item came from (the item's `source_ref`).
    pub source_id: i64,
    pub item_id: i64,
    pub deliberation_id: i64,
    /// The deliberation's number (`n/yyyy`).
    pub number: &'a str,
    pub adopted: bool,
}

/// Publishes `name` with `payload` inside the caller's transaction.
pub fn publish(
    conn: &mut AnyConnection,
    name: &str,
    payload: &serde_json::Value,
) -> QueryResult<()> {
    jobs::enqueue(
        conn,
        &format!("{PREFIX}{name}"),
        &payload.to_string(),
        None,
        None,
    )
}

/// Reads an event job back (`None` for a job that is not an event or whose payload does
/// not parse: the worker records that as a failure).
pub fn of_job(job: &Job) -> Option<Event> {
    let name = job.kind.strip_prefix(PREFIX)?;
    let payload = serde_json::from_str(&job.payload).ok()?;
    Some(Event {
        name: name.to_string(),
        payload,
    })
}

/// Claims up to `limit` due events.
pub fn claim_due(conn: &mut AnyConnection, limit: i64) -> QueryResult<Vec<Job>> {
    jobs::claim_due_prefixed(conn, PREFIX, limit)
}

/// Events not yet handled (for tests and health pages).
pub fn pending(conn: &mut AnyConnection) -> QueryResult<i64> {
    use crate::schema::jobs as t;
    use diesel::prelude::*;
    t::table
        .filter(t::kind.like(format!("{PREFIX}%")))
        .filter(t::done_at.is_null())
        .filter(t::failed_at.is_null())
        .count()
        .get_result(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_published_event_is_claimed_once_and_read_back() {
        let db = crate::testing::TestDb::sqlite();
        let mut conn = db.pool.get().expect("conn");
        let payload = serde_json::json!({ "commune_id": 3, "source": "petition" });
        publish(&mut conn, DELIBERATION_DECIDED, &payload).expect("publish");
        crate::jobs::enqueue(&mut conn, "mail", "{}", None, None).expect("mail");
        assert_eq!(pending(&mut conn).expect("pending"), 1);
        let jobs = claim_due(&mut conn, 10).expect("claim");
        assert_eq!(jobs.len(), 1, "mail jobs are not events");
        let e = of_job(&jobs[0]).expect("event");
        assert_eq!(e.name, DELIBERATION_DECIDED);
        assert_eq!(
            (e.i64("commune_id"), e.str("source")),
            (Some(3), Some("petition"))
        );
        assert!(
            claim_due(&mut conn, 10).expect("again").is_empty(),
            "leased"
        );
        crate::jobs::complete(&mut conn, jobs[0].id).expect("complete");
        assert_eq!(pending(&mut conn).expect("pending"), 0);
    }
}
