//! The council's feeds: sessions as iCalendar (RFC 5545), the register as Atom (RFC 4287).
//! Control characters in any text are dropped by the writers (both are parsed back in
//! `tests/tests/council_public.rs`).

use crate::errors::PageError;
use crate::routes::db;
use crate::scope::Site;
use crate::state::AppState;
use crate::views::councils::public as view;
use actix_web::{web, HttpResponse};
use musharaka_councils::service::public as read;

pub async fn ical(state: web::Data<AppState>, site: Site) -> Result<HttpResponse, PageError> {
    let cid = site.commune.id;
    let sessions = db(&state, move |c| read::all_sessions(c, cid)).await?;
    let body = view::ical(&site.ctx, &state.config.base_url, &site.commune, &sessions);
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .body(body))
}

pub async fn atom(state: web::Data<AppState>, site: Site) -> Result<HttpResponse, PageError> {
    let cid = site.commune.id;
    let rows = db(&state, move |c| read::latest_deliberations(c, cid)).await?;
    let body = view::atom(&site.ctx, &state.config.base_url, &site.commune, &rows);
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(body))
}
