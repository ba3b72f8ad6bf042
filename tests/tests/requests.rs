//! Access to information (law 31.13) and complaints (decree 2.17.265) end to end, on every
//! backend: a request answered on time, one extended (once, and only before the first
//! term ends), one refused with a ground and then appealed to the head of the commune; a
//! complaint acknowledged and answered, one overdue; staff of another commune refused; no
//! CIN on any public page, JSON, back-office page or log.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_tests::requests::{
    answer, citizen_client, days_ago, file_online, head, officer, register, setup, CIN,
};
use musharaka_tests::{captured_logs, on_every_backend, TestApp};

/// Every public page and JSON of the two channels, and the back office: no CIN.
fn assert_no_cin(app: &TestApp, ids: &[String]) {
    let mut anon = app.client();
    let mut paths = vec![
        "/alpha".to_string(),
        "/alpha/information".into(),
        "/alpha/information/publications".into(),
        "/alpha/complaints".into(),
        "/api/v1/communes/alpha/information/stats".into(),
        "/api/v1/communes/alpha/complaints/dashboard".into(),
    ];
    for p in &paths {
        let body = anon.get(p).body;
        assert!(!body.contains(CIN), "CIN on {p}");
    }
    let mut off = officer(app);
    paths = vec![
        "/alpha/admin/information".into(),
        "/alpha/admin/information?all=1".into(),
    ];
    for id in ids {
        paths.push(format!("/alpha/admin/information/requests/{id}"));
        paths.push(format!("/alpha/information/requests/{id}/receipt"));
    }
    for p in &paths {
        let body = off.get(p).body;
        assert!(!body.contains(CIN), "CIN on {p}");
    }
    for m in app.mail() {
        assert!(!m.body.contains(CIN), "CIN in a mail to {}", m.to);
    }
    assert!(!captured_logs().contains(CIN), "CIN in the logs");
}

#[test]
fn a_request_answered_on_time_with_receipt_mail_and_statistics() {
    on_every_backend(|app| {
        setup(&app);
        let mut citizen = citizen_client(&app);
        citizen.get_ok("/alpha/information/new");
        // A bad CIN and no information: the form again, 422, nothing written.
        let bad = citizen.post(
            "/alpha/information",
            &musharaka_tests::requests::request_fields("123", &[("information", "")]),
        );
        bad.assert_status(422).assert_contains("id_number-error");
        assert!(
            !bad.body.contains("value=\"123\""),
            "the number is not echoed"
        );
        assert_eq!(app.count("info_requests"), 0);
        let id = file_online(&mut citizen, &[]);
        let receipt = citizen.get_ok(&format!("/alpha/information/requests/{id}/receipt"));
        receipt.assert_contains("I-20");
        assert!(!receipt.body.contains(CIN));
        let mail = app.last_mail_to("citizen@example.ma");
        assert!(mail.body.contains("I-20"), "{}", mail.body);
        // The officer sees it with its working days left.
        let mut off = officer(&app);
        let list = off.get_ok("/alpha/admin/information");
        assert!(list
            .body
            .contains(&format!("/alpha/admin/information/requests/{id}")));
        off.get_ok(&format!("/alpha/admin/information/requests/{id}"))
            .assert_contains("Citizen Example");
        // Delivered, with copying costs.
        answer(
            &mut off,
            &id,
            &[
                ("kind", "delivered"),
                ("text", "Voir le document joint au bureau d'ordre"),
                ("costs", "10"),
            ],
        )
        .assert_status(303);
        answer(&mut off, &id, &[("kind", "delivered"), ("text", "again")]).assert_status(409);
        let page = citizen.get_ok(&format!("/alpha/information/requests/{id}"));
        page.assert_contains("bureau d'ordre");
        assert!(app
            .last_mail_to("citizen@example.ma")
            .body
            .contains(&format!("/alpha/information/requests/{id}")));
        // Another citizen may not read it.
        musharaka_tests::communes::citizen(&app, "other@example.ma", "Other");
        musharaka_tests::communes::signed_in(&app, "other@example.ma")
            .get(&format!("/alpha/information/requests/{id}"))
            .assert_status(404);
        let stats = app
            .client()
            .get("/api/v1/communes/alpha/information/stats")
            .json();
        assert_eq!(stats["received"], 1);
        assert_eq!(stats["answered_on_time"], 1);
        assert_eq!(stats["overdue"], 0);
        assert_no_cin(&app, &[id]);
    });
}

