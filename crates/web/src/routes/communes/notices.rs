//! The privacy notice (law 09.08), the accessibility statement and the legal information:
//! the platform's (`/privacy`, `/accessibility`, `/legal`) and each commune's, with the
//! contacts its admin gives (`/{slug}/admin/notices`). Linked from every page's footer.

use crate::ctx::Ctx;
use crate::forms::notices::NoticesForm;
use crate::forms::CsrfForm;
use crate::routes::communes::admin::DoneQuery;
use crate::routes::{db, html, see_other, Reply};
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

async fn of_commune(site: Site, which: Notice) -> Reply {
    let cid = site.commune.id;
    let n = db(&site.state, move |c| notices::of(c, cid)).await?;
    Ok(html(
        v::notice(
            &site.ctx,
            Some(&site.commune),
            Some(&n),
            which,
            site.state.config.retention_months,
        ),
        false,
    ))
}

pub async fn commune_privacy(site: Site) -> Reply {
    of_commune(site, Notice::Privacy).await
}

pub async fn commune_accessibility(site: Site) -> Reply {
    of_commune(site, Notice::Accessibility).await
}

pub async fn commune_legal(site: Site) -> Reply {
    of_commune(site, Notice::Legal).await
}

pub async fn admin_page(s: CommuneScope<Admin>, q: web::Query<DoneQuery>) -> Reply {
    let n = s.db(|c, _, cid| notices::of(c, cid)).await?;
    let form = n.facts;
    let page = v::admin_form(&s.ctx, &s.commune, &form, &vec![], q.done.as_deref());
    Ok(html(page, false))
}

pub async fn admin_save(s: CommuneScope<Admin>, CsrfForm(form): CsrfForm<NoticesForm>) -> Reply {
    let facts = form.clone();
    match s
        .submit(move |c, user, cid| notices::save(c, user, cid, &facts))
        .await?
    {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/notices?done=admin-saved",
            s.commune.slug
        ))),
        Err(fields) => {
            let page = v::admin_form(&s.ctx, &s.commune, &form, &fields, None);
            Ok(html(page, true))
        }
    }
}
