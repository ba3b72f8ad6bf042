//! Queries on communes, council members and committees. Every query that serves a
//! commune filters on its id.

use crate::model::{Committee, CommitteeWithMembers, Commune, CouncilMember};
use diesel::prelude::*;
use musharaka_db::schema::{committee_members, committees, communes, council_members};
use musharaka_db::AnyConnection;

pub fn all(conn: &mut AnyConnection) -> QueryResult<Vec<Commune>> {
    communes::table
        .order(communes::name_fr)
        .select(Commune::as_select())
        .load(conn)
}

diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);

/// Communes whose address or Arabic or French name contains every word of `words` (the
/// French name and the address ignoring case), in name order; one page of `limit` from
/// `offset`.
pub fn search(
    conn: &mut AnyConnection,
    words: Option<&str>,
    limit: i64,
    offset: i64,
) -> QueryResult<Vec<Commune>> {
    let mut q = communes::table.select(Commune::as_select()).into_boxed();
    for w in words.unwrap_or_default().split_whitespace().take(8) {
        let pattern = format!("%{}%", w.replace(['%', '_'], "").to_lowercase());
        q = q.filter(
            communes::slug
                .like(pattern.clone())
                .or(communes::name_ar.like(pattern.clone()))
                .or(lower(communes::name_fr).like(pattern)),
        );
    }
    q.order((communes::name_fr, communes::id))
        .limit(limit)
        .offset(offset)
        .load(conn)
}

pub fn by_slug(conn: &mut AnyConnection, slug: &str) -> QueryResult<Option<Commune>> {
    communes::table
        .filter(communes::slug.eq(slug))
        .select(Commune::as_select())
        .first(conn)
        .optional()
}

pub fn by_id(conn: &mut AnyConnection, id: i64) -> QueryResult<Commune> {
    communes::table
        .find(id)
        .select(Commune::as_select())
        .first(conn)
}

pub fn count(conn: &mut AnyConnection) -> QueryResult<i64> {
    communes::table.count().get_result(conn)
}

/// Members in order of precedence (president, vice-presidents by rank, secretaries, members).
pub fn members(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<CouncilMember>> {
    let mut v: Vec<CouncilMember> = council_members::table
        .filter(council_members::commune_id.eq(commune_id))
        .order(council_members::id)
        .select(CouncilMember::as_select())
        .load(conn)?;
    v.sort_by_key(|m| m.precedence());
    Ok(v)
}

pub fn member(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<CouncilMember> {
    council_members::table
        .find(id)
        .filter(council_members::commune_id.eq(commune_id))
        .select(CouncilMember::as_select())
        .first(conn)
}

pub fn committees(
    conn: &mut AnyConnection,
    commune_id: i64,
) -> QueryResult<Vec<CommitteeWithMembers>> {
    let list: Vec<Committee> = committees::table
        .filter(committees::commune_id.eq(commune_id))
        .order(committees::id)
        .select(Committee::as_select())
        .load(conn)?;
    let ids: Vec<i64> = list.iter().map(|c| c.id).collect();
    let links: Vec<(i64, i64)> = committee_members::table
        .filter(committee_members::committee_id.eq_any(&ids))
        .select((
            committee_members::committee_id,
            committee_members::member_id,
        ))
        .load(conn)?;
    Ok(list
        .into_iter()
        .map(|committee| {
            let member_ids = links
                .iter()
                .filter(|(c, _)| *c == committee.id)
                .map(|(_, m)| *m)
                .collect();
            CommitteeWithMembers {
                committee,
                member_ids,
            }
        })
        .collect())
}

pub fn committee(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<Committee> {
    committees::table
        .find(id)
        .filter(committees::commune_id.eq(commune_id))
        .select(Committee::as_select())
        .first(conn)
}

/// A trivial query: the database answers.
pub fn ping(conn: &mut AnyConnection) -> QueryResult<()> {
    use diesel::connection::SimpleConnection;
    conn.batch_execute("SELECT 1")
}
