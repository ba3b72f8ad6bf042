//! The council in public (issue 3): sessions with their agenda, the register of
//! deliberations with search, printable deliberations and minutes. Every lookup goes
//! through the commune of the URL: another commune's record is not found (404).

use super::{record_id, today};
use crate::errors::PageError;
use crate::forms::councils::RegisterQuery;
use crate::routes::{db, html, Router};
use crate::scope::Site;
use crate::state::AppState;
use crate::views::councils::public as view;
use actix_web::{web, HttpResponse};
use musharaka_communes::Commune;
use musharaka_core::Error;
use musharaka_councils::service::public as read;
use musharaka_db::AnyConnection;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .get("/{slug}/council", overview)
        .get("/{slug}/council/sessions.ics", super::feeds::ical)
        .get("/{slug}/council/sessions/{id}", session_page)
        .get("/{slug}/council/deliberations", register_page)
        .get("/{slug}/council/deliberations.atom", super::feeds::atom)
        .get("/{slug}/council/deliberations/{id}", deliberation_page)
        .get(
            "/{slug}/council/deliberations/{id}/print",
            deliberation_print,
        )
        .get("/{slug}/council/minutes/{id}", minutes_page)
        .get("/{slug}/council/minutes/{id}/print", minutes_print);
}

async fn overview(state: web::Data<AppState>, site: Site) -> Result<HttpResponse, PageError> {
    let cid = site.commune.id;
    let key = (cid, "council", String::new());
    let o = crate::cache::kept(&state, key, move |c| read::overview(c, cid, today())).await?;
    Ok(html(
        view::overview(
            &site.ctx,
            &site.commune,
            &o.upcoming,
            &o.past,
            &o.committees,
            (&o.requests, state.clock.today()),
            (&o.questions, &o.question_sessions, &o.members),
        ),
        false,
    ))
}

async fn session_page(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let detail = record_of(&state, &site, path, read::session).await?;
    Ok(html(view::session(&site.ctx, &detail, today()), false))
}

async fn register_page(
    state: web::Data<AppState>,
    site: Site,
    q: web::Query<RegisterQuery>,
) -> Result<HttpResponse, PageError> {
    let q = q.into_inner();
    let (filter, page, commune) = (q.filter()?, q.page, site.commune.clone());
    let data = db(&state, move |c| {
        read::register(c, commune.clone(), &filter, page)
    })
    .await?;
    Ok(html(view::register(&site.ctx, &data, &q), false))
}

/// The record (session, deliberation, minutes) of a URL, read in the URL's commune.
pub async fn record_of<T, F>(
    state: &web::Data<AppState>,
    site: &Site,
    path: web::Path<(String, String)>,
    read: F,
) -> Result<T, PageError>
where
    T: Send + 'static,
    F: Fn(&mut AnyConnection, Commune, i64) -> Result<T, Error> + Send + 'static,
{
    let id = record_id(path)?;
    let commune = site.commune.clone();
    db(state, move |c| read(c, commune.clone(), id)).await
}

async fn deliberation_page(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let d = record_of(&state, &site, path, read::deliberation).await?;
    Ok(html(view::deliberation(&site.ctx, &d), false))
}

async fn deliberation_print(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let d = record_of(&state, &site, path, read::deliberation).await?;
    Ok(html(view::deliberation_print(&site.ctx, &d), false))
}

async fn minutes_page(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let m = record_of(&state, &site, path, read::minutes).await?;
    Ok(html(view::minutes(&site.ctx, &m), false))
}

async fn minutes_print(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let m = record_of(&state, &site, path, read::minutes).await?;
    Ok(html(view::minutes_print(&site.ctx, &m), false))
}
