//! Queries on sessions, sittings, agenda items, votes, deliberations and minutes. Every
//! query filters on the commune.

use crate::records::{DeliberationRow, ItemRow, MinutesRow, SessionRow, SittingRow, VoteRow};
use chrono::NaiveDate;
use diesel::prelude::*;
use musharaka_db::schema::{
    agenda_item_documents, agenda_items, attendance, council_sessions, deliberations, item_votes,
    member_votes, minutes, sittings,
};
use musharaka_db::AnyConnection;

pub fn session(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<SessionRow> {
    council_sessions::table
        .find(id)
        .filter(council_sessions::commune_id.eq(commune_id))
        .select(SessionRow::as_select())
        .first(conn)
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
    council_sessions::table
        .filter(council_sessions::commune_id.eq(commune_id))
        .order(council_sessions::starts_on.desc())
        .select(SessionRow::as_select())
        .load(conn)
}

/// Start dates of the commune's ordinary sessions that are not cancelled (the planned
/// dates `next_open_ordinary_session` uses).
pub fn ordinary_starts(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<NaiveDate>> {
    council_sessions::table
        .filter(council_sessions::commune_id.eq(commune_id))
        .filter(council_sessions::kind.eq("ordinary"))
        .filter(council_sessions::status.ne("cancelled"))
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
        .filter(council_sessions::status.ne("cancelled"))
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

pub fn item(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<ItemRow> {
    agenda_items::table
        .find(id)
        .filter(agenda_items::commune_id.eq(commune_id))
        .select(ItemRow::as_select())
        .first(conn)
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

pub fn sitting(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<SittingRow> {
    sittings::table
        .find(id)
        .filter(sittings::commune_id.eq(commune_id))
        .select(SittingRow::as_select())
        .first(conn)
}

/// (member id, status) for a sitting.
pub fn attendance_of(conn: &mut AnyConnection, sitting_id: i64) -> QueryResult<Vec<(i64, String)>> {
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
    item_id: i64,
) -> QueryResult<Vec<VoteRow>> {
    item_votes::table
        .filter(item_votes::commune_id.eq(commune_id))
        .filter(item_votes::item_id.eq(item_id))
        .order(item_votes::id)
        .select(VoteRow::as_select())
        .load(conn)
}

pub fn vote(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<VoteRow> {
    item_votes::table
        .find(id)
        .filter(item_votes::commune_id.eq(commune_id))
        .select(VoteRow::as_select())
        .first(conn)
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
    deliberations::table
        .find(id)
        .filter(deliberations::commune_id.eq(commune_id))
        .select(DeliberationRow::as_select())
        .first(conn)
}

pub fn deliberations_of_item(
    conn: &mut AnyConnection,
    commune_id: i64,
    item_id: i64,
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
    minutes::table
        .find(id)
        .filter(minutes::commune_id.eq(commune_id))
        .select(MinutesRow::as_select())
        .first(conn)
}

/// The PDF documents of an agenda item: (upload id, file name).
pub fn documents_of(
    conn: &mut AnyConnection,
    commune_id: i64,
    item_id: i64,
) -> QueryResult<Vec<(i64, String)>> {
    agenda_item_documents::table
        .inner_join(musharaka_db::schema::uploads::table)
        .filter(agenda_item_documents::commune_id.eq(commune_id))
        .filter(agenda_item_documents::item_id.eq(item_id))
        .order(agenda_item_documents::upload_id)
        .select((
            musharaka_db::schema::uploads::id,
            musharaka_db::schema::uploads::original_name,
        ))
        .load(conn)
}
