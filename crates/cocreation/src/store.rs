//! Every query of co-creation. Every query that serves a commune filters on it.

use crate::model::{CallStatus, NoteStatus};
use crate::records::*;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use musharaka_db::schema::{
    cocreation_agreements as agreements, cocreation_budget_lines as lines,
    cocreation_calls as calls, cocreation_criteria as criteria,
    cocreation_evaluations as evaluations, cocreation_meetings as meetings,
    cocreation_notes as notes, cocreation_questions as questions,
    cocreation_registrations as registrations, cocreation_report_lines as report_lines,
    cocreation_reports as reports, cocreation_scores as scores, cocreation_tranches as tranches,
};
use musharaka_db::AnyConnection;
use musharaka_db::{
    find_owned, insert, insert_id, insert_row, rows_of, update_if_status, update_row,
};

mod of_notes;
pub use of_notes::*;

// Calls

pub fn insert_call(
    conn: &mut AnyConnection,
    commune_id: i64,
    f: &CallFields,
    now: NaiveDateTime,
) -> QueryResult<CallRow> {
    let values = (
        f,
        calls::commune_id.eq(commune_id),
        calls::status.eq(CallStatus::Draft),
        calls::created_at.eq(now),
        calls::updated_at.eq(now),
    );
    insert_row!(conn, calls, values)
}

pub fn update_call(
    conn: &mut AnyConnection,
    id: i64,
    f: &CallFields,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    update_row!(conn, calls, id, (f, calls::updated_at.eq(now)))
}

