//! Petitions end to end (arts. 121–125): a citizens' petition from draft through 100
//! signatures (online and paper), deposit, acceptance, agenda, deliberation and
//! notification; an association's petition rejected with reasons; forbidden steps refused;
//! no CIN number or signer name on any public page or JSON.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod views;

use chrono::Months;
use musharaka_tests::petitions::{
    association_draft, bureau_accepts, collecting, council_adopts_next_item, draft, id_in,
    insert_statutes, invalidate, new_petition, next_session, paper_signatures, run_events, setup,
    signature_counts, signer, verified_association, PASSWORD,
};
use musharaka_tests::{first_capture, message_ar, on_every_backend, on_every_demo, TestApp};

/// Every public view of a petition must be free of signers' personal data.
fn assert_no_personal_data(app: &TestApp, slug: &str, id: &str, secrets: &[String]) {
    let mut anon = app.client();
    for path in [
        format!("/{slug}/petitions"),
        format!("/{slug}/petitions/{id}"),
        format!("/api/v1/communes/{slug}/petitions"),
        format!("/api/v1/communes/{slug}/petitions/{id}"),
        format!("/api/v1/communes/{slug}/petitions/{id}/count"),
        format!("/{slug}/council"),
    ] {
        let body = anon.get(&path).body;
        for s in secrets {
            assert!(!body.contains(s.as_str()), "{s} leaked on {path}");
        }
    }
}

