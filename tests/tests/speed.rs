//! Issue 17 (speed): the results page reads the count stored when the cycle was counted
//! (and recounts when its inputs changed since); pages are gzipped for clients that ask,
//! with `Vary: Accept-Encoding`. No timing is asserted.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use diesel::prelude::*;
use musharaka_db::schema::pb_results;
use musharaka_tests::on_every_demo;
use std::io::{Read, Write};

/// The first district's winners under the cycle's rule, as the results API gives them.
fn winners(app: &musharaka_tests::TestApp, path: &str) -> Vec<i64> {
    let r = app.client().get_ok(path);
    r.json()["districts"][0]["outcome"]["winners"]
        .as_array()
        .expect("winners")
        .iter()
        .map(|v| v.as_i64().expect("id"))
        .collect()
}

#[test]
fn results_are_read_from_the_stored_count_while_its_inputs_are_unchanged() {
    on_every_demo(|app| {
        // The demo counts Taroudant's cycle (select_winners): its count is stored.
        let mut conn = app.conn();
        let (cycle, commune, body): (i64, i64, String) = pb_results::table
            .select((
                pb_results::cycle_id,
                pb_results::commune_id,
                pb_results::body,
            ))
            .first(&mut *conn)
            .expect("a stored count after the demo's count");
        let slug = musharaka_communes::store::by_id(&mut conn, commune)
            .expect("commune")
            .slug;
        let path = format!("/api/v1/communes/{slug}/budgets/{cycle}/results");
        let counted = winners(&app, &path);
        assert!(!counted.is_empty(), "the demo's count has winners");

        // Change the stored winners: the page shows them, so it did not recount.
        let mut stored: serde_json::Value = serde_json::from_str(&body).expect("json");
        stored[0]["outcome"]["winners"] = serde_json::json!([counted[0]]);
        diesel::update(pb_results::table.find(cycle))
            .set(pb_results::body.eq(stored.to_string()))
            .execute(&mut *conn)
            .expect("tamper");
        assert_eq!(winners(&app, &path), vec![counted[0]]);

        // Inputs that no longer match (a ballot added, a cost changed…): counted live.
        diesel::update(pb_results::table.find(cycle))
            .set(pb_results::inputs.eq("stale"))
            .execute(&mut *conn)
            .expect("stale");
        assert_eq!(winners(&app, &path), counted);
    });
}

/// A raw HTTP/1.1 GET with `Accept-Encoding: gzip`: (lower-cased head, body bytes).
fn raw_get(app: &musharaka_tests::TestApp, path: &str, gzip: bool) -> (String, Vec<u8>) {
    let mut s = std::net::TcpStream::connect(app.server.addr).expect("connect");
    let enc = if gzip {
        "Accept-Encoding: gzip\r\n"
    } else {
        ""
    };
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\n{enc}Connection: close\r\n\r\n"
    )
    .expect("send");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("head");
    let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
    (head, raw[split + 4..].to_vec())
}

#[test]
fn pages_are_gzipped_for_clients_that_ask_and_say_vary() {
    on_every_demo(|app| {
        // A page and the JSON API, each kept once (rendered, serialised) and gzipped once
        // for visitors who are not signed in: the gzip and the plain body are one document.
        for (path, marker) in [
            ("/taroudant", "<html"),
            ("/api/v1/communes/taroudant/petitions", "\"items\""),
        ] {
            let (head, body) = raw_get(&app, path, true);
            assert!(head.starts_with("http/1.1 200"), "{path}: {head}");
            assert!(head.contains("content-encoding: gzip"), "{path}: {head}");
            assert!(head.contains("vary: accept-encoding"), "{path}: {head}");
            let mut unzipped = String::new();
            flate2::read::GzDecoder::new(&body[..])
                .read_to_string(&mut unzipped)
                .expect("a gzip body");

            let (head, plain) = raw_get(&app, path, false);
            assert!(!head.contains("content-encoding"), "{path}: {head}");
            assert!(head.contains("vary: accept-encoding"), "{path}: {head}");
            let plain = String::from_utf8_lossy(&plain);
            assert!(plain.contains(marker), "{path}: the document itself");
            assert_eq!(unzipped, plain, "{path}: one document, gzipped or not");
        }
    });
}

/// A server process of its own on `db` (its own state, pool and caches), as a second
/// `musharaka serve` on the same database would be.
fn second_server(app: &musharaka_tests::TestApp, per_minute: u32) -> musharaka_web::RunningServer {
    let mut config = musharaka_core::Config::defaults();
    config.database_url = app.db.url.clone();
    config.mail_url = format!("file://{}", app.dir.path().join("mail").display());
    config.data_dir = app.dir.path().join("data").display().to_string();
    config.auth_attempts_per_minute = per_minute;
    config.base_url = "http://musharaka.test".into();
    let state = musharaka_web::build_state(config, false).expect("second state");
    musharaka_web::spawn_server(state).expect("second server")
}

