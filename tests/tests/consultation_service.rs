//! Service and store tests on a real database (SQLite, and PostgreSQL when
//! `MUSHARAKA_TEST_POSTGRES` is set): one online answer per account even under a race,
//! supports derived from rows, dates enforced, moderation audited and never deleting.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::Duration;
use musharaka_communes::service::create_commune;
use musharaka_consultations::service::{self, CommentInput, DraftInput, QuestionInput, Speaker};
use musharaka_consultations::{Channel, HideReason, QuestionKind, Subject};
use musharaka_core::time::today;
use musharaka_db::testing::{backends, TestDb};
use musharaka_db::AnyConnection;
use musharaka_identity::service::{create_admin, Grant};
use musharaka_identity::{Permissions, Role};
use musharaka_tests::communes::{facts, permissions, PASSWORD};

/// A confirmed account with `grant`, named after its e-mail address; its permissions.
fn account(conn: &mut AnyConnection, email: &str, grant: Grant) -> Permissions {
    create_admin(conn, email, email, PASSWORD, grant).unwrap();
    permissions(conn, email)
}

/// A published consultation open today, with one section and a single-choice question.
fn open_consultation(conn: &mut AnyConnection) -> (i64, Permissions, i64, i64, i64) {
    let c = create_commune(conn, None, &facts("alpha", 30_000))
        .unwrap()
        .id;
    let admin = account(conn, "admin@alpha.ma", Grant::Role(c, Role::Admin));
    let d = DraftInput {
        subject: Subject::Bylaw,
        title_ar: "ق".into(),
        title_fr: "Arrêté".into(),
        text_ar: "ن".into(),
        text_fr: "Texte".into(),
        owner_service: "Service".into(),
        opens_on: today(),
        closes_on: today() + Duration::days(7),
        channels: vec![Channel::Comments, Channel::Questionnaire],
        districts: String::new(),
    };
    let id = service::create(conn, &admin, c, &d).unwrap();
    let section = service::add_section(conn, &admin, c, id, "Article 1", "Texte").unwrap();
    let q = QuestionInput {
        kind: QuestionKind::Single,
        prompt_ar: "س",
        prompt_fr: "Q",
        options: "نعم | Oui\nلا | Non",
        required: true,
    };
    let question = service::add_question(conn, &admin, c, id, &q).unwrap();
    service::publish(conn, &admin, c, id).unwrap();
    (c, admin, id, section, question)
}

#[test]
fn one_online_answer_per_account_even_when_two_arrive_at_once() {
    for backend in backends() {
        let db = TestDb::new(backend);
        let mut conn = db.pool.get().unwrap();
        let (c, _, id, _, q) = open_consultation(&mut conn);
        let citizen = account(&mut conn, "amina@example.ma", Grant::Citizen);
        drop(conn);
        let form = vec![(format!("q{q}"), "0".to_string())];
        let handles: Vec<_> = (0..2)
            .map(|_| {
                let (pool, who, form) = (db.pool.clone(), citizen.clone(), form.clone());
                std::thread::spawn(move || {
                    let mut conn = pool.get().unwrap();
                    loop {
                        match service::respond_online(&mut conn, &who, c, id, &form, today()) {
                            Err(e) if e.is_retryable() => continue,
                            other => return other.is_ok(),
                        }
                    }
                })
            })
            .collect();
        let ok: Vec<bool> = handles.into_iter().map(|h| h.join().unwrap()).collect();
        assert_eq!(ok.iter().filter(|o| **o).count(), 1, "{backend}: {ok:?}");
        let mut conn = db.pool.get().unwrap();
        let r = service::results(&mut conn, None, c, id).unwrap();
        assert_eq!((r.responses_online, r.responses_paper), (1, 0));
        let err = service::respond_online(&mut conn, &citizen, c, id, &form, today()).unwrap_err();
        assert_eq!(err.fields[0].1, "cons-error-already-answered");
    }
}

#[test]
fn supports_are_derived_and_moderation_hides_without_deleting() {
    for backend in backends() {
        let db = TestDb::new(backend);
        let mut conn = db.pool.get().unwrap();
        let (c, admin, id, section, _) = open_consultation(&mut conn);
        let a = account(&mut conn, "a@example.ma", Grant::Citizen);
        let b = account(&mut conn, "b@example.ma", Grant::Citizen);
        let said = |body: &str| CommentInput {
            body: body.into(),
            speaker: Speaker::Citizen,
        };
        let cm = service::comment(&mut conn, &a, c, id, section, &said("Bien"), today()).unwrap();
        assert!(service::support(&mut conn, &b, c, id, cm, today()).unwrap());
        assert!(!service::support(&mut conn, &b, c, id, cm, today()).unwrap());
        let page = service::public_page(&mut conn, None, c, id).unwrap();
        assert_eq!(page.comments[0].supports, 1);
        // A late comment is refused on the day after closing.
        let late = today() + Duration::days(8);
        let err = service::comment(&mut conn, &a, c, id, section, &said("Tard"), late).unwrap_err();
        assert_eq!(err.fields[0].1, "cons-error-closed");
        // Only the owner hides, with a reason; the comment stays.
        assert!(service::hide(&mut conn, &b, c, id, cm, HideReason::OffTopic, "").is_err());
        service::hide(
            &mut conn,
            &admin,
            c,
            id,
            cm,
            HideReason::OffTopic,
            "hors sujet",
        )
        .unwrap();
        let page = service::public_page(&mut conn, None, c, id).unwrap();
        assert!(page.comments[0].comment.is_hidden());
        assert_eq!(page.comments[0].comment.body, "Bien");
        assert!(service::hide(&mut conn, &admin, c, id, cm, HideReason::OffTopic, "").is_err());
    }
}
