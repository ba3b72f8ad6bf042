//! Queries on what the council is held to outside its agenda: members' requests for an
//! extraordinary session (art. 36), the governor's objections to items (art. 41), the
//! council's decisions on items its committee did not study (art. 28) and members' written
//! questions (art. 46). Every query filters on the commune.

use super::*;
use crate::records::ItemId;
use musharaka_db::{find_owned, insert, insert_id, insert_row, rows_of};

/// A members' request for an extraordinary session (art. 36), as received.
pub fn insert_session_request(
    conn: &mut AnyConnection,
    new: &NewSessionRequestRow<'_>,
) -> QueryResult<SessionRequestRow> {
    insert_row!(conn, session_requests, new)
}

/// The commune's requests for extraordinary sessions, the latest first.
pub fn session_requests(
    conn: &mut AnyConnection,
    commune_id: i64,
) -> QueryResult<Vec<SessionRequestRow>> {
    rows_of!(
        conn,
        session_requests::commune_id == commune_id,
        (session_requests::requested_on.desc(), session_requests::id.desc()) => SessionRequestRow
    )
}

pub fn session_request(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
) -> QueryResult<SessionRequestRow> {
    find_owned!(conn, session_requests::commune_id == commune_id, id => SessionRequestRow)
}

/// Records the president's refusal of a request still unanswered; false if it was answered
/// (refused or convened) meanwhile.
pub fn refuse_session_request(
    conn: &mut AnyConnection,
    id: i64,
    refused_on: NaiveDate,
    reasons: &str,
) -> QueryResult<bool> {
    diesel::update(
        session_requests::table
            .find(id)
            .filter(session_requests::refused_on.is_null())
            .filter(session_requests::session_id.is_null()),
    )
    .set((
        session_requests::refused_on.eq(refused_on),
        session_requests::refusal_reasons.eq(reasons),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

/// Links the session convened on the commune's unanswered requests of `requested_on`.
pub fn link_session_request(
    conn: &mut AnyConnection,
    commune_id: i64,
    requested_on: NaiveDate,
    session_id: i64,
) -> QueryResult<usize> {
    diesel::update(
        session_requests::table
            .filter(session_requests::commune_id.eq(commune_id))
            .filter(session_requests::requested_on.eq(requested_on))
            .filter(session_requests::refused_on.is_null())
            .filter(session_requests::session_id.is_null()),
    )
    .set(session_requests::session_id.eq(session_id))
    .execute(conn)
}

/// The governor's objection to an item (art. 41), if any.
pub fn objection(conn: &mut AnyConnection, item_id: ItemId) -> QueryResult<Option<ObjectionRow>> {
    item_objections::table
        .find(item_id)
        .select(ObjectionRow::as_select())
        .first(conn)
        .optional()
}

/// The objections to the items of a session (art. 41).
pub fn objections_of_session(
    conn: &mut AnyConnection,
    session_id: i64,
) -> QueryResult<Vec<ObjectionRow>> {
    item_objections::table
        .inner_join(agenda_items::table)
        .filter(agenda_items::session_id.eq(session_id))
        .select(ObjectionRow::as_select())
        .load(conn)
}

/// Records the governor's objection to an item (one per item).
pub fn insert_objection(conn: &mut AnyConnection, new: &ObjectionRow) -> QueryResult<()> {
    insert!(conn, item_objections, new).map(|_| ())
}

/// Records the court's ruling on an objection referred to it and not yet ruled on; false
/// if there is none such.
pub fn set_court_ruling(
    conn: &mut AnyConnection,
    item_id: ItemId,
    ruling: &str,
) -> QueryResult<bool> {
    diesel::update(
        item_objections::table
            .find(item_id)
            .filter(item_objections::in_court.eq(true))
            .filter(item_objections::court_ruling.is_null()),
    )
    .set(item_objections::court_ruling.eq(ruling))
    .execute(conn)
    .map(|n| n == 1)
}

/// The council's decision without debate on an unstudied item (art. 28), if any.
pub fn study_decision(
    conn: &mut AnyConnection,
    item_id: ItemId,
) -> QueryResult<Option<StudyDecisionRow>> {
    item_study_decisions::table
        .find(item_id)
        .select(StudyDecisionRow::as_select())
        .first(conn)
        .optional()
}

/// The decisions without debate on the items of a session (art. 28).
pub fn study_decisions_of_session(
    conn: &mut AnyConnection,
    session_id: i64,
) -> QueryResult<Vec<StudyDecisionRow>> {
    item_study_decisions::table
        .inner_join(agenda_items::table)
        .filter(agenda_items::session_id.eq(session_id))
        .select(StudyDecisionRow::as_select())
        .load(conn)
}

/// A session's agenda items in order, each with the council's decision on it if its
/// committee did not study it (art. 28), in one query (the public session page).
pub fn items_with_study_decisions(
    conn: &mut AnyConnection,
    commune_id: i64,
    session_id: i64,
) -> QueryResult<Vec<(ItemRow, Option<StudyDecisionRow>)>> {
    agenda_items::table
        .left_join(item_study_decisions::table)
        .filter(agenda_items::commune_id.eq(commune_id))
        .filter(agenda_items::session_id.eq(session_id))
        .order(agenda_items::number)
        .select((
            ItemRow::as_select(),
            Option::<StudyDecisionRow>::as_select(),
        ))
        .load(conn)
}

/// Records the council's decision on an unstudied item; one per item (the primary key
/// refuses a second).
pub fn insert_study_decision(conn: &mut AnyConnection, new: &StudyDecisionRow) -> QueryResult<()> {
    insert!(conn, item_study_decisions, new).map(|_| ())
}

/// A member's written question (art. 46), on the session it goes to (if planned).
pub fn insert_question(conn: &mut AnyConnection, new: &NewQuestionRow<'_>) -> QueryResult<i64> {
    insert_id!(conn, written_questions, new)
}

/// The commune's written questions, the latest first.
pub fn questions(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<QuestionRow>> {
    rows_of!(
        conn,
        written_questions::commune_id == commune_id,
        (written_questions::received_on.desc(), written_questions::id.desc()) => QuestionRow
    )
}

pub fn question(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<QuestionRow> {
    find_owned!(conn, written_questions::commune_id == commune_id, id => QuestionRow)
}

/// Records the answer to a question not yet answered; false if it was.
pub fn answer_question(
    conn: &mut AnyConnection,
    id: i64,
    answer: &str,
    answered_on: NaiveDate,
) -> QueryResult<bool> {
    diesel::update(
        written_questions::table
            .find(id)
            .filter(written_questions::answer.is_null()),
    )
    .set((
        written_questions::answer.eq(answer),
        written_questions::answered_on.eq(answered_on),
    ))
    .execute(conn)
    .map(|n| n == 1)
}
