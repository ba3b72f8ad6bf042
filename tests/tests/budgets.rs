//! HTTP tests of the participatory budget: a cycle from proposals to results, the rulebook
//! on ballots, one ballot per voter under concurrency, paper ballots, roles — on SQLite and
//! (when configured) PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_communes::service::{create_commune, CommuneFacts};
use musharaka_identity::service::{create_admin, Grant};
use musharaka_identity::Role;
use musharaka_tests::{backends, Client, TestApp};

const PASSWORD: &str = "a-long-enough-password";

fn facts(slug: &str) -> CommuneFacts {
    CommuneFacts {
        slug: slug.into(),
        name_ar: format!("جماعة {slug}"),
        name_fr: format!("Commune de {slug}"),
        name_tzm: None,
        region_ar: "جهة سوس ماسة".into(),
        region_fr: "Souss-Massa".into(),
        province_ar: "إقليم".into(),
        province_fr: "Province".into(),
        population: 50_000,
        census_year: 2014,
        has_arrondissements: false,
        email: String::new(),
        phone: String::new(),
        address_ar: String::new(),
        address_fr: String::new(),
    }
}

fn setup(app: &TestApp) {
    let mut conn = app.conn();
    let a = create_commune(&mut conn, None, &facts("alpha")).unwrap().id;
    let b = create_commune(&mut conn, None, &facts("beta")).unwrap().id;
    for (email, grant) in [
        ("admin@alpha.ma", Grant::Role(a, Role::Admin)),
        ("reviewer@alpha.ma", Grant::Role(a, Role::Reviewer)),
        ("admin@beta.ma", Grant::Role(b, Role::Admin)),
    ] {
        create_admin(&mut conn, email, email, PASSWORD, grant).unwrap();
    }
}

fn count(app: &TestApp, sql: &str) -> i64 {
    use diesel::prelude::*;
    #[derive(QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {sql}"))
        .get_result::<N>(&mut app.conn())
        .unwrap()
        .n
}

fn logged(app: &TestApp, email: &str) -> Client {
    let mut c = app.client();
    c.login(email, PASSWORD).assert_status(303);
    c
}

fn phase(admin: &mut Client, cycle: &str, phase: &str) {
    admin.get(&format!("/alpha/admin/budgets/{cycle}"));
    admin
        .post(
            &format!("/alpha/admin/budgets/{cycle}/phase"),
            &[("phase", phase)],
        )
        .assert_status(303);
}

