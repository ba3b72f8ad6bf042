//! Every query of consultations. Each filters on the commune (directly or through a
//! consultation already checked to be the commune's).

use crate::model::Status;
use crate::records::{
    CommentRow, ConsultationRow, ConsultationTexts, NewAttendance, NewConsultation, NewQuestion,
    NewSection, QuestionRow, ResponseRow, SectionRow, WorkshopRow,
};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_core::time::now;
use musharaka_db::schema::{
    consultation_attendance, consultation_comments, consultation_questions, consultation_responses,
    consultation_sections, consultation_supports, consultation_workshop_photos,
    consultation_workshops, consultations,
};
use musharaka_db::{find_owned, insert, insert_id, rows_of, update_if_status, update_row};
use musharaka_db::{on_backend, AnyConnection};

pub fn consultation(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
) -> QueryResult<ConsultationRow> {
    find_owned!(conn, consultations::commune_id == commune_id, id => ConsultationRow)
}

/// A consultation by id whatever its commune (the council's event carries the commune).
pub fn find(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
) -> QueryResult<Option<ConsultationRow>> {
    consultation(conn, commune_id, id).optional()
}

/// A commune's consultations, newest first; drafts only if `with_drafts`.
pub fn list(
    conn: &mut AnyConnection,
    commune_id: i64,
    with_drafts: bool,
    status: Option<&str>,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<ConsultationRow>> {
    let mut q = consultations::table
        .filter(consultations::commune_id.eq(commune_id))
        .select(ConsultationRow::as_select())
        .into_boxed();
    if !with_drafts {
        q = q.filter(consultations::status.ne(Status::Draft));
    }
    if let Some(s) = status {
        q = q.filter(consultations::status.eq(s.to_string()));
    }
    q.order((consultations::opens_on.desc(), consultations::id.desc()))
        .limit(limit)
        .offset(offset)
        .load(conn)
}

/// Every published consultation of every commune (the national figures).
pub fn all_public_ids(conn: &mut AnyConnection) -> QueryResult<Vec<(i64, i64)>> {
    consultations::table
        .filter(consultations::status.ne(Status::Draft))
        .select((consultations::commune_id, consultations::id))
        .load(conn)
}

pub fn insert(conn: &mut AnyConnection, n: &NewConsultation<'_>) -> QueryResult<i64> {
    let at = now();
    let values = (
        n,
        consultations::status.eq(Status::Draft),
        consultations::created_at.eq(at),
        consultations::updated_at.eq(at),
    );
    insert_id!(conn, consultations, values)
}

/// Rewrites a draft's texts and dates.
pub fn update(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
    texts: &ConsultationTexts<'_>,
) -> QueryResult<usize> {
    diesel::update(consultations::table.find(id))
        .filter(consultations::commune_id.eq(commune_id))
        .filter(consultations::status.eq(Status::Draft))
        .set((texts, consultations::updated_at.eq(now())))
        .execute(conn)
}

/// Moves the status from `from` to `to` only if it is still `from` (two concurrent
/// actions cannot both apply).
pub fn set_status_if(
    conn: &mut AnyConnection,
    id: i64,
    from: Status,
    to: Status,
) -> QueryResult<bool> {
    let changes = (
        consultations::status.eq(to),
        consultations::updated_at.eq(now()),
    );
    update_if_status!(conn, consultations, id, from, changes)
}

pub fn set_published(conn: &mut AnyConnection, id: i64, at: NaiveDateTime) -> QueryResult<()> {
    update_row!(conn, consultations, id, consultations::published_at.eq(at)).map(|_| ())
}

pub fn set_synthesis(
    conn: &mut AnyConnection,
    id: i64,
    ar: &str,
    fr: &str,
    at: NaiveDateTime,
) -> QueryResult<()> {
    let changes = (
        consultations::synthesis_ar.eq(ar),
        consultations::synthesis_fr.eq(fr),
        consultations::synthesis_published_at.eq(at),
    );
    update_row!(conn, consultations, id, changes).map(|_| ())
}

pub fn set_revised_version(conn: &mut AnyConnection, id: i64, version: i32) -> QueryResult<()> {
    let changes = consultations::revised_version.eq(version);
    update_row!(conn, consultations, id, changes).map(|_| ())
}

pub fn set_agenda_item(
    conn: &mut AnyConnection,
    id: i64,
    item_id: musharaka_councils::ItemId,
) -> QueryResult<()> {
    let changes = consultations::agenda_item_id.eq(item_id);
    update_row!(conn, consultations, id, changes).map(|_| ())
}

pub fn set_deliberation(
    conn: &mut AnyConnection,
    id: i64,
    deliberation_id: i64,
    number: &str,
) -> QueryResult<()> {
    let changes = (
        consultations::deliberation_id.eq(deliberation_id),
        consultations::deliberation_number.eq(number),
    );
    update_row!(conn, consultations, id, changes).map(|_| ())
}

// Sections

/// The sections of one version of the document, in order.
pub fn sections(
    conn: &mut AnyConnection,
    consultation_id: i64,
    version: i32,
) -> QueryResult<Vec<SectionRow>> {
    consultation_sections::table
        .filter(consultation_sections::consultation_id.eq(consultation_id))
        .filter(consultation_sections::version.eq(version))
        .order(consultation_sections::position)
        .select(SectionRow::as_select())
        .load(conn)
}

pub fn section(conn: &mut AnyConnection, consultation_id: i64, id: i64) -> QueryResult<SectionRow> {
    find_owned!(conn, consultation_sections::consultation_id == consultation_id, id => SectionRow)
}

pub fn insert_section(conn: &mut AnyConnection, n: &NewSection<'_>) -> QueryResult<i64> {
    let values = (n, consultation_sections::created_at.eq(now()));
    insert_id!(conn, consultation_sections, values)
}

/// The number of sections of a version.
pub fn section_count(
    conn: &mut AnyConnection,
    consultation_id: i64,
    version: i32,
) -> QueryResult<i64> {
    consultation_sections::table
        .filter(consultation_sections::consultation_id.eq(consultation_id))
        .filter(consultation_sections::version.eq(version))
        .count()
        .get_result(conn)
}

/// The owner's answer on one section ("you said, we did").
pub fn set_section_answer(
    conn: &mut AnyConnection,
    id: i64,
    taken: &str,
    not_taken: &str,
) -> QueryResult<()> {
    let changes = (
        consultation_sections::taken.eq(taken),
        consultation_sections::not_taken.eq(not_taken),
        consultation_sections::answered_at.eq(now()),
    );
    update_row!(conn, consultation_sections, id, changes).map(|_| ())
}

// Comments

pub fn comments(conn: &mut AnyConnection, consultation_id: i64) -> QueryResult<Vec<CommentRow>> {
    rows_of!(
        conn,
        consultation_comments::consultation_id == consultation_id,
        consultation_comments::id => CommentRow
    )
}

pub fn comment(conn: &mut AnyConnection, consultation_id: i64, id: i64) -> QueryResult<CommentRow> {
    find_owned!(conn, consultation_comments::consultation_id == consultation_id, id => CommentRow)
}

#[derive(Insertable)]
#[diesel(table_name = consultation_comments)]
pub struct NewComment<'a> {
    pub commune_id: i64,
    pub consultation_id: i64,
    pub section_id: i64,
    pub parent_id: Option<i64>,
    pub author_kind: &'a str,
    pub account_id: Option<i64>,
    pub association_id: Option<i64>,
    pub author_label: Option<&'a str>,
    pub body: &'a str,
}

