//! The owner's back office (the participation focal point, `admin` role): every step of a
//! consultation. Each form posts, is done by one service call and comes back to the page,
//! or re-shows it with the refused form's fields marked (422).

use super::today;
use crate::errors::PageError;
use crate::forms::consultations::{
    self as f, invalid, pairs_of, without_token, AnswerForm, BodyRemarkForm, DraftForm, HideForm,
    ListQuery, OutcomeForm, Pairs, QuestionForm, SectionForm, SynthesisForm,
};
use crate::forms::{CsrfForm, EmptyForm};
use crate::routes::{db, html, marked, see_other};
use crate::scope::{Admin, CommuneScope};
use crate::state::AppState;
use crate::uploads::{self, FileKind};
use crate::views::consultations as v;
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use musharaka_consultations::service::{self, QuestionInput, Speaker};
use musharaka_consultations::QuestionKind;
use musharaka_core::Error;
use musharaka_db::AnyConnection;
use musharaka_identity::Permissions;

type Scope = CommuneScope<Admin>;
type Path = web::Path<(String, i64)>;
type Path2 = web::Path<(String, i64, i64)>;

async fn show_list(
    state: &web::Data<AppState>,
    s: &Scope,
    values: &DraftForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let rows = db(state, move |c| {
        service::list(c, Some(&user), cid, None, musharaka_core::Page::FIRST, 500)
    })
    .await?;
    let markup = v::owner_list(&s.ctx, &s.commune, &rows.rows, values, errors, today());
    Ok(html(markup, !errors.is_empty()))
}

pub async fn list(state: web::Data<AppState>, s: Scope) -> Result<HttpResponse, PageError> {
    show_list(&state, &s, &DraftForm::default(), &vec![]).await
}

pub async fn create(
    state: web::Data<AppState>,
    s: Scope,
    CsrfForm(form): CsrfForm<DraftForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, f2) = (s.user.clone(), s.commune.id, form.clone());
    let result = db(&state, move |c| {
        service::create(c, &user, cid, &f2.input().map_err(invalid)?)
    })
    .await;
    match marked(result)? {
        Ok(id) => Ok(see_other(&format!(
            "/{}/admin/consultations/{id}?done=admin-saved",
            s.commune.slug
        ))),
        Err(fields) => show_list(&state, &s, &form, &fields).await,
    }
}

/// The owner's page of a consultation; `errors` names the refused form.
async fn show(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    errors: &v::OwnerErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let d = db(state, move |c| service::owner_page(c, &user, cid, id)).await?;
    let markup = v::owner_page(&s.ctx, &s.commune, &d, today(), errors, done);
    Ok(html(markup, !errors.fields.is_empty()))
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
        &v::OwnerErrors::default(),
        q.done.as_deref(),
    )
    .await
}

/// Runs `work` for the owner on consultation `id`; back to its page, or the page with the
/// fields of `form` marked and its posted `values` shown again.
async fn step<F>(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    mut posted: v::OwnerErrors,
    work: F,
) -> Result<HttpResponse, PageError>
where
    F: Fn(&mut AnyConnection, &Permissions, i64) -> Result<(), Error> + Send + 'static,
{
    let (user, cid) = (s.user.clone(), s.commune.id);
    let result = db(state, move |c| work(c, &user, cid)).await;
    match marked(result)? {
        Ok(()) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/consultations/{id}?done=admin-saved",
                s.commune.slug
            )))
        }
        Err(fields) => {
            posted.fields = fields;
            show(state, s, id, &posted, None).await
        }
    }
}

pub async fn update(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<DraftForm>,
) -> Result<HttpResponse, PageError> {
    let (id, posted) = (path.1, v::OwnerErrors::draft(form.clone()));
    step(&state, &s, id, posted, move |c, u, cid| {
        service::update(c, u, cid, id, &form.input().map_err(invalid)?)
    })
    .await
}

pub async fn add_section(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<SectionForm>,
) -> Result<HttpResponse, PageError> {
    let id = path.1;
    let posted = v::OwnerErrors::posted("section", pairs_of(&form));
    step(&state, &s, id, posted, move |c, u, cid| {
        service::add_section(c, u, cid, id, &form.heading, &form.body).map(|_| ())
    })
    .await
}

pub async fn add_question(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<QuestionForm>,
) -> Result<HttpResponse, PageError> {
    let id = path.1;
    let posted = v::OwnerErrors::posted("question", pairs_of(&form));
    step(&state, &s, id, posted, move |c, u, cid| {
        let kind = form
            .kind
            .parse::<QuestionKind>()
            .map_err(|_| Error::invalid("kind", "field-choice"))?;
        let q = QuestionInput {
            kind,
            prompt_ar: &form.prompt_ar,
            prompt_fr: &form.prompt_fr,
            options: &form.options,
            required: form.required.is_some(),
        };
        service::add_question(c, u, cid, id, &q).map(|_| ())
    })
    .await
}

pub async fn publish(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let id = path.1;
    let posted = v::OwnerErrors::posted("publish", Vec::new());
    step(&state, &s, id, posted, move |c, u, cid| {
        service::publish(c, u, cid, id)
    })
    .await
}

pub async fn record_workshop(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(pairs): CsrfForm<Pairs>,
) -> Result<HttpResponse, PageError> {
    let id = path.1;
    let posted = v::OwnerErrors::posted("workshop", without_token(pairs.clone()));
    step(&state, &s, id, posted, move |c, u, cid| {
        let w = f::workshop(&pairs).map_err(invalid)?;
        service::record_workshop(c, u, cid, id, &w, today()).map(|_| ())
    })
    .await
}

