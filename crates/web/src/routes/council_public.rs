//! The council in public (issue 3): sessions with their agenda, the register of
//! deliberations with search, printable deliberations and minutes, the iCalendar and Atom
//! feeds, and the JSON API of sessions and deliberations (documented in `docs/api.md`).
//!
//! Every lookup goes through the commune of the URL: a deliberation of one commune is not
//! found under another commune's slug.

use super::{db, html};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::state::AppState;
use crate::views::council_public::{
    self as view, DeliberationDetail, ItemDetail, MinutesDetail, RegisterPage, SessionDetail,
    SessionSummary,
};
use actix_web::{web, HttpResponse};
use musharaka_communes::model::CommitteeWithMembers;
use musharaka_communes::{service as communes, store as commune_store, Commune};
use musharaka_core::time::{local_date, now};
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_councils::records::{DeliberationRow, SessionRow};
use musharaka_councils::store::{self, RegisterFilter};
use musharaka_db::AnyConnection;
use serde::Deserialize;
use serde_json::{json, Value};

/// Deliberations per page of the register (HTML and JSON).
pub const PER_PAGE: i64 = 20;
/// Past sessions listed on the council page.
const PAST_SESSIONS: i64 = 20;
/// Entries of the Atom feed.
const FEED_ENTRIES: i64 = 50;
/// The last page anyone may ask for (keeps offsets small).
const MAX_PAGE: i64 = 10_000;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/api/v1/communes/{slug}/sessions",
        web::get().to(api_sessions),
    )
    .route(
        "/api/v1/communes/{slug}/sessions/{id}",
        web::get().to(api_session),
    )
    .route(
        "/api/v1/communes/{slug}/deliberations",
        web::get().to(api_deliberations),
    )
    .route(
        "/api/v1/communes/{slug}/deliberations/{id}",
        web::get().to(api_deliberation),
    )
    .route("/{slug}/council", web::get().to(overview))
    .route("/{slug}/council/sessions.ics", web::get().to(ical))
    .route("/{slug}/council/sessions/{id}", web::get().to(session_page))
    .route(
        "/{slug}/council/deliberations",
        web::get().to(register_page),
    )
    .route("/{slug}/council/deliberations.atom", web::get().to(atom))
    .route(
        "/{slug}/council/deliberations/{id}",
        web::get().to(deliberation_page),
    )
    .route(
        "/{slug}/council/deliberations/{id}/print",
        web::get().to(deliberation_print),
    )
    .route("/{slug}/council/minutes/{id}", web::get().to(minutes_page))
    .route(
        "/{slug}/council/minutes/{id}/print",
        web::get().to(minutes_print),
    );
}

/// The commune and record of a URL. An id that is not a number names no record: 404, like
/// an unknown one (actix's own path error would be a 4xx "invalid input").
fn slug_and_id(path: web::Path<(String, String)>) -> Result<(String, i64)> {
    let (slug, id) = path.into_inner();
    let id = id.parse().map_err(|_| Error::new(ErrorKind::NotFound))?;
    Ok((slug, id))
}

// ---------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------

fn today() -> chrono::NaiveDate {
    local_date(now())
}

fn committee_list(conn: &mut AnyConnection, commune_id: i64) -> Result<Vec<CommitteeWithMembers>> {
    Ok(commune_store::committees(conn, commune_id)?)
}

/// A session with its agenda, each item with its votes and deliberations.
fn load_session(conn: &mut AnyConnection, commune: Commune, id: i64) -> Result<SessionDetail> {
    let session = store::session(conn, commune.id, id)?;
    let mut items = Vec::new();
    for item in store::items(conn, commune.id, session.id)? {
        items.push(ItemDetail {
            documents: store::documents_of(conn, commune.id, item.id)?,
            votes: store::votes_of(conn, commune.id, item.id)?,
            deliberations: store::deliberations_of_item(conn, commune.id, item.id)?,
            item,
        });
    }
    let minutes = store::minutes_of(conn, commune.id, session.id)?
        .into_iter()
        .filter(|m| m.is_signed())
        .collect();
    Ok(SessionDetail {
        sittings: store::sittings_of(conn, commune.id, session.id)?,
        committees: committee_list(conn, commune.id)?,
        commune,
        session,
        items,
        minutes,
    })
}

/// Sessions with their agenda items (upcoming ones) or without (past ones).
fn summaries(
    conn: &mut AnyConnection,
    commune_id: i64,
    sessions: Vec<SessionRow>,
    with_items: bool,
) -> Result<Vec<SessionSummary>> {
    let mut out = Vec::with_capacity(sessions.len());
    for session in sessions {
        let items = if with_items {
            store::items(conn, commune_id, session.id)?
        } else {
            Vec::new()
        };
        out.push(SessionSummary { session, items });
    }
    Ok(out)
}

