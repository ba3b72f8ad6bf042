//! The council secretariat's back office (role `secretariat`, checked once by the
//! `CommuneScope<Secretariat>` extractor): sessions, agenda items, sittings with attendance
//! and quorum, votes item by item (one item per screen, for a phone), deliberations and
//! minutes — one file per resource.

mod items;
mod records;
mod sessions;
mod sittings;

use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::councils::*;
use crate::forms::{parse_date, require_text, CsrfForm};
use crate::routes::{db, html, reshow_on_fields, see_other, submit, Router};
use crate::scope::{CommuneScope, Secretariat};
use crate::state::AppState;
use crate::views::councils::admin as v;
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use musharaka_communes::{store as communes_store, Commune};
use musharaka_core::{Error, ErrorKind};
use musharaka_councils::records::parse;
use musharaka_councils::service::desk::{self, SessionView, SittingView};
use musharaka_councils::service::{self, NewItem, NewSession, Presence, Signatory};
use musharaka_councils::{store, SessionEvent};
use musharaka_db::AnyConnection;
use serde::Deserialize;
use std::collections::HashMap;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .get("/{slug}/admin/council", dashboard)
        .post("/{slug}/admin/council/sessions", sessions::session_create)
        .post("/{slug}/admin/council/requests", request_file)
        .post("/{slug}/admin/council/questions", question_ask)
        .post(
            "/{slug}/admin/council/questions/{id}/answer",
            question_answer,
        )
        .post("/{slug}/admin/council/requests/{id}/refuse", request_refuse)
        .get("/{slug}/admin/council/sessions/new", sessions::session_new)
        .get(
            "/{slug}/admin/council/sessions/{id}",
            sessions::session_page,
        )
        .post(
            "/{slug}/admin/council/sessions/{id}/transition",
            sessions::session_transition,
        )
        .post(
            "/{slug}/admin/council/sessions/{id}/extend",
            sessions::session_extend,
        )
        .post("/{slug}/admin/council/sessions/{id}/items", items::item_add)
        .post(
            "/{slug}/admin/council/sessions/{id}/sittings",
            sittings::sitting_add,
        )
        .post(
            "/{slug}/admin/council/sessions/{id}/minutes",
            records::minutes_save,
        )
        .post(
            "/{slug}/admin/council/items/{id}/refuse",
            items::item_refuse,
        )
        .post(
            "/{slug}/admin/council/items/{id}/report",
            items::item_report,
        )
        .post(
            "/{slug}/admin/council/items/{id}/objection",
            items::item_objection,
        )
        .post(
            "/{slug}/admin/council/items/{id}/study-decision",
            items::item_study_decision,
        )
        .post(
            "/{slug}/admin/council/items/{id}/ruling",
            items::item_ruling,
        )
        .post(
            "/{slug}/admin/council/items/{id}/documents",
            items::item_document,
        )
        .post(
            "/{slug}/admin/council/items/{id}/postpone",
            items::item_postpone,
        )
        .get(
            "/{slug}/admin/council/items/{id}/deliberation",
            records::deliberation_page,
        )
        .post(
            "/{slug}/admin/council/items/{id}/deliberation",
            records::deliberation_save,
        )
        .post(
            "/{slug}/admin/council/deliberations/{id}/sign",
            records::deliberation_sign,
        )
        .post(
            "/{slug}/admin/council/deliberations/{id}/correct",
            records::deliberation_correct,
        )
        .post(
            "/{slug}/admin/council/minutes/{id}/sign",
            records::minutes_sign,
        )
        .post(
            "/{slug}/admin/council/minutes/{id}/correct",
            records::minutes_correct,
        )
        .get(
            "/{slug}/admin/council/sittings/{id}",
            sittings::sitting_page,
        )
        .post(
            "/{slug}/admin/council/sittings/{id}/attendance",
            sittings::attendance_save,
        )
        .get(
            "/{slug}/admin/council/sittings/{id}/items/{item}",
            sittings::vote_page,
        )
        .post(
            "/{slug}/admin/council/sittings/{id}/items/{item}/vote",
            sittings::vote_save,
        );
}

