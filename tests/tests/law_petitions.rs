//! Issue 16, items 9–13 and the demo's realism, and the petitions part of issue 18: each
//! rule of the law refused or recorded through the real forms, on SQLite and PostgreSQL.
//!
//! * art. 124: an association seated elsewhere files through its branch in the commune;
//!   decree 2.16.403 art. 4: its final receipt is checked, not assumed;
//! * arts. 38, 125: the placement decided at acceptance is stored and shown as stored;
//! * arts. 38, 125, 46: a session created for an accepted petition takes the usual place;
//! * art. 125: a petition postponed by the council has its own state and explanation;
//! * participatory budget: one ballot per person per cycle, whatever the channel;
//! * mail in the signer's language, dates formatted for the reader;
//! * art. 123: a signer under 18, without a tie to the commune or without the declarations
//!   is refused, online and on paper, and nothing is stored.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Duration, Months, NaiveDate};
use musharaka_core::time::{format_date, local_date, now};
use musharaka_core::{I18n, Lang};
use musharaka_tests::budgets::{ballot, ballot_with_cin, paper_ballot, voting_cycle, CITIZEN_CIN};
use musharaka_tests::councils::first_committee_row;
use musharaka_tests::petitions::{
    acceptance, bureau_accepts, collecting, council_adopts_next_item, deposited_by_representative,
    five_years_ago, id_in, new_petition, on_agenda, paper_signatures, run_events, setup, signer,
    verified_association, PASSWORD,
};
use musharaka_tests::{first_capture, message_ar, on_every_backend, on_every_demo};

fn today() -> NaiveDate {
    local_date(now())
}

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

// --- Item 9: art. 124 (seat or branch) and decree 2.16.403 art. 4 (final receipt) ---------

#[test]
fn art_124_an_association_seated_elsewhere_files_through_its_branch() {
    on_every_backend(|app| {
        let (alpha, _) = setup(&app, "alpha");
        setup(&app, "beta");
        // Seated in alpha, verified there; it files in beta.
        let mut agent = verified_association(&app, alpha, "assoc@alpha.ma", five_years_ago(), true);
        let created = new_petition(
            &mut agent,
            "beta",
            [
                "association",
                "دار الشباب",
                "لا فضاء للشباب",
                "إحداث دار للشباب",
            ],
        );
        created.assert_status(303);
        let page = format!("/beta/petitions/{}", id_in(created.location()));
        let mandate = format!("{page}/mandate");
        agent
            .post_multipart(&mandate, &[("legal_representative", "on")], &[])
            .assert_status(303);
        // No branch in beta: refused with the article, in Arabic and in French.
        agent
            .post(&format!("{page}/deposit"), &[])
            .assert_status(422)
            .assert_contains(&message_ar("lp-error-seat-or-branch", &[]))
            .assert_contains("المادة 124");
        agent.get("/lang/fr?next=%2F");
        agent
            .post(&format!("{page}/deposit"), &[])
            .assert_status(422)
            .assert_contains("indiquez l’adresse de son antenne");
        agent.get("/lang/ar?next=%2F");
        // The branch declared, with a copy of the final receipt: deposited.
        let branch = "12 زنقة الأطلس، بيتا";
        agent
            .post_multipart(
                &mandate,
                &[("legal_representative", "on"), ("branch_address", branch)],
                &[("receipt", "recu.pdf", PDF)],
            )
            .assert_status(303);
        agent
            .post(&format!("{page}/deposit"), &[])
            .assert_status(303);
        // The bureau of beta sees the branch and the receipt copy; the copy is private.
        let id = id_in(&page);
        let mut bureau = app.signed_in("bureau@beta.ma", PASSWORD);
        let receipt = format!("{page}/association-receipt");
        bureau
            .get_ok(&format!("/beta/admin/petitions/{id}"))
            .assert_contains(branch)
            .assert_contains(&receipt);
        assert!(bureau.get(&receipt).body.starts_with("%PDF-1.4"));
        assert_eq!(app.client().get(&receipt).status, 401);
        assert!(!app.client().get(&page).body.contains(branch));
    });
}