#[test]
fn citizens_petition_from_draft_to_the_councils_decision() {
    on_every_backend(|app| {
        let (_, members) = setup(&app, "alpha");
        setup(&app, "beta");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        agent.get_ok("/alpha/petitions/new").assert_contains("100");
        new_petition(&mut agent, "alpha", ["citizens", "", "", "x"]).assert_status(422);
        let created = new_petition(
            &mut agent,
            "alpha",
            [
                "citizens",
                "Éclairage du quartier Al Qasba",
                "Rues sombres, insécurité",
                "Programmer l'éclairage public du quartier",
            ],
        );
        created.assert_status(303);
        let id = id_in(created.location());
        let page = format!("/alpha/petitions/{id}");
        // A draft is the agent's alone.
        app.client().get(&page).assert_status(404);
        agent.post(&format!("{page}/open"), &[]).assert_status(303);
        app.client().get_ok(&page).assert_contains(&message_ar(
            "pet-progress",
            &[("count", 0.into()), ("threshold", 100.into())],
        ));

        // Online signatures: bad input marked; anonymous signer confirms by mail.
        let mut anon = app.client();
        anon.get_ok(&format!("{page}/sign"));
        let mut bad = signer(0);
        bad[1].1 = "123".into();
        bad[2].1 = "2015-01-01".into();
        bad.retain(|(k, _)| *k != "declares_common_interest");
        anon.post_fields(&format!("{page}/sign"), &bad)
            .assert_status(422)
            .assert_contains(&message_ar("pet-error-cin", &[]))
            .assert_contains(&message_ar("pet-error-adult", &[]));
        let mut first = signer(0);
        first.push(("email", "signer0@example.ma".into()));
        anon.post_fields(&format!("{page}/sign"), &first)
            .assert_status(200)
            .assert_contains(&message_ar("pet-signed-mail", &[]));
        assert_eq!(
            signature_counts(&app, "alpha", &id)["total"],
            0,
            "unconfirmed signatures do not count"
        );
        let link = app.mailed_link("signer0@example.ma", "/petitions/confirm/");
        // Opening the link (a mail scanner does) changes nothing; the button confirms.
        anon.get_ok(&link)
            .assert_contains(&message_ar("pet-confirm-button", &[]));
        assert_eq!(
            signature_counts(&app, "alpha", &id)["total"],
            0,
            "opening the link does not sign"
        );
        anon.post(&link, &[]).assert_status(200);
        anon.post(&link, &[]).assert_status(200);
        anon.get_ok(&link)
            .assert_contains(&message_ar("pet-signed-counted", &[]));
        // The same CIN again, from another browser: refused, still one signature.
        let mut again = signer(0);
        again.push(("email", "other@example.ma".into()));
        app.client()
            .post_fields(&format!("{page}/sign"), &again)
            .assert_status(422)
            .assert_contains(&message_ar("pet-error-already-signed", &[]));
        // A signed-in, confirmed account signs in one step.
        let mut citizen = app.registered("Citizen One", "citizen1@example.ma", PASSWORD);
        citizen
            .post_fields(&format!("{page}/sign"), &signer(1))
            .assert_status(200)
            .assert_contains(&message_ar("pet-signed-counted", &[]));
        citizen
            .post_fields(&format!("{page}/sign"), &signer(2))
            .assert_status(422);

        // Deposit before the threshold: refused with the reason.
        agent
            .post(&format!("{page}/deposit"), &[])
            .assert_status(422)
            .assert_contains("المادة 123");

        // Paper signatures entered by the bureau (98 more → 100).
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        let admin_page = format!("/alpha/admin/petitions/{id}");
        // The review page shows names, never CIN numbers (those are in the deposit file).
        let review = bureau.get_ok(&admin_page);
        review.assert_contains("Numéro0");
        assert!(!review.body.contains("JK100000"));
        bureau
            .post_fields(&format!("{admin_page}/paper"), &signer(0))
            .assert_status(422);
        for i in 3..101 {
            bureau
                .post_fields(&format!("{admin_page}/paper"), &signer(i))
                .assert_status(303);
        }
        let count = signature_counts(&app, "alpha", &id);
        assert_eq!(
            (
                count["online"].as_i64(),
                count["paper"].as_i64(),
                count["total"].as_i64()
            ),
            (Some(2), Some(98), Some(100))
        );
        let secrets: Vec<String> = (0..101)
            .flat_map(|i| [format!("JK{:06}", 100_000 + i), format!("Numéro{i}")])
            .collect();
        assert_no_personal_data(&app, "alpha", &id, &secrets);

        // Deposit: a numbered receipt at once.
        let deposited = agent.post(&format!("{page}/deposit"), &[]);
        deposited.assert_status(303);
        let receipt = agent.get_ok(deposited.location());
        receipt.assert_contains("-0001").assert_contains("100");
        app.client().get(deposited.location()).assert_status(401);
        citizen
            .post_fields(&format!("{page}/sign"), &signer(200))
            .assert_status(409);

        // Forbidden steps for the wrong role or commune.
        citizen.get(&admin_page).assert_status(403);
        citizen
            .post(&format!("{admin_page}/decide"), &[("decision", "accept")])
            .assert_status(403);
        let mut other = app.signed_in("bureau@beta.ma", PASSWORD);
        other.get(&admin_page).assert_status(403);
        other
            .get(&format!("/beta/admin/petitions/{id}"))
            .assert_status(404);
        let mut admin = app.signed_in("admin@alpha.ma", PASSWORD);
        admin
            .post(
                &format!("{admin_page}/decide"),
                &[
                    ("decision", "accept"),
                    ("within_council_powers", "on"),
                    ("respects_constitution_article_1", "on"),
                    ("petitioners_conditions_met", "on"),
                    ("form_and_documents_complete", "on"),
                ],
            )
            .assert_status(403);

        // The bureau accepts only with every condition checked; the petition goes on the
        // next ordinary session whose agenda is open, and the agent is told.
        bureau
            .get_ok("/alpha/admin/petitions")
            .assert_contains("Éclairage");
        bureau
            .post(
                &format!("{admin_page}/decide"),
                &[("decision", "accept"), ("within_council_powers", "on")],
            )
            .assert_status(422);
        bureau_accepts(&app, &mut bureau, "alpha", &id).assert_status(303);
        bureau_accepts(&app, &mut bureau, "alpha", &id).assert_status(409);
        assert!(app
            .last_mail_to("agent@example.ma")
            .body
            .contains("Éclairage"));
        let public = app.client().get(&page);
        public
            .assert_contains(&message_ar("pet-status-on_agenda", &[]))
            .assert_contains("المادة 38");

        // The council deliberates on the item: the petition closes and its people are told.
        let mut sec = app.signed_in("secretariat@alpha.ma", PASSWORD);
        let spath = next_session(&mut sec, "alpha");
        sec.get(&spath).assert_contains("Éclairage");
        council_adopts_next_item(
            &app,
            "alpha",
            &members,
            "صادق المجلس على برمجة الإنارة العمومية",
        );
        // The deliberation reaches the petition through its event.
        assert_eq!(run_events(&app), 1);
        app.client()
            .get(&page)
            .assert_contains(&message_ar("pet-status-decided_accepted", &[]))
            .assert_contains("/council/deliberations/");
        assert!(app.last_mail_to("agent@example.ma").body.contains("1/2027"));
        assert!(
            app.last_mail_to("citizen1@example.ma")
                .body
                .contains("1/2027"),
            "signers who opted in are told"
        );
        let api = app
            .client()
            .get(&format!("/api/v1/communes/alpha/petitions/{id}"))
            .json();
        assert_eq!(api["status"], "decided_accepted");
        assert!(api["timeline"].as_array().unwrap().len() >= 6);
        assert_no_personal_data(&app, "alpha", &id, &secrets);
        // Nor in any log line written during the run (requests, errors).
        let logs = musharaka_tests::captured_logs();
        assert!(
            logs.contains("request"),
            "the application logged its requests"
        );
        for s in &secrets {
            assert!(!logs.contains(s.as_str()), "{s} leaked into the logs");
        }
        assert!(!logs.contains("signer0@example.ma") && !logs.contains("citizen1@example.ma"));
    });
}

