//! A body's meetings: convocation with its agenda (mailed to the members in office who
//! gave an e-mail), then attendance and minutes. Public or internal.

use super::{all_fields, audit_added, body_run_by, not_dissolved, required};
use crate::records::{MeetingInput, MeetingRow};
use crate::store;
use musharaka_core::{Lang, Result};
use musharaka_db::{write_transaction, AnyConnection};
use musharaka_identity::Permissions;
use musharaka_mail::MailContext;
use serde_json::json;

/// Convenes a meeting; returns it and how many members were mailed.
pub fn convene_meeting(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
    m: &MeetingInput,
) -> Result<(MeetingRow, usize)> {
    let mut m = m.clone();
    let place = required(&m.place, "place", 300).map(|v| m.place = v);
    let agenda = required(&m.agenda, "agenda", 10_000).map(|v| m.agenda = v);
    all_fields(vec![place, agenda])?;
    write_transaction(conn, |conn| {
        let body = not_dissolved(body_run_by(conn, actor, commune_id, body_id)?)?;
        let row = store::insert_meeting(conn, commune_id, body_id, &m)?;
        let what = ("body.meeting.convene", format!("body_meeting:{}", row.id));
        audit_added(conn, actor, commune_id, what, &row)?;
        let slug = musharaka_communes::store::by_id(conn, commune_id)?.slug;
        let mut mailed = 0;
        for member in store::members(conn, commune_id, body_id)? {
            let Some(email) = member
                .email
                .as_deref()
                .filter(|_| member.in_office(m.held_on))
            else {
                continue;
            };
            let message = mail.compose(
                email,
                Lang::default(),
                "bod-mail-convocation-subject",
                "bod-mail-convocation-body",
                &[
                    ("body", body.name_ar.clone()),
                    ("date", m.held_on.format("%Y-%m-%d").to_string()),
                    ("place", m.place.clone()),
                    ("agenda", m.agenda.clone()),
                    ("link", mail.link(&format!("/{slug}/bodies/{body_id}"))),
                ],
            );
            musharaka_mail::enqueue(conn, &message)?;
            mailed += 1;
        }
        Ok((row, mailed))
    })
}

/// Records who attended (the members in office on the day; `present` are the ids of those
/// present) and the minutes.
pub fn record_meeting(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
    meeting_id: i64,
    present: &[i64],
    minutes: &str,
) -> Result<()> {
    let minutes = required(minutes, "minutes", 50_000)?;
    write_transaction(conn, |conn| {
        body_run_by(conn, actor, commune_id, body_id)?;
        let meeting = store::meeting(conn, body_id, meeting_id)?;
        let members = store::members(conn, commune_id, body_id)?;
        let attendance: Vec<(i64, bool)> = members
            .iter()
            .filter(|m| m.in_office(meeting.held_on))
            .map(|m| (m.id, present.contains(&m.id)))
            .collect();
        store::set_attendance(conn, commune_id, meeting_id, &attendance)?;
        store::set_minutes(conn, meeting_id, &minutes)?;
        actor
            .audit(
                commune_id,
                "body.meeting.minutes",
                format!("body_meeting:{meeting_id}"),
            )
            .before(json!({ "minutes": meeting.minutes }))
            .after(json!({ "minutes": minutes, "attendance": attendance }))
            .record(conn)?;
        Ok(())
    })
}
