//! Page-load runner (issue 17): starts the trivial reference (`trivial_ref`) and
//! `musharaka serve --demo` on fresh databases, drives every public page with `wrk`, and
//! prints each page's req/s, p99 and share of the reference measured in the same run —
//! one run per backend. Absolute figures on a shared machine are noise; the share is the
//! measure. Peak RSS of the product process (VmHWM) is printed at the end.
//!
//! cargo build --release -p musharaka-cli -p musharaka-tests
//! target/release/page_load --bin target/release/musharaka --ref target/release/trivial_ref \
//!     [--postgres postgres://postgres@127.0.0.1:5432/postgres] [--sqlite-only] \
//!     [--duration 8] [--connections 64] [--no-gzip] [--only PAGE-SUBSTRING] [--mail-dir DIR]
//!
//! `--mail-dir /dev/shm` keeps the file transport off the disk: mail leaves by SMTP in
//! production, and creating thousands of files right after the last run deleted thousands
//! (ext4 skips recently freed inodes) made a third of the signing run kernel time.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

struct Args {
    bin: String,
    reference: String,
    postgres: Option<String>,
    sqlite: bool,
    duration: u32,
    connections: u32,
    gzip: bool,
    only: Option<String>,
    /// Where the product's file transport writes mail (default: beside its database).
    mail_dir: Option<String>,
}

fn args() -> Args {
    let mut a = Args {
        bin: "target/release/musharaka".into(),
        reference: "target/release/trivial_ref".into(),
        postgres: None,
        sqlite: true,
        duration: 8,
        connections: 64,
        gzip: true,
        only: None,
        mail_dir: None,
    };
    let v: Vec<String> = std::env::args().collect();
    let mut i = 1;
    while i < v.len() {
        let val = || v.get(i + 1).cloned().expect("a value after the flag");
        match v[i].as_str() {
            "--bin" => a.bin = val(),
            "--ref" => a.reference = val(),
            "--postgres" => a.postgres = Some(val()),
            "--duration" => a.duration = val().parse().expect("--duration S"),
            "--connections" => a.connections = val().parse().expect("--connections N"),
            "--only" => a.only = Some(val()),
            "--mail-dir" => a.mail_dir = Some(val()),
            "--sqlite-only" => {
                a.postgres = None;
                i += 1;
                continue;
            }
            "--postgres-only" => {
                a.sqlite = false;
                i += 1;
                continue;
            }
            "--no-gzip" => {
                a.gzip = false;
                i += 1;
                continue;
            }
            other => panic!("unknown argument {other}"),
        }
        i += 2;
    }
    a
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .build()
        .into()
}

