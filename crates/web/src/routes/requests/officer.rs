//! The information officers' back office: the list with working days left, staff entry of
//! requests received at the desk or by post, the answer, the extension, the head's
//! decision on a complaint (art. 19), and the publication register (art. 10).

use super::{as_officer, private, InformationOfficer};
use crate::forms::requests::{
    date_field, AnswerForm, AppealForm, DecideForm, ExtendForm, ListQuery, Posted, PublicationForm,
    RequestForm,
};
use crate::forms::CsrfForm;
use crate::routes::{db, html, marked, see_other, Reply};
use crate::scope::CommuneScope;
use crate::scope::Id;
use crate::views::form::FieldErrors;
use crate::views::requests as v;
use actix_web::web;
use musharaka_communes::Commune;
use musharaka_core::time::today;
use musharaka_core::Error;
use musharaka_db::AnyConnection;
use musharaka_identity::Permissions;
use musharaka_requests::service::{self, AppealInput, Context, Receipt};

type Scope = CommuneScope<InformationOfficer>;

async fn list_page(s: &Scope, q: &ListQuery, form: &RequestForm, errors: &FieldErrors) -> Reply {
    let (open, page) = (q.open_only(), q.page);
    let rows = s
        .db(move |c, user, cid| service::officer_list(c, user, cid, open, page, today()))
        .await?;
    let markup = v::officer::list(&s.ctx, &s.commune, &rows, q, form, errors);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn list(s: Scope, q: web::Query<ListQuery>) -> Reply {
    let form = RequestForm {
        received_on: today().to_string(),
        ..Default::default()
    };
    list_page(&s, &q, &form, &vec![]).await
}

pub async fn register(s: Scope, CsrfForm(form): CsrfForm<RequestForm>) -> Reply {
    let (input, channel) = (form.input(), form.channel());
    let check = date_field(&form.received_on, "received_on");
    let done = as_officer(&s, check, move |c, ctx, user, commune, on| {
        let receipt = Receipt {
            channel,
            received_on: *on,
        };
        service::register_request(c, ctx, user, commune, &input, receipt, today())
    });
    match done.await? {
        Ok(r) => Ok(see_other(&format!(
            "/{}/admin/information/requests/{}?done=admin-saved",
            s.commune.slug, r.id
        ))),
        Err(fields) => list_page(&s, &ListQuery::default(), &form.reshown(), &fields).await,
    }
}

async fn show(
    s: &Scope,
    id: i64,
    posted: &Posted,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Reply {
    let view = s
        .db(move |c, user, cid| service::officer_view(c, user, cid, id, today()))
        .await?;
    let markup = v::officer::page(&s.ctx, &s.commune, &view, posted, errors, done);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn page(s: Scope, Id(id): Id, q: web::Query<ListQuery>) -> Reply {
    show(&s, id, &Posted::default(), &vec![], q.done.as_deref()).await
}

/// Runs `work` as the officer (`as_officer`) on request `id`: back to its page, or the page
/// with the `posted` form's fields marked.
async fn act<T, F>(s: &Scope, id: i64, posted: Posted, work: F) -> Reply
where
    T: Send + 'static,
    F: Fn(&mut AnyConnection, &Context<'_>, &Permissions, &Commune) -> Result<T, Error>
        + Send
        + 'static,
{
    let done = as_officer(s, Ok(()), move |c, ctx, user, commune, _| {
        work(c, ctx, user, commune)
    });
    match done.await? {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/information/requests/{id}?done=admin-saved",
            s.commune.slug
        ))),
        Err(fields) => show(s, id, &posted, &fields, None).await,
    }
}

pub async fn extend(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<ExtendForm>) -> Reply {
    let (id, reason) = (id, form.reason.clone());
    let posted = Posted {
        extend: form,
        ..Default::default()
    };
    act(&s, id, posted, move |c, ctx, user, commune| {
        service::extend(c, ctx, user, commune, id, &reason, today())
    })
    .await
}

pub async fn answer(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<AnswerForm>) -> Reply {
    let input = form.input();
    let posted = Posted {
        answer: form,
        ..Default::default()
    };
    act(&s, id, posted, move |c, ctx, user, commune| {
        service::answer(c, ctx, user, commune, id, &input, today())
    })
    .await
}

/// Art. 19: the head of the commune (its admin) decides the requester's complaint.
pub async fn decide(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<DecideForm>) -> Reply {
    let input = form.input();
    let posted = Posted {
        decide: form,
        ..Default::default()
    };
    act(&s, id, posted, move |c, ctx, user, commune| {
        service::decide_appeal(c, ctx, user, commune, id, &input, today())
    })
    .await
}

async fn publications_page(
    s: &Scope,
    form: &PublicationForm,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Reply {
    let cid = s.commune.id;
    let rows = db(&s.state, move |c| service::publications(c, cid)).await?;
    let markup = v::officer::publications(&s.ctx, &s.commune, &rows, form, errors, done);
    Ok(html(markup, !errors.is_empty()))
}

pub async fn publications(s: Scope, q: web::Query<ListQuery>) -> Reply {
    publications_page(&s, &PublicationForm::default(), &vec![], q.done.as_deref()).await
}

pub async fn add_publication(s: Scope, CsrfForm(form): CsrfForm<PublicationForm>) -> Reply {
    let input = form.input();
    let result = s
        .db(move |c, user, cid| service::add_publication(c, user, cid, &input))
        .await;
    match marked(result)? {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/information/publications?done=admin-saved",
            s.commune.slug
        ))),
        Err(fields) => publications_page(&s, &form, &fields, None).await,
    }
}

/// Art. 19: a complaint to the head received on paper, entered by an officer.
pub async fn register_appeal(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<AppealForm>) -> Reply {
    let (text, check) = (
        form.appeal.clone(),
        date_field(&form.received_on, "received_on"),
    );
    let posted = Posted {
        appeal: form,
        ..Default::default()
    };
    let done = as_officer(&s, check, move |c, ctx, user, commune, on| {
        let input = AppealInput {
            text: text.clone(),
            received_on: *on,
        };
        service::register_appeal(c, ctx, user, commune, id, &input, today())
    });
    match done.await? {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/information/requests/{id}?done=admin-saved",
            s.commune.slug
        ))),
        Err(fields) => show(&s, id, &posted, &fields, None).await,
    }
}
