//! Builders for petition tests: a commune with its council and staff, a verified
//! association, a petition brought to a given state, the council's deliberation on it, and
//! the explicit running of due events (as mail is delivered explicitly).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use crate::councils::{attendance_fields, member_vote_fields};
use crate::{communes, first_capture, Client, Response, TestApp};
use chrono::{Months, NaiveDate};
use musharaka_communes::{CouncilRole, Gender};
use musharaka_identity::service::{
    create_admin, review_association, save_association, AssociationFile, Grant, MailContext, Review,
};
use musharaka_identity::Role;

pub use crate::communes::PASSWORD;

/// A commune of 30,000 (threshold 100) with a 10-member council of women and its lawful
/// committees (the budget's first), its bureau, secretariat and admin accounts
/// (`bureau@{slug}.ma`, ...); returns (commune id, member ids).
pub fn setup(app: &TestApp, slug: &str) -> (i64, Vec<i64>) {
    let c = communes::commune(app, slug, 30_000);
    let mut roles = vec![CouncilRole::President, CouncilRole::Secretary];
    roles.extend([CouncilRole::Member; 8]);
    let members = communes::council(app, c, &roles, |_| Gender::Female);
    crate::councils::lawful_committees(app, c, &members);
    for role in [Role::Bureau, Role::Secretariat, Role::Admin] {
        communes::staff(
            app,
            &format!("{}@{slug}.ma", role.key()),
            role.key(),
            c,
            role,
        );
    }
    (c, members)
}

/// The form fields of signer number `i` (CIN `JK1000ii`, name `Signataire Numéro{i}`).
pub fn signer(i: usize) -> Vec<(&'static str, String)> {
    vec![
        ("full_name", format!("Signataire Numéro{i}")),
        ("cin", format!("JK{:06}", 100_000 + i)),
        ("birth_date", "1990-05-17".into()),
        ("tie", "residence".into()),
        ("address", format!("{i} rue des Orangers")),
        ("declares_electoral_conditions", "on".into()),
        ("declares_common_interest", "on".into()),
        ("notify", "on".into()),
    ]
}

/// Posts a new petition in `slug` with these `[kind, subject, reasons, requested_item]`.
pub fn new_petition(c: &mut Client, slug: &str, texts: [&str; 4]) -> Response {
    let fields = ["kind", "subject", "reasons", "requested_item"]
        .into_iter()
        .zip(texts)
        .map(|(k, v)| (k, v.to_string()))
        .collect::<Vec<_>>();
    c.post_fields(&format!("/{slug}/petitions"), &fields)
}

/// Posts a new petition of `kind` in `slug` about `subject` (reasons `R`, requested item `I`).
pub fn draft(c: &mut Client, slug: &str, kind: &str, subject: &str) -> Response {
    new_petition(c, slug, [kind, subject, "R", "I"])
}

/// The bureau invalidates signatures of petition `id` in `slug` by these filter `fields`.
pub fn invalidate(bureau: &mut Client, slug: &str, id: &str, fields: &[(&str, &str)]) -> Response {
    bureau.post(&format!("/{slug}/admin/petitions/{id}/invalidate"), fields)
}

/// The last path segment of a redirect (the new petition's id).
pub fn id_in(location: &str) -> String {
    location.rsplit('/').next().unwrap().to_string()
}

/// The public signature count of petition `id` of commune `slug` (the API's JSON:
/// `online`, `paper`, `total`, …).
pub fn signature_counts(app: &TestApp, slug: &str, id: &str) -> serde_json::Value {
    app.client()
        .get(&format!("/api/v1/communes/{slug}/petitions/{id}/count"))
        .json()
}

/// A citizens' petition of `agent` (signed in) in commune `slug`, open for signatures;
/// returns its id.
pub fn collecting(agent: &mut Client, slug: &str, subject: &str) -> String {
    let created = new_petition(
        agent,
        slug,
        ["citizens", subject, "Raisons", "Point demandé"],
    );
    created.assert_status(303);
    let id = id_in(created.location());
    agent
        .post(&format!("/{slug}/petitions/{id}/open"), &[])
        .assert_status(303);
    id
}

