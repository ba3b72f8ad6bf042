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
    let candidates: Vec<(i64, Option<chrono::NaiveDateTime>)> = petitions::table
        .filter(petitions::final_at.is_not_null())
        .filter(petitions::personal_data_erased_at.is_null())
        .select((petitions::id, petitions::final_at))
        .load(conn)?;
    let mut erased = 0;
    for (id, final_at) in candidates {
        let Some(final_at) = final_at else { continue };
        if !rules::personal_data_erasure_due(final_at.date(), policy, today) {
            continue;
        }
        conn.transaction(|conn| -> Result<()> {
            diesel::update(
                petition_signatures::table.filter(petition_signatures::petition_id.eq(id)),
            )
            .set((
                petition_signatures::cin_encrypted.eq(None::<String>),
                petition_signatures::full_name.eq(None::<String>),
                petition_signatures::birth_date.eq(None::<NaiveDate>),
                petition_signatures::address.eq(None::<String>),
                petition_signatures::email.eq(None::<String>),
                petition_signatures::ip_hash.eq(None::<String>),
            ))
            .execute(conn)?;
            diesel::update(petitions::table.find(id))
                .set(petitions::personal_data_erased_at.eq(now()))
                .execute(conn)?;
            Ok(())
        })?;
        erased += 1;
    }
    Ok(erased)
}