#[test]
fn a_request_extended_once_and_only_before_the_first_term_ends() {
    on_every_backend(|app| {
        setup(&app);
        let mut off = officer(&app);
        let id = register(&mut off, &days_ago(0), "requester@example.ma");
        let extend = format!("/alpha/admin/information/requests/{id}/extend");
        off.post(&extend, &[("reason", " ")]).assert_status(422);
        off.post(&extend, &[("reason", "Documents nombreux à réunir")])
            .assert_status(303);
        off.get_ok(&format!("/alpha/admin/information/requests/{id}"))
            .assert_contains("Documents nombreux");
        let mail = app.last_mail_to("requester@example.ma");
        assert!(mail.body.contains("Documents nombreux"), "{}", mail.body);
        // Only once (art. 16).
        off.post(&extend, &[("reason", "encore")])
            .assert_status(422)
            .assert_contains("prorogé qu'une fois");
        // Received 40 days ago: the first term (20 working days) has ended.
        let late = register(&mut off, &days_ago(40), "");
        let r = off.post(
            &format!("/alpha/admin/information/requests/{late}/extend"),
            &[("reason", "Documents nombreux")],
        );
        r.assert_status(422);
        // It is overdue, and counted so publicly.
        let overdue = app
            .client()
            .get("/api/v1/communes/alpha/information/stats")
            .json();
        assert_eq!(overdue["overdue"], 1);
        // Unanswered in time: the requester's complaint to the head, received on paper,
        // is entered by the officer (art. 19).
        off.post(
            &format!("/alpha/admin/information/requests/{late}/appeal"),
            &[
                ("appeal", "Aucune réponse reçue"),
                ("received_on", &days_ago(0)),
            ],
        )
        .assert_status(303);
        off.get_ok(&format!("/alpha/admin/information/requests/{late}"))
            .assert_contains("Aucune réponse reçue");
        let stats = app
            .client()
            .get("/api/v1/communes/alpha/information/stats")
            .json();
        assert_eq!(stats["extended"], 1);
        assert_eq!(stats["appealed"], 1);
        assert_no_cin(&app, &[id, late]);
    });
}

#[test]
fn a_reasoned_refusal_then_a_complaint_to_the_head_of_the_commune() {
    on_every_backend(|app| {
        setup(&app);
        let mut citizen = citizen_client(&app);
        let id = file_online(&mut citizen, &[]);
        let appeal = format!("/alpha/information/requests/{id}/appeal");
        // Not before an answer or the end of the term (art. 19).
        citizen
            .post(&appeal, &[("appeal", "Pas de réponse")])
            .assert_status(422);
        let mut off = officer(&app);
        // A refusal names its ground (art. 18), and an art. 7 exception is named.
        answer(&mut off, &id, &[("kind", "refused"), ("text", "Refus")]).assert_status(422);
        answer(
            &mut off,
            &id,
            &[
                ("kind", "refused"),
                ("text", "Refus"),
                ("ground", "exception"),
            ],
        )
        .assert_status(422);
        answer(
            &mut off,
            &id,
            &[
                ("kind", "refused"),
                ("text", "Refus motivé"),
                ("ground", "exception"),
                ("exception", "private_life"),
            ],
        )
        .assert_status(303);
        let page = citizen.get_ok(&format!("/alpha/information/requests/{id}"));
        page.assert_contains("Vie privée")
            .assert_contains("20 jours ouvrables");
        citizen
            .post(
                &appeal,
                &[("appeal", "L'information demandée n'est pas personnelle.")],
            )
            .assert_status(303);
        assert!(app
            .last_mail_to("admin@alpha.ma")
            .body
            .contains(&format!("/alpha/admin/information/requests/{id}")));
        // The officer does not decide the complaint; the head (admin) does.
        let decide = format!("/alpha/admin/information/requests/{id}/decide");
        off.post(&decide, &[("outcome", "dismissed"), ("decision", "x")])
            .assert_status(403);
        let mut h = head(&app);
        h.post(&decide, &[("outcome", "dismissed"), ("decision", "")])
            .assert_status(422);
        h.post(
            &decide,
            &[
                ("outcome", "dismissed"),
                ("decision", "Exception maintenue"),
            ],
        )
        .assert_status(303);
        citizen
            .get_ok(&format!("/alpha/information/requests/{id}"))
            .assert_contains("Commission du droit d'accès");
        let stats = app
            .client()
            .get("/api/v1/communes/alpha/information/stats")
            .json();
        assert_eq!(stats["refused"], 1);
        assert_eq!(stats["refused_by_ground"]["exception"], 1);
        assert_eq!(stats["appealed"], 1);
        assert!(app.count("audit_log") >= 2);
        assert_no_cin(&app, &[id]);
    });
}

#[test]
fn staff_of_another_commune_are_refused() {
    on_every_backend(|app| {
        setup(&app);
        let mut citizen = citizen_client(&app);
        let id = file_online(&mut citizen, &[]);
        let mut beta = musharaka_tests::communes::signed_in(&app, "admin@beta.ma");
        beta.get("/alpha/admin/information").assert_status(403);
        beta.get(&format!("/alpha/admin/information/requests/{id}"))
            .assert_status(403);
        answer(&mut beta, &id, &[("kind", "delivered"), ("text", "x")]).assert_status(403);
        beta.get("/alpha/admin/complaints").assert_status(403);
        // Beta's own back office does not see alpha's request.
        beta.get(&format!("/beta/admin/information/requests/{id}"))
            .assert_status(404);
        // A citizen is no officer.
        citizen.get("/alpha/admin/information").assert_status(403);
    });
}

