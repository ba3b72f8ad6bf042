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
    let updates = updates(conn, commune_id, cycle_id, Some(id), 100)?;
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
    Ok((list, updates(conn, commune_id, cycle_id, None, 50)?))
}
