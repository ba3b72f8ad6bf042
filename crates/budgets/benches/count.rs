//! Criterion benchmark: every rule on Poland_Lodz_2022 (the largest real file, read from
//! /work/shared/pabulib when present) and on a generated 100,000-voter, 150-project profile.
//!
//! `cargo bench -p musharaka-budgets --bench count`

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use musharaka_budgets::count::{Instance, Profile, Project};
use musharaka_budgets::{pabulib, Rule};
use num_bigint::BigInt;
use num_rational::BigRational;

const LODZ: &str = "/work/shared/pabulib/Poland_Lodz_2022.pb";

/// Deterministic generator: 150 projects (costs 50k–1M), 100,000 voters approving 1–8 projects
/// with a popularity skew, budget 20M.
fn generated() -> (Instance, Profile) {
    let mut state: u64 = 0x5eed;
    let mut next = move |n: u64| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (state >> 33) % n
    };
    let projects: Vec<Project> = (0..150)
        .map(|i| Project {
            id: format!("P{i:03}"),
            cost: BigRational::from_integer(BigInt::from(50_000 + next(19) * 50_000)),
        })
        .collect();
    let ballots: Vec<Vec<usize>> = (0..100_000)
        .map(|_| {
            let len = 1 + next(8);
            (0..len)
                .map(|_| {
                    let a = next(150);
                    let b = next(150);
                    a.min(b) as usize
                })
                .collect()
        })
        .collect();
    let instance = Instance {
        budget: BigRational::from_integer(BigInt::from(20_000_000)),
        projects,
    };
    let profile = Profile::from_ballots(150, ballots).unwrap_or_default();
    (instance, profile)
}

fn bench_rules(c: &mut Criterion, name: &str, instance: &Instance, profile: &Profile) {
    let mut group = c.benchmark_group(name);
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for rule in Rule::ALL {
        group.bench_function(rule.name(), |b| b.iter(|| rule.count(instance, profile)));
    }
    group.finish();
}

fn benches(c: &mut Criterion) {
    match std::fs::read_to_string(LODZ).map(|t| pabulib::parse_election(&t)) {
        Ok(Ok(e)) => bench_rules(c, "Poland_Lodz_2022", &e.instance, &e.profile),
        _ => eprintln!("skipped Poland_Lodz_2022: {LODZ} not readable"),
    }
    let (instance, profile) = generated();
    bench_rules(c, "generated_100k_150", &instance, &profile);
}

criterion_group!(count, benches);
criterion_main!(count);
