//! The note for evaluators (and the admin): the eligibility checklist, the evaluator's own
//! scores (others' only after submitting), the declaration of a conflict of interest.

use super::private;
use crate::errors::PageError;
use crate::forms::cocreation::{EligibilityForm, EmptyForm, PageQuery, ScoreForm};
use crate::forms::CsrfForm;
use crate::routes::{db, html, marked, see_other, submit_checked};
use crate::scope::{CommuneScope, Evaluator, Need};
use crate::state::AppState;
use crate::views::cocreation as v;
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use musharaka_cocreation::service;
use musharaka_core::time::now;

type Scope = CommuneScope<Evaluator>;
type Path = web::Path<(String, i64)>;

fn to_note(s: &Scope, id: i64, done: &str) -> HttpResponse {
    see_other(&format!(
        "/{}/admin/cocreation/notes/{id}?done={done}",
        s.commune.slug
    ))
}

/// The evaluation page for scope `s`'s user; `e` when one of its forms was refused.
pub(super) async fn show<N: Need>(
    state: &web::Data<AppState>,
    s: &CommuneScope<N>,
    id: i64,
    e: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let p = db(state, move |c| service::evaluation_page(c, &user, cid, id)).await?;
    let is_admin = s.user.can_administer(cid);
    let markup = v::evaluation(&s.ctx, &s.commune, &p, is_admin, e, done);
    Ok(private(html(markup, !e.is_empty())))
}

pub async fn page(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    q: web::Query<PageQuery>,
) -> Result<HttpResponse, PageError> {
    show(&state, &s, path.1, &vec![], q.done.as_deref()).await
}

pub async fn eligibility(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(f): CsrfForm<EligibilityForm>,
) -> Result<HttpResponse, PageError> {
    let (user, commune, id, st) = (s.user.clone(), s.commune.clone(), path.1, state.clone());
    let checklist = f.checklist();
    let result = db(&state, move |c| {
        service::decide_eligibility(c, &st.mail_ctx(), &user, &commune, id, checklist, now())
    })
    .await;
    match marked(result)? {
        Ok(_) => {
            state.mail_queued();
            Ok(to_note(&s, id, "cc-eligibility-done"))
        }
        Err(e) => show(&state, &s, id, &e, None).await,
    }
}

pub async fn scores(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(f): CsrfForm<ScoreForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let (comment, submit) = (f.comment.clone(), f.submit.is_some());
    let result = submit_checked(&state, f.scores(), move |c, given| {
        service::save_scores(c, &user, cid, id, given, &comment, submit, now())
    })
    .await?;
    match result {
        Ok(()) => Ok(to_note(
            &s,
            id,
            if submit {
                "cc-scores-submitted"
            } else {
                "cc-scores-saved"
            },
        )),
        Err(e) => show(&state, &s, id, &e, None).await,
    }
}

pub async fn conflict(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    db(&state, move |c| {
        service::declare_conflict(c, &user, cid, id, now())
    })
    .await?;
    Ok(to_note(&s, id, "cc-conflict-recorded"))
}