/// Paper signatures `range` entered by the bureau (`bureau@{slug}.ma`).
pub fn paper_signatures(app: &TestApp, slug: &str, id: &str, range: std::ops::Range<usize>) {
    let mut bureau = communes::signed_in(app, &format!("bureau@{slug}.ma"));
    for i in range {
        bureau
            .post_fields(&format!("/{slug}/admin/petitions/{id}/paper"), &signer(i))
            .assert_status(303);
    }
}

/// A petition of `agent` with 100 signatures, deposited.
pub fn deposited(app: &TestApp, agent: &mut Client, slug: &str, subject: &str) -> String {
    let id = collecting(agent, slug, subject);
    paper_signatures(app, slug, &id, 0..100);
    agent
        .post(&format!("/{slug}/petitions/{id}/deposit"), &[])
        .assert_status(303);
    id
}

/// A deposited petition accepted by the bureau: on the agenda of the next session.
pub fn on_agenda(app: &TestApp, agent: &mut Client, slug: &str, subject: &str) -> String {
    let id = deposited(app, agent, slug, subject);
    let mut bureau = communes::signed_in(app, &format!("bureau@{slug}.ma"));
    bureau_accepts(app, &mut bureau, slug, &id).assert_status(303);
    id
}

/// The bureau accepts petition `id` of `slug`, every condition checked, referred to the
/// commune's first committee (art. 125); the answer (303 when accepted).
pub fn bureau_accepts(app: &TestApp, bureau: &mut Client, slug: &str, id: &str) -> Response {
    let committee = crate::councils::first_committee(app, slug).to_string();
    bureau.post_fields(
        &format!("/{slug}/admin/petitions/{id}/decide"),
        &acceptance(&committee),
    )
}

/// The bureau's acceptance with every condition checked, referred to `committee` (art. 125;
/// blank: none).
pub fn acceptance(committee: &str) -> Vec<(&'static str, String)> {
    [
        "within_council_powers",
        "respects_constitution_article_1",
        "petitioners_conditions_met",
        "form_and_documents_complete",
    ]
    .iter()
    .map(|k| (*k, "on".to_string()))
    .chain([
        ("decision", "accept".to_string()),
        ("committee", committee.to_string()),
    ])
    .collect()
}

/// The path of the secretariat's next council session in `slug` (from its dashboard).
pub fn next_session(sec: &mut Client, slug: &str) -> String {
    let dash = sec.get(&format!("/{slug}/admin/council"));
    let sid = first_capture(&dash.body, r"/sessions/(\d+)");
    format!("/{slug}/admin/council/sessions/{sid}")
}

/// The council meets, votes for the (only) item of its next session with every member
/// present and in favour, and the secretariat writes its deliberation (`text_ar`). Events
/// are not run.
pub fn council_adopts_next_item(app: &TestApp, slug: &str, members: &[i64], text_ar: &str) {
    let mut sec = communes::signed_in(app, &format!("secretariat@{slug}.ma"));
    let spath = next_session(&mut sec, slug);
    let item = first_capture(&sec.get(&spath).body, r"/items/(\d+)/postpone");
    sec.post(&format!("{spath}/transition"), &[("event", "convene")])
        .assert_status(303);
    // Weeks pass: the session opens on its first day (art. 47: no act dated in the future).
    app.server
        .state
        .clock
        .travel_to(chrono::NaiveDate::from_ymd_opt(2027, 2, 1).expect("date"));
    sec.post(&format!("{spath}/transition"), &[("event", "open")])
        .assert_status(303);
    sec.post(
        &format!("{spath}/sittings"),
        &[
            ("date", "2027-02-01"),
            ("time", "10:00"),
            ("convocation", "first"),
        ],
    )
    .assert_status(303);
    let sitting = first_capture(&sec.get(&spath).body, r"/sittings/(\d+)");
    // Art. 28: the committee's report before the vote.
    crate::councils::post_report(app, &mut sec, slug, &item).assert_status(303);
    let sittings = format!("/{slug}/admin/council/sittings/{sitting}");
    let in_favour: Vec<(i64, &str)> = members.iter().map(|m| (*m, "in_favour")).collect();
    for (path, fields) in [
        (
            format!("{sittings}/attendance"),
            attendance_fields(members, members.len()),
        ),
        (
            format!("{sittings}/items/{item}/vote"),
            member_vote_fields(&in_favour),
        ),
    ] {
        sec.post_fields(&path, &fields).assert_status(303);
    }
    sec.post(
        &format!("/{slug}/admin/council/items/{item}/deliberation"),
        &[("text_ar", text_ar), ("text_fr", "")],
    )
    .assert_status(303);
}