pub fn call(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<CallRow> {
    find_owned!(conn, calls::commune_id == commune_id, id => CallRow)
}

/// A commune's calls, newest first; drafts only when `with_drafts`.
pub fn calls(
    conn: &mut AnyConnection,
    commune_id: i64,
    with_drafts: bool,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<CallRow>> {
    let mut q = calls::table
        .filter(calls::commune_id.eq(commune_id))
        .select(CallRow::as_select())
        .into_boxed();
    if !with_drafts {
        q = q.filter(calls::status.ne(CallStatus::Draft));
    }
    q.order(calls::opens_at.desc())
        .then_order_by(calls::id.desc())
        .limit(limit)
        .offset(offset)
        .load(conn)
}

/// Moves a call's status only if it is still `from` (two clicks cannot both apply).
pub fn set_call_status_if(
    conn: &mut AnyConnection,
    id: i64,
    from: CallStatus,
    to: CallStatus,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let changes = (calls::status.eq(to), calls::updated_at.eq(now));
    update_if_status!(conn, calls, id, from, changes)
}

pub fn set_call_published(
    conn: &mut AnyConnection,
    id: i64,
    item: Option<musharaka_councils::ItemId>,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    let changes = (calls::agenda_item_id.eq(item), calls::published_at.eq(at));
    update_row!(conn, calls, id, changes)
}

pub fn set_call_results(
    conn: &mut AnyConnection,
    id: i64,
    item: Option<musharaka_councils::ItemId>,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    let changes = (calls::selection_item_id.eq(item), calls::results_at.eq(at));
    update_row!(conn, calls, id, changes)
}

// The grid

pub fn criteria(conn: &mut AnyConnection, call_id: i64) -> QueryResult<Vec<CriterionRow>> {
    rows_of!(conn, criteria::call_id == call_id, (criteria::position, criteria::id) => CriterionRow)
}

pub fn insert_criterion(conn: &mut AnyConnection, new: &NewCriterion<'_>) -> QueryResult<usize> {
    insert!(conn, criteria, new)
}

// Meetings and questions

pub fn meetings(conn: &mut AnyConnection, call_id: i64) -> QueryResult<Vec<MeetingRow>> {
    rows_of!(conn, meetings::call_id == call_id, meetings::starts_at => MeetingRow)
}

pub fn meeting(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<MeetingRow> {
    find_owned!(conn, meetings::commune_id == commune_id, id => MeetingRow)
}

pub fn insert_meeting(conn: &mut AnyConnection, new: &NewMeeting<'_>) -> QueryResult<i64> {
    insert_id!(conn, meetings, new)
}

pub fn set_attendance(
    conn: &mut AnyConnection,
    id: i64,
    attendance: i32,
    organisations: i32,
) -> QueryResult<usize> {
    let changes = (
        meetings::attendance.eq(Some(attendance)),
        meetings::organisations_present.eq(Some(organisations)),
    );
    update_row!(conn, meetings, id, changes)
}

pub fn registered(conn: &mut AnyConnection, meeting_id: i64, account_id: i64) -> QueryResult<bool> {
    let n: i64 = registrations::table
        .filter(registrations::meeting_id.eq(meeting_id))
        .filter(registrations::account_id.eq(account_id))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

pub fn register(
    conn: &mut AnyConnection,
    commune_id: i64,
    meeting_id: i64,
    account_id: i64,
    association_id: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let values = (
        registrations::commune_id.eq(commune_id),
        registrations::meeting_id.eq(meeting_id),
        registrations::account_id.eq(account_id),
        registrations::association_id.eq(association_id),
        registrations::created_at.eq(now),
    );
    insert!(conn, registrations, values)
}

pub fn registrations(conn: &mut AnyConnection, meeting_id: i64) -> QueryResult<i64> {
    registrations::table
        .filter(registrations::meeting_id.eq(meeting_id))
        .count()
        .get_result(conn)
}

pub fn questions(
    conn: &mut AnyConnection,
    call_id: i64,
    answered_only: bool,
) -> QueryResult<Vec<QuestionRow>> {
    let mut q = questions::table
        .filter(questions::call_id.eq(call_id))
        .select(QuestionRow::as_select())
        .into_boxed();
    if answered_only {
        q = q.filter(questions::answered_at.is_not_null());
    }
    q.order(questions::id).load(conn)
}

pub fn question(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<QuestionRow> {
    find_owned!(conn, questions::commune_id == commune_id, id => QuestionRow)
}

pub fn insert_question(
    conn: &mut AnyConnection,
    commune_id: i64,
    call_id: i64,
    account_id: i64,
    text: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let values = (
        questions::commune_id.eq(commune_id),
        questions::call_id.eq(call_id),
        questions::account_id.eq(account_id),
        questions::question.eq(text),
        questions::created_at.eq(now),
    );
    insert!(conn, questions, values)
}

pub fn answer_question(
    conn: &mut AnyConnection,
    id: i64,
    answer: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let changes = (
        questions::answer.eq(Some(answer)),
        questions::answered_at.eq(Some(now)),
    );
    update_row!(conn, questions, id, changes)
}

// Notes

pub fn insert_note(
    conn: &mut AnyConnection,
    commune_id: i64,
    call_id: i64,
    association_id: i64,
    account_id: i64,
    t: &NoteTexts,
    now: NaiveDateTime,
) -> QueryResult<NoteRow> {
    let values = (
        t,
        notes::commune_id.eq(commune_id),
        notes::call_id.eq(call_id),
        notes::association_id.eq(association_id),
        notes::account_id.eq(account_id),
        notes::status.eq(NoteStatus::Draft),
        notes::created_at.eq(now),
        notes::updated_at.eq(now),
    );
    insert_row!(conn, notes, values)
}

/// Changes a draft's texts (a submitted note is locked: the filter keeps it so).
pub fn update_draft(
    conn: &mut AnyConnection,
    id: i64,
    t: &NoteTexts,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        notes::table
            .find(id)
            .filter(notes::status.eq(NoteStatus::Draft)),
    )
    .set((t, notes::updated_at.eq(now)))
    .execute(conn)
}

pub fn note(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<NoteRow> {
    find_owned!(conn, notes::commune_id == commune_id, id => NoteRow)
}

/// A call's notes (never drafts), in rank order then by submission.
pub fn notes_of_call(conn: &mut AnyConnection, call_id: i64) -> QueryResult<Vec<NoteRow>> {
    notes::table
        .filter(notes::call_id.eq(call_id))
        .filter(notes::status.ne(NoteStatus::Draft))
        .order((notes::submitted_at, notes::id))
        .select(NoteRow::as_select())
        .load(conn)
}

/// The notes an account drafted or submitted in a commune.
pub fn notes_of_account(
    conn: &mut AnyConnection,
    commune_id: i64,
    account_id: i64,
) -> QueryResult<Vec<NoteRow>> {
    notes::table
        .filter(notes::commune_id.eq(commune_id))
        .filter(notes::account_id.eq(account_id))
        .order(notes::id.desc())
        .select(NoteRow::as_select())
        .load(conn)
}

pub fn set_note_status_if(
    conn: &mut AnyConnection,
    id: i64,
    from: NoteStatus,
    to: NoteStatus,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let changes = (notes::status.eq(to), notes::updated_at.eq(now));
    update_if_status!(conn, notes, id, from, changes)
}

pub fn set_submitted(
    conn: &mut AnyConnection,
    id: i64,
    receipt: &str,
    at: NaiveDateTime,
    unmet: &str,
) -> QueryResult<usize> {
    let changes = (
        notes::receipt_number.eq(Some(receipt)),
        notes::submitted_at.eq(Some(at)),
        notes::unmet.eq(Some(unmet)),
    );
    update_row!(conn, notes, id, changes)
}

/// Receipts already numbered with `prefix` in the commune.
pub fn receipts_numbered(
    conn: &mut AnyConnection,
    commune_id: i64,
    prefix: &str,
) -> QueryResult<i64> {
    notes::table
        .filter(notes::commune_id.eq(commune_id))
        .filter(notes::receipt_number.like(format!("{prefix}%")))
        .count()
        .get_result(conn)
}

pub fn set_eligibility(
    conn: &mut AnyConnection,
    id: i64,
    unmet: &str,
    by: i64,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    let changes = (
        notes::unmet.eq(Some(unmet)),
        notes::eligibility_by.eq(Some(by)),
        notes::eligibility_at.eq(Some(at)),
    );
    update_row!(conn, notes, id, changes)
}

pub fn set_result(
    conn: &mut AnyConnection,
    id: i64,
    rank: Option<i32>,
    total: Option<&str>,
    granted: Option<i64>,
    reason: &str,
) -> QueryResult<usize> {
    let changes = (
        notes::rank.eq(rank),
        notes::total_score.eq(total),
        notes::granted_centimes.eq(granted),
        notes::decision_reason.eq(Some(reason)),
    );
    update_row!(conn, notes, id, changes)
}

pub fn lines(conn: &mut AnyConnection, note_id: i64) -> QueryResult<Vec<BudgetLineRow>> {
    rows_of!(conn, lines::note_id == note_id, (lines::position, lines::id) => BudgetLineRow)
}

pub fn replace_lines(
    conn: &mut AnyConnection,
    commune_id: i64,
    note_id: i64,
    new: &[NewLine],
) -> QueryResult<()> {
    diesel::delete(lines::table.filter(lines::note_id.eq(note_id))).execute(conn)?;
    for (i, l) in new.iter().enumerate() {
        let values = (
            lines::commune_id.eq(commune_id),
            lines::note_id.eq(note_id),
            lines::position.eq(i32::try_from(i).unwrap_or(i32::MAX)),
            lines::label.eq(&l.label),
            lines::amount_centimes.eq(l.amount.centimes()),
            lines::cofinancing_centimes.eq(l.cofinancing.centimes()),
        );
        insert!(conn, lines, values)?;
    }
    Ok(())
}

// Evaluations

pub fn evaluation(
    conn: &mut AnyConnection,
    note_id: i64,
    evaluator_id: i64,
) -> QueryResult<Option<EvaluationRow>> {
    evaluations::table
        .filter(evaluations::note_id.eq(note_id))
        .filter(evaluations::evaluator_id.eq(evaluator_id))
        .select(EvaluationRow::as_select())
        .first(conn)
        .optional()
}

pub fn evaluations(conn: &mut AnyConnection, note_id: i64) -> QueryResult<Vec<EvaluationRow>> {
    rows_of!(conn, evaluations::note_id == note_id, evaluations::id => EvaluationRow)
}

/// The evaluation row of (note, evaluator), created empty if there is none.
pub fn evaluation_or_new(
    conn: &mut AnyConnection,
    commune_id: i64,
    note_id: i64,
    evaluator_id: i64,
    now: NaiveDateTime,
) -> QueryResult<EvaluationRow> {
    if let Some(e) = evaluation(conn, note_id, evaluator_id)? {
        return Ok(e);
    }
    let values = (
        evaluations::commune_id.eq(commune_id),
        evaluations::note_id.eq(note_id),
        evaluations::evaluator_id.eq(evaluator_id),
        evaluations::comment.eq(""),
        evaluations::created_at.eq(now),
    );
    insert_row!(conn, evaluations, values)
}

pub fn set_evaluation(
    conn: &mut AnyConnection,
    id: i64,
    comment: &str,
    conflict: bool,
    submitted_at: Option<NaiveDateTime>,
) -> QueryResult<usize> {
    let changes = (
        evaluations::comment.eq(comment),
        evaluations::conflict_declared.eq(conflict),
        evaluations::submitted_at.eq(submitted_at),
    );
    update_row!(conn, evaluations, id, changes)
}

/// An evaluation's scores: (criterion, score).
pub fn scores(conn: &mut AnyConnection, evaluation_id: i64) -> QueryResult<Vec<(i64, i32)>> {
    scores::table
        .filter(scores::evaluation_id.eq(evaluation_id))
        .order(scores::criterion_id)
        .select((scores::criterion_id, scores::score))
        .load(conn)
}

pub fn replace_scores(
    conn: &mut AnyConnection,
    commune_id: i64,
    evaluation_id: i64,
    given: &[(i64, i32)],
) -> QueryResult<()> {
    diesel::delete(scores::table.filter(scores::evaluation_id.eq(evaluation_id))).execute(conn)?;
    for (criterion, score) in given {
        let values = (
            scores::commune_id.eq(commune_id),
            scores::evaluation_id.eq(evaluation_id),
            scores::criterion_id.eq(criterion),
            scores::score.eq(score),
        );
        insert!(conn, scores, values)?;
    }
    Ok(())
}

// Agreements and follow-up

pub fn insert_agreement(conn: &mut AnyConnection, new: &NewAgreement) -> QueryResult<AgreementRow> {
    insert_row!(conn, agreements, new)
}

pub fn agreement_of(conn: &mut AnyConnection, note_id: i64) -> QueryResult<Option<AgreementRow>> {
    agreements::table
        .filter(agreements::note_id.eq(note_id))
        .select(AgreementRow::as_select())
        .first(conn)
        .optional()
}

pub fn set_final_evaluation(conn: &mut AnyConnection, id: i64, text: &str) -> QueryResult<usize> {
    let changes = agreements::final_evaluation.eq(Some(text));
    update_row!(conn, agreements, id, changes)
}

pub fn insert_tranche(conn: &mut AnyConnection, new: &NewTranche<'_>) -> QueryResult<usize> {
    insert!(conn, tranches, new)
}

pub fn tranches(conn: &mut AnyConnection, agreement_id: i64) -> QueryResult<Vec<TrancheRow>> {
    rows_of!(conn, tranches::agreement_id == agreement_id, tranches::position => TrancheRow)
}

pub fn insert_report(
    conn: &mut AnyConnection,
    commune_id: i64,
    agreement_id: i64,
    author: i64,
    side: &str,
    narrative: &str,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    let values = (
        reports::commune_id.eq(commune_id),
        reports::agreement_id.eq(agreement_id),
        reports::author_id.eq(Some(author)),
        reports::side.eq(side),
        reports::narrative.eq(narrative),
        reports::created_at.eq(now),
    );
    insert_id!(conn, reports, values)
}

pub fn insert_report_line(
    conn: &mut AnyConnection,
    commune_id: i64,
    report_id: i64,
    budget_line_id: i64,
    spent: i64,
) -> QueryResult<usize> {
    let values = (
        report_lines::commune_id.eq(commune_id),
        report_lines::report_id.eq(report_id),
        report_lines::budget_line_id.eq(budget_line_id),
        report_lines::spent_centimes.eq(spent),
    );
    insert!(conn, report_lines, values)
}

pub fn reports(conn: &mut AnyConnection, agreement_id: i64) -> QueryResult<Vec<ReportRow>> {
    rows_of!(conn, reports::agreement_id == agreement_id, reports::id => ReportRow)
}

/// Spending reported per budget line, over all the reports of an agreement:
/// (budget line, spent).
pub fn spent_per_line(conn: &mut AnyConnection, agreement_id: i64) -> QueryResult<Vec<(i64, i64)>> {
    let ids: Vec<i64> = reports::table
        .filter(reports::agreement_id.eq(agreement_id))
        .select(reports::id)
        .load(conn)?;
    let rows: Vec<(i64, i64)> = report_lines::table
        .filter(report_lines::report_id.eq_any(ids))
        .select((report_lines::budget_line_id, report_lines::spent_centimes))
        .load(conn)?;
    let mut out: Vec<(i64, i64)> = Vec::new();
    for (line, spent) in rows {
        match out.iter_mut().find(|(l, _)| *l == line) {
            Some((_, s)) => *s = s.saturating_add(spent),
            None => out.push((line, spent)),
        }
    }
    Ok(out)
}

// Documents

pub fn insert_document(
    conn: &mut AnyConnection,
    commune_id: i64,
    call_id: i64,
    note_id: Option<i64>,
    upload_id: i64,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    use musharaka_db::schema::cocreation_documents as d;
    let values = (
        d::commune_id.eq(commune_id),
        d::call_id.eq(call_id),
        d::note_id.eq(note_id),
        d::upload_id.eq(upload_id),
        d::created_at.eq(now),
    );
    insert!(conn, d, values)
}

/// A call's public documents (`note_id` None) or a note's attachments: (upload, file name).
pub fn documents(
    conn: &mut AnyConnection,
    call_id: i64,
    note_id: Option<i64>,
) -> QueryResult<Vec<(i64, String)>> {
    use musharaka_db::schema::{cocreation_documents as d, uploads};
    let q = d::table
        .inner_join(uploads::table)
        .filter(d::call_id.eq(call_id))
        .order(d::id)
        .select((uploads::id, uploads::original_name))
        .into_boxed();
    match note_id {
        Some(n) => q.filter(d::note_id.eq(n)).load(conn),
        None => q.filter(d::note_id.is_null()).load(conn),
    }
}
