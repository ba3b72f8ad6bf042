//! The counting rules, pure and exact.
//!
//! Everything here is deterministic arithmetic on exact rationals: no I/O, and no floating point
//! in any decision, because a participatory budget's outcome must be reproducible to the last
//! project and must match pabutools 1.2.3 (the reference implementation the pabulib community
//! uses). Ties are broken by the smaller project id compared as a string (`"11" < "2"`).

mod add1;
mod affine;
mod bracket;
mod greedy;
mod mes;
pub mod number;

use std::collections::HashMap;

use num_rational::BigRational;
use num_traits::Zero;

pub use add1::{mes_add1, mes_add1_greedy, mes_add1_stepwise, mes_add1_until_infeasible};
pub use greedy::{greedy, greedy_cardinality};
pub use mes::{mes, mes_cardinality};

/// A project: its id (a string, as in pabulib) and its exact cost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Project {
    pub id: String,
    pub cost: BigRational,
}

/// A participatory-budgeting instance: the budget limit and the projects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instance {
    pub budget: BigRational,
    pub projects: Vec<Project>,
}

/// Errors of the counting module (only malformed inputs; the rules themselves cannot fail).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CountError {
    #[error("ballot {ballot} names project index {index}, but there are only {projects} projects")]
    ProjectIndex {
        ballot: usize,
        index: usize,
        projects: usize,
    },
}

/// Approval ballots as sets of project indices. Empty ballots count in the number of voters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Profile {
    ballots: Vec<Vec<usize>>,
}

impl Profile {
    /// Builds a profile, checking every index against `num_projects`; duplicates are dropped.
    pub fn from_ballots(
        num_projects: usize,
        ballots: impl IntoIterator<Item = Vec<usize>>,
    ) -> Result<Self, CountError> {
        let mut profile = Profile::default();
        for (ballot, mut projects) in ballots.into_iter().enumerate() {
            if let Some(&index) = projects.iter().find(|&&p| p >= num_projects) {
                return Err(CountError::ProjectIndex {
                    ballot,
                    index,
                    projects: num_projects,
                });
            }
            projects.sort_unstable();
            projects.dedup();
            profile.ballots.push(projects);
        }
        Ok(profile)
    }

    /// The ballots, each sorted and without duplicates.
    pub fn ballots(&self) -> &[Vec<usize>] {
        &self.ballots
    }

    /// The number of voters, empty ballots included.
    pub fn num_voters(&self) -> usize {
        self.ballots.len()
    }
}

/// A rule's outcome: project indices in selection order, and their total cost.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub winners: Vec<usize>,
    pub total_cost: BigRational,
}

impl Selection {
    fn new(instance: &Instance, winners: Vec<usize>) -> Self {
        let total_cost = total_cost(instance, &winners);
        Self {
            winners,
            total_cost,
        }
    }

    /// The winners' ids, in selection order.
    pub fn ids(&self, instance: &Instance) -> Vec<String> {
        self.winners
            .iter()
            .map(|&p| instance.projects[p].id.clone())
            .collect()
    }
}

/// How a voter's satisfaction with an approved project is measured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sat {
    /// pabutools' `Cost_Sat`: the project's cost.
    Cost,
    /// pabutools' `Cardinality_Sat`: one.
    Cardinality,
}

pub(crate) fn total_cost(instance: &Instance, projects: &[usize]) -> BigRational {
    projects.iter().fold(BigRational::zero(), |acc, &p| {
        acc + &instance.projects[p].cost
    })
}

/// Identical ballots grouped (pabutools' multiprofile): the rules only care about multiplicities,
/// and real profiles repeat ballots a lot.
#[derive(Debug)]
pub(crate) struct Groups {
    /// Multiplicity of each distinct ballot.
    pub(crate) weight: Vec<u64>,
    /// For each project, the distinct ballots approving it.
    pub(crate) supporters: Vec<Vec<u32>>,
    /// For each project, the number of voters approving it.
    pub(crate) approvals: Vec<u64>,
    /// The number of voters, empty ballots included.
    pub(crate) voters: u64,
}

impl Groups {
    pub(crate) fn new(instance: &Instance, profile: &Profile) -> Self {
        let mut index: HashMap<&[usize], usize> = HashMap::new();
        let mut distinct: Vec<&[usize]> = Vec::new();
        let mut weight: Vec<u64> = Vec::new();
        for ballot in profile.ballots() {
            let slot = *index.entry(ballot.as_slice()).or_insert_with(|| {
                distinct.push(ballot);
                weight.push(0);
                distinct.len() - 1
            });
            weight[slot] += 1;
        }
        let num_projects = instance.projects.len();
        let mut supporters = vec![Vec::new(); num_projects];
        let mut approvals = vec![0u64; num_projects];
        for (group, ballot) in distinct.iter().enumerate() {
            for &p in ballot.iter() {
                supporters[p].push(group as u32);
                approvals[p] += weight[group];
            }
        }
        Self {
            weight,
            supporters,
            approvals,
            voters: profile.num_voters() as u64,
        }
    }
}

/// Sorts project indices by id, as strings: the tie-breaking order.
pub(crate) fn by_id(instance: &Instance, projects: &mut [usize]) {
    projects.sort_by(|&a, &b| instance.projects[a].id.cmp(&instance.projects[b].id));
}

#[cfg(test)]
mod tests;
