//! What each reader of a petition may see: the association's private files, the session an
//! accepted petition goes to, feeds and exports, pages and foreign ids, CIN numbers.

use chrono::NaiveDate;
use musharaka_tests::petitions::{
    association_draft, bureau_accepts, collecting, deposited_by_representative, five_years_ago,
    id_in, paper_signatures, setup, signer, verified_association, PASSWORD,
};
use musharaka_tests::{message_ar, on_every_backend, TestApp};

const PDF: &[u8] = b"%PDF-1.4\n% mandat\n%%EOF\n";

#[test]
fn association_mandate_is_private_and_a_missing_one_is_shown_to_the_bureau() {
    on_every_backend(|app| {
        let (alpha, _) = setup(&app, "alpha");
        let mut agent = verified_association(&app, alpha, "assoc@alpha.ma", five_years_ago(), true);
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        let missing = message_ar("pet-condition-mandate", &[]);

        // No mandate and no declaration: the deposit goes through, the bureau sees it unmet.
        let bare = association_draft(&mut agent, "Sans mandat");
        agent
            .get_ok(&bare)
            .assert_contains(&message_ar("pet-legal-representative", &[]));
        agent
            .post(&format!("{bare}/deposit"), &[])
            .assert_status(303);
        let bare_id = id_in(&bare);
        bureau
            .get_ok(&format!("/alpha/admin/petitions/{bare_id}"))
            .assert_contains(&message_ar("pet-unmet-conditions", &[]))
            .assert_contains(&missing);
        bureau.get(&format!("{bare}/mandate")).assert_status(404);

        // A mandate uploaded (a PDF only): private to the agent and the bureau.
        let page = association_draft(&mut agent, "Avec mandat");
        let upload = format!("{page}/mandate");
        agent
            .post_multipart(&upload, &[], &[("mandate", "mandat.pdf", b"<html>")])
            .assert_status(422);
        let mut other = app.registered("Autre", "autre@example.ma", PASSWORD);
        other
            .post_multipart(&upload, &[], &[("mandate", "mandat.pdf", PDF)])
            .assert_status(403);
        agent
            .post_multipart(&upload, &[], &[("mandate", "mandat.pdf", PDF)])
            .assert_status(303);
        agent.get(&page).assert_contains(&upload);
        agent
            .post(&format!("{page}/deposit"), &[])
            .assert_status(303);
        let id = id_in(&page);
        let file = bureau.get_ok(&format!("/alpha/admin/petitions/{id}"));
        file.assert_contains(&upload)
            .assert_contains(&message_ar("pet-conditions-met", &[]));
        assert!(!file.body.contains(missing.as_str()));
        let served = bureau.get_ok(&upload);
        assert!(served.body.starts_with("%PDF-1.4"));
        assert_eq!(served.header("cache-control"), Some("private, no-store"));
        agent.get_ok(&upload);
        other.get(&upload).assert_status(403);
        let mut anon = app.client();
        assert_eq!(anon.get(&upload).status, 401);
        let public = anon.get_ok(&page);
        assert!(!public.body.contains("/mandate"));
        assert!(!public.body.contains("mandat.pdf"));

        // The legal representative needs no mandate: declared, nothing unmet.
        let rep = deposited_by_representative(&mut agent, "Représentant légal");
        let rep_page = bureau.get_ok(&format!("/alpha/admin/petitions/{}", id_in(&rep)));
        rep_page.assert_contains(&message_ar("pet-declared-legal-representative", &[]));
        assert!(!rep_page.body.contains(missing.as_str()));
        // After the deposit the mandate is frozen with the file.
        agent
            .post_multipart(&upload, &[], &[("mandate", "autre.pdf", PDF)])
            .assert_status(409);
    });
}

/// Sets the day the bureau accepted petition `id` (10:00 UTC, same day in Casablanca), as
/// for a petition accepted before placements were stored (no stored placement: the page
/// shows the calculation for that day; a stored one is shown as stored, see
/// `law_petitions.rs`).
fn accepted_on(app: &TestApp, id: &str, day: NaiveDate) {
    use diesel::prelude::*;
    use musharaka_db::schema::petitions;
    let id: i64 = id.parse().unwrap();
    diesel::update(petitions::table.find(id))
        .set((
            petitions::bureau_decided_at.eq(day.and_hms_opt(10, 0, 0).unwrap()),
            petitions::placement.eq(None::<String>),
        ))
        .execute(&mut app.conn())
        .unwrap();
}

