//! HTTP tests of co-creation calls with associations (RULES.md §5): a call from publication
//! to a signed agreement and a first report, late notes refused (to the second, Casablanca
//! time), conflicts of interest, evaluators' independence, roles and communes — on SQLite
//! and (when configured) PostgreSQL.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_tests::cocreation::{
    association, call_fields, close_window, criteria, draft_call, draft_note, eligible,
    note_fields, published_call, score, setup, signed_in, submitted_note,
};
use musharaka_tests::{on_every_backend, TestApp};

fn agenda_items_from_cocreation(app: &TestApp) -> i64 {
    use diesel::prelude::*;
    use musharaka_db::schema::agenda_items as a;
    a::table
        .filter(a::source.eq("co_creation_call"))
        .count()
        .get_result(&mut app.conn())
        .unwrap()
}

#[test]
fn a_call_from_publication_to_a_signed_agreement_and_a_first_report() {
    on_every_backend(|app| {
        let (alpha, _) = setup(&app);
        let mut admin = signed_in(&app, "admin@alpha.ma");
        // A bad call is re-shown with its errors, nothing written.
        admin
            .post(
                "/alpha/admin/cocreation",
                &[("title_ar", ""), ("envelope", "abc")],
            )
            .assert_status(422)
            .assert_contains("aria-invalid");
        assert_eq!(app.count("cocreation_calls"), 0);
        // Publishing needs a grid.
        let mut f = call_fields();
        f.retain(|(k, _)| *k != "envelope");
        f.push(("envelope", "150000".into()));
        let call = draft_call(&mut admin, &f);
        musharaka_tests::Client::new(app.server.url(""))
            .get(&format!("/alpha/cocreation/{call}"))
            .assert_status(404);
        admin
            .post(&format!("/alpha/admin/cocreation/{call}/publish"), &[])
            .assert_status(303);
        assert_eq!(
            agenda_items_from_cocreation(&app),
            1,
            "the call goes to the council"
        );
        let mut public = app.client();
        public.get_ok(&format!("/alpha/cocreation/{call}"));

        // Three associations submit; one asks more than the ceiling.
        let mut a1 = association(&app, alpha, "a1@assoc.ma");
        let mut a2 = association(&app, alpha, "a2@assoc.ma");
        let mut a3 = association(&app, alpha, "a3@assoc.ma");
        a1.get_ok(&format!("/alpha/cocreation/{call}/notes/new"));
        let n1 = submitted_note(&mut a1, call, "Espace lecture", "100000", "10000");
        let n2 = submitted_note(&mut a2, call, "Atelier couture", "110000", "11000");
        let n3 = submitted_note(&mut a3, call, "Trop cher", "200000", "20000");
        let receipt = app.last_mail_to("a1@assoc.ma");
        assert!(receipt.body.contains("CC-"), "{}", receipt.body);
        a1.get_ok(&format!("/alpha/cocreation/notes/{n1}/receipt"))
            .assert_contains("CC-");
        // A submitted note is locked.
        a1.post(
            &format!("/alpha/cocreation/notes/{n1}"),
            &[("title", "Changé")],
        )
        .assert_status(422);
        // Another association cannot read it.
        a2.get(&format!("/alpha/cocreation/notes/{n1}"))
            .assert_status(403);

        // Eligibility: the third asks 180,000 MAD, above the 100,000 ceiling.
        let mut e1 = signed_in(&app, "eval1@alpha.ma");
        let mut e2 = signed_in(&app, "eval2@alpha.ma");
        for n in [n1, n2, n3] {
            eligible(&mut e1, n);
        }
        let refused = app.last_mail_to("a3@assoc.ma");
        assert!(refused.body.contains("السقف"), "{}", refused.body);
        a3.get(&format!("/alpha/cocreation/notes/{n3}"))
            .assert_contains("السقف");

        // Independent scoring: e1 cannot read e2's sheet before submitting.
        let k = criteria(&app, call);
        score(&mut e2, k, n1, ("8", "4"), "AVIS-DE-E2").assert_status(303);
        let before = e1.get_ok(&format!("/alpha/admin/cocreation/notes/{n1}"));
        assert!(!before.body.contains("AVIS-DE-E2"));
        score(&mut e1, k, n1, ("9", "5"), "AVIS-DE-E1").assert_status(303);
        e1.get(&format!("/alpha/admin/cocreation/notes/{n1}"))
            .assert_contains("AVIS-DE-E2");
        // A score above the scale is refused and re-shown.
        score(&mut e1, k, n2, ("11", "5"), "").assert_status(422);
        score(&mut e1, k, n2, ("6", "3"), "").assert_status(303);
        score(&mut e2, k, n2, ("7", ""), "").assert_status(303);
        // Submitted sheets are locked.
        score(&mut e1, k, n1, ("1", "1"), "").assert_status(422);

        // Results only after the window closes.
        admin
            .post(&format!("/alpha/admin/cocreation/{call}/results"), &[])
            .assert_status(422);
        close_window(&app, call, 1);
        admin
            .post(&format!("/alpha/admin/cocreation/{call}/results"), &[])
            .assert_status(303);
        assert_eq!(
            agenda_items_from_cocreation(&app),
            2,
            "the selection goes to the council"
        );
        let results = public.get_ok(&format!("/alpha/cocreation/{call}/results"));
        results.assert_contains("Espace lecture");
        let lost = app.last_mail_to("a2@assoc.ma");
        assert!(lost.body.contains("الرتبة 2"), "{}", lost.body);

        // The CSV and the JSON parse back.
        let csv_body = public
            .get(&format!("/alpha/cocreation/{call}/results.csv?lang=fr"))
            .body;
        let mut rd = csv::Reader::from_reader(csv_body.as_bytes());
        let rows: Vec<csv::StringRecord> = rd.records().map(|r| r.unwrap()).collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(&rows[0][1], "Espace lecture");
        // Headers and the outcome in the reader's language, its code beside it.
        let header = rd.headers().unwrap().clone();
        assert_eq!(&header[0], "Rang");
        assert_eq!(&header[header.len() - 1], "outcome_code");
        assert_eq!(&rows[0][rows[0].len() - 2], "Retenu");
        assert_eq!(&rows[0][rows[0].len() - 1], "selected");
        assert_eq!(&rows[1][rows[1].len() - 1], "does_not_fit");
        // n1: (3 × 8.5/10 + 1 × 4.5/5) / 4 × 100 = 86.25
        assert_eq!(&rows[0][5], "86.25");
        let json = public
            .get(&format!("/api/v1/communes/alpha/cocreation/{call}"))
            .json();
        assert_eq!(json["results"][0]["total"], "86.25");
        assert_eq!(json["results"][0]["selected"], true);
        let atom = public.get("/alpha/cocreation.atom").body;
        roxmltree::Document::parse(&atom).unwrap();

        // The agreement: tranches must add up to the grant (90,000 MAD).
        let agreement = format!("/alpha/admin/cocreation/notes/{n1}/agreement");
        admin
            .post(
                &agreement,
                &[
                    ("signed_on", "2026-01-15"),
                    ("tranche_amount", "50000"),
                    ("tranche_condition", "Signature"),
                    ("tranche_due", "2099-03-31"),
                ],
            )
            .assert_status(422);
        admin
            .post(
                &agreement,
                &[
                    ("signed_on", "2026-01-15"),
                    ("tranche_amount", "54000"),
                    ("tranche_condition", "Signature"),
                    ("tranche_due", "2099-03-31"),
                    ("tranche_amount", "36000"),
                    ("tranche_condition", "Rapport à mi-parcours accepté"),
                    ("tranche_due", "2099-06-30"),
                ],
            )
            .assert_status(303);
        assert!(app.last_mail_to("a1@assoc.ma").body.contains("90000"));
        // A first report with the spending on the budget line.
        let page = a1.get(&format!("/alpha/cocreation/notes/{n1}")).body;
        let line = musharaka_tests::first_capture(&page, r#"name="line_id" value="(\d+)""#);
        a1.post(
            &format!("/alpha/cocreation/notes/{n1}/reports"),
            &[
                ("narrative", "Premiers ateliers tenus"),
                ("line_id", &line),
                ("spent", "12500"),
            ],
        )
        .assert_status(303);
        a1.get(&format!("/alpha/cocreation/notes/{n1}"))
            .assert_contains("Premiers ateliers tenus")
            .assert_contains("12");
    });
}

#[test]
fn a_late_note_is_refused_at_the_closing_second() {
    on_every_backend(|app| {
        let (alpha, _) = setup(&app);
        let mut admin = signed_in(&app, "admin@alpha.ma");
        let call = published_call(&mut admin);
        let mut a1 = association(&app, alpha, "a1@assoc.ma");
        let n = draft_note(&mut a1, call, "En retard", "50000", "5000");
        close_window(&app, call, 1);
        a1.post(&format!("/alpha/cocreation/notes/{n}/submit"), &[])
            .assert_status(422)
            .assert_contains("انتهى أجل التقديم");
        a1.post_fields(
            &format!("/alpha/cocreation/{call}/notes"),
            &note_fields("x", "1", "0"),
        )
        .assert_status(422);

        // The boundary second, through the service with the instant given.
        use musharaka_cocreation::service;
        let mut conn = app.conn();
        let perms = musharaka_tests::communes::permissions(&mut conn, "a1@assoc.ma");
        let commune = musharaka_communes::store::by_id(&mut conn, alpha).unwrap();
        let i18n = musharaka_core::I18n::load().unwrap();
        let mail = service::MailContext {
            i18n: &i18n,
            base_url: "http://musharaka.test",
        };
        let closes = musharaka_cocreation::store::call(&mut conn, alpha, call)
            .unwrap()
            .closes_at;
        let late = service::submit(
            &mut conn,
            &mail,
            &perms,
            &commune,
            n,
            closes + chrono::Duration::seconds(1),
        );
        assert_eq!(
            late.unwrap_err().fields,
            vec![("submit".to_string(), "cc-error-late".to_string())]
        );
        let on_time = service::submit(&mut conn, &mail, &perms, &commune, n, closes).unwrap();
        assert_eq!(
            on_time.status,
            musharaka_cocreation::model::NoteStatus::Submitted
        );
    });
}

/// Drafts a call of `alpha` open from `opens_at` to `closes_at` as typed in the form
/// (Casablanca time); the window as stored (UTC): (opens, closes).
fn stored_window(
    app: &TestApp,
    admin: &mut musharaka_tests::Client,
    opens_at: &str,
    closes_at: &str,
) -> (chrono::NaiveDateTime, chrono::NaiveDateTime) {
    let mut f = call_fields();
    for (k, v) in f.iter_mut() {
        match *k {
            "opens_at" => *v = opens_at.into(),
            "closes_at" => *v = closes_at.into(),
            _ => {}
        }
    }
    let call = draft_call(admin, &f);
    let mut conn = app.conn();
    let alpha = musharaka_communes::store::by_slug(&mut conn, "alpha")
        .unwrap()
        .unwrap()
        .id;
    let c = musharaka_cocreation::store::call(&mut conn, alpha, call).unwrap();
    (c.opens_at, c.closes_at)
}

#[test]
fn the_window_is_casablanca_time_across_the_ramadan_suspension() {
    on_every_backend(|app| {
        setup(&app);
        let mut admin = signed_in(&app, "admin@alpha.ma");
        let utc = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap();
        // 15 December 2023: UTC+1.
        let (opens, closes) =
            stored_window(&app, &mut admin, "2023-10-17T00:00", "2023-12-15T23:59:59");
        assert_eq!(closes, utc("2023-12-15 22:59:59"));
        assert_eq!(opens, utc("2023-10-16 23:00:00"));
        // During Ramadan 2024 the clock was UTC+0 (chrono-tz's Africa/Casablanca).
        let (opens, closes) =
            stored_window(&app, &mut admin, "2024-03-01T00:00", "2024-03-20T23:59:59");
        assert_eq!(closes, utc("2024-03-20 23:59:59"));
        assert_eq!(opens, utc("2024-02-29 23:00:00"));
    });
}

#[test]
fn an_evaluator_with_a_conflict_of_interest_is_refused() {
    on_every_backend(|app| {
        let (alpha, _) = setup(&app);
        let mut admin = signed_in(&app, "admin@alpha.ma");
        let call = published_call(&mut admin);
        let mut a1 = association(&app, alpha, "a1@assoc.ma");
        let mut a2 = association(&app, alpha, "a2@assoc.ma");
        let n1 = submitted_note(&mut a1, call, "Projet un", "50000", "5000");
        let n2 = submitted_note(&mut a2, call, "Projet deux", "50000", "5000");
        // The association's representative is also an evaluator of the commune.
        admin
            .post(
                "/alpha/admin/roles",
                &[("email", "a1@assoc.ma"), ("role", "evaluator")],
            )
            .assert_status(303);
        let mut rep = signed_in(&app, "a1@assoc.ma");
        let mut e1 = signed_in(&app, "eval1@alpha.ma");
        eligible(&mut e1, n1);
        eligible(&mut e1, n2);
        let k = criteria(&app, call);
        score(&mut rep, k, n1, ("10", "5"), "").assert_status(403);
        rep.get(&format!("/alpha/admin/cocreation/notes/{n1}"))
            .assert_contains("تضارب المصالح");
        // A declared conflict.
        e1.post(&format!("/alpha/admin/cocreation/notes/{n2}/conflict"), &[])
            .assert_status(303);
        score(&mut e1, k, n2, ("10", "5"), "").assert_status(403);
        assert_eq!(app.count("cocreation_scores"), 0);
    });
}

#[test]
fn wrong_roles_and_communes_are_refused() {
    on_every_backend(|app| {
        let (alpha, _) = setup(&app);
        let mut admin = signed_in(&app, "admin@alpha.ma");
        let call = published_call(&mut admin);
        let mut a1 = association(&app, alpha, "a1@assoc.ma");
        let n1 = submitted_note(&mut a1, call, "Projet un", "50000", "5000");
        // An association cannot reach the back office nor decide eligibility.
        a1.get("/alpha/admin/cocreation").assert_status(403);
        a1.post(
            &format!("/alpha/admin/cocreation/notes/{n1}/eligibility"),
            &[("documents_complete", "on")],
        )
        .assert_status(403);
        // Another commune's admin sees nothing of alpha's.
        let mut beta = signed_in(&app, "admin@beta.ma");
        beta.get(&format!("/alpha/admin/cocreation/{call}"))
            .assert_status(403);
        beta.get(&format!("/beta/admin/cocreation/{call}"))
            .assert_status(404);
        beta.get(&format!("/beta/admin/cocreation/notes/{n1}"))
            .assert_status(404);
        // The commune's admin does not score (evaluators do).
        eligible(&mut admin, n1);
        let k = criteria(&app, call);
        score(&mut admin, k, n1, ("5", "5"), "").assert_status(403);
        // An evaluator does not publish, sign or answer.
        let mut e1 = signed_in(&app, "eval1@alpha.ma");
        e1.post(&format!("/alpha/admin/cocreation/{call}/results"), &[])
            .assert_status(403);
        // A citizen without an association cannot submit a note.
        let mut citizen = app.registered(
            "Citoyen",
            "citoyen@x.ma",
            musharaka_tests::communes::PASSWORD,
        );
        citizen
            .post_fields(
                &format!("/alpha/cocreation/{call}/notes"),
                &note_fields("x", "1000", "100"),
            )
            .assert_status(422);
        // Drafts of calls are not public.
        let draft = draft_call(&mut admin, &call_fields());
        app.client()
            .get(&format!("/alpha/cocreation/{draft}"))
            .assert_status(404);
        app.client()
            .get(&format!("/api/v1/communes/alpha/cocreation/{draft}"))
            .assert_status(404);
    });
}

#[test]
fn the_demo_has_taroudants_2023_call_with_its_selection() {
    musharaka_tests::on_every_demo(|app| {
        let mut c = app.client();
        let list = c.get_ok("/taroudant/cocreation");
        list.assert_contains("تضافر 2023");
        let call = musharaka_tests::first_capture(
            &list.body,
            r#"href="/taroudant/cocreation/(\d+)"[^>]*><strong>[^<]*تضافر 2023"#,
        );
        c.get_ok(&format!("/taroudant/cocreation/{call}"))
            .assert_contains("الخزانة البلدية")
            .assert_contains("32");
        c.get_ok(&format!("/taroudant/cocreation/{call}/results"))
            .assert_contains("جمعية");
        let csv_body = c
            .get(&format!("/taroudant/cocreation/{call}/results.csv"))
            .body;
        let rows: Vec<csv::StringRecord> = csv::Reader::from_reader(csv_body.as_bytes())
            .records()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(rows.len(), 9, "nine eligible notes ranked");
        let selected: Vec<i64> = rows
            .iter()
            .filter(|r| &r[r.len() - 1] == "selected")
            .map(|r| r[r.len() - 3].parse::<i64>().unwrap())
            .collect();
        assert!(!selected.is_empty() && selected.len() < rows.len());
        assert!(
            selected.iter().sum::<i64>() <= 600_000,
            "the envelope is never exceeded"
        );
        roxmltree::Document::parse(&c.get("/taroudant/cocreation.atom").body).unwrap();
        // The evaluators and the admin reach the back office.
        let mut e = app.signed_in("evaluator1.taroudant@demo.musharaka.ma", "musharaka-demo");
        e.get_ok("/taroudant/admin/cocreation");
        e.get_ok(&format!("/taroudant/admin/cocreation/{call}"));
    });
}

#[test]
fn documents_of_the_call_and_private_attachments_of_a_note() {
    on_every_backend(|app| {
        let (alpha, _) = setup(&app);
        let mut admin = signed_in(&app, "admin@alpha.ma");
        let call = published_call(&mut admin);
        admin
            .post_multipart(
                &format!("/alpha/admin/cocreation/{call}/documents"),
                &[],
                &[("document", "termes-de-reference.pdf", b"%PDF-1.4\n%%EOF\n")],
            )
            .assert_status(303);
        app.client()
            .get(&format!("/alpha/cocreation/{call}"))
            .assert_contains("termes-de-reference.pdf");
        let mut a1 = association(&app, alpha, "a1@assoc.ma");
        let mut a2 = association(&app, alpha, "a2@assoc.ma");
        let n = draft_note(&mut a1, call, "Avec pièce", "50000", "5000");
        let base = format!("/alpha/cocreation/notes/{n}");
        a1.post_multipart(
            &format!("{base}/attachments"),
            &[],
            &[("attachment", "budget.pdf", b"%PDF-1.4\n%%EOF\n")],
        )
        .assert_status(303);
        let page = a1.get(&base).body;
        let file = musharaka_tests::first_capture(&page, r#"/attachments/(\d+)""#);
        a1.get_ok(&format!("{base}/attachments/{file}"));
        a2.get(&format!("{base}/attachments/{file}"))
            .assert_status(403);
        app.client()
            .get(&format!("/uploads/{file}"))
            .assert_status(401);
        a1.post(&format!("{base}/submit"), &[]).assert_status(303);
        a1.post_multipart(
            &format!("{base}/attachments"),
            &[],
            &[("attachment", "late.pdf", b"%PDF-1.4\n%%EOF\n")],
        )
        .assert_status(422);
        signed_in(&app, "eval1@alpha.ma").get_ok(&format!("{base}/attachments/{file}"));
    });
}
