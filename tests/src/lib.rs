//! Test harness: the real application on a free port, over a fresh SQLite file or
//! PostgreSQL database, with an HTTP client that keeps cookies and reads the mail the
//! application writes.
#![allow(clippy::unwrap_used, clippy::expect_used)]

pub mod consultations;
pub mod petitions;
pub mod programme;
pub mod requests;

use base64::Engine;
use musharaka_core::Config;
use musharaka_db::testing::TestDb;
use musharaka_web::{build_state, spawn_server, RunningServer};
use std::path::PathBuf;

pub use musharaka_db::testing::backends;

/// A message of the Arabic catalogue as the pages show it: tests look for the catalogue's
/// wording rather than restating it.
pub fn message_ar(id: &str, args: &musharaka_core::i18n::Args<'_>) -> String {
    message(musharaka_core::Lang::Ar, id, args)
}

/// A message of the catalogue of `lang` as the pages show it.
pub fn message(
    lang: musharaka_core::Lang,
    id: &str,
    args: &musharaka_core::i18n::Args<'_>,
) -> String {
    musharaka_web::state::i18n().t(lang, id, args)
}

/// Runs `test` on a freshly started app on every configured backend ([`backends`]).
pub fn on_every_backend(mut test: impl FnMut(TestApp)) {
    for backend in backends() {
        test(TestApp::start(backend));
    }
}

/// Runs `test` on an app with the demo data loaded, on every configured backend.
pub fn on_every_demo(mut test: impl FnMut(TestApp)) {
    for backend in backends() {
        test(TestApp::demo(backend));
    }
}

pub mod auth;
pub mod bodies;
pub mod budgets;
pub mod cocreation;
pub mod communes;
pub mod councils;
pub mod schema;

/// Every log line the application writes during this test process (request lines, errors):
/// tests check that no personal data reaches the logs.
static LOGS: std::sync::Mutex<Vec<u8>> = std::sync::Mutex::new(Vec::new());

struct LogSink;

impl std::io::Write for LogSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut logs) = LOGS.lock() {
            logs.extend_from_slice(buf);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture_logs() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // One spool directory for the whole test process: each app's data directory is
        // removed when its test ends, while other tests may still be uploading.
        musharaka_web::uploads::use_spool_dir(
            std::env::temp_dir().join(format!("musharaka-test-spool-{}", std::process::id())),
        );
        let _ = tracing_subscriber::fmt()
            .with_max_level(tracing::Level::DEBUG)
            .with_ansi(false)
            .with_writer(|| LogSink)
            .try_init();
    });
}

/// The log lines written so far.
pub fn captured_logs() -> String {
    LOGS.lock()
        .map(|l| String::from_utf8_lossy(&l).into_owned())
        .unwrap_or_default()
}

pub struct TestApp {
    pub server: RunningServer,
    pub db: TestDb,
    pub dir: tempfile::TempDir,
}

impl TestApp {
    pub fn start(backend: &str) -> Self {
        Self::start_with(backend, |_| {})
    }

    /// Starts the app; `tweak` adjusts the configuration first.
    pub fn start_with(backend: &str, tweak: impl FnOnce(&mut Config)) -> Self {
        capture_logs();
        let db = TestDb::new(backend);
        let dir = tempfile::tempdir().expect("temp dir");
        let mut config = Config::defaults();
        config.database_url = db.url.clone();
        config.mail_url = format!("file://{}", dir.path().join("mail").display());
        config.data_dir = dir.path().join("data").display().to_string();
        config.auth_attempts_per_minute = 1000;
        config.base_url = "http://musharaka.test".into();
        tweak(&mut config);
        // No background worker: tests deliver mail explicitly, so reads are deterministic.
        let state = build_state(config, false).expect("app state");
        let server = spawn_server(state).expect("server");
        Self { server, db, dir }
    }

    /// A connection behind the app's back: what a test writes with it is like another
    /// process's change, so the app's page caches are told (`cache::note_write`) rather
    /// than left to expire.
    pub fn conn(&self) -> musharaka_db::PooledConn {
        musharaka_web::cache::note_write();
        self.db.pool.get().expect("connection")
    }

    /// Loads the demo data (five communes, demo accounts).
    pub fn load_demo(&self) {
        assert!(
            musharaka_cli::demo::load_if_empty(&mut self.conn(), &self.server.state).expect("demo")
        );
    }

