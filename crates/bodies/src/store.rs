//! Queries on bodies and everything they hold. Every query filters on the commune.

use crate::model::{ActivityStatus, BodyKind, BodyStatus, OpinionStatus};
use crate::records::{
    ActivityInput, ActivityRow, BodyFacts, BodyRow, MeetingInput, MeetingRow, MemberFactsInput,
    MemberRow, NewVersion, OpinionEventRow, OpinionInput, OpinionRow, VersionRow,
};
use chrono::NaiveDate;
use diesel::prelude::*;
use musharaka_core::time::now;
use musharaka_db::schema::{
    bodies, body_activities, body_attendance, body_meetings, body_members, body_opinion_events,
    body_opinion_versions, body_opinions, body_secretaries,
};
use musharaka_db::AnyConnection;
use musharaka_db::{find_owned, insert, insert_id, rows_of, update_if_status, update_row};

pub fn body(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<BodyRow> {
    find_owned!(conn, bodies::commune_id == commune_id, id => BodyRow)
}

pub fn bodies_of(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<BodyRow>> {
    rows_of!(conn, bodies::commune_id == commune_id, bodies::id.asc() => BodyRow)
}

pub fn insert_body(
    conn: &mut AnyConnection,
    commune_id: i64,
    f: &BodyFacts,
    kind: BodyKind,
    status: BodyStatus,
) -> QueryResult<BodyRow> {
    let t = now();
    let values = (
        bodies::commune_id.eq(commune_id),
        bodies::kind.eq(kind),
        bodies::name_ar.eq(&f.name_ar),
        bodies::name_fr.eq(&f.name_fr),
        bodies::mission.eq(&f.mission),
        bodies::status.eq(status),
        bodies::founding_deliberation_id.eq(f.founding_deliberation_id),
        bodies::founding_reference.eq(&f.founding_reference),
        bodies::target_women_pct.eq(f.target_women_pct),
        bodies::target_youth_pct.eq(f.target_youth_pct),
        bodies::target_associations_pct.eq(f.target_associations_pct),
        bodies::created_at.eq(t),
        bodies::updated_at.eq(t),
    );
    let id: i64 = insert_id!(conn, bodies, values)?;
    body(conn, commune_id, id)
}

pub fn update_body(
    conn: &mut AnyConnection,
    id: i64,
    f: &BodyFacts,
    kind: BodyKind,
) -> QueryResult<()> {
    let changes = (
        bodies::kind.eq(kind),
        bodies::name_ar.eq(&f.name_ar),
        bodies::name_fr.eq(&f.name_fr),
        bodies::mission.eq(&f.mission),
        bodies::founding_deliberation_id.eq(f.founding_deliberation_id),
        bodies::founding_reference.eq(&f.founding_reference),
        bodies::target_women_pct.eq(f.target_women_pct),
        bodies::target_youth_pct.eq(f.target_youth_pct),
        bodies::target_associations_pct.eq(f.target_associations_pct),
        bodies::updated_at.eq(now()),
    );
    update_row!(conn, bodies, id, changes).map(|_| ())
}

/// Moves the status from `from` to `to` (conditional: two concurrent changes cannot both apply).
pub fn set_body_status_if(
    conn: &mut AnyConnection,
    id: i64,
    from: BodyStatus,
    to: BodyStatus,
) -> QueryResult<bool> {
    let changes = (bodies::status.eq(to), bodies::updated_at.eq(now()));
    update_if_status!(conn, bodies, id, from, changes)
}

pub fn set_rules_upload(conn: &mut AnyConnection, id: i64, upload_id: i64) -> QueryResult<()> {
    let changes = bodies::rules_upload_id.eq(Some(upload_id));
    update_row!(conn, bodies, id, changes).map(|_| ())
}

// Secretaries ---------------------------------------------------------------------------

pub fn is_secretary(conn: &mut AnyConnection, body_id: i64, account_id: i64) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        body_secretaries::table
            .filter(body_secretaries::body_id.eq(body_id))
            .filter(body_secretaries::account_id.eq(account_id)),
    ))
    .get_result(conn)
}

/// The bodies `account_id` is secretary of in the commune.
pub fn bodies_of_secretary(
    conn: &mut AnyConnection,
    commune_id: i64,
    account_id: i64,
) -> QueryResult<Vec<i64>> {
    body_secretaries::table
        .filter(body_secretaries::commune_id.eq(commune_id))
        .filter(body_secretaries::account_id.eq(account_id))
        .select(body_secretaries::body_id)
        .load(conn)
}

/// The account ids of the body's secretaries.
pub fn secretaries(conn: &mut AnyConnection, body_id: i64) -> QueryResult<Vec<i64>> {
    body_secretaries::table
        .filter(body_secretaries::body_id.eq(body_id))
        .order(body_secretaries::id.asc())
        .select(body_secretaries::account_id)
        .load(conn)
}

