//! Every query of the crate. Each one filters on the commune it serves.

use chrono::NaiveDate;
use diesel::prelude::*;
use musharaka_db::schema::{complaints, info_publications, info_requests, requests_history};
use musharaka_db::AnyConnection;

use crate::model::{ComplaintStatus, RequestStatus};
use crate::records::{
    ComplaintRow, HistoryRow, InfoRequestRow, NewComplaint, NewInfoRequest, NewPublication,
    PublicationRow,
};
use musharaka_db::{insert, insert_row, rows_of, update_if_status, update_row};

/// The queries requests for information and complaints share (their tables have the same
/// commune, number, status, receipt date and account columns), written once for both.
macro_rules! case_queries {
    (
        $table:ident,
        $row:ident,
        $status:ty,
        $new:ident,
        $insert:ident,
        $one:ident,
        $list:ident,
        $all:ident,
        $of_account:ident,
        $numbers:ident
    ) => {
        pub fn $insert(conn: &mut AnyConnection, new: &$new<'_>) -> QueryResult<$row> {
            diesel::insert_into($table::table)
                .values(new)
                .returning($table::all_columns)
                .get_result(conn)
        }

        pub fn $one(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<$row> {
            $table::table
                .filter($table::commune_id.eq(commune_id))
                .filter($table::id.eq(id))
                .select($row::as_select())
                .first(conn)
        }

        /// A commune's cases, newest first; `statuses` empty: all.
        pub fn $list(
            conn: &mut AnyConnection,
            commune_id: i64,
            statuses: &[$status],
            offset: i64,
            limit: i64,
        ) -> QueryResult<Vec<$row>> {
            let mut q = $table::table
                .filter($table::commune_id.eq(commune_id))
                .into_boxed();
            if !statuses.is_empty() {
                q = q.filter($table::status.eq_any(statuses.to_vec()));
            }
            q.order(($table::received_on.desc(), $table::id.desc()))
                .offset(offset)
                .limit(limit)
                .select($row::as_select())
                .load(conn)
        }

        /// Every case of a commune (statistics).
        pub fn $all(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<$row>> {
            $table::table
                .filter($table::commune_id.eq(commune_id))
                .select($row::as_select())
                .load(conn)
        }

        pub fn $of_account(
            conn: &mut AnyConnection,
            commune_id: i64,
            account_id: i64,
        ) -> QueryResult<Vec<$row>> {
            $table::table
                .filter($table::commune_id.eq(commune_id))
                .filter($table::account_id.eq(account_id))
                .order($table::id.desc())
                .select($row::as_select())
                .load(conn)
        }

        /// How many numbers of the commune start with `prefix`.
        pub fn $numbers(
            conn: &mut AnyConnection,
            commune_id: i64,
            prefix: &str,
        ) -> QueryResult<i64> {
            $table::table
                .filter($table::commune_id.eq(commune_id))
                .filter($table::number.like(format!("{prefix}%")))
                .count()
                .get_result(conn)
        }
    };
}

// ---- requests for information ------------------------------------------------------

case_queries!(
    info_requests,
    InfoRequestRow,
    RequestStatus,
    NewInfoRequest,
    insert_request,
    request,
    requests,
    all_requests,
    requests_of_account,
    request_numbers
);

/// The receipt dates of the other requests with the same keyed identity hash.
pub fn dates_of_same_requester(
    conn: &mut AnyConnection,
    commune_id: i64,
    id_hash: &str,
    except: i64,
) -> QueryResult<Vec<NaiveDate>> {
    info_requests::table
        .filter(info_requests::commune_id.eq(commune_id))
        .filter(info_requests::id_hash.eq(id_hash))
        .filter(info_requests::id.ne(except))
        .select(info_requests::received_on)
        .load(conn)
}

pub fn set_extension(
    conn: &mut AnyConnection,
    id: i64,
    from: RequestStatus,
    to: RequestStatus,
    due: NaiveDate,
    on: NaiveDate,
    reason: &str,
) -> QueryResult<bool> {
    let changes = (
        info_requests::status.eq(to),
        info_requests::due_on.eq(due),
        info_requests::extended_on.eq(Some(on)),
        info_requests::extension_reason.eq(Some(reason)),
    );
    update_if_status!(conn, info_requests, id, from, changes)
}

/// The commune's answer (arts. 15–18).
pub struct AnswerValues<'a> {
    pub status: RequestStatus,
    pub on: NaiveDate,
    pub text: &'a str,
    pub ground: Option<&'a str>,
    pub exception: Option<&'a str>,
    pub detail: Option<&'a str>,
    pub costs_centimes: Option<i64>,
}

pub fn set_answer(
    conn: &mut AnyConnection,
    id: i64,
    from: RequestStatus,
    a: &AnswerValues<'_>,
) -> QueryResult<bool> {
    let changes = (
        info_requests::status.eq(a.status),
        info_requests::answered_on.eq(Some(a.on)),
        info_requests::answer.eq(Some(a.text)),
        info_requests::refusal_ground.eq(a.ground),
        info_requests::exception.eq(a.exception),
        info_requests::ground_detail.eq(a.detail),
        info_requests::costs_centimes.eq(a.costs_centimes),
    );
    update_if_status!(conn, info_requests, id, from, changes)
}

pub fn set_appeal(
    conn: &mut AnyConnection,
    id: i64,
    from: RequestStatus,
    to: RequestStatus,
    on: NaiveDate,
    text: &str,
) -> QueryResult<bool> {
    let changes = (
        info_requests::status.eq(to),
        info_requests::appeal_filed_on.eq(Some(on)),
        info_requests::appeal_text.eq(Some(text)),
    );
    update_if_status!(conn, info_requests, id, from, changes)
}

pub fn set_appeal_decision(
    conn: &mut AnyConnection,
    id: i64,
    from: RequestStatus,
    to: RequestStatus,
    on: NaiveDate,
    outcome: &str,
    text: &str,
) -> QueryResult<bool> {
    let changes = (
        info_requests::status.eq(to),
        info_requests::appeal_decided_on.eq(Some(on)),
        info_requests::appeal_outcome.eq(Some(outcome)),
        info_requests::appeal_decision.eq(Some(text)),
    );
    update_if_status!(conn, info_requests, id, from, changes)
}

// ---- proactive publication register (art. 10) ----------------------------------------

pub fn publications(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<PublicationRow>> {
    rows_of!(
        conn,
        info_publications::commune_id == commune_id,
        (info_publications::category, info_publications::published_on.desc()) => PublicationRow
    )
}

pub fn insert_publication(
    conn: &mut AnyConnection,
    new: &NewPublication<'_>,
) -> QueryResult<PublicationRow> {
    let values = (
        new,
        info_publications::created_at.eq(musharaka_core::time::now()),
    );
    insert_row!(conn, info_publications, values)
}

// ---- complaints, observations, suggestions -------------------------------------------

case_queries!(
    complaints,
    ComplaintRow,
    ComplaintStatus,
    NewComplaint,
    insert_complaint,
    complaint,
    complaints,
    all_complaints,
    complaints_of_account,
    complaint_numbers
);

pub fn set_complaint_ack(
    conn: &mut AnyConnection,
    id: i64,
    from: ComplaintStatus,
    on: NaiveDate,
) -> QueryResult<bool> {
    let changes = (
        complaints::status.eq(ComplaintStatus::Acknowledged),
        complaints::acknowledged_on.eq(Some(on)),
    );
    update_if_status!(conn, complaints, id, from, changes)
}

pub fn set_complaint_service(conn: &mut AnyConnection, id: i64, service: &str) -> QueryResult<()> {
    update_row!(conn, complaints, id, complaints::service.eq(Some(service))).map(|_| ())
}

pub fn set_complaint_answer(
    conn: &mut AnyConnection,
    id: i64,
    from: ComplaintStatus,
    acknowledged_on: NaiveDate,
    on: NaiveDate,
    text: &str,
) -> QueryResult<bool> {
    let changes = (
        complaints::status.eq(ComplaintStatus::Answered),
        complaints::acknowledged_on.eq(Some(acknowledged_on)),
        complaints::answered_on.eq(Some(on)),
        complaints::answer.eq(Some(text)),
    );
    update_if_status!(conn, complaints, id, from, changes)
}

pub fn set_satisfaction(
    conn: &mut AnyConnection,
    id: i64,
    value: &str,
    note: &str,
) -> QueryResult<bool> {
    diesel::update(
        complaints::table
            .filter(complaints::id.eq(id))
            .filter(complaints::status.eq(ComplaintStatus::Answered))
            .filter(complaints::satisfaction.is_null()),
    )
    .set((
        complaints::satisfaction.eq(Some(value)),
        complaints::satisfaction_note.eq(Some(note)),
    ))
    .execute(conn)
    .map(|n| n == 1)
}

// ---- history -------------------------------------------------------------------------

/// One line of a request's or a complaint's history.
#[derive(Insertable)]
#[diesel(table_name = requests_history)]
pub struct NewHistory<'a> {
    pub commune_id: i64,
    pub subject: &'a str,
    pub subject_id: i64,
    pub kind: &'a str,
    pub detail: Option<&'a str>,
    pub internal: bool,
    pub actor_id: Option<i64>,
}

pub fn add_history(conn: &mut AnyConnection, h: &NewHistory<'_>) -> QueryResult<()> {
    let values = (
        h,
        requests_history::created_at.eq(musharaka_core::time::now()),
    );
    insert!(conn, requests_history, values).map(|_| ())
}

pub fn history(
    conn: &mut AnyConnection,
    commune_id: i64,
    subject: &str,
    subject_id: i64,
    with_internal: bool,
) -> QueryResult<Vec<HistoryRow>> {
    let mut q = requests_history::table
        .filter(requests_history::commune_id.eq(commune_id))
        .filter(requests_history::subject.eq(subject))
        .filter(requests_history::subject_id.eq(subject_id))
        .into_boxed();
    if !with_internal {
        q = q.filter(requests_history::internal.eq(false));
    }
    q.order(requests_history::id.asc())
        .select(HistoryRow::as_select())
        .load(conn)
}
