//! Open data: the adopted plans' commitments and their indicators.
use musharaka_communes::dataset;
use musharaka_communes::open_data::{col, Column, Dataset, Kind, Table};
use musharaka_communes::Commune;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 2] = [
    dataset!("commitments", &COMMITMENTS, commitments),
    dataset!("indicators", &INDICATORS, indicators),
];

/// Every adopted plan's commitments, with actions, indicators and progress.
fn plan_commitments(
    conn: &mut AnyConnection,
    commune: &Commune,
) -> Result<Vec<crate::service::CommitmentView>> {
    let mut out = Vec::new();
    for s in crate::service::plans_overview(conn, commune.id, true)? {
        let page = crate::service::plan_page(conn, commune.id, s.plan.id, true)?;
        out.extend(page.commitments);
    }
    Ok(out)
}

static COMMITMENTS: [Column; 10] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("plan_id", "data-col-plan-id", Kind::Integer),
    col("number", "data-col-number", Kind::Integer),
    col("title_ar", "data-col-title-ar", Kind::Text),
    col("title_fr", "data-col-title-fr", Kind::Text),
    col("lead_service", "data-col-lead-service", Kind::Text),
    col("budget_mad", "data-col-budget", Kind::Amount),
    col("status", "data-col-status", Kind::Code("prog-status-")),
    col("progress", "data-col-progress", Kind::Integer),
];

fn commitments(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut t = Table::new(&COMMITMENTS);
    for c in plan_commitments(conn, commune)? {
        let r = c.row;
        t.push(
            vec![
                commune.slug.as_str().into(),
                r.id.into(),
                r.plan_id.into(),
                r.number.into(),
                r.title_ar.into(),
                r.title_fr.into(),
                r.lead_service.into(),
                r.budget_cents
                    .map(|c| musharaka_core::Money::from_centimes(c).plain())
                    .into(),
                r.status.into(),
                i64::from(c.progress).into(),
            ],
            Some(r.updated_at),
        );
    }
    Ok(t)
}

static INDICATORS: [Column; 11] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("commitment_id", "data-col-commitment-id", Kind::Integer),
    col("kind", "data-col-kind", Kind::Text),
    col("name", "data-col-name", Kind::Text),
    col("unit", "data-col-unit", Kind::Text),
    col("baseline", "data-col-baseline", Kind::Integer),
    col("target", "data-col-target", Kind::Integer),
    col("latest_value", "data-col-latest-value", Kind::Integer),
    col("measured_on", "data-col-measured-on", Kind::Date),
    col("progress", "data-col-progress", Kind::Integer),
];

fn indicators(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut t = Table::new(&INDICATORS);
    for c in plan_commitments(conn, commune)? {
        for i in c.indicators {
            let latest = i.latest().cloned();
            let changed = latest.as_ref().map_or(i.row.created_at, |v| v.created_at);
            t.push(
                vec![
                    commune.slug.as_str().into(),
                    i.row.id.into(),
                    i.row.commitment_id.into(),
                    i.row.kind.clone().into(),
                    i.row.name.clone().into(),
                    i.row.unit.clone().into(),
                    i.row.baseline.into(),
                    i.row.target.into(),
                    latest.as_ref().map(|v| v.value).into(),
                    latest.as_ref().map(|v| v.measured_on).into(),
                    i.progress.map(i64::from).into(),
                ],
                Some(changed),
            );
        }
    }
    Ok(t)
}
