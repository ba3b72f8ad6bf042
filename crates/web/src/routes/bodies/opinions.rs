//! Opinions in the back office: a new draft or remarks (the body's secretary), a referral
//! (the focal point or the council's secretariat), then versions, adoption and
//! transmission to the council.

use super::{posted, private, today};
use crate::errors::PageError;
use crate::forms::bodies::{AdoptForm, DoneQuery, EditForm, OpinionForm};
use crate::forms::CsrfForm;
use crate::routes::Reply;
use crate::routes::{checked, db, html, see_other};
use crate::scope::Id;
use crate::scope::{AnyRole, BodySecretary, CommuneScope, Need};
use crate::views::bodies::admin::{self as v, Posted};
use crate::views::form::FieldErrors;
use actix_web::web;
use musharaka_bodies::service;

/// The body's page with the refused form's errors, or the new opinion's page.
async fn created(
    s: &CommuneScope<AnyRole>,
    body_id: i64,
    result: Result<Result<i64, FieldErrors>, PageError>,
    typed: Posted,
) -> Reply {
    match result? {
        Ok(id) => Ok(see_other(&format!(
            "/{}/admin/opinions/{id}",
            s.commune.slug
        ))),
        Err(fields) => {
            let (user, cid) = (s.user.clone(), s.commune.id);
            let d = db(&s.state, move |c| {
                service::admin_body(c, &user, cid, body_id, today())
            })
            .await?;
            let markup = v::body(&s.ctx, &s.commune, &d, today(), &fields, &typed, None);
            Ok(private(html(markup, true)))
        }
    }
}

pub async fn create(
    s: CommuneScope<AnyRole>,
    Id(id): Id,
    CsrfForm(form): CsrfForm<OpinionForm>,
) -> Reply {
    let r = s
        .submit_checked(checked(|e| form.opinion(e)), move |c, user, cid, o| {
            service::create_opinion(c, user, cid, id, o).map(|o| o.id)
        })
        .await;
    created(&s, id, r, posted(&form)).await
}

pub async fn request(
    s: CommuneScope<AnyRole>,
    Id(id): Id,
    CsrfForm(form): CsrfForm<OpinionForm>,
) -> Reply {
    let r = s
        .submit_checked(
            checked(|e| form.referral(e)),
            move |c, user, cid, referral| {
                service::request_opinion(c, user, cid, id, referral, today()).map(|o| o.id)
            },
        )
        .await;
    created(&s, id, r, posted(&form)).await
}

/// The opinion's back-office page, for whoever the route lets in (the service checks more).
async fn show<N: Need>(
    s: &CommuneScope<N>,
    id: i64,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Reply {
    let (d, runs) = s
        .db(move |c, user, cid| service::admin_opinion(c, user, cid, id))
        .await?;
    let markup = v::opinion(&s.ctx, &s.commune, &d, runs, today(), errors, done);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn page(s: CommuneScope<AnyRole>, Id(id): Id, q: web::Query<DoneQuery>) -> Reply {
    show(&s, id, &vec![], q.done.as_deref()).await
}

async fn after(
    s: CommuneScope<BodySecretary>,
    id: i64,
    result: Result<Result<(), FieldErrors>, PageError>,
) -> Reply {
    match result? {
        Ok(()) => Ok(see_other(&format!(
            "/{}/admin/opinions/{id}?done=admin-saved",
            s.commune.slug
        ))),
        Err(fields) => show(&s, id, &fields, None).await,
    }
}

pub async fn edit(
    s: CommuneScope<BodySecretary>,
    Id(id): Id,
    CsrfForm(form): CsrfForm<EditForm>,
) -> Reply {
    let f = form.clone();
    let r = s
        .submit_checked(checked(|e| f.version(e)), move |c, user, cid, version| {
            service::edit_opinion(c, user, cid, id, &f.title, &f.text, *version).map(|_| ())
        })
        .await;
    after(s, id, r).await
}

pub async fn adopt(
    s: CommuneScope<BodySecretary>,
    Id(id): Id,
    CsrfForm(form): CsrfForm<AdoptForm>,
) -> Reply {
    let r = s
        .submit_checked(
            checked(|e| form.adoption(e)),
            move |c, user, cid, (by, on)| {
                service::adopt_opinion(c, user, cid, id, *by, *on).map(|_| ())
            },
        )
        .await;
    after(s, id, r).await
}

pub async fn transmit(
    s: CommuneScope<BodySecretary>,
    Id(id): Id,
    _f: CsrfForm<DoneQuery>,
) -> Reply {
    let r = s
        .submit(move |c, user, cid| {
            service::transmit_opinion(c, user, cid, id, today()).map(|_| ())
        })
        .await;
    after(s, id, r).await
}
