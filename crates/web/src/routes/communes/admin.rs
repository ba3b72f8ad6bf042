//! A commune's back office: its facts, council members and committees. Every handler takes a `CommuneScope<Admin>`
//! (or `<AnyRole>` for the dashboard): the commune and the right, checked once.

use crate::ctx::Ctx;
use crate::forms::communes::{CommitteeForm, CommuneForm, MemberForm};
use crate::forms::{CsrfForm, EmptyForm};
use crate::routes::{checked, db, html, see_other, Reply};
use crate::scope::{Admin, AnyRole, CommuneScope, Id, MaybeId};
use crate::state::AppState;
use crate::uploads;
use crate::views::communes::admin as v;
use crate::views::form::FieldErrors;
use actix_multipart::Multipart;
use actix_web::{web, HttpResponse};
use musharaka_communes::service;
use musharaka_communes::Commune;
use musharaka_core::ErrorKind;
use musharaka_identity::service::{self as identity};
use serde::Deserialize;

/// `/admin`: the communes whose back office the visitor may open.
pub async fn staff_home(state: web::Data<AppState>, ctx: Ctx) -> Reply {
    let user = ctx.require_user()?.clone();
    let all = db(&state, service::all).await?;
    let mine: Vec<Commune> = all.into_iter().filter(|c| user.has_any(c.id)).collect();
    Ok(html(v::staff_home(&ctx, &mine), false))
}

#[derive(Deserialize)]
pub struct DoneQuery {
    pub done: Option<String>,
}

/// Every handler below but the dashboard: the commune's admin.
type Scope = CommuneScope<Admin>;

pub async fn dashboard(s: CommuneScope<AnyRole>, q: web::Query<DoneQuery>) -> Reply {
    let stats = s
        .db(|c, _, id| {
            Ok(v::DashboardStats {
                members: service::council_members(c, id)?.len(),
                committees: service::committees(c, id)?.len(),
                pending_associations: identity::pending_associations(c, id)?,
                problems: service::composition_problems(c, id)?,
            })
        })
        .await?;
    let page = v::dashboard(&s.ctx, &s.commune, &stats, q.done.as_deref());
    Ok(html(page, false))
}

// ---- commune facts -------------------------------------------------------------

/// The commune's facts form: its stored values, or a refused post's; `refused`, the fields
/// marked (422).
fn commune_form(
    s: &Scope,
    form: Option<&CommuneForm>,
    refused: Option<&FieldErrors>,
    done: Option<&str>,
) -> Reply {
    let stored = CommuneForm::from_commune(&s.commune);
    let errors = refused.cloned().unwrap_or_default();
    let page = v::commune_form(&s.ctx, &s.commune, form.unwrap_or(&stored), &errors, done);
    Ok(html(page, refused.is_some()))
}

pub async fn commune_page(s: Scope, q: web::Query<DoneQuery>) -> Reply {
    commune_form(&s, None, None, q.done.as_deref())
}

pub async fn commune_save(s: Scope, CsrfForm(form): CsrfForm<CommuneForm>) -> Reply {
    let check = checked(|errors| form.facts(&s.commune.slug, errors));
    let saved = s.submit_checked(check, |c, user, id, facts| {
        service::update_commune(c, user, id, facts)
    });
    match saved.await? {
        Ok(_) => Ok(admin_done(&s.commune, "commune", "admin-saved")),
        Err(fields) => commune_form(&s, Some(&form), Some(&fields), None),
    }
}

pub async fn logo_save(s: Scope, payload: Multipart) -> Reply {
    let form = uploads::read_form(&s.ctx, payload, s.state.config.upload_max_bytes).await?;
    let (file, kind) = match form.file("logo", uploads::IMAGES) {
        Ok(found) => found,
        Err(e) => return commune_form(&s, None, Some(&e.fields), None),
    };
    let config = s.state.config.clone();
    s.db(move |c, user, id| {
        let upload = uploads::store_public(c, &config, (&file, kind), user.account.id, id)?;
        service::set_logo(c, user, id, upload)
    })
    .await?;
    Ok(admin_done(&s.commune, "commune", "admin-saved"))
}

// ---- council members -----------------------------------------------------------

pub async fn members_page(s: Scope, q: web::Query<DoneQuery>) -> Reply {
    let members = s.db(|c, _, id| service::council_members(c, id)).await?;
    let page = v::members(&s.ctx, &s.commune, &members, q.done.as_deref());
    Ok(html(page, false))
}

