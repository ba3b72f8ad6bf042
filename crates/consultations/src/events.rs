//! What consultations do when another domain's event arrives (through the outbox worker).

use crate::service;
use musharaka_core::Result;
use musharaka_db::events::Event;
use musharaka_db::AnyConnection;

/// `deliberation.decided`: when the decided item is a consultation's revised draft (its
/// source), the consultation is adopted or not and linked to the deliberation. Idempotent.
pub fn on_deliberation_decided(conn: &mut AnyConnection, event: &Event) -> Result<()> {
    let Some(d) = event.decided("consultation")? else {
        return Ok(());
    };
    service::record_council_decision(conn, &d)
}