    /// An app with the demo data loaded.
    pub fn demo(backend: &str) -> Self {
        let app = Self::start(backend);
        app.load_demo();
        app
    }

    pub fn client(&self) -> Client {
        Client::new(self.server.url(""))
    }

    /// A client that registered as `name` <`email`>, confirmed by the mailed link and
    /// signed in.
    pub fn registered(&self, name: &str, email: &str, password: &str) -> Client {
        let mut c = self.client();
        c.register_and_login(self, name, email, password);
        c
    }

    /// A client signed in as `email` with `password` (the sign-in must succeed and set a
    /// session cookie).
    pub fn signed_in(&self, email: &str, password: &str) -> Client {
        let mut c = self.client();
        c.login_token(email, password);
        c
    }

    /// `SELECT COUNT(*) FROM <from>` (`from` may carry a WHERE clause).
    pub fn count(&self, from: &str) -> i64 {
        count_rows(&mut self.conn(), from)
    }

    /// The row count of every table of the schema (migrations' bookkeeping and the
    /// rate limits' counters, which every limited attempt writes, left out): a snapshot to
    /// compare before and after requests that must change nothing.
    pub fn table_counts(&self) -> std::collections::BTreeMap<String, i64> {
        use diesel::prelude::*;
        #[derive(QueryableByName)]
        struct Name {
            #[diesel(sql_type = diesel::sql_types::Text)]
            name: String,
        }
        let mut conn = self.conn();
        let sql = match &mut *conn {
            musharaka_db::AnyConnection::Sqlite(_) => {
                "SELECT name FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'"
            }
            musharaka_db::AnyConnection::Postgresql(_) => {
                "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' \
                 AND tablename NOT LIKE '\\_\\_%' ESCAPE '\\'"
            }
        };
        let names: Vec<Name> = diesel::sql_query(sql).load(&mut conn).expect("table names");
        names
            .into_iter()
            .filter(|n| n.name != "rate_limits")
            .map(|n| {
                let c = count_rows(&mut conn, &n.name);
                (n.name, c)
            })
            .collect()
    }

    /// Delivers queued mail and returns every message sent so far, in the order the
    /// application queued it (the jobs' order: file times are too coarse to order by).
    /// Each one was written as an `.eml` file by the real transport.
    pub fn mail(&self) -> Vec<Mail> {
        use diesel::prelude::*;
        use musharaka_db::schema::jobs;
        let state = &self.server.state;
        state.mailer.deliver_due(&state.pool).expect("deliver mail");
        let sent: Vec<String> = jobs::table
            .filter(jobs::kind.eq("mail"))
            .filter(jobs::done_at.is_not_null())
            .filter(jobs::last_error.is_null())
            .order(jobs::id)
            .select(jobs::payload)
            .load(&mut self.conn())
            .expect("sent mail");
        let dir: PathBuf = self.dir.path().join("mail");
        let files: Vec<Mail> = std::fs::read_dir(&dir)
            .map(|d| {
                d.filter_map(Result::ok)
                    .map(|e| Mail::read(&e.path()))
                    .collect()
            })
            .unwrap_or_default();
        let mails: Vec<Mail> = sent
            .iter()
            .map(|p| {
                let m: serde_json::Value = serde_json::from_str(p).expect("mail payload");
                Mail {
                    to: m["to"].as_str().unwrap_or_default().to_string(),
                    body: m["body"].as_str().unwrap_or_default().to_string(),
                }
            })
            .collect();
        assert_eq!(
            files.len(),
            mails.len(),
            "every sent message is an .eml file"
        );
        for m in &mails {
            assert!(
                files.iter().any(|f| f.to.contains(&m.to)
                    && f.body.replace("\r\n", "\n") == m.body.replace("\r\n", "\n")),
                "no .eml file for a message to {}",
                m.to
            );
        }
        mails
    }

    /// The path of the first link to `prefix` (a path such as `/confirm/`) in the last
    /// message sent to `to`.
    pub fn mailed_link(&self, to: &str, prefix: &str) -> String {
        self.last_mail_to(to)
            .link(&format!("http://musharaka.test{prefix}"))
            .replace("http://musharaka.test", "")
    }

    /// The last message sent to `to`.
    pub fn last_mail_to(&self, to: &str) -> Mail {
        self.mail()
            .into_iter()
            .rev()
            .find(|m| m.to.contains(to))
            .unwrap_or_else(|| panic!("no mail to {to}"))
    }
}