#[test]
fn a_complaint_acknowledged_answered_and_rated_and_one_overdue() {
    on_every_backend(|app| {
        setup(&app);
        // An anonymous suggestion needs no account; an anonymous complaint is refused.
        let mut anon = app.client();
        anon.get_ok("/alpha/complaints/new");
        let fields = |kind: &'static str| {
            vec![
                ("kind", kind),
                ("category", "lighting"),
                ("subject", "Lampadaires éteints"),
                ("body", "Rue Bab Zorgane dans le noir"),
                ("district", "Al Qasba"),
                ("anonymous", "1"),
            ]
        };
        anon.post("/alpha/complaints", &fields("suggestion"))
            .assert_status(200)
            .assert_contains("C-20");
        anon.post("/alpha/complaints", &fields("complaint"))
            .assert_status(422);
        let mut citizen = citizen_client(&app);
        let mut f = fields("complaint");
        f.retain(|(k, _)| *k != "anonymous");
        let filed = citizen.post("/alpha/complaints", &f);
        filed.assert_status(200);
        let id = musharaka_tests::first_capture(&filed.body, r#"/alpha/complaints/(\d+)""#);
        let mut off = officer(&app);
        let act = format!("/alpha/admin/complaints/{id}/act");
        off.post(&act, &[("action", "ack")]).assert_status(303);
        off.post(
            &act,
            &[
                ("action", "route"),
                ("text", "Service de l'éclairage public"),
            ],
        )
        .assert_status(303);
        off.post(
            &act,
            &[
                ("action", "note"),
                ("text", "Note interne : équipe sur place"),
            ],
        )
        .assert_status(303);
        off.post(&act, &[("action", "answer"), ("text", "")])
            .assert_status(422);
        off.post(
            &act,
            &[("action", "answer"), ("text", "Lampadaires remplacés")],
        )
        .assert_status(303);
        assert!(app
            .last_mail_to("citizen@example.ma")
            .body
            .contains(&format!("/alpha/complaints/{id}")));
        let page = citizen.get_ok(&format!("/alpha/complaints/{id}"));
        page.assert_contains("Lampadaires remplacés");
        assert!(
            !page.body.contains("équipe sur place"),
            "internal notes stay internal"
        );
        citizen
            .post(
                &format!("/alpha/complaints/{id}/satisfaction"),
                &[("satisfaction", "satisfied"), ("note", "")],
            )
            .assert_status(303);
        // Received at a desk 20 days ago and never acknowledged: overdue.
        off.post(
            "/alpha/admin/complaints",
            &[
                ("kind", "complaint"),
                ("category", "hygiene"),
                ("subject", "Dépôt sauvage"),
                ("body", "Près du souk"),
                ("district", "Sidi Belkas"),
                ("name", "Lahcen"),
                ("desk", "Arrondissement 1"),
                ("received_on", &days_ago(20)),
            ],
        )
        .assert_status(303);
        off.get_ok("/alpha/admin/complaints")
            .assert_contains("badge error");
        let dash = app
            .client()
            .get("/api/v1/communes/alpha/complaints/dashboard")
            .json();
        assert_eq!(dash["total"], 3);
        assert_eq!(dash["answered"], 1);
        assert_eq!(dash["overdue"], 1);
        assert_eq!(dash["on_time_percent"], 100);
        let html = app.client().get_ok("/alpha/complaints");
        html.assert_contains("Al Qasba");
        assert!(
            !html.body.contains("Citizen Example") && !html.body.contains("Lahcen"),
            "no personal data"
        );
    });
}

#[test]
fn the_publication_register_and_the_officer_role() {
    on_every_backend(|app| {
        setup(&app);
        let mut off = officer(&app);
        let add = "/alpha/admin/information/publications";
        off.post(
            add,
            &[
                ("category", "budget"),
                ("title", "Budget 2026"),
                ("url", "javascript:alert(1)"),
                ("published_on", "2026-01-15"),
            ],
        )
        .assert_status(422);
        off.post(
            add,
            &[
                ("category", "budget"),
                ("title", "Budget 2026"),
                ("url", "https://alpha.ma/budget.pdf"),
                ("published_on", "2026-01-15"),
            ],
        )
        .assert_status(303);
        app.client()
            .get_ok("/alpha/information/publications")
            .assert_contains("https://alpha.ma/budget.pdf");
        // The officer is named publicly with a contact (art. 12).
        app.client()
            .get_ok("/alpha/information")
            .assert_contains("Officer Alpha")
            .assert_contains("officer@alpha.ma");
        // The role is offered where roles are granted.
        head(&app)
            .get_ok("/alpha/admin/roles")
            .assert_contains("information_officer");
    });
}
