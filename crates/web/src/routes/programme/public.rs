//! Public pages, exports, feed and API (no personal data: the steering committee is shown
//! as figures).

use crate::errors::PageError;
use crate::forms::programme::PageQuery;
use crate::routes::data::csv_file;
use crate::routes::Reply;
use crate::routes::{db, html};
use crate::scope::Site;
use crate::views::programme as v;
use actix_web::{web, HttpResponse};
use musharaka_core::time::today;
use musharaka_core::Result;
use musharaka_db::AnyConnection;
use musharaka_programme::export;
use musharaka_programme::service::{self as svc, Matrix};

pub async fn list(site: Site) -> Reply {
    let cid = site.commune.id;
    let load = move |c: &mut musharaka_db::AnyConnection| {
        Ok((
            svc::plans_overview(c, cid, true)?,
            svc::assessments(c, cid, true)?,
        ))
    };
    site.kept_page("programme", String::new(), load, |(plans, assessments)| {
        v::list(&site.ctx, &site.commune, plans, assessments)
    })
    .await
}

pub async fn plan(site: Site, path: web::Path<(String, i64)>) -> Reply {
    let (cid, id) = (site.commune.id, path.1);
    let d = db(&site.state, move |c| svc::plan_page(c, cid, id, true)).await?;
    Ok(html(v::plan(&site.ctx, &site.commune, &d), false))
}

pub async fn commitment(site: Site, path: web::Path<(String, i64, i64)>) -> Reply {
    let (cid, plan, id) = (site.commune.id, path.1, path.2);
    let d = db(&site.state, move |c| {
        svc::commitment_page(c, cid, plan, id, true)
    })
    .await?;
    Ok(html(v::commitment(&site.ctx, &site.commune, &d), false))
}

/// The public matrix of a plan at a round (`?round=`), or as of today.
async fn load_matrix(site: &Site, plan: i64, q: &PageQuery) -> Result<Matrix, PageError> {
    let round = q.round()?;
    let cid = site.commune.id;
    let work = move |c: &mut AnyConnection| svc::matrix(c, cid, plan, round, true, today());
    db(&site.state, work).await
}

pub async fn matrix(site: Site, path: web::Path<(String, i64)>, q: web::Query<PageQuery>) -> Reply {
    let m = load_matrix(&site, path.1, &q).await?;
    Ok(html(v::matrix(&site.ctx, &site.commune, &m), false))
}

pub async fn matrix_csv(
    site: Site,
    path: web::Path<(String, i64)>,
    q: web::Query<PageQuery>,
) -> Reply {
    let m = load_matrix(&site, path.1, &q).await?;
    let table = export::matrix_table(&m, site.ctx.lang);
    let name = format!("matrix-{}-{}.csv", site.commune.slug, m.plan.id);
    csv_file(&table, site.ctx.lang, &name)
}

pub async fn matrix_json(
    site: Site,
    path: web::Path<(String, i64)>,
    q: web::Query<PageQuery>,
) -> Reply {
    let m = load_matrix(&site, path.1, &q).await?;
    Ok(HttpResponse::Ok().json(export::matrix_json(&m)))
}

pub async fn atom(site: Site) -> Reply {
    let cid = site.commune.id;
    let rows = db(&site.state, move |c| svc::feed(c, cid)).await?;
    let base = site.state.config.base_url.trim_end_matches('/');
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(v::atom(&site.ctx, &site.commune, &rows, base)))
}

/// The commune's adopted plans with their progress.
pub async fn api_plans(site: Site) -> Reply {
    let cid = site.commune.id;
    let plans = db(&site.state, move |c| svc::plans_overview(c, cid, true)).await?;
    Ok(HttpResponse::Ok().json(export::plans_json(&plans, &site.commune.slug)))
}

/// A plan with every commitment, action, indicator and value (the matrix as of today).
pub async fn api_plan(site: Site, path: web::Path<(String, i64)>) -> Reply {
    let m = load_matrix(&site, path.1, &PageQuery::default()).await?;
    Ok(HttpResponse::Ok().json(export::matrix_json(&m)))
}
