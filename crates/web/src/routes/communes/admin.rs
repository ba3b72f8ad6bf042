//! A commune's back office: its facts, council members and committees. Every handler takes a `CommuneScope<Admin>`
//! (or `<AnyRole>` for the dashboard): the commune and the right, checked once.

use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::communes::{CommitteeForm, CommuneForm, MemberForm};
use crate::forms::CsrfForm;
use crate::routes::{checked, db, html, see_other, submit_checked};
use crate::scope::{Admin, AnyRole, CommuneScope, MaybeId};
use crate::state::AppState;
use crate::uploads::{self, FileKind};
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
pub async fn staff_home(state: web::Data<AppState>, ctx: Ctx) -> Result<HttpResponse, PageError> {
    let user = ctx.require_user()?.clone();
    let all = db(&state, service::all).await?;
    let mine: Vec<Commune> = all.into_iter().filter(|c| user.has_any(c.id)).collect();
    Ok(html(v::staff_home(&ctx, &mine), false))
}

#[derive(Deserialize)]
pub struct DoneQuery {
    pub done: Option<String>,
}

pub async fn dashboard(
    state: web::Data<AppState>,
    scope: CommuneScope<AnyRole>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope { ctx, commune, .. } = scope;
    let id = commune.id;
    let stats = db(&state, move |c| {
        Ok(v::DashboardStats {
            members: service::council_members(c, id)?.len(),
            committees: service::committees(c, id)?.len(),
            pending_associations: identity::pending_associations(c, id)?,
            problems: service::composition_problems(c, id)?,
        })
    })
    .await?;
    Ok(html(
        v::dashboard(&ctx, &commune, &stats, q.done.as_deref()),
        false,
    ))
}

// ---- commune facts -------------------------------------------------------------

pub async fn commune_page(
    scope: CommuneScope<Admin>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope { ctx, commune, .. } = scope;
    let form = CommuneForm::from_commune(&commune);
    Ok(html(
        v::commune_form(&ctx, &commune, &form, &vec![], q.done.as_deref()),
        false,
    ))
}

pub async fn commune_save(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    CsrfForm(form): CsrfForm<CommuneForm>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let id = commune.id;
    let check = checked(|errors| form.facts(&commune.slug, errors));
    match submit_checked(&state, check, move |c, facts| {
        service::update_commune(c, &user, id, facts)
    })
    .await?
    {
        Ok(_) => Ok(admin_done(&commune, "commune", "admin-saved")),
        Err(fields) => Ok(html(
            v::commune_form(&ctx, &commune, &form, &fields, None),
            true,
        )),
    }
}

pub async fn logo_save(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    payload: Multipart,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let form = uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let file = form.files.into_iter().find(|f| f.field == "logo");
    let reshow = |errors: &FieldErrors| {
        let form = CommuneForm::from_commune(&commune);
        Ok(html(
            v::commune_form(&ctx, &commune, &form, errors, None),
            true,
        ))
    };
    let Some(file) = file else {
        return reshow(&vec![("logo".to_string(), "field-required".to_string())]);
    };
    let kind = match uploads::check_kind(&file, &[FileKind::Png, FileKind::Jpeg]) {
        Ok(k) => k,
        Err(e) => return reshow(&e.fields),
    };
    let config = state.config.clone();
    let id = commune.id;
    db(&state, move |c| {
        let upload = uploads::store_public(c, &config, (&file, kind), user.account.id, id)?;
        service::set_logo(c, &user, id, upload)
    })
    .await?;
    Ok(admin_done(&commune, "commune", "admin-saved"))
}

// ---- council members -----------------------------------------------------------

pub async fn members_page(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope { ctx, commune, .. } = scope;
    let id = commune.id;
    let members = db(&state, move |c| service::council_members(c, id)).await?;
    Ok(html(
        v::members(&ctx, &commune, &members, q.done.as_deref()),
        false,
    ))
}

