//! Feeds and exports (public, no personal data: associations by name only): the Atom feed
//! of calls and results, the results as CSV, the JSON API (its shapes are
//! `musharaka_cocreation::api`).

use super::PAGE_SIZE;
use crate::errors::PageError;
use crate::forms::cocreation::PageQuery;
use crate::routes::data::csv_file;
use crate::routes::db;
use crate::scope::Site;
use crate::state::AppState;
use crate::views::cocreation as v;
use actix_web::{web, HttpResponse};
use musharaka_cocreation::{api, service};
use musharaka_core::Page;

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

pub async fn api_list(
    state: web::Data<AppState>,
    site: Site,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    let (commune, page) = (site.commune, q.page);
    let body = db(&state, move |c| api::calls(c, &commune, page, PAGE_SIZE)).await?;
    Ok(HttpResponse::Ok().json(body))
}

/// One call; with its results once published.
pub async fn api_one(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
) -> Result<HttpResponse, PageError> {
    let (commune, id) = (site.commune, path.1);
    let body = db(&state, move |c| api::call(c, &commune, id)).await?;
    Ok(HttpResponse::Ok().json(body))
}
