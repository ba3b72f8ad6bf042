//! The note for evaluators (and the admin): the eligibility checklist, the evaluator's own
//! scores (others' only after submitting), the declaration of a conflict of interest.

use super::private;
use crate::forms::cocreation::{EligibilityForm, EmptyForm, PageQuery, ScoreForm};
use crate::forms::CsrfForm;
use crate::routes::Reply;
use crate::routes::{db, html, marked, see_other};
use crate::scope::Id;
use crate::scope::{CommuneScope, Evaluator, Need};
use crate::views::cocreation as v;
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use musharaka_cocreation::service;
use musharaka_core::time::now;

type Scope = CommuneScope<Evaluator>;

fn to_note(s: &Scope, id: i64, done: &str) -> HttpResponse {
    see_other(&format!(
        "/{}/admin/cocreation/notes/{id}?done={done}",
        s.commune.slug
    ))
}

/// The evaluation page for scope `s`'s user; `e` when one of its forms was refused.
pub(super) async fn show<N: Need>(
    s: &CommuneScope<N>,
    id: i64,
    e: &FieldErrors,
    done: Option<&str>,
) -> Reply {
    let p = s
        .db(move |c, user, cid| service::evaluation_page(c, user, cid, id))
        .await?;
    let is_admin = s.user.can_administer(s.commune.id);
    let markup = v::evaluation(&s.ctx, &s.commune, &p, is_admin, e, done);
    Ok(private(html(markup, !e.is_empty())))
}

pub async fn page(s: Scope, Id(id): Id, q: web::Query<PageQuery>) -> Reply {
    show(&s, id, &vec![], q.done.as_deref()).await
}

pub async fn eligibility(s: Scope, Id(id): Id, CsrfForm(f): CsrfForm<EligibilityForm>) -> Reply {
    let (user, commune, id, st) = (s.user.clone(), s.commune.clone(), id, s.state.clone());
    let checklist = f.checklist();
    let result = db(&s.state, move |c| {
        service::decide_eligibility(c, &st.mail_ctx(), &user, &commune, id, checklist, now())
    })
    .await;
    match marked(result)? {
        Ok(_) => {
            s.state.mail_queued();
            Ok(to_note(&s, id, "cc-eligibility-done"))
        }
        Err(e) => show(&s, id, &e, None).await,
    }
}

pub async fn scores(s: Scope, Id(id): Id, CsrfForm(f): CsrfForm<ScoreForm>) -> Reply {
    let submit = f.submit.is_some();
    let result = s
        .submit_checked(f.input(), move |c, user, cid, input| {
            service::save_scores(c, user, cid, id, input, now())
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
        Err(e) => show(&s, id, &e, None).await,
    }
}

pub async fn conflict(s: Scope, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    s.db(move |c, user, cid| service::declare_conflict(c, user, cid, id, now()))
        .await?;
    Ok(to_note(&s, id, "cc-conflict-recorded"))
}
