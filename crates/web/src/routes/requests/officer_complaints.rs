//! Complaints in the back office: the list with their 15- and 60-day clocks, staff entry
//! at a desk, and the complaint's page (acknowledge, route, note, answer).

use super::{private, rctx, InformationOfficer};
use crate::errors::PageError;
use crate::forms::requests::{date_field, ActForm, ComplaintForm, ListQuery};
use crate::forms::CsrfForm;
use crate::routes::{db, html, see_other, submit_checked};
use crate::scope::CommuneScope;
use crate::state::AppState;
use crate::views::form::FieldErrors;
use crate::views::requests as v;
use actix_web::{web, HttpResponse};
use musharaka_core::time::today;
use musharaka_requests::service;

type Scope = CommuneScope<InformationOfficer>;
type Path = web::Path<(String, i64)>;

async fn list_page(
    state: &web::Data<AppState>,
    s: &Scope,
    q: &ListQuery,
    form: &ComplaintForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let (user, cid, open, page) = (s.user.clone(), s.commune.id, q.open_only(), q.page);
    let rows = db(state, move |c| {
        service::complaint_list(c, &user, cid, open, page)
    })
    .await?;
    let markup = v::officer_complaints::list(&s.ctx, &s.commune, &rows, q, form, errors, today());
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn list(
    state: web::Data<AppState>,
    s: Scope,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let form = ComplaintForm {
        received_on: today().to_string(),
        ..Default::default()
    };
    list_page(&state, &s, &q, &form, &vec![]).await
}

pub async fn register(
    state: web::Data<AppState>,
    s: Scope,
    CsrfForm(form): CsrfForm<ComplaintForm>,
) -> Result<HttpResponse, PageError> {
    let (user, commune, st, input) = (
        s.user.clone(),
        s.commune.clone(),
        state.clone(),
        form.input(),
    );
    let check = date_field(&form.received_on, "received_on");
    let result = submit_checked(&state, check, move |c, on| {
        service::register_complaint(c, &rctx(&st), &user, &commune, &input, *on, today())
    })
    .await?;
    match result {
        Ok(row) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/complaints/{}?done=admin-saved",
                s.commune.slug, row.id
            )))
        }
        Err(fields) => list_page(&state, &s, &ListQuery::default(), &form, &fields).await,
    }
}

async fn show(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    posted: &ActForm,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let view = db(state, move |c| {
        service::complaint_for_staff(c, &user, cid, id)
    })
    .await?;
    let markup =
        v::officer_complaints::page(&s.ctx, &s.commune, &view, posted, errors, done, today());
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
        &ActForm::default(),
        &vec![],
        q.done.as_deref(),
    )
    .await
}

pub async fn act(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<ActForm>,
) -> Result<HttpResponse, PageError> {
    let (user, commune, id, st) = (s.user.clone(), s.commune.clone(), path.1, state.clone());
    let result = submit_checked(&state, form.action(), move |c, action| {
        service::handle_complaint(c, &rctx(&st), &user, &commune, id, action, today())
    })
    .await?;
    match result {
        Ok(_) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/complaints/{id}?done=admin-saved",
                s.commune.slug
            )))
        }
        Err(fields) => show(&state, &s, id, &form, &fields, None).await,
    }
}