pub fn insert_comment(conn: &mut AnyConnection, n: &NewComment<'_>) -> QueryResult<i64> {
    let values = (n, consultation_comments::created_at.eq(now()));
    insert_id!(conn, consultation_comments, values)
}

/// Hides a visible comment (never deletes it); false if it was already hidden.
pub fn hide_comment(
    conn: &mut AnyConnection,
    id: i64,
    reason: &str,
    note: Option<&str>,
) -> QueryResult<bool> {
    let n = diesel::update(consultation_comments::table.find(id))
        .filter(consultation_comments::hidden_at.is_null())
        .set((
            consultation_comments::hidden_at.eq(now()),
            consultation_comments::hidden_reason.eq(reason),
            consultation_comments::hidden_note.eq(note),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

pub fn set_outcome(
    conn: &mut AnyConnection,
    id: i64,
    outcome: &str,
    note: Option<&str>,
) -> QueryResult<()> {
    let changes = (
        consultation_comments::outcome.eq(outcome),
        consultation_comments::outcome_note.eq(note),
    );
    update_row!(conn, consultation_comments, id, changes).map(|_| ())
}

/// Supports per comment of a consultation: (comment id, count), derived from rows.
pub fn support_counts(
    conn: &mut AnyConnection,
    consultation_id: i64,
) -> QueryResult<Vec<(i64, i64)>> {
    consultation_supports::table
        .inner_join(consultation_comments::table)
        .filter(consultation_comments::consultation_id.eq(consultation_id))
        .group_by(consultation_supports::comment_id)
        .select((consultation_supports::comment_id, diesel::dsl::count_star()))
        .load(conn)
}

/// Adds an account's support unless it already gave it; true if added.
pub fn insert_support(
    conn: &mut AnyConnection,
    commune_id: i64,
    comment_id: i64,
    account_id: i64,
) -> QueryResult<bool> {
    let values = (
        consultation_supports::comment_id.eq(comment_id),
        consultation_supports::account_id.eq(account_id),
        consultation_supports::commune_id.eq(commune_id),
        consultation_supports::created_at.eq(now()),
    );
    let target = (
        consultation_supports::comment_id,
        consultation_supports::account_id,
    );
    let n = on_backend!(conn, |c| diesel::insert_into(consultation_supports::table)
        .values(values)
        .on_conflict(target)
        .do_nothing()
        .execute(c))?;
    Ok(n == 1)
}

// Questions and responses

pub fn questions(conn: &mut AnyConnection, consultation_id: i64) -> QueryResult<Vec<QuestionRow>> {
    rows_of!(
        conn,
        consultation_questions::consultation_id == consultation_id,
        consultation_questions::position => QuestionRow
    )
}

/// Inserts a question after the consultation's last one.
pub fn insert_question(conn: &mut AnyConnection, n: &NewQuestion<'_>) -> QueryResult<i64> {
    let last: Option<i32> = consultation_questions::table
        .filter(consultation_questions::consultation_id.eq(n.consultation_id))
        .select(diesel::dsl::max(consultation_questions::position))
        .first(conn)?;
    let values = (
        n,
        consultation_questions::position.eq(last.unwrap_or(0) + 1),
    );
    insert_id!(conn, consultation_questions, values)
}

#[derive(Insertable)]
#[diesel(table_name = consultation_responses)]
pub struct NewResponse<'a> {
    pub commune_id: i64,
    pub consultation_id: i64,
    pub channel: &'a str,
    pub account_id: Option<i64>,
    pub entered_by: Option<i64>,
    pub answers: &'a str,
    pub age_band: Option<&'a str>,
    pub gender: Option<&'a str>,
    pub district: Option<&'a str>,
    pub association_member: Option<&'a str>,
}

/// Inserts a response; an account's second response is not inserted (the unique
/// constraint decides, so a retry or a race cannot double it): false then.
pub fn insert_response(conn: &mut AnyConnection, n: &NewResponse<'_>) -> QueryResult<bool> {
    let values = (n, consultation_responses::created_at.eq(now()));
    let target = (
        consultation_responses::consultation_id,
        consultation_responses::account_id,
    );
    let n = on_backend!(conn, |c| diesel::insert_into(consultation_responses::table)
        .values(values)
        .on_conflict(target)
        .do_nothing()
        .execute(c))?;
    Ok(n == 1)
}

pub fn responses(conn: &mut AnyConnection, consultation_id: i64) -> QueryResult<Vec<ResponseRow>> {
    rows_of!(
        conn,
        consultation_responses::consultation_id == consultation_id,
        consultation_responses::id => ResponseRow
    )
}

pub fn has_responded(
    conn: &mut AnyConnection,
    consultation_id: i64,
    account_id: i64,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        consultation_responses::table
            .filter(consultation_responses::consultation_id.eq(consultation_id))
            .filter(consultation_responses::account_id.eq(account_id)),
    ))
    .get_result(conn)
}

