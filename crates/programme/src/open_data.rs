//! Open data: the adopted plans' commitments and their indicators.
use crate::service::{CommitmentView, IndicatorView};
use musharaka_communes::dataset;
use musharaka_communes::open_data::{
    commune_table, field, id, status, Dataset, Field, Kind, Table,
};
use musharaka_communes::Commune;
use musharaka_core::{Money, Result};
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 2] = [
    dataset!("commitments", COMMITMENTS, commitments),
    dataset!("indicators", INDICATORS, indicators),
];

/// Every adopted plan's commitments, with actions, indicators and progress.
fn plan_commitments(conn: &mut AnyConnection, commune: &Commune) -> Result<Vec<CommitmentView>> {
    let mut out = Vec::new();
    for s in crate::service::plans_overview(conn, commune.id, true)? {
        let page = crate::service::plan_page(conn, commune.id, s.plan.id, true)?;
        out.extend(page.commitments);
    }
    Ok(out)
}

static COMMITMENTS: [Field<CommitmentView>; 9] = [
    id(|c| c.row.id.into()),
    field("plan_id", "data-col-plan-id", Kind::Integer, |c| {
        c.row.plan_id.into()
    }),
    field("number", "data-col-number", Kind::Integer, |c| {
        c.row.number.into()
    }),
    field("title_ar", "data-col-title-ar", Kind::Text, |c| {
        c.row.title_ar.as_str().into()
    }),
    field("title_fr", "data-col-title-fr", Kind::Text, |c| {
        c.row.title_fr.as_str().into()
    }),
    field("lead_service", "data-col-lead-service", Kind::Text, |c| {
        c.row.lead_service.as_str().into()
    }),
    field("budget_mad", "data-col-budget", Kind::Amount, |c| {
        let budget = c.row.budget_cents;
        budget.map(|b| Money::from_centimes(b).plain()).into()
    }),
    status("prog-status-", |c| c.row.status.key().into()),
    field("progress", "data-col-progress", Kind::Integer, |c| {
        i64::from(c.progress).into()
    }),
];

fn commitments(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let rows = plan_commitments(conn, commune)?;
    Ok(commune_table(commune, &COMMITMENTS, &rows, |c| {
        Some(c.row.updated_at)
    }))
}

static INDICATORS: [Field<IndicatorView>; 10] = [
    id(|i| i.row.id.into()),
    field(
        "commitment_id",
        "data-col-commitment-id",
        Kind::Integer,
        |i| i.row.commitment_id.into(),
    ),
    field("kind", "data-col-kind", Kind::Text, |i| {
        i.row.kind.key().into()
    }),
    field("name", "data-col-name", Kind::Text, |i| {
        i.row.name.as_str().into()
    }),
    field("unit", "data-col-unit", Kind::Text, |i| {
        i.row.unit.as_str().into()
    }),
    field("baseline", "data-col-baseline", Kind::Integer, |i| {
        i.row.baseline.into()
    }),
    field("target", "data-col-target", Kind::Integer, |i| {
        i.row.target.into()
    }),
    field(
        "latest_value",
        "data-col-latest-value",
        Kind::Integer,
        |i| i.latest().map(|v| v.value).into(),
    ),
    field("measured_on", "data-col-measured-on", Kind::Date, |i| {
        i.latest().map(|v| v.measured_on).into()
    }),
    field("progress", "data-col-progress", Kind::Integer, |i| {
        i.progress.map(i64::from).into()
    }),
];

fn indicators(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let rows: Vec<IndicatorView> = plan_commitments(conn, commune)?
        .into_iter()
        .flat_map(|c| c.indicators)
        .collect();
    // An indicator changes with each value measured.
    Ok(commune_table(commune, &INDICATORS, &rows, |i| {
        Some(i.latest().map_or(i.row.created_at, |v| v.created_at))
    }))
}
