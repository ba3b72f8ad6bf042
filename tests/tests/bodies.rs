//! Consultative bodies end to end (arts. 119–120, 78): a body created by the focal point,
//! its secretary, members and composition against its target; an advisory opinion from
//! draft through adoption and transmission (an agenda item of the council) to the
//! council's deliberation linked back; a referral whose deadline passes shown overdue;
//! every forbidden step refused for the wrong role, body or commune; exports parsed back.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_tests::bodies::{adopt, body, draft, id_in, member, setup};
use musharaka_tests::communes::{citizen, signed_in};
use musharaka_tests::petitions::{council_adopts_next_item, next_session, run_events};
use musharaka_tests::{on_every_backend, TestApp};

fn status_of(app: &TestApp, id: &str, oid: &str) -> String {
    let json = app
        .client()
        .get(&format!("/api/v1/communes/alpha/bodies/{id}"))
        .json();
    let list = json["opinions_list"].as_array().unwrap();
    let o = list
        .iter()
        .find(|o| o["id"].as_i64() == oid.parse().ok())
        .unwrap();
    o["status"].as_str().unwrap().to_string()
}

#[test]
fn an_opinion_goes_from_draft_to_the_councils_answer() {
    on_every_backend(|app| {
        let members = setup(&app);
        let id = body(&app, "equality", "50");
        let mut sec = signed_in(&app, "sec1@alpha.ma");
        member(
            &mut sec,
            &id,
            "Fatima Zahra",
            "female",
            "association",
            "fz@example.ma",
        );
        member(&mut sec, &id, "Ahmed", "male", "expert", "");
        let oid = draft(&mut sec, &id, "Centre d'écoute", "Premier jet");
        // A draft is public by its title only.
        let public = format!("/alpha/bodies/{id}/opinions/{oid}");
        let page = app.client().get_ok(&public);
        page.assert_contains("Centre d'écoute");
        assert!(!page.body.contains("Premier jet"));
        // A new version, with who edited it.
        sec.post(
            &format!("/alpha/admin/opinions/{oid}/edit"),
            &[
                ("title", "Centre d'écoute"),
                ("text", "Créer un centre d'écoute"),
                ("version", "1"),
            ],
        )
        .assert_status(303);
        // A stale version is refused, the form re-shown.
        sec.post(
            &format!("/alpha/admin/opinions/{oid}/edit"),
            &[("title", "X"), ("text", "Y"), ("version", "1")],
        )
        .assert_status(422);
        // A vote that does not carry it is refused; then adopted 5 for, 1 against.
        let vote = |f: &'static str, a: &'static str| {
            vec![
                ("adoption", "vote"),
                ("votes_for", f),
                ("votes_against", a),
                ("votes_abstaining", "0"),
                ("adopted_on", "2026-11-30"),
            ]
        };
        sec.post(
            &format!("/alpha/admin/opinions/{oid}/adopt"),
            &vote("2", "2"),
        )
        .assert_status(422);
        sec.post(
            &format!("/alpha/admin/opinions/{oid}/adopt"),
            &vote("5", "1"),
        )
        .assert_status(303);
        assert_eq!(status_of(&app, &id, &oid), "adopted");
        // Transmitted: an item of the council's next session, from the advisory opinion.
        sec.post(&format!("/alpha/admin/opinions/{oid}/transmit"), &[])
            .assert_status(303);
        assert_eq!(status_of(&app, &id, &oid), "transmitted");
        let mut secretariat = signed_in(&app, "secretariat@alpha.ma");
        let session = next_session(&mut secretariat, "alpha");
        secretariat.get(&session).assert_contains("Centre d'écoute");
        // Transmitting twice is refused.
        sec.post(&format!("/alpha/admin/opinions/{oid}/transmit"), &[])
            .assert_status(409);
        // The council deliberates; the answer comes back through the event.
        council_adopts_next_item(&app, "alpha", &members, "قرر المجلس إحداث مركز للاستماع");
        assert!(run_events(&app) >= 1);
        assert_eq!(status_of(&app, &id, &oid), "answered");
        let page = app.client().get(&public);
        page.assert_contains("/alpha/council/deliberations/")
            .assert_contains("Créer un centre d'écoute");
        // Redelivery changes nothing.
        run_events(&app);
        assert_eq!(status_of(&app, &id, &oid), "answered");
        // The counts per body: one submitted and answered.
        let json = app.client().get("/api/v1/communes/alpha/bodies").json();
        assert_eq!(json["bodies"][0]["opinions"]["submitted"], 1);
        assert_eq!(json["bodies"][0]["opinions"]["answered"], 1);
        // The Atom feed parses and carries the answer.
        let atom = app.client().get("/alpha/bodies.atom");
        atom.assert_content_type("application/atom+xml");
        let doc = roxmltree::Document::parse(&atom.body).expect("Atom is XML");
        assert_eq!(
            doc.descendants()
                .filter(|n| n.has_tag_name("entry"))
                .count(),
            1
        );
        // Convocations reach the members with an e-mail; nothing personal is public.
        sec.post(
            &format!("/alpha/admin/bodies/{id}/meetings"),
            &[
                ("held_on", "2026-12-20"),
                ("place", "Salle des fêtes"),
                ("agenda", "Programme 2027"),
                ("is_public", "on"),
            ],
        )
        .assert_status(303);
        assert!(app
            .mail()
            .iter()
            .any(|m| m.to == "fz@example.ma" && m.body.contains("Programme 2027")));
        for path in [
            format!("/alpha/bodies/{id}"),
            format!("/api/v1/communes/alpha/bodies/{id}"),
            format!("/alpha/bodies/{id}/members.csv"),
        ] {
            let body = app.client().get(&path).body;
            assert!(!body.contains("fz@example.ma"), "e-mail leaked on {path}");
            assert!(
                body.contains("Fatima Zahra"),
                "names are published on {path}"
            );
        }
    });
}

