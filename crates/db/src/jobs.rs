//! The one `jobs` table (outbox): a change and the job it causes are inserted in the same
//! transaction; a worker claims due jobs, retries with back-off and records failures.

use crate::schema::jobs;
use crate::AnyConnection;
use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use musharaka_core::time::now;

/// How long a claimed job stays reserved for the worker that claimed it.
const LEASE_SECONDS: i64 = 120;
/// After this many failed attempts a job is marked failed and left for a human.
pub const MAX_ATTEMPTS: i32 = 8;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = jobs)]
pub struct Job {
    pub id: i64,
    pub kind: String,
    pub payload: String,
    pub attempts: i32,
}

/// Queues a job, to run at once (or at `run_at`), inside the caller's transaction. A
/// `tag` lets a later change cancel it (e.g. a reminder made moot by a decision).
pub fn enqueue(
    conn: &mut AnyConnection,
    kind: &str,
    payload: &str,
    run_at: Option<NaiveDateTime>,
    tag: Option<&str>,
) -> QueryResult<()> {
    let t = now();
    diesel::insert_into(jobs::table)
        .values((
            jobs::kind.eq(kind),
            jobs::payload.eq(payload),
            jobs::run_at.eq(run_at.unwrap_or(t)),
            jobs::attempts.eq(0),
            jobs::created_at.eq(t),
            jobs::tag.eq(tag),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Cancels the jobs with `tag` that have not run yet; returns how many.
pub fn cancel_tagged(conn: &mut AnyConnection, tag: &str) -> QueryResult<usize> {
    diesel::update(
        jobs::table
            .filter(jobs::tag.eq(tag))
            .filter(jobs::done_at.is_null())
            .filter(jobs::failed_at.is_null()),
    )
    .set((jobs::done_at.eq(now()), jobs::last_error.eq("cancelled")))
    .execute(conn)
}

/// Claims up to `limit` due jobs of `kind`. A job is claimed by one conditional update,
/// so two workers never take the same job.
pub fn claim_due(conn: &mut AnyConnection, kind: &str, limit: i64) -> QueryResult<Vec<Job>> {
    claim(conn, Kind::Exact(kind), limit)
}

/// Claims up to `limit` due jobs whose kind starts with `prefix` (e.g. `event:`).
pub fn claim_due_prefixed(
    conn: &mut AnyConnection,
    prefix: &str,
    limit: i64,
) -> QueryResult<Vec<Job>> {
    claim(conn, Kind::Prefix(prefix), limit)
}

/// The first string after every string that starts with `prefix` (its last character
/// moved one up): `"event:"` gives `"event;"`.
fn prefix_end(prefix: &str) -> String {
    let mut end: Vec<char> = prefix.chars().collect();
    match end.pop().and_then(|c| char::from_u32(c as u32 + 1)) {
        Some(next) => end.push(next),
        // An empty prefix, or one ending in a character with no successor (never one of
        // ours: they end in ':'): every kind from the prefix on.
        None => return char::MAX.to_string(),
    }
    end.into_iter().collect()
}

enum Kind<'a> {
    Exact(&'a str),
    Prefix(&'a str),
}

fn claim(conn: &mut AnyConnection, kind: Kind<'_>, limit: i64) -> QueryResult<Vec<Job>> {
    // One short write transaction for the whole batch (BEGIN IMMEDIATE on SQLite): one
    // select and one conditional update, instead of a write per job competing with the
    // requests for the write lock. The update's condition still decides: a job another
    // worker claimed meanwhile is not returned.
    crate::write_transaction(conn, |conn| {
        let t = now();
        let mut q = jobs::table.into_boxed();
        q = match kind {
            Kind::Exact(k) => q.filter(jobs::kind.eq(k.to_string())),
            // A range rather than LIKE: the `jobs_pending` index serves it.
            Kind::Prefix(p) => q
                .filter(jobs::kind.ge(p.to_string()))
                .filter(jobs::kind.lt(prefix_end(p))),
        };
        let candidates: Vec<Job> = q
            .filter(jobs::done_at.is_null())
            .filter(jobs::failed_at.is_null())
            .filter(jobs::run_at.le(t))
            .filter(jobs::locked_until.is_null().or(jobs::locked_until.lt(t)))
            .order(jobs::id)
            .limit(limit)
            .select(Job::as_select())
            .load(conn)?;
        if candidates.is_empty() {
            return Ok(candidates);
        }
        let ids: Vec<i64> = candidates.iter().map(|j| j.id).collect();
        let won: Vec<i64> = diesel::update(
            jobs::table
                .filter(jobs::id.eq_any(&ids))
                .filter(jobs::done_at.is_null())
                .filter(jobs::locked_until.is_null().or(jobs::locked_until.lt(t))),
        )
        .set(jobs::locked_until.eq(t + Duration::seconds(LEASE_SECONDS)))
        .returning(jobs::id)
        .get_results(conn)?;
        Ok(candidates
            .into_iter()
            .filter(|j| won.contains(&j.id))
            .collect())
    })
}

/// Marks many jobs done in one statement (a worker's batch).
pub fn complete_all(conn: &mut AnyConnection, ids: &[i64]) -> QueryResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    diesel::update(jobs::table.filter(jobs::id.eq_any(ids)))
        .set((
            jobs::done_at.eq(now()),
            jobs::locked_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)
        .map(|_| ())
}

pub fn complete(conn: &mut AnyConnection, id: i64) -> QueryResult<()> {
    diesel::update(jobs::table.find(id))
        .set((
            jobs::done_at.eq(now()),
            jobs::locked_until.eq(None::<NaiveDateTime>),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Records a failed attempt: retried after 2^attempts minutes, failed for good after
/// `MAX_ATTEMPTS`.
pub fn fail(conn: &mut AnyConnection, job: &Job, error: &str) -> QueryResult<()> {
    let attempts = job.attempts + 1;
    let t = now();
    let failed_at = (attempts >= MAX_ATTEMPTS).then_some(t);
    diesel::update(jobs::table.find(job.id))
        .set((
            jobs::attempts.eq(attempts),
            jobs::last_error.eq(error),
            jobs::run_at.eq(t + Duration::minutes(1 << attempts.min(10))),
            jobs::locked_until.eq(None::<NaiveDateTime>),
            jobs::failed_at.eq(failed_at),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Jobs not yet done (for health pages and tests).
pub fn pending_count(conn: &mut AnyConnection, kind: &str) -> QueryResult<i64> {
    jobs::table
        .filter(jobs::kind.eq(kind))
        .filter(jobs::done_at.is_null())
        .filter(jobs::failed_at.is_null())
        .count()
        .get_result(conn)
}

/// Jobs of every kind waiting to run (not done, not failed for good) and jobs failed
/// for good, for `/metrics`.
pub fn waiting_and_failed(conn: &mut AnyConnection) -> QueryResult<(i64, i64)> {
    let waiting = jobs::table
        .filter(jobs::done_at.is_null())
        .filter(jobs::failed_at.is_null())
        .count()
        .get_result(conn)?;
    let failed = jobs::table
        .filter(jobs::failed_at.is_not_null())
        .count()
        .get_result(conn)?;
    Ok((waiting, failed))
}

#[cfg(test)]
mod tests {
    use super::prefix_end;

    #[test]
    fn a_prefix_range_holds_exactly_the_kinds_that_start_with_it() {
        let end = prefix_end("event:");
        assert_eq!(end, "event;");
        for kind in ["event:", "event:deliberation.decided", "event:~"] {
            assert!(kind >= "event:" && kind < end.as_str(), "{kind}");
        }
        for kind in ["event", "event;", "events", "mail"] {
            assert!(!(kind >= "event:" && kind < end.as_str()), "{kind}");
        }
        assert_eq!(prefix_end(""), char::MAX.to_string());
    }
}