pub async fn remark(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<BodyRemarkForm>,
) -> Result<HttpResponse, PageError> {
    let id = path.1;
    let posted = v::OwnerErrors::posted("remark", pairs_of(&form));
    step(&state, &s, id, posted, move |c, u, cid| {
        let section = form
            .section
            .parse::<i64>()
            .map_err(|_| Error::invalid("section", "field-choice"))?;
        let who = Speaker::Body {
            reference: form.body_ref.clone(),
        };
        service::comment(c, u, cid, id, section, None, &form.body, &who, today()).map(|_| ())
    })
    .await
}

pub async fn hide(
    state: web::Data<AppState>,
    s: Scope,
    path: Path2,
    CsrfForm(form): CsrfForm<HideForm>,
) -> Result<HttpResponse, PageError> {
    let (id, comment) = (path.1, path.2);
    let posted = v::OwnerErrors::posted(&format!("comment-{comment}"), pairs_of(&form));
    step(&state, &s, id, posted, move |c, u, cid| {
        let reason = form.reason().map_err(invalid)?;
        service::hide(c, u, cid, id, comment, reason, &form.note)
    })
    .await
}

pub async fn outcome(
    state: web::Data<AppState>,
    s: Scope,
    path: Path2,
    CsrfForm(form): CsrfForm<OutcomeForm>,
) -> Result<HttpResponse, PageError> {
    let (id, comment) = (path.1, path.2);
    let posted = v::OwnerErrors::posted(&format!("comment-{comment}"), pairs_of(&form));
    step(&state, &s, id, posted, move |c, u, cid| {
        let o = form.outcome().map_err(invalid)?;
        service::set_outcome(c, u, cid, id, comment, o, &form.outcome_note, today())
    })
    .await
}

pub async fn answer(
    state: web::Data<AppState>,
    s: Scope,
    path: Path2,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> Result<HttpResponse, PageError> {
    let (id, section) = (path.1, path.2);
    let posted = v::OwnerErrors::posted(&format!("answer-{section}"), pairs_of(&form));
    step(&state, &s, id, posted, move |c, u, cid| {
        service::answer_section(
            c,
            u,
            cid,
            id,
            section,
            &form.taken,
            &form.not_taken,
            today(),
        )
    })
    .await
}

pub async fn revision(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(pairs): CsrfForm<Pairs>,
) -> Result<HttpResponse, PageError> {
    let id = path.1;
    let posted = v::OwnerErrors::posted("revision", without_token(pairs.clone()));
    step(&state, &s, id, posted, move |c, u, cid| {
        service::revise(c, u, cid, id, &f::revision(&pairs), today()).map(|_| ())
    })
    .await
}

pub async fn synthesis(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<SynthesisForm>,
) -> Result<HttpResponse, PageError> {
    let (id, st) = (path.1, state.clone());
    let posted = v::OwnerErrors::posted("synthesis", pairs_of(&form));
    step(&state, &s, id, posted, move |c, u, cid| {
        let (ar, fr) = (&form.synthesis_ar, &form.synthesis_fr);
        service::publish_synthesis(c, &st.mail_ctx(), u, cid, id, ar, fr, today())
    })
    .await
}

pub async fn council(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let id = path.1;
    let posted = v::OwnerErrors::posted("council", Vec::new());
    step(&state, &s, id, posted, move |c, u, cid| {
        service::send_to_council(c, u, cid, id, today()).map(|_| ())
    })
    .await
}

async fn show_paper(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    pairs: &Pairs,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let (c, questions, _) = db(state, move |c| {
        service::questionnaire(c, Some(&user), cid, id)
    })
    .await?;
    let markup = v::paper_form(&s.ctx, &s.commune, &c, &questions, pairs, errors, done);
    Ok(html(markup, !errors.is_empty()))
}

pub async fn paper_page(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    show_paper(&state, &s, path.1, &Vec::new(), &vec![], q.done.as_deref()).await
}

/// A paper questionnaire entered by staff (counted apart); the form comes back empty for
/// the next one.
pub async fn paper(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(pairs): CsrfForm<Pairs>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id, pairs) = (s.user.clone(), s.commune.id, path.1, without_token(pairs));
    let posted = pairs.clone();
    let result = db(&state, move |c| {
        service::enter_paper(c, &user, cid, id, &posted, today())
    })
    .await;
    match marked(result)? {
        Ok(()) => Ok(see_other(&format!(
            "/{}/admin/consultations/{id}/paper?done=cons-paper-saved",
            s.commune.slug
        ))),
        Err(fields) => show_paper(&state, &s, id, &pairs, &fields, None).await,
    }
}

/// A photo of a workshop's flip charts (PNG or JPEG, public).
pub async fn photo(
    state: web::Data<AppState>,
    s: Scope,
    path: Path2,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id, workshop) = (s.user.clone(), s.commune.id, path.1, path.2);
    let form = uploads::read_form(&s.ctx, payload, state.config.upload_max_bytes).await?;
    let file = form
        .files
        .into_iter()
        .find(|f| f.field == "photo")
        .ok_or_else(|| Error::invalid("photo", "field-required"))?;
    let kind = uploads::check_kind(&file, &[FileKind::Png, FileKind::Jpeg])?;
    let config = state.config.clone();
    db(&state, move |c| {
        service::add_workshop_photo(c, &user, cid, id, workshop, |c| {
            uploads::store_public(c, &config, (&file, kind), user.account.id, cid)
        })
    })
    .await?;
    Ok(see_other(&format!(
        "/{}/admin/consultations/{id}?done=admin-saved",
        s.commune.slug
    )))
}
