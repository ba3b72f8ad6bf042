//! The public side: the list, a consultation's page, comments, replies and supports, the
//! questionnaire.

use super::{today, PAGE_SIZE};
use crate::errors::PageError;
use crate::forms::consultations::{without_token, CommentForm, ListQuery, Pairs};
use crate::forms::CsrfForm;
use crate::forms::EmptyForm;
use crate::routes::Reply;
use crate::routes::{db, html, marked, see_other};
use crate::scope::Id;
use crate::scope::Site;
use crate::views::consultations as v;
use crate::views::form::FieldErrors;
use actix_web::web;
use musharaka_consultations::service;

type Path2 = web::Path<(String, i64, i64)>;

pub async fn list(site: Site, req: actix_web::HttpRequest, q: web::Query<ListQuery>) -> Reply {
    let (cid, status, page, viewer) = (site.commune.id, q.status(), q.page, site.ctx.user.clone());
    let load = move |c: &mut musharaka_db::AnyConnection| {
        service::list(c, viewer.as_ref(), cid, status, page, PAGE_SIZE)
    };
    // What a visitor signed in sees may differ (their own drafts): kept for anonymous only.
    if site.ctx.user.is_some() {
        let rows = db(&site.state, load).await?;
        return Ok(html(
            v::list(&site.ctx, &site.commune, &rows, &q, today()),
            false,
        ));
    }
    let what = req.query_string().to_string();
    site.kept_page("consultations", what, load, |rows| {
        v::list(&site.ctx, &site.commune, rows, &q, today())
    })
    .await
}

pub async fn charter(site: Site) -> Reply {
    Ok(html(v::charter(&site.ctx, &site.commune), false))
}

/// The consultation's page; a refused comment re-shown in its section.
async fn show(site: &Site, id: i64, errors: &FieldErrors, values: &v::CommentValues) -> Reply {
    let (cid, viewer) = (site.commune.id, site.ctx.user.clone());
    let d = db(&site.state, move |c| {
        service::public_page(c, viewer.as_ref(), cid, id)
    })
    .await?;
    let markup = v::page(&site.ctx, &site.commune, &d, today(), errors, values);
    Ok(html(markup, !errors.is_empty()))
}

pub async fn page(site: Site, Id(id): Id) -> Reply {
    show(&site, id, &vec![], &v::CommentValues::default()).await
}

/// A comment on a section while the consultation is open (art. 119).
pub async fn comment(site: Site, path: Path2, CsrfForm(form): CsrfForm<CommentForm>) -> Reply {
    let user = site.ctx.require_user()?.clone();
    let (cid, id, section) = (site.commune.id, path.1, path.2);
    let input = form.input();
    let result = db(&site.state, move |c| {
        service::comment(c, &user, cid, id, section, &input, today())
    })
    .await;
    match marked(result)? {
        Ok(comment) => Ok(see_other(&format!(
            "/{}/consultations/{id}#comment-{comment}",
            site.commune.slug
        ))),
        Err(fields) => {
            let values = v::CommentValues {
                section_id: Some(section),
                body: form.body,
            };
            show(&site, id, &fields, &values).await
        }
    }
}

/// A comment's page; `errors` when a reply or a support was refused.
async fn show_comment(
    site: &Site,
    id: i64,
    comment: i64,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Reply {
    let (cid, viewer) = (site.commune.id, site.ctx.user.clone());
    let (d, became) = db(&site.state, move |c| {
        let page = service::comment_page(c, viewer.as_ref(), cid, id, comment)?;
        let reference = format!("{id}/{comment}");
        let became =
            musharaka_programme::service::became(c, cid, "consultation_comment", &reference)?;
        Ok((page, became))
    })
    .await?;
    let became = (became.as_slice(), today());
    let markup = v::comment_page(&site.ctx, &site.commune, &d, became, errors, done);
    Ok(html(markup, !errors.is_empty()))
}

pub async fn comment_page(site: Site, path: Path2, q: web::Query<ListQuery>) -> Reply {
    show_comment(&site, path.1, path.2, &vec![], q.done.as_deref()).await
}

/// The outcome of a form on a comment's page: back to it, or re-shown with the errors.
async fn after_comment(
    site: &Site,
    (id, comment): (i64, i64),
    result: Result<(), PageError>,
    done: &str,
) -> Reply {
    match marked(result)? {
        Ok(()) => Ok(see_other(&format!(
            "/{}/consultations/{id}/comments/{comment}?done={done}",
            site.commune.slug
        ))),
        Err(fields) => show_comment(site, id, comment, &fields, None).await,
    }
}

pub async fn reply(site: Site, path: Path2, CsrfForm(form): CsrfForm<CommentForm>) -> Reply {
    let user = site.ctx.require_user()?.clone();
    let (cid, id, parent, input) = (site.commune.id, path.1, path.2, form.input());
    let result = db(&site.state, move |c| {
        service::reply(c, &user, cid, id, parent, &input, today()).map(|_| ())
    })
    .await;
    after_comment(&site, (id, parent), result, "cons-replied").await
}

pub async fn support(site: Site, path: Path2, _f: CsrfForm<EmptyForm>) -> Reply {
    let user = site.ctx.require_user()?.clone();
    let (cid, id, comment) = (site.commune.id, path.1, path.2);
    let result = db(&site.state, move |c| {
        service::support(c, &user, cid, id, comment, today()).map(|_| ())
    })
    .await;
    after_comment(&site, (id, comment), result, "cons-supported").await
}

/// The questionnaire, with what was posted and its errors when refused.
async fn show_questionnaire(site: &Site, id: i64, pairs: &Pairs, errors: &FieldErrors) -> Reply {
    let (cid, viewer) = (site.commune.id, site.ctx.user.clone());
    let (c, questions, answered) = db(&site.state, move |c| {
        service::questionnaire(c, viewer.as_ref(), cid, id)
    })
    .await?;
    let markup = v::questionnaire(
        &site.ctx,
        &site.commune,
        &c,
        &questions,
        answered,
        pairs,
        errors,
    );
    Ok(html(markup, !errors.is_empty()))
}

pub async fn questionnaire(site: Site, Id(id): Id) -> Reply {
    show_questionnaire(&site, id, &Vec::new(), &vec![]).await
}

/// An online answer: one per account (art. 119), re-shown with every error if refused.
pub async fn respond(site: Site, Id(id): Id, CsrfForm(pairs): CsrfForm<Pairs>) -> Reply {
    let user = site.ctx.require_user()?.clone();
    let (cid, id, pairs) = (site.commune.id, id, without_token(pairs));
    let posted = pairs.clone();
    let result = db(&site.state, move |c| {
        service::respond_online(c, &user, cid, id, &posted, today())
    })
    .await;
    match marked(result)? {
        Ok(()) => Ok(see_other(&format!(
            "/{}/consultations/{id}/questionnaire",
            site.commune.slug
        ))),
        Err(fields) => show_questionnaire(&site, id, &pairs, &fields).await,
    }
}
