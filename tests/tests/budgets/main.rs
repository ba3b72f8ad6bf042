//! HTTP tests of the participatory budget: a cycle from proposals to results, the rulebook
//! on ballots, one ballot per voter under concurrency, paper ballots, roles — on SQLite and
//! (when configured) PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod limits;

use musharaka_tests::budgets::{
    ballot, cast_vote, count_votes, create_cycle, create_cycle_with, cycle_fields, district,
    paper_ballot, phase, post_cycle_form, propose, propose_with, review, setup, signed_in,
    voting_cycle, with, PASSWORD,
};
use musharaka_tests::{message_ar, on_every_backend, on_every_demo, TestApp};

fn ids_in(body: &str, prefix: &str) -> Vec<String> {
    let re =
        regex_lite::Regex::new(&format!(r#"href="{}(\d+)""#, regex_lite::escape(prefix))).unwrap();
    let mut v: Vec<String> = re.captures_iter(body).map(|c| c[1].to_string()).collect();
    v.dedup();
    v
}

#[test]
fn a_cycle_from_proposals_to_results() {
    on_every_backend(|app| {
        setup(&app);
        let mut admin = signed_in(&app, "admin@alpha.ma");
        admin.get_ok("/alpha/admin/budgets");
        // A bad rulebook is re-shown with its errors.
        admin
            .post(
                "/alpha/admin/budgets",
                &[("year", "20x5"), ("title_ar", "")],
            )
            .assert_status(422);
        let fields = with(
            &cycle_fields(),
            &[
                ("year", "2026"),
                ("title_ar", "الميزانية التشاركية 2026"),
                ("title_fr", "Budget participatif 2026"),
                ("information_at", "2026-01-01"),
                ("proposals_at", "2026-02-01"),
                ("review_at", "2026-03-01"),
                ("voting_at", "2026-04-01"),
                ("results_at", "2026-05-01"),
                ("implementation_at", "2026-06-01"),
                ("min_projects", "2"),
            ],
        );
        let cycle = create_cycle_with(&mut admin, "alpha", &fields);
        phase(&mut admin, &cycle, "proposals");

        // Roles: a citizen and another commune's admin are refused.
        let mut citizen = app.registered("Citizen", "citizen@x.ma", PASSWORD);
        citizen.get("/alpha/admin/budgets").assert_status(403);
        citizen
            .post(
                &format!("/alpha/admin/budgets/{cycle}/phase"),
                &[("phase", "voting")],
            )
            .assert_status(403);
        let mut beta = signed_in(&app, "admin@beta.ma");
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
        let centre = district(&mut citizen, &cycle, "المركز");
        let png = b"\x89PNG\r\n\x1a\n0000";
        let proposals: Vec<String> = [
            ("Parc", "300000"),
            ("Eclairage", "200000"),
            ("Bibliotheque", "250000"),
            ("Fontaine", "100000"),
        ]
        .iter()
        .map(|(title, cost)| {
            propose_with(
                &mut citizen,
                &cycle,
                &centre,
                title,
                cost,
                &[("photo", "p.png", png)],
            )
        })
        .collect();
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
        let list = app.client().get_ok(&format!(
            "/alpha/budgets/{cycle}/proposals?district={centre}"
        ));
        list.assert_contains("Bibliotheque");

        // Review: the reviewer decides, the proposer is told.
        phase(&mut admin, &cycle, "review");
        review(
            &mut citizen,
            &cycle,
            &proposals[0],
            &[("decision", "feasible")],
        )
        .assert_status(403);
        let mut reviewer = signed_in(&app, "reviewer@alpha.ma");
        reviewer.get(&format!(
            "/alpha/budgets/{cycle}/proposals/{}",
            proposals[0]
        ));
        for (i, p) in proposals.iter().enumerate().take(3) {
            let official = if i == 0 { "320000" } else { "" };
            review(
                &mut reviewer,
                &cycle,
                p,
                &[
                    ("decision", "feasible"),
                    ("reason", ""),
                    ("official_cost", official),
                ],
            )
            .assert_status(303);
        }
        // Unfeasible needs reasons.
        for (fields, status) in [
            (vec![("decision", "unfeasible"), ("reason", "")], 422),
            (
                vec![
                    ("decision", "merge"),
                    ("reason", "Doublon"),
                    ("merge_into", &proposals[0]),
                ],
                303,
            ),
        ] {
            review(&mut reviewer, &cycle, &proposals[3], &fields).assert_status(status);
        }
        let mail = app.last_mail_to("citizen@x.ma");
        assert!(mail.body.contains("Fontaine"), "{}", mail.body);

        // Voting.
        phase(&mut admin, &cycle, "voting");
        let vote_path = format!("/alpha/budgets/{cycle}/vote");
        citizen.get_ok(&vote_path);
        // Breaking the rulebook: one project where two are required.
        ballot(&mut citizen, &cycle, &[&proposals[0]], "1990")
            .assert_status(422)
            .assert_contains("اخترت 1 من أصل 2");
        // Too young.
        ballot(
            &mut citizen,
            &cycle,
            &[&proposals[0], &proposals[1]],
            "2020",
        )
        .assert_status(422)
        .assert_contains("16");
        // A concurrent double submit leaves one ballot.
        // Both sessions are open on the vote page before either submits.
        let voters: Vec<_> = [[0, 1], [0, 2]]
            .into_iter()
            .map(|pick| {
                let mut c = signed_in(&app, "citizen@x.ma");
                c.get(&vote_path);
                (c, pick.map(|k| proposals[k].clone()))
            })
            .collect();
        let threads: Vec<_> = voters
            .into_iter()
            .map(|(mut c, picks)| {
                let cycle = cycle.clone();
                std::thread::spawn(move || ballot(&mut c, &cycle, &picks, "1990").status)
            })
            .collect();
        // One is stored, the other stored over it: both are the voter's own ballot (the
        // person's writes are serialised, so the identity rule never sees half of the other).
        let statuses: Vec<u16> = threads.into_iter().map(|t| t.join().unwrap()).collect();
        assert_eq!(statuses, vec![303, 303]);
        assert_eq!(app.count("pb_ballots"), 1);
        // Editable until the vote closes.
        cast_vote(&mut citizen, &cycle, &[&proposals[0], &proposals[2]]);
        assert_eq!(app.count("pb_ballots"), 1);
        assert_eq!(app.count("pb_ballot_items"), 2);

        // Paper ballots: a number is used once; an online voter cannot also vote on paper.
        admin.get(&format!("/alpha/admin/budgets/{cycle}"));
        let two = [proposals[0].as_str(), proposals[1].as_str()];
        let one = &two[..1];
        paper_ballot(&mut admin, &cycle, "A-001", ("voter_cin", "JB123456"), &two)
            .assert_status(303);
        paper_ballot(&mut admin, &cycle, "A-001", ("voter_cin", "JB999999"), &two)
            .assert_status(409)
            .assert_contains("سبق استعمال رقم هذه الورقة");
        paper_ballot(
            &mut admin,
            &cycle,
            "A-002",
            ("voter_email", "citizen@x.ma"),
            &two,
        )
        .assert_status(409);
        // A paper ballot breaking the rulebook is refused too.
        paper_ballot(&mut admin, &cycle, "A-003", ("voter_cin", "X1"), one).assert_status(422);
        // A malformed CIN number is refused with the field marked.
        paper_ballot(&mut admin, &cycle, "A-004", ("voter_cin", "123"), one)
            .assert_status(422)
            .assert_contains("البطاقة الوطنية غير صالح");
        // A citizen cannot enter paper ballots.
        paper_ballot(&mut citizen, &cycle, "A-009", ("voter_cin", "X2"), &two).assert_status(403);
        assert_eq!(app.count("pb_ballots"), 2);

        // Turnout is public, tallies are not.
        let mut visitor = app.client();
        let public = |rest: &str| format!("/alpha/budgets/{cycle}{rest}");
        visitor
            .get_ok(&public(""))
            .assert_contains(&message_ar("pb-turnout", &[("count", 2.into())]));
        visitor
            .get(&public("/results"))
            .assert_contains("ستنشر النتائج");
        visitor
            .get(&format!("/api/v1/communes/alpha/budgets/{cycle}/results"))
            .assert_status(404);
        visitor.get(&public("/pabulib.pb")).assert_status(404);

        // Results.
        phase(&mut admin, &cycle, "results");
        let results = visitor.get_ok(&public("/results"));
        results.assert_contains("<svg").assert_contains("Parc");
        let api = visitor
            .get_ok(&format!("/api/v1/communes/alpha/budgets/{cycle}/results"))
            .json();
        let centre_result = &api["districts"][0];
        assert_eq!(centre_result["voters"], 2);
        // Parc (2 votes, 320 000) and then what fits.
        assert_eq!(
            centre_result["outcome"]["winners"][0].to_string(),
            proposals[0]
        );
        assert!(centre_result["greedy"]["winners"].is_array());
        let csv = visitor.get_ok(&public("/results.csv"));
        csv.assert_contains("Parc");
        let pb = visitor.get_ok(&format!(
            "/alpha/budgets/{cycle}/pabulib.pb?district={centre}"
        ));
        pb.assert_contains("num_votes;2");
        let api_list = visitor.get("/api/v1/communes/alpha/budgets").json();
        assert_eq!(api_list["count"], 1);

        // Count, follow-up, Atom.
        count_votes(&mut admin, &cycle);
        // The result is proposed to the council once, on the next open ordinary session.
        count_votes(&mut admin, &cycle);
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
            .post_multipart(
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
                &[],
            )
            .assert_status(303);
        visitor.get_ok(&public("/follow-up")).assert_contains("40%");
        visitor
            .get_ok(&public("/updates.atom"))
            .assert_contains("Travaux lancés");
        let list = visitor.get(&public("/proposals"));
        assert!(!ids_in(&list.body, &public("/proposals/")).is_empty());
        // Every official decision is in the audit log.
        assert!(app.count("audit_log WHERE action LIKE 'pb_%'") >= 8);
    });
}

#[test]
fn demo_budgets_load() {
    on_every_demo(|app| {
        let mut c = app.client();
        c.get_ok("/taroudant/budgets");
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
    });
}

fn rulebook(app: &TestApp, cycle: &str) -> serde_json::Value {
    app.client()
        .get_ok(&format!("/api/v1/communes/alpha/budgets/{cycle}"))
        .json()
}

#[test]
fn the_rulebook_is_edited_until_voting_opens() {
    on_every_backend(|app| {
        setup(&app);
        let mut admin = signed_in(&app, "admin@alpha.ma");
        let cycle = create_cycle(&mut admin);
        let edit = format!("/alpha/admin/budgets/{cycle}/edit");

        // The form starts from the cycle as it is.
        admin
            .get(&format!("/alpha/admin/budgets/{cycle}"))
            .assert_contains(&format!(r#"href="{edit}""#));
        admin
            .get_ok(&edit)
            .assert_contains("Kasbah | 400000")
            .assert_contains(r#"value="2030-04-01""#)
            .assert_contains("طرق | Voirie");

        // Only the commune's admin edits the rulebook.
        let mut citizen = app.registered("Citizen", "citizen@x.ma", PASSWORD);
        citizen.get(&edit).assert_status(403);
        citizen.post(&edit, &cycle_fields()).assert_status(403);
        let mut reviewer = signed_in(&app, "reviewer@alpha.ma");
        reviewer.post(&edit, &cycle_fields()).assert_status(403);
        let mut beta = signed_in(&app, "admin@beta.ma");
        beta.get(&edit).assert_status(403);
        beta.post(&edit, &cycle_fields()).assert_status(403);

        // Bad input is re-shown with the fields marked; nothing changes.
        admin.get(&edit);
        post_cycle_form(
            &mut admin,
            &edit,
            &[("max_projects", "x"), ("ballot_type", "ranked")],
        )
        .assert_status(422)
        .assert_contains(r#"id="max_projects-error""#)
        .assert_contains(r#"id="ballot_type-error""#)
        .assert_contains(r#"value="x""#);
        post_cycle_form(&mut admin, &edit, &[("voting_at", "2030-02-15")])
            .assert_status(422)
            .assert_contains(r#"id="voting_at-error""#);
        post_cycle_form(
            &mut admin,
            &edit,
            &[(
                "districts",
                "المركز | Centre | 900000\nالقصبة | Kasbah | 400000",
            )],
        )
        .assert_status(422)
        .assert_contains(r#"id="districts-error""#);
        assert_eq!(rulebook(&app, &cycle)["rulebook"]["max_projects"], 3);
        assert_eq!(app.count("audit_log WHERE action = 'pb_cycle.edit'"), 0);

        // A valid edit: every rulebook setting, the district amounts and the dates.
        post_cycle_form(
            &mut admin,
            &edit,
            &[
                ("ballot_type", "knapsack"),
                ("min_projects", "2"),
                ("max_projects", "4"),
                ("who_proposes", "associations"),
                ("voter_min_age", "18"),
                ("districts_per_voter", "2"),
                ("rule", "greedy"),
                ("tie_break", "cost_votes"),
                ("voting_at", "2030-04-15"),
                (
                    "districts",
                    "المركز | Centre | 500000\nالقصبة | Kasbah | 300000",
                ),
            ],
        )
        .assert_status(303);
        let api = rulebook(&app, &cycle);
        let rb = &api["rulebook"];
        assert_eq!(rb["ballot_type"], "knapsack");
        assert_eq!(rb["min_projects"], 2);
        assert_eq!(rb["max_projects"], 4);
        assert_eq!(rb["who_proposes"], "associations");
        assert_eq!(rb["voter_min_age"], 18);
        assert_eq!(rb["districts_per_voter"], 2);
        assert_eq!(rb["rule"], "greedy");
        assert_eq!(rb["tie_break"], "cost_votes");
        assert!(api["calendar"]["voting"]
            .as_str()
            .unwrap()
            .starts_with("2030-04-15"));
        let amounts: Vec<&str> = api["districts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["amount_mad"].as_str().unwrap())
            .collect();
        assert_eq!(amounts, vec!["500000", "300000"]);
        // The audit log has the rulebook before and after.
        {
            use diesel::prelude::*;
            #[derive(QueryableByName)]
            struct Row {
                #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
                before_json: Option<String>,
                #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Text>)]
                after_json: Option<String>,
            }
            let rows: Vec<Row> = diesel::sql_query(
                "SELECT before_json, after_json FROM audit_log WHERE action = 'pb_cycle.edit'",
            )
            .load(&mut app.conn())
            .unwrap();
            assert_eq!(rows.len(), 1);
            let before = rows[0].before_json.as_deref().unwrap();
            let after = rows[0].after_json.as_deref().unwrap();
            assert!(before.contains(r#""ballot_type":"approval""#), "{before}");
            assert!(after.contains(r#""ballot_type":"knapsack""#), "{after}");
            assert!(after.contains("50000000"), "{after}");
        }

        // A district that has proposals cannot be removed.
        post_cycle_form(&mut admin, &edit, &[("who_proposes", "both")]).assert_status(303);
        phase(&mut admin, &cycle, "proposals");
        let kasbah = district(&mut citizen, &cycle, "القصبة");
        propose(&mut citizen, &cycle, &kasbah, "Hammam", "100000");
        admin.get(&edit);
        post_cycle_form(
            &mut admin,
            &edit,
            &[("districts", "المركز | Centre | 600000")],
        )
        .assert_status(422)
        .assert_contains(&message_ar("pb-district-in-use", &[]));
        assert_eq!(
            rulebook(&app, &cycle)["districts"]
                .as_array()
                .unwrap()
                .len(),
            2
        );

        // Once voting opens, the rulebook is frozen: a clear 409, nothing changes.
        phase(&mut admin, &cycle, "voting");
        admin
            .get_ok(&edit)
            .assert_contains("التصويت مفتوح: لم يعد ممكنا تعديل نظام هذه الدورة.");
        let edits = app.count("audit_log WHERE action = 'pb_cycle.edit'");
        post_cycle_form(&mut admin, &edit, &[("max_projects", "9")])
            .assert_status(409)
            .assert_contains("التصويت مفتوح: لم يعد ممكنا تعديل نظام هذه الدورة.");
        assert_eq!(rulebook(&app, &cycle)["rulebook"]["max_projects"], 3);
        assert_eq!(app.count("audit_log WHERE action = 'pb_cycle.edit'"), edits);
        // In French too.
        admin.get("/lang/fr?next=%2F");
        post_cycle_form(&mut admin, &edit, &[("max_projects", "9")])
            .assert_status(409)
            .assert_contains(
                "Le vote est ouvert : le règlement de ce cycle ne peut plus être modifié.",
            );
        // Back to the review by hand with no ballot cast: the rulebook can be edited again.
        admin.get("/lang/ar?next=%2F");
        phase(&mut admin, &cycle, "review");
        admin
            .get_ok(&edit)
            .assert_contains(&format!(r#"action="{edit}""#));
    });
}

#[test]
fn a_rulebook_with_cast_ballots_stays_frozen() {
    on_every_backend(|app| {
        let (mut admin, mut citizen, cycle, proposals) = voting_cycle(&app);
        citizen.get(&format!("/alpha/budgets/{cycle}/vote"));
        cast_vote(&mut citizen, &cycle, &[&proposals[0]]);
        phase(&mut admin, &cycle, "review");
        let edit = format!("/alpha/admin/budgets/{cycle}/edit");
        admin
            .get(&edit)
            .assert_contains("التصويت مفتوح: لم يعد ممكنا تعديل نظام هذه الدورة.");
        admin.post(&edit, &cycle_fields()).assert_status(409);
        assert_eq!(app.count("audit_log WHERE action = 'pb_cycle.edit'"), 0);
    });
}

#[test]
fn a_too_young_voter_is_refused_and_nothing_is_stored() {
    on_every_backend(|app| {
        let (_, mut citizen, cycle, proposals) = voting_cycle(&app);
        let vote = format!("/alpha/budgets/{cycle}/vote");
        citizen.get_ok(&vote);
        // 2030 - 2015 = 15, under the rulebook's 16.
        ballot(&mut citizen, &cycle, &[&proposals[0]], "2015")
            .assert_status(422)
            .assert_contains("يجب أن يكون سنك 16 سنة على الأقل للتصويت.");
        assert_eq!(app.count("pb_ballots"), 0);
        assert_eq!(app.count("pb_ballot_items"), 0);
        // A birth year is required.
        ballot(&mut citizen, &cycle, &[&proposals[0]], "")
            .assert_status(422)
            .assert_contains(r#"id="birth_year-error""#);
        assert_eq!(app.count("pb_ballots"), 0);
        // In French.
        citizen.get("/lang/fr?next=%2F");
        ballot(&mut citizen, &cycle, &[&proposals[0]], "2015")
            .assert_status(422)
            .assert_contains("Il faut avoir au moins 16 ans pour voter.");
        assert_eq!(app.count("pb_ballots"), 0);
        // Sixteen during the cycle's year is old enough.
        ballot(&mut citizen, &cycle, &[&proposals[0]], "2014").assert_status(303);
        assert_eq!(app.count("pb_ballots"), 1);
    });
}
