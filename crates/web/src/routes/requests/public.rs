//! The public side of access to information: the page explaining the law with the
//! officers and statistics, the publication register, filing with a receipt, and the
//! requester's own page (answer, complaint to the head of the commune, next steps).

use super::{private, rctx};
use crate::forms::requests::{AppealForm, DoneQuery, RequestForm};
use crate::forms::CsrfForm;
use crate::routes::Reply;
use crate::routes::{db, html, reshow_on_fields, see_other};
use crate::scope::Id;
use crate::scope::Site;
use crate::views::requests as v;
use actix_web::{web, HttpResponse};
use musharaka_core::time::today;
use musharaka_requests::{api, service};

pub async fn overview(site: Site) -> Reply {
    let cid = site.commune.id;
    site.kept_page(
        "information",
        String::new(),
        move |c| service::overview(c, cid, today()),
        |ov| v::public::overview(&site.ctx, &site.commune, ov),
    )
    .await
}

/// The statistics as JSON (no personal data).
pub async fn stats_json(site: Site) -> Reply {
    let (commune, today) = (site.commune, today());
    let body = db(&site.state, move |c| api::stats(c, &commune, today)).await?;
    Ok(HttpResponse::Ok().json(body))
}

pub async fn publications(site: Site) -> Reply {
    let cid = site.commune.id;
    let rows = db(&site.state, move |c| service::publications(c, cid)).await?;
    Ok(html(
        v::public::publications(&site.ctx, &site.commune, &rows),
        false,
    ))
}

pub async fn new_form(site: Site) -> Reply {
    let user = site.ctx.require_user()?;
    let form = RequestForm {
        name: user.account.name.clone(),
        email: user.account.email.clone(),
        ..Default::default()
    };
    Ok(private(html(
        v::public::request_form(&site.ctx, &site.commune, &form, &vec![]),
        false,
    )))
}

pub async fn file(site: Site, CsrfForm(form): CsrfForm<RequestForm>) -> Reply {
    let user = site.ctx.require_user()?.clone();
    let (st, commune, input) = (site.state.clone(), site.commune.clone(), form.input());
    let result = db(&site.state, move |c| {
        service::file_online(c, &rctx(&st), &user, &commune, &input, today())
    })
    .await;
    let shown = form.reshown();
    match reshow_on_fields(result, |e| {
        v::public::request_form(&site.ctx, &site.commune, &shown, e)
    })? {
        Ok(r) => {
            site.state.mail_queued();
            Ok(see_other(&format!(
                "/{}/information/requests/{}/receipt",
                site.commune.slug, r.id
            )))
        }
        Err(page) => Ok(private(page)),
    }
}

pub async fn mine(site: Site) -> Reply {
    let (user, cid) = (site.ctx.require_user()?.clone(), site.commune.id);
    let (requests, complaints) = db(&site.state, move |c| service::mine(c, &user, cid)).await?;
    Ok(private(html(
        v::public::mine(&site.ctx, &site.commune, &requests, &complaints),
        false,
    )))
}

async fn show(
    site: &Site,
    id: i64,
    appeal: &AppealForm,
    errors: &crate::views::form::FieldErrors,
    done: Option<&str>,
) -> Reply {
    let (user, cid) = (site.ctx.require_user()?.clone(), site.commune.id);
    let view = db(&site.state, move |c| {
        service::requester_view(c, &user, cid, id, today())
    })
    .await?;
    let markup = v::public::request_page(&site.ctx, &site.commune, &view, appeal, errors, done);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn request_page(site: Site, Id(id): Id, q: web::Query<DoneQuery>) -> Reply {
    show(
        &site,
        id,
        &AppealForm::default(),
        &vec![],
        q.done.as_deref(),
    )
    .await
}

/// The numbered receipt (art. 14), printable.
pub async fn receipt(site: Site, Id(id): Id) -> Reply {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, id);
    let view = db(&site.state, move |c| {
        service::requester_view(c, &user, cid, id, today())
    })
    .await?;
    Ok(private(html(
        v::public::receipt(&site.ctx, &site.commune, &view.request),
        false,
    )))
}

/// Art. 19: the requester's complaint to the head of the commune.
pub async fn appeal(site: Site, Id(id): Id, CsrfForm(form): CsrfForm<AppealForm>) -> Reply {
    let (user, commune, id, st) = (
        site.ctx.require_user()?.clone(),
        site.commune.clone(),
        id,
        site.state.clone(),
    );
    let text = form.appeal.clone();
    let result = db(&site.state, move |c| {
        service::appeal(c, &rctx(&st), &user, &commune, id, &text, today())
    })
    .await;
    match crate::routes::marked(result)? {
        Ok(_) => {
            site.state.mail_queued();
            Ok(see_other(&format!(
                "/{}/information/requests/{id}?done=req-appeal-sent",
                site.commune.slug
            )))
        }
        Err(fields) => show(&site, id, &form, &fields, None).await,
    }
}