#[test]
fn association_petitions_are_checked_and_can_be_rejected_with_reasons() {
    on_every_backend(|app| {
        let (alpha, _) = setup(&app, "alpha");
        let today = musharaka_core::time::local_date(musharaka_core::time::now());
        // Two verified associations without statutes: one old enough, one founded two years
        // ago.
        let mut old =
            verified_association(&app, alpha, "old@assoc.ma", today - Months::new(60), false);
        let mut young = verified_association(
            &app,
            alpha,
            "young@assoc.ma",
            today - Months::new(24),
            false,
        );
        // Without a verified association the kind is refused.
        let mut nobody = app.registered("Nobody", "nobody@example.ma", PASSWORD);
        draft(&mut nobody, "alpha", "association", "S").assert_status(422);

        let young_page = association_draft(&mut young, "Maison des jeunes");
        young
            .post(&format!("{young_page}/deposit"), &[])
            .assert_status(422)
            .assert_contains("المادة 124");
        // The statutes are missing too: shown, not silently dropped.
        young.get_ok(&young_page);

        let page = association_draft(&mut old, "Maison des jeunes");
        // No statutes file: refused with the decree's reason.
        old.post(&format!("{page}/deposit"), &[])
            .assert_status(422)
            .assert_contains("2.16.403");
        {
            use diesel::prelude::*;
            use musharaka_db::schema::associations;
            let mut conn = app.conn();
            let upload = insert_statutes(&mut conn, "statutes-test");
            diesel::update(associations::table)
                .set(associations::statutes_upload_id.eq(upload))
                .execute(&mut conn)
                .unwrap();
        }
        let deposited = old.post(&format!("{page}/deposit"), &[]);
        deposited.assert_status(303);
        old.get_ok(deposited.location()).assert_contains("-0001");
        // The bureau accepts it: on the agenda of the next ordinary session.
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        let id = page.rsplit('/').next().unwrap().to_string();
        bureau_accepts(&app, &mut bureau, "alpha", &id).assert_status(303);
        app.client()
            .get(&page)
            .assert_contains(&message_ar("pet-status-on_agenda", &[]));
    });
}