#[test]
fn the_session_of_an_accepted_petition_is_explained_with_its_dates() {
    on_every_backend(|app| {
        let (alpha, _) = setup(&app, "alpha");
        let mut agent = verified_association(&app, alpha, "assoc@alpha.ma", five_years_ago(), true);
        let page = deposited_by_representative(&mut agent, "Maison des jeunes");
        let id = id_in(&page);

        // Before deciding, the bureau sees where acceptance today would put it.
        let today = musharaka_core::time::local_date(musharaka_core::time::now());
        let next = musharaka_councils::next_open_ordinary_session(
            today,
            &[],
            &musharaka_councils::WorkingCalendar::default(),
        );
        let i18n = musharaka_core::I18n::load().unwrap();
        let ar = |d| musharaka_core::time::format_date(&i18n, musharaka_core::Lang::Ar, d);
        let accepted_lead = |d| message_ar("pet-session-accepted-on", &[("date", ar(d).into())]);
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        bureau
            .get_ok(&format!("/alpha/admin/petitions/{id}"))
            .assert_contains(&message_ar(
                "pet-session-if-accepted-today",
                &[("date", ar(today).into())],
            ))
            .assert_contains(&ar(next.session.start))
            .assert_contains(&ar(next.agenda_deadline));
        bureau_accepts(&app, &mut bureau, "alpha", &id).assert_status(303);
        let mut anon = app.client();
        anon.get_ok(&page)
            .assert_contains(&accepted_lead(today))
            .assert_contains(&ar(next.session.start));

        // Accepted with the October agenda still open: October, 10 days to spare.
        accepted_on(&app, &id, ymd(2027, 9, 1));
        let october = message_ar("month-10", &[]);
        let open = message_ar(
            "pet-session-open",
            &[
                ("month", october.clone().into()),
                ("m", 10.into()),
                ("year", "2027".into()),
                ("start", ar(ymd(2027, 10, 1)).into()),
                ("deadline", ar(ymd(2027, 9, 11)).into()),
                ("days", 10.into()),
            ],
        );
        anon.get(&page)
            .assert_contains(&format!("{} {open}", accepted_lead(ymd(2027, 9, 1))));
        // Accepted the day after the October deadline: it slips to February.
        accepted_on(&app, &id, ymd(2027, 9, 12));
        let february = musharaka_councils::next_open_ordinary_session(
            ymd(2027, 9, 12),
            &[],
            &musharaka_councils::WorkingCalendar::default(),
        );
        assert_eq!(february.session.start, ymd(2028, 2, 1));
        let slipped = message_ar(
            "pet-session-slipped",
            &[
                ("month", message_ar("month-2", &[]).into()),
                ("m", 2.into()),
                ("year", "2028".into()),
                ("start", ar(ymd(2028, 2, 1)).into()),
                ("deadline", ar(february.agenda_deadline).into()),
                ("days", 0.into()),
                ("missed_month", october.into()),
                ("missed_m", 10.into()),
                ("missed_year", "2027".into()),
                ("missed_deadline", ar(ymd(2027, 9, 11)).into()),
            ],
        );
        anon.get(&page)
            .assert_contains(&format!("{} {slipped}", accepted_lead(ymd(2027, 9, 12))));
        anon.get("/lang/fr");
        anon.get(&page).assert_contains(
            "Acceptée le 12 septembre 2027 : l’ordre du jour de la session d’octobre 2027 devait parvenir au gouverneur au plus tard le 11 septembre 2027 (art. 38, 20 jours avant), la pétition passe donc à la session de février 2028",
        );
    });
}

fn set_subject(app: &TestApp, id: &str, subject: &str) {
    use diesel::prelude::*;
    use musharaka_db::schema::petitions;
    diesel::update(petitions::table.find(id.parse::<i64>().unwrap()))
        .set(petitions::subject.eq(subject))
        .execute(&mut app.conn())
        .unwrap();
}

/// Issue 9, items 7 and 8: the Atom feed is well-formed XML (parsed back by a real parser)
/// even with markup and control characters in a subject, and no CSV text cell can run as
/// a spreadsheet formula.
#[test]
fn the_feed_is_xml_and_the_csv_runs_no_formula() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let formula = "=HYPERLINK(\"http://evil.example\",\"cliquez\")";
        let first = collecting(&mut agent, "alpha", "premier");
        let second = collecting(&mut agent, "alpha", "second");
        set_subject(&app, &first, formula);
        set_subject(&app, &second, "Bruit \u{1}\u{b} <b>&</b> nocturne");
        let atom = app.client().get_ok("/alpha/petitions.atom");
        let doc = roxmltree::Document::parse(&atom.body).expect("the Atom feed is XML");
        let feed = doc.root_element();
        assert_eq!(feed.tag_name().name(), "feed");
        assert_eq!(
            feed.tag_name().namespace(),
            Some("http://www.w3.org/2005/Atom")
        );
        let entries: Vec<_> = feed
            .children()
            .filter(|n| n.has_tag_name("entry"))
            .collect();
        assert_eq!(entries.len(), 2);
        let titles: Vec<String> = entries
            .iter()
            .filter_map(|e| e.children().find(|n| n.has_tag_name("title")))
            .filter_map(|t| t.text().map(str::to_string))
            .collect();
        assert!(titles
            .iter()
            .any(|t| t.starts_with("Bruit  <b>&</b> nocturne")));
        assert!(feed
            .children()
            .filter(|n| n.has_tag_name("link"))
            .any(|l| l.attribute("rel") == Some("self")));

        let csv = app.client().get_ok("/alpha/petitions.csv");
        let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
        let subjects: Vec<String> = reader
            .records()
            .map(|r| r.unwrap()[5].to_string())
            .collect();
        assert!(subjects.contains(&format!("'{formula}")), "{subjects:?}");
        assert!(subjects
            .iter()
            .all(|s| !s.starts_with(['=', '+', '-', '@'])));
    });
}

