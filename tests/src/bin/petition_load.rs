//! Load script: N distinct signers sign one petition concurrently over HTTP, each
//! confirming by the mailed link, against a real `musharaka` server process. Reports
//! signatures/s and p99, and checks that the final count equals the acknowledged
//! confirmations. With `--kill-after K` the server is killed (SIGKILL) after K
//! confirmations and restarted: nothing acknowledged may be lost.
//!
//! cargo build --release -p musharaka-cli -p musharaka-tests
//! target/release/petition_load --bin target/release/musharaka --signers 400 [--postgres URL] [--kill-after 150]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_communes::service::create_commune;
use musharaka_identity::service::{create_admin, load_permissions, Grant};
use musharaka_petitions::service::{create_draft, open_for_signatures, Texts};
use musharaka_petitions::PetitionKind;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

struct Args {
    bin: String,
    signers: usize,
    threads: usize,
    postgres: Option<String>,
    kill_after: Option<usize>,
}

fn args() -> Args {
    let mut a = Args {
        bin: "target/release/musharaka".into(),
        signers: 400,
        threads: 16,
        postgres: None,
        kill_after: None,
    };
    let v: Vec<String> = std::env::args().collect();
    let mut i = 1;
    while i + 1 < v.len() {
        match v[i].as_str() {
            "--bin" => a.bin = v[i + 1].clone(),
            "--signers" => a.signers = v[i + 1].parse().expect("--signers N"),
            "--threads" => a.threads = v[i + 1].parse().expect("--threads N"),
            "--postgres" => a.postgres = Some(v[i + 1].clone()),
            "--kill-after" => a.kill_after = Some(v[i + 1].parse().expect("--kill-after K")),
            other => panic!("unknown argument {other}"),
        }
        i += 2;
    }
    a
}

/// Creates the commune, the agent and a petition open for signatures; returns its id.
fn setup(url: &str) -> i64 {
    let pool = musharaka_db::connect_pool(url, 2).expect("database");
    let mut conn = pool.get().expect("connection");
    musharaka_db::run_migrations(&mut conn).expect("migrations");
    let facts = musharaka_tests::communes::facts("loadtest", 30_000);
    let commune = create_commune(&mut conn, None, &facts).expect("commune");
    let agent = create_admin(
        &mut conn,
        "agent@load.test",
        "Agent",
        musharaka_tests::communes::PASSWORD,
        Grant::Citizen,
    )
    .expect("agent");
    let perms = load_permissions(&mut conn, agent.id).expect("permissions");
    let p = create_draft(
        &mut conn,
        &perms,
        &commune,
        PetitionKind::Citizens,
        &Texts {
            subject: "Load",
            reasons: "Load",
            requested_item: "Load",
        },
    )
    .expect("draft");
    open_for_signatures(&mut conn, &perms, commune.id, p.id).expect("open");
    p.id
}

struct Server {
    child: Child,
}

fn start(bin: &str, url: &str, dir: &Path, port: u16) -> Server {
    let child = Command::new(bin)
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .env("DATABASE_URL", url)
        .env("MUSHARAKA_DATA_DIR", dir)
        .env(
            "MUSHARAKA_MAIL_URL",
            format!("file://{}", dir.join("mail").display()),
        )
        .env("MUSHARAKA_BASE_URL", format!("http://127.0.0.1:{port}"))
        .env("MUSHARAKA_AUTH_ATTEMPTS_PER_MINUTE", "100000")
        .env("RUST_LOG", "warn")
        .spawn()
        .expect("start server");
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let deadline = Instant::now() + Duration::from_secs(30);
    while agent
        .get(&format!("http://127.0.0.1:{port}/healthz"))
        .call()
        .is_err()
    {
        assert!(Instant::now() < deadline, "server did not start");
        std::thread::sleep(Duration::from_millis(100));
    }
    Server { child }
}

/// Confirmation links read so far (files already parsed, links by recipient).
#[derive(Default)]
struct Mailbox {
    seen: std::collections::HashSet<PathBuf>,
    links: HashMap<String, String>,
}

/// Reads the new messages the server mailed and returns the link for `to`, if any yet.
fn link_for(mail_dir: &Path, mailbox: &Mutex<Mailbox>, to: &str) -> Option<String> {
    let mut m = mailbox.lock().unwrap();
    for entry in std::fs::read_dir(mail_dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if m.seen.contains(&path) {
            continue;
        }
        let Some(mail) = std::fs::read_to_string(&path)
            .ok()
            .and_then(|raw| musharaka_tests::Mail::parse(&raw))
        else {
            continue;
        };
        let (to, text) = (mail.to, mail.body);
        if let Some(i) = text.find("/petitions/confirm/") {
            let token = text[i..]
                .split_whitespace()
                .next()
                .unwrap_or_default()
                .to_string();
            m.links.insert(to, token);
            m.seen.insert(path);
        }
    }
    m.links.get(to).cloned()
}

fn p99(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v.get(v.len().saturating_sub(1) * 99 / 100)
        .copied()
        .unwrap_or_default()
}

