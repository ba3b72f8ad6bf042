//! Feeds and exports (public, no personal data: associations by name only): the Atom feed
//! of calls and results, the results as CSV, the JSON API.

use super::PAGE_SIZE;
use crate::errors::PageError;
use crate::forms::cocreation::PageQuery;
use crate::routes::data::csv_file;
use crate::routes::db;
use crate::scope::Site;
use crate::state::AppState;
use crate::views::cocreation as v;
use actix_web::{web, HttpResponse};
use musharaka_cocreation::records::CallRow;
use musharaka_cocreation::rules::Outcome;
use musharaka_cocreation::service;
use musharaka_cocreation::CallStatus;
use musharaka_core::Page;
use serde_json::json;

type Path = web::Path<(String, i64)>;

pub async fn atom(state: web::Data<AppState>, site: Site) -> Result<HttpResponse, PageError> {
    let cid = site.commune.id;
    let rows = db(&state, move |c| {
        service::calls(c, cid, false, Page::new(1), 50)
    })
    .await?;
    let body = v::atom(&site.commune, &state.config.base_url, &rows.rows);
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(body))
}

pub async fn results_csv(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
) -> Result<HttpResponse, PageError> {
    let (cid, id) = (site.commune.id, path.1);
    let r = db(&state, move |c| service::results(c, cid, id)).await?;
    let table = musharaka_cocreation::open_data::results_table(&r, site.ctx.lang);
    let name = format!("cocreation-{}-{id}.csv", site.commune.slug);
    csv_file(&table, site.ctx.lang, &name)
}

fn call_json(c: &CallRow, slug: &str) -> serde_json::Value {
    json!({
        "id": c.id,
        "status": c.status,
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

pub async fn api_list(
    state: web::Data<AppState>,
    site: Site,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    let (cid, page) = (site.commune.id, q.page);
    let rows = db(&state, move |c| {
        service::calls(c, cid, false, page, PAGE_SIZE)
    })
    .await?;
    let items: Vec<_> = rows
        .rows
        .iter()
        .map(|c| call_json(c, &site.commune.slug))
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "page": rows.page.number(),
        "page_size": PAGE_SIZE,
        "has_next": rows.has_next,
        "calls": items,
    })))
}

/// One call; with its results once published (rank, note title, association name,
/// per-criterion means, total, amount, outcome).
pub async fn api_one(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
) -> Result<HttpResponse, PageError> {
    let (cid, id) = (site.commune.id, path.1);
    let (call, results) = db(&state, move |c| {
        let call = service::public_call(c, cid, id)?;
        let results = match call.status() {
            CallStatus::Results => Some(service::results(c, cid, id)?),
            _ => None,
        };
        Ok((call, results))
    })
    .await?;
    let mut body = call_json(&call, &site.commune.slug);
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
    Ok(HttpResponse::Ok().json(body))
}