#[test]
fn a_referral_whose_deadline_passes_is_shown_overdue() {
    on_every_backend(|app| {
        setup(&app);
        let id = body(&app, "consultative_space", "");
        let mut admin = signed_in(&app, "admin@alpha.ma");
        // A deadline in the past is refused with the field marked.
        let past = admin.post(
            &format!("/alpha/admin/bodies/{id}/referrals"),
            &[
                ("title", "Stades de proximité"),
                ("text", "Votre avis ?"),
                ("deadline", "2020-01-01"),
            ],
        );
        past.assert_status(422).assert_contains("deadline-error");
        let tomorrow = (musharaka_core::time::today() + chrono::Days::new(1)).to_string();
        let r = admin.post(
            &format!("/alpha/admin/bodies/{id}/referrals"),
            &[
                ("title", "Stades de proximité"),
                ("text", "Votre avis ?"),
                ("deadline", tomorrow.as_str()),
            ],
        );
        r.assert_status(303);
        let oid = id_in(r.location());
        let page = app.client().get(&format!("/alpha/bodies/{id}"));
        assert!(!page.body.contains("متأخر"));
        // The deadline passes (moved back in the database: time goes on).
        {
            use diesel::prelude::*;
            use musharaka_db::schema::body_opinions;
            let yesterday = musharaka_core::time::today() - chrono::Days::new(1);
            diesel::update(body_opinions::table.find(oid.parse::<i64>().unwrap()))
                .set(body_opinions::deadline.eq(Some(yesterday)))
                .execute(&mut app.conn())
                .unwrap();
        }
        app.client()
            .get(&format!("/alpha/bodies/{id}"))
            .assert_contains("متأخر");
        app.client().get("/alpha/bodies").assert_contains("متأخر");
        let mut fr = app.client();
        fr.get("/lang/fr?next=%2F");
        fr.get(&format!("/alpha/bodies/{id}/opinions/{oid}"))
            .assert_contains("En retard");
        let json = app
            .client()
            .get(&format!("/api/v1/communes/alpha/bodies/{id}"))
            .json();
        assert_eq!(json["opinions_list"][0]["overdue"], true);
        assert_eq!(json["overdue_referrals"], 1);
    });
}