/// A TCP port free on the loopback interface now (for a server started in a child process).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// The first group of the first match of `pattern` in `text` (panics if none).
#[track_caller]
pub fn first_capture(text: &str, pattern: &str) -> String {
    let re = regex_lite::Regex::new(pattern).expect("a valid pattern");
    match re.captures(text) {
        Some(c) => c[1].to_string(),
        None => panic!(
            "{pattern} not found in: {}",
            text.chars().take(2000).collect::<String>()
        ),
    }
}

/// The first group of the last match of `pattern` in `text` (panics if none).
#[track_caller]
pub fn last_capture(text: &str, pattern: &str) -> String {
    let re = regex_lite::Regex::new(pattern).expect("a valid pattern");
    match re.captures_iter(text).last() {
        Some(c) => c[1].to_string(),
        None => panic!("{pattern} not found"),
    }
}

/// A route pattern of `musharaka_web::routes::registered()` with each `{name}` replaced by
/// `value(name)`.
pub fn fill_route<'a>(pattern: &str, value: impl Fn(&str) -> &'a str) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('}')
            .map_or(rest.len(), |e| start + e + 1);
        out.push_str(value(&rest[start + 1..end - 1]));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn count_rows(conn: &mut musharaka_db::AnyConnection, from: &str) -> i64 {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {from}"))
        .get_result::<N>(conn)
        .unwrap_or_else(|e| panic!("count {from}: {e}"))
        .n
}

pub struct Mail {
    pub to: String,
    pub body: String,
}

impl Mail {
    fn read(path: &std::path::Path) -> Self {
        let raw = std::fs::read_to_string(path).expect("read eml");
        Self::parse(&raw).unwrap_or_else(|| panic!("a base64 UTF-8 message: {raw}"))
    }

    /// A message as the file transport writes it (headers, blank line, base64 UTF-8 body);
    /// `None` if it is not one.
    pub fn parse(raw: &str) -> Option<Self> {
        let raw = raw.replace("\r\n", "\n");
        let (headers, body) = raw.split_once("\n\n")?;
        let to = headers
            .lines()
            .find_map(|l| l.strip_prefix("To: "))
            .unwrap_or_default()
            .to_string();
        let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(compact)
            .ok()?;
        Some(Self {
            to,
            body: String::from_utf8(bytes).ok()?,
        })
    }

    /// The first link in the message starting with `prefix` (e.g. the base URL + /confirm/).
    pub fn link(&self, prefix: &str) -> String {
        let start = self
            .body
            .find(prefix)
            .unwrap_or_else(|| panic!("no link {prefix} in {}", self.body));
        self.body[start..]
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_string()
    }
}

pub struct Response {
    pub status: u16,
    pub body: String,
    pub headers: Vec<(String, String)>,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn location(&self) -> &str {
        self.header("location").unwrap_or_default()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    #[track_caller]
    pub fn assert_status(&self, status: u16) -> &Self {
        assert_eq!(self.status, status, "body: {}", self.head(3000));
        self
    }

    #[track_caller]
    pub fn assert_contains(&self, text: &str) -> &Self {
        assert!(
            self.body.contains(text),
            "{text:?} not in: {}",
            self.head(4000)
        );
        self
    }

    /// Asserts the response's content type starts with `prefix`.
    #[track_caller]
    pub fn assert_content_type(&self, prefix: &str) -> &Self {
        let ct = self.header("content-type").unwrap_or_default();
        assert!(ct.starts_with(prefix), "content type {ct:?}, not {prefix}");
        self
    }

    /// The first `chars` characters of the body, for failure messages (characters, not bytes:
    /// cutting an Arabic page at a byte count can panic and hide the real failure).
    fn head(&self, chars: usize) -> String {
        self.body.chars().take(chars).collect()
    }
}

/// A browser-like client: keeps cookies, does not follow redirects, reads the CSRF token
/// from the pages it gets.
pub struct Client {
    base: String,
    agent: ureq::Agent,
    pub csrf: String,
}

impl Client {
    pub fn new(base: String) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .max_redirects(0)
            .http_status_as_error(false)
            .build()
            .into();
        Self {
            base,
            agent,
            csrf: String::new(),
        }
    }