pub fn add_secretary(
    conn: &mut AnyConnection,
    commune_id: i64,
    body_id: i64,
    account_id: i64,
    by: i64,
) -> QueryResult<()> {
    let values = (
        body_secretaries::commune_id.eq(commune_id),
        body_secretaries::body_id.eq(body_id),
        body_secretaries::account_id.eq(account_id),
        body_secretaries::assigned_by.eq(Some(by)),
        body_secretaries::created_at.eq(now()),
    );
    insert!(conn, body_secretaries, values).map(|_| ())
}

pub fn remove_secretary(
    conn: &mut AnyConnection,
    body_id: i64,
    account_id: i64,
) -> QueryResult<bool> {
    diesel::delete(
        body_secretaries::table
            .filter(body_secretaries::body_id.eq(body_id))
            .filter(body_secretaries::account_id.eq(account_id)),
    )
    .execute(conn)
    .map(|n| n == 1)
}

// Members --------------------------------------------------------------------------------

pub fn members(
    conn: &mut AnyConnection,
    commune_id: i64,
    body_id: i64,
) -> QueryResult<Vec<MemberRow>> {
    body_members::table
        .filter(body_members::commune_id.eq(commune_id))
        .filter(body_members::body_id.eq(body_id))
        .order((body_members::term_start.asc(), body_members::id.asc()))
        .select(MemberRow::as_select())
        .load(conn)
}

/// Every member of every body of the commune (the list's composition figures).
pub fn members_of_commune(
    conn: &mut AnyConnection,
    commune_id: i64,
) -> QueryResult<Vec<MemberRow>> {
    body_members::table
        .filter(body_members::commune_id.eq(commune_id))
        .select(MemberRow::as_select())
        .load(conn)
}

pub fn member(conn: &mut AnyConnection, body_id: i64, id: i64) -> QueryResult<MemberRow> {
    find_owned!(conn, body_members::body_id == body_id, id => MemberRow)
}

pub fn insert_member(
    conn: &mut AnyConnection,
    commune_id: i64,
    body_id: i64,
    m: &MemberFactsInput,
) -> QueryResult<MemberRow> {
    let values = (
        body_members::commune_id.eq(commune_id),
        body_members::body_id.eq(body_id),
        body_members::name.eq(&m.name),
        body_members::association_name.eq(&m.association_name),
        body_members::seat.eq(m.seat.key()),
        body_members::gender.eq(m.gender.key()),
        body_members::age_band.eq(m.age_band.key()),
        body_members::email.eq(&m.email),
        body_members::term_start.eq(m.term_start),
        body_members::term_end.eq(m.term_end),
        body_members::replaces_member_id.eq(m.replaces_member_id),
        body_members::created_at.eq(now()),
    );
    let id: i64 = insert_id!(conn, body_members, values)?;
    member(conn, body_id, id)
}

/// Records that the member left on `on` (only once).
pub fn set_left(conn: &mut AnyConnection, id: i64, on: NaiveDate) -> QueryResult<bool> {
    diesel::update(
        body_members::table
            .find(id)
            .filter(body_members::left_on.is_null()),
    )
    .set(body_members::left_on.eq(Some(on)))
    .execute(conn)
    .map(|n| n == 1)
}

// Meetings -------------------------------------------------------------------------------

pub fn meetings(
    conn: &mut AnyConnection,
    commune_id: i64,
    body_id: i64,
    public_only: bool,
) -> QueryResult<Vec<MeetingRow>> {
    let mut q = body_meetings::table
        .filter(body_meetings::commune_id.eq(commune_id))
        .filter(body_meetings::body_id.eq(body_id))
        .select(MeetingRow::as_select())
        .order((body_meetings::held_on.desc(), body_meetings::id.desc()))
        .into_boxed();
    if public_only {
        q = q.filter(body_meetings::is_public.eq(true));
    }
    q.load(conn)
}

/// The public meetings of these bodies (one query), latest first.
pub fn public_meetings_of(
    conn: &mut AnyConnection,
    commune_id: i64,
    bodies: &[i64],
) -> QueryResult<Vec<MeetingRow>> {
    body_meetings::table
        .filter(body_meetings::commune_id.eq(commune_id))
        .filter(body_meetings::body_id.eq_any(bodies))
        .filter(body_meetings::is_public.eq(true))
        .select(MeetingRow::as_select())
        .order((body_meetings::held_on.desc(), body_meetings::id.desc()))
        .load(conn)
}

pub fn meeting(conn: &mut AnyConnection, body_id: i64, id: i64) -> QueryResult<MeetingRow> {
    find_owned!(conn, body_meetings::body_id == body_id, id => MeetingRow)
}

