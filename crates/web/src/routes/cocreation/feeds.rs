//! Feeds and exports (public, no personal data: associations by name only): the Atom feed
//! of calls and results, the results as CSV, the JSON API (its shapes are
//! `musharaka_cocreation::api`).

use super::PAGE_SIZE;
use crate::forms::cocreation::PageQuery;
use crate::routes::data::csv_file;
use crate::routes::db;
use crate::routes::Reply;
use crate::scope::Id;
use crate::scope::Site;
use crate::views::cocreation as v;
use actix_web::{web, HttpResponse};
use musharaka_cocreation::{api, service};
use musharaka_core::Page;

pub async fn atom(site: Site) -> Reply {
    let cid = site.commune.id;
    let rows = db(&site.state, move |c| {
        service::calls(c, cid, false, Page::new(1), 50)
    })
    .await?;
    let body = v::atom(&site.commune, &site.state.config.base_url, &rows.rows);
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(body))
}

pub async fn results_csv(site: Site, Id(id): Id) -> Reply {
    let (cid, id) = (site.commune.id, id);
    let r = db(&site.state, move |c| service::results(c, cid, id)).await?;
    let table = musharaka_cocreation::open_data::results_table(&r, site.ctx.lang);
    let name = format!("cocreation-{}-{id}.csv", site.commune.slug);
    csv_file(&table, site.ctx.lang, &name)
}

pub async fn api_list(site: Site, q: web::Query<PageQuery>) -> Reply {
    let (commune, page) = (site.commune, q.page);
    let body = db(&site.state, move |c| {
        api::calls(c, &commune, page, PAGE_SIZE)
    })
    .await?;
    Ok(HttpResponse::Ok().json(body))
}

/// One call; with its results once published.
pub async fn api_one(site: Site, Id(id): Id) -> Reply {
    let (commune, id) = (site.commune, id);
    let body = db(&site.state, move |c| api::call(c, &commune, id)).await?;
    Ok(HttpResponse::Ok().json(body))
}
