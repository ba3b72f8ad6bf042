//! Opinions in the back office: a new draft or remarks (the body's secretary), a referral
//! (the focal point or the council's secretariat), then versions, adoption and
//! transmission to the council.

use super::{posted, private, today};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::bodies::{AdoptForm, DoneQuery, EditForm, OpinionForm};
use crate::forms::CsrfForm;
use crate::routes::{checked, db, html, see_other, submit, submit_checked};
use crate::scope::{AnyRole, BodySecretary, CommuneScope};
use crate::state::AppState;
use crate::views::bodies::admin::{self as v, Posted};
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use musharaka_bodies::service;
use musharaka_communes::Commune;
use musharaka_identity::Permissions;

type Path = web::Path<(String, i64)>;

/// The body's page with the refused form's errors, or the new opinion's page.
async fn created(
    state: &web::Data<AppState>,
    s: &CommuneScope<AnyRole>,
    body_id: i64,
    result: Result<Result<i64, FieldErrors>, PageError>,
    typed: Posted,
) -> Result<HttpResponse, PageError> {
    match result? {
        Ok(id) => Ok(see_other(&format!(
            "/{}/admin/opinions/{id}",
            s.commune.slug
        ))),
        Err(fields) => {
            let (user, cid) = (s.user.clone(), s.commune.id);
            let d = db(state, move |c| {
                service::admin_body(c, &user, cid, body_id, today())
            })
            .await?;
            let markup = v::body(&s.ctx, &s.commune, &d, today(), &fields, &typed, None);
            Ok(private(html(markup, true)))
        }
    }
}

pub async fn create(
    state: web::Data<AppState>,
    s: CommuneScope<AnyRole>,
    path: Path,
    CsrfForm(form): CsrfForm<OpinionForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let r = submit_checked(&state, checked(|e| form.opinion(e)), move |c, o| {
        service::create_opinion(c, &user, cid, id, o).map(|o| o.id)
    })
    .await;
    created(&state, &s, id, r, posted(&form)).await
}

pub async fn request(
    state: web::Data<AppState>,
    s: CommuneScope<AnyRole>,
    path: Path,
    CsrfForm(form): CsrfForm<OpinionForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let f = form.clone();
    let r = submit_checked(
        &state,
        checked(|e| Some(f.deadline(e)).filter(|_| e.is_empty())),
        move |c, deadline| {
            service::request_opinion(c, &user, cid, id, &f.title, &f.text, *deadline, today())
                .map(|o| o.id)
        },
    )
    .await;
    created(&state, &s, id, r, posted(&form)).await
}

/// The opinion's back-office page (`who`: the request's context, commune and user).
async fn show(
    state: &web::Data<AppState>,
    who: (&Ctx, &Commune, &Permissions),
    id: i64,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (ctx, commune, user) = who;
    let (user, cid) = (user.clone(), commune.id);
    let (d, runs) = db(state, move |c| service::admin_opinion(c, &user, cid, id)).await?;
    let markup = v::opinion(ctx, commune, &d, runs, today(), errors, done);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn page(
    state: web::Data<AppState>,
    s: CommuneScope<AnyRole>,
    path: Path,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    show(
        &state,
        (&s.ctx, &s.commune, &s.user),
        path.1,
        &vec![],
        q.done.as_deref(),
    )
    .await
}

async fn after(
    state: &web::Data<AppState>,
    s: CommuneScope<BodySecretary>,
    id: i64,
    result: Result<Result<(), FieldErrors>, PageError>,
) -> Result<HttpResponse, PageError> {
    match result? {
        Ok(()) => Ok(see_other(&format!(
            "/{}/admin/opinions/{id}?done=admin-saved",
            s.commune.slug
        ))),
        Err(fields) => show(state, (&s.ctx, &s.commune, &s.user), id, &fields, None).await,
    }
}

pub async fn edit(
    state: web::Data<AppState>,
    s: CommuneScope<BodySecretary>,
    path: Path,
    CsrfForm(form): CsrfForm<EditForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let f = form.clone();
    let r = submit_checked(&state, checked(|e| f.version(e)), move |c, version| {
        service::edit_opinion(c, &user, cid, id, &f.title, &f.text, *version).map(|_| ())
    })
    .await;
    after(&state, s, id, r).await
}

pub async fn adopt(
    state: web::Data<AppState>,
    s: CommuneScope<BodySecretary>,
    path: Path,
    CsrfForm(form): CsrfForm<AdoptForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let r = submit_checked(&state, checked(|e| form.adoption(e)), move |c, (by, on)| {
        service::adopt_opinion(c, &user, cid, id, *by, *on).map(|_| ())
    })
    .await;
    after(&state, s, id, r).await
}

pub async fn transmit(
    state: web::Data<AppState>,
    s: CommuneScope<BodySecretary>,
    path: Path,
    _f: CsrfForm<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let r = submit(&state, move |c| {
        service::transmit_opinion(c, &user, cid, id, today()).map(|_| ())
    })
    .await;
    after(&state, s, id, r).await
}
