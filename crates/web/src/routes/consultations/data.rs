//! Open data: the JSON API, the Atom feed, the results of the questionnaire as a page, CSV
//! and JSON (aggregates only: no response, no respondent's declared facts except through
//! the small-group rule), and the national sum of participation.

use super::today;
use super::PAGE_SIZE;
use crate::errors::PageError;
use crate::forms::consultations::ListQuery;
use crate::routes::data::csv_file;
use crate::routes::{atom_feed, Reply};
use crate::routes::{db, html};
use crate::scope::Id;
use crate::scope::Site;
use crate::state::AppState;
use crate::views::consultations as v;
use actix_web::{web, HttpRequest, HttpResponse};
use musharaka_consultations::open_data;
use musharaka_consultations::service::{self, Results};
use musharaka_core::Page;

pub async fn api_list(site: Site, q: web::Query<ListQuery>) -> Reply {
    let (cid, status, page) = (site.commune.id, q.status(), q.page);
    let rows = db(&site.state, move |c| {
        service::list(c, None, cid, status, page, PAGE_SIZE)
    })
    .await?;
    let body = open_data::api_list(&rows, PAGE_SIZE, &site.commune.slug, today());
    Ok(HttpResponse::Ok().json(body))
}

pub async fn api_one(site: Site, Id(id): Id) -> Reply {
    let (cid, id) = (site.commune.id, id);
    let d = db(&site.state, move |c| service::public_page(c, None, cid, id)).await?;
    let body = open_data::api_one(&d, &site.commune.slug, today());
    Ok(HttpResponse::Ok().json(body))
}

pub async fn atom(site: Site, req: HttpRequest) -> Reply {
    let cid = site.commune.id;
    let rows = db(&site.state, move |c| {
        service::list(c, None, cid, None, Page::FIRST, 50)
    })
    .await?;
    Ok(atom_feed(v::atom(site.feed(&req), &rows.rows)))
}

async fn load(site: &Site, id: i64) -> Result<Results, PageError> {
    let cid = site.commune.id;
    db(&site.state, move |c| service::results(c, None, cid, id)).await
}

pub async fn results(site: Site, Id(id): Id) -> Reply {
    let r = load(&site, id).await?;
    Ok(html(v::results(&site.ctx, &site.commune, &r), false))
}

pub async fn results_json(site: Site, Id(id): Id) -> Reply {
    let r = load(&site, id).await?;
    let body = open_data::api_results(&r, &site.commune.slug, today());
    Ok(HttpResponse::Ok().json(body))
}

/// The results as CSV: one row per option of each question (count or ranking score), then
/// the participation figures (small groups without their number).
pub async fn results_csv(site: Site, Id(id): Id) -> Reply {
    let r = load(&site, id).await?;
    let table = musharaka_consultations::open_data::results_table(&r);
    let name = format!(
        "consultation-{}-{}.csv",
        site.commune.slug, r.consultation.id
    );
    csv_file(&table, site.ctx.lang, &name)
}

/// The national sum of participation in every commune's published consultations.
pub async fn national(state: web::Data<AppState>, ctx: crate::ctx::Ctx) -> Reply {
    let (count, figures) = db(&state, service::national).await?;
    Ok(html(v::national(&ctx, count, &figures), false))
}