fn base(commune: &Commune) -> String {
    format!("/{}/admin/council", commune.slug)
}

/// 303 back to a session's page (at `anchor`, e.g. `#agenda`, or none), saying it was saved.
fn session_done(commune: &Commune, session_id: i64, anchor: &str) -> HttpResponse {
    see_other(&format!(
        "{}/sessions/{session_id}?done=admin-saved{anchor}",
        base(commune)
    ))
}

/// A form posted from a session's page: `work`, then back to the page at `anchor`, or the
/// page re-shown with the fields the service marked (`session_errors_as`), each renamed by
/// `rename` when it names one (forms repeated per item carry the item's id in their names).
async fn on_session_page<T, F>(
    state: &web::Data<AppState>,
    (ctx, commune): (&Ctx, &Commune),
    (session_id, anchor): (i64, &str),
    rename: impl FnOnce(ErrorKind) -> Option<String>,
    work: F,
) -> Result<HttpResponse, PageError>
where
    T: Send + 'static,
    F: Fn(&mut AnyConnection) -> Result<T, Error> + Send + 'static,
{
    match db(state, work).await {
        Ok(_) => Ok(session_done(commune, session_id, anchor)),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let fields = match rename(e.kind) {
                Some(name) => e
                    .fields
                    .into_iter()
                    .map(|(_, m)| (name.clone(), m))
                    .collect(),
                None => e.fields,
            };
            session_errors_as(state, ctx, commune, session_id, e.kind, &fields).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

async fn dashboard(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope { ctx, commune, .. } = s;
    dashboard_page(&state, &ctx, &commune, q.done.as_deref(), None).await
}

/// The secretariat's dashboard; with `failed`, re-shown after a refused form (409 for a
/// refusal the law forbids, 422 for invalid input) with its fields marked.
/// The dashboard again with a refused form's fields marked (nothing was written).
async fn dashboard_refused(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    errors: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let failed = Some((ErrorKind::InvalidInput, errors));
    dashboard_page(state, ctx, commune, None, failed).await
}

async fn dashboard_page(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    done: Option<&str>,
    failed: Option<(ErrorKind, &FieldErrors)>,
) -> Result<HttpResponse, PageError> {
    let (id, today) = (commune.id, state.clock.today());
    let lang = ctx.lang;
    let (sessions, warnings, requests, questions) = db(state, move |c| {
        let members: Vec<(i64, String)> = communes_store::members(c, id)?
            .into_iter()
            .map(|m| (m.id, m.name(lang).to_string()))
            .collect();
        Ok((
            store::all_sessions(c, id)?,
            (
                service::deadline_warnings(c, id, today)?,
                musharaka_communes::service::composition_problems(c, id)?,
            ),
            store::session_requests(c, id)?,
            (store::questions(c, id)?, members),
        ))
    })
    .await?;
    let none = FieldErrors::new();
    let errors = failed.map_or(&none, |(_, e)| e);
    let mut res = html(
        v::dashboard(
            ctx,
            commune,
            &sessions,
            (&warnings.0, &warnings.1),
            (&requests, errors, today),
            (&questions.0, &questions.1),
            done,
        ),
        failed.is_some(),
    );
    if matches!(failed, Some((ErrorKind::Conflict, _))) {
        *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
    }
    Ok(res)
}

/// A form posted from the dashboard: `work`, then back to it at `#requests`, or the
/// dashboard re-shown with the fields the service marked (each renamed by `rename`).
async fn on_dashboard<T, F>(
    state: &web::Data<AppState>,
    (ctx, commune): (&Ctx, &Commune),
    rename: Option<String>,
    work: F,
) -> Result<HttpResponse, PageError>
where
    T: Send + 'static,
    F: Fn(&mut AnyConnection) -> Result<T, Error> + Send + 'static,
{
    match db(state, work).await {
        Ok(_) => Ok(see_other(&format!(
            "{}?done=admin-saved#requests",
            base(commune)
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let fields: FieldErrors = match rename {
                Some(name) => e
                    .fields
                    .into_iter()
                    .map(|(_, m)| (name.clone(), m))
                    .collect(),
                None => e.fields,
            };
            dashboard_page(state, ctx, commune, None, Some((e.kind, &fields))).await
        }
        Err(e) => Err(e),
    }
}

/// Art. 36: a members' request for an extraordinary session, as received.
async fn request_file(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    CsrfForm(form): CsrfForm<SessionRequestForm>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let (requested_on, requesting) = match form.received() {
        Ok(received) => received,
        Err(errors) => return dashboard_refused(&state, &ctx, &commune, &errors).await,
    };
    let (cid, today) = (commune.id, state.clock.today());
    on_dashboard(&state, (&ctx, &commune), None, move |c| {
        service::file_session_request(
            c,
            &user,
            cid,
            (requested_on, Some(requesting)),
            &form.points,
            today,
        )
    })
    .await
}

/// Art. 46: a member's written question, as received by the president.
async fn question_ask(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    CsrfForm(form): CsrfForm<QuestionForm>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let (member, received_on) = match form.received() {
        Ok(received) => received,
        Err(errors) => return dashboard_refused(&state, &ctx, &commune, &errors).await,
    };
    let (cid, today) = (commune.id, state.clock.today());
    on_dashboard(&state, (&ctx, &commune), None, move |c| {
        service::ask_written_question(c, &user, cid, (member, received_on, &form.question), today)
    })
    .await
}

/// Art. 46: the president's answer, at a sitting of the question's session.
async fn question_answer(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<AnswerForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let answered_on = match form.answered_on(id) {
        Ok(on) => on,
        Err(errors) => return dashboard_refused(&state, &ctx, &commune, &errors).await,
    };
    let (cid, today) = (commune.id, state.clock.today());
    on_dashboard(
        &state,
        (&ctx, &commune),
        Some(format!("answer-{id}")),
        move |c| {
            service::answer_written_question(c, &user, cid, id, (&form.answer, answered_on), today)
        },
    )
    .await
}

/// Art. 36: the president's reasoned refusal of a members' request (within 10 days).
async fn request_refuse(
    state: web::Data<AppState>,
    s: CommuneScope<Secretariat>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReasonsForm>,
) -> Result<HttpResponse, PageError> {
    let (_, id) = path.into_inner();
    let CommuneScope {
        ctx, commune, user, ..
    } = s;
    let (cid, today) = (commune.id, state.clock.today());
    on_dashboard(
        &state,
        (&ctx, &commune),
        Some(format!("reasons-{id}")),
        move |c| service::refuse_session_request(c, &user, cid, id, &form.reasons, today),
    )
    .await
}

async fn load_session(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: i64,
) -> Result<SessionView, PageError> {
    let (cid, lang, today) = (commune.id, ctx.lang, state.clock.today());
    db(state, move |c| desk::session(c, cid, id, lang, today)).await
}

/// Re-shows the session page with field errors (422) after a failed form on it.
async fn session_errors(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: i64,
    errors: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let view = load_session(state, ctx, commune, id).await?;
    Ok(html(
        v::session_page(ctx, commune, &view, errors, None),
        true,
    ))
}

/// `session_errors` for a refusal the law forbids whatever is typed (409, the field marked
/// with the rule's message), or invalid input (422).
async fn session_errors_as(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: i64,
    kind: ErrorKind,
    errors: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let mut res = session_errors(state, ctx, commune, id, errors).await?;
    if kind == ErrorKind::Conflict {
        *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
    }
    Ok(res)
}

async fn load_sitting(
    state: &web::Data<AppState>,
    commune: &Commune,
    id: i64,
) -> Result<SittingView, PageError> {
    let cid = commune.id;
    db(state, move |c| desk::sitting(c, cid, id)).await
}
