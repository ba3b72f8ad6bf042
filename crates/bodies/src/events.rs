//! What bodies do when another domain's event arrives (through the outbox worker).

use crate::service;
use musharaka_core::time::today;
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_db::events::Event;
use musharaka_db::AnyConnection;

/// The key `musharaka-councils` stores for `ItemSource::AdvisoryOpinion`.
pub const SOURCE: &str = "advisory_opinion";

/// `deliberation.decided`: when the decided item carries an advisory opinion (its source),
/// the council's answer is recorded on the opinion and linked back. Idempotent.
pub fn on_deliberation_decided(conn: &mut AnyConnection, event: &Event) -> Result<()> {
    if event.str("source") != Some(SOURCE) {
        return Ok(());
    }
    let Some(opinion_id) = event.str("source_ref").and_then(|r| r.parse::<i64>().ok()) else {
        return Ok(());
    };
    let field = |name: &str| {
        event
            .i64(name)
            .ok_or_else(|| Error::with_cause(ErrorKind::Internal, format!("event without {name}")))
    };
    service::record_council_answer(
        conn,
        field("commune_id")?,
        opinion_id,
        field("item_id")?,
        field("deliberation_id")?,
        event.str("number").unwrap_or_default(),
        event.str("outcome") == Some("adopted"),
        today(),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_source_key_is_the_councils_own() {
        assert_eq!(
            musharaka_councils::records::key(&musharaka_councils::ItemSource::AdvisoryOpinion),
            super::SOURCE
        );
    }
}
