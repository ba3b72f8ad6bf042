//! Builders for access-to-information requests and complaints: two communes, an
//! information officer and a citizen, and the forms they post.

use crate::communes::{citizen, signed_in, staff, two_communes};
use crate::{Client, Response, TestApp};
use musharaka_identity::Role;

pub use crate::communes::PASSWORD;

/// The CIN every test requester gives (must never appear on a public page).
pub const CIN: &str = "JT998877";

/// `alpha` and `beta` with their admins, `officer@alpha.ma` (information officer of alpha)
/// and the citizen `citizen@example.ma`; returns (alpha id, beta id).
pub fn setup(app: &TestApp) -> (i64, i64) {
    let ids = two_communes(app);
    staff(
        app,
        "officer@alpha.ma",
        "Officer Alpha",
        ids.0,
        Role::InformationOfficer,
    );
    citizen(app, "citizen@example.ma", "Citizen Example");
    ids
}

/// `email` signed in, pages in French.
fn in_french(app: &TestApp, email: &str) -> Client {
    let mut c = signed_in(app, email);
    c.get("/lang/fr?next=%2F");
    c
}

pub fn officer(app: &TestApp) -> Client {
    in_french(app, "officer@alpha.ma")
}

pub fn head(app: &TestApp) -> Client {
    in_french(app, "admin@alpha.ma")
}

pub fn citizen_client(app: &TestApp) -> Client {
    in_french(app, "citizen@example.ma")
}

/// The fields of a request (art. 14) with `cin`, by e-mail, overridden by `extra`.
pub fn request_fields<'a>(cin: &'a str, extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("name", "Citizen Example"),
        ("address", "12 rue Al Qods, Alpha"),
        ("id_kind", "cin"),
        ("id_number", cin),
        ("email", "citizen@example.ma"),
        ("information", "Le budget 2026 détaillé par chapitre"),
        ("preferred_form", "email"),
    ];
    for (k, v) in extra {
        f.retain(|(name, _)| name != k);
        f.push((k, v));
    }
    f
}

/// The id at the end of a path (`/…/requests/7/receipt` gives 7).
pub fn id_in(location: &str) -> String {
    location
        .split('?')
        .next()
        .unwrap_or_default()
        .split('/')
        .rfind(|p| p.chars().all(|c| c.is_ascii_digit()) && !p.is_empty())
        .unwrap_or_default()
        .to_string()
}

/// The citizen files a request online in alpha; its id.
pub fn file_online(client: &mut Client, extra: &[(&str, &str)]) -> String {
    let r = client.post("/alpha/information", &request_fields(CIN, extra));
    r.assert_status(303);
    id_in(r.location())
}

/// The officer enters a request received on `received_on` at the desk; its id.
pub fn register(officer: &mut Client, received_on: &str, email: &str) -> String {
    let mut f = request_fields(
        CIN,
        &[
            ("channel", "desk"),
            ("received_on", received_on),
            ("email", email),
        ],
    );
    if email.is_empty() {
        f.retain(|(k, _)| *k != "preferred_form");
        f.push(("preferred_form", "on_site"));
    }
    let r = officer.post("/alpha/admin/information/requests", &f);
    r.assert_status(303);
    id_in(r.location())
}

/// The officer answers request `id`.
pub fn answer(officer: &mut Client, id: &str, fields: &[(&str, &str)]) -> Response {
    officer.post(
        &format!("/alpha/admin/information/requests/{id}/answer"),
        fields,
    )
}

/// A date `days` ago in Casablanca, as `YYYY-MM-DD`.
pub fn days_ago(days: u64) -> String {
    musharaka_core::calendar::minus_days(musharaka_core::time::today(), days).to_string()
}
