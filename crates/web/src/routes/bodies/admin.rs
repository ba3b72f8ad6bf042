//! The back office of bodies: the focal point creates and edits bodies, sets their status
//! and assigns secretaries; a body's secretary (or the focal point) keeps its members,
//! meetings and work programme. The service checks the body ↔ secretary assignment.

use super::{posted, private, today};
use crate::errors::PageError;
use crate::forms::bodies::{
    ActivityForm, ActivityUpdateForm, BodyForm, DoneQuery, LeaveForm, MeetingForm, MemberForm,
    MinutesForm, SecretaryForm, StatusForm,
};
use crate::forms::{parse_date, CsrfForm};
use crate::routes::{checked, db, html, see_other, submit, submit_checked};
use crate::scope::{Admin, BodySecretary, CommuneScope};
use crate::state::AppState;
use crate::uploads::{self, FileKind};
use crate::views::bodies::admin::{self as v, Posted};
use crate::views::form::FieldErrors;
use actix_web::{web, HttpResponse};
use musharaka_bodies::service;

type Scope = CommuneScope<BodySecretary>;
type Path = web::Path<(String, i64)>;
type SubPath = web::Path<(String, i64, i64)>;
type Outcome = Result<Result<(), FieldErrors>, PageError>;

pub async fn list(state: web::Data<AppState>, s: Scope) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let rows = db(&state, move |c| {
        service::admin_bodies(c, &user, cid, today())
    })
    .await?;
    let is_admin = s.user.can_administer(cid);
    let markup = v::list(&s.ctx, &s.commune, &rows, is_admin, &vec![], &Posted::Null);
    Ok(private(html(markup, false)))
}

pub async fn create(
    state: web::Data<AppState>,
    s: CommuneScope<Admin>,
    CsrfForm(form): CsrfForm<BodyForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let f = form.clone();
    let result = submit_checked(&state, checked(|e| f.facts(e)), move |c, facts| {
        service::create_body(c, &user, cid, facts)
    })
    .await?;
    match result {
        Ok(b) => Ok(see_other(&format!(
            "/{}/admin/bodies/{}",
            s.commune.slug, b.id
        ))),
        Err(fields) => {
            let (user, cid) = (s.user.clone(), s.commune.id);
            let rows = db(&state, move |c| {
                service::admin_bodies(c, &user, cid, today())
            })
            .await?;
            let markup = v::list(&s.ctx, &s.commune, &rows, true, &fields, &posted(&form));
            Ok(private(html(markup, true)))
        }
    }
}

/// The body's back-office page; `errors` and `typed` when a form of it was refused.
async fn show(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    errors: &FieldErrors,
    typed: &Posted,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (user, cid) = (s.user.clone(), s.commune.id);
    let d = db(state, move |c| {
        service::admin_body(c, &user, cid, id, today())
    })
    .await?;
    let markup = v::body(&s.ctx, &s.commune, &d, today(), errors, typed, done);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn page(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    show(
        &state,
        &s,
        path.1,
        &vec![],
        &Posted::Null,
        q.done.as_deref(),
    )
    .await
}

/// After a form of the body's page: back to it, or the page with the form's errors.
async fn after(
    state: &web::Data<AppState>,
    s: &Scope,
    id: i64,
    result: Outcome,
    typed: Posted,
    anchor: &str,
) -> Result<HttpResponse, PageError> {
    match result? {
        Ok(()) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/bodies/{id}?done=admin-saved{anchor}",
                s.commune.slug
            )))
        }
        Err(fields) => show(state, s, id, &fields, &typed, None).await,
    }
}

pub async fn edit(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<BodyForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let f = form.clone();
    let r = submit_checked(&state, checked(|e| f.facts(e)), move |c, facts| {
        service::edit_body(c, &user, cid, id, facts).map(|_| ())
    })
    .await;
    after(&state, &s, id, r, posted(&form), "#facts").await
}

pub async fn status(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<StatusForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let r = submit_checked(&state, checked(|e| form.status(e)), move |c, to| {
        service::set_body_status(c, &user, cid, id, *to)
    })
    .await;
    after(&state, &s, id, r, Posted::Null, "").await
}

