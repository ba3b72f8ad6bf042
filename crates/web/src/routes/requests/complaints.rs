//! The public side of complaints, observations and suggestions: the dashboard (no personal
//! data), filing (anonymous allowed for observations and suggestions), the filer's page.

use super::{private, rctx};
use crate::errors::PageError;
use crate::forms::requests::{ComplaintForm, DoneQuery, SatisfactionForm};
use crate::forms::CsrfForm;
use crate::routes::{db, html, marked, reshow_on_fields, see_other};
use crate::scope::Site;
use crate::state::AppState;
use crate::views::requests as v;
use actix_web::{web, HttpResponse};
use musharaka_core::time::today;
use musharaka_requests::{api, service};

type Path = web::Path<(String, i64)>;

pub async fn dashboard(state: web::Data<AppState>, site: Site) -> Result<HttpResponse, PageError> {
    let cid = site.commune.id;
    let d = db(&state, move |c| service::dashboard(c, cid, today())).await?;
    Ok(html(
        v::complaints::dashboard(&site.ctx, &site.commune, &d),
        false,
    ))
}

/// The dashboard as JSON (counts only).
pub async fn dashboard_json(
    state: web::Data<AppState>,
    site: Site,
) -> Result<HttpResponse, PageError> {
    let (commune, today) = (site.commune, today());
    let body = db(&state, move |c| {
        api::complaints_dashboard(c, &commune, today)
    })
    .await?;
    Ok(HttpResponse::Ok().json(body))
}

pub async fn new_form(site: Site) -> Result<HttpResponse, PageError> {
    let form = ComplaintForm::default();
    Ok(html(
        v::complaints::form(&site.ctx, &site.commune, &form, &vec![]),
        false,
    ))
}

pub async fn file(
    state: web::Data<AppState>,
    site: Site,
    CsrfForm(form): CsrfForm<ComplaintForm>,
) -> Result<HttpResponse, PageError> {
    let (user, commune, st, input) = (
        site.ctx.user.clone(),
        site.commune.clone(),
        state.clone(),
        form.input(),
    );
    let result = db(&state, move |c| {
        service::file_complaint(c, &rctx(&st), user.as_ref(), &commune, &input, today())
    })
    .await;
    match reshow_on_fields(result, |e| {
        v::complaints::form(&site.ctx, &site.commune, &form, e)
    })? {
        Ok(row) => {
            state.mail_queued();
            Ok(private(html(
                v::complaints::filed(&site.ctx, &site.commune, &row),
                false,
            )))
        }
        Err(page) => Ok(page),
    }
}

async fn show(
    state: &web::Data<AppState>,
    site: &Site,
    id: i64,
    errors: &crate::views::form::FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (site.ctx.require_user()?.clone(), site.commune.id);
    let view = db(state, move |c| {
        service::complaint_for_filer(c, &user, cid, id)
    })
    .await?;
    let markup = v::complaints::filer_page(&site.ctx, &site.commune, &view, errors, done);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn page(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    show(&state, &site, path.1, &vec![], q.done.as_deref()).await
}

pub async fn rate(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
    CsrfForm(form): CsrfForm<SatisfactionForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, path.1);
    let result = db(&state, move |c| {
        service::rate_answer(c, &user, cid, id, &form.satisfaction, &form.note)
    })
    .await;
    match marked(result)? {
        Ok(_) => Ok(see_other(&format!(
            "/{}/complaints/{id}?done=cmp-thanks",
            site.commune.slug
        ))),
        Err(fields) => show(&state, &site, id, &fields, None).await,
    }
}
