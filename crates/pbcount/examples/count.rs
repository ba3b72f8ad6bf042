//! `cargo run --release -p musharaka-pbcount --example count -- RULE FILE.pb…`: prints each
//! outcome as JSON with the time taken (what `musharaka pb count` will print, plus timing).
//! `mes-add1-stepwise` and `mes-add1-until-infeasible-stepwise` run those rules one `k` at a
//! time, as pabutools does (a slow cross-check).

use std::time::Instant;

use musharaka_pbcount::count;
use musharaka_pbcount::{count_file, pabulib, Outcome, Rule};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((rule, files)) = args.split_first() else {
        eprintln!(
            "usage: count RULE|all|mes-add1-stepwise|mes-add1-until-infeasible-stepwise FILE.pb…"
        );
        std::process::exit(2);
    };
    if let Some(variant) = rule.strip_suffix("-stepwise") {
        let until_infeasible = variant == "mes-add1-until-infeasible";
        files
            .iter()
            .for_each(|file| stepwise(file, until_infeasible));
        return;
    }
    let rules: Vec<Rule> = if rule == "all" {
        Rule::ALL.to_vec()
    } else {
        match rule.parse() {
            Ok(r) => vec![r],
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        }
    };
    for file in files {
        for &rule in &rules {
            let start = Instant::now();
            match count_file(rule, file) {
                Ok(outcome) => {
                    let json = serde_json::to_string(&outcome).unwrap_or_default();
                    println!("{file}\t{:.3}s\t{json}", start.elapsed().as_secs_f64());
                }
                Err(e) => eprintln!("{e}"),
            }
        }
    }
}

/// `mes-add1` one run per `k`, as pabutools does: a slow cross-check of the fast version.
fn stepwise(file: &str, until_infeasible: bool) {
    let start = Instant::now();
    let election = std::fs::read_to_string(file)
        .map_err(|e| e.to_string())
        .and_then(|text| pabulib::parse_election(&text).map_err(|e| e.to_string()));
    match election {
        Ok(e) => {
            let (selection, runs) =
                count::mes_add1_stepwise(&e.instance, &e.profile, until_infeasible);
            let rule = if until_infeasible {
                Rule::MesAdd1UntilInfeasible
            } else {
                Rule::MesAdd1
            };
            let outcome = Outcome::new(rule, &e.instance, &selection);
            let json = serde_json::to_string(&outcome).unwrap_or_default();
            println!(
                "{file}\t{:.3}s\t{runs} runs\t{json}",
                start.elapsed().as_secs_f64()
            );
        }
        Err(e) => eprintln!("{e}"),
    }
}
