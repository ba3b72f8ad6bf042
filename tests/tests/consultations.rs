//! Public consultations end to end (arts. 78, 119): a consultation drafted, published,
//! commented per section, supported, answered online and on paper, a workshop recorded,
//! closed on its date (a late comment refused), answered section by section, revised,
//! synthesised (participants mailed) and adopted by the council; moderation audited;
//! wrong roles and communes refused; no respondent's declared facts or answers anywhere
//! public except as aggregates.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_tests::consultations::{answer, draft, ids, move_dates, prepare, published, today};
use musharaka_tests::petitions::{council_adopts_next_item, run_events, setup, PASSWORD};
use musharaka_tests::{communes, on_every_backend, TestApp};

/// Every public view of consultation `id` must be free of these strings.
fn assert_not_public(app: &TestApp, slug: &str, id: &str, secrets: &[&str]) {
    let mut anon = app.client();
    for path in [
        format!("/{slug}/consultations"),
        format!("/{slug}/consultations/{id}"),
        format!("/{slug}/consultations/{id}/results"),
        format!("/{slug}/consultations/{id}/results.csv"),
        format!("/{slug}/consultations/{id}/results.json"),
        format!("/{slug}/consultations.atom"),
        format!("/api/v1/communes/{slug}/consultations"),
        format!("/api/v1/communes/{slug}/consultations/{id}"),
        "/consultations/figures".to_string(),
    ] {
        let r = anon.get_ok(&path);
        for s in secrets {
            assert!(!r.body.contains(s), "{s} leaked on {path}");
        }
    }
}

