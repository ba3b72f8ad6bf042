//! Events between domains through the outbox: the council's deliberation on a petition's
//! item reaches the petition (closed, its people mailed) through a `deliberation.decided`
//! job written in the deliberation's transaction — also across a crash between the commit
//! and the event's handling, exactly once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use musharaka_tests::petitions::{
    council_adopts_next_item, on_agenda, restart, run_events, setup, PASSWORD,
};
use musharaka_tests::{on_every_backend, TestApp};

fn decided_mails(app: &TestApp, to: &str) -> usize {
    app.mail()
        .iter()
        .filter(|m| m.to.contains(to) && m.body.contains("/2027"))
        .count()
}

fn pending_events(app: &TestApp) -> i64 {
    musharaka_db::events::pending(&mut app.conn()).unwrap()
}

#[test]
fn a_deliberation_closes_its_petition_through_the_event_once_even_after_a_crash() {
    on_every_backend(|app| {
        let (_, members) = setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = on_agenda(&app, &mut agent, "alpha", "Éclairage du quartier");
        let page = format!("/alpha/petitions/{id}");
        let api = format!("/api/v1/communes/alpha/petitions/{id}");
        assert_eq!(pending_events(&app), 0);

        council_adopts_next_item(&app, "alpha", &members, "صادق المجلس على الطلب");
        // Committed with the deliberation, not yet handled; reading pages changes nothing.
        assert_eq!(pending_events(&app), 1);
        app.client().get_ok(&page);
        assert_eq!(app.client().get(&api).json()["status"], "on_agenda");
        assert_eq!(decided_mails(&app, "agent@example.ma"), 0);

        // The server stops before its worker handled the event; a new one starts.
        let app = restart(app);
        assert_eq!(pending_events(&app), 1);
        assert_eq!(run_events(&app), 1);
        let body = app.client().get(&api).json();
        assert_eq!(body["status"], "decided_accepted");
        assert!(body["deliberation_id"].as_i64().is_some());
        app.client().get(&page).assert_contains("صادق عليها المجلس");
        assert_eq!(decided_mails(&app, "agent@example.ma"), 1);

        // Nothing left, and a redelivery of the same event changes nothing, mails nobody.
        assert_eq!(run_events(&app), 0);
        let event = {
            use diesel::prelude::*;
            use musharaka_db::schema::jobs;
            let job: musharaka_db::jobs::Job = jobs::table
                .filter(jobs::kind.eq("event:deliberation.decided"))
                .select(musharaka_db::jobs::Job::as_select())
                .first(&mut app.conn())
                .unwrap();
            musharaka_db::events::of_job(&job).unwrap()
        };
        assert_eq!(event.str("source"), Some("petition"));
        assert_eq!(event.str("source_ref"), Some(id.as_str()));
        let mail = app.server.state.mail_ctx();
        musharaka_petitions::events::on_deliberation_decided(&mut app.conn(), &mail, &event)
            .unwrap();
        assert_eq!(app.client().get(&api).json()["status"], "decided_accepted");
        assert_eq!(decided_mails(&app, "agent@example.ma"), 1);
    });
}

/// A handler that fails leaves its event to be retried later with back-off (and records
/// why); it does not block the other events.
#[test]
fn a_failing_event_is_retried_later() {
    on_every_backend(|app| {
        let mut conn = app.conn();
        // A petition's deliberation without its commune: the handler refuses it.
        musharaka_db::events::publish(
            &mut conn,
            "deliberation.decided",
            &serde_json::json!({ "source": "petition", "source_ref": "1" }),
        )
        .unwrap();
        musharaka_db::events::publish(&mut conn, "nobody.listens", &serde_json::json!({})).unwrap();
        drop(conn);
        assert_eq!(run_events(&app), 1, "the other event is handled");
        assert_eq!(run_events(&app), 0, "the failed one waits for its retry");
        use diesel::prelude::*;
        use musharaka_db::schema::jobs;
        let (attempts, error, run_at): (i32, Option<String>, chrono::NaiveDateTime) = jobs::table
            .filter(jobs::kind.eq("event:deliberation.decided"))
            .select((jobs::attempts, jobs::last_error, jobs::run_at))
            .first(&mut app.conn())
            .unwrap();
        assert_eq!(attempts, 1);
        assert!(error.unwrap_or_default().contains("commune_id"));
        assert!(run_at > musharaka_core::time::now());
        assert_eq!(pending_events(&app), 1);
    });
}

/// A postponed item (the council's secretariat moves it to a later session) reaches the
/// petition it answers through `item.postponed`: one "postponed" step on its timeline,
/// the later session on its page, and a redelivery adds nothing.
#[test]
fn a_postponed_item_shows_on_its_petition_once() {
    use musharaka_tests::first_capture;
    use musharaka_tests::petitions::next_session;
    on_every_backend(|app| {
        setup(&app, "alpha");
        let mut agent = app.registered("Agent", "agent@example.ma", PASSWORD);
        let id = on_agenda(&app, &mut agent, "alpha", "Éclairage du quartier");
        let page = format!("/alpha/petitions/{id}");
        let step = "التأجيل إلى دورة لاحقة";
        assert!(!app.client().get(&page).body.contains(step));

        let mut sec = musharaka_tests::communes::signed_in(&app, "secretariat@alpha.ma");
        let spath = next_session(&mut sec, "alpha");
        let item = first_capture(&sec.get(&spath).body, r"/items/(\d+)/postpone");
        sec.post(
            &format!("/alpha/admin/council/items/{item}/postpone"),
            &[("reasons", "الملف غير جاهز")],
        )
        .assert_status(303);
        assert_eq!(pending_events(&app), 1);
        assert_eq!(run_events(&app), 1);
        let body = app.client().get(&page).body;
        assert_eq!(body.matches(step).count(), 1, "one postponed step");

        let event = {
            use diesel::prelude::*;
            use musharaka_db::schema::jobs;
            let job: musharaka_db::jobs::Job = jobs::table
                .filter(jobs::kind.eq("event:item.postponed"))
                .select(musharaka_db::jobs::Job::as_select())
                .first(&mut app.conn())
                .unwrap();
            musharaka_db::events::of_job(&job).unwrap()
        };
        assert_eq!(event.str("source_ref"), Some(id.as_str()));
        assert_ne!(event.i64("new_item_id"), event.i64("item_id"));
        musharaka_petitions::events::on_item_postponed(&mut app.conn(), &event).unwrap();
        let body = app.client().get(&page).body;
        assert_eq!(body.matches(step).count(), 1, "a redelivery adds nothing");
    });
}
