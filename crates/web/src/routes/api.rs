//! JSON API, version 1. Documented in `docs/api.md`. Errors are
//! `{"error": {"key": ..., "message": ...}}` with the HTTP status of the error kind. The
//! shapes are built by each domain crate's `api` module.

use super::db;
use crate::routes::Reply;
use crate::state::AppState;
use actix_web::{web, HttpResponse};
use musharaka_communes::api;

pub fn configure(cfg: &mut crate::routes::Routes) {
    super::Router::new(cfg)
        .get("/api/v1/communes", communes)
        .get("/api/v1/communes/{slug}", commune);
}

async fn communes(state: web::Data<AppState>) -> Reply {
    let body = db(&state, api::communes).await?;
    Ok(HttpResponse::Ok().json(body))
}

async fn commune(state: web::Data<AppState>, slug: web::Path<String>) -> Reply {
    let slug = slug.into_inner();
    let body = db(&state, move |conn| api::commune(conn, &slug)).await?;
    Ok(HttpResponse::Ok().json(body))
}
