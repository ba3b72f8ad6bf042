//! What consultations do when another domain's event arrives (through the outbox worker).

use crate::service;
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_db::events::Event;
use musharaka_db::AnyConnection;

/// `deliberation.decided`: when the decided item is a consultation's revised draft (its
/// source), the consultation is adopted or not and linked to the deliberation. Idempotent.
pub fn on_deliberation_decided(conn: &mut AnyConnection, event: &Event) -> Result<()> {
    if event.str("source") != Some("consultation") {
        return Ok(());
    }
    let Some(id) = event.str("source_ref").and_then(|r| r.parse::<i64>().ok()) else {
        return Ok(());
    };
    let field = |name: &str| {
        event
            .i64(name)
            .ok_or_else(|| Error::with_cause(ErrorKind::Internal, format!("event without {name}")))
    };
    service::record_council_decision(
        conn,
        field("commune_id")?,
        id,
        field("item_id")?,
        field("deliberation_id")?,
        event.str("number").unwrap_or_default(),
        event.str("outcome") == Some("adopted"),
    )
}
