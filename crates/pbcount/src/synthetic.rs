//! A deterministic synthetic election for benchmarks: no real data, reproducible from its size,
//! and writable as a pabulib file so that pabutools can count the very same profile.

use num_bigint::BigInt;
use num_rational::BigRational;

use crate::count::{Instance, Profile, Project};

/// `voters` voters approving 1–8 of `projects` projects (costs 50,000–950,000, a popularity
/// skew towards low indices, ids `P000`, `P001`, …), budget 20,000,000.
pub fn election(voters: usize, projects: usize) -> (Instance, Profile) {
    let mut state: u64 = 0x5eed;
    let mut next = move |n: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % n
    };
    let list: Vec<Project> = (0..projects)
        .map(|i| Project {
            id: format!("P{i:03}"),
            cost: BigRational::from_integer(BigInt::from(50_000 + next(19) * 50_000)),
        })
        .collect();
    let m = projects as u64;
    let ballots: Vec<Vec<usize>> = (0..voters)
        .map(|_| {
            let len = 1 + next(8);
            (0..len).map(|_| next(m).min(next(m)) as usize).collect()
        })
        .collect();
    let instance = Instance {
        budget: BigRational::from_integer(BigInt::from(20_000_000)),
        projects: list,
    };
    // Every index is below `projects`, so building the profile cannot fail.
    let profile = Profile::from_ballots(projects, ballots).unwrap_or_default();
    (instance, profile)
}
