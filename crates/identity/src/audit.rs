//! The audit record of an official's decision, taking the actor from its permissions (every
//! domain service writes through this, inside the transaction that makes the change).

use crate::Permissions;
use musharaka_core::Result;
use musharaka_db::audit::{self, AuditEntry};
use musharaka_db::AnyConnection;

pub fn log(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    action: &str,
    target: String,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> Result<()> {
    audit::record(
        conn,
        AuditEntry {
            commune_id: Some(commune_id),
            actor_id: actor.map(|a| a.account.id),
            action,
            target,
            before,
            after,
        },
    )?;
    Ok(())
}
