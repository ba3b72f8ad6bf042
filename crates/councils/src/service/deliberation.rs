//! Deliberations: the register numbered per year (art. 47), signature, corrections.

use super::*;
use crate::records::ItemId;

/// Saves the deliberation text of a decided item on `today` (no decision dated after
/// today, art. 47): edits the unsigned draft if there is one, otherwise writes it
/// ([`write_deliberation_on`]).
pub fn save_deliberation_on(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    (text_ar, text_fr): (&str, Option<&str>),
    today: NaiveDate,
) -> Result<DeliberationRow> {
    let draft = store::deliberations_of_item(conn, commune_id, item_id)?
        .into_iter()
        .find(|d| d.signed_at.is_none());
    match draft {
        Some(d) => edit_deliberation(conn, actor, commune_id, d.id, text_ar, text_fr),
        None => write_deliberation_on(conn, actor, commune_id, item_id, (text_ar, text_fr), today),
    }
}

/// Writes the deliberation of a decided item with the next number of the commune's
/// register for the year of the vote (art. 47: entered in date order). A concurrent
/// writer taking the same number makes the unique constraint refuse one: we retry.
pub fn write_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<DeliberationRow> {
    write_deliberation_on(
        conn,
        actor,
        commune_id,
        item_id,
        (text_ar, text_fr),
        today(),
    )
}

/// [`write_deliberation`] on `today`: the decision's date (its sitting's) is not after
/// today (art. 47), and its number follows the decision dates ([`rules::register_position`]).
pub fn write_deliberation_on(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    item_id: ItemId,
    (text_ar, text_fr): (&str, Option<&str>),
    today: NaiveDate,
) -> Result<DeliberationRow> {
    require_record_writer(actor, commune_id, text_ar)?;
    for _ in 0..5 {
        let texts = (text_ar, text_fr);
        match insert_deliberation(conn, actor, commune_id, item_id, texts, None, today) {
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
    item_id: ItemId,
    (text_ar, text_fr): (&str, Option<&str>),
    corrects: Option<&DeliberationRow>,
    today: NaiveDate,
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
        let decided_on = local_date(store::sitting(conn, commune_id, vote.sitting_id)?.starts_at);
        rules::validate_not_in_future(decided_on, today).map_err(|e| future_error(e, "text_ar"))?;
        let year = decided_on.year();
        let sequence = match corrects {
            // A correction is entered when it is made, after the decisions already numbered.
            Some(_) => store::last_sequence(conn, commune_id, year)?.unwrap_or(0) + 1,
            None => register_place(conn, commune_id, year, decided_on)?,
        };
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
    require_record_writer(actor, commune_id, text_ar)?;
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

/// Art. 47: the number a decision of `decided_on` takes in the year's register, moving the
/// unsigned decisions dated later down one number ([`rules::register_position`]).
fn register_place(
    conn: &mut AnyConnection,
    commune_id: i64,
    year: i32,
    decided_on: NaiveDate,
) -> Result<i32> {
    let entries: Vec<rules::RegisterEntry> = store::register_of_year(conn, commune_id, year)?
        .into_iter()
        .map(|(_, sequence, decided_on, signed)| rules::RegisterEntry {
            sequence: u32::try_from(sequence).unwrap_or(0),
            decided_on,
            signed,
        })
        .collect();
    let (position, shift) = rules::register_position(decided_on, &entries).map_err(|e| {
        Error::with_cause(ErrorKind::Conflict, e)
            .with_field("text_ar", "council-error-register-order")
    })?;
    for seq in shift {
        let seq = i32::try_from(seq).unwrap_or(i32::MAX);
        if !store::renumber_deliberation(conn, commune_id, year, seq, seq + 1)? {
            return Err(Error::with_cause(ErrorKind::Conflict, "register changed"));
        }
    }
    Ok(i32::try_from(position).unwrap_or(i32::MAX))
}

/// Records one signature on a deliberation (art. 47): the president's, or the secretary's
/// (the deputy secretary's when `who` is [`Signatory::DeputySecretary`]), with the council
/// member holding that office and the time ([`rules::add_signature`]). Once both are there
/// it is final: it cannot change, and a correction is a new, linked deliberation.
pub fn sign_deliberation_as(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    who: Signatory,
) -> Result<DeliberationRow> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let d = store::deliberation(conn, commune_id, id)?;
        let (office, role) = who.office();
        let after = rules::add_signature(d.signatures(), office).map_err(|e| {
            Error::with_cause(ErrorKind::Conflict, e)
                .with_field(LAW_FIELD, "council-error-already-signed")
        })?;
        let member = office_holder(conn, commune_id, role)?;
        let t = now();
        let president = office == rules::SignatoryOffice::President;
        if !store::sign_deliberation_as(conn, commune_id, d.id, president, member, t)? {
            return Err(Error::with_cause(ErrorKind::Conflict, "already signed")
                .with_field(LAW_FIELD, "council-error-already-signed"));
        }
        if after.complete() {
            store::complete_deliberation_signature(conn, d.id, actor.account.id, t)?;
        }
        actor
            .audit(
                commune_id,
                "deliberation.sign",
                format!("deliberation:{id}"),
            )
            .after(json!({"signatory": key(&office), "member": member, "final": after.complete()}))
            .record(conn)?;
        Ok(store::deliberation(conn, commune_id, id)?)
    })
}

/// For loaders of a paper register already signed (the demo): records the president's and
/// then the secretary's signature, each with its member ([`sign_deliberation_as`]). The
/// back office signs office by office.
pub fn sign_deliberation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<DeliberationRow> {
    sign_deliberation_as(conn, actor, commune_id, id, Signatory::President)?;
    sign_deliberation_as(conn, actor, commune_id, id, Signatory::Secretary)
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
    require_record_writer(actor, commune_id, text_ar)?;
    let original = store::deliberation(conn, commune_id, id)?;
    require_signed(original.signed_at.is_some())?;
    insert_deliberation(
        conn,
        actor,
        commune_id,
        original.item_id,
        (text_ar, text_fr),
        Some(&original),
        today(),
    )
}