#[test]
fn a_rejection_needs_reasons_and_reaches_the_agent() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = collecting(&mut agent, "alpha", "Sujet hors compétence");
        paper_signatures(&app, "alpha", &id, 0..100);
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        // Invalidating by e-mail domain needs a reason, and is audited.
        for (reason, status) in [("", 422), ("Rafale suspecte", 303)] {
            invalidate(
                &mut bureau,
                "alpha",
                &id,
                &[("email_domain", "spam.example"), ("reason", reason)],
            )
            .assert_status(status);
        }
        agent
            .post(&format!("/alpha/petitions/{id}/deposit"), &[])
            .assert_status(303);
        let admin_page = format!("/alpha/admin/petitions/{id}");
        for (reasons, status) in [
            (" ", 422),
            ("Hors des compétences de la commune (art. 121)", 303),
        ] {
            bureau
                .post(
                    &format!("{admin_page}/decide"),
                    &[("decision", "reject"), ("reasons", reasons)],
                )
                .assert_status(status);
        }
        app.client()
            .get(&format!("/alpha/petitions/{id}"))
            .assert_contains(&message_ar("pet-status-rejected_by_bureau", &[]))
            .assert_contains("Hors des compétences");
        assert!(app
            .last_mail_to("agent@example.ma")
            .body
            .contains("Hors des compétences"));
        // The file with the signatories: the bureau (CIN numbers on request, audited) and
        // the agent (names only).
        let file = bureau.get_ok(&format!("/alpha/admin/petitions/{id}/file"));
        file.assert_contains("Numéro1");
        assert!(!file.body.contains("JK100001"));
        bureau
            .post(&format!("/alpha/admin/petitions/{id}/file"), &[])
            .assert_status(200)
            .assert_contains("JK100001");
        agent
            .get(&format!("/alpha/admin/petitions/{id}/file"))
            .assert_status(403);
        let names = agent.get_ok(&format!("/alpha/petitions/{id}/signatories"));
        names.assert_contains("Numéro1");
        assert!(!names.body.contains("JK100001") && !names.body.contains("rue des Orangers"));
        bureau
            .get(&format!("/alpha/petitions/{id}/signatories"))
            .assert_status(403);
        app.client()
            .get(&format!("/alpha/petitions/{id}/signatories"))
            .assert_status(401);
        // Law 09.08: after the retention period, signers' personal data is erased and the
        // counts stay; reminders for the bureau were cancelled by its decision.
        {
            use diesel::prelude::*;
            use musharaka_db::schema::{jobs, petition_signatures};
            let mut conn = app.conn();
            let tag = format!("petition-review:{id}");
            let pending: i64 = jobs::table
                .filter(jobs::tag.eq(&tag))
                .filter(jobs::done_at.is_null())
                .count()
                .get_result(&mut conn)
                .unwrap();
            let cancelled: i64 = jobs::table
                .filter(jobs::tag.eq(&tag))
                .filter(jobs::last_error.eq("cancelled"))
                .count()
                .get_result(&mut conn)
                .unwrap();
            assert_eq!(
                (pending, cancelled),
                (0, 2),
                "30- and 7-day reminders scheduled, then cancelled"
            );
            let today = musharaka_core::time::local_date(musharaka_core::time::now());
            assert_eq!(
                musharaka_petitions::service::erase_expired_personal_data(&mut conn, today, 12)
                    .unwrap(),
                0
            );
            let later = today + chrono::Months::new(13);
            assert_eq!(
                musharaka_petitions::service::erase_expired_personal_data(&mut conn, later, 12)
                    .unwrap(),
                1
            );
            let names: Vec<Option<String>> = petition_signatures::table
                .select(petition_signatures::full_name)
                .load(&mut conn)
                .unwrap();
            assert!(names.iter().all(Option::is_none));
        }
        assert_eq!(signature_counts(&app, "alpha", &id)["total"], 100);
        let list = app
            .client()
            .get("/alpha/petitions?status=rejected_by_bureau");
        list.assert_contains("Sujet hors compétence");
        assert!(!app
            .client()
            .get("/alpha/petitions?status=collecting")
            .body
            .contains("Sujet hors compétence"));
        // Feeds and exports: the public list, no personal data.
        let atom = app.client().get_ok("/alpha/petitions.atom");
        atom.assert_contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"")
            .assert_contains("Sujet hors compétence");
        assert_eq!(
            atom.header("content-type"),
            Some("application/atom+xml; charset=utf-8")
        );
        assert_eq!(atom.body.matches("<entry>").count(), 1);
        let csv = app.client().get_ok("/alpha/petitions.csv");
        let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 1);
        // Translated values, each code beside its value (status: columns 3 and 4).
        assert_eq!(&rows[0][4], "rejected_by_bureau");
        assert_ne!(&rows[0][3], "rejected_by_bureau");
        assert_eq!(&rows[0][12], "100");
        for body in [&atom.body, &csv.body] {
            assert!(!body.contains("JK100001") && !body.contains("Numéro1"));
        }
    });
}

