//! A commune's back office: its facts, council members, committees, association
//! verification, roles and the audit log. Every handler starts with `scope`, which loads
//! the commune and checks the permission (one place, every request).

use super::{db, html, see_other};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::communes::{CommitteeForm, CommuneForm, MemberForm};
use crate::forms::CsrfForm;
use crate::scope::{Admin, CommuneScope};
use crate::state::{i18n, AppState};
use crate::uploads::{self, FileKind};
use crate::views::admin as v;
use crate::views::form::FieldErrors;
use actix_multipart::Multipart;
use actix_web::{web, HttpResponse};
use musharaka_communes::service;
use musharaka_communes::{store, Commune};
use musharaka_core::{ErrorKind, Page};
use musharaka_identity::service::{self as identity, MailContext, Review};
use musharaka_identity::{AssociationStatus, Permissions, Role};
use serde::Deserialize;

pub const PAGE_SIZE: i64 = 25;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/{slug}/admin")
            .route("", web::get().to(dashboard))
            .route("/commune", web::get().to(commune_page))
            .route("/commune", web::post().to(commune_save))
            .route("/commune/logo", web::post().to(logo_save))
            .route("/members", web::get().to(members_page))
            .route("/members", web::post().to(member_create))
            .route("/members/new", web::get().to(member_new))
            .route("/members/{id}", web::get().to(member_edit))
            .route("/members/{id}", web::post().to(member_update))
            .route("/members/{id}/delete", web::post().to(member_delete))
            .route("/committees", web::get().to(committees_page))
            .route("/committees", web::post().to(committee_create))
            .route("/committees/new", web::get().to(committee_new))
            .route("/committees/{id}", web::get().to(committee_edit))
            .route("/committees/{id}", web::post().to(committee_update))
            .route("/committees/{id}/delete", web::post().to(committee_delete))
            .route("/associations", web::get().to(associations_page))
            .route(
                "/associations/{id}/review",
                web::post().to(association_review),
            )
            .route("/roles", web::get().to(roles_page))
            .route("/roles", web::post().to(role_grant))
            .route("/roles/{id}/revoke", web::post().to(role_revoke))
            .route("/audit", web::get().to(audit_page)),
    );
}

/// Loads the commune and checks the visitor's permission for its back office:
/// `need_admin` for the admin-only pages, any role there otherwise.
async fn scope(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    slug: &str,
    need_admin: bool,
) -> Result<(Commune, Permissions), PageError> {
    let user = ctx.require_user()?.clone();
    let slug = slug.to_string();
    let commune = db(state, move |c| service::by_slug(c, &slug)).await?;
    let allowed = if need_admin {
        user.can_administer(commune.id)
    } else {
        user.has_any(commune.id)
    };
    if !allowed {
        return Err(ErrorKind::Forbidden.into());
    }
    Ok((commune, user))
}

/// `/admin`: the communes whose back office the visitor may open.
pub async fn staff_home(state: web::Data<AppState>, ctx: Ctx) -> Result<HttpResponse, PageError> {
    let user = ctx.require_user()?.clone();
    let all = db(&state, |c| Ok(store::all(c)?)).await?;
    let mine: Vec<Commune> = all.into_iter().filter(|c| user.has_any(c.id)).collect();
    Ok(html(v::staff_home(&ctx, &mine), false))
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

async fn dashboard(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (commune, _) = scope(&state, &ctx, &slug, false).await?;
    let id = commune.id;
    let stats = db(&state, move |c| {
        Ok(v::DashboardStats {
            members: store::members(c, id)?.len(),
            committees: store::committees(c, id)?.len(),
            pending_associations: identity::pending_associations(c, id)?,
        })
    })
    .await?;
    Ok(html(
        v::dashboard(&ctx, &commune, &stats, q.done.as_deref()),
        false,
    ))
}

// ---- commune facts -------------------------------------------------------------

async fn commune_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (commune, _) = scope(&state, &ctx, &slug, true).await?;
    let form = CommuneForm::from_commune(&commune);
    Ok(html(
        v::commune_form(&ctx, &commune, &form, &vec![], q.done.as_deref()),
        false,
    ))
}

async fn commune_save(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    CsrfForm(form): CsrfForm<CommuneForm>,
) -> Result<HttpResponse, PageError> {
    let (commune, user) = scope(&state, &ctx, &slug, true).await?;
    let mut errors = FieldErrors::new();
    let Some(facts) = form.facts(&commune.slug, &mut errors) else {
        return Ok(html(
            v::commune_form(&ctx, &commune, &form, &errors, None),
            true,
        ));
    };
    let id = commune.id;
    match db(&state, move |c| {
        service::update_commune(c, &user, id, &facts)
    })
    .await
    {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/commune?done=admin-saved",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => Ok(html(
            v::commune_form(&ctx, &commune, &form, &e.fields, None),
            true,
        )),
        Err(e) => Err(e),
    }
}

