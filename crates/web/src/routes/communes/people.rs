//! A commune's back office: association files, roles and the audit log. Every handler takes a `CommuneScope<Admin>`
//! (or `<AnyRole>` for the dashboard): the commune and the right, checked once.

use super::admin::DoneQuery;
use crate::errors::PageError;
use crate::forms::{CsrfForm, EmptyForm};
use crate::routes::{html, see_other, Reply};
use crate::scope::{Admin, CommuneScope, Id};
use crate::views::communes::admin as v;
use crate::views::form::FieldErrors;
use actix_web::web;
use musharaka_core::{Error, ErrorKind, Page};
use musharaka_identity::service::{self as identity, Review};
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

/// Every handler here: the commune's admin.
type Scope = CommuneScope<Admin>;

/// The association files with `status` (all when none), page `page`; `refused`, a review's
/// fields marked (422).
async fn associations(
    s: &Scope,
    status: Option<AssociationStatus>,
    page: Page,
    done: Option<&str>,
    refused: Option<&FieldErrors>,
) -> Reply {
    let list = s
        .db(move |c, user, cid| identity::associations_page(c, user, cid, status, page))
        .await?;
    let status = status.map(AssociationStatus::key);
    let errors = refused.cloned().unwrap_or_default();
    let markup = v::associations(&s.ctx, &s.commune, &list, status, done, &errors);
    Ok(html(markup, refused.is_some()))
}

pub async fn associations_page(s: Scope, q: web::Query<ListQuery>) -> Reply {
    let status = q.status.as_deref().and_then(|s| {
        ["pending", "verified", "rejected"]
            .contains(&s)
            .then(|| AssociationStatus::parse(s))
    });
    associations(&s, status, q.page, q.done.as_deref(), None).await
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
    s: Scope,
    Id(id): Id,
    CsrfForm(form): CsrfForm<ReviewForm>,
) -> Reply {
    let st = s.state.clone();
    let reviewed = s.submit(move |c, user, cid| {
        identity::review_association(c, &st.mail_ctx(), user, cid, id, form.review()?)
    });
    match reviewed.await? {
        Ok(_) => {
            s.state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/associations?done=admin-saved",
                s.commune.slug
            )))
        }
        Err(fields) => {
            let pending = Some(AssociationStatus::Pending);
            associations(&s, pending, Page::FIRST, None, Some(&fields)).await
        }
    }
}

// ---- roles ---------------------------------------------------------------------

/// The commune's roles, with the grant form (its posted values, `refused` marked, 422).
async fn roles(
    s: &Scope,
    (email, role): (&str, &str),
    refused: Option<&FieldErrors>,
    done: Option<&str>,
) -> Reply {
    let rows = s.db(identity::roles_in_commune).await?;
    let errors = refused.cloned().unwrap_or_default();
    let page = v::roles(&s.ctx, &s.commune, &rows, email, role, &errors, done);
    Ok(html(page, refused.is_some()))
}

pub async fn roles_page(s: Scope, q: web::Query<DoneQuery>) -> Reply {
    roles(&s, ("", ""), None, q.done.as_deref()).await
}

#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

pub async fn role_grant(s: Scope, CsrfForm(form): CsrfForm<RoleForm>) -> Reply {
    let result = match form.role.parse::<Role>() {
        Err(_) => Err(PageError(Error::invalid("role", "field-choice"))),
        Ok(role) => {
            let email = form.email.clone();
            s.db(move |c, user, cid| identity::grant_role(c, user, cid, &email, role))
                .await
        }
    };
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/{}/admin/roles?done=admin-saved",
            s.commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() || e.kind == ErrorKind::Conflict => {
            let fields = if e.fields.is_empty() {
                vec![("role".to_string(), "error-conflict".to_string())]
            } else {
                e.fields
            };
            roles(&s, (&form.email, &form.role), Some(&fields), None).await
        }
        Err(e) => Err(e),
    }
}

pub async fn role_revoke(s: Scope, Id(id): Id, _f: CsrfForm<EmptyForm>) -> Reply {
    s.db(move |c, user, cid| identity::revoke_role(c, user, cid, id))
        .await?;
    Ok(see_other(&format!(
        "/{}/admin/roles?done=admin-deleted",
        s.commune.slug
    )))
}

// ---- audit log -----------------------------------------------------------------

pub async fn audit_page(s: Scope, q: web::Query<ListQuery>) -> Reply {
    let page = q.page;
    let rows = s
        .db(move |c, user, cid| identity::audit_page(c, user, cid, page))
        .await?;
    let markup = v::audit(
        &s.ctx,
        &s.commune,
        &rows.rows,
        rows.page.number(),
        rows.has_next,
    );
    Ok(html(markup, false))
}
