//! Queries on cycles, districts, proposals, ballots and updates. Every query filters on
//! the commune.

use crate::model::{
    Category, Cycle, CycleFacts, District, ImplStatus, Phase, Proposal, Update, UpdatePhoto,
};
use crate::records::{
    NewBallotRow, NewCategoryRow, NewDistrictRow, NewProposalRow, NewResultsRow, NewUpdateRow,
    ProposalReviewRow,
};
use chrono::NaiveDateTime;
use diesel::prelude::*;
use musharaka_core::time::now;
use musharaka_db::schema::{
    pb_ballot_items, pb_ballots, pb_categories, pb_cycles, pb_districts, pb_proposals,
    pb_update_photos, pb_updates, uploads,
};
use musharaka_db::{find_owned, insert, insert_id, insert_row, rows_of, update_row};
use musharaka_db::{on_backend, AnyConnection};
use std::collections::BTreeMap;

pub fn cycles(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<Cycle>> {
    rows_of!(
        conn,
        pb_cycles::commune_id == commune_id,
        (pb_cycles::year.desc(), pb_cycles::id.desc()) => Cycle
    )
}

pub fn cycle(conn: &mut AnyConnection, commune_id: i64, id: i64) -> QueryResult<Cycle> {
    find_owned!(conn, pb_cycles::commune_id == commune_id, id => Cycle)
}

pub fn districts(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> QueryResult<Vec<District>> {
    pb_districts::table
        .filter(pb_districts::commune_id.eq(commune_id))
        .filter(pb_districts::cycle_id.eq(cycle_id))
        .order((pb_districts::position, pb_districts::id))
        .select(District::as_select())
        .load(conn)
}

pub fn categories(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> QueryResult<Vec<Category>> {
    pb_categories::table
        .filter(pb_categories::commune_id.eq(commune_id))
        .filter(pb_categories::cycle_id.eq(cycle_id))
        .order(pb_categories::id)
        .select(Category::as_select())
        .load(conn)
}

/// Filters of the public list.
#[derive(Debug, Clone, Default)]
pub struct ProposalFilter {
    pub district_id: Option<i64>,
    pub category_id: Option<i64>,
    pub status: Option<String>,
    pub selected_only: bool,
}

/// One page of proposals and the number matching the filters.
pub fn proposals(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    f: &ProposalFilter,
    limit: i64,
    offset: i64,
) -> QueryResult<(Vec<Proposal>, i64)> {
    let base = || {
        let mut q = pb_proposals::table
            .filter(pb_proposals::commune_id.eq(commune_id))
            .filter(pb_proposals::cycle_id.eq(cycle_id))
            .into_boxed();
        if let Some(d) = f.district_id {
            q = q.filter(pb_proposals::district_id.eq(d));
        }
        if let Some(c) = f.category_id {
            q = q.filter(pb_proposals::category_id.eq(c));
        }
        if let Some(s) = &f.status {
            q = q.filter(pb_proposals::status.eq(s.clone()));
        }
        if f.selected_only {
            q = q.filter(pb_proposals::selected_rank.is_not_null());
        }
        q
    };
    let total = base().count().get_result(conn)?;
    let list = base()
        .order(pb_proposals::id)
        .limit(limit)
        .offset(offset)
        .select(Proposal::as_select())
        .load(conn)?;
    Ok((list, total))
}

pub fn all_proposals(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> QueryResult<Vec<Proposal>> {
    pb_proposals::table
        .filter(pb_proposals::commune_id.eq(commune_id))
        .filter(pb_proposals::cycle_id.eq(cycle_id))
        .order(pb_proposals::id)
        .select(Proposal::as_select())
        .load(conn)
}

pub fn proposal(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    id: i64,
) -> QueryResult<Proposal> {
    pb_proposals::table
        .find(id)
        .filter(pb_proposals::commune_id.eq(commune_id))
        .filter(pb_proposals::cycle_id.eq(cycle_id))
        .select(Proposal::as_select())
        .first(conn)
}

/// Ballots cast in the cycle (turnout), derived from the rows.
pub fn turnout(conn: &mut AnyConnection, commune_id: i64, cycle_id: i64) -> QueryResult<i64> {
    pb_ballots::table
        .filter(pb_ballots::commune_id.eq(commune_id))
        .filter(pb_ballots::cycle_id.eq(cycle_id))
        .count()
        .get_result(conn)
}

/// Ballots per cycle of a commune, in one query.
pub fn turnouts(conn: &mut AnyConnection, commune_id: i64) -> QueryResult<Vec<(i64, i64)>> {
    pb_ballots::table
        .filter(pb_ballots::commune_id.eq(commune_id))
        .group_by(pb_ballots::cycle_id)
        .select((pb_ballots::cycle_id, diesel::dsl::count_star()))
        .load(conn)
}

/// Ballots by channel.
pub fn turnout_by_channel(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> QueryResult<Vec<(String, i64)>> {
    pb_ballots::table
        .filter(pb_ballots::commune_id.eq(commune_id))
        .filter(pb_ballots::cycle_id.eq(cycle_id))
        .group_by(pb_ballots::channel)
        .select((pb_ballots::channel, diesel::dsl::count_star()))
        .order(pb_ballots::channel)
        .load(conn)
}

/// Votes per proposal.
pub fn tallies(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> QueryResult<BTreeMap<i64, u64>> {
    let rows: Vec<(i64, i64)> = pb_ballot_items::table
        .filter(pb_ballot_items::commune_id.eq(commune_id))
        .filter(pb_ballot_items::cycle_id.eq(cycle_id))
        .group_by(pb_ballot_items::proposal_id)
        .select((pb_ballot_items::proposal_id, diesel::dsl::count_star()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(p, n)| (p, n.max(0) as u64))
        .collect())
}

/// The approval sets of the ballots that voted in a district (proposal ids).
pub fn district_ballots(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    district_id: i64,
) -> QueryResult<Vec<Vec<i64>>> {
    let rows: Vec<(i64, i64)> = pb_ballot_items::table
        .filter(pb_ballot_items::commune_id.eq(commune_id))
        .filter(pb_ballot_items::cycle_id.eq(cycle_id))
        .filter(pb_ballot_items::district_id.eq(district_id))
        .order((pb_ballot_items::ballot_id, pb_ballot_items::proposal_id))
        .select((pb_ballot_items::ballot_id, pb_ballot_items::proposal_id))
        .load(conn)?;
    let mut ballots: Vec<Vec<i64>> = Vec::new();
    let mut last = None;
    for (ballot, proposal) in rows {
        if last != Some(ballot) {
            ballots.push(Vec::new());
            last = Some(ballot);
        }
        if let Some(b) = ballots.last_mut() {
            b.push(proposal);
        }
    }
    Ok(ballots)
}

/// A voter's ballot in a cycle: (ballot id, channel, chosen proposals).
pub fn ballot_of(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    voter_key: &str,
) -> QueryResult<Option<(i64, String, Vec<i64>)>> {
    let ballot: Option<(i64, String)> = pb_ballots::table
        .filter(pb_ballots::commune_id.eq(commune_id))
        .filter(pb_ballots::cycle_id.eq(cycle_id))
        .filter(pb_ballots::voter_key.eq(voter_key))
        .select((pb_ballots::id, pb_ballots::channel))
        .first(conn)
        .optional()?;
    match ballot {
        None => Ok(None),
        Some((id, channel)) => {
            let items = pb_ballot_items::table
                .filter(pb_ballot_items::ballot_id.eq(id))
                .order(pb_ballot_items::proposal_id)
                .select(pb_ballot_items::proposal_id)
                .load(conn)?;
            Ok(Some((id, channel, items)))
        }
    }
}

pub fn paper_number_used(
    conn: &mut AnyConnection,
    cycle_id: i64,
    number: &str,
) -> QueryResult<bool> {
    let n: i64 = pb_ballots::table
        .filter(pb_ballots::cycle_id.eq(cycle_id))
        .filter(pb_ballots::paper_number.eq(number))
        .count()
        .get_result(conn)?;
    Ok(n > 0)
}

/// Which follow-up updates to read: the latest `limit` of a cycle, or of one of its
/// projects.
#[derive(Debug, Clone, Copy)]
pub struct UpdatesOf {
    pub cycle_id: i64,
    pub proposal_id: Option<i64>,
    pub limit: i64,
}

impl UpdatesOf {
    /// The latest `limit` updates of the whole cycle.
    pub fn cycle(cycle_id: i64, limit: i64) -> Self {
        UpdatesOf {
            cycle_id,
            proposal_id: None,
            limit,
        }
    }
}

/// Follow-up updates of a cycle (or of one project), newest first.
pub fn updates(
    conn: &mut AnyConnection,
    commune_id: i64,
    of: UpdatesOf,
) -> QueryResult<Vec<Update>> {
    let mut q = pb_updates::table
        .filter(pb_updates::commune_id.eq(commune_id))
        .filter(pb_updates::cycle_id.eq(of.cycle_id))
        .into_boxed();
    if let Some(p) = of.proposal_id {
        q = q.filter(pb_updates::proposal_id.eq(p));
    }
    q.order((pb_updates::created_at.desc(), pb_updates::id.desc()))
        .limit(of.limit)
        .select(Update::as_select())
        .load(conn)
}

/// The photos of these updates, in the order they were given, by update.
pub fn update_photos(
    conn: &mut AnyConnection,
    commune_id: i64,
    update_ids: &[i64],
) -> QueryResult<BTreeMap<i64, Vec<UpdatePhoto>>> {
    if update_ids.is_empty() {
        return Ok(BTreeMap::new());
    }
    let rows: Vec<(i64, i64, String, i64)> = pb_update_photos::table
        .inner_join(uploads::table)
        .filter(pb_update_photos::commune_id.eq(commune_id))
        .filter(pb_update_photos::update_id.eq_any(update_ids))
        .order((pb_update_photos::update_id, pb_update_photos::position))
        .select((
            pb_update_photos::update_id,
            pb_update_photos::upload_id,
            uploads::content_type,
            uploads::size_bytes,
        ))
        .load(conn)?;
    let mut out: BTreeMap<i64, Vec<UpdatePhoto>> = BTreeMap::new();
    for (update, upload_id, content_type, size_bytes) in rows {
        out.entry(update).or_default().push(UpdatePhoto {
            upload_id,
            content_type,
            size_bytes,
        });
    }
    Ok(out)
}

// Writes of a cycle, its districts and categories.

/// The cycle's own columns, written alike by creation and editing.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = pb_cycles)]
struct CycleColumns<'a> {
    year: i32,
    title_ar: &'a str,
    title_fr: &'a str,
    description_ar: &'a str,
    description_fr: &'a str,
    total_cents: i64,
    information_at: NaiveDateTime,
    proposals_at: NaiveDateTime,
    review_at: NaiveDateTime,
    voting_at: NaiveDateTime,
    results_at: NaiveDateTime,
    implementation_at: NaiveDateTime,
    who_proposes: &'static str,
    voter_min_age: i32,
    ballot_type: &'static str,
    min_projects: i32,
    max_projects: i32,
    districts_per_voter: i32,
    rule: &'a str,
    tie_break: &'static str,
}

impl<'a> CycleColumns<'a> {
    fn of(f: &'a CycleFacts) -> Self {
        let [information_at, proposals_at, review_at, voting_at, results_at, implementation_at] =
            f.calendar;
        Self {
            year: f.year,
            title_ar: f.title_ar.trim(),
            title_fr: f.title_fr.trim(),
            description_ar: f.description_ar.trim(),
            description_fr: f.description_fr.trim(),
            total_cents: f.total_cents,
            information_at,
            proposals_at,
            review_at,
            voting_at,
            results_at,
            implementation_at,
            who_proposes: f.who_proposes.key(),
            voter_min_age: f.voter_min_age,
            ballot_type: f.ballot_type.key(),
            min_projects: f.min_projects,
            max_projects: f.max_projects,
            districts_per_voter: f.districts_per_voter,
            rule: &f.rule,
            tie_break: f.tie_break.key(),
        }
    }
}

pub fn insert_cycle(
    conn: &mut AnyConnection,
    commune_id: i64,
    f: &CycleFacts,
) -> QueryResult<Cycle> {
    let values = (
        CycleColumns::of(f),
        pb_cycles::commune_id.eq(commune_id),
        pb_cycles::created_at.eq(now()),
    );
    insert_row!(conn, pb_cycles, values)
}

pub fn update_cycle(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
    f: &CycleFacts,
) -> QueryResult<()> {
    diesel::update(
        pb_cycles::table
            .find(id)
            .filter(pb_cycles::commune_id.eq(commune_id)),
    )
    .set(CycleColumns::of(f))
    .execute(conn)
    .map(|_| ())
}

/// Opens a phase by hand (`Some`) or returns the cycle to its calendar (`None`).
pub fn set_phase_override(
    conn: &mut AnyConnection,
    id: i64,
    phase: Option<Phase>,
) -> QueryResult<()> {
    let changes = pb_cycles::phase_override.eq(phase.map(|p| p.key()));
    update_row!(conn, pb_cycles, id, changes).map(|_| ())
}

pub fn update_district(
    conn: &mut AnyConnection,
    id: i64,
    name_ar: &str,
    name_fr: &str,
    amount_cents: i64,
) -> QueryResult<()> {
    let changes = (
        pb_districts::name_ar.eq(name_ar),
        pb_districts::name_fr.eq(name_fr),
        pb_districts::amount_cents.eq(amount_cents),
    );
    update_row!(conn, pb_districts, id, changes).map(|_| ())
}

/// Adds a district to a cycle.
pub fn insert_district(conn: &mut AnyConnection, new: &NewDistrictRow<'_>) -> QueryResult<()> {
    insert!(conn, pb_districts, new).map(|_| ())
}

pub fn delete_district(conn: &mut AnyConnection, id: i64) -> QueryResult<()> {
    diesel::delete(pb_districts::table.find(id))
        .execute(conn)
        .map(|_| ())
}

pub fn update_category(
    conn: &mut AnyConnection,
    id: i64,
    name_ar: &str,
    name_fr: &str,
) -> QueryResult<()> {
    let changes = (
        pb_categories::name_ar.eq(name_ar),
        pb_categories::name_fr.eq(name_fr),
    );
    update_row!(conn, pb_categories, id, changes).map(|_| ())
}

pub fn insert_category(conn: &mut AnyConnection, new: &NewCategoryRow<'_>) -> QueryResult<()> {
    insert!(conn, pb_categories, new).map(|_| ())
}

pub fn delete_category(conn: &mut AnyConnection, id: i64) -> QueryResult<()> {
    diesel::delete(pb_categories::table.find(id))
        .execute(conn)
        .map(|_| ())
}

// Writes of proposals, ballots and follow-up.

pub fn insert_proposal(
    conn: &mut AnyConnection,
    new: &NewProposalRow<'_>,
) -> QueryResult<Proposal> {
    insert_row!(conn, pb_proposals, new)
}

pub fn review_proposal(
    conn: &mut AnyConnection,
    id: i64,
    review: &ProposalReviewRow<'_>,
) -> QueryResult<()> {
    update_row!(conn, pb_proposals, id, review).map(|_| ())
}

/// Records the winners of a count: clears the ranks of the cycle, then ranks each winner
/// (1 first) and plans the implementation of those not yet followed up.
pub fn record_winners(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    winners: &[i64],
) -> QueryResult<()> {
    diesel::update(
        pb_proposals::table
            .filter(pb_proposals::commune_id.eq(commune_id))
            .filter(pb_proposals::cycle_id.eq(cycle_id)),
    )
    .set(pb_proposals::selected_rank.eq(None::<i32>))
    .execute(conn)?;
    for (rank, id) in winners.iter().enumerate() {
        diesel::update(
            pb_proposals::table
                .find(id)
                .filter(pb_proposals::impl_status.is_null()),
        )
        .set(pb_proposals::impl_status.eq(ImplStatus::Planned.key()))
        .execute(conn)?;
        let changes = pb_proposals::selected_rank.eq(rank as i32 + 1);
        update_row!(conn, pb_proposals, id, changes)?;
    }
    Ok(())
}

pub fn mark_counted(conn: &mut AnyConnection, cycle_id: i64, at: NaiveDateTime) -> QueryResult<()> {
    update_row!(conn, pb_cycles, cycle_id, pb_cycles::counted_at.eq(at)).map(|_| ())
}

pub fn insert_ballot(conn: &mut AnyConnection, new: &NewBallotRow<'_>) -> QueryResult<i64> {
    insert_id!(conn, pb_ballots, new)
}

/// Inserts a ballot unless the voter already has one in the cycle.
pub fn insert_ballot_if_absent(
    conn: &mut AnyConnection,
    new: &NewBallotRow<'_>,
) -> QueryResult<()> {
    let target = (pb_ballots::cycle_id, pb_ballots::voter_key);
    on_backend!(conn, |c| diesel::insert_into(pb_ballots::table)
        .values(new)
        .on_conflict(target)
        .do_nothing()
        .execute(c))?;
    Ok(())
}

/// Inserts many ballots in one statement.
pub fn insert_ballots(conn: &mut AnyConnection, rows: &[NewBallotRow<'_>]) -> QueryResult<()> {
    on_backend!(conn, |c| diesel::insert_into(pb_ballots::table)
        .values(rows)
        .execute(c))?;
    Ok(())
}

/// Marks a ballot changed again (an online voter edits it until the vote closes).
pub fn touch_ballot(
    conn: &mut AnyConnection,
    id: i64,
    birth_year: Option<i32>,
    at: NaiveDateTime,
) -> QueryResult<()> {
    let changes = (
        pb_ballots::updated_at.eq(at),
        pb_ballots::birth_year.eq(birth_year),
    );
    update_row!(conn, pb_ballots, id, changes).map(|_| ())
}

/// Ids of the cycle's ballots whose voter key starts with `prefix:`, by voter key.
pub fn ballot_ids_by_key(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    prefix: &str,
) -> QueryResult<Vec<(i64, String)>> {
    pb_ballots::table
        .filter(pb_ballots::commune_id.eq(commune_id))
        .filter(pb_ballots::cycle_id.eq(cycle_id))
        .filter(pb_ballots::voter_key.like(format!("{prefix}:%")))
        .select((pb_ballots::id, pb_ballots::voter_key))
        .load(conn)
}

pub fn clear_ballot_items(conn: &mut AnyConnection, ballot_id: i64) -> QueryResult<()> {
    diesel::delete(pb_ballot_items::table.filter(pb_ballot_items::ballot_id.eq(ballot_id)))
        .execute(conn)
        .map(|_| ())
}

/// Inserts ballot items `(ballot, proposal, district)` of a cycle in one statement.
pub fn insert_ballot_items(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    items: &[(i64, i64, i64)],
) -> QueryResult<()> {
    if items.is_empty() {
        return Ok(());
    }
    let rows: Vec<_> = items
        .iter()
        .map(|&(b, p, d)| {
            (
                pb_ballot_items::ballot_id.eq(b),
                pb_ballot_items::proposal_id.eq(p),
                pb_ballot_items::commune_id.eq(commune_id),
                pb_ballot_items::cycle_id.eq(cycle_id),
                pb_ballot_items::district_id.eq(d),
            )
        })
        .collect();
    on_backend!(conn, |c| diesel::insert_into(pb_ballot_items::table)
        .values(rows)
        .execute(c))?;
    Ok(())
}

/// Writes a progress update with its photos and carries its state onto the proposal.
pub fn insert_update(
    conn: &mut AnyConnection,
    new: &NewUpdateRow<'_>,
    photo_upload_ids: &[i64],
) -> QueryResult<i64> {
    let update_id: i64 = insert_id!(conn, pb_updates, new)?;
    for (position, upload_id) in photo_upload_ids.iter().enumerate() {
        let values = (
            pb_update_photos::update_id.eq(update_id),
            pb_update_photos::upload_id.eq(upload_id),
            pb_update_photos::commune_id.eq(new.commune_id),
            pb_update_photos::position.eq(position as i32),
        );
        insert!(conn, pb_update_photos, values)?;
    }
    diesel::update(pb_proposals::table.find(new.proposal_id))
        .set((
            pb_proposals::impl_status.eq(new.impl_status),
            pb_proposals::progress.eq(new.progress),
            pb_proposals::spent_cents.eq(new.spent_cents),
        ))
        .execute(conn)?;
    Ok(update_id)
}

// ---------------------------------------------------------------------------------------
// The identity of ballots: one per person per cycle, whatever the channel.
// ---------------------------------------------------------------------------------------

/// A ballot as the identity rule sees it: (id, channel, whether it carries a CIN hash).
pub type BallotIdentity = (i64, String, bool);

/// The ballot of `voter_key` in the cycle, if any.
pub fn ballot_identity(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    voter_key: &str,
) -> QueryResult<Option<BallotIdentity>> {
    let row: Option<(i64, String, Option<String>)> = pb_ballots::table
        .filter(pb_ballots::commune_id.eq(commune_id))
        .filter(pb_ballots::cycle_id.eq(cycle_id))
        .filter(pb_ballots::voter_key.eq(voter_key))
        .select((pb_ballots::id, pb_ballots::channel, pb_ballots::cin_hash))
        .first(conn)
        .optional()?;
    Ok(row.map(|(id, ch, cin)| (id, ch, cin.is_some())))
}

/// The cycle's ballot carrying this keyed CIN hash, if any.
pub fn ballot_by_cin(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    cin_hash: &str,
) -> QueryResult<Option<BallotIdentity>> {
    let row: Option<(i64, String)> = pb_ballots::table
        .filter(pb_ballots::commune_id.eq(commune_id))
        .filter(pb_ballots::cycle_id.eq(cycle_id))
        .filter(pb_ballots::cin_hash.eq(cin_hash))
        .select((pb_ballots::id, pb_ballots::channel))
        .first(conn)
        .optional()?;
    Ok(row.map(|(id, ch)| (id, ch, true)))
}

/// Stamps a ballot with its voter's keyed CIN hash (unique in the cycle: a second ballot of
/// the same person fails on the index `pb_ballots_cycle_cin`).
pub fn set_ballot_cin(conn: &mut AnyConnection, ballot_id: i64, cin_hash: &str) -> QueryResult<()> {
    let changes = pb_ballots::cin_hash.eq(cin_hash);
    update_row!(conn, pb_ballots, ballot_id, changes).map(|_| ())
}

/// What a cycle's ballots look like now: how many, the last id and the last change. A
/// stored count made from other ballots is stale.
pub fn ballots_mark(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> QueryResult<(i64, Option<i64>, Option<NaiveDateTime>)> {
    pb_ballots::table
        .filter(pb_ballots::commune_id.eq(commune_id))
        .filter(pb_ballots::cycle_id.eq(cycle_id))
        .select((
            diesel::dsl::count_star(),
            diesel::dsl::max(pb_ballots::id),
            diesel::dsl::max(pb_ballots::updated_at),
        ))
        .first(conn)
}

/// The stored count of a cycle: (inputs fingerprint, JSON body), if counted.
pub fn stored_results(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> QueryResult<Option<(String, String)>> {
    use musharaka_db::schema::pb_results;
    pb_results::table
        .find(cycle_id)
        .filter(pb_results::commune_id.eq(commune_id))
        .select((pb_results::inputs, pb_results::body))
        .first(conn)
        .optional()
}

/// Replaces the stored count of a cycle.
pub fn store_results(conn: &mut AnyConnection, new: &NewResultsRow<'_>) -> QueryResult<()> {
    use musharaka_db::schema::pb_results;
    diesel::delete(pb_results::table.find(new.cycle_id)).execute(conn)?;
    insert!(conn, pb_results, new).map(|_| ())
}
