//! Write transactions. On SQLite a deferred transaction that reads before it writes cannot
//! upgrade its snapshot once another writer has committed ("database is locked", which the
//! busy timeout does not cover); `BEGIN IMMEDIATE` takes the write lock up front, so the
//! busy timeout queues writers instead. PostgreSQL runs an ordinary transaction.

use crate::AnyConnection;
use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::result::Error as DieselError;
use diesel::Connection;

/// The turn of this process's SQLite write transactions (one database per process; in tests,
/// several databases share it, which only orders their writes).
static SQLITE_WRITERS: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Runs `f` in one write transaction: `BEGIN IMMEDIATE` on SQLite, `BEGIN` on PostgreSQL.
/// Inside an open transaction it nests as a savepoint (like `Connection::transaction`).
/// Commits when `f` returns `Ok`, rolls back when it returns `Err`.
pub fn write_transaction<T, E, F>(conn: &mut AnyConnection, f: F) -> Result<T, E>
where
    F: FnOnce(&mut AnyConnection) -> Result<T, E>,
    E: From<DieselError>,
{
    let outermost = match conn {
        AnyConnection::Sqlite(c) => AnsiTransactionManager::transaction_manager_status_mut(c)
            .transaction_depth()
            .map_err(E::from)?
            .is_none(),
        AnyConnection::Postgresql(_) => false,
    };
    if !outermost {
        return conn.transaction(f);
    }
    // This process's SQLite writers queue here rather than in SQLite's busy handler, which
    // sleeps between attempts (1 to 100 ms): under a burst of writes that sleeping, not the
    // work, made the waiting time. Held until the commit or rollback below.
    let _turn = match conn {
        AnyConnection::Sqlite(_) => Some(SQLITE_WRITERS.lock().unwrap_or_else(|p| p.into_inner())),
        AnyConnection::Postgresql(_) => None,
    };
    if let AnyConnection::Sqlite(c) = conn {
        AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE").map_err(E::from)?;
    }
    match f(conn) {
        Ok(value) => {
            <AnyConnection as Connection>::TransactionManager::commit_transaction(conn)
                .map_err(E::from)?;
            Ok(value)
        }
        Err(user_error) => {
            match <AnyConnection as Connection>::TransactionManager::rollback_transaction(conn) {
                Ok(()) | Err(DieselError::BrokenTransactionManager) => Err(user_error),
                Err(rollback_error) => Err(rollback_error.into()),
            }
        }
    }
}

/// Holds `key` until the current write transaction ends, so writers that must see each
/// other's rows (two submits for one voter) run one after the other. PostgreSQL's read
/// committed statements otherwise see a row committed between two reads of the same
/// transaction; SQLite's `BEGIN IMMEDIATE` already serialises every writer.
pub fn lock_until_commit(conn: &mut AnyConnection, key: &str) -> Result<(), DieselError> {
    use diesel::sql_types::Text;
    use diesel::RunQueryDsl;
    match conn {
        AnyConnection::Sqlite(_) => Ok(()),
        AnyConnection::Postgresql(c) => {
            diesel::sql_query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))")
                .bind::<Text, _>(key)
                .execute(c)
                .map(|_| ())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{backends, TestDb};
    use diesel::connection::SimpleConnection;

    fn count(conn: &mut AnyConnection) -> i64 {
        use diesel::prelude::*;
        crate::schema::audit_log::table
            .count()
            .get_result(conn)
            .unwrap_or(-1)
    }

    #[test]
    fn commits_on_ok_and_rolls_back_on_err_on_both_backends() {
        for backend in backends() {
            let db = TestDb::new(backend);
            let mut conn = db.pool.get().expect("conn");
            let insert = "INSERT INTO audit_log (action, target, created_at) \
                          VALUES ('t', 'x', CURRENT_TIMESTAMP)";
            let r: Result<(), DieselError> =
                write_transaction(&mut conn, |c| c.batch_execute(insert));
            assert!(r.is_ok(), "{backend}: {r:?}");
            assert_eq!(count(&mut conn), 1);
            let r: Result<(), DieselError> = write_transaction(&mut conn, |c| {
                c.batch_execute(insert)?;
                Err(DieselError::RollbackTransaction)
            });
            assert!(r.is_err());
            assert_eq!(count(&mut conn), 1, "{backend}: rolled back");
            // Nested: the inner one is a savepoint.
            let r: Result<(), DieselError> = write_transaction(&mut conn, |c| {
                c.batch_execute(insert)?;
                let inner: Result<(), DieselError> = write_transaction(c, |c| {
                    c.batch_execute(insert)?;
                    Err(DieselError::RollbackTransaction)
                });
                assert!(inner.is_err());
                Ok(())
            });
            assert!(r.is_ok(), "{backend}: {r:?}");
            assert_eq!(
                count(&mut conn),
                2,
                "{backend}: savepoint rolled back alone"
            );
            // The connection is usable afterwards (no transaction left open).
            assert!(
                write_transaction::<_, DieselError, _>(&mut conn, |c| c.batch_execute(insert))
                    .is_ok()
            );
            assert_eq!(count(&mut conn), 3);
        }
    }
}
