//! The council in public (issue 3): sessions with their agenda, the register of
//! deliberations with search, printable deliberations and minutes. Every lookup goes
//! through the commune of the URL: another commune's record is not found (404).

use super::{record_id, today};
use crate::errors::PageError;
use crate::forms::councils::RegisterQuery;
use crate::routes::Reply;
use crate::routes::{db, html, Router};
use crate::scope::Site;
use crate::views::councils::public as view;
use actix_web::web;
use musharaka_communes::Commune;
use musharaka_core::Error;
use musharaka_councils::service::public as read;
use musharaka_db::AnyConnection;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .at("/{slug}/council")
        .get("", overview)
        .get("/sessions.ics", super::feeds::ical)
        .get("/sessions/{id}", session_page)
        .get("/deliberations", register_page)
        .get("/deliberations.atom", super::feeds::atom)
        .get("/deliberations/{id}", deliberation_page)
        .get("/deliberations/{id}/print", deliberation_print)
        .get("/minutes/{id}", minutes_page)
        .get("/minutes/{id}/print", minutes_print);
}

async fn overview(site: Site) -> Reply {
    let cid = site.commune.id;
    let load = move |c: &mut AnyConnection| read::overview(c, cid, today());
    site.kept_page("council", String::new(), load, |o| {
        view::overview(
            &site.ctx,
            &site.commune,
            &o.upcoming,
            &o.past,
            &o.committees,
            (&o.requests, site.state.clock.today()),
            (&o.questions, &o.question_sessions, &o.members),
        )
    })
    .await
}

async fn session_page(site: Site, path: web::Path<(String, String)>) -> Reply {
    let detail = record_of(&site, path, read::session).await?;
    Ok(html(view::session(&site.ctx, &detail, today()), false))
}

async fn register_page(site: Site, q: web::Query<RegisterQuery>) -> Reply {
    let q = q.into_inner();
    let (filter, page, commune) = (q.filter()?, q.page, site.commune.clone());
    let data = db(&site.state, move |c| {
        read::register(c, commune.clone(), &filter, page)
    })
    .await?;
    Ok(html(view::register(&site.ctx, &data, &q), false))
}

/// The record (session, deliberation, minutes) of a URL, read in the URL's commune.
pub async fn record_of<T, F>(
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
    db(&site.state, move |c| read(c, commune.clone(), id)).await
}

async fn deliberation_page(site: Site, path: web::Path<(String, String)>) -> Reply {
    let d = record_of(&site, path, read::deliberation).await?;
    Ok(html(view::deliberation(&site.ctx, &d), false))
}

async fn deliberation_print(site: Site, path: web::Path<(String, String)>) -> Reply {
    let d = record_of(&site, path, read::deliberation).await?;
    Ok(html(view::deliberation_print(&site.ctx, &d), false))
}

async fn minutes_page(site: Site, path: web::Path<(String, String)>) -> Reply {
    let m = record_of(&site, path, read::minutes).await?;
    Ok(html(view::minutes(&site.ctx, &m), false))
}

async fn minutes_print(site: Site, path: web::Path<(String, String)>) -> Reply {
    let m = record_of(&site, path, read::minutes).await?;
    Ok(html(view::minutes_print(&site.ctx, &m), false))
}
