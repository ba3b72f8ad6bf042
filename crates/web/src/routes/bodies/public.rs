//! The public side: the list, a body's page, an opinion's timeline, the Atom feed of
//! opinions, the CSV of members (names and seats only) and the JSON API.

use super::today;
use crate::forms::bodies::DoneQuery;
use crate::routes::data::csv_file;
use crate::routes::{atom_feed, Reply};
use crate::routes::{db, html};
use crate::scope::Site;
use crate::views::bodies as v;
use actix_web::{web, HttpRequest, HttpResponse};
use musharaka_bodies::open_data;
use musharaka_bodies::service::{self, BodyPage};

type BodyPath = web::Path<(String, i64)>;

pub async fn list(site: Site) -> Reply {
    let cid = site.commune.id;
    site.kept_page(
        "bodies",
        String::new(),
        move |c| service::public_list(c, cid, today()),
        |rows| v::list(&site.ctx, &site.commune, rows),
    )
    .await
}

pub async fn body(site: Site, path: BodyPath) -> Reply {
    let (cid, id) = (site.commune.id, path.1);
    site.kept_page(
        "body",
        id.to_string(),
        move |c| service::public_body(c, cid, id, today()),
        |d| v::body(&site.ctx, &site.commune, d, today()),
    )
    .await
}

pub async fn opinion(
    site: Site,
    path: web::Path<(String, i64, i64)>,
    q: web::Query<DoneQuery>,
) -> Reply {
    let (cid, id, oid) = (site.commune.id, path.1, path.2);
    let (d, became) = db(&site.state, move |c| {
        let page = service::public_opinion(c, cid, id, oid)?;
        let reference = format!("{id}/{oid}");
        let became = musharaka_programme::service::became(c, cid, "advisory_opinion", &reference)?;
        Ok((page, became))
    })
    .await?;
    let done = q.done.as_deref();
    let markup = v::opinion(&site.ctx, &site.commune, &d, &became, today(), done);
    Ok(html(markup, false))
}

/// Atom feed of the commune's opinions and the council's answers.
pub async fn atom(site: Site, req: HttpRequest) -> Reply {
    let cid = site.commune.id;
    let rows = db(&site.state, move |c| service::commune_opinions(c, cid, 50)).await?;
    Ok(atom_feed(v::feed::atom(site.feed(&req), &rows)))
}

/// The members the body publishes: names of representatives, association, seat, term.
pub async fn members_csv(site: Site, path: BodyPath) -> Reply {
    let (cid, id) = (site.commune.id, path.1);
    let key = (cid, "body", id.to_string());
    let d = crate::cache::kept(&site.state, key, move |c| {
        service::public_body(c, cid, id, today())
    })
    .await?;
    let table = musharaka_bodies::open_data::members_table(&d.members, today());
    csv_file(&table, site.ctx.lang, &format!("body-{id}-members.csv"))
}

pub async fn api_list(site: Site) -> Reply {
    let cid = site.commune.id;
    let key = (cid, "bodies", String::new());
    let rows = crate::cache::kept(&site.state, key, move |c| {
        service::public_list(c, cid, today())
    })
    .await?;
    Ok(HttpResponse::Ok().json(open_data::api_list(&rows, &site.commune.slug)))
}

pub async fn api_one(site: Site, path: BodyPath) -> Reply {
    let (cid, id) = (site.commune.id, path.1);
    let d: BodyPage = db(&site.state, move |c| {
        service::public_body(c, cid, id, today())
    })
    .await?;
    Ok(HttpResponse::Ok().json(open_data::api_body(&d, &site.commune.slug, today())))
}
