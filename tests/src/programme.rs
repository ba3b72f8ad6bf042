//! Builders for programme tests: a commune with an adopted deliberation (from an accepted
//! petition), a plan adopted by it, commitments, indicators — through the app's own pages.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::petitions::{council_adopts_next_item, on_agenda, setup};
use crate::{communes, Client, Response, TestApp};

pub use crate::communes::PASSWORD;

/// Communes `alpha` and `beta` (councils, staff: `admin@alpha.ma`, `admin@beta.ma`, …); in
/// `alpha` a petition accepted by the bureau and the council's deliberation adopting the
/// item it became. Returns (alpha's id, the petition's id, the deliberation's id).
pub fn with_deliberation(app: &TestApp) -> (i64, String, i64) {
    let (alpha, members) = setup(app, "alpha");
    setup(app, "beta");
    let mut agent = app.registered("Agent", "agent@x.ma", PASSWORD);
    let petition = on_agenda(app, &mut agent, "alpha", "Jardin public du quartier");
    council_adopts_next_item(app, "alpha", &members, "يصادق المجلس على إحداث الحديقة");
    let d = musharaka_councils::service::public::latest_deliberations(&mut app.conn(), alpha)
        .expect("deliberations");
    let id = d.first().expect("a deliberation").0.id;
    (alpha, petition, id)
}

/// The largest id in the `/…/{name}/(\d+)` links of `body`.
pub fn last_id(body: &str, name: &str) -> String {
    let re = regex_lite::Regex::new(&format!(r"/{name}/(\d+)")).unwrap();
    re.captures_iter(body)
        .filter_map(|c| c[1].parse::<i64>().ok())
        .max()
        .unwrap_or_else(|| panic!("no /{name}/ id"))
        .to_string()
}

/// A commitment plan 2025–2026 created by `admin`; its id.
pub fn create_plan(admin: &mut Client, title: &str) -> String {
    admin.get("/alpha/admin/programme");
    let res = admin.post(
        "/alpha/admin/programme",
        &[
            ("kind", "commitment_plan"),
            ("title_ar", title),
            ("title_fr", title),
            ("summary", ""),
            ("starts_on", "2025-01-01"),
            ("ends_on", "2026-12-31"),
        ],
    );
    res.assert_status(303);
    crate::first_capture(res.location(), r"/programme/(\d+)")
}

pub fn plan_path(plan: &str) -> String {
    format!("/alpha/admin/programme/{plan}")
}

/// Posts a form of the plan's back office.
pub fn on_plan(admin: &mut Client, plan: &str, what: &str, fields: &[(&str, &str)]) -> Response {
    admin.post(&format!("{}/{what}", plan_path(plan)), fields)
}

/// Adds a commitment led by `lead`; its id.
pub fn add_commitment(admin: &mut Client, plan: &str, title: &str) -> String {
    on_plan(
        admin,
        plan,
        "commitments",
        &[
            ("series", ""),
            ("title_ar", title),
            ("title_fr", title),
            ("lead_service", "Direction du budget"),
            ("partners", ""),
            ("description", ""),
            ("expected_results", ""),
            ("budget", "120 000"),
        ],
    )
    .assert_status(303);
    last_id(&admin.get(&plan_path(plan)).body, "commitments")
}

/// Posts a form of a commitment's back office.
pub fn on_commitment(
    admin: &mut Client,
    plan: &str,
    commitment: &str,
    what: &str,
    fields: &[(&str, &str)],
) -> Response {
    admin.post(
        &format!("{}/commitments/{commitment}/{what}", plan_path(plan)),
        fields,
    )
}

/// One form of a commitment's back office: (its path after the commitment's, the fields,
/// the status expected).
pub type Step<'a> = (&'a str, &'a [(&'a str, &'a str)], u16);

/// Posts each step to the commitment's back office in turn.
#[track_caller]
pub fn commitment_steps(admin: &mut Client, plan: &str, commitment: &str, steps: &[Step<'_>]) {
    for (what, fields, status) in steps {
        on_commitment(admin, plan, commitment, what, fields).assert_status(*status);
    }
}

/// Signs in `email` (password `PASSWORD`).
pub fn signed_in(app: &TestApp, email: &str) -> Client {
    communes::signed_in(app, email)
}
