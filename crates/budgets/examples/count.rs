//! `cargo run --release -p musharaka-budgets --example count -- RULE FILE.pb…`: prints each
//! outcome as JSON with the time taken (what `musharaka pb count` will print, plus timing).

use std::time::Instant;

use musharaka_budgets::{count_file, Rule};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((rule, files)) = args.split_first() else {
        eprintln!("usage: count RULE|all FILE.pb…");
        std::process::exit(2);
    };
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
