//! Deliberations: the register numbered per year (art. 47), signature, corrections.

use super::*;

/// Saves the deliberation text of a decided item: edits the unsigned draft if there is
/// one, otherwise writes it ([`write_deliberation`]).
pub fn save_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<DeliberationRow> {
    let draft = store::deliberations_of_item(conn, commune_id, item_id)?
        .into_iter()
        .find(|d| d.signed_at.is_none());
    match draft {
        Some(d) => edit_deliberation(conn, actor, commune_id, d.id, text_ar, text_fr),
        None => write_deliberation(conn, actor, commune_id, item_id, text_ar, text_fr),
    }
}

/// Writes the deliberation of a decided item with the next number of the commune's
/// register for the year of the vote (art. 47: entered in date order). A concurrent
/// writer taking the same number makes the unique constraint refuse one: we retry.
pub fn write_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<DeliberationRow> {
    require_secretariat(actor, commune_id)?;
    require_arabic_text(text_ar)?;
    for _ in 0..5 {
        match insert_deliberation(conn, actor, commune_id, item_id, text_ar, text_fr, None) {
            Err(e)
                if e.kind == ErrorKind::Conflict
                    && e.cause
                        .as_deref()
                        .is_some_and(|c| c.contains("UNIQUE") || c.contains("unique")) =>
            {
                continue
            }
            other => return other,
        }
    }
    Err(ErrorKind::Conflict.into())
}

pub(crate) fn insert_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
    corrects: Option<&DeliberationRow>,
) -> Result<DeliberationRow> {
    write_transaction(conn, |conn| {
        let item = store::item(conn, commune_id, item_id)?;
        let vote = store::votes_of(conn, commune_id, item.id)?
            .into_iter()
            .rev()
            .find(|v| v.decision != key(&Decision::SecondSittingRequired))
            .ok_or_else(|| Error::with_cause(ErrorKind::Conflict, "no final vote"))?;
        if corrects.is_none()
            && store::deliberations_of_item(conn, commune_id, item.id)?
                .iter()
                .any(|d| d.corrects_id.is_none())
        {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "deliberation exists",
            ));
        }
        let decided_on = store::sitting(conn, commune_id, vote.sitting_id)?
            .starts_at
            .date();
        let year = decided_on.year();
        let sequence = store::last_sequence(conn, commune_id, year)?.unwrap_or(0) + 1;
        let row = store::insert_deliberation(
            conn,
            &NewDeliberationRow {
                commune_id,
                item_id: item.id,
                vote_id: Some(vote.id),
                year,
                sequence,
                decided_on,
                outcome: &vote.decision,
                text_ar: text_ar.trim(),
                text_fr: french_text(text_fr),
                corrects_id: corrects.map(|c| c.id),
                created_at: now(),
            },
        )?;
        actor
            .audit(
                commune_id,
                "deliberation.write",
                format!("deliberation:{}", row.id),
            )
            .before(corrects.map(|c| json!(c)))
            .after(json!(row))
            .record(conn)?;
        if corrects.is_none() {
            // Outbox: the domains that answer to this item (e.g. its petition) react.
            musharaka_db::events::publish(
                conn,
                musharaka_db::events::DELIBERATION_DECIDED,
                &json!({
                    "commune_id": commune_id,
                    "deliberation_id": row.id,
                    "number": row.number(),
                    "item_id": item.id,
                    "source": item.source,
                    "source_ref": item.source_ref,
                    "outcome": row.outcome,
                }),
            )?;
        }
        Ok(row)
    })
}

/// Edits an unsigned deliberation's text.
pub fn edit_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<DeliberationRow> {
    require_secretariat(actor, commune_id)?;
    require_arabic_text(text_ar)?;
    write_transaction(conn, |conn| {
        let before = store::deliberation(conn, commune_id, id)?;
        if !store::edit_deliberation_text(conn, id, text_ar.trim(), french_text(text_fr))? {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "signed deliberations cannot change",
            ));
        }
        let after = store::deliberation(conn, commune_id, id)?;
        actor
            .audit(
                commune_id,
                "deliberation.edit",
                format!("deliberation:{id}"),
            )
            .before(json!(before))
            .after(json!(after))
            .record(conn)?;
        Ok(after)
    })
}

/// Marks a deliberation signed (by the president and the secretary, art. 47): from now on
/// it cannot change; a correction is a new, linked deliberation.
pub fn sign_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<DeliberationRow> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        if !store::sign_deliberation(conn, commune_id, id, actor.account.id)? {
            return Err(Error::with_cause(ErrorKind::Conflict, "already signed"));
        }
        actor
            .audit(
                commune_id,
                "deliberation.sign",
                format!("deliberation:{id}"),
            )
            .record(conn)?;
        Ok(store::deliberation(conn, commune_id, id)?)
    })
}

/// A correction of a signed deliberation: a new record, with its own number, linked to it.
pub fn correct_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<DeliberationRow> {
    require_secretariat(actor, commune_id)?;
    require_arabic_text(text_ar)?;
    let original = store::deliberation(conn, commune_id, id)?;
    if original.signed_at.is_none() {
        return Err(Error::with_cause(
            ErrorKind::Conflict,
            "edit the draft instead",
        ));
    }
    insert_deliberation(
        conn,
        actor,
        commune_id,
        original.item_id,
        text_ar,
        text_fr,
        Some(&original),
    )
}
