//! The association's representative: drafting, saving and submitting a concept note, its
//! receipt, its page (eligibility, result, agreement) and progress reports.

use super::private;
use crate::forms::cocreation::{EmptyForm, NoteForm, PageQuery, ReportForm};
use crate::forms::CsrfForm;
use crate::routes::Reply;
use crate::routes::{db, html, see_other, submit_checked};
use crate::scope::Id;
use crate::scope::Site;
use crate::uploads::{self, DOCUMENTS};
use crate::views::cocreation as v;
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use musharaka_cocreation::service;
use musharaka_cocreation::NoteStatus;
use musharaka_core::time::now;

fn to_note(site: &Site, id: i64, done: &str) -> HttpResponse {
    see_other(&format!(
        "/{}/cocreation/notes/{id}?done={done}",
        site.commune.slug
    ))
}

pub async fn mine(site: Site) -> Reply {
    let (user, cid) = (site.ctx.require_user()?.clone(), site.commune.id);
    let rows = db(&site.state, move |c| service::my_notes(c, &user, cid)).await?;
    Ok(private(html(
        v::mine(&site.ctx, &site.commune, &rows),
        false,
    )))
}

async fn new_form(site: &Site, id: i64, f: &NoteForm, e: &FieldErrors) -> Reply {
    let cid = site.commune.id;
    let call = db(&site.state, move |c| service::public_call(c, cid, id)).await?;
    Ok(html(
        v::new_note(&site.ctx, &site.commune, &call, f, e),
        !e.is_empty(),
    ))
}

pub async fn new_page(site: Site, Id(id): Id) -> Reply {
    site.ctx.require_user()?;
    new_form(&site, id, &NoteForm::default(), &vec![]).await
}

pub async fn create(site: Site, Id(id): Id, CsrfForm(form): CsrfForm<NoteForm>) -> Reply {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, id);
    let result = submit_checked(&site.state, form.input(), move |c, input| {
        service::create_draft(c, &user, cid, id, input, now())
    })
    .await?;
    match result {
        Ok(n) => Ok(to_note(&site, n.id, "cc-draft-saved")),
        Err(e) => new_form(&site, id, &form, &e).await,
    }
}

/// The note's page; `form` the values to re-show in a draft's form.
async fn show(
    site: &Site,
    id: i64,
    form: Option<NoteForm>,
    e: &FieldErrors,
    done: Option<&str>,
) -> Reply {
    let (user, cid) = (site.ctx.require_user()?.clone(), site.commune.id);
    let view = db(&site.state, move |c| service::note_view(c, &user, cid, id)).await?;
    let form = match (form, view.note.status) {
        (Some(f), _) => Some(f),
        (None, NoteStatus::Draft) => Some(v::note_values(&view)),
        _ => None,
    };
    let markup = v::note_page(&site.ctx, &site.commune, &view, form.as_ref(), e, done);
    Ok(private(html(markup, !e.is_empty())))
}

pub async fn page(site: Site, Id(id): Id, q: web::Query<PageQuery>) -> Reply {
    show(&site, id, None, &vec![], q.done.as_deref()).await
}

pub async fn save(site: Site, Id(id): Id, CsrfForm(form): CsrfForm<NoteForm>) -> Reply {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, id);
    let result = submit_checked(&site.state, form.input(), move |c, input| {
        service::save_draft(c, &user, cid, id, input, now())
    })
    .await?;
    match result {
        Ok(_) => Ok(to_note(&site, id, "cc-draft-saved")),
        Err(e) => show(&site, id, Some(form), &e, None).await,
    }
}

pub async fn submit(site: Site, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    let st = site.state.clone();
    let done = site.mailing_in(move |c, user, commune| {
        service::submit(c, &st.mail_ctx(), user, commune, id, now())
    });
    match done.await? {
        Ok(_) => Ok(see_other(&format!(
            "/{}/cocreation/notes/{id}/receipt",
            site.commune.slug
        ))),
        Err(e) => show(&site, id, None, &e, None).await,
    }
}

pub async fn receipt(site: Site, Id(id): Id) -> Reply {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, id);
    let view = db(&site.state, move |c| service::receipt(c, &user, cid, id)).await?;
    Ok(private(html(
        v::receipt(&site.ctx, &site.commune, &view),
        false,
    )))
}

pub async fn report(site: Site, Id(id): Id, CsrfForm(form): CsrfForm<ReportForm>) -> Reply {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, id);
    let narrative = form.narrative.clone();
    let result = submit_checked(&site.state, form.spent(), move |c, spent| {
        service::submit_report(c, &user, cid, id, &narrative, spent, now())
    })
    .await?;
    match result {
        Ok(()) => Ok(to_note(&site, id, "cc-report-saved")),
        Err(e) => show(&site, id, None, &e, None).await,
    }
}

/// A file attached to a draft note by its representative (PDF or image), private.
pub async fn attach(site: Site, Id(id): Id, payload: actix_multipart::Multipart) -> Reply {
    site.ctx.require_user()?;
    let (file, kind) =
        uploads::one_file(&site.ctx, &site.state, payload, "attachment", DOCUMENTS).await?;
    let config = site.state.config.clone();
    site.db(move |c, user, cid| {
        let owner = Some(user.account.id);
        let store = |c: &mut _| uploads::store(c, &config, &file, kind, owner, Some(cid), true);
        service::attach_note_file(c, user, cid, id, store, now())
    })
    .await?;
    Ok(to_note(&site, id, "admin-saved"))
}

/// A note's attachment, for its representative and the commune's staff.
pub async fn attachment(site: Site, path: web::Path<(String, i64, i64)>) -> Reply {
    let (user, cid) = (site.ctx.require_user()?.clone(), site.commune.id);
    let (_, id, upload) = path.into_inner();
    let upload = db(&site.state, move |c| {
        service::note_file(c, &user, cid, id, upload)
    })
    .await?;
    uploads::serve_allowed(&site.state, upload).await
}
