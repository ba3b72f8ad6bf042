//! Every query of the programme. Each one filters on the commune.

use crate::model::CommitmentStatus;
use crate::records::*;
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_db::schema::{
    programme_actions as act, programme_assessments as asm, programme_commitments as com,
    programme_evidence as evi, programme_indicators as ind, programme_links as lnk,
    programme_plans as pl, programme_rounds as rnd, programme_series as ser,
    programme_steering as stg, programme_updates as upd, programme_values as val,
};
use musharaka_db::AnyConnection;
use musharaka_db::{find_owned, insert_id, insert_row, rows_of, update_if_status};

pub fn plans(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<PlanRow>> {
    rows_of!(conn, pl::commune_id == commune_id, (pl::starts_on.desc(), pl::id) => PlanRow)
}

pub fn plan(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<PlanRow> {
    find_owned!(conn, pl::commune_id == commune_id, id => PlanRow)
}

pub fn insert_plan(conn: &mut AnyConnection, new: &NewPlanRow<'_>) -> QueryResult<PlanRow> {
    insert_row!(conn, pl, new)
}

/// Adopts a draft plan; false when it was no longer a draft (a concurrent adoption).
pub fn adopt_plan(
    conn: &mut AnyConnection,
    id: i64,
    deliberation_id: i64,
    adopted_on: NaiveDate,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    let changes = (
        pl::status.eq("adopted"),
        pl::deliberation_id.eq(Some(deliberation_id)),
        pl::adopted_on.eq(Some(adopted_on)),
        pl::updated_at.eq(at),
    );
    update_if_status!(conn, pl, id, "draft", changes)
}

pub fn series(
    conn: &mut AnyConnection,
    commune_id: i64,
    plan_id: i64,
) -> QueryResult<Vec<SeriesRow>> {
    ser::table
        .filter(ser::commune_id.eq(commune_id))
        .filter(ser::plan_id.eq(plan_id))
        .order(ser::position)
        .select(SeriesRow::as_select())
        .load(conn)
}

pub fn insert_series(
    conn: &mut AnyConnection,
    commune_id: i64,
    plan_id: i64,
    title_ar: &str,
    title_fr: &str,
) -> QueryResult<SeriesRow> {
    let last: Option<i32> = ser::table
        .filter(ser::plan_id.eq(plan_id))
        .select(diesel::dsl::max(ser::position))
        .first(conn)?;
    let values = (
        ser::commune_id.eq(commune_id),
        ser::plan_id.eq(plan_id),
        ser::position.eq(last.unwrap_or(0) + 1),
        ser::title_ar.eq(title_ar),
        ser::title_fr.eq(title_fr),
    );
    insert_row!(conn, ser, values)
}

pub fn commitments(
    conn: &mut AnyConnection,
    commune_id: i64,
    plan_id: i64,
) -> QueryResult<Vec<CommitmentRow>> {
    com::table
        .filter(com::commune_id.eq(commune_id))
        .filter(com::plan_id.eq(plan_id))
        .order(com::number)
        .select(CommitmentRow::as_select())
        .load(conn)
}

pub fn commitment(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
) -> QueryResult<CommitmentRow> {
    find_owned!(conn, com::commune_id == commune_id, id => CommitmentRow)
}

/// The commitments with these ids (one query).
pub fn commitments_by_id(
    conn: &mut AnyConnection,
    commune_id: i64,
    ids: &[i64],
) -> QueryResult<Vec<CommitmentRow>> {
    com::table
        .filter(com::id.eq_any(ids))
        .filter(com::commune_id.eq(commune_id))
        .select(CommitmentRow::as_select())
        .load(conn)
}

pub fn commitments_by_ids(
    conn: &mut AnyConnection,
    commune_id: i64,
    ids: &[i64],
) -> QueryResult<Vec<CommitmentRow>> {
    com::table
        .filter(com::commune_id.eq(commune_id))
        .filter(com::id.eq_any(ids))
        .order((com::plan_id, com::number))
        .select(CommitmentRow::as_select())
        .load(conn)
}

pub fn next_commitment_number(conn: &mut AnyConnection, plan_id: i64) -> QueryResult<i32> {
    let last: Option<i32> = com::table
        .filter(com::plan_id.eq(plan_id))
        .select(diesel::dsl::max(com::number))
        .first(conn)?;
    Ok(last.unwrap_or(0) + 1)
}

pub fn insert_commitment(
    conn: &mut AnyConnection,
    new: &NewCommitmentRow<'_>,
) -> QueryResult<CommitmentRow> {
    insert_row!(conn, com, new)
}

/// Moves a commitment from `from` to `to`; false when its status had changed meanwhile.
pub fn set_status_if(
    conn: &mut AnyConnection,
    id: i64,
    from: CommitmentStatus,
    to: CommitmentStatus,
    reason: Option<&str>,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    let changes = (
        com::status.eq(to),
        com::status_reason.eq(reason),
        com::updated_at.eq(at),
    );
    update_if_status!(conn, com, id, from, changes)
}

pub fn actions_of(
    conn: &mut AnyConnection,
    commune_id: i64,
    ids: &[i64],
) -> QueryResult<Vec<ActionRow>> {
    act::table
        .filter(act::commune_id.eq(commune_id))
        .filter(act::commitment_id.eq_any(ids))
        .order((act::commitment_id, act::due_on, act::id))
        .select(ActionRow::as_select())
        .load(conn)
}

pub fn insert_action(conn: &mut AnyConnection, new: &NewActionRow<'_>) -> QueryResult<ActionRow> {
    insert_row!(conn, act, new)
}

/// Marks an action of the commitment done; false when it was already done or not found.
pub fn complete_action(
    conn: &mut AnyConnection,
    commune_id: i64,
    commitment_id: i64,
    id: i64,
    on: NaiveDate,
) -> QueryResult<bool> {
    let n = diesel::update(
        act::table
            .find(id)
            .filter(act::commune_id.eq(commune_id))
            .filter(act::commitment_id.eq(commitment_id))
            .filter(act::done_on.is_null()),
    )
    .set(act::done_on.eq(Some(on)))
    .execute(conn)?;
    Ok(n == 1)
}

pub fn indicators_of(
    conn: &mut AnyConnection,
    commune_id: i64,
    ids: &[i64],
) -> QueryResult<Vec<IndicatorRow>> {
    ind::table
        .filter(ind::commune_id.eq(commune_id))
        .filter(ind::commitment_id.eq_any(ids))
        .order((ind::commitment_id, ind::id))
        .select(IndicatorRow::as_select())
        .load(conn)
}

pub fn indicator(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<IndicatorRow> {
    find_owned!(conn, ind::commune_id == commune_id, id => IndicatorRow)
}

pub fn insert_indicator(
    conn: &mut AnyConnection,
    new: &NewIndicatorRow<'_>,
) -> QueryResult<IndicatorRow> {
    insert_row!(conn, ind, new)
}

pub fn values_of(
    conn: &mut AnyConnection,
    commune_id: i64,
    indicator_ids: &[i64],
) -> QueryResult<Vec<ValueRow>> {
    val::table
        .filter(val::commune_id.eq(commune_id))
        .filter(val::indicator_id.eq_any(indicator_ids))
        .order((val::indicator_id, val::measured_on, val::id))
        .select(ValueRow::as_select())
        .load(conn)
}

pub fn insert_value(conn: &mut AnyConnection, new: &NewValueRow<'_>) -> QueryResult<i64> {
    insert_id!(conn, val, new)
}

pub fn rounds(
    conn: &mut AnyConnection,
    commune_id: i64,
    plan_id: i64,
) -> QueryResult<Vec<RoundRow>> {
    rnd::table
        .filter(rnd::commune_id.eq(commune_id))
        .filter(rnd::plan_id.eq(plan_id))
        .order(rnd::period_end)
        .select(RoundRow::as_select())
        .load(conn)
}

pub fn round(
    conn: &mut AnyConnection,
    commune_id: i64,
    plan_id: i64,
    id: i64,
) -> QueryResult<RoundRow> {
    rnd::table
        .find(id)
        .filter(rnd::commune_id.eq(commune_id))
        .filter(rnd::plan_id.eq(plan_id))
        .select(RoundRow::as_select())
        .first(conn)
}

pub fn insert_round(conn: &mut AnyConnection, new: &NewRoundRow<'_>) -> QueryResult<RoundRow> {
    insert_row!(conn, rnd, new)
}

/// Validates a round not yet validated; false when it already was.
pub fn validate_round(
    conn: &mut AnyConnection,
    id: i64,
    note: &str,
    at: NaiveDateTime,
) -> QueryResult<bool> {
    let n = diesel::update(rnd::table.find(id).filter(rnd::validated_at.is_null()))
        .set((
            rnd::validated_at.eq(Some(at)),
            rnd::validation_note.eq(Some(note)),
        ))
        .execute(conn)?;
    Ok(n == 1)
}

pub fn links_of(
    conn: &mut AnyConnection,
    commune_id: i64,
    commitment_id: i64,
) -> QueryResult<Vec<LinkRow>> {
    lnk::table
        .filter(lnk::commune_id.eq(commune_id))
        .filter(lnk::commitment_id.eq(commitment_id))
        .order(lnk::id)
        .select(LinkRow::as_select())
        .load(conn)
}

/// The commitments citing an origin `(kind, reference)`.
pub fn commitments_citing(
    conn: &mut AnyConnection,
    commune_id: i64,
    kind: &str,
    reference: &str,
) -> QueryResult<Vec<i64>> {
    lnk::table
        .filter(lnk::commune_id.eq(commune_id))
        .filter(lnk::kind.eq(kind))
        .filter(lnk::reference.eq(reference))
        .order(lnk::commitment_id)
        .select(lnk::commitment_id)
        .load(conn)
}

pub fn link_exists(
    conn: &mut AnyConnection,
    commitment_id: i64,
    kind: &str,
    reference: &str,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        lnk::table
            .filter(lnk::commitment_id.eq(commitment_id))
            .filter(lnk::kind.eq(kind))
            .filter(lnk::reference.eq(reference)),
    ))
    .get_result(conn)
}

pub fn insert_link(conn: &mut AnyConnection, new: &NewLinkRow<'_>) -> QueryResult<i64> {
    insert_id!(conn, lnk, new)
}

pub fn evidence_of(
    conn: &mut AnyConnection,
    commune_id: i64,
    commitment_id: i64,
) -> QueryResult<Vec<EvidenceRow>> {
    evi::table
        .filter(evi::commune_id.eq(commune_id))
        .filter(evi::commitment_id.eq(commitment_id))
        .order(evi::id)
        .select(EvidenceRow::as_select())
        .load(conn)
}

pub fn insert_evidence(conn: &mut AnyConnection, new: &NewEvidenceRow<'_>) -> QueryResult<i64> {
    insert_id!(conn, evi, new)
}

pub fn steering(
    conn: &mut AnyConnection,
    commune_id: i64,
    plan_id: i64,
) -> QueryResult<Vec<SteeringRow>> {
    stg::table
        .filter(stg::commune_id.eq(commune_id))
        .filter(stg::plan_id.eq(plan_id))
        .order((stg::side, stg::id))
        .select(SteeringRow::as_select())
        .load(conn)
}

pub fn insert_steering(conn: &mut AnyConnection, new: &NewSteeringRow<'_>) -> QueryResult<i64> {
    insert_id!(conn, stg, new)
}

pub fn insert_update(conn: &mut AnyConnection, new: &NewUpdateRow<'_>) -> QueryResult<i64> {
    insert_id!(conn, upd, new)
}

pub fn updates_of_commitment(
    conn: &mut AnyConnection,
    commune_id: i64,
    commitment_id: i64,
) -> QueryResult<Vec<UpdateRow>> {
    upd::table
        .filter(upd::commune_id.eq(commune_id))
        .filter(upd::commitment_id.eq(commitment_id))
        .order((upd::created_at, upd::id))
        .select(UpdateRow::as_select())
        .load(conn)
}

pub fn latest_updates(
    conn: &mut AnyConnection,
    commune_id: i64,
    limit: i64,
) -> QueryResult<Vec<UpdateRow>> {
    upd::table
        .filter(upd::commune_id.eq(commune_id))
        .order((upd::created_at.desc(), upd::id.desc()))
        .limit(limit)
        .select(UpdateRow::as_select())
        .load(conn)
}

pub fn assessments(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<AssessmentRow>> {
    rows_of!(conn, asm::commune_id == commune_id, asm::year.desc() => AssessmentRow)
}

pub fn assessment_year_taken(
    conn: &mut AnyConnection,
    commune_id: i64,
    year: i32,
) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        asm::table
            .filter(asm::commune_id.eq(commune_id))
            .filter(asm::year.eq(year)),
    ))
    .get_result(conn)
}

pub fn insert_assessment(conn: &mut AnyConnection, new: &NewAssessmentRow<'_>) -> QueryResult<i64> {
    insert_id!(conn, asm, new)
}
