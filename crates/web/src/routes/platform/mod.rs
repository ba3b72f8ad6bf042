//! The national directorate's area: every commune of the platform, and the creation of a
//! new one (optionally with its first admin). Platform administrators only: `platform_scope`
//! checks it on every request.

use super::{db, html, see_other};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::communes::CommuneForm;
use crate::forms::platform::NewCommuneForm;
use crate::forms::CsrfForm;
use crate::routes::Reply;
use crate::state::AppState;
use crate::views::form::FieldErrors;
use crate::views::platform as v;
use actix_web::web;
use musharaka_communes::service::{create_commune_with_admin, platform_list};
use musharaka_core::{ErrorKind, Page};
use musharaka_identity::Permissions;
use serde::Deserialize;

pub fn configure(cfg: &mut crate::routes::Routes) {
    super::Router::new(cfg)
        .get("/admin/platform/communes", communes_page)
        .get("/admin/platform/communes/new", commune_new)
        .post("/admin/platform/communes/new", commune_create);
}

/// The signed-in platform administrator (401 when signed out, 403 for anyone else).
fn platform_scope(ctx: &Ctx) -> Result<Permissions, PageError> {
    let user = ctx.require_user()?;
    if !user.is_platform_admin() {
        return Err(ErrorKind::Forbidden.into());
    }
    Ok(user.clone())
}

#[derive(Deserialize)]
pub struct SearchQuery {
    pub q: Option<String>,
    #[serde(default)]
    pub page: Page,
    pub done: Option<String>,
}

async fn communes_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    query: web::Query<SearchQuery>,
) -> Reply {
    let user = platform_scope(&ctx)?;
    let words = query.q.clone().filter(|w| !w.trim().is_empty());
    let (w, page) = (words.clone(), query.page);
    let rows = db(&state, move |c| platform_list(c, &user, w.as_deref(), page)).await?;
    let list = v::CommuneList {
        rows: &rows.rows,
        words: words.as_deref().unwrap_or_default(),
        page: rows.page.number(),
        has_next: rows.has_next,
    };
    Ok(html(v::communes(&ctx, &list, query.done.as_deref()), false))
}

async fn commune_new(ctx: Ctx) -> Reply {
    platform_scope(&ctx)?;
    let form = NewCommuneForm {
        commune: CommuneForm {
            census_year: "2024".into(),
            ..Default::default()
        },
        ..Default::default()
    };
    Ok(html(v::commune_form(&ctx, &form, &vec![]), false))
}

async fn commune_create(
    state: web::Data<AppState>,
    ctx: Ctx,
    CsrfForm(form): CsrfForm<NewCommuneForm>,
) -> Reply {
    let user = platform_scope(&ctx)?;
    let mut errors = FieldErrors::new();
    let Some(facts) = form.facts(&mut errors) else {
        return Ok(html(v::commune_form(&ctx, &form, &errors), true));
    };
    let email = form.admin_email();
    let result = db(&state, move |c| {
        create_commune_with_admin(c, &user, &facts, email.as_deref())
    })
    .await;
    match crate::routes::marked(result)? {
        Ok(c) => Ok(see_other(&format!(
            "/admin/platform/communes?q={}&done=platform-commune-created",
            c.slug
        ))),
        Err(fields) => Ok(html(v::commune_form(&ctx, &form, &fields), true)),
    }
}
