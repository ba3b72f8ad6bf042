//! What the budget pages refuse or survive: oversize photos on follow-up updates, amounts
//! past the ceiling, hostile text in exports, feeds and lists.

use musharaka_tests::budgets::{
    admin_and_citizen, cast_vote, count_votes, create_cycle, create_cycle_with, cycle_fields,
    district, phase, post_cycle_form, propose, review, setup, signed_in, voting_cycle,
};
use musharaka_tests::{backends, message_ar, on_every_backend, TestApp};

#[test]
fn follow_up_updates_carry_photos() {
    for backend in backends() {
        // A small upload limit, to see it refused (the same limit as proposal photos).
        let app = TestApp::start_with(backend, |c| c.upload_max_bytes = 4096);
        let (mut admin, mut citizen, cycle, proposals) = voting_cycle(&app);
        let vote = format!("/alpha/budgets/{cycle}/vote");
        citizen.get(&vote);
        cast_vote(&mut citizen, &cycle, &[&proposals[0], &proposals[2]]);
        phase(&mut admin, &cycle, "results");
        count_votes(&mut admin, &cycle);
        let page = format!("/alpha/budgets/{cycle}/proposals/{}", proposals[0]);
        let update = format!(
            "/alpha/admin/budgets/{cycle}/proposals/{}/update",
            proposals[0]
        );
        admin
            .get_ok(&page)
            .assert_contains(r#"enctype="multipart/form-data""#)
            .assert_contains(r#"name="photos""#);
        let fields = [
            ("impl_status", "works"),
            ("progress", "40"),
            ("spent", "120000"),
            ("body", "Travaux lancés"),
        ];
        let png: &[u8] = b"\x89PNG\r\n\x1a\n0000";
        let jpeg: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F'];
        let uploads_before = app.count("uploads");

        // Refused: a file that is not a photo, too many photos, a file over the limit, a
        // missing CSRF token, someone who is not the commune's admin. Nothing is stored.
        admin
            .post_multipart(
                &update,
                &fields,
                &[("photos", "a.png", png), ("photos", "x.pdf", b"%PDF-1.7 x")],
            )
            .assert_status(422)
            .assert_contains(r#"id="photos-error""#)
            .assert_contains(&message_ar("error-upload_type", &[]))
            .assert_contains("Travaux lancés");
        let five: Vec<(&str, &str, &[u8])> = (0..5).map(|_| ("photos", "a.png", png)).collect();
        admin
            .post_multipart(&update, &fields, &five)
            .assert_status(422)
            .assert_contains(&message_ar("pb-update-photos-too-many", &[]));
        let big = [png, &[0u8; 5000][..]].concat();
        admin
            .post_multipart(&update, &fields, &[("photos", "big.png", &big)])
            .assert_status(413);
        let csrf = std::mem::take(&mut admin.csrf);
        admin.csrf = "forged".into();
        admin
            .post_multipart(&update, &fields, &[("photos", "a.png", png)])
            .assert_status(403);
        admin.csrf = csrf;
        citizen
            .post_multipart(&update, &fields, &[("photos", "a.png", png)])
            .assert_status(403);
        // A bad progress is re-shown with the field marked.
        admin
            .post_multipart(
                &update,
                &[
                    ("impl_status", "works"),
                    ("progress", "140"),
                    ("spent", ""),
                    ("body", "Trop"),
                ],
                &[],
            )
            .assert_status(422)
            .assert_contains(r#"id="progress-error""#);
        assert_eq!(app.count("pb_updates"), 0);
        assert_eq!(app.count("pb_update_photos"), 0);
        assert_eq!(app.count("uploads"), uploads_before);

        // Two photos, then an update without any.
        admin
            .post_multipart(
                &update,
                &fields,
                &[("photos", "chantier.png", png), ("photos", "rue.jpg", jpeg)],
            )
            .assert_status(303);
        admin
            .post_multipart(
                &update,
                &[
                    ("impl_status", "works"),
                    ("progress", "60"),
                    ("spent", "200000"),
                    ("body", "Dalles posées"),
                ],
                &[],
            )
            .assert_status(303);
        assert_eq!(app.count("pb_updates"), 2);
        assert_eq!(app.count("pb_update_photos"), 2);

        // The public project page shows them; they are served to anyone.
        let mut visitor = app.client();
        let body = visitor.get_ok(&page).body.clone();
        let re = regex_lite::Regex::new(r#"<img src="/uploads/(\d+)""#).unwrap();
        let photos: Vec<String> = re.captures_iter(&body).map(|c| c[1].to_string()).collect();
        assert_eq!(photos.len(), 2, "{body}");
        assert!(body.contains("Dalles posées") && body.contains("Travaux lancés"));
        let first = visitor.get_ok(&format!("/uploads/{}", photos[0]));
        assert_eq!(first.header("content-type"), Some("image/png"));
        let second = visitor.get(&format!("/uploads/{}", photos[1]));
        assert_eq!(second.header("content-type"), Some("image/jpeg"));
        visitor
            .get_ok(&format!("/alpha/budgets/{cycle}/follow-up"))
            .assert_contains(&format!(r#"src="/uploads/{}""#, photos[0]));

        // The Atom entry refers to them as enclosures.
        let atom = visitor
            .get_ok(&format!("/alpha/budgets/{cycle}/updates.atom"))
            .body
            .clone();
        let doc = roxmltree::Document::parse(&atom).unwrap();
        let entries: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("entry"))
            .collect();
        assert_eq!(entries.len(), 2);
        let enclosures = |e: &roxmltree::Node| -> Vec<(String, String)> {
            e.children()
                .filter(|n| n.has_tag_name("link") && n.attribute("rel") == Some("enclosure"))
                .map(|n| {
                    (
                        n.attribute("href").unwrap_or_default().to_string(),
                        n.attribute("type").unwrap_or_default().to_string(),
                    )
                })
                .collect()
        };
        let entry_with = |text: &str| {
            *entries
                .iter()
                .find(|e| {
                    e.descendants()
                        .any(|n| n.text().is_some_and(|t| t.contains(text)))
                })
                .unwrap_or_else(|| panic!("an entry with {text}"))
        };
        let with_photos = entry_with("Travaux lancés");
        assert_eq!(
            enclosures(&with_photos),
            vec![
                (
                    format!("http://musharaka.test/uploads/{}", photos[0]),
                    "image/png".to_string()
                ),
                (
                    format!("http://musharaka.test/uploads/{}", photos[1]),
                    "image/jpeg".to_string()
                ),
            ]
        );
        let without = entry_with("Dalles posées");
        assert!(enclosures(&without).is_empty());
        // The update is in the audit log with its photos.
        assert_eq!(
            app.count("audit_log WHERE action = 'pb_proposal.update'"),
            2
        );
    }
}

/// Issue 9 item 6: two district amounts of 92233720368547758 MAD used to wrap the i64 sum
/// and pass "districts ≤ total". Amounts above the ceiling are a field error (422) and
/// nothing is stored, on creation and on edit.
#[test]
fn huge_amounts_are_a_field_error_and_nothing_is_stored() {
    let huge = "A | A | 92233720368547758\nB | B | 92233720368547758";
    on_every_backend(|app| {
        setup(&app);
        let mut admin = signed_in(&app, "admin@alpha.ma");
        admin.get("/alpha/admin/budgets");
        for total in ["1 000 000", "92233720368547758"] {
            let r = post_cycle_form(
                &mut admin,
                "/alpha/admin/budgets",
                &[("total", total), ("districts", huge)],
            );
            r.assert_status(422)
                .assert_contains(r#"id="districts-error""#);
        }
        post_cycle_form(
            &mut admin,
            "/alpha/admin/budgets",
            &[("total", "1000000000000,01")],
        )
        .assert_status(422)
        .assert_contains(r#"id="total-error""#);
        assert_eq!(app.count("pb_cycles"), 0);
        assert_eq!(app.count("pb_districts"), 0);

        let cycle = create_cycle(&mut admin);
        let edit = format!("/alpha/admin/budgets/{cycle}/edit");
        admin.get(&edit);
        post_cycle_form(
            &mut admin,
            &edit,
            &[("total", "92233720368547758"), ("districts", huge)],
        )
        .assert_status(422)
        .assert_contains(r#"id="districts-error""#);
        assert_eq!(app.count("pb_districts"), 2);
        assert_eq!(app.count("audit_log WHERE action = 'pb_cycle.edit'"), 0);
    });
}

/// Issue 9 items 4, 7, 8 and 11 on the budget's pages: a title that is a spreadsheet formula
/// is a text cell in the results CSV (read back with `csv`), the Atom feed with markup in
/// it parses, huge and negative page numbers are clamped, another commune's ids are 404.
#[test]
fn exports_feeds_and_lists_hold_against_hostile_input() {
    on_every_backend(|app| {
        let (mut admin, mut citizen) = admin_and_citizen(&app);
        let cycle = create_cycle(&mut admin);
        phase(&mut admin, &cycle, "proposals");
        let centre = district(&mut citizen, &cycle, "المركز");
        let formula = r#"=HYPERLINK("http://evil.example","x")"#;
        let p = propose(&mut citizen, &cycle, &centre, formula, "300000");
        let q = propose(&mut citizen, &cycle, &centre, "-2+3 <b>&amp;</b>", "100000");

        for page in ["9223372036854775807", "-1", "-9223372036854775808", "x"] {
            app.client()
                .get_ok(&format!("/alpha/budgets/{cycle}/proposals?page={page}"));
        }

        phase(&mut admin, &cycle, "review");
        let mut reviewer = signed_in(&app, "reviewer@alpha.ma");
        reviewer.get(&format!("/alpha/budgets/{cycle}/proposals/{p}"));
        for id in [&p, &q] {
            review(
                &mut reviewer,
                &cycle,
                id,
                &[("decision", "feasible"), ("reason", "")],
            )
            .assert_status(303);
        }
        phase(&mut admin, &cycle, "voting");
        let vote = format!("/alpha/budgets/{cycle}/vote");
        citizen.get(&vote);
        cast_vote(&mut citizen, &cycle, &[&p, &q]);
        phase(&mut admin, &cycle, "results");

        let csv = app
            .client()
            .get_ok(&format!("/alpha/budgets/{cycle}/results.csv"))
            .body
            .clone();
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        let titles: Vec<String> = reader
            .records()
            .map(|r| r.unwrap()[2].to_string())
            .collect();
        assert!(titles.contains(&format!("'{formula}")), "{csv}");
        assert!(titles.contains(&"'-2+3 <b>&amp;</b>".to_string()), "{csv}");
        assert!(!csv.contains("\n=") && !csv.contains(",="), "{csv}");

        count_votes(&mut admin, &cycle);
        let update = format!("/alpha/admin/budgets/{cycle}/proposals/{p}/update");
        admin.get(&format!("/alpha/budgets/{cycle}/proposals/{p}"));
        admin
            .post_multipart(
                &update,
                &[
                    ("impl_status", "works"),
                    ("progress", "10"),
                    ("spent", ""),
                    ("body", r#"Budget < 5 & "x" ]]> <link>"#),
                ],
                &[],
            )
            .assert_status(303);
        let atom = app
            .client()
            .get_ok(&format!("/alpha/budgets/{cycle}/updates.atom"))
            .body
            .clone();
        let doc = roxmltree::Document::parse(&atom).unwrap();
        let entry = doc.descendants().find(|n| n.has_tag_name("entry")).unwrap();
        let title = entry
            .children()
            .find(|n| n.has_tag_name("title"))
            .and_then(|n| n.text())
            .unwrap();
        assert!(title.starts_with(formula), "{title}");
        let summary = entry
            .children()
            .find(|n| n.has_tag_name("summary"))
            .and_then(|n| n.text())
            .unwrap();
        assert!(
            summary.contains(r#"Budget < 5 & "x" ]]> <link>"#),
            "{summary}"
        );

        // Another commune's cycle and proposal under alpha's address: 404, not 5xx or 403.
        let mut beta = signed_in(&app, "admin@beta.ma");
        let other = create_cycle_with(&mut beta, "beta", &cycle_fields());
        let mut visitor = app.client();
        for path in [
            format!("/alpha/budgets/{other}"),
            format!("/alpha/budgets/{other}/proposals"),
            format!("/alpha/budgets/{other}/results.csv"),
            format!("/alpha/budgets/{other}/updates.atom"),
            format!("/beta/budgets/{other}/proposals/{p}"),
            format!("/api/v1/communes/alpha/budgets/{other}"),
        ] {
            visitor.get(&path).assert_status(404);
        }
    });
}