#[test]
fn decree_2_16_403_the_final_receipt_is_checked_not_assumed() {
    on_every_backend(|app| {
        let (alpha, _) = setup(&app, "alpha");
        let mut agent = verified_association(&app, alpha, "assoc@alpha.ma", five_years_ago(), true);
        // The receipt declared on the association's file is dated after the filing day:
        // the association does not hold a final receipt yet.
        {
            use diesel::prelude::*;
            use musharaka_db::schema::associations;
            diesel::update(associations::table)
                .set(associations::receipt_date.eq(today() + Duration::days(30)))
                .execute(&mut app.conn())
                .unwrap();
        }
        let page = deposited_or_refused(&mut agent);
        agent
            .post(&format!("{page}/deposit"), &[])
            .assert_status(422)
            .assert_contains(&message_ar("lp-error-final-receipt", &[]))
            .assert_contains("2.16.403");
        assert_eq!(app.count("petitions WHERE status = 'deposited'"), 0);
        // Dated before the filing: the declaration is checked and the deposit goes through.
        {
            use diesel::prelude::*;
            use musharaka_db::schema::associations;
            diesel::update(associations::table)
                .set(associations::receipt_date.eq(five_years_ago()))
                .execute(&mut app.conn())
                .unwrap();
        }
        agent
            .post(&format!("{page}/deposit"), &[])
            .assert_status(303);
    });
}

/// An association's draft in alpha whose agent declares being the legal representative.
fn deposited_or_refused(agent: &mut musharaka_tests::Client) -> String {
    let r = new_petition(
        agent,
        "alpha",
        ["association", "Maison des jeunes", "Motifs", "Point"],
    );
    r.assert_status(303);
    let page = format!("/alpha/petitions/{}", id_in(r.location()));
    agent
        .post_multipart(
            &format!("{page}/mandate"),
            &[("legal_representative", "on")],
            &[],
        )
        .assert_status(303);
    page
}

// --- Items 10 and 11: arts. 38, 125 (placement stored), 46 (usual place) ------------------