fn load_deliberation(
    conn: &mut AnyConnection,
    commune: Commune,
    id: i64,
) -> Result<DeliberationDetail> {
    let deliberation = store::deliberation(conn, commune.id, id)?;
    let item = store::item(conn, commune.id, deliberation.item_id)?;
    let session = store::session(conn, commune.id, item.session_id)?;
    let vote = match deliberation.vote_id {
        Some(v) => Some(store::vote(conn, commune.id, v)?),
        None => None,
    };
    let (sitting, member_votes) = match &vote {
        Some(v) => (
            Some(store::sitting(conn, commune.id, v.sitting_id)?),
            store::member_votes_of(conn, v.id)?,
        ),
        None => (None, Vec::new()),
    };
    let committee = match item.committee_id {
        Some(c) => Some(commune_store::committee(conn, commune.id, c)?),
        None => None,
    };
    Ok(DeliberationDetail {
        related: store::deliberations_of_item(conn, commune.id, item.id)?,
        members: commune_store::members(conn, commune.id)?,
        commune,
        deliberation,
        item,
        session,
        vote,
        sitting,
        member_votes,
        committee,
    })
}

fn load_minutes(conn: &mut AnyConnection, commune: Commune, id: i64) -> Result<MinutesDetail> {
    let minutes = store::minutes_by_id(conn, commune.id, id)?;
    if !minutes.is_signed() {
        // Draft minutes are the secretariat's working copy, not a public record.
        return Err(ErrorKind::NotFound.into());
    }
    let session = store::session(conn, commune.id, minutes.session_id)?;
    let corrections = store::minutes_of(conn, commune.id, session.id)?
        .into_iter()
        .filter(|m| m.corrects_id == Some(minutes.id) && m.is_signed())
        .collect();
    Ok(MinutesDetail {
        members: commune_store::members(conn, commune.id)?,
        commune,
        session,
        minutes,
        corrections,
    })
}

// ---------------------------------------------------------------------------------------
// Register search
// ---------------------------------------------------------------------------------------

/// The register's query string. Empty fields (as a form sends them) mean "any".
#[derive(Debug, Default, Deserialize)]
pub struct RegisterQuery {
    pub q: Option<String>,
    pub year: Option<String>,
    pub committee: Option<String>,
    pub outcome: Option<String>,
    pub page: Option<String>,
}

fn filled(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn parse_number<T: std::str::FromStr>(v: &Option<String>) -> Result<Option<T>> {
    filled(v)
        .map(|s| {
            s.parse::<T>()
                .map_err(|_| Error::new(ErrorKind::InvalidInput))
        })
        .transpose()
}

impl RegisterQuery {
    /// The filter for `store::register`; a malformed number or an unknown outcome is a
    /// bad request.
    pub fn filter(&self) -> Result<RegisterFilter> {
        let outcome = filled(&self.outcome).map(str::to_string);
        if outcome
            .as_deref()
            .is_some_and(|o| !view::OUTCOMES.contains(&o))
        {
            return Err(ErrorKind::InvalidInput.into());
        }
        Ok(RegisterFilter {
            words: filled(&self.q).map(str::to_string),
            year: parse_number(&self.year)?,
            committee_id: parse_number(&self.committee)?,
            outcome,
        })
    }

    /// The page asked for, 1 to `MAX_PAGE`.
    pub fn page(&self) -> Result<i64> {
        Ok(parse_number::<i64>(&self.page)?
            .unwrap_or(1)
            .clamp(1, MAX_PAGE))
    }
}

/// One page of the register: the rows and whether another page follows.
fn register_rows(
    conn: &mut AnyConnection,
    commune_id: i64,
    filter: &RegisterFilter,
    page: i64,
) -> Result<(
    Vec<(DeliberationRow, musharaka_councils::records::ItemRow)>,
    bool,
)> {
    let mut rows = store::register(
        conn,
        commune_id,
        filter,
        PER_PAGE + 1,
        (page - 1) * PER_PAGE,
    )?;
    let has_next = rows.len() as i64 > PER_PAGE;
    rows.truncate(PER_PAGE as usize);
    Ok((rows, has_next))
}

/// Everything the register page shows, in a constant number of queries whatever the size
/// of the register (commune, one joined page of rows, committees).
pub fn load_register(
    conn: &mut AnyConnection,
    slug: &str,
    filter: &RegisterFilter,
    page: i64,
) -> Result<RegisterPage> {
    let commune = communes::by_slug(conn, slug)?;
    let (rows, has_next) = register_rows(conn, commune.id, filter, page)?;
    Ok(RegisterPage {
        committees: committee_list(conn, commune.id)?,
        commune,
        rows,
        page,
        has_next,
    })
}

// ---------------------------------------------------------------------------------------
// Pages
// ---------------------------------------------------------------------------------------

async fn overview(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let (commune, upcoming, past, committees) = db(&state, move |c| {
        let commune = communes::by_slug(c, &slug)?;
        let day = today();
        let upcoming = store::upcoming_sessions(c, commune.id, day)?;
        let past = store::past_sessions(c, commune.id, day, PAST_SESSIONS)?;
        Ok((
            commune.clone(),
            summaries(c, commune.id, upcoming, true)?,
            summaries(c, commune.id, past, false)?,
            committee_list(c, commune.id)?,
        ))
    })
    .await?;
    Ok(html(
        view::overview(&ctx, &commune, &upcoming, &past, &committees),
        false,
    ))
}

async fn session_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = slug_and_id(path)?;
    let detail = db(&state, move |c| {
        let commune = communes::by_slug(c, &slug)?;
        load_session(c, commune, id)
    })
    .await?;
    Ok(html(view::session(&ctx, &detail, today()), false))
}

