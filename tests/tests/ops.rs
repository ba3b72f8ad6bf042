//! The operator's toolbox: `/healthz`, `/readyz`, `/metrics`, backup and restore.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use musharaka_core::Config;
use musharaka_db::testing::TestDb;
use musharaka_db::{AnyConnection, Pool};
use musharaka_tests::{backends, on_every_backend, Client, TestApp};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// An app like `TestApp` but with its background workers (mail, events) running, as
/// `musharaka serve` starts it.
struct ServedApp {
    server: musharaka_web::RunningServer,
    db: TestDb,
    _dir: tempfile::TempDir,
}

fn served(backend: &str) -> ServedApp {
    let db = TestDb::new(backend);
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::defaults();
    config.database_url = db.url.clone();
    config.mail_url = format!("file://{}", dir.path().join("mail").display());
    config.data_dir = dir.path().join("data").display().to_string();
    let state = musharaka_web::build_state(config, true).unwrap();
    let server = musharaka_web::spawn_server(state).unwrap();
    ServedApp {
        server,
        db,
        _dir: dir,
    }
}

#[test]
fn healthz_is_alive_and_readyz_needs_the_database_and_the_mail_worker() {
    for backend in backends() {
        let app = served(backend);
        let mut c = Client::new(app.server.url(""));
        let alive = c.get_ok("/healthz");
        assert_eq!(alive.json(), serde_json::json!({"status": "ok"}));
        let ready = c.get_ok("/readyz");
        assert_eq!(
            ready.json(),
            serde_json::json!({"status": "ready", "database": true, "mail_worker": true})
        );

        // The test harness starts no worker: not ready, and says why.
        let bare = TestApp::start(backend);
        let not_ready = bare.client().get("/readyz");
        not_ready.assert_status(503);
        assert_eq!(not_ready.json()["database"], true);
        assert_eq!(not_ready.json()["mail_worker"], false);
        bare.client().get_ok("/healthz");
    }
}

#[test]
fn readyz_is_503_when_the_database_is_gone_but_healthz_still_answers() {
    if !backends().contains(&"postgres") {
        return;
    }
    let app = served("postgres");
    let mut c = Client::new(app.server.url(""));
    c.get_ok("/readyz");
    let url = &app.db.url;
    let (server, name) = url.rsplit_once('/').unwrap();
    let mut admin = diesel::pg::PgConnection::establish(&format!("{server}/postgres")).unwrap();
    admin
        .batch_execute(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .unwrap();
    let gone = c.get("/readyz");
    gone.assert_status(503);
    assert_eq!(gone.json()["database"], false);
    c.get_ok("/healthz");
}

/// One sample of the Prometheus text format (0.0.4).
#[derive(Debug)]
struct Sample {
    name: String,
    labels: BTreeMap<String, String>,
    value: f64,
}

/// A parse of the text exposition format, strict: `# HELP` / `# TYPE` lines, then
/// `name{label="value",...} value` lines whose family was typed first; label values with
/// `\\`, `\"` and `\n` escapes; values as floats (`+Inf` included). Panics on anything else.
fn parse_exposition(text: &str) -> (BTreeMap<String, String>, Vec<Sample>) {
    let mut types = BTreeMap::new();
    let mut samples = Vec::new();
    for line in text.lines() {
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').expect("TYPE name kind");
            assert!(
                ["counter", "gauge", "histogram", "summary", "untyped"].contains(&kind),
                "{line}"
            );
            assert!(
                types.insert(name.to_string(), kind.to_string()).is_none(),
                "twice: {line}"
            );
            continue;
        }
        if line.starts_with("# HELP ") || line.starts_with('#') {
            continue;
        }
        let name_end = line
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == ':'))
            .expect("a sample has a value");
        let name = &line[..name_end];
        assert!(
            !name.is_empty() && !name.starts_with(|c: char| c.is_ascii_digit()),
            "{line}"
        );
        let mut rest = &line[name_end..];
        let mut labels = BTreeMap::new();
        if let Some(after) = rest.strip_prefix('{') {
            let mut chars = after.char_indices().peekable();
            let mut key = String::new();
            let close;
            loop {
                let (i, c) = chars.next().expect("unterminated labels");
                match c {
                    '}' if key.is_empty() => {
                        close = i;
                        break;
                    }
                    ',' if key.is_empty() => {}
                    '=' => {
                        assert_eq!(chars.next().map(|x| x.1), Some('"'), "{line}");
                        let mut value = String::new();
                        loop {
                            match chars.next().expect("unterminated value").1 {
                                '\\' => match chars.next().expect("escape").1 {
                                    'n' => value.push('\n'),
                                    c @ ('\\' | '"') => value.push(c),
                                    other => panic!("bad escape \\{other} in {line}"),
                                },
                                '"' => break,
                                c => value.push(c),
                            }
                        }
                        labels.insert(std::mem::take(&mut key), value);
                    }
                    c if c.is_ascii_alphanumeric() || c == '_' => key.push(c),
                    other => panic!("unexpected {other:?} in {line}"),
                }
            }
            rest = &after[close + 1..];
        }
        let value = rest.trim();
        let value: f64 = match value {
            "+Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            v => v.parse().unwrap_or_else(|_| panic!("bad value in {line}")),
        };
        let family = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|s| {
                name.strip_suffix(s)
                    .filter(|f| types.get(*f).map(String::as_str) == Some("histogram"))
            })
            .unwrap_or(name);
        assert!(types.contains_key(family), "sample before its TYPE: {line}");
        samples.push(Sample {
            name: name.to_string(),
            labels,
            value,
        });
    }
    (types, samples)
}

