//! The audit record of an official's decision, taking the actor from its permissions (every
//! domain service writes through this, inside the transaction that makes the change).

use crate::Permissions;
use musharaka_core::Result;
pub use musharaka_db::audit::{AuditEntry, Audited};
use musharaka_db::AnyConnection;

/// The entry of `actor`'s `action` on `target` (`kind:id`) in a commune; add the states
/// with `.before(..)` / `.after(..)` and write it with `.record(conn)`.
pub fn entry<'a>(
    actor: Option<&Permissions>,
    commune_id: i64,
    action: &'a str,
    target: String,
) -> AuditEntry<'a> {
    AuditEntry::new(
        Some(commune_id),
        actor.map(|a| a.account.id),
        action,
        target,
    )
}

impl Permissions {
    /// The audit entry of this official's `action` on `target` (`kind:id`) in a commune;
    /// add the states with `.before(..)` / `.after(..)` and write it with `.record(conn)`.
    pub fn audit<'a>(&self, commune_id: i64, action: &'a str, target: String) -> AuditEntry<'a> {
        entry(Some(self), commune_id, action, target)
    }

    /// Records this official's `action` on a record with a status: its status as the state
    /// before, `after` as the state after.
    pub fn audit_decision(
        &self,
        conn: &mut AnyConnection,
        record: &impl Audited,
        action: &str,
        after: serde_json::Value,
    ) -> Result<()> {
        entry(
            Some(self),
            record.audit_commune(),
            action,
            record.audit_target(),
        )
        .before(serde_json::json!({ "status": record.audit_status() }))
        .after(after)
        .record(conn)?;
        Ok(())
    }
}

pub fn log(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    action: &str,
    target: String,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Result<()> {
    entry(actor, commune_id, action, target)
        .before(before)
        .after(after)
        .record(conn)?;
    Ok(())
}
