//! The JSON API (public: no personal data; the shapes are `musharaka_petitions::api`).

use super::{today, PAGE_SIZE};
use crate::errors::PageError;
use crate::forms::petitions::ListQuery;
use crate::routes::db;
use crate::scope::Site;
use crate::state::AppState;
use actix_web::{web, HttpResponse};
use musharaka_petitions::api;

pub async fn list(
    state: web::Data<AppState>,
    site: Site,
    req: actix_web::HttpRequest,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let (commune, filter, page, today) = (site.commune, q.filter(), q.page, today());
    let key = (commune.id, "petitions-api", req.query_string().to_string());
    let body = crate::cache::kept(&state, key, move |c| {
        api::list(c, &commune, &filter, page, PAGE_SIZE, today)
    })
    .await?;
    Ok(HttpResponse::Ok().json(&*body))
}

pub async fn one(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (commune, id, today) = (site.commune, path.1, today());
    let body = db(&state, move |c| api::petition(c, &commune, id, today)).await?;
    Ok(HttpResponse::Ok().json(body))
}

pub async fn count(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (commune, id) = (site.commune, path.1);
    let body = db(&state, move |c| api::count(c, &commune, id)).await?;
    Ok(HttpResponse::Ok().json(body))
}