/// Scrapes `/metrics` and parses it.
fn scrape(c: &mut Client) -> (BTreeMap<String, String>, Vec<Sample>) {
    let res = c.get_ok("/metrics");
    res.assert_content_type("text/plain; version=0.0.4");
    parse_exposition(&res.body)
}

fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    samples
        .iter()
        .find(|s| {
            s.name == name
                && labels
                    .iter()
                    .all(|(k, v)| s.labels.get(*k).map(String::as_str) == Some(*v))
        })
        .map(|s| s.value)
}

#[test]
fn metrics_count_requests_by_route_and_status_with_latency_pool_and_jobs() {
    on_every_backend(|app| {
        let mut c = app.client();
        c.get_ok("/api/v1/communes");
        c.get_ok("/api/v1/communes");
        c.get("/api/v1/communes/atlantis").assert_status(404);
        c.get("/no/such/page/at/all").assert_status(404);
        // Registration queues a confirmation mail: a waiting job (no worker here).
        c.get_ok("/register");
        c.post(
            "/register",
            &[
                ("name", "Amina"),
                ("email", "amina.metrics@example.ma"),
                ("password", "a-long-enough-password"),
                ("commune", ""),
                ("lang", "ar"),
            ],
        )
        .assert_status(200);
        let waiting = app.count("jobs WHERE done_at IS NULL AND failed_at IS NULL");
        assert!(waiting >= 1);

        let (types, s) = scrape(&mut c);
        assert_eq!(types["musharaka_http_requests_total"], "counter");
        assert_eq!(
            types["musharaka_http_request_duration_seconds"],
            "histogram"
        );
        let list = [
            ("method", "GET"),
            ("route", "/api/v1/communes"),
            ("status", "200"),
        ];
        assert!(value(&s, "musharaka_http_requests_total", &list).unwrap() >= 2.0);
        let missing = [("route", "/api/v1/communes/{slug}"), ("status", "404")];
        assert!(value(&s, "musharaka_http_requests_total", &missing).unwrap() >= 1.0);
        // An unknown path is counted under one label, never under its raw path.
        assert!(value(
            &s,
            "musharaka_http_requests_total",
            &[("route", "unmatched")]
        )
        .is_some());
        assert!(!c.get("/metrics").body.contains("/no/such/page"));
        // The list's latency histogram: cumulative buckets, +Inf equal to the count.
        let route = "/api/v1/communes";
        let mut buckets: Vec<(f64, f64)> = s
            .iter()
            .filter(|x| {
                x.name == "musharaka_http_request_duration_seconds_bucket"
                    && x.labels.get("route").map(String::as_str) == Some(route)
            })
            .map(|x| {
                let le = x.labels["le"].as_str();
                let le = if le == "+Inf" {
                    f64::INFINITY
                } else {
                    le.parse().unwrap()
                };
                (le, x.value)
            })
            .collect();
        buckets.sort_by(|a, b| a.0.total_cmp(&b.0));
        assert!(buckets.len() >= 2);
        assert!(buckets.windows(2).all(|w| w[0].1 <= w[1].1));
        let count = value(
            &s,
            "musharaka_http_request_duration_seconds_count",
            &[("route", route)],
        )
        .unwrap();
        assert!(count >= 2.0);
        assert_eq!(buckets.last().unwrap(), &(f64::INFINITY, count));
        assert!(
            value(
                &s,
                "musharaka_http_request_duration_seconds_sum",
                &[("route", route)]
            )
            .unwrap()
                > 0.0
        );
        assert!(value(&s, "musharaka_db_pool_max_connections", &[]).unwrap() >= 1.0);
        assert!(value(&s, "musharaka_db_pool_connections", &[("state", "idle")]).is_some());
        assert!(value(&s, "musharaka_db_pool_connections", &[("state", "in_use")]).unwrap() >= 0.0);
        assert_eq!(
            value(&s, "musharaka_jobs_waiting", &[]).unwrap(),
            waiting as f64
        );
        assert_eq!(value(&s, "musharaka_jobs_failed", &[]).unwrap(), 0.0);
    });
}