#[test]
fn demo_petitions_cover_every_state() {
    on_every_demo(|app| {
        let mut c = app.client();
        for slug in ["taroudant", "tetouan"] {
            let list = c.get(&format!("/api/v1/communes/{slug}/petitions")).json();
            let statuses: Vec<&str> = list["items"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["status"].as_str().unwrap())
                .collect();
            for s in [
                "collecting",
                "deposited",
                "rejected_by_bureau",
                "on_agenda",
                "decided_accepted",
            ] {
                assert!(
                    statuses.contains(&s),
                    "{slug}: no {s} petition in {statuses:?}"
                );
            }
            assert!(
                list["items"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|p| p["overdue"] == true),
                "{slug}: an overdue petition"
            );
            assert_eq!(
                statuses
                    .iter()
                    .filter(|s| **s == "decided_accepted")
                    .count(),
                2
            );
            c.get_ok(&format!("/{slug}/petitions"))
                .assert_contains(&message_ar("pet-overdue", &[]));
        }
        c.get_ok("/")
            .assert_contains(&message_ar("home-petitions", &[]));
    });
}

#[test]
fn paper_petitions_are_registered_and_agents_may_withdraw() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        bureau.get_ok("/alpha/admin/petitions");
        let form = |on: &str| {
            vec![
                ("kind", "citizens".to_string()),
                ("subject", "Pétition déposée sur papier".to_string()),
                ("reasons", "Motifs".to_string()),
                ("requested_item", "Point".to_string()),
                ("received_on", on.to_string()),
            ]
        };
        bureau
            .post_fields("/alpha/admin/petitions/paper", &form("demain"))
            .assert_status(422);
        let created = bureau.post_fields("/alpha/admin/petitions/paper", &form("2026-11-02"));
        created.assert_status(303);
        let api = app.client().get("/api/v1/communes/alpha/petitions").json();
        let paper = &api["items"][0];
        assert_eq!(paper["status"], "deposited");
        assert_eq!(paper["receipt_number"], "2026-0001");
        assert_eq!(paper["review_deadline"], "2027-02-02");
        let mut citizen = app.registered("Citizen", "citizen@example.ma", PASSWORD);
        citizen
            .post_fields("/alpha/admin/petitions/paper", &form("2026-11-02"))
            .assert_status(403);

        // The agent withdraws a petition before the bureau decides; nobody else can.
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let draft = draft(&mut agent, "alpha", "citizens", "À retirer");
        let page = draft.location().to_string();
        agent.post(&format!("{page}/open"), &[]).assert_status(303);
        // Attachments: the agent's, typed by their content, public with the petition.
        let attach = format!("{page}/attachments");
        agent
            .post_multipart(&attach, &[], &[("attachment", "x.pdf", b"<html>")])
            .assert_status(422);
        citizen
            .post_multipart(
                &attach,
                &[],
                &[("attachment", "plan.pdf", b"%PDF-1.4\n%%EOF\n")],
            )
            .assert_status(403);
        agent
            .post_multipart(
                &attach,
                &[],
                &[("attachment", "plan-du-quartier.pdf", b"%PDF-1.4\n%%EOF\n")],
            )
            .assert_status(303);
        app.client()
            .get(&page)
            .assert_contains("plan-du-quartier.pdf");
        citizen
            .post(&format!("{page}/withdraw"), &[])
            .assert_status(403);
        agent
            .post(&format!("{page}/withdraw"), &[])
            .assert_status(303);
        app.client()
            .get(&page)
            .assert_contains(&message_ar("pet-status-withdrawn", &[]));
        agent
            .post(&format!("{page}/withdraw"), &[])
            .assert_status(409);
        agent
            .post_multipart(
                &attach,
                &[],
                &[("attachment", "late.pdf", b"%PDF-1.4\n%%EOF\n")],
            )
            .assert_status(409);
    });
}

