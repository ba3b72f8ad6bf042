//! What a call's ranking reads of its notes, for all of them at once (one query per kind,
//! whatever the number of notes).

use crate::records::{BudgetLineRow, EvaluationRow};
use diesel::prelude::*;
use musharaka_db::schema::{
    cocreation_budget_lines as lines, cocreation_evaluations as evaluations,
    cocreation_scores as scores,
};
use musharaka_db::AnyConnection;

/// The scores of the submitted evaluations without a declared conflict:
/// (note, evaluator, criterion, score), by note, evaluator and criterion.
pub fn submitted_scores(
    conn: &mut AnyConnection,
    notes: &[i64],
) -> QueryResult<Vec<(i64, i64, i64, i32)>> {
    scores::table
        .inner_join(evaluations::table)
        .filter(evaluations::note_id.eq_any(notes))
        .filter(evaluations::submitted_at.is_not_null())
        .filter(evaluations::conflict_declared.eq(false))
        .order((
            evaluations::note_id,
            evaluations::evaluator_id,
            scores::criterion_id,
        ))
        .select((
            evaluations::note_id,
            evaluations::evaluator_id,
            scores::criterion_id,
            scores::score,
        ))
        .load(conn)
}

/// The evaluations of these notes, in the order they were opened.
pub fn evaluations_of_notes(
    conn: &mut AnyConnection,
    notes: &[i64],
) -> QueryResult<Vec<EvaluationRow>> {
    evaluations::table
        .filter(evaluations::note_id.eq_any(notes))
        .order(evaluations::id)
        .select(EvaluationRow::as_select())
        .load(conn)
}

/// The budget lines of these notes, each note's in its order.
pub fn lines_of_notes(conn: &mut AnyConnection, notes: &[i64]) -> QueryResult<Vec<BudgetLineRow>> {
    lines::table
        .filter(lines::note_id.eq_any(notes))
        .order((lines::note_id, lines::position, lines::id))
        .select(BudgetLineRow::as_select())
        .load(conn)
}
