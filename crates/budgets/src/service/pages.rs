//! What the budget's pages read: each page's rows in one call.

use super::*;
use crate::store::ProposalFilter;

/// The commune's cycles, newest first.
pub fn cycles(conn: &mut AnyConnection, commune_id: i64) -> Result<Vec<Cycle>> {
    Ok(store::cycles(conn, commune_id)?)
}

/// One page of a cycle's proposals.
pub struct ProposalList {
    pub list: Vec<Proposal>,
    /// How many proposals the filter keeps, on every page.
    pub total: i64,
    /// The votes of each proposal, counted from the results phase on (else empty).
    pub tallies: BTreeMap<i64, u64>,
}

/// The proposals of `filter` from `offset` on (at most `limit`), with their votes when
/// `show_votes`.
pub fn proposal_list(
    conn: &mut AnyConnection,
    (commune_id, cycle_id): (i64, i64),
    filter: &ProposalFilter,
    limit: i64,
    offset: i64,
    show_votes: bool,
) -> Result<ProposalList> {
    let (list, total) = store::proposals(conn, commune_id, cycle_id, filter, limit, offset)?;
    let tallies = if show_votes {
        store::tallies(conn, commune_id, cycle_id)?
    } else {
        Default::default()
    };
    Ok(ProposalList {
        list,
        total,
        tallies,
    })
}

/// A proposal with what its page shows.
pub struct ProposalDetail {
    pub proposal: Proposal,
    pub updates: Updates,
    /// Its votes, when `show_votes` (from the results phase on).
    pub votes: Option<u64>,
    /// Every proposal of the cycle (a reviewer merges into one of them).
    pub others: Vec<Proposal>,
}

pub fn proposal_detail(
    conn: &mut AnyConnection,
    (commune_id, cycle_id): (i64, i64),
    id: i64,
    show_votes: bool,
) -> Result<ProposalDetail> {
    let proposal = store::proposal(conn, commune_id, cycle_id, id)?;
    let updates = updates(
        conn,
        commune_id,
        UpdatesOf {
            cycle_id,
            proposal_id: Some(id),
            limit: 100,
        },
    )?;
    let votes = if show_votes {
        store::tallies(conn, commune_id, cycle_id)?
            .get(&id)
            .copied()
    } else {
        None
    };
    let others = store::all_proposals(conn, commune_id, cycle_id)?;
    Ok(ProposalDetail {
        proposal,
        updates,
        votes,
        others,
    })
}

/// The follow-up page: the selected projects and the latest 50 updates.
pub fn follow_up(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> Result<(Vec<Proposal>, Updates)> {
    let filter = ProposalFilter {
        selected_only: true,
        ..Default::default()
    };
    let (list, _) = store::proposals(conn, commune_id, cycle_id, &filter, 1000, 0)?;
    Ok((
        list,
        updates(conn, commune_id, UpdatesOf::cycle(cycle_id, 50))?,
    ))
}

/// The voter key of an account's ballot (online, or on paper for its e-mail).
pub fn account_key(account_id: i64) -> String {
    format!("account:{account_id}")
}

/// A ballot already cast: its id, channel and choices.
pub type CastBallot = (i64, String, Vec<i64>);

/// The ballot page: what may be chosen, and the account's ballot if already cast (its id,
/// channel and choices).
pub fn ballot_page(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    account_id: i64,
) -> Result<(BallotContext, Option<CastBallot>)> {
    let key = account_key(account_id);
    Ok((
        ballot_context(conn, commune_id, cycle_id)?,
        store::ballot_of(conn, commune_id, cycle_id, &key)?,
    ))
}

/// The rulebook's edit form: the cycle, its facts, and whether the rulebook is frozen at
/// `at` (by its phase and the ballots cast).
pub fn cycle_edit(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
    at: NaiveDateTime,
) -> Result<(Cycle, CycleFacts, bool)> {
    let cycle = store::cycle(conn, commune_id, cycle_id)?;
    let facts = cycle_facts(conn, commune_id, cycle_id)?;
    let ballots = store::turnout(conn, commune_id, cycle_id)?;
    let frozen = rules::rulebook_frozen(cycle.phase(at), ballots);
    Ok((cycle, facts, frozen))
}

/// What a cycle's back-office page shows besides the cycle.
pub struct CycleOffice {
    pub proposals: Vec<Proposal>,
    pub ballot: BallotContext,
    /// Ballots per channel.
    pub channels: Vec<(String, i64)>,
}

pub fn cycle_office(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> Result<CycleOffice> {
    Ok(CycleOffice {
        proposals: store::all_proposals(conn, commune_id, cycle_id)?,
        ballot: ballot_context(conn, commune_id, cycle_id)?,
        channels: store::turnout_by_channel(conn, commune_id, cycle_id)?,
    })
}

/// The follow-up feed: every proposal of the cycle (the entries' titles) and the latest 50
/// updates.
pub fn update_feed(
    conn: &mut AnyConnection,
    commune_id: i64,
    cycle_id: i64,
) -> Result<(Vec<Proposal>, Updates)> {
    Ok((
        store::all_proposals(conn, commune_id, cycle_id)?,
        updates(conn, commune_id, UpdatesOf::cycle(cycle_id, 50))?,
    ))
}