#[test]
fn bursts_from_one_domain_are_flagged_and_can_be_invalidated() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let draft = draft(&mut agent, "alpha", "citizens", "Rafale");
        let page = draft.location().to_string();
        agent.post(&format!("{page}/open"), &[]).assert_status(303);
        let mut bot = app.client();
        bot.get(&format!("{page}/sign"));
        for i in 0..32 {
            let mut f = signer(300 + i);
            f.push(("email", format!("x{i}@burst.example")));
            bot.post_fields(&format!("{page}/sign"), &f)
                .assert_status(200);
        }
        // Confirm them all: flagged signatures still count until staff decide.
        for m in app.mail().iter().filter(|m| m.to.contains("burst.example")) {
            let link = m
                .link("http://musharaka.test/petitions/confirm/")
                .replace("http://musharaka.test", "");
            app.client().post(&link, &[]).assert_status(200);
        }
        let id = page.rsplit('/').next().unwrap().to_string();
        let count = || signature_counts(&app, "alpha", &id)["total"].as_i64();
        assert_eq!(count(), Some(32));
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        let admin_page = bureau.get(&format!("/alpha/admin/petitions/{id}"));
        // The IP (20) and domain (30) thresholds both flag the tail of the burst.
        assert_eq!(
            admin_page.body.matches("badge warn").count(),
            12,
            "signatures 21–32 flagged"
        );
        // No filter: refused. A time range with nothing in it: nothing invalidated.
        invalidate(&mut bureau, "alpha", &id, &[("reason", "Rien")]).assert_status(422);
        invalidate(
            &mut bureau,
            "alpha",
            &id,
            &[
                ("from", "2000-01-01T00:00"),
                ("to", "2000-01-02T00:00"),
                ("reason", "Période vide"),
            ],
        )
        .assert_status(303);
        assert_eq!(count(), Some(32));
        // By the IP group the bureau's list shows (a prefix of the keyed hash, not an address).
        let list = bureau.get(&format!("/alpha/admin/petitions/{id}"));
        let group = first_capture(&list.body, r"<code[^>]*>([0-9a-f]{12})</code>");
        assert!(!list.body.contains("127.0.0.1"));
        invalidate(
            &mut bureau,
            "alpha",
            &id,
            &[("ip", "12ab"), ("reason", "Trop court")],
        )
        .assert_status(422);
        invalidate(
            &mut bureau,
            "alpha",
            &id,
            &[
                ("ip", &group),
                ("reason", "Rafale depuis une seule adresse"),
            ],
        )
        .assert_status(303);
        assert_eq!(count(), Some(0));
        invalidate(
            &mut bureau,
            "alpha",
            &id,
            &[
                ("email_domain", "burst.example"),
                ("reason", "Rafale depuis un seul domaine"),
            ],
        )
        .assert_status(303);
        assert_eq!(count(), Some(0));
    });
}