#[test]
fn metrics_are_only_for_the_configured_addresses() {
    let backend = backends()[0];
    // Not in the list: the page does not exist.
    let app = TestApp::start_with(backend, |c| {
        c.metrics_allow = vec!["10.0.0.0/8".parse().unwrap()];
    });
    app.client().get("/metrics").assert_status(404);
    // Behind a trusted proxy on this machine, the forwarded client is who asks.
    let app = TestApp::start_with(backend, |c| {
        c.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    });
    let mut c = app.client();
    c.get_with("/metrics", ("X-Forwarded-For", "203.0.113.7"))
        .assert_status(404);
    c.get_with("/metrics", ("X-Forwarded-For", "127.0.0.1"))
        .assert_status(200);
}

// ---------------------------------------------------------------- backup and restore

#[derive(QueryableByName)]
struct Name {
    #[diesel(sql_type = diesel::sql_types::Text)]
    name: String,
}

#[derive(QueryableByName)]
struct Text {
    #[diesel(sql_type = diesel::sql_types::Text)]
    v: String,
}

/// Every table's rows as one text (in a stable order), by table name: two databases with
/// the same fingerprints hold the same rows.
fn fingerprints(conn: &mut AnyConnection) -> BTreeMap<String, String> {
    let tables_sql = match conn {
        AnyConnection::Sqlite(_) => {
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'"
        }
        AnyConnection::Postgresql(_) => {
            "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' \
             AND tablename NOT LIKE '\\_\\_%' ESCAPE '\\'"
        }
    };
    let tables: Vec<Name> = diesel::sql_query(tables_sql).load(conn).unwrap();
    let mut out = BTreeMap::new();
    for t in tables {
        let sql = match conn {
            AnyConnection::Sqlite(_) => {
                let cols: Vec<Name> =
                    diesel::sql_query(format!("SELECT name FROM pragma_table_info('{}')", t.name))
                        .load(conn)
                        .unwrap();
                let row = cols
                    .iter()
                    .map(|c| format!("quote(\"{}\")", c.name))
                    .collect::<Vec<_>>()
                    .join(" || ',' || ");
                format!(
                    "SELECT coalesce(group_concat(r, '\n'), '') AS v FROM \
                     (SELECT {row} AS r FROM \"{}\" ORDER BY 1)",
                    t.name
                )
            }
            AnyConnection::Postgresql(_) => format!(
                "SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') AS v \
                 FROM \"{}\" t",
                t.name
            ),
        };
        let v: Text = diesel::sql_query(sql).get_result(conn).unwrap();
        out.insert(t.name, v.v);
    }
    out
}

#[derive(Queryable, Debug, PartialEq)]
struct JobRow {
    id: i64,
    kind: String,
    payload: String,
}

fn load_jobs(conn: &mut AnyConnection, kind: &str) -> Vec<JobRow> {
    use musharaka_db::schema::jobs;
    jobs::table
        .filter(jobs::kind.eq(kind))
        .order(jobs::id)
        .select((jobs::id, jobs::kind, jobs::payload))
        .load(conn)
        .unwrap()
}

/// An empty database of the same backend as `source` (a new SQLite path, a new
/// PostgreSQL database), and what drops it.
struct EmptyDb {
    url: String,
    drop_pg: Option<(String, String)>,
    _dir: tempfile::TempDir,
}

