//! The council secretariat's back office (role `secretariat`, checked once by the
//! `CommuneScope<Secretariat>` extractor): sessions, agenda items, sittings with attendance
//! and quorum, votes item by item (one item per screen, for a phone), deliberations and
//! minutes — one file per resource.

mod items;
mod records;
mod sessions;
mod sittings;

use crate::errors::PageError;
use crate::forms::councils::*;
use crate::forms::{parse_date, require_text, CsrfForm};
use crate::routes::Reply;
use crate::routes::{db, html, reshow_on_fields, see_other, Router};
use crate::scope::{CommuneScope, Id, Secretariat};
use crate::views::councils::admin as v;
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use chrono::NaiveDate;
use musharaka_communes::{store as communes_store, Commune};
use musharaka_core::{Error, ErrorKind};
use musharaka_councils::records::parse;
use musharaka_councils::service::desk::{self, SessionView, SittingView};
use musharaka_councils::service::{self, NewItem, NewSession, Presence, Signatory};
use musharaka_councils::{store, ItemId, SessionEvent, SittingId};
use musharaka_db::AnyConnection;
use musharaka_identity::Permissions;
use serde::Deserialize;
use std::collections::HashMap;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .at("/{slug}/admin/council")
        .get("", dashboard)
        .post("/sessions", sessions::session_create)
        .post("/requests", request_file)
        .post("/questions", question_ask)
        .post("/questions/{id}/answer", question_answer)
        .post("/requests/{id}/refuse", request_refuse)
        .get("/sessions/new", sessions::session_new)
        .get("/sessions/{id}", sessions::session_page)
        .post("/sessions/{id}/transition", sessions::session_transition)
        .post("/sessions/{id}/extend", sessions::session_extend)
        .post("/sessions/{id}/items", items::item_add)
        .post("/sessions/{id}/sittings", sittings::sitting_add)
        .post("/sessions/{id}/minutes", records::minutes_save)
        .post("/items/{id}/refuse", items::item_refuse)
        .post("/items/{id}/report", items::item_report)
        .post("/items/{id}/objection", items::item_objection)
        .post("/items/{id}/study-decision", items::item_study_decision)
        .post("/items/{id}/ruling", items::item_ruling)
        .post("/items/{id}/documents", items::item_document)
        .post("/items/{id}/postpone", items::item_postpone)
        .get("/items/{id}/deliberation", records::deliberation_page)
        .post("/items/{id}/deliberation", records::deliberation_save)
        .post("/deliberations/{id}/sign", records::deliberation_sign)
        .post("/deliberations/{id}/correct", records::deliberation_correct)
        .post("/minutes/{id}/sign", records::minutes_sign)
        .post("/minutes/{id}/correct", records::minutes_correct)
        .get("/sittings/{id}", sittings::sitting_page)
        .post("/sittings/{id}/attendance", sittings::attendance_save)
        .get("/sittings/{id}/items/{item}", sittings::vote_page)
        .post("/sittings/{id}/items/{item}/vote", sittings::vote_save);
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

/// Every handler here: the secretariat of the commune in the path.
type Desk = CommuneScope<Secretariat>;

/// `fields` each renamed to `name` when there is one (forms repeated per item carry the
/// item's id in their names).
fn renamed(fields: FieldErrors, name: Option<String>) -> FieldErrors {
    match name {
        Some(name) => fields.into_iter().map(|(_, m)| (name.clone(), m)).collect(),
        None => fields,
    }
}

/// `Desk::db` for a form: `work` also gets the day the council's acts are recorded on,
/// and the fields it marks come back with the refusal's kind (409 for a rule of the law,
/// 422 for input), or its error page for every other error.
async fn on_desk<T, F>(s: &Desk, work: F) -> Result<Result<T, (ErrorKind, FieldErrors)>, PageError>
where
    T: Send + 'static,
    F: Fn(&mut AnyConnection, &Permissions, i64, NaiveDate) -> Result<T, Error> + Send + 'static,
{
    let today = s.state.clock.today();
    match s.db(move |c, user, cid| work(c, user, cid, today)).await {
        Ok(value) => Ok(Ok(value)),
        Err(PageError(e)) if !e.fields.is_empty() => Ok(Err((e.kind, e.fields))),
        Err(e) => Err(e),
    }
}