/// Accounts that took part online (commented or answered): whom to tell of the synthesis.
pub fn participant_accounts(
    conn: &mut AnyConnection,
    consultation_id: i64,
) -> QueryResult<Vec<i64>> {
    let mut ids: Vec<i64> = consultation_comments::table
        .filter(consultation_comments::consultation_id.eq(consultation_id))
        .filter(consultation_comments::account_id.is_not_null())
        .select(consultation_comments::account_id.assume_not_null())
        .load(conn)?;
    let answered: Vec<i64> = consultation_responses::table
        .filter(consultation_responses::consultation_id.eq(consultation_id))
        .filter(consultation_responses::channel.eq("online"))
        .filter(consultation_responses::account_id.is_not_null())
        .select(consultation_responses::account_id.assume_not_null())
        .load(conn)?;
    ids.extend(answered);
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

// Workshops

#[derive(Insertable)]
#[diesel(table_name = consultation_workshops)]
pub struct NewWorkshop<'a> {
    pub commune_id: i64,
    pub consultation_id: i64,
    pub held_on: NaiveDate,
    pub place: &'a str,
    pub focus: &'a str,
    pub topic: &'a str,
    pub facilitators: &'a str,
    pub invitations: i32,
    pub outputs: &'a str,
}

pub fn insert_workshop(conn: &mut AnyConnection, n: &NewWorkshop<'_>) -> QueryResult<i64> {
    let values = (n, consultation_workshops::created_at.eq(now()));
    insert_id!(conn, consultation_workshops, values)
}

