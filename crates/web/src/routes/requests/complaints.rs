//! The public side of complaints, observations and suggestions: the dashboard (no personal
//! data), filing (anonymous allowed for observations and suggestions), the filer's page.

use super::{private, rctx};
use crate::forms::requests::{ComplaintForm, DoneQuery, SatisfactionForm};
use crate::forms::CsrfForm;
use crate::routes::Reply;
use crate::routes::{db, html, marked, reshow_on_fields, see_other};
use crate::scope::Id;
use crate::scope::Site;
use crate::views::requests as v;
use actix_web::{web, HttpResponse};
use musharaka_core::time::today;
use musharaka_requests::{api, service};

pub async fn dashboard(site: Site) -> Reply {
    let cid = site.commune.id;
    let d = db(&site.state, move |c| service::dashboard(c, cid, today())).await?;
    Ok(html(
        v::complaints::dashboard(&site.ctx, &site.commune, &d),
        false,
    ))
}

/// The dashboard as JSON (counts only).
pub async fn dashboard_json(site: Site) -> Reply {
    let (commune, today) = (site.commune, today());
    let body = db(&site.state, move |c| {
        api::complaints_dashboard(c, &commune, today)
    })
    .await?;
    Ok(HttpResponse::Ok().json(body))
}

pub async fn new_form(site: Site) -> Reply {
    let form = ComplaintForm::default();
    Ok(html(
        v::complaints::form(&site.ctx, &site.commune, &form, &vec![]),
        false,
    ))
}

pub async fn file(site: Site, CsrfForm(form): CsrfForm<ComplaintForm>) -> Reply {
    let (user, commune, st, input) = (
        site.ctx.user.clone(),
        site.commune.clone(),
        site.state.clone(),
        form.input(),
    );
    let result = db(&site.state, move |c| {
        service::file_complaint(c, &rctx(&st), user.as_ref(), &commune, &input, today())
    })
    .await;
    match reshow_on_fields(result, |e| {
        v::complaints::form(&site.ctx, &site.commune, &form, e)
    })? {
        Ok(row) => {
            site.state.mail_queued();
            Ok(private(html(
                v::complaints::filed(&site.ctx, &site.commune, &row),
                false,
            )))
        }
        Err(page) => Ok(page),
    }
}

async fn show(
    site: &Site,
    id: i64,
    errors: &crate::views::form::FieldErrors,
    done: Option<&str>,
) -> Reply {
    let (user, cid) = (site.ctx.require_user()?.clone(), site.commune.id);
    let view = db(&site.state, move |c| {
        service::complaint_for_filer(c, &user, cid, id)
    })
    .await?;
    let markup = v::complaints::filer_page(&site.ctx, &site.commune, &view, errors, done);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn page(site: Site, Id(id): Id, q: web::Query<DoneQuery>) -> Reply {
    show(&site, id, &vec![], q.done.as_deref()).await
}

pub async fn rate(site: Site, Id(id): Id, CsrfForm(form): CsrfForm<SatisfactionForm>) -> Reply {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, id);
    let result = db(&site.state, move |c| {
        service::rate_answer(c, &user, cid, id, &form.satisfaction, &form.note)
    })
    .await;
    match marked(result)? {
        Ok(_) => Ok(see_other(&format!(
            "/{}/complaints/{id}?done=cmp-thanks",
            site.commune.slug
        ))),
        Err(fields) => show(&site, id, &fields, None).await,
    }
}