    fn finish(&mut self, res: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Response {
        self.try_finish(res).expect("HTTP request")
    }

    fn try_finish(
        &mut self,
        res: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
    ) -> Result<Response, ureq::Error> {
        let mut res = res?;
        let status = res.status().as_u16();
        let headers = res
            .headers()
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap_or_default().to_string()))
            .collect();
        let body = res.body_mut().read_to_string().unwrap_or_default();
        let re = regex_lite::Regex::new(r#"name="csrf_token" value="([^"]+)""#).expect("regex");
        if let Some(c) = re.captures(&body) {
            self.csrf = c[1].to_string();
        }
        Ok(Response {
            status,
            body,
            headers,
        })
    }

    /// Any request, raw: `path` is sent as given (already percent-encoded), the body with
    /// the given content type (none if `None`). Transport errors are returned, not
    /// panicked on (a server may refuse an oversized head by closing the connection).
    pub fn try_request(
        &mut self,
        method: &str,
        path: &str,
        content_type: Option<&str>,
        body: &[u8],
    ) -> Result<Response, ureq::Error> {
        let url = self.url(path);
        let res = if method == "GET" {
            self.agent.get(&url).call()
        } else {
            let mut req = self.agent.post(&url);
            if let Some(ct) = content_type {
                req = req.header("content-type", ct);
            }
            req.send(body)
        };
        self.try_finish(res)
    }

    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        }
    }

    pub fn get(&mut self, path: &str) -> Response {
        let res = self.agent.get(&self.url(path)).call();
        self.finish(res)
    }

    /// GETs `path`, which must answer 200 OK.
    #[track_caller]
    pub fn get_ok(&mut self, path: &str) -> Response {
        let res = self.get(path);
        res.assert_status(200);
        res
    }

    pub fn get_with(&mut self, path: &str, header: (&str, &str)) -> Response {
        let res = self
            .agent
            .get(&self.url(path))
            .header(header.0, header.1)
            .call();
        self.finish(res)
    }

    /// Posts a form with the current CSRF token (fetching a page first if needed).
    pub fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        if self.csrf.is_empty() {
            self.get("/login");
        }
        let csrf = self.csrf.clone();
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all)
    }

    /// [`Client::post`] for fields built at run time (owned names or values).
    pub fn post_fields<K: AsRef<str>, V: AsRef<str>>(
        &mut self,
        path: &str,
        fields: &[(K, V)],
    ) -> Response {
        let refs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_ref(), v.as_ref()))
            .collect();
        self.post(path, &refs)
    }

    /// Posts exactly these fields (no CSRF token added).
    pub fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Response {
        let res = self
            .agent
            .post(&self.url(path))
            .send_form(fields.iter().copied());
        self.finish(res)
    }

    /// Posts a body streamed from `reader` (large bodies never held in memory).
    pub fn try_post_reader(
        &mut self,
        path: &str,
        content_type: &str,
        reader: impl std::io::Read + 'static,
    ) -> Result<Response, ureq::Error> {
        let res = self
            .agent
            .post(&self.url(path))
            .header("content-type", content_type)
            .send(ureq::SendBody::from_owned_reader(reader));
        self.try_finish(res)
    }

    pub fn post_bytes(&mut self, path: &str, content_type: &str, body: &[u8]) -> Response {
        let res = self
            .agent
            .post(&self.url(path))
            .header("content-type", content_type)
            .send(body);
        self.finish(res)
    }

    /// Posts a multipart form: text fields and files (field, filename, bytes).
    pub fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Response {
        if self.csrf.is_empty() {
            self.get("/login");
        }
        let boundary = "musharakaBoundary7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        let csrf = self.csrf.clone();
        for (name, value) in std::iter::once(&("csrf_token", csrf.as_str())).chain(fields.iter()) {
            body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes());
        }
        for (name, filename, bytes) in files {
            body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        self.post_bytes(
            path,
            &format!("multipart/form-data; boundary={boundary}"),
            &body,
        )
    }

    /// Registers, confirms by the mailed link and signs in.
    pub fn register_and_login(&mut self, app: &TestApp, name: &str, email: &str, password: &str) {
        self.get("/register");
        self.post(
            "/register",
            &[
                ("name", name),
                ("email", email),
                ("password", password),
                ("commune", ""),
                ("lang", "ar"),
            ],
        )
        .assert_status(200);
        let link = app.mailed_link(email, "/confirm/");
        self.get_ok(&link);
        self.post(&link, &[]).assert_status(200);
        self.login(email, password).assert_status(303);
    }

    pub fn login(&mut self, email: &str, password: &str) -> Response {
        self.get("/login");
        self.post("/login", &[("email", email), ("password", password)])
    }
}
