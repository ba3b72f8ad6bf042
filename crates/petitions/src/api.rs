//! The petitions' public JSON (`docs/api.md`, "Petitions"): no personal data. The web
//! layer routes, calls one of these and serialises.

use crate::records::{Counts, PetitionRow};
use crate::service::{list_with_counts, public_page, visible};
use crate::store::ListFilter;
use crate::{rules, PetitionStatus};
use chrono::NaiveDate;
use musharaka_communes::Commune;
use musharaka_core::{ErrorKind, Page, Result};
use musharaka_db::AnyConnection;
use serde_json::{json, Value};

fn petition_json(p: &PetitionRow, counts: Counts, slug: &str, today: NaiveDate) -> Value {
    json!({
        "id": p.id,
        "kind": p.kind.key(),
        "status": p.status.key(),
        "subject": p.subject,
        "reasons": p.reasons,
        "requested_item": p.requested_item,
        "threshold": p.threshold,
        "receipt_number": p.receipt_number,
        "deposited_at": p.deposited_at,
        "review_deadline": p.review_deadline,
        "overdue": p.overdue(today),
        "bureau_reasons": p.bureau_reasons,
        "agenda_item_id": p.agenda_item_id,
        "deliberation_id": p.deliberation_id,
        "signatures": { "online": counts.online, "paper": counts.paper, "total": counts.total() },
        "url": format!("/{slug}/petitions/{}", p.id),
        "created_at": p.created_at,
    })
}

/// One page of the commune's petitions as `{page, page_size, has_next, items}`.
pub fn list(
    conn: &mut AnyConnection,
    commune: &Commune,
    filter: &ListFilter,
    page: Page,
    page_size: i64,
    today: NaiveDate,
) -> Result<Value> {
    let rows = list_with_counts(conn, commune.id, filter, page, page_size)?;
    let items: Vec<_> = rows
        .rows
        .iter()
        .map(|(p, n)| petition_json(p, *n, &commune.slug, today))
        .collect();
    Ok(json!({
        "page": rows.page.number(),
        "page_size": page_size,
        "has_next": rows.has_next,
        "items": items,
    }))
}

/// A petition with its public timeline.
pub fn petition(
    conn: &mut AnyConnection,
    commune: &Commune,
    id: i64,
    today: NaiveDate,
) -> Result<Value> {
    let d = public_page(conn, None, commune.id, id)?;
    let mut body = petition_json(&d.petition, d.counts, &commune.slug, today);
    body["timeline"] = json!(d
        .timeline
        .iter()
        .map(|e| json!({ "event": e.event, "at": e.created_at }))
        .collect::<Vec<_>>());
    Ok(body)
}

/// A published petition's signature count and threshold (drafts are not found, even for
/// their agent).
pub fn count(conn: &mut AnyConnection, commune: &Commune, id: i64) -> Result<Value> {
    let (p, counts) = visible(conn, None, commune.id, id)?;
    if p.status == PetitionStatus::Draft {
        return Err(ErrorKind::NotFound.into());
    }
    let threshold = p.threshold.map(|t| t as u32).unwrap_or_else(|| {
        rules::signature_threshold(
            u32::try_from(commune.population).unwrap_or(u32::MAX),
            commune.has_arrondissements,
        )
    });
    Ok(json!({
        "id": p.id,
        "online": counts.online,
        "paper": counts.paper,
        "total": counts.total(),
        "threshold": threshold,
    }))
}