pub fn insert_meeting(
    conn: &mut AnyConnection,
    commune_id: i64,
    body_id: i64,
    m: &MeetingInput,
) -> QueryResult<MeetingRow> {
    let values = (
        body_meetings::commune_id.eq(commune_id),
        body_meetings::body_id.eq(body_id),
        body_meetings::held_on.eq(m.held_on),
        body_meetings::place.eq(&m.place),
        body_meetings::agenda.eq(&m.agenda),
        body_meetings::is_public.eq(m.is_public),
        body_meetings::created_at.eq(now()),
    );
    let id: i64 = insert_id!(conn, body_meetings, values)?;
    meeting(conn, body_id, id)
}

pub fn set_minutes(conn: &mut AnyConnection, id: i64, minutes: &str) -> QueryResult<()> {
    let changes = body_meetings::minutes.eq(Some(minutes));
    update_row!(conn, body_meetings, id, changes).map(|_| ())
}

/// Replaces the meeting's attendance with `present` (member id, present).
pub fn set_attendance(
    conn: &mut AnyConnection,
    commune_id: i64,
    meeting_id: i64,
    present: &[(i64, bool)],
) -> QueryResult<()> {
    diesel::delete(body_attendance::table.filter(body_attendance::meeting_id.eq(meeting_id)))
        .execute(conn)?;
    for (member_id, p) in present {
        let values = (
            body_attendance::meeting_id.eq(meeting_id),
            body_attendance::member_id.eq(member_id),
            body_attendance::commune_id.eq(commune_id),
            body_attendance::present.eq(p),
        );
        insert!(conn, body_attendance, values)?;
    }
    Ok(())
}

/// (member id, present) of a meeting.
pub fn attendance(conn: &mut AnyConnection, meeting_id: i64) -> QueryResult<Vec<(i64, bool)>> {
    body_attendance::table
        .filter(body_attendance::meeting_id.eq(meeting_id))
        .select((body_attendance::member_id, body_attendance::present))
        .load(conn)
}

// Work programme -------------------------------------------------------------------------

pub fn activities(
    conn: &mut AnyConnection,
    commune_id: i64,
    body_id: i64,
) -> QueryResult<Vec<ActivityRow>> {
    body_activities::table
        .filter(body_activities::commune_id.eq(commune_id))
        .filter(body_activities::body_id.eq(body_id))
        .order((
            body_activities::year.desc(),
            body_activities::planned_on.asc(),
            body_activities::id.asc(),
        ))
        .select(ActivityRow::as_select())
        .load(conn)
}

pub fn activity(conn: &mut AnyConnection, body_id: i64, id: i64) -> QueryResult<ActivityRow> {
    find_owned!(conn, body_activities::body_id == body_id, id => ActivityRow)
}

pub fn insert_activity(
    conn: &mut AnyConnection,
    commune_id: i64,
    body_id: i64,
    a: &ActivityInput,
) -> QueryResult<ActivityRow> {
    let values = (
        body_activities::commune_id.eq(commune_id),
        body_activities::body_id.eq(body_id),
        body_activities::year.eq(a.year),
        body_activities::title.eq(&a.title),
        body_activities::planned_on.eq(a.planned_on),
        body_activities::status.eq(ActivityStatus::Planned),
        body_activities::created_at.eq(now()),
    );
    let id: i64 = insert_id!(conn, body_activities, values)?;
    activity(conn, body_id, id)
}

pub fn set_activity(
    conn: &mut AnyConnection,
    id: i64,
    status: ActivityStatus,
    output: Option<&str>,
) -> QueryResult<()> {
    let changes = (
        body_activities::status.eq(status),
        body_activities::output.eq(output),
    );
    update_row!(conn, body_activities, id, changes).map(|_| ())
}

// Opinions -------------------------------------------------------------------------------