fn wait_up(child: &mut Child, port: u16) {
    let a = agent();
    let deadline = Instant::now() + Duration::from_secs(180);
    while a
        .get(&format!("http://127.0.0.1:{port}/healthz"))
        .call()
        .is_err()
    {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("server exited: {status}");
        }
        assert!(Instant::now() < deadline, "server did not start");
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// A fresh database: a SQLite file in `dir`, or a new PostgreSQL database.
struct Db {
    url: String,
    pg: Option<(String, String)>,
}

fn fresh_db(server: Option<&str>, dir: &Path, name: &str) -> Db {
    match server {
        None => Db {
            url: format!("sqlite://{}", dir.join(format!("{name}.db")).display()),
            pg: None,
        },
        Some(server) => {
            use diesel::connection::SimpleConnection;
            use diesel::Connection;
            let db = format!("musharaka_{name}_{}", std::process::id());
            let mut admin = diesel::PgConnection::establish(server).expect("PostgreSQL");
            admin
                .batch_execute(&format!("CREATE DATABASE {db}"))
                .expect("create database");
            let base = server.rsplit_once('/').map_or(server, |(b, _)| b);
            Db {
                url: format!("{base}/{db}"),
                pg: Some((server.to_string(), db)),
            }
        }
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        if let Some((server, name)) = &self.pg {
            use diesel::connection::SimpleConnection;
            use diesel::Connection;
            if let Ok(mut admin) = diesel::PgConnection::establish(server) {
                let _ =
                    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
            }
        }
    }
}

struct Proc(Child);

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn peak_rss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

#[derive(Debug, Clone, Copy, Default)]
struct Measure {
    rps: f64,
    p99_ms: f64,
    non_2xx: u64,
    errors: u64,
}

fn unit_ms(s: &str) -> f64 {
    let (num, unit) = s
        .find(|c: char| c.is_ascii_alphabetic())
        .map_or((s, "ms"), |i| (&s[..i], &s[i..]));
    let n: f64 = num.parse().unwrap_or(f64::NAN);
    match unit {
        "us" => n / 1000.0,
        "s" => n * 1000.0,
        "m" => n * 60_000.0,
        _ => n,
    }
}

fn parse_wrk(out: &str) -> Measure {
    let mut m = Measure::default();
    for line in out.lines() {
        let t = line.trim();
        if let Some(r) = t.strip_prefix("Requests/sec:") {
            m.rps = r.trim().parse().unwrap_or(0.0);
        } else if let Some(r) = t.strip_prefix("99%") {
            m.p99_ms = unit_ms(r.trim());
        } else if let Some(r) = t.strip_prefix("Non-2xx or 3xx responses:") {
            m.non_2xx = r.trim().parse().unwrap_or(0);
        } else if let Some(r) = t.strip_prefix("Socket errors:") {
            m.errors = r
                .split(',')
                .filter_map(|p| {
                    p.split_whitespace()
                        .last()
                        .and_then(|n| n.parse::<u64>().ok())
                })
                .sum();
        }
    }
    m
}

fn wrk(a: &Args, url: &str, script: Option<&Path>, gzip: bool) -> Measure {
    let mut cmd = Command::new("wrk");
    cmd.args([
        "-t2",
        &format!("-c{}", a.connections),
        &format!("-d{}s", a.duration),
        "--latency",
    ]);
    if gzip {
        cmd.args(["-H", "Accept-Encoding: gzip"]);
    }
    if let Some(s) = script {
        cmd.arg("-s").arg(s);
    }
    cmd.arg(url);
    let out = cmd.output().expect("wrk (apt install wrk)");
    let text = String::from_utf8_lossy(&out.stdout);
    parse_wrk(&text)
}

fn lua_post(dir: &Path, name: &str, path: &str, cookie: &str, body_lua: &str) -> PathBuf {
    let file = dir.join(format!("{name}.lua"));
    let script = format!(
        r#"-- Each thread gets its own number as the global `tid` (a local of that name here
-- would shadow it: both threads would then post the same CINs and race on them).
local threads = 0
function setup(thread) thread:set("tid", threads); threads = threads + 1 end
local n = 0
function request()
  n = n + 1
  local body = {body_lua}
  return wrk.format("POST", "{path}", {{["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "{cookie}"}}, body)
end
"#
    );
    std::fs::write(&file, script).expect("lua script");
    file
}

fn get_text(url: &str) -> (u16, String) {
    match agent().get(url).call() {
        Ok(mut r) => (
            r.status().as_u16(),
            r.body_mut().read_to_string().unwrap_or_default(),
        ),
        Err(_) => (0, String::new()),
    }
}

fn first(re: &str, text: &str) -> Option<String> {
    regex_lite::Regex::new(re)
        .unwrap()
        .captures(text)
        .map(|c| c[1].to_string())
}

/// The demo's public pages, found by following its links.
fn pages(base: &str) -> Vec<(String, String)> {
    let slug = "taroudant";
    // The product's floor: its whole middleware stack and router around a handler that
    // reads nothing, so a page's share splits into the stack's part and the page's own.
    let mut out = vec![("healthz (floor)".to_string(), "/healthz".to_string())];
    out.push((format!("/{slug}"), format!("/{slug}")));
    out.push(("petitions list".into(), format!("/{slug}/petitions")));
    let (_, list) = get_text(&format!("{base}/{slug}/petitions"));
    if let Some(id) = first(&format!(r#"/{slug}/petitions/(\d+)""#), &list) {
        out.push(("one petition".into(), format!("/{slug}/petitions/{id}")));
    }
    out.push(("council".into(), format!("/{slug}/council")));
    let (_, cycles) = get_text(&format!("{base}/{slug}/budgets"));
    let ids: Vec<String> = regex_lite::Regex::new(&format!(r#"/{slug}/budgets/(\d+)""#))
        .unwrap()
        .captures_iter(&cycles)
        .map(|c| c[1].to_string())
        .collect();
    if let Some(id) = ids.first() {
        out.push(("PB cycle".into(), format!("/{slug}/budgets/{id}")));
    }
    // The results page of the first cycle whose results are public.
    for id in &ids {
        let path = format!("/{slug}/budgets/{id}/results");
        let (status, body) = get_text(&format!("{base}{path}"));
        if status == 200 && body.contains("<table") {
            out.push(("PB results".into(), path));
            break;
        }
    }
    out.push((
        "petitions API".into(),
        format!("/api/v1/communes/{slug}/petitions"),
    ));
    for (name, path) in [
        ("bodies", format!("/{slug}/bodies")),
        ("cocreation", format!("/{slug}/cocreation")),
        ("consultations", format!("/{slug}/consultations")),
        ("information", format!("/{slug}/information")),
        ("programme", format!("/{slug}/programme")),
        ("national", "/".to_string()),
    ] {
        out.push((name.into(), path));
    }
    out
}

/// A petition of the demo open for signatures: (path of its sign page, csrf cookie, token).
fn signable(base: &str) -> Option<(String, String, String)> {
    let slug = "taroudant";
    // The commune's home offers a sign button on each petition open for signatures only.
    let (_, home) = get_text(&format!("{base}/{slug}"));
    let re = regex_lite::Regex::new(&format!(r#"/{slug}/petitions/(\d+)/sign""#)).unwrap();
    let ids: Vec<String> = re.captures_iter(&home).map(|c| c[1].to_string()).collect();
    for id in ids {
        let path = format!("/{slug}/petitions/{id}/sign");
        let Ok(mut r) = agent().get(&format!("{base}{path}")).call() else {
            continue;
        };
        if r.status().as_u16() != 200 {
            continue;
        }
        let cookie = r
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|c| c.starts_with("mk_csrf="))
            .and_then(|c| c.split(';').next())
            .map(str::to_string);
        let body = r.body_mut().read_to_string().unwrap_or_default();
        let token = first(r#"name="csrf_token" value="([^"]+)""#, &body);
        if let (Some(cookie), Some(token)) = (cookie, token) {
            if body.contains(r#"name="tie""#) {
                return Some((path, cookie, token));
            }
        }
    }
    None
}

struct Row {
    page: String,
    m: Measure,
    reference: f64,
}

fn run_backend(a: &Args, pg: Option<&str>) {
    let backend = if pg.is_some() { "PostgreSQL" } else { "SQLite" };
    let dir = std::env::temp_dir().join(format!(
        "musharaka-pageload-{}-{}",
        std::process::id(),
        backend
    ));
    let mail_dir = match &a.mail_dir {
        Some(m) => Path::new(m).join(format!("{}-{backend}", std::process::id())),
        None => dir.join("mail"),
    };
    std::fs::create_dir_all(&mail_dir).expect("dir");
    let ref_db = fresh_db(pg, &dir, "reference");
    let app_db = fresh_db(pg, &dir, "product");
    let ref_port = free_port();
    let mut reference = Proc(
        Command::new(&a.reference)
            .args(["--bind", &format!("127.0.0.1:{ref_port}")])
            .env("DATABASE_URL", &ref_db.url)
            .spawn()
            .expect("start the reference"),
    );
    wait_up(&mut reference.0, ref_port);
    let port = free_port();
    let mut product = Proc(
        Command::new(&a.bin)
            .args(["serve", "--demo", "--bind", &format!("127.0.0.1:{port}")])
            .env("DATABASE_URL", &app_db.url)
            .env("MUSHARAKA_DATA_DIR", &dir)
            .env(
                "MUSHARAKA_MAIL_URL",
                format!("file://{}", mail_dir.display()),
            )
            .env("MUSHARAKA_BASE_URL", format!("http://127.0.0.1:{port}"))
            .env("RUST_LOG", "warn")
            .spawn()
            .expect("start musharaka"),
    );
    wait_up(&mut product.0, port);
    let rbase = format!("http://127.0.0.1:{ref_port}");
    let base = format!("http://127.0.0.1:{port}");
    let wanted = |name: &str| a.only.as_deref().is_none_or(|o| name.contains(o));

    let read = wrk(a, &format!("{rbase}/read"), None, false);
    let mut rows = vec![Row {
        page: "trivial read".into(),
        m: read,
        reference: read.rps,
    }];
    for (name, path) in pages(&base) {
        if !wanted(&name) {
            continue;
        }
        let m = wrk(a, &format!("{base}{path}"), None, a.gzip);
        rows.push(Row {
            page: format!("{name} ({path})"),
            m,
            reference: read.rps,
        });
    }
    if wanted("signature") {
        let insert_script = lua_post(
            &dir,
            "insert",
            "/insert",
            "x=y",
            r#""note=row+" .. tid .. "-" .. n"#,
        );
        let insert = wrk(a, &format!("{rbase}/insert"), Some(&insert_script), false);
        rows.push(Row {
            page: "trivial insert".into(),
            m: insert,
            reference: insert.rps,
        });
        match signable(&base) {
            Some((path, cookie, token)) => {
                // A distinct CIN per request: two letters per wrk thread, six digits.
                let body = format!(
                    r#""csrf_token={token}&full_name=Load+Signer&cin=W" .. string.char(65 + tid) .. string.format("%06d", n) .. "&birth_date=1985-01-01&tie=residence&address=1+rue+de+la+charge&declares_electoral_conditions=on&declares_common_interest=on&email=s" .. tid .. "-" .. n .. "%40load.test""#
                );
                let script = lua_post(&dir, "sign", &path, &cookie, &body);
                let m = wrk(a, &format!("{base}{path}"), Some(&script), false);
                rows.push(Row {
                    page: format!("signature POST ({path})"),
                    m,
                    reference: insert.rps,
                });
            }
            None => eprintln!("no petition open for signatures in the demo"),
        }
    }
    let rss = peak_rss_kb(product.0.id());
    println!(
        "\n## {backend} (wrk -t2 -c{} -d{}s --latency{})\n",
        a.connections,
        a.duration,
        if a.gzip {
            ", pages with Accept-Encoding: gzip"
        } else {
            ""
        }
    );
    println!("| page | req/s | share of reference | p99 | non-2xx | socket errors |");
    println!("|---|---:|---:|---:|---:|---:|");
    for r in &rows {
        println!(
            "| {} | {:.0} | {:.1} % | {:.1} ms | {} | {} |",
            r.page,
            r.m.rps,
            if r.reference > 0.0 {
                100.0 * r.m.rps / r.reference
            } else {
                0.0
            },
            r.m.p99_ms,
            r.m.non_2xx,
            r.m.errors
        );
    }
    println!(
        "\npeak RSS of `musharaka serve` under this load: {:.1} MB",
        rss as f64 / 1024.0
    );
    drop(product);
    drop(reference);
    drop(app_db);
    drop(ref_db);
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&mail_dir);
}

fn main() {
    let a = args();
    if a.sqlite {
        run_backend(&a, None);
    }
    if let Some(pg) = a.postgres.clone() {
        run_backend(&a, Some(&pg));
    }
}
