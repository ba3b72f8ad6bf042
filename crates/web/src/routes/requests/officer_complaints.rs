//! Complaints in the back office: the list with their 15- and 60-day clocks, staff entry
//! at a desk, and the complaint's page (acknowledge, route, note, answer).

use super::{as_officer, private, InformationOfficer};
use crate::forms::requests::{date_field, ActForm, ComplaintForm, ListQuery};
use crate::forms::CsrfForm;
use crate::routes::{html, see_other, Reply};
use crate::scope::CommuneScope;
use crate::scope::Id;
use crate::views::form::FieldErrors;
use crate::views::requests as v;
use actix_web::web;
use musharaka_core::time::today;
use musharaka_requests::service;

type Scope = CommuneScope<InformationOfficer>;

async fn list_page(s: &Scope, q: &ListQuery, form: &ComplaintForm, errors: &FieldErrors) -> Reply {
    let (open, page) = (q.open_only(), q.page);
    let rows = s
        .db(move |c, user, cid| service::complaint_list(c, user, cid, open, page))
        .await?;
    let markup = v::officer_complaints::list(&s.ctx, &s.commune, &rows, q, form, errors, today());
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn list(s: Scope, q: web::Query<ListQuery>) -> Reply {
    let form = ComplaintForm {
        received_on: today().to_string(),
        ..Default::default()
    };
    list_page(&s, &q, &form, &vec![]).await
}

pub async fn register(s: Scope, CsrfForm(form): CsrfForm<ComplaintForm>) -> Reply {
    let (input, check) = (form.input(), date_field(&form.received_on, "received_on"));
    let done = as_officer(&s, check, move |c, ctx, user, commune, on| {
        service::register_complaint(c, ctx, user, commune, &input, *on, today())
    });
    match done.await? {
        Ok(row) => Ok(see_other(&format!(
            "/{}/admin/complaints/{}?done=admin-saved",
            s.commune.slug, row.id
        ))),
        Err(fields) => list_page(&s, &ListQuery::default(), &form, &fields).await,
    }
}

async fn show(
    s: &Scope,
    id: i64,
    posted: &ActForm,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Reply {
    let view = s
        .db(move |c, user, cid| service::complaint_for_staff(c, user, cid, id))
        .await?;
    let markup =
        v::officer_complaints::page(&s.ctx, &s.commune, &view, posted, errors, done, today());
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn page(s: Scope, Id(id): Id, q: web::Query<ListQuery>) -> Reply {
    show(&s, id, &ActForm::default(), &vec![], q.done.as_deref()).await
}

pub async fn act(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<ActForm>) -> Reply {
    let done = as_officer(&s, form.action(), move |c, ctx, user, commune, action| {
        service::handle_complaint(c, ctx, user, commune, id, action, today())
    });
    match done.await? {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/complaints/{id}?done=admin-saved",
            s.commune.slug
        ))),
        Err(fields) => show(&s, id, &form, &fields, None).await,
    }
}
