//! A small, constant number of queries per page (issue 17): every public GET route the app
//! registers, on the demo data, is served within a fixed budget of database queries, so no
//! page runs a query per row of a list (the demo communes have dozens of petitions,
//! sessions, deliberations and ballots: a per-row query would blow the budget).
//! Each page is counted on its second load: a page whose figures are kept a while (the
//! open-data catalogue, recounted at most every minute) is counted as most views find it.
//!
//! Queries are counted by a diesel instrumentation on every connection the app opens, so
//! this file holds one test (the counter is process-wide).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use diesel::connection::{set_default_instrumentation, Instrumentation, InstrumentationEvent};
use musharaka_tests::{backends, fill_route, TestApp};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The most queries a public page may run (sessions, caches and the page's own loaders).
const PUBLIC_PAGE_BUDGET: usize = 12;

static QUERIES: AtomicUsize = AtomicUsize::new(0);

fn counting() -> Option<Box<dyn Instrumentation>> {
    Some(Box::new(|event: InstrumentationEvent<'_>| {
        if matches!(event, InstrumentationEvent::StartQuery { .. }) {
            QUERIES.fetch_add(1, Ordering::SeqCst);
        }
    }))
}

/// Queries run while serving `path` (the fewer of two loads: a cache may fill on the first,
/// and a background connection may ask something meanwhile).
fn queries_for(client: &mut musharaka_tests::Client, path: &str) -> (u16, usize) {
    let mut fewest = usize::MAX;
    let mut status = 0;
    for _ in 0..2 {
        let before = QUERIES.load(Ordering::SeqCst);
        status = client.get(path).status;
        fewest = fewest.min(QUERIES.load(Ordering::SeqCst) - before);
    }
    (status, fewest)
}

#[test]
fn every_public_page_runs_a_small_constant_number_of_queries() {
    set_default_instrumentation(counting).unwrap();
    for backend in backends() {
        let app = TestApp::demo(backend);
        let mut client = app.client();
        let mut counts = Vec::new();
        for (method, pattern) in musharaka_web::routes::registered() {
            if method != "GET" || pattern.contains("/admin") || pattern.contains("/office") {
                continue;
            }
            let path = fill_route(&pattern, |name| match name {
                "slug" => "taroudant",
                "code" => "fr",
                _ => "1",
            });
            let (status, queries) = queries_for(&mut client, &path);
            counts.push((queries, status, path));
        }
        counts.sort();
        let report: Vec<String> = counts
            .iter()
            .map(|(q, s, p)| format!("{q:>3} {s} {p}"))
            .collect();
        println!("{backend}:\n{}", report.join("\n"));
        let over: Vec<&String> = counts
            .iter()
            .zip(&report)
            .filter(|((q, _, _), _)| *q > PUBLIC_PAGE_BUDGET)
            .map(|(_, line)| line)
            .collect();
        assert!(
            over.is_empty(),
            "{backend}: pages over {PUBLIC_PAGE_BUDGET} queries: {over:#?}"
        );
    }
}
