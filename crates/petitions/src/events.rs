//! What petitions do when another domain's event arrives (through the outbox worker).

use crate::service;
use musharaka_core::Result;
use musharaka_db::events::Event;
use musharaka_db::AnyConnection;
use musharaka_mail::MailContext;

/// `deliberation.decided`: when the decided item answers a petition (its source), the
/// petition is closed with the council's outcome and its agent and opted-in signers are
/// mailed. Idempotent: a redelivered event changes nothing and mails nobody twice.
pub fn on_deliberation_decided(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    event: &Event,
) -> Result<()> {
    let Some(d) = event.decided("petition")? else {
        return Ok(());
    };
    service::record_council_decision(conn, mail, &d)
}

/// `item.postponed`: when the postponed item answers a petition, the petition becomes
/// postponed (its own state, with the council's reason and the later session on its public
/// page) and follows the item entered again on the later session. Idempotent: a
/// redelivered event adds no second step for the same later session.
pub fn on_item_postponed(conn: &mut AnyConnection, event: &Event) -> Result<()> {
    let Some(petition_id) = event.source_id("petition") else {
        return Ok(());
    };
    let commune_id = event.required_i64("commune_id")?;
    service::record_postponement(
        conn,
        commune_id,
        petition_id,
        event.str("starts_on").unwrap_or_default(),
        event
            .i64("new_item_id")
            .map(musharaka_councils::ItemId::new),
    )
}