pub fn opinion(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<OpinionRow> {
    find_owned!(conn, body_opinions::commune_id == commune_id, id => OpinionRow)
}

/// The opinions of a body (`Some`) or of every body of the commune, newest first.
pub fn opinions(
    conn: &mut AnyConnection,
    commune_id: i64,
    body_id: Option<i64>,
) -> QueryResult<Vec<OpinionRow>> {
    let mut q = body_opinions::table
        .filter(body_opinions::commune_id.eq(commune_id))
        .select(OpinionRow::as_select())
        .order(body_opinions::id.desc())
        .into_boxed();
    if let Some(b) = body_id {
        q = q.filter(body_opinions::body_id.eq(b));
    }
    q.load(conn)
}

pub fn insert_opinion(
    conn: &mut AnyConnection,
    commune_id: i64,
    body_id: i64,
    o: &OpinionInput,
) -> QueryResult<OpinionRow> {
    let t = now();
    let values = (
        body_opinions::commune_id.eq(commune_id),
        body_opinions::body_id.eq(body_id),
        body_opinions::kind.eq(o.kind),
        body_opinions::status.eq(OpinionStatus::Draft),
        body_opinions::title.eq(&o.title),
        body_opinions::text.eq(&o.text),
        body_opinions::version.eq(1),
        body_opinions::target_document.eq(&o.target_document),
        body_opinions::target_section.eq(&o.target_section),
        body_opinions::requested_on.eq(o.requested_on),
        body_opinions::deadline.eq(o.deadline),
        body_opinions::created_at.eq(t),
        body_opinions::updated_at.eq(t),
    );
    let id: i64 = insert_id!(conn, body_opinions, values)?;
    opinion(conn, commune_id, id)
}

/// A new version of a draft's text (only from `version`: a concurrent edit loses).
pub fn set_text_if(
    conn: &mut AnyConnection,
    id: i64,
    version: i32,
    title: &str,
    text: &str,
) -> QueryResult<bool> {
    diesel::update(
        body_opinions::table
            .find(id)
            .filter(body_opinions::version.eq(version))
            .filter(body_opinions::status.eq(OpinionStatus::Draft)),
    )
    .set((
        body_opinions::title.eq(title),
        body_opinions::text.eq(text),
        body_opinions::version.eq(version + 1),
        body_opinions::updated_at.eq(now()),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

pub fn insert_version(conn: &mut AnyConnection, new: &NewVersion<'_>) -> QueryResult<()> {
    let values = (new, body_opinion_versions::created_at.eq(now()));
    insert!(conn, body_opinion_versions, values).map(|_| ())
}

pub fn versions(conn: &mut AnyConnection, opinion_id: i64) -> QueryResult<Vec<VersionRow>> {
    rows_of!(
        conn,
        body_opinion_versions::opinion_id == opinion_id,
        body_opinion_versions::version.desc() => VersionRow
    )
}

/// Moves the status from `from` to `to` (conditional).
pub fn set_status_if(
    conn: &mut AnyConnection,
    id: i64,
    from: OpinionStatus,
    to: OpinionStatus,
) -> QueryResult<bool> {
    let changes = (
        body_opinions::status.eq(to),
        body_opinions::updated_at.eq(now()),
    );
    update_if_status!(conn, body_opinions, id, from, changes)
}

/// How the body adopted the opinion.
pub fn set_adoption(
    conn: &mut AnyConnection,
    id: i64,
    adoption: &str,
    votes: Option<(i32, i32, i32)>,
    on: NaiveDate,
) -> QueryResult<()> {
    let changes = (
        body_opinions::adoption.eq(Some(adoption)),
        body_opinions::votes_for.eq(votes.map(|v| v.0)),
        body_opinions::votes_against.eq(votes.map(|v| v.1)),
        body_opinions::votes_abstaining.eq(votes.map(|v| v.2)),
        body_opinions::adopted_on.eq(Some(on)),
    );
    update_row!(conn, body_opinions, id, changes).map(|_| ())
}

pub fn set_transmitted(
    conn: &mut AnyConnection,
    id: i64,
    item_id: musharaka_councils::ItemId,
    session_id: i64,
    on: NaiveDate,
) -> QueryResult<()> {
    let changes = (
        body_opinions::agenda_item_id.eq(Some(item_id)),
        body_opinions::session_id.eq(Some(session_id)),
        body_opinions::transmitted_on.eq(Some(on)),
    );
    update_row!(conn, body_opinions, id, changes).map(|_| ())
}

pub fn set_answer(
    conn: &mut AnyConnection,
    id: i64,
    deliberation_id: i64,
    number: &str,
    adopted: bool,
    on: NaiveDate,
) -> QueryResult<()> {
    let changes = (
        body_opinions::deliberation_id.eq(Some(deliberation_id)),
        body_opinions::deliberation_number.eq(Some(number)),
        body_opinions::answer_adopted.eq(Some(adopted)),
        body_opinions::answered_on.eq(Some(on)),
    );
    update_row!(conn, body_opinions, id, changes).map(|_| ())
}

pub fn add_event(
    conn: &mut AnyConnection,
    commune_id: i64,
    opinion_id: i64,
    event: &str,
    detail: Option<&str>,
) -> QueryResult<()> {
    let values = (
        body_opinion_events::commune_id.eq(commune_id),
        body_opinion_events::opinion_id.eq(opinion_id),
        body_opinion_events::event.eq(event),
        body_opinion_events::detail.eq(detail),
        body_opinion_events::created_at.eq(now()),
    );
    insert!(conn, body_opinion_events, values).map(|_| ())
}

pub fn events(conn: &mut AnyConnection, opinion_id: i64) -> QueryResult<Vec<OpinionEventRow>> {
    rows_of!(
        conn,
        body_opinion_events::opinion_id == opinion_id,
        body_opinion_events::id.asc() => OpinionEventRow
    )
}
