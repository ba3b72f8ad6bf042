//! The commune's focal point (admin): calls, their grid and publication, meetings and
//! attendance, answers, the results, agreements, reports and the final evaluation.
//! Evaluators may read the calls and their notes.

use super::private;
use crate::errors::PageError;
use crate::forms::cocreation::{
    AgreementForm, AttendanceForm, CallForm, CriterionForm, EmptyForm, MeetingForm, PageQuery,
    ReportForm, TextForm,
};
use crate::forms::{parse_number, CsrfForm};
use crate::routes::{db, html, marked, see_other, submit_checked};
use crate::scope::{Admin, CommuneScope, Evaluator};
use crate::state::AppState;
use crate::uploads::{self, FileKind};
use crate::views::cocreation as v;
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use musharaka_cocreation::service::{self, CriterionInput};
use musharaka_cocreation::CallStatus;
use musharaka_core::time::now;
use musharaka_core::{Error, ErrorKind};

type Scope = CommuneScope<Admin>;
type Path = web::Path<(String, i64)>;

fn to_call(s: &Scope, id: i64, done: &str) -> HttpResponse {
    see_other(&format!(
        "/{}/admin/cocreation/{id}?done={done}",
        s.commune.slug
    ))
}

fn to_note(s: &Scope, id: i64, done: &str) -> HttpResponse {
    see_other(&format!(
        "/{}/admin/cocreation/notes/{id}?done={done}",
        s.commune.slug
    ))
}

pub async fn list(
    state: web::Data<AppState>,
    s: CommuneScope<Evaluator>,
) -> Result<HttpResponse, PageError> {
    let cid = s.commune.id;
    let rows = db(&state, move |c| {
        service::calls(c, cid, true, musharaka_core::Page::new(1), 200)
    })
    .await?;
    let is_admin = s.user.can_administer(cid);
    Ok(private(html(
        v::admin_list(&s.ctx, &s.commune, &rows.rows, now(), is_admin),
        false,
    )))
}

pub async fn new_page(s: Scope) -> Result<HttpResponse, PageError> {
    let action = format!("/{}/admin/cocreation", s.commune.slug);
    Ok(private(html(
        v::call_form(&s.ctx, &s.commune, &action, &CallForm::default(), &vec![]),
        false,
    )))
}

pub async fn create(
    state: web::Data<AppState>,
    s: Scope,
    CsrfForm(form): CsrfForm<CallForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let result = submit_checked(&state, form.fields(), move |c, f| {
        service::create_call(c, &user, cid, f, now())
    })
    .await?;
    match result {
        Ok(call) => Ok(to_call(&s, call.id, "admin-saved")),
        Err(e) => {
            let action = format!("/{}/admin/cocreation", s.commune.slug);
            Ok(html(
                v::call_form(&s.ctx, &s.commune, &action, &form, &e),
                true,
            ))
        }
    }
}

/// The call's back-office page for `ctx`/`user` of scope `s`.
async fn show<N: crate::scope::Need>(
    state: &web::Data<AppState>,
    s: &CommuneScope<N>,
    id: i64,
    e: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let (page, notes, ranking) = db(state, move |c| {
        let page = service::call_page(c, cid, id, None, true)?;
        let (_, notes) = service::call_notes(c, &user, cid, id)?;
        let ranking = match page.call.status() {
            CallStatus::Draft => None,
            _ => Some(service::ranking(c, &user, cid, id)?),
        };
        Ok((page, notes, ranking))
    })
    .await?;
    let is_admin = s.user.can_administer(cid);
    let markup = v::call_admin(
        &s.ctx,
        &s.commune,
        &page,
        &notes,
        ranking.as_ref(),
        now(),
        is_admin,
        e,
        done,
    );
    Ok(private(html(markup, !e.is_empty())))
}

pub async fn page(
    state: web::Data<AppState>,
    s: CommuneScope<Evaluator>,
    path: Path,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    show(&state, &s, path.1, &vec![], q.done.as_deref()).await
}

/// Runs `work` for the call `id`, then back to its page (or re-shown with the fields).
async fn on_call<F>(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    done: &str,
    work: F,
) -> Result<HttpResponse, PageError>
where
    F: Fn(&mut musharaka_db::AnyConnection) -> musharaka_core::Result<()> + Send + 'static,
{
    match marked(db(state, work).await)? {
        Ok(()) => {
            state.mail_queued();
            Ok(to_call(s, id, done))
        }
        Err(e) => show(state, s, id, &e, None).await,
    }
}

pub async fn update(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<CallForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let result = submit_checked(&state, form.fields(), move |c, f| {
        service::update_call(c, &user, cid, id, f, now()).map(|_| ())
    })
    .await?;
    match result {
        Ok(()) => Ok(to_call(&s, id, "admin-saved")),
        Err(e) => show(&state, &s, id, &e, None).await,
    }
}