#[test]
fn a_consultation_from_draft_to_the_councils_adoption() {
    on_every_backend(|app| {
        let (_, members) = setup(&app, "alpha");
        setup(&app, "beta");
        let mut admin = communes::signed_in(&app, "admin@alpha.ma");
        let id = draft(&mut admin, "alpha", "Charte de la participation citoyenne");
        let public = format!("/alpha/consultations/{id}");
        let owner = format!("/alpha/admin/consultations/{id}");
        // A draft is the owner's alone.
        app.client().get(&public).assert_status(404);
        admin
            .post(&format!("{owner}/publish"), &[])
            .assert_status(422);
        prepare(&mut admin, "alpha", &id);
        admin
            .post(&format!("{owner}/publish"), &[])
            .assert_status(303);
        app.client()
            .get_ok(&public)
            .assert_contains("ميثاق المشاركة المواطنة");

        // Comments per section, a reply and supports (derived, never doubled).
        let mut ali = app.registered("Alioune", "ali@example.ma", PASSWORD);
        let mut sara = app.registered("Sara", "sara@example.ma", PASSWORD);
        let (q, sections) = ids(&mut ali, "alpha", &id);
        assert_eq!((q.len(), sections.len()), (3, 2));
        let comment_on = |c: &mut musharaka_tests::Client, s: &str, body: &str| {
            c.post(
                &format!("{public}/sections/{s}/comments"),
                &[("body", body)],
            )
        };
        comment_on(&mut ali, &sections[0], "Ajouter les jeunes au principe 1").assert_status(303);
        let bad = comment_on(&mut sara, &sections[1], "Achetez mes tapis !");
        bad.assert_status(303);
        comment_on(&mut sara, &sections[0], "   ").assert_status(422);
        sara.post(
            &format!("{public}/sections/{}/comments", sections[0]),
            &[("body", "Au nom de rien"), ("as_association", "on")],
        )
        .assert_status(422);
        let json = app
            .client()
            .get(&format!("/api/v1/communes/alpha/consultations/{id}"))
            .json();
        let first = json["comments"][0]["id"].as_i64().unwrap();
        let spam = json["comments"][1]["id"].as_i64().unwrap();
        let comment_page = format!("{public}/comments/{first}");
        for _ in 0..2 {
            sara.post(&format!("{comment_page}/support"), &[])
                .assert_status(303);
        }
        ali.post(&format!("{comment_page}/support"), &[])
            .assert_status(422);
        sara.post(&format!("{comment_page}/replies"), &[("body", "D'accord")])
            .assert_status(303);
        let json = app
            .client()
            .get(&format!("/api/v1/communes/alpha/consultations/{id}"))
            .json();
        assert_eq!(json["comments"][0]["supports"], 1);
        assert_eq!(json["comments"][2]["parent_id"], first);

        // Moderation hides with a reason and an audit record; nothing is deleted.
        admin
            .post(
                &format!("{owner}/comments/{spam}/hide"),
                &[("reason", "advertising"), ("note", "promotion")],
            )
            .assert_status(303);
        assert_eq!(
            app.count("audit_log WHERE action = 'consultation.comment_hide'"),
            1
        );
        assert_eq!(app.count("consultation_comments"), 3);
        let page = app.client().get(&public).body;
        assert!(!page.contains("Achetez mes tapis"));

        // The questionnaire: a ranking that is no permutation is refused and re-shown.
        let quest = format!("{public}/questionnaire");
        let wrong = answer(&q, "0", ["1", "1", "2"], "Mon idée 7731", &[]);
        let r = ali.post_fields(&quest, &wrong);
        r.assert_status(422).assert_contains("Mon idée 7731");
        let secret_text = "Ma proposition secrète 4242";
        let mine = answer(
            &q,
            "0",
            ["2", "1", "3"],
            secret_text,
            &[
                ("gender", "female"),
                ("district", "Qasba"),
                ("age_band", "65_plus"),
            ],
        );
        ali.post_fields(&quest, &mine).assert_status(303);
        ali.post_fields(&quest, &mine).assert_status(422);
        assert_eq!(app.count("consultation_responses"), 1);
        // Two paper questionnaires, counted apart.
        let paper = answer(&q, "1", ["1", "2", "3"], "", &[("gender", "male")]);
        for _ in 0..2 {
            admin
                .post_fields(&format!("{owner}/paper"), &paper)
                .assert_status(303);
        }
        let results = app.client().get(&format!("{public}/results.json")).json();
        assert_eq!(results["responses"]["online"], 1);
        assert_eq!(results["responses"]["paper"], 2);
        // Ranking scores (Borda): first of three gets 3 points, last 1.
        assert_eq!(
            results["questions"][1]["per_option"],
            serde_json::json!([8, 7, 3])
        );

        // A workshop, counted (not named), in the timeline.
        let held = today().to_string();
        admin
            .post(
                &format!("{owner}/workshops"),
                &[
                    ("held_on", held.as_str()),
                    ("place", "Salle du conseil"),
                    ("focus", "theme"),
                    ("topic", "Atelier avec les associations"),
                    ("facilitators", "Point focal"),
                    ("invitations", "40"),
                    ("women_association", "12"),
                    ("men_association", "10"),
                    ("women_elected", "2"),
                    ("outputs", "Propositions sur la charte"),
                ],
            )
            .assert_status(303);
        app.client()
            .get(&public)
            .assert_contains("Atelier avec les associations");
        let json = app
            .client()
            .get(&format!("/api/v1/communes/alpha/consultations/{id}"))
            .json();
        let workshop = json["workshops"][0]["workshop"]["id"].as_i64().unwrap();
        let photos = format!("{owner}/workshops/{workshop}/photos");
        let png: &[u8] = b"\x89PNG\r\n\x1a\n0000000000000000";
        admin
            .post_multipart(&photos, &[], &[("photo", "tableau.png", png)])
            .assert_status(303);
        admin
            .post_multipart(&photos, &[], &[("photo", "x.png", b"not an image")])
            .assert_status(422);
        app.client().get(&public).assert_contains("/uploads/");

        // Time passes: closed on its date, a late comment is refused.
        move_dates(&app, &id, 20, -1);
        comment_on(&mut sara, &sections[0], "Trop tard").assert_status(422);
        sara.post_fields(&quest, &mine).assert_status(422);

        // The answer: per section, the comment's outcome, the revision, the synthesis.
        admin
            .post(
                &format!("{owner}/comments/{first}/outcome"),
                &[
                    ("outcome", "taken"),
                    ("outcome_note", "Ajouté à l'article 1"),
                ],
            )
            .assert_status(303);
        admin
            .post(
                &format!("{owner}/synthesis"),
                &[("synthesis_ar", "خلاصة"), ("synthesis_fr", "Synthèse")],
            )
            .assert_status(422);
        for s in &sections {
            admin
                .post(
                    &format!("{owner}/sections/{s}/answer"),
                    &[
                        ("taken", "Les jeunes sont ajoutés"),
                        ("not_taken", "Rien d'autre"),
                    ],
                )
                .assert_status(303);
        }
        admin
            .post(
                &format!("{owner}/revision"),
                &[
                    ("heading_0", "Principes"),
                    (
                        "body_0",
                        "La participation est ouverte à tous, jeunes compris.",
                    ),
                    ("heading_1", "Instances"),
                    ("body_1", "Le conseil crée l'espace consultatif."),
                ],
            )
            .assert_status(303);
        admin
            .post(
                &format!("{owner}/synthesis"),
                &[
                    ("synthesis_ar", "خلاصة"),
                    ("synthesis_fr", "Synthèse des contributions"),
                ],
            )
            .assert_status(303);
        let mails = app.mail();
        assert!(
            mails.iter().any(|m| m.to == "ali@example.ma"),
            "participants are mailed"
        );
        assert!(mails.iter().any(|m| m.to == "sara@example.ma"));
        app.client()
            .get(&comment_page)
            .assert_contains("Ajouté à l'article 1");
        app.client().get(&public).assert_contains("jeunes compris");

        // The revised draft goes to the council, whose deliberation comes back.
        admin
            .post(&format!("{owner}/council"), &[])
            .assert_status(303);
        council_adopts_next_item(&app, "alpha", &members, "يصادق المجلس على الميثاق");
        assert!(run_events(&app) >= 1);
        let json = app
            .client()
            .get(&format!("/api/v1/communes/alpha/consultations/{id}"))
            .json();
        assert_eq!(json["status"], "adopted");
        assert!(json["deliberation_number"].as_str().is_some());

        // Open data parses back, and holds aggregates only.
        let csv_body = app.client().get(&format!("{public}/results.csv")).body;
        let mut rd = csv::Reader::from_reader(csv_body.as_bytes());
        assert!(rd.records().all(|r| r.is_ok()));
        let atom = app.client().get("/alpha/consultations.atom").body;
        let doc = roxmltree::Document::parse(&atom).unwrap();
        assert_eq!(
            doc.descendants()
                .filter(|n| n.has_tag_name("entry"))
                .count(),
            1
        );
        assert_not_public(
            &app,
            "alpha",
            &id,
            &[
                secret_text,
                "Qasba",
                "65 سنة فما فوق",
                "ali@example.ma",
                "Alioune",
            ],
        );
    });
}

