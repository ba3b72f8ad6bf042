//! The JSON API (public: no personal data; the shapes are `musharaka_petitions::api`).

use super::{today, PAGE_SIZE};
use crate::forms::petitions::ListQuery;
use crate::routes::db;
use crate::routes::Reply;
use crate::scope::Id;
use crate::scope::Site;
use actix_web::{web, HttpResponse};
use musharaka_petitions::api;

pub async fn list(site: Site, req: actix_web::HttpRequest, q: web::Query<ListQuery>) -> Reply {
    let (commune, filter, page, today) = (site.commune, q.filter(), q.page, today());
    let key = (commune.id, "petitions-api", req.query_string().to_string());
    // The same for everyone who asks: kept serialised and gzipped.
    crate::cache::shared(&site.state, key, site.ctx.accepts_gzip, || async {
        let body = db(&site.state, move |c| {
            api::list(c, &commune, &filter, page, PAGE_SIZE, today)
        })
        .await?;
        let json = serde_json::to_vec(&body).map_err(musharaka_core::Error::internal)?;
        Ok(Ok(crate::cache::SharedBody::new("application/json", json)))
    })
    .await
}

pub async fn one(site: Site, Id(id): Id) -> Reply {
    let (commune, id, today) = (site.commune, id, today());
    let body = db(&site.state, move |c| api::petition(c, &commune, id, today)).await?;
    Ok(HttpResponse::Ok().json(body))
}

pub async fn count(site: Site, Id(id): Id) -> Reply {
    let (commune, id) = (site.commune, id);
    let body = db(&site.state, move |c| api::count(c, &commune, id)).await?;
    Ok(HttpResponse::Ok().json(body))
}