pub fn insert_attendance(conn: &mut AnyConnection, n: &NewAttendance<'_>) -> QueryResult<()> {
    insert!(conn, consultation_attendance, n).map(|_| ())
}

pub fn insert_photo(
    conn: &mut AnyConnection,
    commune_id: i64,
    workshop_id: i64,
    upload_id: i64,
) -> QueryResult<()> {
    let values = (
        consultation_workshop_photos::workshop_id.eq(workshop_id),
        consultation_workshop_photos::upload_id.eq(upload_id),
        consultation_workshop_photos::commune_id.eq(commune_id),
    );
    insert!(conn, consultation_workshop_photos, values).map(|_| ())
}

pub fn workshops(conn: &mut AnyConnection, consultation_id: i64) -> QueryResult<Vec<WorkshopRow>> {
    rows_of!(
        conn,
        consultation_workshops::consultation_id == consultation_id,
        (consultation_workshops::held_on, consultation_workshops::id) => WorkshopRow
    )
}

/// Attendance of a consultation's workshops: (workshop id, category, women, men).
pub fn attendance(
    conn: &mut AnyConnection,
    consultation_id: i64,
) -> QueryResult<Vec<(i64, String, i32, i32)>> {
    consultation_attendance::table
        .inner_join(consultation_workshops::table)
        .filter(consultation_workshops::consultation_id.eq(consultation_id))
        .order((
            consultation_attendance::workshop_id,
            consultation_attendance::category,
        ))
        .select((
            consultation_attendance::workshop_id,
            consultation_attendance::category,
            consultation_attendance::women,
            consultation_attendance::men,
        ))
        .load(conn)
}

/// Photos of a consultation's workshops: (workshop id, upload id).
pub fn photos(conn: &mut AnyConnection, consultation_id: i64) -> QueryResult<Vec<(i64, i64)>> {
    consultation_workshop_photos::table
        .inner_join(consultation_workshops::table)
        .filter(consultation_workshops::consultation_id.eq(consultation_id))
        .order(consultation_workshop_photos::upload_id)
        .select((
            consultation_workshop_photos::workshop_id,
            consultation_workshop_photos::upload_id,
        ))
        .load(conn)
}