pub async fn criterion(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(f): CsrfForm<CriterionForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    on_call(&state, &s, id, "admin-saved", move |c| {
        let mut e = FieldErrors::new();
        let weight = parse_number::<i32>(&f.weight, "weight", &mut e).unwrap_or(0);
        let max_score = parse_number::<i32>(&f.max_score, "max_score", &mut e).unwrap_or(0);
        let input = CriterionInput {
            label_ar: &f.label_ar,
            label_fr: &f.label_fr,
            guidance: &f.guidance,
            weight,
            max_score,
        };
        crate::forms::with_form_errors(e, service::add_criterion(c, &user, cid, id, &input))
    })
    .await
}

pub async fn publish(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (user, commune, id) = (s.user.clone(), s.commune.clone(), path.1);
    on_call(&state, &s, id, "cc-published", move |c| {
        service::publish_call(c, &user, &commune, id, now()).map(|_| ())
    })
    .await
}

pub async fn results(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (user, commune, id, st) = (s.user.clone(), s.commune.clone(), path.1, state.clone());
    on_call(&state, &s, id, "cc-results-published", move |c| {
        service::publish_results(c, &st.mail_ctx(), &user, &commune, id, now()).map(|_| ())
    })
    .await
}

pub async fn meeting(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(f): CsrfForm<MeetingForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    on_call(&state, &s, id, "admin-saved", move |c| {
        let (start, end) = f.times().map_err(crate::forms::petitions::invalid)?;
        service::add_meeting(
            c,
            &user,
            cid,
            id,
            start,
            end,
            &f.place_ar,
            &f.place_fr,
            now(),
        )
        .map(|_| ())
    })
    .await
}

pub async fn attendance(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(f): CsrfForm<AttendanceForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let result = db(&state, move |c| {
        let mut e = FieldErrors::new();
        let a = parse_number::<i32>(&f.attendance, "attendance", &mut e);
        let o = parse_number::<i32>(&f.organisations, "organisations", &mut e);
        match (a, o) {
            (Some(a), Some(o)) => service::record_attendance(c, &user, cid, id, a, o),
            _ => Err(crate::forms::petitions::invalid(e)),
        }
    })
    .await?;
    Ok(to_call(&s, result, "admin-saved"))
}

pub async fn answer(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(f): CsrfForm<TextForm>,
) -> Result<HttpResponse, PageError> {
    let (user, commune, id, st) = (s.user.clone(), s.commune.clone(), path.1, state.clone());
    let call = db(&state, move |c| {
        service::answer(c, &st.mail_ctx(), &user, &commune, id, &f.text, now())
    })
    .await?;
    state.mail_queued();
    Ok(to_call(&s, call, "cc-answered"))
}

pub async fn agreement(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(f): CsrfForm<AgreementForm>,
) -> Result<HttpResponse, PageError> {
    let (user, commune, id, st) = (s.user.clone(), s.commune.clone(), path.1, state.clone());
    let result = submit_checked(&state, f.parts(), move |c, (signed, tranches)| {
        service::sign_agreement(
            c,
            &st.mail_ctx(),
            &user,
            &commune,
            id,
            *signed,
            tranches,
            now(),
        )
    })
    .await?;
    match result {
        Ok(()) => {
            state.mail_queued();
            Ok(to_note(&s, id, "cc-agreement-signed"))
        }
        Err(e) => super::evaluate::show(&state, &s, id, &e, None).await,
    }
}

pub async fn report(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<ReportForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let narrative = form.narrative.clone();
    let result = submit_checked(&state, form.spent(), move |c, spent| {
        service::submit_report(c, &user, cid, id, &narrative, spent, now())
    })
    .await?;
    match result {
        Ok(()) => Ok(to_note(&s, id, "cc-report-saved")),
        Err(e) => super::evaluate::show(&state, &s, id, &e, None).await,
    }
}

pub async fn final_evaluation(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(f): CsrfForm<TextForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let result = db(&state, move |c| {
        service::final_evaluation(c, &user, cid, id, &f.text)
    })
    .await;
    match marked(result)? {
        Ok(()) => Ok(to_note(&s, id, "admin-saved")),
        Err(e) => super::evaluate::show(&state, &s, id, &e, None).await,
    }
}

/// A public document of the call (PDF).
pub async fn document(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let form = uploads::read_form(&s.ctx, payload, state.config.upload_max_bytes).await?;
    let file = form
        .files
        .into_iter()
        .find(|f| f.field == "document")
        .ok_or_else(|| Error::field(ErrorKind::InvalidInput, "document", "field-required"))?;
    let kind = uploads::check_kind(&file, &[FileKind::Pdf])?;
    let config = state.config.clone();
    db(&state, move |c| {
        let owner = user.account.id;
        service::attach_call_document(
            c,
            &user,
            cid,
            id,
            |c| uploads::store_public(c, &config, (&file, kind), owner, cid),
            now(),
        )
    })
    .await?;
    Ok(to_call(&s, id, "admin-saved"))
}
