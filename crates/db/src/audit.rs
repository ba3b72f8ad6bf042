//! The append-only audit log: every official decision goes through `record`, inside the
//! transaction that makes the change, so the log and the change stand or fall together.

use crate::schema::audit_log;
use crate::AnyConnection;
use diesel::prelude::*;
use serde::Serialize;

/// What an official did, to what, with the state before and after.
pub struct AuditEntry<'a> {
    pub commune_id: Option<i64>,
    pub actor_id: Option<i64>,
    pub action: &'a str,
    pub target: String,
    pub before: Option<serde_json::Value>,
    pub after: Option<serde_json::Value>,
}

impl<'a> AuditEntry<'a> {
    /// An entry with no state recorded yet: add it with [`Self::before`] and [`Self::after`].
    pub fn new(
        commune_id: Option<i64>,
        actor_id: Option<i64>,
        action: &'a str,
        target: String,
    ) -> Self {
        AuditEntry {
            commune_id,
            actor_id,
            action,
            target,
            before: None,
            after: None,
        }
    }

    /// The state before the change (a value, or an `Option` of one).
    pub fn before(mut self, state: impl Into<Option<serde_json::Value>>) -> Self {
        self.before = state.into();
        self
    }

    /// The state after the change (a value, or an `Option` of one).
    pub fn after(mut self, state: impl Into<Option<serde_json::Value>>) -> Self {
        self.after = state.into();
        self
    }

    /// Writes the entry (see [`record`]).
    pub fn record(self, conn: &mut AnyConnection) -> QueryResult<()> {
        record(conn, self)
    }
}

/// A record with a status that officials' decisions move (a petition, a consultation, a
/// call…): what its audit entries name. Implement it with [`audited!`](crate::audited).
pub trait Audited {
    fn audit_commune(&self) -> i64;
    /// The entry's target (`petition:12`).
    fn audit_target(&self) -> String;
    /// The status before the decision (the entry's `before`).
    fn audit_status(&self) -> &str;
}

/// Implements [`Audited`] for a row with `id`, `commune_id` and `status` fields; `$kind` is
/// the target's prefix.
#[macro_export]
macro_rules! audited {
    ($row:ty, $kind:literal) => {
        impl $crate::audit::Audited for $row {
            fn audit_commune(&self) -> i64 {
                self.commune_id
            }
            fn audit_target(&self) -> String {
                format!(concat!($kind, ":{}"), self.id)
            }
            fn audit_status(&self) -> &str {
                $crate::__core_keyed::StoredKey::stored_key(&self.status)
            }
        }
    };
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = audit_log)]
pub struct AuditRecord {
    pub id: i64,
    pub commune_id: Option<i64>,
    pub actor_id: Option<i64>,
    pub action: String,
    pub target: String,
    pub before_json: Option<String>,
    pub after_json: Option<String>,
    pub created_at: chrono::NaiveDateTime,
}

pub fn record(conn: &mut AnyConnection, entry: AuditEntry<'_>) -> QueryResult<()> {
    diesel::insert_into(audit_log::table)
        .values((
            audit_log::commune_id.eq(entry.commune_id),
            audit_log::actor_id.eq(entry.actor_id),
            audit_log::action.eq(entry.action),
            audit_log::target.eq(entry.target),
            audit_log::before_json.eq(entry.before.map(|v| v.to_string())),
            audit_log::after_json.eq(entry.after.map(|v| v.to_string())),
            audit_log::created_at.eq(musharaka_core::time::now()),
        ))
        .execute(conn)
        .map(|_| ())
}

/// The latest entries of a commune, newest first.
pub fn recent(
    conn: &mut AnyConnection,
    commune_id: i64,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<AuditRecord>> {
    audit_log::table
        .filter(audit_log::commune_id.eq(commune_id))
        .order(audit_log::id.desc())
        .limit(limit)
        .offset(offset)
        .select(AuditRecord::as_select())
        .load(conn)
}