fn ids_in(body: &str, prefix: &str) -> Vec<String> {
    let re =
        regex_lite::Regex::new(&format!(r#"href="{}(\d+)""#, regex_lite::escape(prefix))).unwrap();
    let mut v: Vec<String> = re.captures_iter(body).map(|c| c[1].to_string()).collect();
    v.dedup();
    v
}

#[test]
fn a_cycle_from_proposals_to_results() {
    for backend in backends() {
        let app = TestApp::start(backend);
        setup(&app);
        let mut admin = logged(&app, "admin@alpha.ma");
        admin.get("/alpha/admin/budgets").assert_status(200);
        // A bad rulebook is re-shown with its errors.
        admin
            .post(
                "/alpha/admin/budgets",
                &[("year", "20x5"), ("title_ar", "")],
            )
            .assert_status(422);
        let created = admin.post(
            "/alpha/admin/budgets",
            &[
                ("year", "2026"),
                ("title_ar", "الميزانية التشاركية 2026"),
                ("title_fr", "Budget participatif 2026"),
                ("total", "1 000 000"),
                ("information_at", "2026-01-01"),
                ("proposals_at", "2026-02-01"),
                ("review_at", "2026-03-01"),
                ("voting_at", "2026-04-01"),
                ("results_at", "2026-05-01"),
                ("implementation_at", "2026-06-01"),
                ("who_proposes", "both"),
                ("voter_min_age", "16"),
                ("ballot_type", "approval"),
                ("min_projects", "2"),
                ("max_projects", "3"),
                ("districts_per_voter", "1"),
                ("rule", "mes-add1-greedy"),
                ("tie_break", "ids"),
                (
                    "districts",
                    "المركز | Centre | 600000\nالقصبة | Kasbah | 400000",
                ),
                ("categories", "طرق | Voirie"),
            ],
        );
        created.assert_status(303);
        let cycle = created
            .location()
            .split('/')
            .nth(4)
            .unwrap()
            .split('?')
            .next()
            .unwrap()
            .to_string();
        phase(&mut admin, &cycle, "proposals");

        // Roles: a citizen and another commune's admin are refused.
        let mut citizen = app.client();
        citizen.register_and_login(&app, "Citizen", "citizen@x.ma", PASSWORD);
        citizen.get("/alpha/admin/budgets").assert_status(403);
        citizen
            .post(
                &format!("/alpha/admin/budgets/{cycle}/phase"),
                &[("phase", "voting")],
            )
            .assert_status(403);
        let mut beta = logged(&app, "admin@beta.ma");
        beta.get(&format!("/alpha/admin/budgets/{cycle}"))
            .assert_status(403);
        beta.post(
            &format!("/alpha/admin/budgets/{cycle}/phase"),
            &[("phase", "voting")],
        )
        .assert_status(403);
        // Another commune's URL does not reach this cycle.
        app.client()
            .get(&format!("/beta/budgets/{cycle}"))
            .assert_status(404);

        // Proposals: find the district ids on the form.
        let form = citizen.get(&format!("/alpha/budgets/{cycle}/proposals/new"));
        form.assert_status(200);
        let re = regex_lite::Regex::new(r#"<option value="(\d+)"[^>]*>(المركز|القصبة)"#).unwrap();
        let districts: Vec<(String, String)> = re
            .captures_iter(&form.body)
            .map(|c| (c[2].to_string(), c[1].to_string()))
            .collect();
        let centre = districts
            .iter()
            .find(|d| d.0 == "المركز")
            .unwrap()
            .1
            .clone();
        let png = b"\x89PNG\r\n\x1a\n0000";
        let mut proposals = Vec::new();
        for (title, cost) in [
            ("Parc", "300000"),
            ("Eclairage", "200000"),
            ("Bibliotheque", "250000"),
            ("Fontaine", "100000"),
        ] {
            let r = citizen.post_multipart(
                &format!("/alpha/budgets/{cycle}/proposals"),
                &[
                    ("title", title),
                    ("description", "Un projet pour le quartier"),
                    ("district_id", &centre),
                    ("category_id", ""),
                    ("location", "Place centrale"),
                    ("estimated", cost),
                ],
                &[("photo", "p.png", png)],
            );
            r.assert_status(303);
            proposals.push(r.location().rsplit('/').next().unwrap().to_string());
        }
        // A missing cost is re-shown with a 422.
        citizen
            .post_multipart(
                &format!("/alpha/budgets/{cycle}/proposals"),
                &[
                    ("title", "X"),
                    ("description", "Y"),
                    ("district_id", &centre),
                    ("estimated", ""),
                ],
                &[],
            )
            .assert_status(422);
        let list = app.client().get(&format!(
            "/alpha/budgets/{cycle}/proposals?district={centre}"
        ));
        list.assert_status(200).assert_contains("Bibliotheque");

        // Review: the reviewer decides, the proposer is told.
        phase(&mut admin, &cycle, "review");
        citizen
            .post(
                &format!(
                    "/alpha/admin/budgets/{cycle}/proposals/{}/review",
                    proposals[0]
                ),
                &[("decision", "feasible")],
            )
            .assert_status(403);
        let mut reviewer = logged(&app, "reviewer@alpha.ma");
        reviewer.get(&format!(
            "/alpha/budgets/{cycle}/proposals/{}",
            proposals[0]
        ));
        for (i, p) in proposals.iter().enumerate().take(3) {
            let official = if i == 0 { "320000" } else { "" };
            reviewer
                .post(
                    &format!("/alpha/admin/budgets/{cycle}/proposals/{p}/review"),
                    &[
                        ("decision", "feasible"),
                        ("reason", ""),
                        ("official_cost", official),
                    ],
                )
                .assert_status(303);
        }
        // Unfeasible needs reasons.
        reviewer
            .post(
                &format!(
                    "/alpha/admin/budgets/{cycle}/proposals/{}/review",
                    proposals[3]
                ),
                &[("decision", "unfeasible"), ("reason", "")],
            )
            .assert_status(422);
        reviewer
            .post(
                &format!(
                    "/alpha/admin/budgets/{cycle}/proposals/{}/review",
                    proposals[3]
                ),
                &[
                    ("decision", "merge"),
                    ("reason", "Doublon"),
                    ("merge_into", &proposals[0]),
                ],
            )
            .assert_status(303);
        let mail = app.last_mail_to("citizen@x.ma");
        assert!(mail.body.contains("Fontaine"), "{}", mail.body);

        // Voting.
        phase(&mut admin, &cycle, "voting");
        let vote_path = format!("/alpha/budgets/{cycle}/vote");
        citizen.get(&vote_path).assert_status(200);
        // Breaking the rulebook: one project where two are required.
        citizen
            .post(&vote_path, &[("p", &proposals[0]), ("birth_year", "1990")])
            .assert_status(422)
            .assert_contains("اخترت 1 من أصل 2");
        // Too young.
        citizen
            .post(
                &vote_path,
                &[
                    ("p", &proposals[0]),
                    ("p", &proposals[1]),
                    ("birth_year", "2020"),
                ],
            )
            .assert_status(422)
            .assert_contains("16");
        // A concurrent double submit leaves one ballot.
        let mut a = logged(&app, "citizen@x.ma");
        let mut b = logged(&app, "citizen@x.ma");
        a.get(&vote_path);
        b.get(&vote_path);
        let (p0, p1, p2) = (
            proposals[0].clone(),
            proposals[1].clone(),
            proposals[2].clone(),
        );
        let (va, vb) = (vote_path.clone(), vote_path.clone());
        let (q0, q2) = (p0.clone(), p2.clone());
        let ta = std::thread::spawn(move || {
            a.post(&va, &[("p", &p0), ("p", &p1), ("birth_year", "1990")])
                .status
        });
        let tb = std::thread::spawn(move || {
            b.post(&vb, &[("p", &q0), ("p", &q2), ("birth_year", "1990")])
                .status
        });
        assert_eq!(ta.join().unwrap(), 303);
        assert_eq!(tb.join().unwrap(), 303);
        assert_eq!(count(&app, "pb_ballots"), 1);
        // Editable until the vote closes.
        citizen
            .post(
                &vote_path,
                &[
                    ("p", &proposals[0]),
                    ("p", &proposals[2]),
                    ("birth_year", "1990"),
                ],
            )
            .assert_status(303);
        assert_eq!(count(&app, "pb_ballots"), 1);
        assert_eq!(count(&app, "pb_ballot_items"), 2);

        // Paper ballots: a number is used once; an online voter cannot also vote on paper.
        let paper = format!("/alpha/admin/budgets/{cycle}/paper");
        admin.get(&format!("/alpha/admin/budgets/{cycle}"));
        admin
            .post(
                &paper,
                &[
                    ("paper_number", "A-001"),
                    ("voter_cin", "JB123456"),
                    ("p", &proposals[0]),
                    ("p", &proposals[1]),
                ],
            )
            .assert_status(303);
        admin
            .post(
                &paper,
                &[
                    ("paper_number", "A-001"),
                    ("voter_cin", "JB999999"),
                    ("p", &proposals[0]),
                    ("p", &proposals[1]),
                ],
            )
            .assert_status(409)
            .assert_contains("سبق استعمال رقم هذه الورقة");
        admin
            .post(
                &paper,
                &[
                    ("paper_number", "A-002"),
                    ("voter_email", "citizen@x.ma"),
                    ("p", &proposals[0]),
                    ("p", &proposals[1]),
                ],
            )
            .assert_status(409);
        // A paper ballot breaking the rulebook is refused too.
        admin
            .post(
                &paper,
                &[
                    ("paper_number", "A-003"),
                    ("voter_cin", "X1"),
                    ("p", &proposals[0]),
                ],
            )
            .assert_status(422);
        // A malformed CIN number is refused with the field marked.
        admin
            .post(
                &paper,
                &[
                    ("paper_number", "A-004"),
                    ("voter_cin", "123"),
                    ("p", &proposals[0]),
                ],
            )
            .assert_status(422)
            .assert_contains("البطاقة الوطنية غير صالح");
        // A citizen cannot enter paper ballots.
        citizen
            .post(
                &paper,
                &[
                    ("paper_number", "A-009"),
                    ("voter_cin", "X2"),
                    ("p", &proposals[0]),
                    ("p", &proposals[1]),
                ],
            )
            .assert_status(403);
        assert_eq!(count(&app, "pb_ballots"), 2);

        // Turnout is public, tallies are not.
        let mut visitor = app.client();
        visitor
            .get(&format!("/alpha/budgets/{cycle}"))
            .assert_status(200)
            .assert_contains("ورقتا تصويت");
        visitor
            .get(&format!("/alpha/budgets/{cycle}/results"))
            .assert_contains("ستنشر النتائج");
        visitor
            .get(&format!("/api/v1/communes/alpha/budgets/{cycle}/results"))
            .assert_status(404);
        visitor
            .get(&format!("/alpha/budgets/{cycle}/pabulib.pb"))
            .assert_status(404);

        // Results.
        phase(&mut admin, &cycle, "results");
        let results = visitor.get(&format!("/alpha/budgets/{cycle}/results"));
        results
            .assert_status(200)
            .assert_contains("<svg")
            .assert_contains("Parc");
        let api = visitor
            .get(&format!("/api/v1/communes/alpha/budgets/{cycle}/results"))
            .assert_status(200)
            .json();
        let centre_result = &api["districts"][0];
        assert_eq!(centre_result["voters"], 2);
        // Parc (2 votes, 320 000) and then what fits.
        assert_eq!(
            centre_result["outcome"]["winners"][0].to_string(),
            proposals[0]
        );
        assert!(centre_result["greedy"]["winners"].is_array());
        let csv = visitor.get(&format!("/alpha/budgets/{cycle}/results.csv"));
        csv.assert_status(200).assert_contains("Parc");
        let pb = visitor.get(&format!(
            "/alpha/budgets/{cycle}/pabulib.pb?district={centre}"
        ));
        pb.assert_status(200).assert_contains("num_votes;2");
        let api_list = visitor.get("/api/v1/communes/alpha/budgets").json();
        assert_eq!(api_list["count"], 1);

        // Count, follow-up, Atom.
        admin.get(&format!("/alpha/admin/budgets/{cycle}"));
        admin
            .post(&format!("/alpha/admin/budgets/{cycle}/count"), &[])
            .assert_status(303);
        // The result is proposed to the council once, on the next open ordinary session.
        admin
            .post(&format!("/alpha/admin/budgets/{cycle}/count"), &[])
            .assert_status(303);
        {
            let mut conn = app.conn();
            let items =
                musharaka_councils::store::items_from(&mut conn, 1, "participatory_budget", &cycle)
                    .unwrap();
            assert_eq!(
                items.len(),
                1,
                "one council agenda item for the cycle's result"
            );
        }
        admin
            .post(
                &format!(
                    "/alpha/admin/budgets/{cycle}/proposals/{}/update",
                    proposals[0]
                ),
                &[
                    ("impl_status", "works"),
                    ("progress", "40"),
                    ("spent", "120000"),
                    ("body", "Travaux lancés"),
                ],
            )
            .assert_status(303);
        visitor
            .get(&format!("/alpha/budgets/{cycle}/follow-up"))
            .assert_status(200)
            .assert_contains("40%");
        visitor
            .get(&format!("/alpha/budgets/{cycle}/updates.atom"))
            .assert_status(200)
            .assert_contains("Travaux lancés");
        let list = visitor.get(&format!("/alpha/budgets/{cycle}/proposals"));
        assert!(!ids_in(&list.body, &format!("/alpha/budgets/{cycle}/proposals/")).is_empty());
        // Every official decision is in the audit log.
        assert!(count(&app, "audit_log WHERE action LIKE 'pb_%'") >= 8);
    }
}

#[test]
fn demo_budgets_load() {
    for backend in backends() {
        let app = TestApp::start(backend);
        app.load_demo();
        let mut c = app.client();
        let list = c.get("/taroudant/budgets");
        list.assert_status(200);
        let api = c.get("/api/v1/communes/taroudant/budgets").json();
        let id = api["items"][0]["id"].to_string();
        assert_eq!(api["items"][0]["phase"], "results");
        let results = c
            .get(&format!("/api/v1/communes/taroudant/budgets/{id}/results"))
            .json();
        assert_eq!(results["districts"].as_array().unwrap().len(), 4);
        assert!(results["turnout"].as_i64().unwrap() >= 2_900);
        let tiznit = c.get("/api/v1/communes/tiznit/budgets").json();
        assert_eq!(tiznit["items"][0]["phase"], "voting");
    }
}
