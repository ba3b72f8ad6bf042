//! The co-creation calls' public JSON (`docs/api.md`, "Co-creation"): no personal data,
//! associations by name only. The web layer routes, calls one of these and serialises.

use crate::records::CallRow;
use crate::rules::Outcome;
use crate::service;
use crate::CallStatus;
use musharaka_communes::Commune;
use musharaka_core::{Page, Result};
use musharaka_db::AnyConnection;
use serde_json::{json, Value};

fn call_json(c: &CallRow, slug: &str) -> Value {
    json!({
        "id": c.id,
        "status": c.status.key(),
        "title_ar": c.title_ar,
        "title_fr": c.title_fr,
        "text_ar": c.text_ar,
        "text_fr": c.text_fr,
        "themes": c.themes,
        "envelope_mad": c.envelope().plain(),
        "ceiling_mad": c.ceiling().plain(),
        "cofinancing_min_percent": c.cofinancing_min_percent,
        "min_age_years": c.min_age_years,
        "activity_fields": c.activity_keywords(),
        "opens_at_utc": c.opens_at,
        "closes_at_utc": c.closes_at,
        "tie_break": c.tie_break,
        "url": format!("/{slug}/cocreation/{}", c.id),
    })
}

/// One page of the commune's public calls as `{page, page_size, has_next, calls}`.
pub fn calls(
    conn: &mut AnyConnection,
    commune: &Commune,
    page: Page,
    page_size: i64,
) -> Result<Value> {
    let rows = service::calls(conn, commune.id, false, page, page_size)?;
    let items: Vec<_> = rows
        .rows
        .iter()
        .map(|c| call_json(c, &commune.slug))
        .collect();
    Ok(json!({
        "page": rows.page.number(),
        "page_size": page_size,
        "has_next": rows.has_next,
        "calls": items,
    }))
}

/// One call; with its results once published (rank, note title, association name,
/// per-criterion means, total, amount, outcome).
pub fn call(conn: &mut AnyConnection, commune: &Commune, id: i64) -> Result<Value> {
    let call = service::public_call(conn, commune.id, id)?;
    let results = match call.status {
        CallStatus::Results => Some(service::results(conn, commune.id, id)?),
        _ => None,
    };
    let mut body = call_json(&call, &commune.slug);
    if let Some(r) = results {
        let rows: Vec<_> = r
            .ranked
            .iter()
            .map(|x| {
                json!({
                    "rank": x.rank,
                    "title": x.note.title,
                    "association_ar": x.association.name_ar,
                    "association_fr": x.association.name_fr,
                    "criteria": x.aggregate.criteria.iter().map(|m| json!({ "criterion_id": m.criterion_id, "mean": m.mean.map(|d| d.to_string()) })).collect::<Vec<_>>(),
                    "total": x.aggregate.total.to_string(),
                    "requested_mad": x.requested.plain(),
                    "selected": x.outcome == Outcome::Selected,
                })
            })
            .collect();
        body["results"] = json!(rows);
    }
    Ok(body)
}