#[test]
fn art_38_the_placement_is_stored_and_shown_as_decided() {
    on_every_backend(|app| {
        let (alpha, _) = setup(&app, "alpha");
        {
            use diesel::prelude::*;
            use musharaka_db::schema::communes;
            diesel::update(communes::table.find(alpha))
                .set(communes::address_ar.eq("ساحة الجماعة، ألفا"))
                .execute(&mut app.conn())
                .unwrap();
        }
        let mut agent = verified_association(&app, alpha, "assoc@alpha.ma", five_years_ago(), true);
        let page = deposited_by_representative(&mut agent, "Maison des jeunes");
        let id = id_in(&page);
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        let decide = format!("/alpha/admin/petitions/{id}/decide");
        // Art. 125: an accepted petition is referred to the competent committee; the bureau
        // cannot accept without naming it.
        bureau
            .post_fields(&decide, &acceptance(""))
            .assert_status(422)
            .assert_contains("المادة 125");
        let committee = first_committee_row(&app, "alpha");
        bureau
            .post_fields(&decide, &acceptance(&committee.id.to_string()))
            .assert_status(303);
        app.client().get(&page).assert_contains(&message_ar(
            "lp-referred-to",
            &[("committee", committee.name_ar.as_str().into())],
        ));
        let next = musharaka_councils::next_open_ordinary_session(
            today(),
            &[],
            &musharaka_councils::WorkingCalendar::default(),
        );
        let i18n = I18n::load().unwrap();
        let ar = |d| format_date(&i18n, Lang::Ar, d);
        let accepted = message_ar("pet-session-accepted-on", &[("date", ar(today()).into())]);
        app.client()
            .get_ok(&page)
            .assert_contains(&accepted)
            .assert_contains(&ar(next.session.start));

        // The decision is stored: a later change of the recorded day (or of the calendar)
        // does not make the page tell another story.
        {
            use diesel::prelude::*;
            use musharaka_db::schema::petitions;
            let stored: Option<String> = petitions::table
                .find(id.parse::<i64>().unwrap())
                .select(petitions::placement)
                .first(&mut app.conn())
                .unwrap();
            let stored = stored.expect("placement stored at acceptance");
            assert!(stored.contains(&next.session.start.to_string()), "{stored}");
            diesel::update(petitions::table.find(id.parse::<i64>().unwrap()))
                .set(
                    petitions::bureau_decided_at.eq(NaiveDate::from_ymd_opt(2027, 9, 12)
                        .unwrap()
                        .and_hms_opt(10, 0, 0)
                        .unwrap()),
                )
                .execute(&mut app.conn())
                .unwrap();
        }
        let body = app.client().get(&page).body;
        assert!(body.contains(&accepted), "the stored day is shown");
        assert!(!body.contains("12 شتنبر 2027"), "no recomputation");

        // Item 11: the session created for the petition took the commune's usual place.
        use diesel::prelude::*;
        use musharaka_db::schema::council_sessions;
        let places: Vec<String> = council_sessions::table
            .filter(council_sessions::commune_id.eq(alpha))
            .select(council_sessions::place)
            .load(&mut app.conn())
            .unwrap();
        assert_eq!(places, vec!["ساحة الجماعة، ألفا".to_string()]);

        // The acceptance mail prints the session's date for its reader, not ISO.
        let mail = app.last_mail_to("assoc@alpha.ma");
        assert!(mail.body.contains(&ar(next.session.start)), "{}", mail.body);
        assert!(
            !mail.body.contains(&next.session.start.to_string()),
            "{}",
            mail.body
        );
    });
}

// --- Item 12: art. 125, a postponed petition ---------------------------------------------

#[test]
fn art_125_a_petition_postponed_by_the_council_says_so_and_why() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = on_agenda(&app, &mut agent, "alpha", "Éclairage du quartier");
        let page = format!("/alpha/petitions/{id}");
        let api = format!("/api/v1/communes/alpha/petitions/{id}");
        assert_eq!(app.client().get(&api).json()["status"], "on_agenda");

        let mut sec = musharaka_tests::communes::signed_in(&app, "secretariat@alpha.ma");
        let spath = musharaka_tests::petitions::next_session(&mut sec, "alpha");
        let item = first_capture(&sec.get(&spath).body, r"/items/(\d+)/postpone");
        sec.post(
            &format!("/alpha/admin/council/items/{item}/postpone"),
            &[("reasons", "تقرير اللجنة غير جاهز")],
        )
        .assert_status(303);
        run_events(&app);
        assert_eq!(app.client().get(&api).json()["status"], "decided_postponed");
        app.client()
            .get_ok(&page)
            .assert_contains(&message_ar("lp-postponed-lead", &[]))
            .assert_contains("تقرير اللجنة غير جاهز")
            .assert_contains(&message_ar("pet-status-decided_postponed", &[]));
        let mut fr = app.client();
        fr.get("/lang/fr?next=%2F");
        fr.get(&page)
            .assert_contains("Le conseil a reporté l’examen de cette pétition");
        // A redelivered event changes nothing.
        assert_eq!(run_events(&app), 0);
        assert_eq!(app.client().get(&api).json()["status"], "decided_postponed");
    });
}

// --- Item 13: one ballot per person per cycle, whatever the channel ----------------------