#[test]
fn wrong_roles_and_communes_are_refused() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        setup(&app, "beta");
        let mut admin = communes::signed_in(&app, "admin@alpha.ma");
        let id = published(&mut admin, "alpha", "Programme d'action");
        let owner = format!("/alpha/admin/consultations/{id}");
        let mut bureau = communes::signed_in(&app, "bureau@alpha.ma");
        bureau.get(&owner).assert_status(403);
        bureau
            .post("/alpha/admin/consultations", &[("title_fr", "x")])
            .assert_status(403);
        let mut other = communes::signed_in(&app, "admin@beta.ma");
        other.get(&owner).assert_status(403);
        other
            .get(&format!("/beta/admin/consultations/{id}"))
            .assert_status(404);
        other
            .get(&format!("/beta/consultations/{id}"))
            .assert_status(404);
        let mut citizen = app.registered("Nadia", "nadia@example.ma", PASSWORD);
        citizen
            .post(&format!("{owner}/publish"), &[])
            .assert_status(403);
        app.client().get(&owner).assert_status(401);
        // Bad dates are refused with the form re-shown.
        admin
            .post(
                "/alpha/admin/consultations",
                &[
                    ("subject", "charter"),
                    ("title_ar", "م"),
                    ("title_fr", "T"),
                    ("text_ar", "ن"),
                    ("text_fr", "T"),
                    ("owner_service", "S"),
                    ("opens_on", "2026-12-10"),
                    ("closes_on", "2026-12-01"),
                    ("channels", "comments"),
                ],
            )
            .assert_status(422);
    });
}

