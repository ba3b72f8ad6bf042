//! Browser test in headless Chromium (Debian's chromium + chromium-driver), driven over
//! the W3C WebDriver protocol: register, confirm by the mailed link, log in, switch to
//! French and back, checking `dir` each time. Skipped (with a message) when Chromium is
//! not installed, except under `CI=true`, where that is a failure.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_tests::TestApp;
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

#[test]
fn register_confirm_login_and_switch_languages() {
    let Some((chromedriver, chromium)) = browser_binaries() else {
        return;
    };
    let app = TestApp::start("sqlite");
    let d = Driver::start(&chromedriver, &chromium);
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

    d.click("nav.langs a[lang=fr]");
    d.wait_for("French page", |d| d.attribute("html", "lang") == "fr");
    assert_eq!(d.attribute("html", "dir"), "ltr");
    assert!(d.source().contains("Se déconnecter"));
    d.click("nav.langs a[lang=ar]");
    d.wait_for("Arabic page", |d| d.attribute("html", "lang") == "ar");
    assert_eq!(d.attribute("html", "dir"), "rtl");
}

#[test]
fn a_consultative_body_page_in_arabic_and_french() {
    let Some((chromedriver, chromium)) = browser_binaries() else {
        return;
    };
    let app = TestApp::demo("sqlite");
    let d = Driver::start(&chromedriver, &chromium);
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
    assert!(d.source().contains("التركيبة"));
    d.click("nav.langs a[lang=fr]");
    d.wait_for("French page", |d| d.attribute("html", "lang") == "fr");
    assert_eq!(d.attribute("html", "dir"), "ltr");
    assert!(d.source().contains("Composition"));
    assert!(d.source().contains("Avis consultatifs"));
}

#[test]
fn cocreation_calls_in_arabic_and_french() {
    let Some((chromedriver, chromium)) = browser_binaries() else {
        return;
    };
    let app = TestApp::demo("sqlite");
    let d = Driver::start(&chromedriver, &chromium);
    let base = app.server.url("");

    d.goto(&format!("{base}/taroudant/cocreation"));
    assert_eq!(d.attribute("html", "dir"), "rtl");
    assert!(d.source().contains("دعوات مشاريع الخلق المشترك"));
    d.click("main .card a");
    d.wait_for("the call's page", |d| d.source().contains("شبكة التقييم"));
    d.click("nav.langs a[lang=fr]");
    d.wait_for("French page", |d| d.attribute("html", "lang") == "fr");
    assert_eq!(d.attribute("html", "dir"), "ltr");
    assert!(d.source().contains("Grille d"));
}

#[test]
fn consultations_list_in_arabic_and_french() {
    let Some((chromedriver, chromium)) = browser_binaries() else {
        return;
    };
    let app = TestApp::demo("sqlite");
    let d = Driver::start(&chromedriver, &chromium);
    let base = app.server.url("");
    d.goto(&format!("{base}/taroudant/consultations"));
    assert_eq!(d.attribute("html", "dir"), "rtl");
    assert!(d
        .source()
        .contains("مشروع ميثاق المشاركة المواطنة لجماعة تارودانت"));
    d.click("nav.langs a[lang=fr]");
    d.wait_for("French page", |d| d.attribute("html", "lang") == "fr");
    assert_eq!(d.attribute("html", "dir"), "ltr");
    assert!(d
        .source()
        .contains("Projet de charte de la participation citoyenne de Taroudant"));
}

#[test]
fn information_page_in_arabic_and_french() {
    let Some((chromedriver, chromium)) = browser_binaries() else {
        return;
    };
    let app = TestApp::start("sqlite");
    musharaka_tests::requests::setup(&app);
    let d = Driver::start(&chromedriver, &chromium);
    let base = app.server.url("");
    d.goto(&format!("{base}/alpha/information"));
    assert_eq!(d.attribute("html", "dir"), "rtl");
    assert!(d.source().contains("الحق في الحصول على المعلومات"));
    assert!(d.source().contains("Officer Alpha"));
    d.click("nav.langs a[lang=fr]");
    d.wait_for("French page", |d| d.attribute("html", "lang") == "fr");
    assert_eq!(d.attribute("html", "dir"), "ltr");
    assert!(d.source().contains("Accès à l'information"));
    assert!(!d.source().contains(musharaka_tests::requests::CIN));
}

#[test]
fn the_action_programme_in_arabic_and_french() {
    let Some((chromedriver, chromium)) = browser_binaries() else {
        return;
    };
    let app = TestApp::demo("sqlite");
    let d = Driver::start(&chromedriver, &chromium);
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
    d.click("nav.langs a[lang=fr]");
    d.wait_for("French page", |d| d.attribute("html", "lang") == "fr");
    assert_eq!(d.attribute("html", "dir"), "ltr");
    assert!(d.source().contains("Indicateur de résultat"));
    assert!(d.source().contains("direction=\"ltr\""));
}