async fn logo_save(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    payload: Multipart,
) -> Result<HttpResponse, PageError> {
    let (commune, user) = scope(&state, &ctx, &slug, true).await?;
    let form = uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let file = form.files.into_iter().find(|f| f.field == "logo");
    let Some(file) = file else {
        let errors = vec![("logo".to_string(), "field-required".to_string())];
        return Ok(html(
            v::commune_form(
                &ctx,
                &commune,
                &CommuneForm::from_commune(&commune),
                &errors,
                None,
            ),
            true,
        ));
    };
    let kind = match uploads::check_kind(&file, &[FileKind::Png, FileKind::Jpeg]) {
        Ok(k) => k,
        Err(e) => {
            return Ok(html(
                v::commune_form(
                    &ctx,
                    &commune,
                    &CommuneForm::from_commune(&commune),
                    &e.fields,
                    None,
                ),
                true,
            ))
        }
    };
    let config = state.config.clone();
    let id = commune.id;
    db(&state, move |c| {
        let upload = uploads::store(
            c,
            &config,
            &file,
            kind,
            Some(user.account.id),
            Some(id),
            false,
        )?;
        service::set_logo(c, &user, id, upload)
    })
    .await?;
    Ok(see_other(&format!(
        "/{}/admin/commune?done=admin-saved",
        commune.slug
    )))
}

// ---- council members -----------------------------------------------------------

async fn members_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (commune, _) = scope(&state, &ctx, &slug, true).await?;
    let id = commune.id;
    let members = db(&state, move |c| Ok(store::members(c, id)?)).await?;
    Ok(html(
        v::members(&ctx, &commune, &members, q.done.as_deref()),
        false,
    ))
}

async fn member_new(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (commune, _) = scope(&state, &ctx, &slug, true).await?;
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

async fn member_edit(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, _) = scope(&state, &ctx, &slug, true).await?;
    let cid = commune.id;
    let m = db(&state, move |c| Ok(store::member(c, cid, id)?)).await?;
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

async fn member_save(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: &str,
    id: Option<i64>,
    form: MemberForm,
) -> Result<HttpResponse, PageError> {
    let (commune, user) = scope(&state, &ctx, slug, true).await?;
    let mut errors = FieldErrors::new();
    let Some(facts) = form.facts(&mut errors) else {
        return Ok(html(
            v::member_form(&ctx, &commune, id, &form, &errors),
            true,
        ));
    };
    let cid = commune.id;
    match db(&state, move |c| {
        service::save_member(c, Some(&user), cid, id, &facts)
    })
    .await
    {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/members?done=admin-saved",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => Ok(html(
            v::member_form(&ctx, &commune, id, &form, &e.fields),
            true,
        )),
        Err(e) => Err(e),
    }
}

async fn member_create(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<HttpResponse, PageError> {
    member_save(state, ctx, &slug, None, form).await
}

async fn member_update(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<MemberForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    member_save(state, ctx, &slug, Some(id), form).await
}

#[derive(Deserialize)]
pub struct EmptyForm {}

async fn member_delete(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug, true).await?;
    let cid = commune.id;
    db(&state, move |c| service::delete_member(c, &user, cid, id)).await?;
    Ok(see_other(&format!(
        "/{}/admin/members?done=admin-deleted",
        commune.slug
    )))
}

// ---- committees ----------------------------------------------------------------

async fn committees_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (commune, _) = scope(&state, &ctx, &slug, true).await?;
    let id = commune.id;
    let (committees, members) = db(&state, move |c| {
        Ok((store::committees(c, id)?, store::members(c, id)?))
    })
    .await?;
    Ok(html(
        v::committees(&ctx, &commune, &committees, &members, q.done.as_deref()),
        false,
    ))
}

async fn committee_form_page(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: Option<i64>,
    form: &CommitteeForm,
    errors: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let cid = commune.id;
    let members = db(state, move |c| Ok(store::members(c, cid)?)).await?;
    Ok(html(
        v::committee_form(ctx, commune, id, form, &members, errors),
        !errors.is_empty(),
    ))
}

async fn committee_new(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (commune, _) = scope(&state, &ctx, &slug, true).await?;
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

async fn committee_edit(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, _) = scope(&state, &ctx, &slug, true).await?;
    let cid = commune.id;
    let all = db(&state, move |c| Ok(store::committees(c, cid)?)).await?;
    let found = all
        .into_iter()
        .find(|c| c.committee.id == id)
        .ok_or(ErrorKind::NotFound)?;
    let form = CommitteeForm {
        name_ar: found.committee.name_ar.clone(),
        name_fr: found.committee.name_fr.clone(),
        chair_member_id: found
            .committee
            .chair_member_id
            .map(|c| c.to_string())
            .unwrap_or_default(),
        member_ids: found.member_ids.iter().map(|m| m.to_string()).collect(),
    };
    committee_form_page(&state, &ctx, &commune, Some(id), &form, &vec![]).await
}

async fn committee_save(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: &str,
    id: Option<i64>,
    form: CommitteeForm,
) -> Result<HttpResponse, PageError> {
    let (commune, user) = scope(&state, &ctx, slug, true).await?;
    let mut errors = FieldErrors::new();
    let Some(facts) = form.facts(&mut errors) else {
        return committee_form_page(&state, &ctx, &commune, id, &form, &errors).await;
    };
    let cid = commune.id;
    match db(&state, move |c| {
        service::save_committee(c, Some(&user), cid, id, &facts)
    })
    .await
    {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/committees?done=admin-saved",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            committee_form_page(&state, &ctx, &commune, id, &form, &e.fields).await
        }
        Err(e) => Err(e),
    }
}

