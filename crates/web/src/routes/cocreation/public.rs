//! The public side: the calls, a call's page, the results; questions and meeting
//! registration by signed-in visitors.

use super::PAGE_SIZE;
use crate::forms::cocreation::{EmptyForm, PageQuery, TextForm};
use crate::forms::CsrfForm;
use crate::routes::Reply;
use crate::routes::{db, html, marked, see_other};
use crate::scope::Id;
use crate::scope::Site;
use crate::views::cocreation as v;
use crate::views::form::FieldErrors;
use actix_web::web;
use musharaka_cocreation::service;
use musharaka_core::time::now;

pub async fn list(site: Site, q: web::Query<PageQuery>) -> Reply {
    let (cid, page) = (site.commune.id, q.page);
    site.kept_page(
        "cocreation",
        page.number().to_string(),
        move |c| service::calls(c, cid, false, page, PAGE_SIZE),
        |rows| {
            let (number, next) = (rows.page.number(), rows.has_next);
            v::list(&site.ctx, &site.commune, &rows.rows, number, next, now())
        },
    )
    .await
}

/// The call's page; `errors` when the question form was refused.
pub(super) async fn show(site: &Site, id: i64, errors: &FieldErrors, done: Option<&str>) -> Reply {
    let (cid, viewer) = (
        site.commune.id,
        site.ctx.user.as_ref().map(|u| u.account.id),
    );
    let d = db(&site.state, move |c| {
        service::call_page(c, cid, id, viewer, false)
    })
    .await?;
    let markup = v::call_page(&site.ctx, &site.commune, &d, now(), errors, done);
    Ok(html(markup, !errors.is_empty()))
}

pub async fn call(site: Site, Id(id): Id, q: web::Query<PageQuery>) -> Reply {
    show(&site, id, &vec![], q.done.as_deref()).await
}

pub async fn results(site: Site, Id(id): Id) -> Reply {
    let (cid, id) = (site.commune.id, id);
    let r = db(&site.state, move |c| service::results(c, cid, id)).await?;
    Ok(html(v::results(&site.ctx, &site.commune, &r), false))
}

pub async fn ask(site: Site, Id(id): Id, CsrfForm(form): CsrfForm<TextForm>) -> Reply {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, id);
    let text = form.text.clone();
    let result = db(&site.state, move |c| {
        service::ask(c, &user, cid, id, &text, now())
    })
    .await;
    match marked(result)? {
        Ok(()) => Ok(see_other(&format!(
            "/{}/cocreation/{id}?done=cc-question-sent",
            site.commune.slug
        ))),
        Err(fields) => show(&site, id, &fields, None).await,
    }
}

pub async fn register(site: Site, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, id);
    let call = db(&site.state, move |c| {
        service::register(c, &user, cid, id, now())
    })
    .await?;
    Ok(see_other(&format!(
        "/{}/cocreation/{call}?done=cc-registered-done",
        site.commune.slug
    )))
}
