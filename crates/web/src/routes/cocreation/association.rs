//! The association's representative: drafting, saving and submitting a concept note, its
//! receipt, its page (eligibility, result, agreement) and progress reports.

use super::private;
use crate::errors::PageError;
use crate::forms::cocreation::{EmptyForm, NoteForm, PageQuery, ReportForm};
use crate::forms::CsrfForm;
use crate::routes::{db, html, marked, see_other, submit_checked};
use crate::scope::Site;
use crate::state::AppState;
use crate::uploads::{self, FileKind};
use crate::views::cocreation as v;
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use musharaka_cocreation::service;
use musharaka_cocreation::NoteStatus;
use musharaka_core::time::now;
use musharaka_core::{Error, ErrorKind};

type Path = web::Path<(String, i64)>;

fn to_note(site: &Site, id: i64, done: &str) -> HttpResponse {
    see_other(&format!(
        "/{}/cocreation/notes/{id}?done={done}",
        site.commune.slug
    ))
}

pub async fn mine(state: web::Data<AppState>, site: Site) -> Result<HttpResponse, PageError> {
    let (user, cid) = (site.ctx.require_user()?.clone(), site.commune.id);
    let rows = db(&state, move |c| service::my_notes(c, &user, cid)).await?;
    Ok(private(html(
        v::mine(&site.ctx, &site.commune, &rows),
        false,
    )))
}

async fn new_form(
    state: &web::Data<AppState>,
    site: &Site,
    id: i64,
    f: &NoteForm,
    e: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let cid = site.commune.id;
    let call = db(state, move |c| service::public_call(c, cid, id)).await?;
    Ok(html(
        v::new_note(&site.ctx, &site.commune, &call, f, e),
        !e.is_empty(),
    ))
}

pub async fn new_page(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
) -> Result<HttpResponse, PageError> {
    site.ctx.require_user()?;
    new_form(&state, &site, path.1, &NoteForm::default(), &vec![]).await
}

pub async fn create(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
    CsrfForm(form): CsrfForm<NoteForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, path.1);
    let result = submit_checked(&state, form.input(), move |c, input| {
        service::create_draft(c, &user, cid, id, input, now())
    })
    .await?;
    match result {
        Ok(n) => Ok(to_note(&site, n.id, "cc-draft-saved")),
        Err(e) => new_form(&state, &site, id, &form, &e).await,
    }
}

/// The note's page; `form` the values to re-show in a draft's form.
async fn show(
    state: &web::Data<AppState>,
    site: &Site,
    id: i64,
    form: Option<NoteForm>,
    e: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (site.ctx.require_user()?.clone(), site.commune.id);
    let view = db(state, move |c| service::note_view(c, &user, cid, id)).await?;
    let form = match (form, view.note.status()) {
        (Some(f), _) => Some(f),
        (None, NoteStatus::Draft) => Some(v::note_values(&view)),
        _ => None,
    };
    let markup = v::note_page(&site.ctx, &site.commune, &view, form.as_ref(), e, done);
    Ok(private(html(markup, !e.is_empty())))
}

pub async fn page(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    show(&state, &site, path.1, None, &vec![], q.done.as_deref()).await
}

pub async fn save(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
    CsrfForm(form): CsrfForm<NoteForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, path.1);
    let result = submit_checked(&state, form.input(), move |c, input| {
        service::save_draft(c, &user, cid, id, input, now())
    })
    .await?;
    match result {
        Ok(_) => Ok(to_note(&site, id, "cc-draft-saved")),
        Err(e) => show(&state, &site, id, Some(form), &e, None).await,
    }
}

pub async fn submit(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (user, id) = (site.ctx.require_user()?.clone(), path.1);
    let (st, commune) = (state.clone(), site.commune.clone());
    let result = db(&state, move |c| {
        service::submit(c, &st.mail_ctx(), &user, &commune, id, now())
    })
    .await;
    match marked(result)? {
        Ok(_) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/cocreation/notes/{id}/receipt",
                site.commune.slug
            )))
        }
        Err(e) => show(&state, &site, id, None, &e, None).await,
    }
}

pub async fn receipt(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, path.1);
    let view = db(&state, move |c| service::receipt(c, &user, cid, id)).await?;
    Ok(private(html(
        v::receipt(&site.ctx, &site.commune, &view),
        false,
    )))
}

pub async fn report(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
    CsrfForm(form): CsrfForm<ReportForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, path.1);
    let narrative = form.narrative.clone();
    let result = submit_checked(&state, form.spent(), move |c, spent| {
        service::submit_report(c, &user, cid, id, &narrative, spent, now())
    })
    .await?;
    match result {
        Ok(()) => Ok(to_note(&site, id, "cc-report-saved")),
        Err(e) => show(&state, &site, id, None, &e, None).await,
    }
}

/// A file attached to a draft note by its representative (PDF or image), private.
pub async fn attach(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (site.ctx.require_user()?.clone(), site.commune.id, path.1);
    let form = uploads::read_form(&site.ctx, payload, state.config.upload_max_bytes).await?;
    let file = form
        .files
        .into_iter()
        .find(|f| f.field == "attachment")
        .ok_or_else(|| Error::field(ErrorKind::InvalidInput, "attachment", "field-required"))?;
    let kind = uploads::check_kind(&file, &[FileKind::Pdf, FileKind::Png, FileKind::Jpeg])?;
    let config = state.config.clone();
    db(&state, move |c| {
        let owner = user.account.id;
        service::attach_note_file(
            c,
            &user,
            cid,
            id,
            |c| uploads::store(c, &config, &file, kind, Some(owner), Some(cid), true),
            now(),
        )
    })
    .await?;
    Ok(to_note(&site, id, "admin-saved"))
}

/// A note's attachment, for its representative and the commune's staff.
pub async fn attachment(
    state: web::Data<AppState>,
    site: Site,
    path: web::Path<(String, i64, i64)>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (site.ctx.require_user()?.clone(), site.commune.id);
    let (_, id, upload) = path.into_inner();
    let upload = db(&state, move |c| {
        service::note_file(c, &user, cid, id, upload)
    })
    .await?;
    uploads::serve_allowed(&state, upload).await
}