async fn committee_create(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    CsrfForm(form): CsrfForm<CommitteeForm>,
) -> Result<HttpResponse, PageError> {
    committee_save(state, ctx, &slug, None, form).await
}

async fn committee_update(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<CommitteeForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    committee_save(state, ctx, &slug, Some(id), form).await
}

async fn committee_delete(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug, true).await?;
    let cid = commune.id;
    db(&state, move |c| {
        service::delete_committee(c, &user, cid, id)
    })
    .await?;
    Ok(see_other(&format!(
        "/{}/admin/committees?done=admin-deleted",
        commune.slug
    )))
}

// ---- associations --------------------------------------------------------------

#[derive(Deserialize)]
pub struct ListQuery {
    pub status: Option<String>,
    #[serde(default)]
    pub page: Page,
    pub done: Option<String>,
}

async fn associations_page(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let status = q.status.as_deref().and_then(|s| {
        ["pending", "verified", "rejected"]
            .contains(&s)
            .then(|| AssociationStatus::parse(s))
    });
    let (cid, page) = (commune.id, q.page);
    let list = db(&state, move |c| {
        identity::associations_page(c, &user, cid, status, page)
    })
    .await?;
    Ok(html(
        v::associations(
            &ctx,
            &commune,
            &list.rows,
            status.map(AssociationStatus::key),
            list.page.number(),
            list.has_next,
            q.done.as_deref(),
            &vec![],
        ),
        false,
    ))
}

#[derive(Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

async fn association_review(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReviewForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug, true).await?;
    let cid = commune.id;
    let st = state.clone();
    let result = db(&state, move |c| {
        let review = match form.decision.as_str() {
            "verify" => Review::Verify,
            "reject" => Review::Reject {
                reason: &form.reason,
            },
            _ => return Err(ErrorKind::InvalidInput.into()),
        };
        let ctx = MailContext {
            i18n: i18n(),
            base_url: &st.config.base_url,
        };
        identity::review_association(c, &ctx, &user, cid, id, review)
    })
    .await;
    match result {
        Ok(_) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/associations?done=admin-saved",
                commune.slug
            )))
        }
        Err(PageError(e)) if !e.fields.is_empty() => {
            let (cid, user) = (commune.id, ctx.require_user()?.clone());
            let list = db(&state, move |c| {
                identity::associations_page(
                    c,
                    &user,
                    cid,
                    Some(AssociationStatus::Pending),
                    Page::FIRST,
                )
            })
            .await?;
            Ok(html(
                v::associations(
                    &ctx,
                    &commune,
                    &list.rows,
                    Some("pending"),
                    1,
                    list.has_next,
                    None,
                    &e.fields,
                ),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

// ---- roles ---------------------------------------------------------------------

async fn roles_page(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let cid = commune.id;
    let rows = db(&state, move |c| identity::roles_in_commune(c, &user, cid)).await?;
    Ok(html(
        v::roles(&ctx, &commune, &rows, "", "", &vec![], q.done.as_deref()),
        false,
    ))
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

async fn role_grant(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    CsrfForm(form): CsrfForm<RoleForm>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let cid = commune.id;
    let lister = user.clone();
    let role: Option<Role> = form.role.parse().ok();
    let (email, r) = (form.email.clone(), role);
    let result = match r {
        None => Err(PageError(musharaka_core::Error::field(
            ErrorKind::InvalidInput,
            "role",
            "field-choice",
        ))),
        Some(r) => {
            db(&state, move |c| {
                identity::grant_role(c, &user, cid, &email, r)
            })
            .await
        }
    };
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/{}/admin/roles?done=admin-saved",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() || e.kind == ErrorKind::Conflict => {
            let fields = if e.fields.is_empty() {
                vec![("role".to_string(), "error-conflict".to_string())]
            } else {
                e.fields
            };
            let rows = db(&state, move |c| identity::roles_in_commune(c, &lister, cid)).await?;
            Ok(html(
                v::roles(
                    &ctx,
                    &commune,
                    &rows,
                    &form.email,
                    &form.role,
                    &fields,
                    None,
                ),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

async fn role_revoke(
    state: web::Data<AppState>,
    CommuneScope { commune, user, .. }: CommuneScope<Admin>,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner().1;
    let cid = commune.id;
    db(&state, move |c| identity::revoke_role(c, &user, cid, id)).await?;
    Ok(see_other(&format!(
        "/{}/admin/roles?done=admin-deleted",
        commune.slug
    )))
}

// ---- audit log -----------------------------------------------------------------

async fn audit_page(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let (cid, page) = (commune.id, q.page);
    let rows = db(&state, move |c| identity::audit_page(c, &user, cid, page)).await?;
    Ok(html(
        v::audit(
            &ctx,
            &commune,
            &rows.rows,
            rows.page.number(),
            rows.has_next,
        ),
        false,
    ))
}
