//! Feeds and exports of the public list (no personal data): Atom, and CSV (translated,
//! every text cell neutralised against formula injection).

use super::today;
use crate::forms::petitions::ListQuery;
use crate::routes::data::csv_file;
use crate::routes::db;
use crate::routes::{atom_feed, Reply};
use crate::scope::Site;
use crate::views::petitions as v;
use actix_web::{web, HttpRequest};
use musharaka_petitions::service;

/// Atom feed of the commune's petitions: new ones and their latest step.
pub async fn atom(site: Site, req: HttpRequest) -> Reply {
    let cid = site.commune.id;
    let rows = db(&site.state, move |c| service::feed_rows(c, cid)).await?;
    Ok(atom_feed(v::atom(site.feed(&req), &rows)))
}

/// CSV of the public list (no personal data), in the reader's language.
pub async fn csv_export(site: Site, q: web::Query<ListQuery>) -> Reply {
    let (cid, filter) = (site.commune.id, q.filter());
    let rows = db(&site.state, move |c| service::export_rows(c, cid, &filter)).await?;
    let table = musharaka_petitions::open_data::list_table(&rows, today());
    let name = format!("petitions-{}.csv", site.commune.slug);
    csv_file(&table, site.ctx.lang, &name)
}
