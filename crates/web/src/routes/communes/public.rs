//! Public pages: the national list of communes, a commune's home, the language switch,
//! the health check.

use crate::ctx::{Ctx, LANG_COOKIE};
use crate::routes::Reply;
use crate::routes::{safe_next, see_other};
use crate::state::AppState;
use crate::views;
use actix_web::cookie::{time::Duration, Cookie, SameSite};
use actix_web::web;
use musharaka_communes::service;
use musharaka_core::{ErrorKind, Lang};
use serde::Deserialize;

pub async fn national(state: web::Data<AppState>, ctx: Ctx) -> Reply {
    let today = musharaka_core::time::today();
    // Commune ids start at 1: 0 names the country.
    let load = move |c: &mut musharaka_db::AnyConnection| {
        let communes = service::all(c)?;
        let summary = musharaka_petitions::service::national_summary(c, &communes, today)?;
        Ok((communes, summary))
    };
    let key = (0, "national", String::new());
    crate::cache::kept_page(&state, &ctx, key, load, |(communes, summary)| {
        views::communes::public::national(&ctx, communes, summary)
    })
    .await
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// Sets the language cookie and returns to the same page (works without JavaScript).
pub async fn switch_language(
    state: web::Data<AppState>,
    code: web::Path<String>,
    q: web::Query<NextQuery>,
) -> Reply {
    let lang: Lang = code.parse().map_err(|_| ErrorKind::NotFound)?;
    let cookie = Cookie::build(LANG_COOKIE, lang.code())
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .secure(state.config.secure_cookies)
        .finish();
    let mut res = see_other(&safe_next(q.next.as_deref()));
    res.add_cookie(&cookie)
        .map_err(musharaka_core::Error::internal)?;
    Ok(res)
}
