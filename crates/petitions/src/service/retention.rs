//! Law 09.08: signers' personal data kept no longer than needed.

use super::*;

/// The petition an agenda item came from, if any (its `source_ref`).
pub fn petition_of_item(item: &musharaka_councils::records::ItemRow) -> Option<i64> {
    (item.source == "petition")
        .then(|| item.source_ref.as_deref().and_then(|r| r.parse().ok()))
        .flatten()
}

/// Law 09.08: erases signers' personal data of petitions decided more than the retention
/// period ago; the counts stay (rows keep channel, confirmation and validity).
pub fn erase_expired_personal_data(
    conn: &mut AnyConnection,
    today: NaiveDate,
    months: u32,
) -> Result<usize> {
    let policy = rules::RetentionPolicy {
        months_after_final_decision: months,
    };
    let candidates = store::final_not_erased(conn)?;
    let mut erased = 0;
    for (id, final_at) in candidates {
        if !rules::personal_data_erasure_due(final_at.date(), policy, today) {
            continue;
        }
        write_transaction(conn, |conn| -> Result<()> {
            store::erase_personal_data(conn, id)?;
            Ok(())
        })?;
        erased += 1;
    }
    Ok(erased)
}
