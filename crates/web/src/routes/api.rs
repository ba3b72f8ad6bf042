//! JSON API, version 1. Documented in `docs/api.md`. Errors are
//! `{"error": {"key": ..., "message": ...}}` with the HTTP status of the error kind.

use super::db;
use crate::errors::PageError;
use crate::state::AppState;
use actix_web::{web, HttpResponse};
use musharaka_communes::model::CommitteeWithMembers;
use musharaka_communes::{service, Commune, CouncilMember};
use serde_json::{json, Value};

pub fn configure(cfg: &mut crate::routes::Routes) {
    super::Router::new(cfg)
        .get("/api/v1/communes", communes)
        .get("/api/v1/communes/{slug}", commune);
}

fn commune_json(c: &Commune) -> Value {
    json!({
        "slug": c.slug,
        "name": { "ar": c.name_ar, "fr": c.name_fr, "tzm": c.name_tzm },
        "region": { "ar": c.region_ar, "fr": c.region_fr },
        "province": { "ar": c.province_ar, "fr": c.province_fr },
        "population": c.population,
        "census_year": c.census_year,
        "has_arrondissements": c.has_arrondissements,
        "url": format!("/{}", c.slug),
    })
}

fn member_json(m: &CouncilMember) -> Value {
    json!({
        "id": m.id,
        "name": { "ar": m.name_ar, "fr": m.name_fr },
        "gender": m.gender,
        "role": m.role,
        "vice_rank": m.vice_rank,
        "political_group": m.political_group,
        "term_start": m.term_start,
        "term_end": m.term_end,
        "opposition": m.opposition,
    })
}

fn committee_json(c: &CommitteeWithMembers) -> Value {
    json!({
        "id": c.committee.id,
        "name": { "ar": c.committee.name_ar, "fr": c.committee.name_fr },
        "purpose": c.committee.purpose,
        "chair_member_id": c.committee.chair_member_id,
        "member_ids": c.member_ids,
    })
}

async fn communes(state: web::Data<AppState>) -> Result<HttpResponse, PageError> {
    let list = db(&state, service::all).await?;
    let items: Vec<Value> = list.iter().map(commune_json).collect();
    Ok(HttpResponse::Ok().json(json!({ "count": items.len(), "items": items })))
}

async fn commune(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let (c, members, committees) = db(&state, move |conn| {
        let c = service::by_slug(conn, &slug)?;
        Ok((
            c.clone(),
            service::council_members(conn, c.id)?,
            service::committees(conn, c.id)?,
        ))
    })
    .await?;
    let mut body = commune_json(&c);
    body["contact"] = json!({
        "email": c.email, "phone": c.phone,
        "address": { "ar": c.address_ar, "fr": c.address_fr },
    });
    body["council"] = json!({
        "members": members.iter().map(member_json).collect::<Vec<_>>(),
        "committees": committees.iter().map(committee_json).collect::<Vec<_>>(),
    });
    Ok(HttpResponse::Ok().json(body))
}
