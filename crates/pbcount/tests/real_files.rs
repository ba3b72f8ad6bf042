//! Counts every real pabulib file in `/work/shared/pabulib` (test data, never copied into the
//! repository) with every rule and compares with pabutools 1.2.3:
//! - `expected-sample.json` there (winners listed sorted, so compared as sets, plus total cost);
//! - `tests/fixtures/pabutools.json` here: winner lists in pabutools' selection order, recorded
//!   by running pabutools on the same files (only the outcomes, not the data).
//!
//! Skipped with a message when the directory is missing. The slowest combinations (add1 on the
//! largest files) only run with `MUSHARAKA_PB_HEAVY=1`, ideally with `--release`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;

use musharaka_pbcount::{count_file, Rule};
use serde_json::Value;

const DIR: &str = "/work/shared/pabulib";

/// (file, rule) pairs too slow for a debug-build test run.
fn heavy(file: &str, rule: Rule) -> bool {
    let add1 = matches!(
        rule,
        Rule::MesAdd1 | Rule::MesAdd1Greedy | Rule::MesAdd1UntilInfeasible
    );
    let big = [
        "Hungary_Budapest_2024",
        "Poland_Warszawa_2026",
        "Poland_Lodz_2022",
        "Poland_Warszawa_2020_Praga-Poludnie",
        "Netherlands_Amsterdam_631",
        "France_Toulouse_2022",
        "Poland_Poznan_2023_13_-_Jezyce_sw.Lazarz",
        "Poland_Wroclaw_2017_Rejon_nr_6_250",
    ];
    add1 && big.contains(&file)
}

fn load(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).expect("read json")).expect("json")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .expect("array")
        .iter()
        .map(|x| x.as_str().expect("string").to_owned())
        .collect()
}

#[test]
fn real_files_match_pabutools() {
    let dir = Path::new(DIR);
    if !dir.is_dir() {
        println!("skipped: {DIR} is missing");
        return;
    }
    let heavy_too = std::env::var_os("MUSHARAKA_PB_HEAVY").is_some();
    let sample = load(&dir.join("expected-sample.json"));
    let fixtures =
        load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pabutools.json"));
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".pb").map(str::to_owned))
        .collect();
    files.sort();
    let mut checked = BTreeMap::new();
    for file in &files {
        for rule in Rule::ALL {
            if heavy(file, rule) && !heavy_too {
                println!("{file} {rule}: skipped (heavy; set MUSHARAKA_PB_HEAVY=1)");
                continue;
            }
            let path = dir.join(format!("{file}.pb"));
            let outcome = count_file(rule, path.to_str().unwrap()).expect("count");
            let mut compared = 0;
            if let Some(exp) = sample.pointer(&format!("/{file}/rules/{rule}")) {
                let mut ours = outcome.winners.clone();
                ours.sort();
                assert_eq!(ours, strings(&exp["winners"]), "{file} {rule} (sample)");
                assert_eq!(
                    outcome.total_cost, exp["total_cost"],
                    "{file} {rule} (sample)"
                );
                compared += 1;
            }
            if let Some(exp) = fixtures.pointer(&format!("/{file}/{rule}")) {
                assert_eq!(
                    outcome.winners,
                    strings(&exp["winners"]),
                    "{file} {rule} (order)"
                );
                assert_eq!(outcome.total_cost, exp["total_cost"], "{file} {rule}");
                compared += 1;
            }
            println!("{file} {rule}: ok ({compared} references)");
            checked.insert((file.clone(), rule.name()), compared);
        }
    }
    assert!(checked.values().any(|&c| c > 0), "nothing compared");
}