#[test]
fn one_ballot_per_person_per_cycle_whatever_the_channel() {
    on_every_backend(|app| {
        let (mut admin, mut citizen, cycle, proposals) = voting_cycle(&app);
        let vote = format!("/alpha/budgets/{cycle}/vote");
        let two = [proposals[0].as_str(), proposals[1].as_str()];
        citizen.get(&vote).assert_contains(r#"name="voter_cin""#);
        // No CIN: refused, nothing stored.
        ballot_with_cin(&mut citizen, &cycle, &two, "1990", "")
            .assert_status(422)
            .assert_contains(&message_ar("lp-ballot-cin-required", &[]));
        assert_eq!(app.count("pb_ballots"), 0);
        ballot(&mut citizen, &cycle, &two, "1990").assert_status(303);
        // The same person on paper: refused, whatever the account.
        admin.get(&format!("/alpha/admin/budgets/{cycle}"));
        paper_ballot(
            &mut admin,
            &cycle,
            "P-001",
            ("voter_cin", CITIZEN_CIN),
            &two,
        )
        .assert_status(409)
        .assert_contains(&message_ar("lp-ballot-cin-voted-online", &[]));
        // The same person with a second account: refused.
        let mut second = app.registered("Second", "second@x.ma", PASSWORD);
        second.get_ok(&vote);
        ballot_with_cin(&mut second, &cycle, &two, "1990", " jb 654321 ")
            .assert_status(409)
            .assert_contains("صوت واحد لكل شخص");
        assert_eq!(app.count("pb_ballots"), 1);
        // Another person votes on paper, then tries online: refused, in French too.
        paper_ballot(&mut admin, &cycle, "P-002", ("voter_cin", "K777777"), &two)
            .assert_status(303);
        let mut third = app.registered("Third", "third@x.ma", PASSWORD);
        third.get("/lang/fr?next=%2F");
        third.get(&vote);
        ballot_with_cin(&mut third, &cycle, &two, "1990", "K777777")
            .assert_status(409)
            .assert_contains("a déjà voté sur papier");
        // The first voter edits their own ballot with their own CIN, not with another's.
        let other = [proposals[0].as_str(), proposals[2].as_str()];
        ballot(&mut citizen, &cycle, &other, "1990").assert_status(303);
        ballot_with_cin(&mut citizen, &cycle, &two, "1990", "K777777").assert_status(409);
        ballot_with_cin(&mut citizen, &cycle, &two, "1990", "Z1").assert_status(409);
        assert_eq!(app.count("pb_ballots"), 2);
        assert_eq!(app.count("pb_ballots WHERE cin_hash IS NULL"), 0);
        // A paper ballot for an account without a CIN is refused; no CIN leaks anywhere.
        paper_ballot(
            &mut admin,
            &cycle,
            "P-003",
            ("voter_email", "third@x.ma"),
            &two,
        )
        .assert_status(422);
        let stored: Vec<String> = {
            use diesel::prelude::*;
            use musharaka_db::schema::pb_ballots;
            pb_ballots::table
                .select(pb_ballots::voter_key)
                .load(&mut app.conn())
                .unwrap()
        };
        assert!(stored
            .iter()
            .all(|k| !k.contains("777777") && !k.contains("654321")));
    });
}

// --- Issue 18: mail in the signer's language ----------------------------------------------

#[test]
fn the_confirmation_mail_is_in_the_language_of_the_signing_page() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = musharaka_tests::petitions::collecting(&mut agent, "alpha", "Éclairage");
        let page = format!("/alpha/petitions/{id}");
        for (lang, i, email, expected) in [
            ("fr", 1, "fr@example.ma", "Pour valider votre signature"),
            ("ar", 2, "ar@example.ma", "مرحبا"),
        ] {
            let mut anon = app.client();
            anon.get(&format!("/lang/{lang}?next=%2F"));
            anon.get(&format!("{page}/sign"));
            let mut fields = signer(i);
            fields.push(("email", email.into()));
            anon.post_fields(&format!("{page}/sign"), &fields)
                .assert_status(200);
            let mail = app.last_mail_to(email);
            assert!(mail.body.contains(expected), "{lang}: {}", mail.body);
        }
    });
}

