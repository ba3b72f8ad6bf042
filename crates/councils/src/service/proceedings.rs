//! Minutes of a session (art. 47): text, signatures, corrections.

use super::*;

/// Creates or edits a session's draft minutes (art. 23: drafted by the secretary).
pub fn save_minutes(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<MinutesRow> {
    require_record_writer(actor, commune_id, text_ar)?;
    write_transaction(conn, |conn| {
        store::session(conn, commune_id, session_id)?;
        let draft = store::minutes_of(conn, commune_id, session_id)?
            .into_iter()
            .find(|m| m.president_signed_at.is_none() && m.secretary_signed_at.is_none());
        let fr = french_text(text_fr);
        let id = match draft {
            Some(d) => {
                store::edit_minutes_text(conn, d.id, text_ar.trim(), fr)?;
                d.id
            }
            None => {
                if !store::minutes_of(conn, commune_id, session_id)?.is_empty() {
                    // Minutes signed (or being signed) exist: a change is a correction.
                    return Err(Error::with_cause(
                        ErrorKind::Conflict,
                        "minutes already signed",
                    ));
                }
                insert_minutes(conn, actor, commune_id, session_id, text_ar, fr, None)?
            }
        };
        let row = store::minutes_by_id(conn, commune_id, id)?;
        actor
            .audit(commune_id, "minutes.save", format!("minutes:{id}"))
            .after(json!(row))
            .record(conn)?;
        Ok(row)
    })
}

pub(crate) fn insert_minutes(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    session_id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
    corrects: Option<i64>,
) -> Result<i64> {
    let t = now();
    Ok(store::insert_minutes(
        conn,
        &NewMinutesRow {
            commune_id,
            session_id,
            text_ar: text_ar.trim(),
            text_fr,
            recorded_by: Some(actor.account.id),
            corrects_id: corrects,
            created_at: t,
            updated_at: t,
        },
    )?)
}

/// Who signs the minutes and decisions (art. 47: the president and the secretary of the
/// council; art. 23: the deputy secretary stands in for the secretary).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signatory {
    President,
    Secretary,
    DeputySecretary,
}

impl Signatory {
    /// The office the rules know and the council role that holds it.
    pub(crate) fn office(self) -> (rules::SignatoryOffice, CouncilRole) {
        match self {
            Signatory::President => (rules::SignatoryOffice::President, CouncilRole::President),
            Signatory::Secretary => (rules::SignatoryOffice::Secretary, CouncilRole::Secretary),
            Signatory::DeputySecretary => (
                rules::SignatoryOffice::DeputySecretary,
                CouncilRole::DeputySecretary,
            ),
        }
    }
}

/// The council member holding `role`: a signature names its member (art. 47), so an
/// office nobody holds cannot sign.
pub(crate) fn office_holder(
    conn: &mut AnyConnection,
    commune_id: i64,
    role: CouncilRole,
) -> Result<i64> {
    musharaka_communes::lookup::member_holding(conn, commune_id, role)?.ok_or_else(|| {
        Error::field(
            ErrorKind::Conflict,
            LAW_FIELD,
            "council-error-no-office-holder",
        )
    })
}

/// Records that the president or the secretary signed the minutes (the council member
/// holding that office, and when).
pub fn sign_minutes(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    who: Signatory,
) -> Result<MinutesRow> {
    require_secretariat(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let m = store::minutes_by_id(conn, commune_id, id)?;
        let member = office_holder(conn, commune_id, who.office().1)?;
        let president = who == Signatory::President;
        if !store::sign_minutes(conn, m.id, president, member, now())? {
            return Err(Error::with_cause(ErrorKind::Conflict, "already signed"));
        }
        actor
            .audit(commune_id, "minutes.sign", format!("minutes:{}", m.id))
            .after(json!({"signatory": format!("{who:?}"), "member": member}))
            .record(conn)?;
        Ok(store::minutes_by_id(conn, commune_id, m.id)?)
    })
}

/// Corrects signed minutes: a new draft linked to them.
pub fn correct_minutes(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> Result<MinutesRow> {
    require_record_writer(actor, commune_id, text_ar)?;
    write_transaction(conn, |conn| {
        let original = store::minutes_by_id(conn, commune_id, id)?;
        require_signed(original.is_signed())?;
        let new_id = insert_minutes(
            conn,
            actor,
            commune_id,
            original.session_id,
            text_ar,
            french_text(text_fr),
            Some(original.id),
        )?;
        actor
            .audit(commune_id, "minutes.correct", format!("minutes:{new_id}"))
            .before(json!({"corrects": original.id}))
            .record(conn)?;
        Ok(store::minutes_by_id(conn, commune_id, new_id)?)
    })
}