async fn register_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    q: web::Query<RegisterQuery>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let q = q.into_inner();
    let filter = q.filter()?;
    let page = q.page()?;
    let data = db(&state, move |c| load_register(c, &slug, &filter, page)).await?;
    Ok(html(view::register(&ctx, &data, &q), false))
}

async fn deliberation_detail(
    state: &web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<DeliberationDetail, PageError> {
    let (slug, id) = slug_and_id(path)?;
    db(state, move |c| {
        let commune = communes::by_slug(c, &slug)?;
        load_deliberation(c, commune, id)
    })
    .await
}

async fn deliberation_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let d = deliberation_detail(&state, path).await?;
    Ok(html(view::deliberation(&ctx, &d), false))
}

async fn deliberation_print(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let d = deliberation_detail(&state, path).await?;
    Ok(html(view::deliberation_print(&ctx, &d), false))
}

async fn minutes_detail(
    state: &web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<MinutesDetail, PageError> {
    let (slug, id) = slug_and_id(path)?;
    db(state, move |c| {
        let commune = communes::by_slug(c, &slug)?;
        load_minutes(c, commune, id)
    })
    .await
}

async fn minutes_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let m = minutes_detail(&state, path).await?;
    Ok(html(view::minutes(&ctx, &m), false))
}

async fn minutes_print(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let m = minutes_detail(&state, path).await?;
    Ok(html(view::minutes_print(&ctx, &m), false))
}

// ---------------------------------------------------------------------------------------
// Feeds
// ---------------------------------------------------------------------------------------

async fn ical(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let (commune, sessions) = db(&state, move |c| {
        let commune = communes::by_slug(c, &slug)?;
        let sessions = store::all_sessions(c, commune.id)?;
        Ok((commune, sessions))
    })
    .await?;
    let body = view::ical(&ctx, &state.config.base_url, &commune, &sessions);
    Ok(HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .body(body))
}

async fn atom(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let (commune, rows) = db(&state, move |c| {
        let commune = communes::by_slug(c, &slug)?;
        let rows = store::register(c, commune.id, &RegisterFilter::default(), FEED_ENTRIES, 0)?;
        Ok((commune, rows))
    })
    .await?;
    let body = view::atom(&ctx, &state.config.base_url, &commune, &rows);
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(body))
}

// ---------------------------------------------------------------------------------------
// JSON API
// ---------------------------------------------------------------------------------------

async fn api_sessions(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let (commune, sessions) = db(&state, move |c| {
        let commune = communes::by_slug(c, &slug)?;
        let sessions = store::all_sessions(c, commune.id)?;
        Ok((commune, sessions))
    })
    .await?;
    let items: Vec<Value> = sessions
        .iter()
        .map(|s| view::session_json(&commune, s))
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "count": items.len(), "items": items })))
}

async fn api_session(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = slug_and_id(path)?;
    let detail = db(&state, move |c| {
        let commune = communes::by_slug(c, &slug)?;
        load_session(c, commune, id)
    })
    .await?;
    Ok(HttpResponse::Ok().json(view::session_detail_json(&detail)))
}

async fn api_deliberations(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    q: web::Query<RegisterQuery>,
) -> Result<HttpResponse, PageError> {
    let slug = slug.into_inner();
    let filter = q.filter()?;
    let page = q.page()?;
    let (commune, rows, has_next) = db(&state, move |c| {
        let commune = communes::by_slug(c, &slug)?;
        let (rows, has_next) = register_rows(c, commune.id, &filter, page)?;
        Ok((commune, rows, has_next))
    })
    .await?;
    let items: Vec<Value> = rows
        .iter()
        .map(|(d, i)| view::deliberation_summary_json(&commune, d, i))
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "page": page,
        "per_page": PER_PAGE,
        "has_next": has_next,
        "count": items.len(),
        "items": items,
    })))
}

async fn api_deliberation(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let d = deliberation_detail(&state, path).await?;
    Ok(HttpResponse::Ok().json(view::deliberation_json(&d)))
}