pub async fn assign(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<SecretaryForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id, email) = (s.user.clone(), s.commune.id, path.1, form.email.clone());
    let r = submit(&state, move |c| {
        service::assign_secretary(c, &user, cid, id, &email)
    })
    .await;
    after(&state, &s, id, r, posted(&form), "#secretaries").await
}

pub async fn unassign(
    state: web::Data<AppState>,
    s: Scope,
    path: SubPath,
    _f: CsrfForm<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id, account) = (s.user.clone(), s.commune.id, path.1, path.2);
    let r = submit(&state, move |c| {
        service::unassign_secretary(c, &user, cid, id, account)
    })
    .await;
    after(&state, &s, id, r, Posted::Null, "#secretaries").await
}

pub async fn add_member(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let r = submit_checked(&state, checked(|e| form.member(e)), move |c, m| {
        service::add_member(c, &user, cid, id, m).map(|_| ())
    })
    .await;
    after(&state, &s, id, r, posted(&form), "#members").await
}

pub async fn leave(
    state: web::Data<AppState>,
    s: Scope,
    path: SubPath,
    CsrfForm(form): CsrfForm<LeaveForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id, member) = (s.user.clone(), s.commune.id, path.1, path.2);
    let on = checked(|e| parse_date(&form.left_on, "left_on", true, e));
    let r = submit_checked(&state, on, move |c, on| {
        service::end_member(c, &user, cid, id, member, *on)
    })
    .await;
    after(&state, &s, id, r, Posted::Null, "#members").await
}

pub async fn convene(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<MeetingForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id, st) = (s.user.clone(), s.commune.id, path.1, state.clone());
    let r = submit_checked(&state, checked(|e| form.meeting(e)), move |c, m| {
        service::convene_meeting(c, &st.mail_ctx(), &user, cid, id, m).map(|_| ())
    })
    .await;
    after(&state, &s, id, r, posted(&form), "#meetings").await
}

pub async fn minutes(
    state: web::Data<AppState>,
    s: Scope,
    path: SubPath,
    CsrfForm(form): CsrfForm<MinutesForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id, meeting) = (s.user.clone(), s.commune.id, path.1, path.2);
    let f = form.clone();
    let r = submit(&state, move |c| {
        service::record_meeting(c, &user, cid, id, meeting, &f.present, &f.minutes)
    })
    .await;
    after(&state, &s, id, r, Posted::Null, "#meetings").await
}

pub async fn add_activity(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    CsrfForm(form): CsrfForm<ActivityForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let r = submit_checked(&state, checked(|e| form.activity(e)), move |c, a| {
        service::add_activity(c, &user, cid, id, a).map(|_| ())
    })
    .await;
    after(&state, &s, id, r, posted(&form), "#programme").await
}

pub async fn update_activity(
    state: web::Data<AppState>,
    s: Scope,
    path: SubPath,
    CsrfForm(form): CsrfForm<ActivityUpdateForm>,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id, activity) = (s.user.clone(), s.commune.id, path.1, path.2);
    let output = form.output.clone();
    let r = submit_checked(&state, checked(|e| form.status(e)), move |c, st| {
        service::update_activity(c, &user, cid, id, activity, *st, Some(&output))
    })
    .await;
    after(&state, &s, id, r, Posted::Null, "#programme").await
}

/// The body's internal rules (a public PDF), by the focal point (the service checks).
pub async fn rules(
    state: web::Data<AppState>,
    s: Scope,
    path: Path,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, PageError> {
    let (user, cid, id) = (s.user.clone(), s.commune.id, path.1);
    let form = uploads::read_form(&s.ctx, payload, state.config.upload_max_bytes).await?;
    let Some(file) = form.files.into_iter().find(|f| f.field == "rules") else {
        let missing = vec![("rules".to_string(), "field-required".to_string())];
        return show(&state, &s, id, &missing, &Posted::Null, None).await;
    };
    let kind = match uploads::check_kind(&file, &[FileKind::Pdf]) {
        Ok(k) => k,
        Err(e) => return show(&state, &s, id, &e.fields, &Posted::Null, None).await,
    };
    let config = state.config.clone();
    let r = submit(&state, move |c| {
        let account = user.account.id;
        service::set_rules_document(c, &user, cid, id, |c| {
            uploads::store(c, &config, &file, kind, Some(account), Some(cid), false)
        })
    })
    .await;
    after(&state, &s, id, r, Posted::Null, "#facts").await
}