pub async fn member_new(scope: CommuneScope<Admin>) -> Result<HttpResponse, PageError> {
    let CommuneScope { ctx, commune, .. } = scope;
    let form = MemberForm {
        gender: "female".into(),
        role: "member".into(),
        ..Default::default()
    };
    Ok(html(
        v::member_form(&ctx, &commune, None, &form, &vec![]),
        false,
    ))
}

pub async fn member_edit(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner().1;
    let CommuneScope { ctx, commune, .. } = scope;
    let cid = commune.id;
    let m = db(&state, move |c| service::council_member(c, cid, id)).await?;
    Ok(html(
        v::member_form(
            &ctx,
            &commune,
            Some(id),
            &MemberForm::from_member(&m),
            &vec![],
        ),
        false,
    ))
}

/// Creates (`POST …/members`) or updates (`POST …/members/{id}`) a council member.
pub async fn member_save(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    MaybeId(id): MaybeId,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let cid = commune.id;
    match submit_checked(&state, checked(|e| form.facts(e)), move |c, facts| {
        service::save_member(c, Some(&user), cid, id, facts)
    })
    .await?
    {
        Ok(_) => Ok(admin_done(&commune, "members", "admin-saved")),
        Err(fields) => Ok(html(
            v::member_form(&ctx, &commune, id, &form, &fields),
            true,
        )),
    }
}

pub async fn member_delete(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<crate::forms::EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (id, cid, user) = (path.into_inner().1, scope.commune.id, scope.user);
    db(&state, move |c| service::delete_member(c, &user, cid, id)).await?;
    Ok(admin_done(&scope.commune, "members", "admin-deleted"))
}

/// 303 to one of the commune's back-office pages, saying what was `done`.
fn admin_done(commune: &Commune, page: &str, done: &str) -> HttpResponse {
    see_other(&format!("/{}/admin/{page}?done={done}", commune.slug))
}

// ---- committees ----------------------------------------------------------------

pub async fn committees_page(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope { ctx, commune, .. } = scope;
    let id = commune.id;
    let (committees, members) = db(&state, move |c| {
        Ok((
            service::committees(c, id)?,
            service::council_members(c, id)?,
        ))
    })
    .await?;
    Ok(html(
        v::committees(&ctx, &commune, &committees, &members, q.done.as_deref()),
        false,
    ))
}

pub async fn committee_form_page(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: Option<i64>,
    form: &CommitteeForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let cid = commune.id;
    let members = db(state, move |c| service::council_members(c, cid)).await?;
    Ok(html(
        v::committee_form(ctx, commune, id, form, &members, errors),
        !errors.is_empty(),
    ))
}

pub async fn committee_new(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope { ctx, commune, .. } = scope;
    committee_form_page(
        &state,
        &ctx,
        &commune,
        None,
        &CommitteeForm::default(),
        &vec![],
    )
    .await
}

pub async fn committee_edit(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner().1;
    let CommuneScope { ctx, commune, .. } = scope;
    let cid = commune.id;
    let all = db(&state, move |c| service::committees(c, cid)).await?;
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
    committee_form_page(&state, &ctx, &commune, Some(id), &form, &vec![]).await
}

/// Creates (`POST …/committees`) or updates (`POST …/committees/{id}`) a committee.
pub async fn committee_save(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    MaybeId(id): MaybeId,
    CsrfForm(form): CsrfForm<CommitteeForm>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let cid = commune.id;
    match submit_checked(&state, checked(|e| form.facts(e)), move |c, facts| {
        service::save_committee(c, Some(&user), cid, id, facts)
    })
    .await?
    {
        Ok(_) => Ok(admin_done(&commune, "committees", "admin-saved")),
        Err(fields) => committee_form_page(&state, &ctx, &commune, id, &form, &fields).await,
    }
}

pub async fn committee_delete(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<crate::forms::EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (id, cid, user) = (path.into_inner().1, scope.commune.id, scope.user);
    db(&state, move |c| {
        service::delete_committee(c, &user, cid, id)
    })
    .await?;
    Ok(admin_done(&scope.commune, "committees", "admin-deleted"))
}
