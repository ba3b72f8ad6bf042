//! The council's feeds: sessions as iCalendar (RFC 5545), the register as Atom (RFC 4287).
//! Control characters in any text are dropped by the writers (both are parsed back in
//! `tests/tests/council_public/feeds.rs`).

use crate::routes::db;
use crate::routes::Reply;
use crate::scope::Site;
use crate::views::councils::public as view;
use actix_web::HttpResponse;
use musharaka_councils::service::public as read;

pub async fn ical(site: Site) -> Reply {
    let cid = site.commune.id;
    let sessions = db(&site.state, move |c| read::all_sessions(c, cid)).await?;
    let body = view::ical(
        &site.ctx,
        &site.state.config.base_url,
        &site.commune,
        &sessions,
    );
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .body(body))
}

pub async fn atom(site: Site) -> Reply {
    let cid = site.commune.id;
    let rows = db(&site.state, move |c| read::latest_deliberations(c, cid)).await?;
    let body = view::atom(&site.ctx, &site.state.config.base_url, &site.commune, &rows);
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(body))
}
