//! Rate limits counted in the database, so that every `musharaka serve` process on one
//! database counts the same attempts (issue 17). A key ("ip:…", "account:…") has one row
//! per 10-second bucket; a hit is one statement for all its keys — an
//! `INSERT … ON CONFLICT DO UPDATE … RETURNING` that adds the hit to the current bucket
//! and returns, per key, the hits of the last minute (this bucket and the five before).
//! Hits over the limit are counted too: a client that keeps hammering stays limited.
//! Buckets older than two minutes are purged by [`purge`], which the caller runs at most
//! once a minute.

use crate::AnyConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};

/// Seconds per bucket.
pub const BUCKET_SECONDS: i64 = 10;
/// The window a limit counts over.
pub const WINDOW_SECONDS: i64 = 60;

#[derive(QueryableByName)]
struct Counted {
    #[diesel(sql_type = Text)]
    rate_key: String,
    #[diesel(sql_type = BigInt)]
    total: i64,
}

/// The bucket a moment (seconds since the epoch) falls in.
pub fn bucket(unix_seconds: i64) -> i64 {
    unix_seconds - unix_seconds.rem_euclid(BUCKET_SECONDS)
}

/// Records one hit for each key (duplicates counted once) at `unix_seconds` and returns
/// each key with its hits over the last minute, this one included.
pub fn hit(
    conn: &mut AnyConnection,
    keys: &[String],
    unix_seconds: i64,
) -> QueryResult<Vec<(String, i64)>> {
    let mut keys: Vec<&String> = keys.iter().collect();
    keys.sort();
    keys.dedup();
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let now = bucket(unix_seconds);
    let since = now - WINDOW_SECONDS;
    let postgres = matches!(conn, AnyConnection::Postgresql(_));
    // Placeholders: `$n` on PostgreSQL, `?` on SQLite; binds in the order written.
    let mut n = 0;
    let mut param = || {
        n += 1;
        if postgres {
            format!("${n}")
        } else {
            "?".to_string()
        }
    };
    let values: Vec<String> = keys
        .iter()
        .map(|_| format!("({}, {}, 1)", param(), param()))
        .collect();
    let sql = format!(
        "INSERT INTO rate_limits (rate_key, window_start, hits) VALUES {} \
         ON CONFLICT (rate_key, window_start) DO UPDATE SET hits = rate_limits.hits + 1 \
         RETURNING rate_key, CAST(hits + (SELECT COALESCE(SUM(r.hits), 0) FROM rate_limits r \
         WHERE r.rate_key = rate_limits.rate_key AND r.window_start > {} \
         AND r.window_start < rate_limits.window_start) AS BIGINT) AS total",
        values.join(", "),
        param()
    );
    let rows: Vec<Counted> = crate::on_backend!(conn, |c| {
        let mut query = diesel::sql_query(sql.as_str()).into_boxed();
        for key in &keys {
            query = query.bind::<Text, _>(key.as_str()).bind::<BigInt, _>(now);
        }
        query.bind::<BigInt, _>(since).load(c)?
    });
    Ok(rows.into_iter().map(|r| (r.rate_key, r.total)).collect())
}

/// Deletes the buckets no limit counts any more; returns how many.
pub fn purge(conn: &mut AnyConnection, unix_seconds: i64) -> QueryResult<usize> {
    use crate::schema::rate_limits::dsl::*;
    diesel::delete(rate_limits.filter(window_start.lt(bucket(unix_seconds) - 2 * WINDOW_SECONDS)))
        .execute(conn)
}

/// Hits recorded for `key` over the minute before `unix_seconds` (tests, diagnostics).
pub fn count(conn: &mut AnyConnection, key: &str, unix_seconds: i64) -> QueryResult<i64> {
    use crate::schema::rate_limits::dsl::*;
    let total: Option<i64> = rate_limits
        .filter(rate_key.eq(key))
        .filter(window_start.gt(bucket(unix_seconds) - WINDOW_SECONDS))
        .select(diesel::dsl::sum(hits))
        .first(conn)?;
    Ok(total.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::testing::{backends, TestDb};

    #[test]
    fn buckets_are_ten_seconds() {
        assert_eq!(bucket(0), 0);
        assert_eq!(bucket(19), 10);
        assert_eq!(bucket(-1), -10);
    }

    #[test]
    fn hits_are_counted_per_key_over_the_last_minute() {
        for backend in backends() {
            let db = TestDb::new(backend);
            let mut conn = db.pool.get().unwrap();
            let keys = vec!["ip:1".to_string(), "account:a".to_string()];
            let t = 1_000_000;
            for i in 1..=3 {
                let mut got = hit(&mut conn, &keys, t + i).unwrap();
                got.sort();
                assert_eq!(
                    got,
                    vec![("account:a".into(), i), ("ip:1".into(), i)],
                    "{backend}"
                );
            }
            // A repeated key is one hit.
            let got = hit(&mut conn, &["ip:2".into(), "ip:2".into()], t).unwrap();
            assert_eq!(got, vec![("ip:2".into(), 1)]);
            // 40 s later the earlier buckets still count; 70 s later they do not.
            let got = hit(&mut conn, &["ip:1".into()], t + 40).unwrap();
            assert_eq!(got, vec![("ip:1".into(), 4)]);
            let got = hit(&mut conn, &["ip:1".into()], t + 75).unwrap();
            assert_eq!(got, vec![("ip:1".into(), 2)], "{backend}");
            assert_eq!(count(&mut conn, "ip:1", t + 75).unwrap(), 2);
            // The purge keeps what still counts.
            purge(&mut conn, t + 75).unwrap();
            assert_eq!(count(&mut conn, "ip:1", t + 75).unwrap(), 2);
            assert!(purge(&mut conn, t + 1000).unwrap() > 0);
            assert_eq!(count(&mut conn, "ip:1", t + 75).unwrap(), 0);
        }
    }
}