/// A form posted from a session's page: `work`, then back to the page at `anchor`, or the
/// page re-shown with the fields the service marked (`session_errors_as`), each renamed by
/// `rename` when it names one.
async fn on_session_page<T, F>(
    s: &Desk,
    (session_id, anchor): (i64, &str),
    rename: impl FnOnce(ErrorKind) -> Option<String>,
    work: F,
) -> Reply
where
    T: Send + 'static,
    F: Fn(&mut AnyConnection, &Permissions, i64, NaiveDate) -> Result<T, Error> + Send + 'static,
{
    match on_desk(s, work).await? {
        Ok(_) => Ok(session_done(&s.commune, session_id, anchor)),
        Err((kind, fields)) => {
            let fields = renamed(fields, rename(kind));
            session_errors_as(s, session_id, kind, &fields).await
        }
    }
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

async fn dashboard(s: Desk, q: web::Query<DoneQuery>) -> Reply {
    dashboard_page(&s, q.done.as_deref(), None).await
}

/// The secretariat's dashboard; with `failed`, re-shown after a refused form (409 for a
/// refusal the law forbids, 422 for invalid input) with its fields marked.
async fn dashboard_page(
    s: &Desk,
    done: Option<&str>,
    failed: Option<(ErrorKind, &FieldErrors)>,
) -> Reply {
    let (id, today, lang) = (s.commune.id, s.state.clock.today(), s.ctx.lang);
    let d = db(&s.state, move |c| {
        let members: Vec<(i64, String)> = communes_store::members(c, id)?
            .into_iter()
            .map(|m| (m.id, m.name(lang).to_string()))
            .collect();
        Ok(v::Dashboard {
            sessions: store::all_sessions(c, id)?,
            warnings: service::deadline_warnings(c, id, today)?,
            problems: musharaka_communes::service::composition_problems(c, id)?,
            requests: store::session_requests(c, id)?,
            questions: store::questions(c, id)?,
            members,
            today,
        })
    })
    .await?;
    let none = FieldErrors::new();
    let errors = failed.map_or(&none, |(_, e)| e);
    let mut res = html(
        v::dashboard(&s.ctx, &s.commune, &d, errors, done),
        failed.is_some(),
    );
    if matches!(failed, Some((ErrorKind::Conflict, _))) {
        *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
    }
    Ok(res)
}

/// A form posted from the dashboard: its own `check`, then `work` with what it read, then
/// back to the dashboard at `#requests`, or the dashboard re-shown with the fields marked
/// (those of the service each renamed to `rename`, when given).
async fn on_dashboard<V, T, F>(
    s: &Desk,
    check: Result<V, FieldErrors>,
    rename: Option<String>,
    work: F,
) -> Reply
where
    V: Send + 'static,
    T: Send + 'static,
    F: Fn(&mut AnyConnection, (&Permissions, i64, NaiveDate), &V) -> Result<T, Error>
        + Send
        + 'static,
{
    let value = match check {
        Ok(value) => value,
        Err(errors) => {
            return dashboard_page(s, None, Some((ErrorKind::InvalidInput, &errors))).await
        }
    };
    match on_desk(s, move |c, user, cid, today| {
        work(c, (user, cid, today), &value)
    })
    .await?
    {
        Ok(_) => Ok(see_other(&format!(
            "{}?done=admin-saved#requests",
            base(&s.commune)
        ))),
        Err((kind, fields)) => {
            let fields = renamed(fields, rename);
            dashboard_page(s, None, Some((kind, &fields))).await
        }
    }
}

/// Art. 36: a members' request for an extraordinary session, as received.
async fn request_file(s: Desk, CsrfForm(form): CsrfForm<SessionRequestForm>) -> Reply {
    on_dashboard(
        &s,
        form.received(),
        None,
        move |c, (user, cid, today), &(on, by)| {
            let points = &form.points;
            service::file_session_request(c, user, cid, (on, Some(by)), points, today)
        },
    )
    .await
}

/// Art. 46: a member's written question, as received by the president.
async fn question_ask(s: Desk, CsrfForm(form): CsrfForm<QuestionForm>) -> Reply {
    on_dashboard(
        &s,
        form.received(),
        None,
        move |c, (user, cid, today), &(member, on)| {
            service::ask_written_question(c, user, cid, (member, on, &form.question), today)
        },
    )
    .await
}

/// Art. 46: the president's answer, at a sitting of the question's session.
async fn question_answer(s: Desk, Id(id): Id, CsrfForm(form): CsrfForm<AnswerForm>) -> Reply {
    let rename = Some(format!("answer-{id}"));
    on_dashboard(
        &s,
        form.answered_on(id),
        rename,
        move |c, (user, cid, today), &on| {
            service::answer_written_question(c, user, cid, id, (&form.answer, on), today)
        },
    )
    .await
}

/// Art. 36: the president's reasoned refusal of a members' request (within 10 days).
async fn request_refuse(s: Desk, Id(id): Id, CsrfForm(form): CsrfForm<ReasonsForm>) -> Reply {
    let rename = Some(format!("reasons-{id}"));
    on_dashboard(&s, Ok(()), rename, move |c, (user, cid, today), _| {
        service::refuse_session_request(c, user, cid, id, &form.reasons, today)
    })
    .await
}

async fn load_session(s: &Desk, id: i64) -> Result<SessionView, PageError> {
    let (lang, today) = (s.ctx.lang, s.state.clock.today());
    s.db(move |c, _, cid| desk::session(c, cid, id, lang, today))
        .await
}

/// Re-shows the session page with field errors (422) after a failed form on it.
async fn session_errors(s: &Desk, id: i64, errors: &FieldErrors) -> Reply {
    let view = load_session(s, id).await?;
    let page = v::session_page(&s.ctx, &s.commune, &view, errors, None);
    Ok(html(page, true))
}

/// `session_errors` for a refusal the law forbids whatever is typed (409, the field marked
/// with the rule's message), or invalid input (422).
async fn session_errors_as(s: &Desk, id: i64, kind: ErrorKind, errors: &FieldErrors) -> Reply {
    let mut res = session_errors(s, id, errors).await?;
    if kind == ErrorKind::Conflict {
        *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
    }
    Ok(res)
}

async fn load_sitting(s: &Desk, id: SittingId) -> Result<SittingView, PageError> {
    s.db(move |c, _, cid| desk::sitting(c, cid, id)).await
}