#[test]
fn forbidden_steps_are_refused_for_the_wrong_role_body_or_commune() {
    on_every_backend(|app| {
        setup(&app);
        let id = body(&app, "equality", "50");
        let mut sec1 = signed_in(&app, "sec1@alpha.ma");
        let oid = draft(&mut sec1, &id, "Avis", "Texte");
        // Another body's secretary: not assigned to this body.
        let mut sec2 = signed_in(&app, "sec2@alpha.ma");
        sec2.get(&format!("/alpha/admin/bodies/{id}"))
            .assert_status(403);
        sec2.get(&format!("/alpha/admin/opinions/{oid}"))
            .assert_status(403);
        for (path, fields) in [
            (
                format!("/alpha/admin/bodies/{id}/members"),
                vec![
                    ("name", "X"),
                    ("seat", "citizen"),
                    ("gender", "male"),
                    ("age_band", "under_35"),
                    ("term_start", "2024-01-01"),
                ],
            ),
            (
                format!("/alpha/admin/opinions/{oid}/edit"),
                vec![("title", "X"), ("text", "Y"), ("version", "1")],
            ),
            (
                format!("/alpha/admin/opinions/{oid}/adopt"),
                vec![("adoption", "consensus"), ("adopted_on", "2026-11-30")],
            ),
            (
                format!("/alpha/admin/bodies/{id}/opinions"),
                vec![("kind", "own"), ("title", "X"), ("text", "Y")],
            ),
        ] {
            sec2.post(&path, &fields).assert_status(403);
        }
        // A secretary cannot create bodies, assign secretaries or ask for referrals.
        sec1.post(
            "/alpha/admin/bodies",
            &[("kind", "thematic"), ("name_ar", "ه"), ("name_fr", "I")],
        )
        .assert_status(403);
        sec1.post(
            &format!("/alpha/admin/bodies/{id}/secretaries"),
            &[("email", "sec2@alpha.ma")],
        )
        .assert_status(403);
        sec1.post(
            &format!("/alpha/admin/bodies/{id}/referrals"),
            &[("title", "X"), ("text", "Y"), ("deadline", "2030-01-01")],
        )
        .assert_status(403);
        // The council's secretariat reads the opinion but cannot adopt it.
        let mut secretariat = signed_in(&app, "secretariat@alpha.ma");
        secretariat.get_ok(&format!("/alpha/admin/opinions/{oid}"));
        secretariat
            .post(
                &format!("/alpha/admin/opinions/{oid}/adopt"),
                &[("adoption", "consensus"), ("adopted_on", "2026-11-30")],
            )
            .assert_status(403);
        // A citizen and a visitor.
        citizen(&app, "c@example.ma", "Citoyen");
        let mut c = signed_in(&app, "c@example.ma");
        c.get("/alpha/admin/bodies").assert_status(403);
        c.post(&format!("/alpha/admin/opinions/{oid}/transmit"), &[])
            .assert_status(403);
        let anon = app.client().get(&format!("/alpha/admin/bodies/{id}"));
        assert!(
            anon.status == 303 || anon.status == 401,
            "visitors go to log in"
        );
        // Another commune's focal point.
        let mut beta = signed_in(&app, "admin@beta.ma");
        beta.get(&format!("/alpha/admin/bodies/{id}"))
            .assert_status(403);
        beta.get(&format!("/beta/admin/bodies/{id}"))
            .assert_status(404);
        beta.post(&format!("/beta/admin/opinions/{oid}/transmit"), &[])
            .assert_status(404);
        beta.get(&format!("/beta/bodies/{id}")).assert_status(404);
        // Out of order: a draft cannot be transmitted; a non-secretary cannot be assigned.
        sec1.post(&format!("/alpha/admin/opinions/{oid}/transmit"), &[])
            .assert_status(409);
        let mut admin = signed_in(&app, "admin@alpha.ma");
        admin
            .post(
                &format!("/alpha/admin/bodies/{id}/secretaries"),
                &[("email", "c@example.ma")],
            )
            .assert_status(422);
        // Only the focal point attaches the internal rules, a PDF, shown on the public page.
        let pdf: &[u8] = b"%PDF-1.4\n%%EOF\n";
        sec1.post_multipart(
            &format!("/alpha/admin/bodies/{id}/rules"),
            &[],
            &[("rules", "r.pdf", pdf)],
        )
        .assert_status(403);
        admin
            .post_multipart(
                &format!("/alpha/admin/bodies/{id}/rules"),
                &[],
                &[("rules", "r.html", b"<html>")],
            )
            .assert_status(422);
        admin
            .post_multipart(
                &format!("/alpha/admin/bodies/{id}/rules"),
                &[],
                &[("rules", "r.pdf", pdf)],
            )
            .assert_status(303);
        let public = app.client().get(&format!("/alpha/bodies/{id}")).body;
        let upload = musharaka_tests::first_capture(&public, r#"href="(/uploads/\d+)""#);
        app.client().get_ok(&upload);
        // Once assigned, the second secretary runs the body too.
        admin
            .post(
                &format!("/alpha/admin/bodies/{id}/secretaries"),
                &[("email", "sec2@alpha.ma")],
            )
            .assert_status(303);
        sec2.get_ok(&format!("/alpha/admin/bodies/{id}"));
        adopt(&mut sec2, &oid);
    });
}

#[test]
fn composition_below_its_target_is_flagged_and_members_export_as_csv() {
    on_every_backend(|app| {
        setup(&app);
        let id = body(&app, "youth_council", "50");
        let mut sec = signed_in(&app, "sec1@alpha.ma");
        member(&mut sec, &id, "Amina", "female", "youth", "");
        member(&mut sec, &id, "Youssef", "male", "youth", "");
        member(&mut sec, &id, "Karim", "male", "association", "");
        let mut fr = app.client();
        fr.get("/lang/fr?next=%2F");
        fr.get(&format!("/alpha/bodies/{id}"))
            .assert_contains("Sous l'objectif");
        // A woman replaces Karim: 2 of 3, the target is met, the replacement recorded.
        let admin_page = sec.get(&format!("/alpha/admin/bodies/{id}")).body;
        let karim =
            musharaka_tests::first_capture(&admin_page, r#"<option value="(\d+)">Karim</option>"#);
        sec.post(
            &format!("/alpha/admin/bodies/{id}/members"),
            &[
                ("name", "Salma"),
                ("seat", "association"),
                ("gender", "female"),
                ("age_band", "from_35_to_59"),
                ("term_start", "2024-06-01"),
                ("replaces_member_id", karim.as_str()),
            ],
        )
        .assert_status(303);
        let page = fr.get(&format!("/alpha/bodies/{id}"));
        assert!(!page.body.contains("Sous l'objectif"));
        page.assert_contains("Remplace Karim");
        // A bad form comes back 422 with its field marked, nothing written.
        let before = app.count("body_members");
        sec.post(
            &format!("/alpha/admin/bodies/{id}/members"),
            &[
                ("name", ""),
                ("seat", "citizen"),
                ("gender", "female"),
                ("age_band", "over_60"),
                ("term_start", "nope"),
            ],
        )
        .assert_status(422);
        assert_eq!(app.count("body_members"), before);
        let csv = app.client().get(&format!("/alpha/bodies/{id}/members.csv"));
        csv.assert_content_type("text/csv");
        let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
        // Translated headers; the seat's stable code beside its name (column 3).
        assert_eq!(&reader.headers().unwrap()[3], "seat_code");
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 4);
        assert!(rows.iter().any(|r| &r[0] == "Karim" && !r[6].is_empty()));
        let json = app.client().get("/api/v1/communes/alpha/bodies").json();
        assert_eq!(json["bodies"][0]["below_target"], false);
        assert_eq!(json["bodies"][0]["composition"]["replacements"], 1);
    });
}

#[test]
fn the_taroudant_demo_has_its_three_bodies() {
    musharaka_tests::on_every_demo(|app| {
        let json = app.client().get("/api/v1/communes/taroudant/bodies").json();
        let bodies = json["bodies"].as_array().unwrap();
        assert_eq!(bodies.len(), 3);
        let equality = &bodies[0];
        assert_eq!(equality["kind"], "equality");
        // The seed's report: one submitted, one to submit once drafted.
        assert_eq!(equality["opinions"]["submitted"], 1);
        assert_eq!(equality["opinions"]["waiting"], 1);
        assert_eq!(bodies[2]["status"], "forming");
        let mut c = app.client();
        c.get("/taroudant").assert_contains("/taroudant/bodies");
        let id = equality["id"].to_string();
        c.get_ok(&format!("/taroudant/bodies/{id}"))
            .assert_contains("مركز الاستماع");
        let mut fr = app.client();
        fr.get("/lang/fr?next=%2F");
        fr.get("/taroudant/bodies")
            .assert_contains("Conseil des jeunes de Taroudant");
    });
}
