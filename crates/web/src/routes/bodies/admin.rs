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
use crate::routes::Reply;
use crate::routes::{checked, db, html, see_other};
use crate::scope::Id;
use crate::scope::{Admin, BodySecretary, CommuneScope};
use crate::uploads::{self, FileKind};
use crate::views::bodies::admin::{self as v, Posted};
use crate::views::form::FieldErrors;
use actix_web::web;
use musharaka_bodies::service;

type Scope = CommuneScope<BodySecretary>;
type SubPath = web::Path<(String, i64, i64)>;
type Outcome = Result<Result<(), FieldErrors>, PageError>;

pub async fn list(s: Scope) -> Reply {
    let rows = s
        .db(move |c, user, cid| service::admin_bodies(c, user, cid, today()))
        .await?;
    let is_admin = s.user.can_administer(s.commune.id);
    let markup = v::list(&s.ctx, &s.commune, &rows, is_admin, &vec![], &Posted::Null);
    Ok(private(html(markup, false)))
}

pub async fn create(s: CommuneScope<Admin>, CsrfForm(form): CsrfForm<BodyForm>) -> Reply {
    let f = form.clone();
    let result = s
        .submit_checked(checked(|e| f.facts(e)), move |c, user, cid, facts| {
            service::create_body(c, user, cid, facts)
        })
        .await?;
    match result {
        Ok(b) => Ok(see_other(&format!(
            "/{}/admin/bodies/{}",
            s.commune.slug, b.id
        ))),
        Err(fields) => {
            let (user, cid) = (s.user.clone(), s.commune.id);
            let rows = db(&s.state, move |c| {
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
    s: &Scope,
    id: i64,
    errors: &FieldErrors,
    typed: &Posted,
    done: Option<&str>,
) -> Reply {
    let d = s
        .db(move |c, user, cid| service::admin_body(c, user, cid, id, today()))
        .await?;
    let markup = v::body(&s.ctx, &s.commune, &d, today(), errors, typed, done);
    Ok(private(html(markup, !errors.is_empty())))
}

pub async fn page(s: Scope, Id(id): Id, q: web::Query<DoneQuery>) -> Reply {
    show(&s, id, &vec![], &Posted::Null, q.done.as_deref()).await
}

/// After a form of the body's page: back to it, or the page with the form's errors.
async fn after(s: &Scope, id: i64, result: Outcome, typed: Posted, anchor: &str) -> Reply {
    match result? {
        Ok(()) => {
            s.state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/bodies/{id}?done=admin-saved{anchor}",
                s.commune.slug
            )))
        }
        Err(fields) => show(s, id, &fields, &typed, None).await,
    }
}

pub async fn edit(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<BodyForm>) -> Reply {
    let f = form.clone();
    let r = s
        .submit_checked(checked(|e| f.facts(e)), move |c, user, cid, facts| {
            service::edit_body(c, user, cid, id, facts).map(|_| ())
        })
        .await;
    after(&s, id, r, posted(&form), "#facts").await
}

pub async fn status(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<StatusForm>) -> Reply {
    let r = s
        .submit_checked(checked(|e| form.status(e)), move |c, user, cid, to| {
            service::set_body_status(c, user, cid, id, *to)
        })
        .await;
    after(&s, id, r, Posted::Null, "").await
}

pub async fn assign(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<SecretaryForm>) -> Reply {
    let email = form.email.clone();
    let r = s
        .submit(move |c, user, cid| service::assign_secretary(c, user, cid, id, &email))
        .await;
    after(&s, id, r, posted(&form), "#secretaries").await
}

pub async fn unassign(s: Scope, path: SubPath, _f: CsrfForm<DoneQuery>) -> Reply {
    let (id, account) = (path.1, path.2);
    let r = s
        .submit(move |c, user, cid| service::unassign_secretary(c, user, cid, id, account))
        .await;
    after(&s, id, r, Posted::Null, "#secretaries").await
}

pub async fn add_member(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<MemberForm>) -> Reply {
    let r = s
        .submit_checked(checked(|e| form.member(e)), move |c, user, cid, m| {
            service::add_member(c, user, cid, id, m).map(|_| ())
        })
        .await;
    after(&s, id, r, posted(&form), "#members").await
}

pub async fn leave(s: Scope, path: SubPath, CsrfForm(form): CsrfForm<LeaveForm>) -> Reply {
    let (id, member) = (path.1, path.2);
    let on = checked(|e| parse_date(&form.left_on, "left_on", true, e));
    let r = s
        .submit_checked(on, move |c, user, cid, on| {
            service::end_member(c, user, cid, id, member, *on)
        })
        .await;
    after(&s, id, r, Posted::Null, "#members").await
}

pub async fn convene(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<MeetingForm>) -> Reply {
    let st = s.state.clone();
    let r = s
        .submit_checked(checked(|e| form.meeting(e)), move |c, user, cid, m| {
            service::convene_meeting(c, &st.mail_ctx(), user, cid, id, m).map(|_| ())
        })
        .await;
    after(&s, id, r, posted(&form), "#meetings").await
}

pub async fn minutes(s: Scope, path: SubPath, CsrfForm(form): CsrfForm<MinutesForm>) -> Reply {
    let (id, meeting) = (path.1, path.2);
    let f = form.clone();
    let r = s
        .submit(move |c, user, cid| {
            service::record_meeting(c, user, cid, id, meeting, &f.present, &f.minutes)
        })
        .await;
    after(&s, id, r, Posted::Null, "#meetings").await
}

pub async fn add_activity(s: Scope, Id(id): Id, CsrfForm(form): CsrfForm<ActivityForm>) -> Reply {
    let r = s
        .submit_checked(checked(|e| form.activity(e)), move |c, user, cid, a| {
            service::add_activity(c, user, cid, id, a).map(|_| ())
        })
        .await;
    after(&s, id, r, posted(&form), "#programme").await
}

pub async fn update_activity(
    s: Scope,
    path: SubPath,
    CsrfForm(form): CsrfForm<ActivityUpdateForm>,
) -> Reply {
    let (id, activity) = (path.1, path.2);
    let output = form.output.clone();
    let r = s
        .submit_checked(checked(|e| form.status(e)), move |c, user, cid, st| {
            service::update_activity(c, user, cid, id, activity, *st, Some(&output))
        })
        .await;
    after(&s, id, r, Posted::Null, "#programme").await
}

/// The body's internal rules (a public PDF), by the focal point (the service checks).
pub async fn rules(s: Scope, Id(id): Id, payload: actix_multipart::Multipart) -> Reply {
    let form = uploads::read_form(&s.ctx, payload, s.state.config.upload_max_bytes).await?;
    let (file, kind) = match form.file("rules", &[FileKind::Pdf]) {
        Ok(found) => found,
        Err(e) => return show(&s, id, &e.fields, &Posted::Null, None).await,
    };
    let config = s.state.config.clone();
    let r = s
        .submit(move |c, user, cid| {
            let account = user.account.id;
            service::set_rules_document(c, user, cid, id, |c| {
                uploads::store(c, &config, &file, kind, Some(account), Some(cid), false)
            })
        })
        .await;
    after(&s, id, r, Posted::Null, "#facts").await
}
