//! A commune's back office: association files, roles and the audit log. Every handler takes a `CommuneScope<Admin>`
//! (or `<AnyRole>` for the dashboard): the commune and the right, checked once.

use super::admin::DoneQuery;
use crate::errors::PageError;
use crate::forms::CsrfForm;
use crate::routes::{db, html, marked, see_other};
use crate::scope::{Admin, CommuneScope};
use crate::state::{i18n, AppState};
use crate::views::communes::admin as v;
use actix_web::{web, HttpResponse};
use musharaka_core::{ErrorKind, Page};
use musharaka_identity::service::{self as identity, MailContext, Review};
use musharaka_identity::{AssociationStatus, Role};
use serde::Deserialize;

// ---- associations --------------------------------------------------------------

#[derive(Deserialize)]
pub struct ListQuery {
    pub status: Option<String>,
    #[serde(default)]
    pub page: Page,
    pub done: Option<String>,
}

pub async fn associations_page(
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

impl ReviewForm {
    fn review(&self) -> Result<Review<'_>, musharaka_core::Error> {
        match self.decision.as_str() {
            "verify" => Ok(Review::Verify),
            "reject" => Ok(Review::Reject {
                reason: &self.reason,
            }),
            _ => Err(ErrorKind::InvalidInput.into()),
        }
    }
}

pub async fn association_review(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<ReviewForm>,
) -> Result<HttpResponse, PageError> {
    let id = path.into_inner().1;
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let cid = commune.id;
    let st = state.clone();
    let result = db(&state, move |c| {
        let mail = MailContext {
            i18n: i18n(),
            base_url: &st.config.base_url,
        };
        identity::review_association(c, &mail, &user, cid, id, form.review()?)
    })
    .await;
    match marked(result)? {
        Ok(_) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/associations?done=admin-saved",
                commune.slug
            )))
        }
        Err(fields) => {
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
                    &fields,
                ),
                true,
            ))
        }
    }
}

// ---- roles ---------------------------------------------------------------------

pub async fn roles_page(
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

pub async fn role_grant(
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

pub async fn role_revoke(
    state: web::Data<AppState>,
    CommuneScope { commune, user, .. }: CommuneScope<Admin>,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<crate::forms::EmptyForm>,
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

pub async fn audit_page(
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