/// Runs every due event (as the server's event worker would); returns how many.
pub fn run_events(app: &TestApp) -> usize {
    let state = &app.server.state;
    musharaka_events::run_due_events(
        &state.pool,
        musharaka_web::state::i18n(),
        &state.config.base_url,
    )
    .expect("events")
}

/// Stops the app's server without running its jobs (a crash after the last commit) and
/// starts a new one on the same database and files.
pub fn restart(app: TestApp) -> TestApp {
    let TestApp { server, db, dir } = app;
    let config = server.state.config.clone();
    drop(server);
    let state = musharaka_web::build_state(config, false).expect("app state");
    let server = musharaka_web::spawn_server(state).expect("server");
    TestApp { server, db, dir }
}

/// A verified association founded on `founded`, seated in the commune, with a statutes file
/// if `statutes`, whose account `email` is signed in on the returned client. The commune's
/// admin is `admin@alpha.ma`.
pub fn verified_association(
    app: &TestApp,
    commune_id: i64,
    email: &str,
    founded: NaiveDate,
    statutes: bool,
) -> Client {
    use diesel::prelude::*;
    use musharaka_db::schema::associations;
    let i18n = musharaka_core::I18n::load().unwrap();
    let ctx = MailContext {
        i18n: &i18n,
        base_url: "http://musharaka.test",
    };
    let mut conn = app.conn();
    let admin = communes::permissions(&mut conn, "admin@alpha.ma");
    let a = create_admin(&mut conn, email, "Représentant", PASSWORD, Grant::Citizen).unwrap();
    let statutes = statutes.then(|| insert_statutes(&mut conn, &format!("statutes-{email}")));
    let file = AssociationFile {
        name_ar: "جمعية",
        name_fr: "Association",
        receipt_number: "R-1",
        receipt_date: founded,
        founded_on: founded,
        seat_commune_id: commune_id,
        activity_field: "Quartier",
        statutes_upload_id: statutes,
    };
    let saved = save_association(&mut conn, a.id, file).unwrap();
    review_association(
        &mut conn,
        &ctx,
        &admin,
        commune_id,
        saved.id,
        Review::Verify,
    )
    .unwrap();
    if let Some(statutes) = statutes {
        diesel::update(associations::table.find(saved.id))
            .set(associations::statutes_upload_id.eq(statutes))
            .execute(&mut conn)
            .unwrap();
    }
    drop(conn);
    communes::signed_in(app, email)
}

pub fn five_years_ago() -> NaiveDate {
    musharaka_core::time::local_date(musharaka_core::time::now()) - Months::new(60)
}

/// A private statutes PDF record named `stored_name`; returns its upload id.
pub fn insert_statutes(conn: &mut musharaka_db::AnyConnection, stored_name: &str) -> i64 {
    use diesel::prelude::*;
    use musharaka_db::schema::uploads;
    diesel::insert_into(uploads::table)
        .values((
            uploads::stored_name.eq(stored_name),
            uploads::original_name.eq("statuts.pdf"),
            uploads::content_type.eq("application/pdf"),
            uploads::size_bytes.eq(10i64),
            uploads::is_private.eq(true),
            uploads::created_at.eq(musharaka_core::time::now()),
        ))
        .returning(uploads::id)
        .get_result(conn)
        .unwrap()
}

/// An association's draft petition in `alpha`; returns its public path.
pub fn association_draft(c: &mut Client, subject: &str) -> String {
    let r = new_petition(
        c,
        "alpha",
        [
            "association",
            subject,
            "Aucun espace pour les jeunes",
            "Créer une maison des jeunes",
        ],
    );
    r.assert_status(303);
    format!("/alpha/petitions/{}", id_in(r.location()))
}

/// An association's petition in `alpha` (see [`association_draft`]) whose agent declares
/// being the legal representative (no mandate needed), deposited; returns its public path.
pub fn deposited_by_representative(c: &mut Client, subject: &str) -> String {
    let page = association_draft(c, subject);
    c.post_multipart(
        &format!("{page}/mandate"),
        &[("legal_representative", "on")],
        &[],
    )
    .assert_status(303);
    c.post(&format!("{page}/deposit"), &[]).assert_status(303);
    page
}