impl Drop for EmptyDb {
    fn drop(&mut self) {
        if let Some((server, name)) = &self.drop_pg {
            if let Ok(mut admin) = diesel::pg::PgConnection::establish(server) {
                let _ =
                    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

fn empty_like(source_url: &str, tag: &str) -> EmptyDb {
    let dir = tempfile::tempdir().unwrap();
    if source_url.starts_with("sqlite://") {
        EmptyDb {
            url: format!("sqlite://{}", dir.path().join("restored.db").display()),
            drop_pg: None,
            _dir: dir,
        }
    } else {
        let server = std::env::var("MUSHARAKA_TEST_POSTGRES").unwrap();
        let name = format!("musharaka_restore_{tag}_{}", std::process::id());
        let mut admin = diesel::pg::PgConnection::establish(&server).unwrap();
        admin
            .batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .unwrap();
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap();
        let base = server.rsplit_once('/').unwrap().0;
        EmptyDb {
            url: format!("{base}/{name}"),
            drop_pg: Some((server.clone(), name)),
            _dir: dir,
        }
    }
}

/// One writer: each transaction inserts a pair of jobs `n:a`, `n:b`, until stopped.
fn write_pairs(pool: Pool, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<usize> {
    std::thread::spawn(move || {
        let mut conn = pool.get().unwrap();
        let mut n = 0;
        while !stop.load(Ordering::SeqCst) {
            n += 1;
            conn.transaction(|c| -> QueryResult<()> {
                let later = chrono::Utc::now().naive_utc() + chrono::Duration::days(365);
                musharaka_db::jobs::enqueue(
                    c,
                    "backup_test",
                    &format!("{n}:a"),
                    Some(later),
                    None,
                )?;
                musharaka_db::jobs::enqueue(c, "backup_test", &format!("{n}:b"), Some(later), None)
            })
            .unwrap();
        }
        n
    })
}

fn wait_for_jobs(pool: &Pool, at_least: usize) {
    for _ in 0..10_000 {
        if load_jobs(&mut pool.get().unwrap(), "backup_test").len() >= at_least {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the writer did not write {at_least} rows");
}

#[test]
fn a_backup_under_write_load_restores_to_an_identical_set_of_rows() {
    for backend in backends() {
        let app = TestApp::demo(backend);
        let pool = app.db.pool.clone();
        let dir = tempfile::tempdir().unwrap();

        // Under load: a writer commits pairs of rows before, during and after the backup.
        let stop = Arc::new(AtomicBool::new(false));
        let writer = write_pairs(pool.clone(), stop.clone());
        wait_for_jobs(&pool, 40);
        let before = load_jobs(&mut pool.get().unwrap(), "backup_test").len();
        let file = dir.path().join("under-load.backup");
        let report = musharaka_db::backup::backup(&app.db.url, &file).unwrap();
        assert!(report.bytes > 0);
        wait_for_jobs(
            &pool,
            load_jobs(&mut pool.get().unwrap(), "backup_test").len() + 20,
        );
        stop.store(true, Ordering::SeqCst);
        writer.join().unwrap();
        let source = fingerprints(&mut pool.get().unwrap());
        let source_jobs = load_jobs(&mut pool.get().unwrap(), "backup_test");

        let target = empty_like(&app.db.url, "load");
        musharaka_db::backup::restore(&target.url, &file).unwrap();
        let restored_pool = musharaka_db::connect_pool(&target.url, 2).unwrap();
        let mut restored_conn = restored_pool.get().unwrap();
        let restored_jobs = load_jobs(&mut restored_conn, "backup_test");
        // A consistent snapshot: every pair whole, and exactly the source's rows up to it.
        assert!(restored_jobs.len() >= before, "{backend}");
        assert!(restored_jobs.len() < source_jobs.len(), "{backend}");
        assert_eq!(restored_jobs.len() % 2, 0, "{backend}: a pair was cut");
        assert_eq!(
            restored_jobs[..],
            source_jobs[..restored_jobs.len()],
            "{backend}"
        );
        // Every other table is identical, row for row.
        let mut restored = fingerprints(&mut restored_conn);
        let mut source_rest = source.clone();
        restored.remove("jobs");
        source_rest.remove("jobs");
        assert!(source_rest.values().filter(|v| !v.is_empty()).count() > 20);
        assert_eq!(restored, source_rest, "{backend}");
        drop(restored_conn);
        drop(restored_pool);

        // Quiet: a second backup restores to exactly the same database, jobs included.
        let file = dir.path().join("quiet.backup");
        musharaka_db::backup::backup(&app.db.url, &file).unwrap();
        assert!(
            musharaka_db::backup::backup(&app.db.url, &file).is_err(),
            "an existing file is never overwritten"
        );
        let target2 = empty_like(&app.db.url, "quiet");
        musharaka_db::backup::restore(&target2.url, &file).unwrap();
        let restored_pool = musharaka_db::connect_pool(&target2.url, 2).unwrap();
        assert_eq!(fingerprints(&mut restored_pool.get().unwrap()), source);
        drop(restored_pool);

        // Restore only into an empty database.
        let refused = musharaka_db::backup::restore(&target2.url, &file).unwrap_err();
        assert!(refused.contains("not empty"), "{refused}");
    }
}
