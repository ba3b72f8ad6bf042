//! The JSON API (public: no personal data).

use super::{today, PAGE_SIZE};
use crate::errors::PageError;
use crate::forms::petitions::ListQuery;
use crate::routes::db;
use crate::scope::Site;
use crate::state::AppState;
use actix_web::{web, HttpResponse};
use musharaka_core::ErrorKind;
use musharaka_petitions::records::{Counts, PetitionRow};
use musharaka_petitions::{rules, service, PetitionStatus};
use serde_json::json;

pub fn petition_json(
    p: &PetitionRow,
    counts: Counts,
    slug: &str,
    today: chrono::NaiveDate,
) -> serde_json::Value {
    json!({
        "id": p.id,
        "kind": p.kind,
        "status": p.status,
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

pub async fn list(
    state: web::Data<AppState>,
    site: Site,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let (cid, filter, page) = (site.commune.id, q.filter(), q.page);
    let rows = db(&state, move |c| {
        service::list_with_counts(c, cid, &filter, page, PAGE_SIZE)
    })
    .await?;
    let items: Vec<_> = rows
        .rows
        .iter()
        .map(|(p, n)| petition_json(p, *n, &site.commune.slug, today()))
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "page": rows.page.number(),
        "page_size": PAGE_SIZE,
        "has_next": rows.has_next,
        "items": items,
    })))
}

/// A published petition (drafts are not found, even for their agent).
async fn published(
    state: &web::Data<AppState>,
    site: &Site,
    id: i64,
) -> Result<(PetitionRow, Counts), PageError> {
    let cid = site.commune.id;
    let (p, counts) = db(state, move |c| service::visible(c, None, cid, id)).await?;
    if p.status() == PetitionStatus::Draft {
        return Err(ErrorKind::NotFound.into());
    }
    Ok((p, counts))
}

pub async fn one(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let cid = site.commune.id;
    let id = path.1;
    let d = db(&state, move |c| service::public_page(c, None, cid, id)).await?;
    let mut body = petition_json(&d.petition, d.counts, &site.commune.slug, today());
    body["timeline"] = json!(d
        .timeline
        .iter()
        .map(|e| json!({ "event": e.event, "at": e.created_at }))
        .collect::<Vec<_>>());
    Ok(HttpResponse::Ok().json(body))
}

pub async fn count(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (p, counts) = published(&state, &site, path.1).await?;
    let commune = &site.commune;
    let threshold = p.threshold.map(|t| t as u32).unwrap_or_else(|| {
        rules::signature_threshold(
            u32::try_from(commune.population).unwrap_or(u32::MAX),
            commune.has_arrondissements,
        )
    });
    Ok(HttpResponse::Ok().json(json!({
        "id": p.id,
        "online": counts.online,
        "paper": counts.paper,
        "total": counts.total(),
        "threshold": threshold,
    })))
}
