//! What a commune's home shows of its petitions, in a constant number of queries: those
//! open for signature with their counts, the latest answered, the commune's figures.

use super::{summary, Summary};
use crate::model::PetitionStatus;
use crate::records::PetitionRow;
use crate::store;
use chrono::NaiveDate;
use musharaka_core::Result;
use musharaka_db::AnyConnection;
use std::cmp::Reverse;

pub struct PetitionsDigest {
    /// Open for signature, newest first, each with its confirmed signatures.
    pub collecting: Vec<(PetitionRow, i64)>,
    /// Answered by the bureau or the council, latest first (at most `shown`).
    pub answered: Vec<PetitionRow>,
    pub summary: Summary,
    /// Confirmed signatures on all the commune's public petitions.
    pub signatures: i64,
}

/// A petition the bureau or the council has answered (accepted, rejected or decided).
fn is_answered(status: PetitionStatus) -> bool {
    matches!(
        status,
        PetitionStatus::Accepted | PetitionStatus::RejectedByBureau | PetitionStatus::Decided(_)
    )
}

pub fn digest(
    conn: &mut AnyConnection,
    commune_id: i64,
    today: NaiveDate,
    shown: usize,
) -> Result<PetitionsDigest> {
    let petitions = store::all_public(conn, commune_id)?;
    let ids: Vec<i64> = petitions.iter().map(|p| p.id).collect();
    let counts = store::counts_by_petition(conn, &ids)?;
    let count = |p: &PetitionRow| counts.get(&p.id).map_or(0, |c| c.total());
    let signatures = petitions.iter().map(count).sum();
    let mut collecting: Vec<(PetitionRow, i64)> = petitions
        .iter()
        .filter(|p| p.status == PetitionStatus::Collecting)
        .map(|p| (p.clone(), count(p)))
        .collect();
    collecting.sort_by_key(|(p, _)| Reverse(p.created_at));
    let mut answered: Vec<PetitionRow> = petitions
        .iter()
        .filter(|p| is_answered(p.status))
        .cloned()
        .collect();
    answered.sort_by_key(|p| Reverse(p.updated_at));
    answered.truncate(shown);
    Ok(PetitionsDigest {
        collecting,
        answered,
        summary: summary(&petitions, today),
        signatures,
    })
}
