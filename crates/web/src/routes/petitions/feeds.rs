//! Feeds and exports of the public list (no personal data): Atom, and CSV with every
//! text cell neutralised against formula injection.

use super::today;
use crate::ctx::request_lang;
use crate::errors::PageError;
use crate::forms::petitions::ListQuery;
use crate::routes::db;
use crate::scope::Site;
use crate::state::AppState;
use crate::views::petitions as v;
use actix_web::{web, HttpRequest, HttpResponse};
use musharaka_core::export::csv_cell;
use musharaka_core::Error;
use musharaka_petitions::records::{Counts, PetitionRow};
use musharaka_petitions::service;

/// Atom feed of the commune's petitions: new ones and their latest step.
pub async fn atom(
    state: web::Data<AppState>,
    site: Site,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let cid = site.commune.id;
    let rows = db(&state, move |c| service::feed_rows(c, cid)).await?;
    let base = state.config.base_url.trim_end_matches('/');
    let body = v::atom(request_lang(&req, None), &site.commune, &rows, base);
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(body))
}

const HEADER: [&str; 13] = [
    "id",
    "kind",
    "status",
    "subject",
    "created_at",
    "deposited_at",
    "receipt_number",
    "review_deadline",
    "overdue",
    "signatures_online",
    "signatures_paper",
    "bureau_reasons",
    "deliberation_id",
];

fn record(p: &PetitionRow, n: &Counts, today: chrono::NaiveDate) -> Vec<String> {
    let text = |s: &str| csv_cell(s).into_owned();
    vec![
        p.id.to_string(),
        text(&p.kind),
        text(&p.status),
        text(&p.subject),
        p.created_at.to_string(),
        p.deposited_at.map(|d| d.to_string()).unwrap_or_default(),
        text(p.receipt_number.as_deref().unwrap_or_default()),
        p.review_deadline.map(|d| d.to_string()).unwrap_or_default(),
        p.overdue(today).to_string(),
        n.online.to_string(),
        n.paper.to_string(),
        text(p.bureau_reasons.as_deref().unwrap_or_default()),
        p.deliberation_id.map(|d| d.to_string()).unwrap_or_default(),
    ]
}

/// CSV of the public list (no personal data).
pub async fn csv_export(
    state: web::Data<AppState>,
    site: Site,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let (cid, filter) = (site.commune.id, q.filter());
    let rows = db(&state, move |c| service::export_rows(c, cid, &filter)).await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(HEADER).map_err(Error::internal)?;
    let today = today();
    for (p, n) in &rows {
        w.write_record(record(p, n, today))
            .map_err(Error::internal)?;
    }
    let bytes = w.into_inner().map_err(Error::internal)?;
    let disposition = format!(
        "attachment; filename=\"petitions-{}.csv\"",
        site.commune.slug
    );
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(("Content-Disposition", disposition))
        .body(bytes))
}