/// A council member's form: new (`id` none) or one member's; `refused`, the fields marked
/// (422).
fn member_form(
    s: &Scope,
    id: Option<i64>,
    form: &MemberForm,
    refused: Option<&FieldErrors>,
) -> Reply {
    let errors = refused.cloned().unwrap_or_default();
    let page = v::member_form(&s.ctx, &s.commune, id, form, &errors);
    Ok(html(page, refused.is_some()))
}

pub async fn member_new(s: Scope) -> Reply {
    let form = MemberForm {
        gender: "female".into(),
        role: "member".into(),
        ..Default::default()
    };
    member_form(&s, None, &form, None)
}

pub async fn member_edit(s: Scope, Id(id): Id) -> Reply {
    let m = s
        .db(move |c, _, cid| service::council_member(c, cid, id))
        .await?;
    member_form(&s, Some(id), &MemberForm::from_member(&m), None)
}

/// Creates (`POST …/members`) or updates (`POST …/members/{id}`) a council member.
pub async fn member_save(
    s: Scope,
    MaybeId(id): MaybeId,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Reply {
    let saved = s.submit_checked(checked(|e| form.facts(e)), move |c, user, cid, facts| {
        service::save_member(c, Some(user), cid, id, facts)
    });
    match saved.await? {
        Ok(_) => Ok(admin_done(&s.commune, "members", "admin-saved")),
        Err(fields) => member_form(&s, id, &form, Some(&fields)),
    }
}

pub async fn member_delete(s: Scope, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    s.db(move |c, user, cid| service::delete(c, user, cid, service::Deletable::Member(id)))
        .await?;
    Ok(admin_done(&s.commune, "members", "admin-deleted"))
}

/// 303 to one of the commune's back-office pages, saying what was `done`.
fn admin_done(commune: &Commune, page: &str, done: &str) -> HttpResponse {
    see_other(&format!("/{}/admin/{page}?done={done}", commune.slug))
}

// ---- committees ----------------------------------------------------------------

pub async fn committees_page(s: Scope, q: web::Query<DoneQuery>) -> Reply {
    let (committees, members) = s
        .db(|c, _, id| {
            Ok((
                service::committees(c, id)?,
                service::council_members(c, id)?,
            ))
        })
        .await?;
    let page = v::committees(&s.ctx, &s.commune, &committees, &members, q.done.as_deref());
    Ok(html(page, false))
}

/// A committee's form (new when `id` is none), with `errors` marked.
async fn committee_form(
    s: &Scope,
    id: Option<i64>,
    form: &CommitteeForm,
    errors: &FieldErrors,
) -> Reply {
    let members = s.db(|c, _, cid| service::council_members(c, cid)).await?;
    let page = v::committee_form(&s.ctx, &s.commune, id, form, &members, errors);
    Ok(html(page, !errors.is_empty()))
}

pub async fn committee_new(s: Scope) -> Reply {
    committee_form(&s, None, &CommitteeForm::default(), &vec![]).await
}

pub async fn committee_edit(s: Scope, Id(id): Id) -> Reply {
    let all = s.db(|c, _, cid| service::committees(c, cid)).await?;
    let found = all
        .into_iter()
        .find(|c| c.committee.id == id)
        .ok_or(ErrorKind::NotFound)?;
    let form = CommitteeForm {
        name_ar: found.committee.name_ar.clone(),
        name_fr: found.committee.name_fr.clone(),
        purpose: found.committee.purpose.clone(),
        chair_member_id: found
            .committee
            .chair_member_id
            .map(|c| c.to_string())
            .unwrap_or_default(),
        member_ids: found.member_ids.iter().map(|m| m.to_string()).collect(),
    };
    committee_form(&s, Some(id), &form, &vec![]).await
}

/// Creates (`POST …/committees`) or updates (`POST …/committees/{id}`) a committee.
pub async fn committee_save(
    s: Scope,
    MaybeId(id): MaybeId,
    CsrfForm(form): CsrfForm<CommitteeForm>,
) -> Reply {
    let saved = s.submit_checked(checked(|e| form.facts(e)), move |c, user, cid, facts| {
        service::save_committee(c, Some(user), cid, id, facts)
    });
    match saved.await? {
        Ok(_) => Ok(admin_done(&s.commune, "committees", "admin-saved")),
        Err(fields) => committee_form(&s, id, &form, &fields).await,
    }
}

pub async fn committee_delete(s: Scope, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    s.db(move |c, user, cid| service::delete(c, user, cid, service::Deletable::Committee(id)))
        .await?;
    Ok(admin_done(&s.commune, "committees", "admin-deleted"))
}
