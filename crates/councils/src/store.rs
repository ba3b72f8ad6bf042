//! Queries on sessions, sittings, agenda items, votes, deliberations and minutes. Every
//! query filters on the commune.

use crate::model::{ItemStatus, SessionStatus};
use crate::records::{
    key, DeliberationRow, ItemRow, MinutesRow, NewDeliberationRow, NewItem, NewMinutesRow,
    NewQuestionRow, NewSessionRequestRow, NewSessionRow, NewSittingRow, NewVoteRow, ObjectionRow,
    QuestionRow, SessionRequestRow, SessionRow, SittingRow, StudyDecisionRow, VoteRow,
};
use crate::records::{ItemId, SittingId};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_core::time::now;
use musharaka_db::schema::{
    agenda_item_documents, agenda_items, attendance, council_sessions, deliberations,
    item_objections, item_study_decisions, item_votes, member_votes, minutes, session_requests,
    sittings, written_questions,
};
use musharaka_db::AnyConnection;
use musharaka_db::{
    find_owned, insert, insert_id, insert_row, rows_of, update_if_status, update_row,
};

mod by_items;
mod oversight;
pub use by_items::*;
pub use oversight::*;

pub fn session(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<SessionRow> {
    find_owned!(conn, council_sessions::commune_id == commune_id, id => SessionRow)
}

/// Sessions whose last day (extended or not, art. 34) is on or after `today` (upcoming and
/// running), soonest first.
pub fn upcoming_sessions(
    conn: &mut AnyConnection,
    commune_id: i64,
    today: NaiveDate,
) -> QueryResult<Vec<SessionRow>> {
    council_sessions::table
        .filter(council_sessions::commune_id.eq(commune_id))
        .filter(
            council_sessions::ends_on
                .ge(today)
                .or(council_sessions::extended_until.ge(today)),
        )
        .order(council_sessions::starts_on)
        .select(SessionRow::as_select())
        .load(conn)
}

/// Sessions whose last day (extended or not) is before `today`, latest first.
pub fn past_sessions(
    conn: &mut AnyConnection,
    commune_id: i64,
    today: NaiveDate,
    limit: i64,
) -> QueryResult<Vec<SessionRow>> {
    council_sessions::table
        .filter(council_sessions::commune_id.eq(commune_id))
        .filter(council_sessions::ends_on.lt(today))
        .filter(
            council_sessions::extended_until
                .is_null()
                .or(council_sessions::extended_until.lt(today)),
        )
        .order(council_sessions::starts_on.desc())
        .limit(limit)
        .select(SessionRow::as_select())
        .load(conn)
}

pub fn all_sessions(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<SessionRow>> {
    rows_of!(
        conn,
        council_sessions::commune_id == commune_id,
        council_sessions::starts_on.desc() => SessionRow
    )
}

/// Start dates of the commune's ordinary sessions that are not cancelled (the planned
/// dates `next_open_ordinary_session` uses).
pub fn ordinary_starts(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<NaiveDate>> {
    council_sessions::table
        .filter(council_sessions::commune_id.eq(commune_id))
        .filter(council_sessions::kind.eq("ordinary"))
        .filter(council_sessions::status.ne(SessionStatus::Cancelled))
        .select(council_sessions::starts_on)
        .load(conn)
}

pub fn ordinary_session_on(
    conn: &mut AnyConnection,
    commune_id: i64,
    starts_on: NaiveDate,
) -> QueryResult<Option<SessionRow>> {
    council_sessions::table
        .filter(council_sessions::commune_id.eq(commune_id))
        .filter(council_sessions::kind.eq("ordinary"))
        .filter(council_sessions::status.ne(SessionStatus::Cancelled))
        .filter(council_sessions::starts_on.eq(starts_on))
        .select(SessionRow::as_select())
        .first(conn)
        .optional()
}

pub fn items(
    conn: &mut AnyConnection,
    commune_id: i64,
    session_id: i64,
) -> QueryResult<Vec<ItemRow>> {
    agenda_items::table
        .filter(agenda_items::commune_id.eq(commune_id))
        .filter(agenda_items::session_id.eq(session_id))
        .order(agenda_items::number)
        .select(ItemRow::as_select())
        .load(conn)
}

pub fn item(conn: &mut AnyConnection, commune_id: i64, id: ItemId) -> QueryResult<ItemRow> {
    find_owned!(conn, agenda_items::commune_id == commune_id, id => ItemRow)
}

/// Items that came from another part of the platform (`source`, `source_ref`), e.g. a petition.
pub fn items_from(
    conn: &mut AnyConnection,
    commune_id: i64,
    source: &str,
    source_ref: &str,
) -> QueryResult<Vec<ItemRow>> {
    agenda_items::table
        .filter(agenda_items::commune_id.eq(commune_id))
        .filter(agenda_items::source.eq(source))
        .filter(agenda_items::source_ref.eq(source_ref))
        .order(agenda_items::id)
        .select(ItemRow::as_select())
        .load(conn)
}

pub fn sittings_of(
    conn: &mut AnyConnection,
    commune_id: i64,
    session_id: i64,
) -> QueryResult<Vec<SittingRow>> {
    sittings::table
        .filter(sittings::commune_id.eq(commune_id))
        .filter(sittings::session_id.eq(session_id))
        .order(sittings::starts_at)
        .select(SittingRow::as_select())
        .load(conn)
}

pub fn sitting(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: SittingId,
) -> QueryResult<SittingRow> {
    find_owned!(conn, sittings::commune_id == commune_id, id => SittingRow)
}

/// (member id, status) for a sitting.
pub fn attendance_of(
    conn: &mut AnyConnection,
    sitting_id: SittingId,
) -> QueryResult<Vec<(i64, String)>> {
    attendance::table
        .filter(attendance::sitting_id.eq(sitting_id))
        .select((attendance::member_id, attendance::status))
        .load(conn)
}

/// Members whose term covers `on` (asked of `communes`, which owns the members).
pub fn members_in_office(
    conn: &mut AnyConnection,
    commune_id: i64,
    on: NaiveDate,
) -> QueryResult<Vec<i64>> {
    musharaka_communes::lookup::members_in_office(conn, commune_id, on)
}

pub fn votes_of(
    conn: &mut AnyConnection,
    commune_id: i64,
    item_id: ItemId,
) -> QueryResult<Vec<VoteRow>> {
    item_votes::table
        .filter(item_votes::commune_id.eq(commune_id))
        .filter(item_votes::item_id.eq(item_id))
        .order(item_votes::id)
        .select(VoteRow::as_select())
        .load(conn)
}

pub fn vote(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<VoteRow> {
    find_owned!(conn, item_votes::commune_id == commune_id, id => VoteRow)
}

/// (member id, choice) of a vote recorded member by member.
pub fn member_votes_of(conn: &mut AnyConnection, vote_id: i64) -> QueryResult<Vec<(i64, String)>> {
    member_votes::table
        .filter(member_votes::vote_id.eq(vote_id))
        .select((member_votes::member_id, member_votes::choice))
        .load(conn)
}

pub fn deliberation(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
) -> QueryResult<DeliberationRow> {
    find_owned!(conn, deliberations::commune_id == commune_id, id => DeliberationRow)
}

pub fn deliberations_of_item(
    conn: &mut AnyConnection,
    commune_id: i64,
    item_id: ItemId,
) -> QueryResult<Vec<DeliberationRow>> {
    deliberations::table
        .filter(deliberations::commune_id.eq(commune_id))
        .filter(deliberations::item_id.eq(item_id))
        .order(deliberations::id)
        .select(DeliberationRow::as_select())
        .load(conn)
}

/// Register search (art. 47): words in the text or the item's title, year, committee,
/// outcome; in date order, paginated.
#[derive(Debug, Clone, Default)]
pub struct RegisterFilter {
    pub words: Option<String>,
    pub year: Option<i32>,
    pub committee_id: Option<i64>,
    pub outcome: Option<String>,
}

pub fn register(
    conn: &mut AnyConnection,
    commune_id: i64,
    f: &RegisterFilter,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<(DeliberationRow, ItemRow)>> {
    let mut q = deliberations::table
        .inner_join(agenda_items::table)
        .filter(deliberations::commune_id.eq(commune_id))
        .select((DeliberationRow::as_select(), ItemRow::as_select()))
        .into_boxed();
    if let Some(y) = f.year {
        q = q.filter(deliberations::year.eq(y));
    }
    if let Some(c) = f.committee_id {
        q = q.filter(agenda_items::committee_id.eq(c));
    }
    if let Some(o) = &f.outcome {
        q = q.filter(deliberations::outcome.eq(o.clone()));
    }
    if let Some(words) = &f.words {
        for w in words.split_whitespace().take(8) {
            let pattern = format!("%{}%", w.replace(['%', '_'], ""));
            q = q.filter(
                deliberations::text_ar
                    .like(pattern.clone())
                    .or(deliberations::text_fr.like(pattern.clone()))
                    .or(agenda_items::title_ar.like(pattern.clone()))
                    .or(agenda_items::title_fr.like(pattern)),
            );
        }
    }
    q.order((
        deliberations::decided_on.desc(),
        deliberations::sequence.desc(),
    ))
    .limit(limit)
    .offset(offset)
    .load(conn)
}

/// The last sequence number used in a commune's register for `year`.
pub fn last_sequence(
    conn: &mut AnyConnection,
    commune_id: i64,
    year: i32,
) -> QueryResult<Option<i32>> {
    deliberations::table
        .filter(deliberations::commune_id.eq(commune_id))
        .filter(deliberations::year.eq(year))
        .select(diesel::dsl::max(deliberations::sequence))
        .first(conn)
}

pub fn minutes_of(
    conn: &mut AnyConnection,
    commune_id: i64,
    session_id: i64,
) -> QueryResult<Vec<MinutesRow>> {
    minutes::table
        .filter(minutes::commune_id.eq(commune_id))
        .filter(minutes::session_id.eq(session_id))
        .order(minutes::id)
        .select(MinutesRow::as_select())
        .load(conn)
}

pub fn minutes_by_id(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
) -> QueryResult<MinutesRow> {
    find_owned!(conn, minutes::commune_id == commune_id, id => MinutesRow)
}

// Writes. The conditional updates answer whether they changed the row (`false`: another
// request settled, signed or extended it first).

pub fn insert_session(
    conn: &mut AnyConnection,
    new: &NewSessionRow<'_>,
) -> QueryResult<SessionRow> {
    insert_row!(conn, council_sessions, new)
}

/// Moves a session from status `from` to `to`.
pub fn set_session_status(
    conn: &mut AnyConnection,
    id: i64,
    from: SessionStatus,
    to: SessionStatus,
) -> QueryResult<bool> {
    let changes = (
        council_sessions::status.eq(to),
        council_sessions::updated_at.eq(now()),
    );
    update_if_status!(conn, council_sessions, id, from, changes)
}

/// Extends a session not extended yet.
pub fn extend_session(conn: &mut AnyConnection, id: i64, until: NaiveDate) -> QueryResult<bool> {
    diesel::update(
        council_sessions::table
            .find(id)
            .filter(council_sessions::extended_until.is_null()),
    )
    .set((
        council_sessions::extended_until.eq(until),
        council_sessions::updated_at.eq(now()),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

pub fn insert_sitting(conn: &mut AnyConnection, new: &NewSittingRow) -> QueryResult<SittingRow> {
    insert_row!(conn, sittings, new)
}

/// Replaces the attendance of a sitting: (member, stored presence key).
pub fn replace_attendance(
    conn: &mut AnyConnection,
    commune_id: i64,
    sitting_id: SittingId,
    presence: &[(i64, String)],
) -> QueryResult<()> {
    diesel::delete(attendance::table.filter(attendance::sitting_id.eq(sitting_id)))
        .execute(conn)?;
    for (member, status) in presence {
        let values = (
            attendance::sitting_id.eq(sitting_id),
            attendance::member_id.eq(member),
            attendance::commune_id.eq(commune_id),
            attendance::status.eq(status),
        );
        insert!(conn, attendance, values)?;
    }
    Ok(())
}

/// Stores the quorum a sitting reached on its attendance.
pub fn set_quorum(
    conn: &mut AnyConnection,
    sitting_id: SittingId,
    decision: &str,
    present: i32,
    in_office: i32,
) -> QueryResult<()> {
    let changes = (
        sittings::quorum_decision.eq(decision),
        sittings::members_present.eq(present),
        sittings::members_in_office.eq(in_office),
    );
    update_row!(conn, sittings, sitting_id, changes).map(|_| ())
}

/// The number the next item of a session's agenda takes.
pub fn next_item_number(conn: &mut AnyConnection, session_id: i64) -> QueryResult<i32> {
    let last: Option<i32> = agenda_items::table
        .filter(agenda_items::session_id.eq(session_id))
        .select(diesel::dsl::max(agenda_items::number))
        .first(conn)?;
    Ok(last.unwrap_or(0) + 1)
}

/// Puts an item on a session's agenda under `number` (texts trimmed).
pub fn insert_item(
    conn: &mut AnyConnection,
    session: &SessionRow,
    number: i32,
    it: &NewItem<'_>,
    requesters: Option<i32>,
) -> QueryResult<ItemRow> {
    let values = (
        agenda_items::commune_id.eq(session.commune_id),
        agenda_items::session_id.eq(session.id),
        agenda_items::number.eq(number),
        agenda_items::title_ar.eq(it.title_ar.trim()),
        agenda_items::title_fr.eq(it.title_fr.trim()),
        agenda_items::summary.eq(it.summary.trim()),
        agenda_items::committee_id.eq(it.committee_id),
        agenda_items::matter.eq(key(&it.matter)),
        agenda_items::source.eq(key(&it.source)),
        agenda_items::source_ref.eq(it.source_ref),
        agenda_items::status.eq(ItemStatus::OnAgenda),
        agenda_items::created_at.eq(now()),
        agenda_items::requesters.eq(requesters),
    );
    insert_row!(conn, agenda_items, values)
}

/// Settles an item still on the agenda (refused, postponed, ...) with its reasons.
pub fn settle_item(
    conn: &mut AnyConnection,
    id: ItemId,
    status: ItemStatus,
    reasons: &str,
) -> QueryResult<bool> {
    diesel::update(
        agenda_items::table
            .find(id)
            .filter(agenda_items::status.eq(ItemStatus::OnAgenda)),
    )
    .set((
        agenda_items::status.eq(status),
        agenda_items::status_reasons.eq(reasons),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

pub fn set_item_status(
    conn: &mut AnyConnection,
    id: ItemId,
    status: ItemStatus,
) -> QueryResult<()> {
    let changes = agenda_items::status.eq(status);
    update_row!(conn, agenda_items, id, changes).map(|_| ())
}

pub fn set_committee_report(
    conn: &mut AnyConnection,
    id: ItemId,
    committee_id: Option<i64>,
    report: &str,
) -> QueryResult<()> {
    let changes = (
        agenda_items::committee_id.eq(committee_id),
        agenda_items::committee_report.eq(report),
    );
    update_row!(conn, agenda_items, id, changes).map(|_| ())
}

pub fn add_document(
    conn: &mut AnyConnection,
    commune_id: i64,
    item_id: ItemId,
    upload_id: i64,
) -> QueryResult<()> {
    let values = (
        agenda_item_documents::item_id.eq(item_id),
        agenda_item_documents::upload_id.eq(upload_id),
        agenda_item_documents::commune_id.eq(commune_id),
    );
    insert!(conn, agenda_item_documents, values).map(|_| ())
}

pub fn insert_vote(conn: &mut AnyConnection, new: &NewVoteRow) -> QueryResult<VoteRow> {
    insert_row!(conn, item_votes, new)
}

pub fn insert_member_vote(
    conn: &mut AnyConnection,
    vote_id: i64,
    member_id: i64,
    choice: &str,
) -> QueryResult<()> {
    let values = (
        member_votes::vote_id.eq(vote_id),
        member_votes::member_id.eq(member_id),
        member_votes::choice.eq(choice),
    );
    insert!(conn, member_votes, values).map(|_| ())
}

pub fn insert_deliberation(
    conn: &mut AnyConnection,
    new: &NewDeliberationRow<'_>,
) -> QueryResult<DeliberationRow> {
    insert_row!(conn, deliberations, new)
}

/// Changes the text of an unsigned deliberation.
pub fn edit_deliberation_text(
    conn: &mut AnyConnection,
    id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> QueryResult<bool> {
    diesel::update(
        deliberations::table
            .find(id)
            .filter(deliberations::signed_at.is_null())
            // Art. 47: a text one office has signed cannot change under its signature.
            .filter(deliberations::president_signed_at.is_null())
            .filter(deliberations::secretary_signed_at.is_null()),
    )
    .set((
        deliberations::text_ar.eq(text_ar),
        deliberations::text_fr.eq(text_fr),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Art. 47: records one office's signature on an unsigned deliberation (the president's
/// when `president`, else the secretary's or deputy's), unless that office signed already.
pub fn sign_deliberation_as(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
    president: bool,
    member_id: i64,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    let target = deliberations::table
        .find(id)
        .filter(deliberations::commune_id.eq(commune_id))
        .filter(deliberations::signed_at.is_null());
    let n = if president {
        diesel::update(target.filter(deliberations::president_signed_at.is_null()))
            .set((
                deliberations::president_member_id.eq(member_id),
                deliberations::president_signed_at.eq(at),
            ))
            .execute(conn)?
    } else {
        diesel::update(target.filter(deliberations::secretary_signed_at.is_null()))
            .set((
                deliberations::secretary_member_id.eq(member_id),
                deliberations::secretary_signed_at.eq(at),
            ))
            .execute(conn)?
    };
    Ok(n == 1)
}

/// Marks a deliberation final (`signed_at`) once both signatures of art. 47 are there.
pub fn complete_deliberation_signature(
    conn: &mut AnyConnection,
    id: i64,
    account_id: i64,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    diesel::update(
        deliberations::table
            .find(id)
            .filter(deliberations::signed_at.is_null())
            .filter(deliberations::president_signed_at.is_not_null())
            .filter(deliberations::secretary_signed_at.is_not_null()),
    )
    .set((
        deliberations::signed_at.eq(at),
        deliberations::signed_by.eq(account_id),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// The year's register (art. 47): (id, sequence, decided on, final) of every entry
/// (corrections included: they hold numbers too), by sequence.
pub fn register_of_year(
    conn: &mut AnyConnection,
    commune_id: i64,
    year: i32,
) -> QueryResult<Vec<(i64, i32, NaiveDate, bool)>> {
    deliberations::table
        .filter(deliberations::commune_id.eq(commune_id))
        .filter(deliberations::year.eq(year))
        .order(deliberations::sequence)
        .select((
            deliberations::id,
            deliberations::sequence,
            deliberations::decided_on,
            deliberations::signed_at.is_not_null(),
        ))
        .load(conn)
}

/// Moves an unsigned decision of the register from number `from` to `to` (art. 47: the
/// register follows the date order).
pub fn renumber_deliberation(
    conn: &mut AnyConnection,
    commune_id: i64,
    year: i32,
    from: i32,
    to: i32,
) -> QueryResult<bool> {
    diesel::update(
        deliberations::table
            .filter(deliberations::commune_id.eq(commune_id))
            .filter(deliberations::year.eq(year))
            .filter(deliberations::sequence.eq(from))
            .filter(deliberations::signed_at.is_null()),
    )
    .set(deliberations::sequence.eq(to))
    .execute(conn)
    .map(|n| n == 1)
}

pub fn insert_minutes(conn: &mut AnyConnection, new: &NewMinutesRow<'_>) -> QueryResult<i64> {
    insert_id!(conn, minutes, new)
}

pub fn edit_minutes_text(
    conn: &mut AnyConnection,
    id: i64,
    text_ar: &str,
    text_fr: Option<&str>,
) -> QueryResult<()> {
    let changes = (
        minutes::text_ar.eq(text_ar),
        minutes::text_fr.eq(text_fr),
        minutes::updated_at.eq(now()),
    );
    update_row!(conn, minutes, id, changes).map(|_| ())
}

/// Records the president's (or, `president == false`, the secretary's) signature of
/// minutes not yet signed by that office: the member holding it, and when.
pub fn sign_minutes(
    conn: &mut AnyConnection,
    id: i64,
    president: bool,
    member_id: i64,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    let target = minutes::table.find(id);
    let n = if president {
        diesel::update(target.filter(minutes::president_signed_at.is_null()))
            .set((
                minutes::president_member_id.eq(member_id),
                minutes::president_signed_at.eq(at),
            ))
            .execute(conn)?
    } else {
        diesel::update(target.filter(minutes::secretary_signed_at.is_null()))
            .set((
                minutes::secretary_member_id.eq(member_id),
                minutes::secretary_signed_at.eq(at),
            ))
            .execute(conn)?
    };
    Ok(n == 1)
}
