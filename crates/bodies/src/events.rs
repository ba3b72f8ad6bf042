//! What bodies do when another domain's event arrives (through the outbox worker).

use crate::service;
use musharaka_core::time::today;
use musharaka_core::Result;
use musharaka_db::events::Event;
use musharaka_db::AnyConnection;

/// The key `musharaka-councils` stores for `ItemSource::AdvisoryOpinion`.
pub const SOURCE: &str = "advisory_opinion";

/// `deliberation.decided`: when the decided item carries an advisory opinion (its source),
/// the council's answer is recorded on the opinion and linked back. Idempotent.
pub fn on_deliberation_decided(conn: &mut AnyConnection, event: &Event) -> Result<()> {
    let Some(d) = event.decided(SOURCE)? else {
        return Ok(());
    };
    service::record_council_answer(conn, &d, today())
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
