//! Queries on petitions, signatures and their timeline. Every query filters on the commune.

use crate::records::{Counts, EventRow, MandateRow, PetitionRow, SignatureRow};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use musharaka_db::schema::{
    petition_attachments, petition_events, petition_mandates, petition_signatures, petitions,
    uploads,
};
use musharaka_db::AnyConnection;

pub fn petition(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<PetitionRow> {
    petitions::table
        .find(id)
        .filter(petitions::commune_id.eq(commune_id))
        .select(PetitionRow::as_select())
        .first(conn)
}

/// Filters of the public list.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub status: Option<String>,
    pub kind: Option<String>,
    pub year: Option<i32>,
    pub words: Option<String>,
    /// Include drafts (never on public pages).
    pub with_drafts: bool,
}

pub fn list(
    conn: &mut AnyConnection,
    commune_id: i64,
    f: &ListFilter,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<PetitionRow>> {
    let mut q = petitions::table
        .filter(petitions::commune_id.eq(commune_id))
        .select(PetitionRow::as_select())
        .into_boxed();
    if !f.with_drafts {
        q = q.filter(petitions::status.ne("draft"));
    }
    if let Some(s) = &f.status {
        q = q.filter(petitions::status.eq(s.clone()));
    }
    if let Some(k) = &f.kind {
        q = q.filter(petitions::kind.eq(k.clone()));
    }
    if let Some(y) = f.year {
        let from = chrono::NaiveDate::from_ymd_opt(y, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0));
        let to = chrono::NaiveDate::from_ymd_opt(y + 1, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0));
        if let (Some(from), Some(to)) = (from, to) {
            q = q
                .filter(petitions::created_at.ge(from))
                .filter(petitions::created_at.lt(to));
        }
    }
    if let Some(words) = &f.words {
        for w in words.split_whitespace().take(8) {
            let pattern = format!("%{}%", w.replace(['%', '_'], ""));
            q = q.filter(
                petitions::subject
                    .like(pattern.clone())
                    .or(petitions::reasons.like(pattern.clone()))
                    .or(petitions::requested_item.like(pattern)),
            );
        }
    }
    q.order(petitions::id.desc())
        .limit(limit)
        .offset(offset)
        .load(conn)
}

/// Petitions an account files as agent (drafts included).
pub fn of_agent(
    conn: &mut AnyConnection,
    commune_id: i64,
    account_id: i64,
) -> QueryResult<Vec<PetitionRow>> {
    petitions::table
        .filter(petitions::commune_id.eq(commune_id))
        .filter(petitions::agent_account_id.eq(account_id))
        .order(petitions::id.desc())
        .select(PetitionRow::as_select())
        .load(conn)
}

/// All of a commune's non-draft petitions (for the summary figures).
pub fn all_public(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<PetitionRow>> {
    list(conn, commune_id, &ListFilter::default(), i64::MAX, 0)
}

/// Valid signatures (confirmed, not invalidated) by channel: always derived from rows.
pub fn counts(conn: &mut AnyConnection, petition_id: i64) -> QueryResult<Counts> {
    let rows: Vec<(String, i64)> = petition_signatures::table
        .filter(petition_signatures::petition_id.eq(petition_id))
        .filter(petition_signatures::confirmed_at.is_not_null())
        .filter(petition_signatures::invalidated_at.is_null())
        .group_by(petition_signatures::channel)
        .select((petition_signatures::channel, diesel::dsl::count_star()))
        .load(conn)?;
    let mut c = Counts::default();
    for (channel, n) in rows {
        match channel.as_str() {
            "paper" => c.paper = n,
            _ => c.online = n,
        }
    }
    Ok(c)
}

pub fn signatures(
    conn: &mut AnyConnection,
    petition_id: i64,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<SignatureRow>> {
    petition_signatures::table
        .filter(petition_signatures::petition_id.eq(petition_id))
        .order(petition_signatures::id)
        .limit(limit)
        .offset(offset)
        .select(SignatureRow::as_select())
        .load(conn)
}

/// Signatures from the same IP hash since `since` (burst detection).
pub fn recent_from_ip(
    conn: &mut AnyConnection,
    petition_id: i64,
    ip_hash: &str,
    since: NaiveDateTime,
) -> QueryResult<i64> {
    petition_signatures::table
        .filter(petition_signatures::petition_id.eq(petition_id))
        .filter(petition_signatures::ip_hash.eq(ip_hash))
        .filter(petition_signatures::created_at.ge(since))
        .count()
        .get_result(conn)
}

pub fn events(conn: &mut AnyConnection, petition_id: i64) -> QueryResult<Vec<EventRow>> {
    petition_events::table
        .filter(petition_events::petition_id.eq(petition_id))
        .order(petition_events::id)
        .select(EventRow::as_select())
        .load(conn)
}

/// Signatures from one e-mail domain since `since` (burst detection).
pub fn recent_from_domain(
    conn: &mut AnyConnection,
    petition_id: i64,
    domain: &str,
    since: NaiveDateTime,
) -> QueryResult<i64> {
    petition_signatures::table
        .filter(petition_signatures::petition_id.eq(petition_id))
        .filter(petition_signatures::email_domain.eq(domain))
        .filter(petition_signatures::created_at.ge(since))
        .count()
        .get_result(conn)
}

/// The petition's attachments: (upload id, file name).
pub fn attachments(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
) -> QueryResult<Vec<(i64, String)>> {
    petition_attachments::table
        .inner_join(uploads::table)
        .filter(petition_attachments::commune_id.eq(commune_id))
        .filter(petition_attachments::petition_id.eq(petition_id))
        .order(uploads::id)
        .select((uploads::id, uploads::original_name))
        .load(conn)
}

/// The agent's mandate of an association petition, if the agent gave one.
pub fn mandate(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
) -> QueryResult<Option<MandateRow>> {
    petition_mandates::table
        .filter(petition_mandates::commune_id.eq(commune_id))
        .filter(petition_mandates::petition_id.eq(petition_id))
        .select(MandateRow::as_select())
        .first(conn)
        .optional()
}

/// The e-mail addresses of valid signers who asked to hear of the outcome.
pub fn emails_to_notify(
    conn: &mut AnyConnection,
    petition_id: i64,
) -> QueryResult<Vec<Option<String>>> {
    petition_signatures::table
        .filter(petition_signatures::petition_id.eq(petition_id))
        .filter(petition_signatures::notify.eq(true))
        .filter(petition_signatures::confirmed_at.is_not_null())
        .filter(petition_signatures::invalidated_at.is_null())
        .select(petition_signatures::email)
        .load(conn)
}

/// Records the council's deliberation on the petition and the item it answered.
pub fn set_council_decision(
    conn: &mut AnyConnection,
    petition_id: i64,
    item_id: i64,
    deliberation_id: i64,
) -> QueryResult<()> {
    diesel::update(petitions::table.find(petition_id))
        .set((
            petitions::agenda_item_id.eq(item_id),
            petitions::deliberation_id.eq(deliberation_id),
        ))
        .execute(conn)
        .map(|_| ())
}
