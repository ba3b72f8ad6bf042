//! The information officers' back office: the list with working days left, staff entry of
//! requests received at the desk or by post, the answer, the extension, the head's
//! decision on a complaint (art. 19), and the publication register (art. 10).

use super::{private, rctx, InformationOfficer};
use crate::errors::PageError;
use crate::forms::requests::{
    date_field, AnswerForm, AppealForm, DecideForm, ExtendForm, ListQuery, Posted, PublicationForm,
    RequestForm,
};
use crate::forms::CsrfForm;
use crate::routes::{db, html, marked, see_other, submit_checked};
use crate::scope::CommuneScope;
use crate::state::AppState;
use crate::views::form::FieldErrors;
use crate::views::requests as v;
use actix_web::{web, HttpResponse};
use musharaka_communes::Commune;
use musharaka_core::time::today;
use musharaka_core::Error;
use musharaka_db::AnyConnection;
use musharaka_identity::Permissions;
use musharaka_requests::service::{self, Context};

type Scope = CommuneScope<InformationOfficer>;
type Path = web::Path<(String, i64)>;

async fn list_page(
    state: &web::Data<AppState>,
    s: &Scope,
    q: &ListQuery,
    form: &RequestForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let (user, cid, open, page) = (s.user.clone(), s.commune.id, q.open_only(), q.page);
    let rows = db(state, move |c| {
        service::officer_list(c, &user, cid, open, page, today())
    })
    .await?;
    let markup = v::officer::list(&s.ctx, &s.commune, &rows, q, form, errors);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn list(
    state: web::Data<AppState>,
    s: Scope,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let form = RequestForm {
        received_on: today().to_string(),
        ..Default::default()
    };
    list_page(&state, &s, &q, &form, &vec![]).await
}

pub async fn register(
    state: web::Data<AppState>,
    s: Scope,
    CsrfForm(form): CsrfForm<RequestForm>,
) -> Result<HttpResponse, PageError> {
    let (user, commune, st) = (s.user.clone(), s.commune.clone(), state.clone());
    let (input, channel) = (form.input(), form.channel());
    let check = date_field(&form.received_on, "received_on");
    let result = submit_checked(&state, check, move |c, on| {
        service::register_request(
            c,
            &rctx(&st),
            &user,
            &commune,
            channel,
            &input,
            *on,
            today(),
        )
    })
    .await?;
    match result {
        Ok(r) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/information/requests/{}?done=admin-saved",
                s.commune.slug, r.id
            )))
        }
        Err(fields) => list_page(&state, &s, &ListQuery::default(), &form.reshown(), &fields).await,
    }
}

async fn show(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    posted: &Posted,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let view = db(state, move |c| {
        service::officer_view(c, &user, cid, id, today())
    })
    .await?;
    let markup = v::officer::page(&s.ctx, &s.commune, &view, posted, errors, done);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn page(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    show(
        &state,
        &s,
        path.1,
        &Posted::default(),
        &vec![],
        q.done.as_deref(),
    )
    .await
}

async fn after<T>(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    result: Result<T, PageError>,
    posted: Posted,
) -> Result<HttpResponse, PageError> {
    match marked(result)? {
        Ok(_) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/information/requests/{id}?done=admin-saved",
                s.commune.slug
            )))
        }
        Err(fields) => show(state, s, id, &posted, &fields, None).await,
    }
}

/// Runs `work` as the officer (with the service context, the officer and the commune) on
/// request `id`, then [`after`].
async fn act<T, F>(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    posted: Posted,
    work: F,
) -> Result<HttpResponse, PageError>
where
    T: Send + 'static,
    F: Fn(&mut AnyConnection, &Context<'_>, &Permissions, &Commune) -> Result<T, Error>
        + Send
        + 'static,
{
    let (user, commune, st) = (s.user.clone(), s.commune.clone(), state.clone());
    let result = db(state, move |c| work(c, &rctx(&st), &user, &commune)).await;
    after(state, s, id, result, posted).await
}

pub async fn extend(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<ExtendForm>,
) -> Result<HttpResponse, PageError> {
    let (id, reason) = (path.1, form.reason.clone());
    let posted = Posted {
        extend: form,
        ..Default::default()
    };
    act(&state, &s, id, posted, move |c, ctx, user, commune| {
        service::extend(c, ctx, user, commune, id, &reason, today())
    })
    .await
}

pub async fn answer(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> Result<HttpResponse, PageError> {
    let (id, input) = (path.1, form.input());
    let posted = Posted {
        answer: form,
        ..Default::default()
    };
    act(&state, &s, id, posted, move |c, ctx, user, commune| {
        service::answer(c, ctx, user, commune, id, &input, today())
    })
    .await
}

/// Art. 19: the head of the commune (its admin) decides the requester's complaint.
pub async fn decide(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<DecideForm>,
) -> Result<HttpResponse, PageError> {
    let (id, f) = (path.1, form.clone());
    let posted = Posted {
        decide: form,
        ..Default::default()
    };
    act(&state, &s, id, posted, move |c, ctx, user, commune| {
        let (outcome, decision) = (&f.outcome, &f.decision);
        service::decide_appeal(c, ctx, user, commune, id, outcome, decision, today())
    })
    .await
}

async fn publications_page(
    state: &web::Data<AppState>,
    s: &Scope,
    form: &PublicationForm,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let cid = s.commune.id;
    let rows = db(state, move |c| service::publications(c, cid)).await?;
    let markup = v::officer::publications(&s.ctx, &s.commune, &rows, form, errors, done);
    Ok(html(markup, !errors.is_empty()))
}

pub async fn publications(
    state: web::Data<AppState>,
    s: Scope,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    publications_page(
        &state,
        &s,
        &PublicationForm::default(),
        &vec![],
        q.done.as_deref(),
    )
    .await
}

pub async fn add_publication(
    state: web::Data<AppState>,
    s: Scope,
    CsrfForm(form): CsrfForm<PublicationForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, input) = (s.user.clone(), s.commune.id, form.input());
    let result = db(&state, move |c| {
        service::add_publication(c, &user, cid, &input)
    })
    .await;
    match marked(result)? {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/information/publications?done=admin-saved",
            s.commune.slug
        ))),
        Err(fields) => publications_page(&state, &s, &form, &fields, None).await,
    }
}

/// Art. 19: a complaint to the head received on paper, entered by an officer.
pub async fn register_appeal(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<AppealForm>,
) -> Result<HttpResponse, PageError> {
    let (user, commune, id, st) = (s.user.clone(), s.commune.clone(), path.1, state.clone());
    let text = form.appeal.clone();
    let check = date_field(&form.received_on, "received_on");
    let result = submit_checked(&state, check, move |c, on| {
        service::register_appeal(c, &rctx(&st), &user, &commune, id, &text, *on, today())
    })
    .await?;
    let posted = Posted {
        appeal: form,
        ..Default::default()
    };
    match result {
        Ok(_) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/information/requests/{id}?done=admin-saved",
                s.commune.slug
            )))
        }
        Err(fields) => show(&state, &s, id, &posted, &fields, None).await,
    }
}
