//! `cargo run --release -p musharaka-pbcount --example generate -- [VOTERS] [PROJECTS] > FILE.pb`:
//! writes the benchmark's synthetic election (default 100,000 voters, 150 projects) as a pabulib
//! file, so that pabutools can be timed on the same profile.

use musharaka_pbcount::pabulib::{to_pabulib_string, PbFile};
use musharaka_pbcount::synthetic;

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>());
    let voters = args.next().and_then(Result::ok).unwrap_or(100_000);
    let projects = args.next().and_then(Result::ok).unwrap_or(150);
    let (instance, profile) = synthetic::election(voters, projects);
    let meta = [
        (
            "description".to_owned(),
            "Musharaka synthetic benchmark".to_owned(),
        ),
        ("country".to_owned(), "none".to_owned()),
        ("unit".to_owned(), format!("synthetic {voters}x{projects}")),
    ];
    print!(
        "{}",
        to_pabulib_string(&PbFile::from_election(&meta, &instance, &profile))
    );
}
