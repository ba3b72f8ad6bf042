//! Queries on communes, council members and committees. Every query that serves a
//! commune filters on its id.

use crate::model::{
    Committee, CommitteeFacts, CommitteeWithMembers, Commune, CommuneFacts, CouncilMember,
    MemberFacts,
};
use diesel::prelude::*;
use musharaka_core::time::now;
use musharaka_db::schema::{committee_members, committees, communes, council_members};
use musharaka_db::AnyConnection;
use musharaka_db::{find_owned, insert, insert_id, insert_row, rows_of, update_row};

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
    let mut v: Vec<CouncilMember> = rows_of!(
        conn,
        council_members::commune_id == commune_id,
        council_members::id => CouncilMember
    )?;
    v.sort_by_key(|m| m.precedence());
    Ok(v)
}

/// How many council members the commune has on record (the home's figure), in one count.
pub fn members_count(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<i64> {
    council_members::table
        .filter(council_members::commune_id.eq(commune_id))
        .count()
        .get_result(conn)
}

pub fn member(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<CouncilMember> {
    find_owned!(conn, council_members::commune_id == commune_id, id => CouncilMember)
}

pub fn committees(
    conn: &mut AnyConnection,
    commune_id: i64,
) -> QueryResult<Vec<CommitteeWithMembers>> {
    let list: Vec<Committee> = rows_of!(
        conn,
        committees::commune_id == commune_id,
        committees::id => Committee
    )?;
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
    find_owned!(conn, committees::commune_id == commune_id, id => Committee)
}

pub fn insert_commune(conn: &mut AnyConnection, f: &CommuneFacts) -> QueryResult<Commune> {
    let t = now();
    let values = (f, communes::created_at.eq(t), communes::updated_at.eq(t));
    insert_row!(conn, communes, values)
}

pub fn update_commune(conn: &mut AnyConnection, id: i64, f: &CommuneFacts) -> QueryResult<()> {
    changed();
    update_row!(conn, communes, id, (f, communes::updated_at.eq(now()))).map(|_| ())
}

pub fn set_logo(conn: &mut AnyConnection, id: i64, upload_id: i64) -> QueryResult<()> {
    changed();
    update_row!(conn, communes, id, communes::logo_upload_id.eq(upload_id)).map(|_| ())
}

/// The columns a member's facts fill (names trimmed, a blank group none).
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = council_members, treat_none_as_null = true)]
struct MemberColumns<'a> {
    name_ar: &'a str,
    name_fr: &'a str,
    gender: &'static str,
    role: &'static str,
    vice_rank: Option<i32>,
    political_group: Option<&'a str>,
    term_start: chrono::NaiveDate,
    term_end: Option<chrono::NaiveDate>,
    opposition: bool,
}

fn member_values(m: &MemberFacts) -> MemberColumns<'_> {
    MemberColumns {
        name_ar: m.name_ar.trim(),
        name_fr: m.name_fr.trim(),
        gender: m.gender.key(),
        role: m.role.key(),
        vice_rank: m.vice_rank,
        political_group: m
            .political_group
            .as_deref()
            .filter(|g| !g.trim().is_empty()),
        term_start: m.term_start,
        term_end: m.term_end,
        opposition: m.opposition,
    }
}

pub fn insert_member(
    conn: &mut AnyConnection,
    commune_id: i64,
    m: &MemberFacts,
) -> QueryResult<CouncilMember> {
    let values = (
        member_values(m),
        council_members::commune_id.eq(commune_id),
        council_members::created_at.eq(now()),
    );
    insert_row!(conn, council_members, values)
}

pub fn update_member(conn: &mut AnyConnection, id: i64, m: &MemberFacts) -> QueryResult<()> {
    update_row!(conn, council_members, id, member_values(m)).map(|_| ())
}

/// Deletes a member, with its committee seats and any chair it held.
pub fn delete_member(conn: &mut AnyConnection, id: i64) -> QueryResult<()> {
    diesel::delete(committee_members::table.filter(committee_members::member_id.eq(id)))
        .execute(conn)?;
    diesel::update(committees::table.filter(committees::chair_member_id.eq(id)))
        .set(committees::chair_member_id.eq(None::<i64>))
        .execute(conn)?;
    diesel::delete(council_members::table.find(id))
        .execute(conn)
        .map(|_| ())
}

pub fn insert_committee(
    conn: &mut AnyConnection,
    commune_id: i64,
    f: &CommitteeFacts,
) -> QueryResult<i64> {
    let values = (
        committees::commune_id.eq(commune_id),
        committees::name_ar.eq(f.name_ar.trim()),
        committees::name_fr.eq(f.name_fr.trim()),
        committees::chair_member_id.eq(f.chair_member_id),
        committees::purpose.eq(f.purpose.key()),
        committees::created_at.eq(now()),
    );
    insert_id!(conn, committees, values)
}

pub fn update_committee(conn: &mut AnyConnection, id: i64, f: &CommitteeFacts) -> QueryResult<()> {
    let changes = (
        committees::name_ar.eq(f.name_ar.trim()),
        committees::name_fr.eq(f.name_fr.trim()),
        committees::chair_member_id.eq(f.chair_member_id),
        committees::purpose.eq(f.purpose.key()),
    );
    update_row!(conn, committees, id, changes).map(|_| ())
}

/// Replaces the members of a committee.
pub fn set_committee_members(
    conn: &mut AnyConnection,
    committee_id: i64,
    member_ids: &[i64],
) -> QueryResult<()> {
    diesel::delete(
        committee_members::table.filter(committee_members::committee_id.eq(committee_id)),
    )
    .execute(conn)?;
    for m in member_ids {
        let values = (
            committee_members::committee_id.eq(committee_id),
            committee_members::member_id.eq(m),
        );
        insert!(conn, committee_members, values)?;
    }
    Ok(())
}

pub fn delete_committee(conn: &mut AnyConnection, id: i64) -> QueryResult<()> {
    set_committee_members(conn, id, &[])?;
    diesel::delete(committees::table.find(id))
        .execute(conn)
        .map(|_| ())
}

/// A trivial query: the database answers.
pub fn ping(conn: &mut AnyConnection) -> QueryResult<()> {
    use diesel::connection::SimpleConnection;
    conn.batch_execute("SELECT 1")
}

/// Changes to commune rows made by this process so far. Caches of communes (the web's
/// per-request lookup by slug) keep an entry only while this is unchanged; it is bumped
/// when a change is written and again when its transaction has returned.
static GENERATION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

pub fn generation() -> u64 {
    GENERATION.load(std::sync::atomic::Ordering::SeqCst)
}

pub fn changed() {
    GENERATION.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
}