// --- Demo data realism ----------------------------------------------------------------------

#[test]
fn the_demo_history_is_dated_when_it_happened() {
    on_every_demo(|app| {
        let mut c = app.client();
        for slug in ["taroudant", "tetouan"] {
            let list = c.get(&format!("/api/v1/communes/{slug}/petitions")).json();
            let items = list["items"].as_array().unwrap();
            // Mostly Arabic titles in an Arabic commune.
            let arabic = items
                .iter()
                .filter(|p| {
                    p["subject"]
                        .as_str()
                        .unwrap()
                        .chars()
                        .any(|ch| ('\u{0600}'..='\u{06FF}').contains(&ch))
                })
                .count();
            assert!(arabic * 2 > items.len(), "{slug}: {arabic}/{}", items.len());
            // The answered petitions carry their 2025 history, not the load day.
            let answered = items
                .iter()
                .find(|p| p["status"] == "decided_accepted")
                .unwrap();
            let page = c.get_ok(&format!("/{slug}/petitions/{}", answered["id"]));
            page.assert_contains("2025");
            let load_day = format_date(&I18n::load().unwrap(), Lang::Ar, today());
            assert!(
                !page.body.contains(&format!("{load_day} ")),
                "{slug}: no step of a 2025 petition dated on the load day"
            );
            // The median time to the bureau's decision is within the law's 3 months.
            let list_page = c.get(&format!("/{slug}/petitions")).body;
            let median: i64 =
                first_capture(&list_page, r"<strong>(\d+)</strong><div>يوما \(الوسيط\)")
                    .parse()
                    .unwrap();
            assert!(median <= 92, "{slug}: median {median} days");
            // The overdue petition says by how much, never a negative count.
            assert!(list_page.contains(&message_ar("pet-overdue", &[])));
            let mut bureau = app.signed_in(
                &format!("bureau.{slug}@demo.musharaka.ma"),
                "musharaka-demo",
            );
            let admin = bureau.get(&format!("/{slug}/admin/petitions")).body;
            assert!(admin.contains("متأخر بـ"), "{slug}: overdue by N days");
            assert!(!admin.contains("بقي -"), "{slug}: a negative count");
        }
    });
}

/// Issue 16: the mail about the council's decision reached every signer in Arabic; each
/// signer now hears of it in the language of the page they signed on.
#[test]
fn signers_hear_of_the_decision_in_the_language_they_signed_in() {
    on_every_backend(|app| {
        let (_, members) = setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = collecting(&mut agent, "alpha", "Éclairage public");
        let page = format!("/alpha/petitions/{id}");
        for (lang, i, email) in [("fr", 0, "fr@example.ma"), ("ar", 1, "ar@example.ma")] {
            let mut anon = app.client();
            anon.get(&format!("/lang/{lang}"));
            let mut fields = signer(i);
            fields.push(("email", email.into()));
            anon.post_fields(&format!("{page}/sign"), &fields)
                .assert_status(200);
            let link = app.mailed_link(email, "/petitions/confirm/");
            anon.post(&link, &[]).assert_status(200);
        }
        paper_signatures(&app, "alpha", &id, 2..100);
        agent
            .post(&format!("{page}/deposit"), &[])
            .assert_status(303);
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        bureau_accepts(&app, &mut bureau, "alpha", &id).assert_status(303);
        council_adopts_next_item(&app, "alpha", &members, "صادق المجلس على الإنارة العمومية");
        assert_eq!(run_events(&app), 1);
        let fr = app.last_mail_to("fr@example.ma");
        assert!(fr.body.contains("Le conseil a délibéré"), "{}", fr.body);
        let ar = app.last_mail_to("ar@example.ma");
        assert!(ar.body.contains("تداول المجلس في العريضة"), "{}", ar.body);
    });
}

