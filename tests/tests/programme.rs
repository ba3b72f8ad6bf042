//! HTTP tests of the action programme: a plan adopted by the council's deliberation, a
//! commitment with an indicator measured over two six-monthly rounds validated by a
//! paritary steering committee, the monitoring matrix exported (CSV, JSON) and parsed
//! back, the SVG chart and the Atom feed parsed, a commitment citing a petition shown on
//! the petition's page, wrong roles and communes refused — on SQLite and (when
//! configured) PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_tests::programme::{
    add_commitment, commitment_steps, create_plan, last_id, on_commitment, on_plan, plan_path,
    signed_in, with_deliberation, PASSWORD,
};
use musharaka_tests::{first_capture, message_ar, on_every_backend};

fn csv_rows(body: &str) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_reader(body.as_bytes());
    let headers = r.headers().unwrap().clone();
    // Headers in the reader's language; each coded column is followed by its codes.
    assert_eq!(headers.len(), 17);
    assert_eq!(&headers[0], "Axe");
    assert_eq!((&headers[5], &headers[8]), ("status_code", "line_code"));
    r.records().map(|x| x.unwrap()).collect()
}

#[test]
fn a_plan_adopted_and_followed_over_two_rounds() {
    on_every_backend(|app| {
        let (_, _, deliberation) = with_deliberation(&app);
        let mut admin = signed_in(&app, "admin@alpha.ma");

        // A six-year action programme must span six years (art. 78): re-shown, 422.
        admin.get("/alpha/admin/programme");
        let res = admin.post(
            "/alpha/admin/programme",
            &[
                ("kind", "action_programme"),
                ("title_ar", "برنامج عمل"),
                ("starts_on", "2023-01-01"),
                ("ends_on", "2026-12-31"),
            ],
        );
        res.assert_status(422).assert_contains("برنامج عمل");
        res.assert_contains("aria-invalid=\"true\"");

        let plan = create_plan(&mut admin, "Plan alpha ouvert");
        // A draft is not public.
        app.client()
            .get(&format!("/alpha/programme/{plan}"))
            .assert_status(404);

        // Adoption: an unknown deliberation is refused, the council's is accepted.
        admin.get(&plan_path(&plan));
        on_plan(&mut admin, &plan, "adopt", &[("deliberation", "999999")]).assert_status(422);
        let d = deliberation.to_string();
        on_plan(&mut admin, &plan, "adopt", &[("deliberation", &d)]).assert_status(303);
        on_plan(&mut admin, &plan, "adopt", &[("deliberation", &d)]).assert_status(409);
        let public = app.client().get_ok(&format!("/alpha/programme/{plan}"));
        public.assert_contains(&format!("/alpha/council/deliberations/{d}"));

        on_plan(
            &mut admin,
            &plan,
            "series",
            &[
                ("series_title_ar", "الشفافية"),
                ("series_title_fr", "Transparence"),
            ],
        )
        .assert_status(303);
        // A commitment without its lead service is re-shown with what was typed.
        let res = on_plan(
            &mut admin,
            &plan,
            "commitments",
            &[("title_ar", "Budget citoyen"), ("lead_service", " ")],
        );
        res.assert_status(422).assert_contains("Budget citoyen");
        let c = add_commitment(&mut admin, &plan, "Publier le budget citoyen");

        // One action, one decreasing indicator (30 days down to 10); a baseline that is
        // not a number, or an impact indicator without unit nor period, is refused.
        let publication_delay = |baseline| {
            [
                ("ind_kind", "result"),
                ("ind_name", "Délai de publication"),
                ("ind_unit", "jours"),
                ("ind_period", "2025"),
                ("ind_baseline", baseline),
                ("ind_target", "10"),
            ]
        };
        commitment_steps(
            &mut admin,
            &plan,
            &c,
            &[
                (
                    "actions",
                    &[
                        ("action_title", "Mettre en ligne"),
                        ("action_start", ""),
                        ("action_due", "2025-06-30"),
                    ],
                    303,
                ),
                ("indicators", &publication_delay("x"), 422),
                (
                    "indicators",
                    &[
                        ("ind_kind", "impact"),
                        ("ind_name", "Impact"),
                        ("ind_baseline", "0"),
                        ("ind_target", "10"),
                    ],
                    422,
                ),
                ("indicators", &publication_delay("30"), 303),
            ],
        );
        let page = admin.get(&format!("{}/commitments/{c}", plan_path(&plan)));
        let indicator = first_capture(&page.body, r#"<option value="(\d+)""#);
        let status = |status, reason| [("status", status), ("status_reason", reason)];
        let value = |on, v, source| {
            [
                ("value_indicator", indicator.as_str()),
                ("value_on", on),
                ("value", v),
                ("value_source", source),
            ]
        };
        commitment_steps(
            &mut admin,
            &plan,
            &c,
            &[
                (
                    "values",
                    &value("2025-06-30", "20", "Service du budget"),
                    303,
                ),
                (
                    "values",
                    &value("2025-12-31", "10", "Service du budget"),
                    303,
                ),
                ("values", &value("2999-01-01", "5", "x"), 422),
                ("status", &status("in_progress", ""), 303),
                ("status", &status("not_started", ""), 422),
            ],
        );

        // Rounds close half-years; validation needs a paritary steering committee.
        on_plan(&mut admin, &plan, "rounds", &[("period_end", "2025-03-31")]).assert_status(422);
        for end in ["2025-06-30", "2025-12-31"] {
            on_plan(&mut admin, &plan, "rounds", &[("period_end", end)]).assert_status(303);
        }
        let body = admin.get(&plan_path(&plan)).body;
        let first = first_capture(&body, r"/rounds/(\d+)/validate");
        let second = last_id(&body, "rounds");
        on_plan(
            &mut admin,
            &plan,
            &format!("rounds/{first}/validate"),
            &[("note", "ok")],
        )
        .assert_status(422);
        for (side, name) in [("commune", "Élue"), ("civil_society", "Association")] {
            on_plan(
                &mut admin,
                &plan,
                "steering",
                &[
                    ("member_side", side),
                    ("member_name", name),
                    ("member_org", ""),
                ],
            )
            .assert_status(303);
        }
        on_plan(
            &mut admin,
            &plan,
            &format!("rounds/{first}/validate"),
            &[("note", "Matrice validée")],
        )
        .assert_status(303);

        // The matrix of each round, as CSV and JSON, parsed back.
        let mut client = app.client();
        let m = format!("/alpha/programme/{plan}/matrix");
        let rows = csv_rows(
            &client
                .get_ok(&format!("{m}.csv?round={first}&lang=fr"))
                .body,
        );
        let ind: Vec<_> = rows
            .iter()
            .filter(|r| &r[8] == "indicator_result")
            .collect();
        assert_eq!(&ind[0][7], "Indicateur de résultat");
        assert_eq!((&ind[0][13], &ind[0][14], &ind[0][15]), ("30", "10", "20"));
        let rows = csv_rows(&client.get(&format!("{m}.csv?round={second}&lang=fr")).body);
        let ind: Vec<_> = rows
            .iter()
            .filter(|r| &r[8] == "indicator_result")
            .collect();
        assert_eq!(&ind[0][15], "10");
        let json: serde_json::Value =
            serde_json::from_str(&client.get(&format!("{m}.json?round={first}")).body).unwrap();
        assert_eq!(json["round"]["label"], "2025-S1");
        assert_eq!(json["round"]["validated"], true);
        let ci = &json["commitments"][0];
        assert_eq!(ci["indicators"][0]["values"].as_array().unwrap().len(), 1);
        // Indicator half-way (50 %), action not done (0 %): 25 %.
        assert_eq!(ci["indicators"][0]["progress"], 50);
        assert_eq!(ci["progress"], 25);
        let json: serde_json::Value =
            serde_json::from_str(&client.get(&format!("{m}.json?round={second}")).body).unwrap();
        assert_eq!(json["commitments"][0]["indicators"][0]["progress"], 100);
        client
            .get_ok(&format!("{m}?round={first}"))
            .assert_contains("2025-S1");
        client.get(&format!("{m}.csv?round=abc")).assert_status(422);

        // The public commitment page: the SVG chart, parsed, fits 360 px with 12 px text,
        // right to left in Arabic.
        let page = client.get_ok(&format!("/alpha/programme/{plan}/commitments/{c}"));
        let start = page.body.find("<svg").unwrap();
        let end = page.body[start..].find("</svg>").unwrap() + start + 6;
        let svg = &page.body[start..end];
        let doc = roxmltree::Document::parse(svg).unwrap();
        let root = doc.root_element();
        assert_eq!(root.attribute("direction"), Some("rtl"));
        assert!(root.attribute("width").unwrap().parse::<i64>().unwrap() <= 286);
        let root_font: f64 = root.attribute("font-size").unwrap().parse().unwrap();
        let texts: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .collect();
        assert!(texts.len() >= 5, "scale, dates and legend drawn");
        let mut ys = Vec::new();
        for t in &texts {
            let size = t
                .attribute("font-size")
                .map_or(root_font, |s| s.parse().unwrap());
            assert!(size >= 11.0);
            assert!(!t.text().unwrap_or_default().trim().is_empty());
            ys.push((
                t.attribute("y").unwrap().parse::<i64>().unwrap(),
                t.attribute("x").unwrap().parse::<i64>().unwrap(),
            ));
        }
        // Labels on the same baseline are far apart; baselines differ by at least 12 px.
        for (i, a) in ys.iter().enumerate() {
            for b in &ys[i + 1..] {
                assert!(
                    (a.0 - b.0).abs() >= 12 || (a.1 - b.1).abs() >= 120,
                    "{a:?} {b:?}"
                );
            }
        }

        // The Atom feed and the API.
        let feed = client.get("/alpha/programme.atom");
        feed.assert_content_type("application/atom+xml");
        let doc = roxmltree::Document::parse(&feed.body).unwrap();
        assert!(
            doc.descendants()
                .filter(|n| n.has_tag_name("entry"))
                .count()
                >= 4
        );
        let api: serde_json::Value =
            serde_json::from_str(&client.get("/api/v1/communes/alpha/programme").body).unwrap();
        assert_eq!(api["plans"][0]["id"].to_string(), plan);
        client
            .get_ok("/alpha/programme")
            .assert_contains("Plan alpha ouvert");

        // Dropping needs a reason.
        commitment_steps(
            &mut admin,
            &plan,
            &c,
            &[
                ("status", &status("dropped", ""), 422),
                ("status", &status("dropped", "Fusionné"), 303),
            ],
        );

        // Wrong roles and communes.
        let mut citizen = app.registered("Citizen", "citizen@x.ma", PASSWORD);
        citizen.get("/alpha/admin/programme").assert_status(403);
        citizen
            .post(
                &format!("{}/series", plan_path(&plan)),
                &[("series_title_ar", "x")],
            )
            .assert_status(403);
        let mut sec = signed_in(&app, "secretariat@alpha.ma");
        sec.get_ok(&plan_path(&plan));
        sec.post(
            &format!("{}/series", plan_path(&plan)),
            &[("series_title_ar", "x")],
        )
        .assert_status(403);
        let mut beta = signed_in(&app, "admin@beta.ma");
        beta.get(&plan_path(&plan)).assert_status(403);
        beta.post(
            &format!("/beta/admin/programme/{plan}/series"),
            &[("series_title_ar", "x")],
        )
        .assert_status(404);
        app.client()
            .get(&format!("/beta/programme/{plan}"))
            .assert_status(404);
        app.client()
            .get(&format!("/beta/programme/{plan}/commitments/{c}"))
            .assert_status(404);
        app.client()
            .get("/alpha/admin/programme")
            .assert_status(401);
    });
}

#[test]
fn a_commitment_from_a_petition_shows_on_the_petition_page() {
    on_every_backend(|app| {
        let (_, petition, deliberation) = with_deliberation(&app);
        let mut admin = signed_in(&app, "admin@alpha.ma");
        let plan = create_plan(&mut admin, "Programme alpha");
        admin.get(&plan_path(&plan));
        on_plan(
            &mut admin,
            &plan,
            "adopt",
            &[("deliberation", &deliberation.to_string())],
        )
        .assert_status(303);
        let c = add_commitment(&mut admin, &plan, "Aménager le jardin public");
        admin.get(&format!("{}/commitments/{c}", plan_path(&plan)));
        // An unknown petition or one of another commune is refused; the real one is cited,
        // once. An opinion or a comment is checked through its crate: unknown ones are
        // refused.
        let link = |kind, reference| [("link_kind", kind), ("link_reference", reference)];
        let d = deliberation.to_string();
        commitment_steps(
            &mut admin,
            &plan,
            &c,
            &[
                ("links", &link("petition", "999999"), 422),
                ("links", &link("pb_project", "1"), 422),
                ("links", &link("petition", &petition), 303),
                ("links", &link("petition", &petition), 422),
                ("links", &link("advisory_opinion", "ieecag-2026-1"), 422),
                ("links", &link("advisory_opinion", "1/999999"), 422),
                ("links", &link("consultation_comment", "1/999999"), 422),
                ("links", &link("deliberation", &d), 303),
                (
                    "actions",
                    &[("action_title", "Études"), ("action_due", "2026-06-30")],
                    303,
                ),
                (
                    "actions",
                    &[("action_title", "Travaux"), ("action_due", "2027-06-30")],
                    303,
                ),
            ],
        );
        let action = first_capture(
            &admin
                .get(&format!("{}/commitments/{c}", plan_path(&plan)))
                .body,
            r"/actions/(\d+)/done",
        );
        on_commitment(
            &mut admin,
            &plan,
            &c,
            &format!("actions/{action}/done"),
            &[("done_on", "2026-06-12")],
        )
        .assert_status(303);

        // The petition's page: "became commitment 1, now at 50 %", linked.
        let mut visitor = app.client();
        let page = visitor.get_ok(&format!("/alpha/petitions/{petition}"));
        page.assert_contains(&message_ar("prog-became", &[]))
            .assert_contains(&format!("/alpha/programme/{plan}/commitments/{c}"))
            .assert_contains("50 ٪");
        // The commitment's page shows where it came from.
        visitor
            .get(&format!("/alpha/programme/{plan}/commitments/{c}"))
            .assert_contains(&format!("/alpha/petitions/{petition}"));
        let became =
            musharaka_programme::service::became(&mut app.conn(), 1, "petition", &petition)
                .unwrap();
        assert_eq!(became.len(), 1);
        assert_eq!(became[0].progress, 50);
    });
}

/// The demo's commitment that came from the equality body's opinion shows on the opinion's
/// page; a consultation comment cited by a commitment shows it on the comment's page; the
/// commitment's page links both back.
#[test]
fn opinions_and_comments_cited_by_a_commitment_show_it() {
    musharaka_tests::on_every_demo(|app| {
        let became = "ما آل إليه في برنامج عمل الجماعة";
        let mut conn = app.conn();
        let cid = musharaka_communes::store::by_slug(&mut conn, "taroudant")
            .unwrap()
            .expect("Taroudant")
            .id;
        let opinion = musharaka_bodies::store::opinions(&mut conn, cid, None)
            .unwrap()
            .into_iter()
            .find(|o| {
                use musharaka_bodies::model::OpinionStatus;
                matches!(
                    o.status,
                    OpinionStatus::Transmitted | OpinionStatus::Answered
                )
            })
            .expect("the demo's transmitted opinion");
        let plan = musharaka_programme::store::plans(&mut conn, cid)
            .unwrap()
            .into_iter()
            .next()
            .expect("Taroudant's action programme");
        let commitment = musharaka_programme::store::commitments(&mut conn, cid, plan.id)
            .unwrap()
            .into_iter()
            .next()
            .expect("a commitment");
        drop(conn);
        let opinion_page = format!(
            "/taroudant/bodies/{}/opinions/{}",
            opinion.body_id, opinion.id
        );
        app.client()
            .get_ok(&opinion_page)
            .assert_contains(became)
            .assert_contains("دار المرأة");

        // A comment of the charter consultation, cited from the back office.
        let list = app.client().get("/taroudant/consultations").body;
        let consultation = first_capture(&list, r"/taroudant/consultations/(\d+)");
        let page = app
            .client()
            .get(&format!("/taroudant/consultations/{consultation}"))
            .body;
        let comment = first_capture(&page, r"/comments/(\d+)");
        let comment_page = format!("/taroudant/consultations/{consultation}/comments/{comment}");
        assert!(!app.client().get(&comment_page).body.contains(became));
        let mut admin = app.signed_in("admin.taroudant@demo.musharaka.ma", "musharaka-demo");
        let back = format!(
            "/taroudant/admin/programme/{}/commitments/{}",
            plan.id, commitment.id
        );
        admin.get_ok(&back);
        admin
            .post(
                &format!("{back}/links"),
                &[
                    ("link_kind", "consultation_comment"),
                    ("link_reference", &format!("{consultation}/{comment}")),
                ],
            )
            .assert_status(303);
        app.client().get_ok(&comment_page).assert_contains(became);
        let public = format!(
            "/taroudant/programme/{}/commitments/{}",
            plan.id, commitment.id
        );
        app.client().get_ok(&public).assert_contains(&comment_page);
    });
}