#[test]
fn the_questionnaire_works_without_javascript_in_arabic_and_french() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        let mut admin = communes::signed_in(&app, "admin@alpha.ma");
        let id = published(&mut admin, "alpha", "Priorités");
        let mut c = app.registered("Omar", "omar@example.ma", PASSWORD);
        let path = format!("/alpha/consultations/{id}/questionnaire");
        let ar = c.get_ok(&path);
        ar.assert_contains("dir=\"rtl\"").assert_contains("<select");
        assert!(!ar.body.contains("<script"));
        c.get("/lang/fr?next=%2F");
        let fr = c.get_ok(&path);
        fr.assert_contains("Classez vos priorités")
            .assert_contains("Transparence");
        let (q, _) = ids(&mut c, "alpha", &id);
        let r = c.post_fields(&path, &answer(&q, "0", ["1", "", "2"], "", &[]));
        r.assert_status(422)
            .assert_contains("Donnez un rang à chaque option");
        c.post_fields(&path, &answer(&q, "0", ["3", "1", "2"], "", &[]))
            .assert_status(303);
    });
}

#[test]
fn the_demo_holds_taroudants_charter_and_tetouans_action_programme() {
    musharaka_tests::on_every_demo(|app| {
        let mut c = app.client();
        let list = c.get("/api/v1/communes/taroudant/consultations").json();
        let charter = &list["items"][0];
        assert_eq!(charter["status"], "adopted");
        assert_eq!(charter["opens_on"], "2023-11-10");
        let id = charter["id"].as_i64().unwrap();
        let one = c
            .get(&format!("/api/v1/communes/taroudant/consultations/{id}"))
            .json();
        assert_eq!(one["workshops"].as_array().unwrap().len(), 2);
        assert!(one["deliberation_number"].as_str().is_some());
        let tet = c.get("/api/v1/communes/tetouan/consultations").json();
        let t = &tet["items"][0];
        assert_eq!(t["phase"], "open");
        let tid = t["id"].as_i64().unwrap();
        let r = c
            .get(&format!("/tetouan/consultations/{tid}/results.json"))
            .json();
        assert_eq!(r["responses"]["online"], 6);
        assert_eq!(r["responses"]["paper"], 50);
        // The OGP report's counts: 258 + 35 + 6 + 5 + 1 in the 15 workshops, 56 answers.
        let channels = r["participation"]["by_channel"].as_array().unwrap();
        assert!(channels
            .iter()
            .any(|c| c["key"] == "workshops" && c["count"] == 305));
        c.get_ok(&format!("/tetouan/consultations/{tid}/questionnaire"))
            .assert_contains("<select");
        c.get_ok("/taroudant");
    });
}

#[test]
fn a_refused_owner_form_comes_back_with_what_was_typed() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        let mut admin = communes::signed_in(&app, "admin@alpha.ma");
        let id = draft(&mut admin, "alpha", "Charte 4471");
        let owner = format!("/alpha/admin/consultations/{id}");
        // A section without its heading: the body typed stays in the form.
        admin
            .post(
                &format!("{owner}/sections"),
                &[("heading", ""), ("body", "Corps du principe 9813")],
            )
            .assert_status(422)
            .assert_contains("Corps du principe 9813");
        // A question of an unknown kind keeps its prompts.
        admin
            .post(
                &format!("{owner}/questions"),
                &[
                    ("kind", "nonsense"),
                    ("prompt_ar", "سؤال 5521"),
                    ("prompt_fr", "Question 5521"),
                ],
            )
            .assert_status(422)
            .assert_contains("Question 5521");
        // A draft with an impossible date keeps the new title, not the stored one.
        admin
            .post(
                &owner,
                &[
                    ("subject", "charter"),
                    ("title_ar", "ميثاق 7302"),
                    ("title_fr", "Charte 7302"),
                    ("owner_service", "Service"),
                    ("opens_on", "2026-02-31"),
                    ("closes_on", "2026-03-31"),
                    ("channels", "comments"),
                ],
            )
            .assert_status(422)
            .assert_contains("Charte 7302");
    });
}
