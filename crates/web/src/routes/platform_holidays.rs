//! `/admin/platform/holidays`: the movable public holidays (Eid al-Fitr, Eid al-Adha,
//! 1 Muharram, Mawlid) the platform administrator enters each year after the moon sighting.
//! The service checks that the user is a platform administrator.

use super::{db, html, reshow_on_fields, see_other, Router};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::councils::HolidayForm;
use crate::forms::CsrfForm;
use crate::routes::Reply;
use crate::state::AppState;
use crate::views::platform::holidays as v;
use actix_web::web;
use musharaka_communes::holidays;
use serde::Deserialize;

const LIST: &str = "/admin/platform/holidays";

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .get(LIST, list)
        .post(LIST, add)
        .post("/admin/platform/holidays/{id}/remove", remove);
}

#[derive(Deserialize)]
pub struct DoneQuery {
    pub done: Option<String>,
}

async fn load(state: &web::Data<AppState>, ctx: &Ctx) -> Result<Vec<holidays::Holiday>, PageError> {
    let user = ctx.require_user()?.clone();
    db(state, move |c| holidays::list(c, &user)).await
}

async fn list(state: web::Data<AppState>, ctx: Ctx, q: web::Query<DoneQuery>) -> Reply {
    let rows = load(&state, &ctx).await?;
    let form = HolidayForm::default();
    Ok(html(
        v::page(&ctx, &rows, &form, &vec![], q.done.as_deref()),
        false,
    ))
}

async fn add(state: web::Data<AppState>, ctx: Ctx, CsrfForm(form): CsrfForm<HolidayForm>) -> Reply {
    let user = ctx.require_user()?.clone();
    let rows = load(&state, &ctx).await?;
    let (day, kind) = match form.parse() {
        Ok(parsed) => parsed,
        Err(errs) => return Ok(html(v::page(&ctx, &rows, &form, &errs, None), true)),
    };
    let result = db(&state, move |c| holidays::add(c, &user, day, kind)).await;
    match reshow_on_fields(result, |errs| v::page(&ctx, &rows, &form, errs, None))? {
        Ok(_) => Ok(see_other(&format!("{LIST}?done=holiday-added"))),
        Err(page) => Ok(page),
    }
}

async fn remove(
    state: web::Data<AppState>,
    ctx: Ctx,
    id: web::Path<i64>,
    CsrfForm(_): CsrfForm<crate::forms::EmptyForm>,
) -> Reply {
    let user = ctx.require_user()?.clone();
    let id = id.into_inner();
    db(&state, move |c| holidays::remove(c, &user, id)).await?;
    Ok(see_other(&format!("{LIST}?done=holiday-removed")))
}
