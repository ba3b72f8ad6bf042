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
    require_secretariat(actor, commune_id)?;
    require_arabic_text(text_ar)?;
    write_transaction(conn, |conn| {
        store::session(conn, commune_id, session_id)?;
        let draft = store::minutes_of(conn, commune_id, session_id)?
            .into_iter()
            .find(|m| m.president_signed_at.is_none() && m.secretary_signed_at.is_none());
        let fr = text_fr.map(str::trim).filter(|t| !t.is_empty());
        let id = match draft {
            Some(d) => {
                diesel::update(minutes::table.find(d.id))
                    .set((
                        minutes::text_ar.eq(text_ar.trim()),
                        minutes::text_fr.eq(fr),
                        minutes::updated_at.eq(now()),
                    ))
                    .execute(conn)?;
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
    Ok(diesel::insert_into(minutes::table)
        .values((
            minutes::commune_id.eq(commune_id),
            minutes::session_id.eq(session_id),
            minutes::text_ar.eq(text_ar.trim()),
            minutes::text_fr.eq(text_fr),
            minutes::recorded_by.eq(actor.account.id),
            minutes::corrects_id.eq(corrects),
            minutes::created_at.eq(t),
            minutes::updated_at.eq(t),
        ))
        .returning(minutes::id)
        .get_result(conn)?)
}

/// Who signs the minutes (art. 47: the president and the secretary of the council).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signatory {
    President,
    Secretary,
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
        let role = match who {
            Signatory::President => CouncilRole::President,
            Signatory::Secretary => CouncilRole::Secretary,
        };
        let member: i64 = musharaka_communes::lookup::member_holding(conn, commune_id, role)?
            .ok_or_else(|| Error::with_cause(ErrorKind::Conflict, "no member holds that office"))?;
        let t = now();
        let n = match who {
            Signatory::President => diesel::update(
                minutes::table
                    .find(m.id)
                    .filter(minutes::president_signed_at.is_null()),
            )
            .set((
                minutes::president_member_id.eq(member),
                minutes::president_signed_at.eq(t),
            ))
            .execute(conn)?,
            Signatory::Secretary => diesel::update(
                minutes::table
                    .find(m.id)
                    .filter(minutes::secretary_signed_at.is_null()),
            )
            .set((
                minutes::secretary_member_id.eq(member),
                minutes::secretary_signed_at.eq(t),
            ))
            .execute(conn)?,
        };
        if n != 1 {
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
    require_secretariat(actor, commune_id)?;
    require_arabic_text(text_ar)?;
    write_transaction(conn, |conn| {
        let original = store::minutes_by_id(conn, commune_id, id)?;
        if !original.is_signed() {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "edit the draft instead",
            ));
        }
        let new_id = insert_minutes(
            conn,
            actor,
            commune_id,
            original.session_id,
            text_ar,
            text_fr.map(str::trim).filter(|t| !t.is_empty()),
            Some(original.id),
        )?;
        actor
            .audit(commune_id, "minutes.correct", format!("minutes:{new_id}"))
            .before(json!({"corrects": original.id}))
            .record(conn)?;
        Ok(store::minutes_by_id(conn, commune_id, new_id)?)
    })
}
