//! The privacy notice (law 09.08), the accessibility statement and the legal information:
//! the platform's (`/privacy`, `/accessibility`, `/legal`) and each commune's, with the
//! contacts its admin gives (`/{slug}/admin/notices`). Linked from every page's footer.

use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::notices::NoticesForm;
use crate::forms::CsrfForm;
use crate::routes::communes::admin::DoneQuery;
use crate::routes::{db, html, see_other, submit};
use crate::scope::{Admin, CommuneScope, Site};
use crate::state::AppState;
use crate::views::communes::notices as v;
use actix_web::{web, HttpResponse};
use musharaka_communes::notices;

/// Which notice a page shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Notice {
    Privacy,
    Accessibility,
    Legal,
}

async fn national(state: &web::Data<AppState>, ctx: Ctx, which: Notice) -> HttpResponse {
    html(
        v::notice(&ctx, None, None, which, state.config.retention_months),
        false,
    )
}

pub async fn privacy(state: web::Data<AppState>, ctx: Ctx) -> HttpResponse {
    national(&state, ctx, Notice::Privacy).await
}

pub async fn accessibility(state: web::Data<AppState>, ctx: Ctx) -> HttpResponse {
    national(&state, ctx, Notice::Accessibility).await
}

pub async fn legal(state: web::Data<AppState>, ctx: Ctx) -> HttpResponse {
    national(&state, ctx, Notice::Legal).await
}

async fn of_commune(
    state: web::Data<AppState>,
    site: Site,
    which: Notice,
) -> Result<HttpResponse, PageError> {
    let cid = site.commune.id;
    let n = db(&state, move |c| notices::of(c, cid)).await?;
    Ok(html(
        v::notice(
            &site.ctx,
            Some(&site.commune),
            Some(&n),
            which,
            state.config.retention_months,
        ),
        false,
    ))
}

pub async fn commune_privacy(
    state: web::Data<AppState>,
    site: Site,
) -> Result<HttpResponse, PageError> {
    of_commune(state, site, Notice::Privacy).await
}

pub async fn commune_accessibility(
    state: web::Data<AppState>,
    site: Site,
) -> Result<HttpResponse, PageError> {
    of_commune(state, site, Notice::Accessibility).await
}

pub async fn commune_legal(
    state: web::Data<AppState>,
    site: Site,
) -> Result<HttpResponse, PageError> {
    of_commune(state, site, Notice::Legal).await
}

pub async fn admin_page(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope { ctx, commune, .. } = scope;
    let cid = commune.id;
    let n = db(&state, move |c| notices::of(c, cid)).await?;
    let form = NoticesForm::from_notices(&n);
    Ok(html(
        v::admin_form(&ctx, &commune, &form, &vec![], q.done.as_deref()),
        false,
    ))
}

pub async fn admin_save(
    state: web::Data<AppState>,
    scope: CommuneScope<Admin>,
    CsrfForm(form): CsrfForm<NoticesForm>,
) -> Result<HttpResponse, PageError> {
    let CommuneScope {
        ctx, commune, user, ..
    } = scope;
    let (cid, facts) = (commune.id, form.facts());
    match submit(&state, move |c| notices::save(c, &user, cid, &facts)).await? {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/notices?done=admin-saved",
            commune.slug
        ))),
        Err(fields) => Ok(html(
            v::admin_form(&ctx, &commune, &form, &fields, None),
            true,
        )),
    }
}