/// The signatures counted for petition `id` of `slug` (online and paper together).
fn signature_count(app: &musharaka_tests::TestApp, slug: &str, id: &str) -> i64 {
    musharaka_tests::petitions::signature_counts(app, slug, id)["total"]
        .as_i64()
        .unwrap()
}

/// `fields` with `key` set to `value` (removed when `value` is None).
fn with(
    mut fields: Vec<(&'static str, String)>,
    key: &'static str,
    value: Option<&str>,
) -> Vec<(&'static str, String)> {
    fields.retain(|(k, _)| *k != key);
    fields.extend(value.map(|v| (key, v.to_string())));
    fields
}

/// Art. 123 (`petitions::rules::signer_unmet_conditions`): a signer is an adult from the
/// 18th birthday, lives or works in the commune and makes both declarations. Each unmet
/// condition is refused with 422 and its field marked, online (a signed-in citizen, whose
/// signature would count at once) and, for age and tie, on the bureau's paper form (the
/// paper list carries the declarations); nothing is stored.
#[test]
fn art_123_signers_under_18_without_a_tie_or_declarations_are_refused() {
    on_every_backend(|app| {
        setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = collecting(&mut agent, "alpha", "Éclairage public");
        let sign = format!("/alpha/petitions/{id}/sign");
        let paper = format!("/alpha/admin/petitions/{id}/paper");
        let mut citizen = app.registered("Citizen", "citizen@example.ma", PASSWORD);
        let mut bureau = app.signed_in("bureau@alpha.ma", PASSWORD);
        let eighteen = Months::new(12 * 18);
        // Turns 18 tomorrow: not yet an adult today.
        let minor = (today() + Duration::days(1))
            .checked_sub_months(eighteen)
            .unwrap();
        let minor = minor.to_string();
        let undeclared = |i| {
            let fields = with(signer(i), "declares_electoral_conditions", None);
            with(fields, "declares_common_interest", None)
        };
        let (adult, tie) = (
            message_ar("pet-error-adult", &[]),
            message_ar("pet-error-tie", &[]),
        );
        let declaration = message_ar("pet-error-declaration", &[]);
        // (fields, fields marked, message, also on the bureau's paper form): the paper list
        // carries the signer's declarations, so the paper form does not ask for them.
        let refusals = [
            (
                with(signer(1), "birth_date", Some(&minor)),
                vec!["birth_date"],
                adult.as_str(),
                true,
            ),
            (
                with(signer(2), "tie", Some("")),
                vec!["tie"],
                tie.as_str(),
                true,
            ),
            (
                with(signer(3), "tie", None),
                vec!["tie"],
                tie.as_str(),
                true,
            ),
            (
                undeclared(4),
                vec!["declares_electoral_conditions", "declares_common_interest"],
                declaration.as_str(),
                false,
            ),
        ];
        for (fields, marked, message, on_paper) in &refusals {
            let mut channels = vec![(&mut citizen, &sign)];
            if *on_paper {
                channels.push((&mut bureau, &paper));
            }
            for (client, path) in channels {
                let refused = client.post_fields(path, fields);
                refused
                    .assert_status(422)
                    .assert_contains(message)
                    .assert_contains("المادة 123");
                for field in marked {
                    refused.assert_contains(&format!("id=\"{field}-error\""));
                }
                assert_eq!(signature_count(&app, "alpha", &id), 0, "{path}: {marked:?}");
            }
        }
        // The 18th birthday itself: an adult, counted at once.
        let adult = today().checked_sub_months(eighteen).unwrap().to_string();
        citizen
            .post_fields(&sign, &with(signer(5), "birth_date", Some(&adult)))
            .assert_status(200)
            .assert_contains(&message_ar("pet-signed-counted", &[]));
        bureau
            .post_fields(&paper, &with(signer(6), "birth_date", Some(&adult)))
            .assert_status(303);
        assert_eq!(signature_count(&app, "alpha", &id), 2);
    });
}
