//! The monitoring matrix as CSV (one line per action and per indicator) and as JSON (the
//! plan, the round, every commitment with its actions and indicators). No personal data.

use crate::model::Quantity;
use crate::service::{CommitmentView, Matrix, PlanSummary};
use musharaka_communes::model::pick;
use musharaka_communes::open_data::{col, Cell, Column, Kind, Table};
use musharaka_core::Lang;
use serde_json::{json, Value};

/// The matrix's columns: the commitment (repeated on each of its lines), then the line (an
/// action, or an indicator with its latest value).
static MATRIX: [Column; 15] = [
    col("series", "data-col-series", Kind::Text),
    col("commitment", "data-col-commitment", Kind::Integer),
    col("title", "data-col-title", Kind::Text),
    col("lead_service", "data-col-lead-service", Kind::Text),
    col("status", "data-col-status", Kind::Code("prog-status-")),
    col("progress", "data-col-progress", Kind::Integer),
    col("line", "data-col-line", Kind::Code("data-line-")),
    col("label", "data-col-label", Kind::Text),
    col("due_on", "data-col-due-on", Kind::Date),
    col("done_on", "data-col-done-on", Kind::Date),
    col("unit", "data-col-unit", Kind::Text),
    col("baseline", "data-col-baseline", Kind::Decimal),
    col("target", "data-col-target", Kind::Decimal),
    col("value", "data-col-value", Kind::Decimal),
    col("source", "data-col-source", Kind::Text),
];

fn series_title(m: &Matrix, c: &CommitmentView, lang: Lang) -> String {
    c.row
        .series_id
        .and_then(|s| m.series.iter().find(|x| x.id == s))
        .map(|s| pick(lang, &s.title_ar, &s.title_fr).to_string())
        .unwrap_or_default()
}

/// The matrix as a table (its CSV): one line per action and per indicator, each after its
/// commitment's columns; a commitment with neither has one line of its own.
pub fn matrix_table(m: &Matrix, lang: Lang) -> Table {
    let mut table = Table::new(&MATRIX);
    for c in &m.commitments {
        let head = || -> Vec<Cell> {
            vec![
                series_title(m, c, lang).into(),
                c.row.number.into(),
                pick(lang, &c.row.title_ar, &c.row.title_fr).into(),
                c.row.lead_service.as_str().into(),
                c.row.status.key().into(),
                i64::from(c.progress).into(),
            ]
        };
        for a in &c.actions {
            let mut row = head();
            row.extend([
                "action".into(),
                a.title.as_str().into(),
                a.due_on.into(),
                a.done_on.into(),
                Cell::Null,
                Cell::Null,
                Cell::Null,
                Cell::Null,
                Cell::Null,
            ]);
            table.push(row, None);
        }
        for i in &c.indicators {
            let latest = i.latest();
            let mut row = head();
            row.extend([
                format!("indicator_{}", i.row.kind.key()).into(),
                i.row.name.as_str().into(),
                Cell::Null,
                Cell::Null,
                i.row.unit.as_str().into(),
                Quantity(i.row.baseline).plain().into(),
                Quantity(i.row.target).plain().into(),
                latest.map(|v| Quantity(v.value).plain()).into(),
                latest.map(|v| v.source.clone()).into(),
            ]);
            table.push(row, None);
        }
        if c.actions.is_empty() && c.indicators.is_empty() {
            let mut row = head();
            row.extend(std::iter::repeat_n(Cell::Null, 9));
            table.push(row, None);
        }
    }
    table
}

/// The matrix as JSON.
pub fn matrix_json(m: &Matrix) -> Value {
    let commitments: Vec<Value> = m
        .commitments
        .iter()
        .map(|c| {
            json!({
                "id": c.row.id,
                "number": c.row.number,
                "series": series_title(m, c, Lang::Ar),
                "title_ar": c.row.title_ar,
                "title_fr": c.row.title_fr,
                "lead_service": c.row.lead_service,
                "partners": c.row.partners,
                "status": c.row.status.key(),
                "status_reason": c.row.status_reason,
                "budget": c.row.budget_cents.map(|b| musharaka_core::Money::from_centimes(b).plain()),
                "progress": c.progress,
                "actions": c.actions.iter().map(|a| json!({
                    "title": a.title, "starts_on": a.starts_on, "due_on": a.due_on, "done_on": a.done_on,
                })).collect::<Vec<_>>(),
                "indicators": c.indicators.iter().map(|i| json!({
                    "kind": i.row.kind.key(),
                    "name": i.row.name,
                    "unit": i.row.unit,
                    "period": i.row.period,
                    "baseline": Quantity(i.row.baseline).plain(),
                    "target": Quantity(i.row.target).plain(),
                    "progress": i.progress,
                    "values": i.values.iter().map(|v| json!({
                        "measured_on": v.measured_on, "value": Quantity(v.value).plain(), "source": v.source,
                    })).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "plan": {
            "id": m.plan.id,
            "kind": m.plan.kind.key(),
            "title_ar": m.plan.title_ar,
            "title_fr": m.plan.title_fr,
            "starts_on": m.plan.starts_on,
            "ends_on": m.plan.ends_on,
            "adopted_on": m.plan.adopted_on,
            "progress": m.progress,
        },
        "round": m.round.as_ref().map(|r| json!({
            "id": r.id, "label": r.label, "period_end": r.period_end,
            "validated": r.validated_at.is_some(),
        })),
        "as_of": m.as_of,
        "commitments": commitments,
    })
}

/// The commune's adopted plans with their progress.
pub fn plans_json(plans: &[PlanSummary], slug: &str) -> Value {
    let items: Vec<_> = plans
        .iter()
        .map(|s| {
            json!({
                "id": s.plan.id,
                "kind": s.plan.kind.key(),
                "title_ar": s.plan.title_ar,
                "title_fr": s.plan.title_fr,
                "starts_on": s.plan.starts_on,
                "ends_on": s.plan.ends_on,
                "adopted_on": s.plan.adopted_on,
                "deliberation_id": s.plan.deliberation_id,
                "commitments": s.commitments,
                "progress": s.progress,
                "url": format!("/{slug}/programme/{}", s.plan.id),
            })
        })
        .collect();
    json!({ "plans": items })
}
