//! What a commune's home shows of its participatory budgets, in two queries: the cycles
//! in a phase where residents act, each with its ballots, and all ballots cast.

use super::*;

pub struct BudgetsDigest {
    /// Cycles open to residents (proposals, review, vote, results), with phase and ballots.
    pub cycles: Vec<(Cycle, Phase, i64)>,
    /// Ballots in all the commune's cycles.
    pub ballots: i64,
}

/// A phase in which residents have something to do or to read on the home.
fn shown_on_home(phase: Phase) -> bool {
    matches!(
        phase,
        Phase::Proposals | Phase::Review | Phase::Voting | Phase::Results
    )
}

pub fn digest(
    conn: &mut AnyConnection,
    commune_id: i64,
    at: NaiveDateTime,
) -> Result<BudgetsDigest> {
    let turnouts: HashMap<i64, i64> = store::turnouts(conn, commune_id)?.into_iter().collect();
    let mut cycles = Vec::new();
    for cycle in store::cycles(conn, commune_id)? {
        let phase = cycle.phase(at);
        if shown_on_home(phase) {
            let turnout = turnouts.get(&cycle.id).copied().unwrap_or(0);
            cycles.push((cycle, phase, turnout));
        }
    }
    Ok(BudgetsDigest {
        cycles,
        ballots: turnouts.values().sum(),
    })
}