#[test]
fn a_rate_limit_is_counted_once_across_two_servers_on_one_database() {
    for backend in musharaka_tests::backends() {
        let app = musharaka_tests::TestApp::start_with(backend, |c| c.auth_attempts_per_minute = 4);
        let other = second_server(&app, 4);
        let mut a = app.client();
        let mut b = musharaka_tests::Client::new(other.url(""));
        // Four attempts on one account, alternating servers: all counted together.
        for i in 0..4 {
            let c = if i % 2 == 0 { &mut a } else { &mut b };
            c.login("x@example.ma", "wrong-password-1")
                .assert_status(401);
        }
        a.login("x@example.ma", "wrong-password-1")
            .assert_status(429);
        b.login("x@example.ma", "wrong-password-1")
            .assert_status(429);
    }
}

#[test]
fn migrations_started_at_once_by_several_processes_run_once() {
    let Ok(server) = std::env::var("MUSHARAKA_TEST_POSTGRES") else {
        return;
    };
    use diesel::connection::SimpleConnection;
    let name = format!("musharaka_migrate_{}", std::process::id());
    let mut admin = diesel::PgConnection::establish(&server).expect("PostgreSQL");
    admin
        .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
        .expect("drop database");
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("create database");
    let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
    let url = format!("{base}/{name}");
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(4));
    let results: Vec<Result<(), String>> = (0..4)
        .map(|_| {
            let (url, barrier) = (url.clone(), barrier.clone());
            std::thread::spawn(move || {
                let pool = musharaka_db::connect_pool(&url, 1)?;
                let mut conn = pool.get().map_err(|e| e.to_string())?;
                barrier.wait();
                musharaka_db::run_migrations(&mut conn)
            })
        })
        .collect::<Vec<_>>()
        .into_iter()
        .map(|t| t.join().expect("thread"))
        .collect();
    let applied: Result<i64, _> = {
        let mut conn = diesel::PgConnection::establish(&url).expect("connect");
        diesel::sql_query("SELECT COUNT(*) AS n FROM __diesel_schema_migrations")
            .get_result::<Count>(&mut conn)
            .map(|c| c.n)
    };
    let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    for r in &results {
        assert!(r.is_ok(), "{r:?}");
    }
    let dirs = std::fs::read_dir(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../migrations/postgres"
    ))
    .expect("migrations")
    .flatten()
    .filter(|e| e.path().join("up.sql").exists())
    .count();
    assert_eq!(applied.expect("applied"), dirs as i64);
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

#[test]
fn jobs_are_claimed_once_by_workers_of_two_processes() {
    for backend in musharaka_tests::backends() {
        let db = musharaka_db::testing::TestDb::new(backend);
        {
            let mut conn = db.pool.get().expect("connection");
            for i in 0..300 {
                musharaka_db::jobs::enqueue(&mut conn, "test:once", &i.to_string(), None, None)
                    .expect("enqueue");
            }
        }
        // Two pools stand for two processes; each runs three workers.
        let pools = [
            musharaka_db::connect_pool(&db.url, 4).expect("pool A"),
            musharaka_db::connect_pool(&db.url, 4).expect("pool B"),
        ];
        let done = std::sync::Arc::new(std::sync::Mutex::new(std::collections::HashMap::<
            i64,
            usize,
        >::new()));
        let workers: Vec<_> = pools
            .iter()
            .flat_map(|p| (0..3).map(move |_| p.clone()))
            .map(|pool| {
                let done = done.clone();
                std::thread::spawn(move || loop {
                    let mut conn = pool.get().expect("connection");
                    let jobs = match musharaka_db::jobs::claim_due(&mut conn, "test:once", 7) {
                        Ok(j) => j,
                        // SQLite may report a busy database; the worker tries again.
                        Err(_) => continue,
                    };
                    if jobs.is_empty()
                        && musharaka_db::jobs::pending_count(&mut conn, "test:once").unwrap_or(1)
                            == 0
                    {
                        return;
                    }
                    let ids: Vec<i64> = jobs.iter().map(|j| j.id).collect();
                    {
                        let mut d = done.lock().unwrap();
                        for id in &ids {
                            *d.entry(*id).or_default() += 1;
                        }
                    }
                    while musharaka_db::jobs::complete_all(&mut conn, &ids).is_err() {}
                })
            })
            .collect();
        for w in workers {
            w.join().expect("worker");
        }
        let d = done.lock().unwrap();
        assert_eq!(d.len(), 300, "{backend}: every job done");
        assert!(d.values().all(|n| *n == 1), "{backend}: a job done twice");
    }
}