fn main() {
    let a = args();
    let dir: PathBuf = std::env::temp_dir().join(format!("musharaka-load-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("mail")).expect("dir");
    let (url, pg_cleanup) = match &a.postgres {
        Some(server) => {
            use diesel::connection::SimpleConnection;
            use diesel::Connection;
            let name = format!("musharaka_load_{}", std::process::id());
            let mut admin = diesel::PgConnection::establish(server).expect("PostgreSQL");
            admin
                .batch_execute(&format!("CREATE DATABASE {name}"))
                .expect("create database");
            let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b);
            (format!("{base}/{name}"), Some((server.clone(), name)))
        }
        None => (format!("sqlite://{}", dir.join("load.db").display()), None),
    };
    let petition = setup(&url);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let server = Arc::new(Mutex::new(start(&a.bin, &url, &dir, port)));
    let base = format!("http://127.0.0.1:{port}");
    let next = Arc::new(AtomicUsize::new(0));
    let acknowledged = Arc::new(AtomicUsize::new(0));
    let latencies = Arc::new(Mutex::new(Vec::new()));
    let killed = Arc::new(AtomicUsize::new(0));
    let mailbox = Arc::new(Mutex::new(Mailbox::default()));
    let started = Instant::now();
    let workers: Vec<_> = (0..a.threads)
        .map(|_| {
            let (next, ack, lat, base, dir, server, killed, bin, url) = (
                next.clone(),
                acknowledged.clone(),
                latencies.clone(),
                base.clone(),
                dir.clone(),
                server.clone(),
                killed.clone(),
                a.bin.clone(),
                url.clone(),
            );
            let mailbox = mailbox.clone();
            let (n, kill_after) = (a.signers, a.kill_after);
            std::thread::spawn(move || {
                let agent: ureq::Agent = ureq::Agent::config_builder()
                    .http_status_as_error(false)
                    .max_redirects(0)
                    .build()
                    .into();
                let csrf_re =
                    regex_lite::Regex::new(r#"name="csrf_token" value="([^"]+)""#).unwrap();
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    if i >= n {
                        return;
                    }
                    let email = format!("signer{i}@load.test");
                    let t0 = Instant::now();
                    // Retried until the server answers: it may be restarting.
                    let (token, csrf) = loop {
                        let page = agent
                            .get(&format!("{base}/loadtest/petitions/{petition}/sign"))
                            .call();
                        let Ok(mut page) = page else {
                            std::thread::sleep(Duration::from_millis(200));
                            continue;
                        };
                        let body = page.body_mut().read_to_string().unwrap_or_default();
                        let Some(csrf) = csrf_re.captures(&body).map(|c| c[1].to_string()) else {
                            continue;
                        };
                        let cin = format!("LD{:06}", i);
                        let name = format!("Signer {i}");
                        let address = format!("{i} rue de la charge");
                        let form = [
                            ("csrf_token", csrf.as_str()),
                            ("full_name", name.as_str()),
                            ("cin", cin.as_str()),
                            ("birth_date", "1985-01-01"),
                            ("tie", "residence"),
                            ("address", address.as_str()),
                            ("declares_electoral_conditions", "on"),
                            ("declares_common_interest", "on"),
                            ("email", email.as_str()),
                        ];
                        match agent
                            .post(&format!("{base}/loadtest/petitions/{petition}/sign"))
                            .send_form(form)
                        {
                            Ok(r) if r.status().as_u16() == 200 || r.status().as_u16() == 422 => {}
                            _ => {
                                std::thread::sleep(Duration::from_millis(200));
                                continue;
                            }
                        }
                        // The worker writes the mail within moments; read it back.
                        let mut found = None;
                        for _ in 0..100 {
                            if let Some(t) = link_for(&dir.join("mail"), &mailbox, &email) {
                                found = Some(t);
                                break;
                            }
                            std::thread::sleep(Duration::from_millis(50));
                        }
                        if let Some(t) = found {
                            break (t, csrf);
                        }
                    };
                    let confirmed = loop {
                        let confirm = agent
                            .post(&format!("{base}{token}"))
                            .send_form([("csrf_token", csrf.as_str())]);
                        match confirm {
                            Ok(r) if r.status().as_u16() == 200 => break true,
                            Ok(r) if r.status().is_client_error() => break false,
                            _ => std::thread::sleep(Duration::from_millis(200)),
                        }
                    };
                    if confirmed {
                        let k = ack.fetch_add(1, Ordering::SeqCst) + 1;
                        lat.lock().unwrap().push(t0.elapsed());
                        if kill_after == Some(k) && killed.fetch_add(1, Ordering::SeqCst) == 0 {
                            let mut s = server.lock().unwrap();
                            s.child.kill().expect("kill -9");
                            let _ = s.child.wait();
                            eprintln!(
                                "server killed after {k} acknowledged confirmations; restarting"
                            );
                            *s = start(&bin, &url, &dir, port);
                        }
                    }
                }
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker");
    }
    let elapsed = started.elapsed();
    let acknowledged = acknowledged.load(Ordering::SeqCst);
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let count: serde_json::Value = serde_json::from_str(
        &agent
            .get(&format!(
                "{base}/api/v1/communes/loadtest/petitions/{petition}/count"
            ))
            .call()
            .unwrap()
            .body_mut()
            .read_to_string()
            .unwrap(),
    )
    .unwrap();
    let total = count["total"].as_u64().unwrap_or(0) as usize;
    let lat = latencies.lock().unwrap().clone();
    println!(
        "{{\"backend\": \"{}\", \"signers\": {}, \"acknowledged\": {acknowledged}, \"counted\": {total}, \"seconds\": {:.2}, \"signatures_per_second\": {:.1}, \"p99_ms\": {}, \"killed\": {}}}",
        if a.postgres.is_some() { "postgres" } else { "sqlite" },
        a.signers,
        elapsed.as_secs_f64(),
        acknowledged as f64 / elapsed.as_secs_f64(),
        p99(lat).as_millis(),
        a.kill_after.is_some()
    );
    let mut s = server.lock().unwrap();
    let _ = s.child.kill();
    let _ = s.child.wait();
    if let Some((server, name)) = pg_cleanup {
        use diesel::connection::SimpleConnection;
        use diesel::Connection;
        if let Ok(mut admin) = diesel::PgConnection::establish(&server) {
            let _ = admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        total, acknowledged,
        "every acknowledged confirmation is counted"
    );
}
