//! Browser test in headless Chromium (Debian's chromium + chromium-driver), driven over
//! the W3C WebDriver protocol: register, confirm by the mailed link, log in, switch to
//! French and back, checking `dir` each time. Skipped (with a message) when Chromium is
//! not installed, except under `CI=true`, where that is a failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_core::Lang;
use musharaka_tests::{message, TestApp};
use serde_json::{json, Value};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

fn find_binary(candidates: &[&str]) -> Option<String> {
    candidates
        .iter()
        .find(|p| std::path::Path::new(p).exists())
        .map(|p| p.to_string())
}

struct Driver {
    child: Child,
    base: String,
    session: String,
    agent: ureq::Agent,
}

impl Driver {
    fn start(chromedriver: &str, chromium: &str) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .spawn()
            .expect("start chromedriver");
        let base = format!("http://127.0.0.1:{port}");
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        let deadline = Instant::now() + Duration::from_secs(20);
        while agent.get(&format!("{base}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = tempfile::tempdir().unwrap().keep();
        let args = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--no-first-run",
            &format!("--user-data-dir={}", profile.display()),
        ];
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": chromium, "args": args }
        } } });
        let mut d = Driver {
            child,
            base,
            session: String::new(),
            agent,
        };
        let res = d.call("POST", "/session", Some(caps));
        d.session = res["sessionId"].as_str().expect("session id").to_string();
        d
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.base);
        let res = match method {
            "GET" => self.agent.get(&url).call(),
            "DELETE" => self.agent.delete(&url).call(),
            _ => self
                .agent
                .post(&url)
                .header("content-type", "application/json")
                .send(body.unwrap_or(json!({})).to_string()),
        };
        let text = res
            .expect("webdriver call")
            .body_mut()
            .read_to_string()
            .unwrap();
        let v: Value = serde_json::from_str(&text).unwrap();
        assert!(v["value"]["error"].is_null(), "{method} {path}: {text}");
        v["value"].clone()
    }

    fn s(&self, path: &str) -> String {
        format!("/session/{}{path}", self.session)
    }

    fn goto(&self, url: &str) {
        self.call("POST", &self.s("/url"), Some(json!({ "url": url })));
    }

    fn find(&self, css: &str) -> String {
        let v = self.call(
            "POST",
            &self.s("/element"),
            Some(json!({ "using": "css selector", "value": css })),
        );
        v[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("find {css}: {v}"))
            .to_string()
    }

    fn type_into(&self, css: &str, text: &str) {
        let id = self.find(css);
        self.call(
            "POST",
            &self.s(&format!("/element/{id}/value")),
            Some(json!({ "text": text })),
        );
    }

    fn click(&self, css: &str) {
        let id = self.find(css);
        self.call(
            "POST",
            &self.s(&format!("/element/{id}/click")),
            Some(json!({})),
        );
    }

    fn attribute(&self, css: &str, name: &str) -> String {
        let id = self.find(css);
        self.call(
            "GET",
            &self.s(&format!("/element/{id}/attribute/{name}")),
            None,
        )
        .as_str()
        .unwrap_or_default()
        .to_string()
    }

    fn source(&self) -> String {
        self.call("GET", &self.s("/source"), None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    fn url(&self) -> String {
        self.call("GET", &self.s("/url"), None)
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
}

impl Driver {
    /// Waits (up to 15 s) until the page satisfies `ok`: a click returns before the next
    /// page has loaded. Panics with the last page source otherwise.
    fn wait_for(&self, what: &str, ok: impl Fn(&Driver) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(15);
        // A page in transition may answer "stale element": that is a "not yet".
        let check =
            || std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| ok(self))).unwrap_or(false);
        while !check() {
            assert!(Instant::now() < deadline, "{what}: {}", self.source());
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            let _ = self
                .agent
                .delete(&format!("{}/session/{}", self.base, self.session))
                .call();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// chromedriver and chromium, or `None` (the test is skipped) when they are not installed;
/// under `CI=true` a missing browser fails the test instead.
fn browser_binaries() -> Option<(String, String)> {
    let chromedriver = find_binary(&["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"]);
    let chromium = find_binary(&["/usr/bin/chromium", "/usr/bin/chromium-browser"]);
    let (Some(chromedriver), Some(chromium)) = (chromedriver, chromium) else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but chromium/chromedriver are missing"
        );
        eprintln!("browser test skipped: install chromium and chromium-driver to run it");
        return None;
    };
    Some((chromedriver, chromium))
}

/// A browser session, or `None` (the test is skipped, see [`browser_binaries`]).
fn browser() -> Option<Driver> {
    let (chromedriver, chromium) = browser_binaries()?;
    Some(Driver::start(&chromedriver, &chromium))
}

impl Driver {
    /// Switches the page to `lang` through the language menu and checks its direction.
    fn switch_to(&self, lang: &str, dir: &str) {
        self.click(&format!("nav.langs a[lang={lang}]"));
        self.wait_for("the other language", |d| {
            d.attribute("html", "lang") == lang
        });
        assert_eq!(self.attribute("html", "dir"), dir);
    }

    /// Signs in through the login form of the server at `base`.
    fn sign_in(&self, base: &str, email: &str, password: &str) {
        self.goto(&format!("{base}/login"));
        self.type_into("input[name=email]", email);
        self.type_into("input[name=password]", password);
        self.click("main form button[type=submit]");
        self.wait_for("signed in", |d| d.source().contains("action=\"/logout\""));
    }

    /// Whether the page source shows `id`'s message in `lang`.
    fn shows(&self, lang: Lang, id: &str) -> bool {
        self.source().contains(&message(lang, id, &[]))
    }

    /// Whether the page source shows `id`'s message in `lang` about commune `slug` of `app`.
    fn shows_titled(&self, app: &TestApp, slug: &str, lang: Lang, id: &str) -> bool {
        let commune = musharaka_communes::service::by_slug(&mut app.conn(), slug).expect("commune");
        let title = message(lang, id, &[("commune", commune.name(lang).into())]);
        self.source().contains(&title)
    }
}

#[test]
fn register_confirm_login_and_switch_languages() {
    let Some(d) = browser() else {
        return;
    };
    let app = TestApp::start("sqlite");
    let base = app.server.url("");

    d.goto(&format!("{base}/register"));
    assert_eq!(d.attribute("html", "dir"), "rtl");
    d.type_into("input[name=name]", "Hasnaa Ait Baha");
    d.type_into("input[name=email]", "hasnaa@example.ma");
    d.type_into("input[name=password]", "a-long-enough-password");
    d.click("main form button[type=submit]");
    d.wait_for("registration page", |d| {
        d.source().contains("hasnaa@example.ma")
    });

    let link = app
        .last_mail_to("hasnaa@example.ma")
        .link("http://musharaka.test/confirm/")
        .replace("http://musharaka.test", &base);
    d.goto(&link);
    d.click("main form button[type=submit]");
    d.wait_for("confirmed", |d| d.source().contains("flash ok"));
    d.click("main a.button");
    d.wait_for("login page", |d| d.url().contains("/login"));
    d.type_into("input[name=email]", "hasnaa@example.ma");
    d.type_into("input[name=password]", "a-long-enough-password");
    d.click("main form button[type=submit]");
    d.wait_for("signed in", |d| d.source().contains("href=\"/profile\""));

    d.switch_to("fr", "ltr");
    assert!(d.shows(Lang::Fr, "nav-logout"));
    d.switch_to("ar", "rtl");
}

#[test]
fn a_consultative_body_page_in_arabic_and_french() {
    let Some(d) = browser() else {
        return;
    };
    let app = TestApp::demo("sqlite");
    let base = app.server.url("");

    d.goto(&format!("{base}/taroudant/bodies"));
    assert_eq!(d.attribute("html", "dir"), "rtl");
    assert!(d
        .source()
        .contains("هيئة المساواة وتكافؤ الفرص ومقاربة النوع"));
    d.click("main .card a");
    d.wait_for("a body's page", |d| {
        d.source().contains("id=\"composition\"")
    });
    assert!(d.shows(Lang::Ar, "bod-composition"));
    d.switch_to("fr", "ltr");
    assert!(d.shows(Lang::Fr, "bod-composition"));
    assert!(d.shows(Lang::Fr, "bod-opinions"));
}

#[test]
fn cocreation_calls_in_arabic_and_french() {
    let Some(d) = browser() else {
        return;
    };
    let app = TestApp::demo("sqlite");
    let base = app.server.url("");

    d.goto(&format!("{base}/taroudant/cocreation"));
    assert_eq!(d.attribute("html", "dir"), "rtl");
    assert!(d.shows_titled(&app, "taroudant", Lang::Ar, "cc-list-title"));
    d.click("main .card a");
    d.wait_for("the call's page", |d| d.shows(Lang::Ar, "cc-grid"));
    d.switch_to("fr", "ltr");
    assert!(d.shows(Lang::Fr, "cc-grid"));
}

#[test]
fn consultations_list_in_arabic_and_french() {
    let Some(d) = browser() else {
        return;
    };
    let app = TestApp::demo("sqlite");
    let base = app.server.url("");
    d.goto(&format!("{base}/taroudant/consultations"));
    assert_eq!(d.attribute("html", "dir"), "rtl");
    assert!(d
        .source()
        .contains("مشروع ميثاق المشاركة المواطنة لجماعة تارودانت"));
    d.switch_to("fr", "ltr");
    assert!(d
        .source()
        .contains("Projet de charte de la participation citoyenne de Taroudant"));
}

#[test]
fn information_page_in_arabic_and_french() {
    let Some(d) = browser() else {
        return;
    };
    let app = TestApp::start("sqlite");
    musharaka_tests::requests::setup(&app);
    let base = app.server.url("");
    d.goto(&format!("{base}/alpha/information"));
    assert_eq!(d.attribute("html", "dir"), "rtl");
    assert!(d.shows_titled(&app, "alpha", Lang::Ar, "req-title"));
    assert!(d.source().contains("Officer Alpha"));
    d.switch_to("fr", "ltr");
    assert!(d.shows_titled(&app, "alpha", Lang::Fr, "req-title"));
    assert!(!d.source().contains(musharaka_tests::requests::CIN));
}

#[test]
fn the_action_programme_in_arabic_and_french() {
    let Some(d) = browser() else {
        return;
    };
    let app = TestApp::demo("sqlite");
    let base = app.server.url("");

    d.goto(&format!("{base}/tetouan/programme"));
    assert_eq!(d.attribute("html", "dir"), "rtl");
    assert!(d.source().contains("<progress"));
    d.click("main .card h2 a");
    d.wait_for("the plan's page", |d| {
        d.url().contains("/tetouan/programme/")
    });
    d.click("main table a[href*='/commitments/']");
    d.wait_for("a commitment's page", |d| d.url().contains("/commitments/"));
    assert!(d.source().contains("direction=\"rtl\""));
    d.switch_to("fr", "ltr");
    assert!(d.shows(Lang::Fr, "prog-ind-result"));
    assert!(d.source().contains("direction=\"ltr\""));
}

// ---- What a citizen sees (issue 18): four pages, three languages, two widths --------

impl Driver {
    fn set_width(&self, width: u32) {
        self.call(
            "POST",
            &self.s("/window/rect"),
            Some(json!({ "width": width, "height": 900 })),
        );
    }

    fn run_script(&self, script: &str) -> Value {
        self.call(
            "POST",
            &self.s("/execute/sync"),
            Some(json!({ "script": script, "args": [] })),
        )
    }

    fn run_async(&self, script: &str) -> Value {
        self.call(
            "POST",
            &self.s("/execute/async"),
            Some(json!({ "script": script, "args": [] })),
        )
    }

    /// A problem named after `page` when the page is wider than the window.
    fn sideways(&self, page: &str) -> Option<String> {
        let widths = self.run_script(
            "const e = document.documentElement; return [e.scrollWidth, e.clientWidth];",
        );
        let (scroll, client) = (widths[0].as_i64()?, widths[1].as_i64()?);
        (scroll > client).then(|| format!("{page} scrolls sideways ({scroll} > {client})"))
    }

    fn screenshot(&self, path: &std::path::Path) {
        use base64::Engine;
        let png = self.call("GET", &self.s("/screenshot"), None);
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(png.as_str().unwrap_or_default())
            .unwrap();
        std::fs::write(path, bytes).unwrap();
    }
}

/// axe-core from its npm package (`.ci/run` installs it under `.ci/node`, or
/// `MUSHARAKA_AXE` names `axe.min.js`); `None` skips the accessibility checks, except
/// under `CI=true`, where a missing axe-core fails the test.
fn axe_source() -> Option<String> {
    let path = std::env::var("MUSHARAKA_AXE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../.ci/node/node_modules/axe-core/axe.min.js")
        });
    match std::fs::read_to_string(&path) {
        Ok(js) => Some(js),
        Err(_) => {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but axe-core is missing at {}",
                path.display()
            );
            eprintln!("axe checks skipped: npm install --prefix .ci/node axe-core");
            None
        }
    }
}

