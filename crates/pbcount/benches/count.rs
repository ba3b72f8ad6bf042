//! Criterion benchmark: every rule on Poland_Lodz_2022 (the largest real file, read from
//! /work/shared/pabulib when present) and on a generated 100,000-voter, 150-project profile.
//!
//! `cargo bench -p musharaka-pbcount --bench count`

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use musharaka_pbcount::count::{Instance, Profile};
use musharaka_pbcount::{pabulib, synthetic, Rule};

const LODZ: &str = "/work/shared/pabulib/Poland_Lodz_2022.pb";

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
    let (instance, profile) = synthetic::election(100_000, 150);
    bench_rules(c, "generated_100k_150", &instance, &profile);
}

criterion_group!(count, benches);
criterion_main!(count);
