//! The council's JSON API: sessions and the register of deliberations.

use super::public::record_of;
use crate::forms::councils::RegisterQuery;
use crate::routes::Reply;
use crate::routes::{db, Router};
use crate::scope::Site;
use crate::state::i18n;
use actix_web::{web, HttpResponse};
use musharaka_councils::api;
use musharaka_councils::service::public::{self as read, PER_PAGE};
use serde_json::{json, Value};

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .at("/api/v1/communes/{slug}/sessions")
        .get("", sessions)
        .get("/{id}", session)
        .at("/api/v1/communes/{slug}/deliberations")
        .get("", deliberations)
        .get("/{id}", deliberation);
}

async fn sessions(site: Site) -> Reply {
    let cid = site.commune.id;
    let sessions = db(&site.state, move |c| read::sessions_with_deadlines(c, cid)).await?;
    let items: Vec<Value> = sessions
        .iter()
        .map(|(s, d)| api::session_json(i18n(), &site.commune, s, d))
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "count": items.len(), "items": items })))
}

async fn session(site: Site, path: web::Path<(String, String)>) -> Reply {
    let detail = record_of(&site, path, read::session).await?;
    Ok(HttpResponse::Ok().json(api::session_detail_json(i18n(), &detail)))
}

async fn deliberations(site: Site, q: web::Query<RegisterQuery>) -> Reply {
    let (filter, page, cid) = (q.filter()?, q.page, site.commune.id);
    let paged = db(&site.state, move |c| {
        read::register_rows(c, cid, &filter, page)
    })
    .await?;
    let items: Vec<Value> = paged
        .rows
        .iter()
        .map(|(d, i)| api::deliberation_summary_json(&site.commune, d, i))
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "page": page.number(),
        "per_page": PER_PAGE,
        "has_next": paged.has_next,
        "count": items.len(),
        "items": items,
    })))
}

async fn deliberation(site: Site, path: web::Path<(String, String)>) -> Reply {
    let d = record_of(&site, path, read::deliberation).await?;
    Ok(HttpResponse::Ok().json(api::deliberation_json(i18n(), &d)))
}