/// Issue 9, items 4 and 11: any page number is served (no 500 on overflow), and another
/// commune's petition id is not found in this commune's URLs.
#[test]
fn any_page_number_is_served_and_other_communes_ids_are_not_found() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        setup(&app, "beta");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = collecting(&mut agent, "alpha", "Éclairage");
        for page in [
            "9223372036854775807",
            "-5",
            "99999999999999999999999",
            "x",
            "0",
        ] {
            app.client()
                .get_ok(&format!("/alpha/petitions?page={page}"));
            let api = app
                .client()
                .get(&format!("/api/v1/communes/alpha/petitions?page={page}"));
            api.assert_status(200);
            let page_no = api.json()["page"].as_i64().unwrap();
            assert!((1..=100_000).contains(&page_no), "{page} → {page_no}");
        }
        let first = app.client().get("/api/v1/communes/alpha/petitions?page=-5");
        assert_eq!(first.json()["items"].as_array().unwrap().len(), 1);
        for path in [
            format!("/beta/petitions/{id}"),
            format!("/beta/petitions/{id}/sign"),
            format!("/api/v1/communes/beta/petitions/{id}"),
            format!("/api/v1/communes/beta/petitions/{id}/count"),
        ] {
            app.client().get(&path).assert_status(404);
        }
        agent
            .get(&format!("/beta/petitions/{id}/signatories"))
            .assert_status(404);
        agent
            .post(&format!("/beta/petitions/{id}/withdraw"), &[])
            .assert_status(404);
        let mut bureau = app.signed_in("bureau@beta.ma", PASSWORD);
        for path in [
            format!("/beta/admin/petitions/{id}"),
            format!("/beta/admin/petitions/{id}/file"),
        ] {
            bureau.get(&path).assert_status(404);
        }
        bureau
            .post(&format!("/beta/admin/petitions/{id}/file"), &[])
            .assert_status(404);
        bureau
            .post_fields(&format!("/beta/admin/petitions/{id}/paper"), &signer(1))
            .assert_status(404);
    });
}

fn cin_views(app: &TestApp) -> Vec<(Option<i64>, String)> {
    use diesel::prelude::*;
    use musharaka_db::schema::audit_log;
    audit_log::table
        .filter(audit_log::action.eq("petition.cins_viewed"))
        .order(audit_log::id)
        .select((audit_log::actor_id, audit_log::target))
        .load(&mut app.conn())
        .unwrap()
}

/// Issue 9, item 12: the agent sees counts and names, never CIN numbers; the bureau sees
/// decrypted CIN numbers only in the deposit file, on request, and each view is audited.
#[test]
fn cin_numbers_only_in_the_bureau_file_and_every_view_is_audited() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = collecting(&mut agent, "alpha", "Éclairage");
        paper_signatures(&app, "alpha", &id, 0..3);
        let names = agent.get_ok(&format!("/alpha/petitions/{id}/signatories"));
        names.assert_contains("Numéro1").assert_contains("3");
        assert!(!names.body.contains("JK100001"));
        assert_eq!(names.header("cache-control"), Some("private, no-store"));
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        for path in [
            format!("/alpha/admin/petitions/{id}"),
            format!("/alpha/admin/petitions/{id}/file"),
        ] {
            let page = bureau.get_ok(&path);
            page.assert_contains("Numéro1");
            assert!(!page.body.contains("JK100001"), "{path}");
        }
        assert!(cin_views(&app).is_empty(), "no CIN shown, nothing audited");
        let file = bureau.post(&format!("/alpha/admin/petitions/{id}/file"), &[]);
        file.assert_status(200)
            .assert_contains("JK100000")
            .assert_contains("JK100002");
        assert_eq!(file.header("cache-control"), Some("private, no-store"));
        let bureau_id = {
            let mut conn = app.conn();
            musharaka_identity::store::account_by_email(&mut conn, "bureau@alpha.ma")
                .unwrap()
                .unwrap()
                .id
        };
        assert_eq!(
            cin_views(&app),
            vec![(Some(bureau_id), format!("petition:{id}"))]
        );
        let mut admin = app.signed_in("admin@alpha.ma", PASSWORD);
        admin
            .post(&format!("/alpha/admin/petitions/{id}/file"), &[])
            .assert_status(200)
            .assert_contains("JK100001");
        assert_eq!(cin_views(&app).len(), 2);
        agent
            .post(&format!("/alpha/admin/petitions/{id}/file"), &[])
            .assert_status(403);
        assert_eq!(cin_views(&app).len(), 2);
    });
}
