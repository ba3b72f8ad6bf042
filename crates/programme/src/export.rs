//! The monitoring matrix as CSV (one line per action and per indicator) and as JSON (the
//! plan, the round, every commitment with its actions and indicators). No personal data.

use crate::model::Quantity;
use crate::service::{CommitmentView, Matrix};
use musharaka_core::export::csv_cell;
use serde_json::{json, Value};

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 15] = [
    "series",
    "commitment",
    "title",
    "lead_service",
    "status",
    "progress",
    "line",
    "label",
    "due_on",
    "done_on",
    "unit",
    "baseline",
    "target",
    "value",
    "source",
];

fn quoted(text: &str) -> String {
    format!("\"{}\"", csv_cell(text).replace('"', "\"\""))
}

fn series_title(m: &Matrix, c: &CommitmentView) -> String {
    c.row
        .series_id
        .and_then(|s| m.series.iter().find(|x| x.id == s))
        .map(|s| s.title_ar.clone())
        .unwrap_or_default()
}

/// The matrix as CSV (RFC 4180, every text cell quoted and neutralised).
pub fn matrix_csv(m: &Matrix) -> String {
    let mut out = CSV_COLUMNS.join(",");
    out.push_str("\r\n");
    for c in &m.commitments {
        let head = [
            quoted(&series_title(m, c)),
            c.row.number.to_string(),
            quoted(&c.row.title_ar),
            quoted(&c.row.lead_service),
            c.row.status.clone(),
            c.progress.to_string(),
        ]
        .join(",");
        for a in &c.actions {
            let cells = [
                "action".to_string(),
                quoted(&a.title),
                a.due_on.map(|d| d.to_string()).unwrap_or_default(),
                a.done_on.map(|d| d.to_string()).unwrap_or_default(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ];
            out.push_str(&format!("{head},{}\r\n", cells.join(",")));
        }
        for i in &c.indicators {
            let latest = i.latest();
            let cells = [
                format!("indicator_{}", i.row.kind),
                quoted(&i.row.name),
                String::new(),
                String::new(),
                quoted(&i.row.unit),
                Quantity(i.row.baseline).plain(),
                Quantity(i.row.target).plain(),
                latest
                    .map(|v| Quantity(v.value).plain())
                    .unwrap_or_default(),
                latest.map(|v| quoted(&v.source)).unwrap_or_default(),
            ];
            out.push_str(&format!("{head},{}\r\n", cells.join(",")));
        }
        if c.actions.is_empty() && c.indicators.is_empty() {
            out.push_str(&format!("{head},,,,,,,,,\r\n"));
        }
    }
    out
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
                "series": series_title(m, c),
                "title_ar": c.row.title_ar,
                "title_fr": c.row.title_fr,
                "lead_service": c.row.lead_service,
                "partners": c.row.partners,
                "status": c.row.status,
                "status_reason": c.row.status_reason,
                "budget": c.row.budget_cents.map(|b| musharaka_core::Money::from_centimes(b).plain()),
                "progress": c.progress,
                "actions": c.actions.iter().map(|a| json!({
                    "title": a.title, "starts_on": a.starts_on, "due_on": a.due_on, "done_on": a.done_on,
                })).collect::<Vec<_>>(),
                "indicators": c.indicators.iter().map(|i| json!({
                    "kind": i.row.kind,
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
            "kind": m.plan.kind,
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