/// Where screenshots go: `$CARGO_TARGET_DIR/screenshots` (or `target/screenshots`).
fn screenshot_dir() -> std::path::PathBuf {
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"));
    let dir = target.join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_citizens_pages_fit_a_phone_and_pass_axe_in_three_languages() {
    let Some(d) = browser() else {
        return;
    };
    let axe = axe_source();
    let app = TestApp::demo("sqlite");
    let base = app.server.url("");
    // The pages: the commune's home, a petition open for signatures, a ballot, results.
    let home = app.client().get("/taroudant").body;
    let petition =
        musharaka_tests::first_capture(&home, r#"href="(/taroudant/petitions/\d+)/sign""#);
    // The demo's open vote is Tiznit's.
    let tiznit = app.client().get("/tiznit").body;
    let vote = musharaka_tests::first_capture(&tiznit, r#"href="(/tiznit/budgets/\d+/vote)""#);
    let cycles = app.client().get("/taroudant/budgets").body;
    let results = regex_lite::Regex::new(r#"href="(/taroudant/budgets/\d+)""#)
        .unwrap()
        .captures_iter(&cycles)
        .map(|c| format!("{}/results", &c[1]))
        .find(|p| app.client().get(p).body.contains("class=\"chart\""))
        .expect("a cycle with results");
    let pages = [
        ("home", "/taroudant".to_string()),
        ("petition", petition),
        ("ballot", vote),
        ("results", results),
    ];

    // Signed in as a citizen, so the ballot shows its form.
    d.sign_in(
        &base,
        "citizen@demo.musharaka.ma",
        musharaka_cli::demo::DEMO_PASSWORD,
    );

    let dir = screenshot_dir();
    let mut problems = Vec::new();
    for lang in ["ar", "fr", "tzm"] {
        for (name, path) in &pages {
            for width in [360, 1280] {
                d.set_width(width);
                d.goto(&format!("{base}{path}?lang={lang}"));
                d.wait_for("the page", |d| d.attribute("html", "lang") == lang);
                d.screenshot(&dir.join(format!("citizen-{name}-{lang}-{width}.png")));
                problems.extend(d.sideways(&format!("{path} {lang} at {width}px")));
                if let (Some(axe), 360) = (&axe, width) {
                    d.run_script(axe);
                    let found = d.run_async(
                        "const done = arguments[arguments.length - 1];
                         axe.run(document).then(r => done(r.violations.map(v =>
                           v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(' | '))));",
                    );
                    for v in found.as_array().unwrap() {
                        problems.push(format!("{path} {lang}: axe {v}"));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The budget back office is used on a phone by the commune's staff too (issue 18): its list,
/// a cycle's page and its edit form fit 360 px in Arabic and French (the back office is
/// ar/fr); wide tables scroll inside their own box, never the page.
#[test]
fn the_budget_back_office_fits_a_phone() {
    let Some(d) = browser() else {
        return;
    };
    let app = TestApp::demo("sqlite");
    let base = app.server.url("");
    d.sign_in(
        &base,
        "admin.taroudant@demo.musharaka.ma",
        musharaka_cli::demo::DEMO_PASSWORD,
    );
    d.goto(&format!("{base}/taroudant/admin/budgets"));
    let cycles: Vec<String> = regex_lite::Regex::new(r#"href="(/taroudant/admin/budgets/\d+)""#)
        .unwrap()
        .captures_iter(&d.source())
        .map(|c| c[1].to_string())
        .collect();
    assert!(!cycles.is_empty(), "the demo has budget cycles");
    let mut pages = vec![("list".to_string(), "/taroudant/admin/budgets".to_string())];
    for (i, cycle) in cycles.iter().enumerate() {
        pages.push((format!("cycle{i}"), cycle.clone()));
        pages.push((format!("edit{i}"), format!("{cycle}/edit")));
    }
    let dir = screenshot_dir();
    let mut problems = Vec::new();
    d.set_width(360);
    for lang in ["ar", "fr"] {
        for (name, path) in &pages {
            d.goto(&format!("{base}{path}?lang={lang}"));
            d.wait_for("the page", |d| d.attribute("html", "lang") == lang);
            d.screenshot(&dir.join(format!("office-budget-{name}-{lang}-360.png")));
            problems.extend(d.sideways(&format!("{path} {lang} at 360px")));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
