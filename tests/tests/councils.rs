//! The council secretariat's full path, from a new session to signed minutes, on SQLite
//! and PostgreSQL; and every step refused to a citizen and to another commune's secretariat.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use diesel::prelude::*;
use musharaka_councils::{rules, SessionKind, WorkingCalendar};
use musharaka_tests::communes::platform_admin;
use musharaka_tests::councils::{
    attendance_fields, commune_with_council, council_secretariat, member_vote_fields, post_item,
    tie_with_the_president_in_favour, PASSWORD,
};
use musharaka_tests::{last_capture, message_ar, on_every_backend, Client, Response, TestApp};

fn id_from(res: &Response, pattern: &str) -> String {
    let re = regex_lite::Regex::new(pattern).unwrap();
    re.captures(if res.location().is_empty() {
        &res.body
    } else {
        res.location()
    })
    .unwrap_or_else(|| {
        panic!(
            "{pattern} not in {} / {}",
            res.location(),
            &res.body[..res.body.len().min(2000)]
        )
    })[1]
        .to_string()
}

/// Posts attendance: the first `present` members present, the others absent.
fn attendance(
    c: &mut Client,
    base: &str,
    sitting: &str,
    members: &[i64],
    present: usize,
) -> Response {
    c.post_fields(
        &format!("{base}/sittings/{sitting}/attendance"),
        &attendance_fields(members, present),
    )
}

fn vote_members(c: &mut Client, url: &str, votes: &[(i64, &str)]) -> Response {
    c.post_fields(url, &member_vote_fields(votes))
}

#[test]
fn secretariat_path_from_new_session_to_signed_minutes() {
    on_every_backend(|app| {
        let (m, mut sec) = council_secretariat(&app, "alpha");
        commune_with_council(&app, "beta");
        let base = "/alpha/admin/council";
        sec.get_ok(base);

        // Art. 33: an ordinary session starts in the first week of February, May or October.
        sec.get_ok(&format!("{base}/sessions/new"));
        let session = |start: &str, end: &str| {
            vec![
                ("kind", "ordinary".to_string()),
                ("trigger", String::new()),
                ("trigger_note", String::new()),
                ("starts_on", start.to_string()),
                ("ends_on", end.to_string()),
                ("place", "Salle des délibérations".to_string()),
            ]
        };
        let post_session =
            |c: &mut Client, f: Vec<(&str, String)>| c.post_fields(&format!("{base}/sessions"), &f);
        post_session(&mut sec, session("2026-02-10", "2026-02-12"))
            .assert_status(422)
            .assert_contains("المادة 33");
        // Art. 34: at most 15 days.
        post_session(&mut sec, session("2026-02-02", "2026-02-25"))
            .assert_status(422)
            .assert_contains("المادة 34");
        let created = post_session(&mut sec, session("2026-02-02", "2026-02-12"));
        created.assert_status(303);
        let sid = id_from(&created, r"/sessions/(\d+)");
        let spath = format!("{base}/sessions/{sid}");
        sec.get_ok(&spath)
            .assert_contains(&message_ar("council-deadline-agenda", &[]));

        // Agenda: items from the president, from members (refused with reasons, art. 40),
        // an action-programme item (art. 43), and one postponed to the next session.
        let item = |c: &mut Client, title: &str, matter: &str, source: &str| {
            let requesters = if source == "members" { "1" } else { "" };
            c.post(
                &format!("{spath}/items"),
                &[
                    ("title_ar", title),
                    ("title_fr", title),
                    ("summary", "…"),
                    ("committee", ""),
                    ("matter", matter),
                    ("source", source),
                    ("requesters", requesters),
                ],
            )
            .assert_status(303);
        };
        item(&mut sec, "Budget 2027", "general", "president");
        item(&mut sec, "Demande des membres", "general", "members");
        item(
            &mut sec,
            "Programme d'action",
            "action_programme",
            "president",
        );
        item(&mut sec, "Point à reporter", "general", "president");
        sec.post(
            &format!("{spath}/items"),
            &[
                ("title_ar", ""),
                ("title_fr", "x"),
                ("matter", "general"),
                ("source", "president"),
            ],
        )
        .assert_status(422);
        let page = sec.get(&spath);
        let items: Vec<String> = regex_lite::Regex::new(r"/items/(\d+)/postpone")
            .unwrap()
            .captures_iter(&page.body)
            .map(|c| c[1].to_string())
            .collect();
        assert_eq!(items.len(), 4);
        // The committee's report (art. 28) and the item's PDF documents, shown in public.
        let act = |k: usize, action: &str| format!("{base}/items/{}/{action}", items[k]);
        let committee = musharaka_tests::councils::first_committee(&app, "alpha").to_string();
        for (report, committee, status) in [
            (" ", committee.as_str(), 422),
            ("Avis favorable de la commission du budget", "", 422),
            ("Avis favorable de la commission du budget", "999999", 422),
            (
                "Avis favorable de la commission du budget",
                committee.as_str(),
                303,
            ),
        ] {
            sec.post(
                &act(0, "report"),
                &[("report", report), ("committee", committee)],
            )
            .assert_status(status);
        }
        for (file, body, status) in [
            ("note.html", &b"<html>"[..], 422),
            ("projet-budget.pdf", b"%PDF-1.4\n%%EOF\n", 303),
        ] {
            sec.post_multipart(&act(0, "documents"), &[], &[("document", file, body)])
                .assert_status(status);
        }
        let public = app
            .client()
            .get_ok(&format!("/alpha/council/sessions/{sid}"));
        public
            .assert_contains("Avis favorable de la commission du budget")
            .assert_contains("projet-budget.pdf");
        // Refusing needs reasons and an item not yet acted on; postponing too.
        for (k, action, reasons, status) in [
            (1, "refuse", " ", 422),
            (0, "refuse", "hors compétence", 409),
            (1, "refuse", "Hors des compétences de la commune", 303),
            (3, "postpone", "Étude de la commission inachevée", 303),
        ] {
            sec.post(&act(k, action), &[("reasons", reasons)])
                .assert_status(status);
        }
        let dash = sec.get(base);
        assert!(
            dash.body.contains("2027") && dash.body.matches("/sessions/").count() >= 3,
            "the postponed item created the next session"
        );

        // Convene and open; a first sitting without quorum cannot vote (art. 42).
        for event in ["convene", "open"] {
            sec.post(&format!("{spath}/transition"), &[("event", event)])
                .assert_status(303);
        }
        sec.post(&format!("{spath}/transition"), &[("event", "open")])
            .assert_status(409);
        let sit = |c: &mut Client, date: &str, convocation: &str| {
            c.post(
                &format!("{spath}/sittings"),
                &[
                    ("date", date),
                    ("time", "10:00"),
                    ("convocation", convocation),
                    ("requester", "president"),
                    ("closed_reasons", ""),
                ],
            )
            .assert_status(303);
            last_capture(&c.get(&spath).body, r"/sittings/(\d+)")
        };
        // A closed sitting needs reasons (art. 48).
        sec.post(
            &format!("{spath}/sittings"),
            &[
                ("date", "2026-02-02"),
                ("time", "10:00"),
                ("convocation", "first"),
                ("closed", "on"),
                ("requester", "president"),
                ("closed_reasons", ""),
            ],
        )
        .assert_status(422);
        let first = sit(&mut sec, "2026-02-02", "first");
        attendance(&mut sec, base, &first, &m, 4).assert_status(303);
        sec.get(&format!("{base}/sittings/{first}"))
            .assert_contains("النصاب غير مكتمل");
        vote_members(
            &mut sec,
            &format!("{base}/sittings/{first}/items/{}/vote", items[0]),
            &[(m[0], "in_favour")],
        )
        .assert_status(409);
        let second = sit(&mut sec, "2026-02-05", "second");
        attendance(&mut sec, base, &second, &m, 7).assert_status(303);
        sec.get_ok(&format!("{base}/sittings/{second}"))
            .assert_contains("النصاب القانوني مكتمل");
        let vote_url = |item: &str| format!("{base}/sittings/{second}/items/{item}/vote");
        sec.get_ok(&format!("{base}/sittings/{second}/items/{}", items[0]));

        // A tie: the president's side wins (art. 43); an absent member cannot vote.
        vote_members(
            &mut sec,
            &vote_url(&items[0]),
            &[(m[0], "in_favour"), (m[8], "against")],
        )
        .assert_status(422);
        vote_members(
            &mut sec,
            &vote_url(&items[0]),
            &tie_with_the_president_in_favour(&m),
        )
        .assert_status(303);
        sec.get(&format!("{base}/sittings/{second}/items/{}", items[0]))
            .assert_contains("يرجح الجانب الذي صوت معه الرئيس");
        vote_members(&mut sec, &vote_url(&items[0]), &[(m[0], "in_favour")]).assert_status(409);

        // Counts that exceed the members present are refused; the outcome cannot be typed.
        let counts = |c: &mut Client, item: &str, f: &str, a: &str, ab: &str| {
            c.post(
                &vote_url(item),
                &[
                    ("mode", "counts"),
                    ("in_favour", f),
                    ("against", a),
                    ("abstain", ab),
                    ("president_vote", ""),
                ],
            )
        };
        // Art. 28: no vote before the committee's report.
        counts(&mut sec, &items[2], "4", "1", "0")
            .assert_status(422)
            .assert_contains("المادة 28");
        musharaka_tests::councils::post_report(&app, &mut sec, "alpha", &items[2])
            .assert_status(303);
        counts(&mut sec, &items[2], "6", "2", "0").assert_status(422);
        // Action programme: 4 of 10 members in office is not a majority → second sitting.
        counts(&mut sec, &items[2], "4", "1", "0").assert_status(303);
        sec.get(&format!("{base}/sittings/{second}/items/{}", items[2]))
            .assert_contains("جلسة ثانية");
        // The second sitting decides by votes cast.
        sec.post(
            &vote_url(&items[2]),
            &[
                ("mode", "counts"),
                ("ballot", "second_sitting"),
                ("in_favour", "4"),
                ("against", "1"),
                ("abstain", "0"),
                ("president_vote", ""),
            ],
        )
        .assert_status(303);

        // Deliberations: numbered per commune and year, signed, then only corrected.
        let dpath = |item: &str| format!("{base}/items/{item}/deliberation");
        sec.post(&dpath(&items[0]), &[("text_ar", " "), ("text_fr", "")])
            .assert_status(422);
        sec.post(
            &dpath(&items[0]),
            &[
                ("text_ar", "صادق المجلس على الميزانية"),
                ("text_fr", "Le conseil adopte le budget"),
            ],
        )
        .assert_status(303);
        let d = sec.get(&dpath(&items[0]));
        d.assert_contains("1/2026");
        let did = last_capture(&d.body, r"/deliberations/(\d+)/sign");
        // Art. 47: the president's and the secretary's signatures, each recorded.
        let sign = |c: &mut Client, who: &str| {
            c.post(&format!("{base}/deliberations/{did}/sign"), &[("who", who)])
        };
        sign(&mut sec, "president").assert_status(303);
        sign(&mut sec, "president").assert_status(409);
        sign(&mut sec, "secretary").assert_status(303);
        sign(&mut sec, "deputy_secretary").assert_status(409);
        sec.post(
            &dpath(&items[0]),
            &[("text_ar", "نص معدل"), ("text_fr", "")],
        )
        .assert_status(409);
        sec.post(
            &format!("{base}/deliberations/{did}/correct"),
            &[("text_ar", "تصحيح: صادق المجلس"), ("text_fr", "")],
        )
        .assert_status(303);
        sec.get(&dpath(&items[0])).assert_contains("2/2026");
        sec.post(
            &dpath(&items[2]),
            &[("text_ar", "صادق المجلس على برنامج العمل"), ("text_fr", "")],
        )
        .assert_status(303);
        sec.get(&dpath(&items[2])).assert_contains("3/2026");
        sec.post(&dpath(&items[1]), &[("text_ar", "x"), ("text_fr", "")])
            .assert_status(409);

        // Minutes: drafted, signed by the president and the secretary, then frozen.
        sec.post(
            &format!("{spath}/minutes"),
            &[("text_ar", "محضر الدورة"), ("text_fr", "Procès-verbal")],
        )
        .assert_status(303);
        let page = sec.get(&spath);
        let mid = last_capture(&page.body, r"/minutes/(\d+)/sign");
        sec.post(
            &format!("{base}/minutes/{mid}/sign"),
            &[("who", "president")],
        )
        .assert_status(303);
        sec.post(
            &format!("{base}/minutes/{mid}/sign"),
            &[("who", "president")],
        )
        .assert_status(409);
        sec.post(
            &format!("{base}/minutes/{mid}/sign"),
            &[("who", "secretary")],
        )
        .assert_status(303);
        sec.post(
            &format!("{spath}/minutes"),
            &[("text_ar", "تغيير"), ("text_fr", "")],
        )
        .assert_status(409);
        sec.post(
            &format!("{base}/minutes/{mid}/correct"),
            &[("text_ar", "محضر مصحح"), ("text_fr", "")],
        )
        .assert_status(303);
        sec.post(&format!("{spath}/transition"), &[("event", "close")])
            .assert_status(303);
        sec.post(
            &format!("{spath}/sittings"),
            &[
                ("date", "2026-02-06"),
                ("time", "10:00"),
                ("convocation", "first"),
            ],
        )
        .assert_status(409);

        // Every step is in the audit log.
        let mut conn = app.conn();
        let audit = musharaka_db::audit::recent(&mut conn, 1, 500, 0).unwrap();
        for action in [
            "session.create",
            "agenda.refuse",
            "agenda.postpone",
            "sitting.attendance",
            "vote.record",
            "deliberation.sign",
            "minutes.sign",
            "minutes.correct",
            "session.transition",
        ] {
            assert!(
                audit.iter().any(|a| a.action == action),
                "{action} not audited"
            );
        }

        // A citizen and another commune's secretariat are refused at each step.
        let mut citizen = app.registered("Citizen", "citizen@example.ma", PASSWORD);
        let mut other = app.signed_in("secretariat@beta.ma", PASSWORD);
        let mut anon = app.client();
        anon.get(base).assert_status(401);
        for c in [&mut citizen, &mut other] {
            c.get(base).assert_status(403);
            c.get(&spath).assert_status(403);
            post_session(c, session("2027-05-04", "2027-05-06")).assert_status(403);
            c.post(
                &format!("{spath}/items"),
                &[
                    ("title_ar", "x"),
                    ("title_fr", "x"),
                    ("matter", "general"),
                    ("source", "president"),
                ],
            )
            .assert_status(403);
            c.post(&format!("{spath}/transition"), &[("event", "cancel")])
                .assert_status(403);
            attendance(c, base, &second, &m, 9).assert_status(403);
            vote_members(c, &vote_url(&items[0]), &[(m[0], "in_favour")]).assert_status(403);
            c.post(&dpath(&items[0]), &[("text_ar", "x")])
                .assert_status(403);
            c.post(
                &format!("{base}/deliberations/{did}/sign"),
                &[("who", "president")],
            )
            .assert_status(403);
            c.post(
                &format!("{base}/minutes/{mid}/sign"),
                &[("who", "president")],
            )
            .assert_status(403);
        }
        // The other commune's secretariat cannot reach alpha's records through its own slug.
        other
            .get(&format!("/beta/admin/council/sessions/{sid}"))
            .assert_status(404);
    });
}

/// Posts a session form; returns the new session's path.
/// The ordinary session of February 2027 (2 to 12 February); its back-office path.
fn february_session(c: &mut Client, base: &str) -> String {
    new_session(c, base, "ordinary", "", "2027-02-02", "2027-02-12")
}

fn new_session(
    c: &mut Client,
    base: &str,
    kind: &str,
    trigger: &str,
    start: &str,
    end: &str,
) -> String {
    let res = c.post(
        &format!("{base}/sessions"),
        &[
            ("kind", kind),
            ("trigger", trigger),
            ("trigger_note", ""),
            ("starts_on", start),
            ("ends_on", end),
            ("place", "Salle des délibérations"),
        ],
    );
    res.assert_status(303);
    format!("{base}/sessions/{}", id_from(&res, r"/sessions/(\d+)"))
}

fn alpha_id(app: &TestApp) -> i64 {
    let mut conn = app.conn();
    musharaka_communes::service::by_slug(&mut conn, "alpha")
        .unwrap()
        .id
}

/// Alpha's audit entries of one action.
fn audit_of(app: &TestApp, action: &str) -> Vec<musharaka_db::audit::AuditRecord> {
    let id = alpha_id(app);
    let mut conn = app.conn();
    musharaka_db::audit::recent(&mut conn, id, 500, 0)
        .unwrap()
        .into_iter()
        .filter(|a| a.action == action)
        .collect()
}

#[test]
fn art_34_an_ordinary_session_is_extended_once_by_at_most_7_working_days() {
    on_every_backend(|app| {
        let (_, mut sec) = council_secretariat(&app, "alpha");
        commune_with_council(&app, "beta");
        let base = "/alpha/admin/council";
        let spath = february_session(&mut sec, base);
        let sid = spath.rsplit('/').next().unwrap().to_string();
        let extend = |c: &mut Client, day: &str| {
            c.post(&format!("{spath}/extend"), &[("extended_until", day)])
        };
        let start = NaiveDate::from_ymd_opt(2027, 2, 2).unwrap();
        let d = rules::session_deadlines(
            SessionKind::Ordinary(musharaka_councils::OrdinaryMonth::February),
            start,
            &WorkingCalendar::default(),
        );
        let latest = d.last_day_if_extended.unwrap();
        let too_late = latest.succ_opt().unwrap().to_string();

        // Only a convened or open session is extended.
        extend(&mut sec, &latest.to_string())
            .assert_status(409)
            .assert_contains("لا يمكن تمديد إلا دورة");
        sec.post(&format!("{spath}/transition"), &[("event", "convene")])
            .assert_status(303);

        // The new last day: a date, after the regular 15th day, within 7 working days.
        extend(&mut sec, "19/02/2027")
            .assert_status(422)
            .assert_contains(r#"aria-describedby="extended_until-error""#);
        extend(&mut sec, &d.last_day.to_string())
            .assert_status(422)
            .assert_contains("يجب أن يأتي آخر يوم جديد بعد آخر يوم عادي");
        extend(&mut sec, &too_late)
            .assert_status(422)
            .assert_contains("لا يمكن أن يتعدى التمديد سبعة أيام من أيام العمل")
            .assert_contains(r#"aria-describedby="extended_until-error""#);
        assert!(audit_of(&app, "session.extend").is_empty());

        // A citizen and another commune's secretariat cannot extend it.
        let mut citizen = app.registered("Citizen", "citizen@example.ma", PASSWORD);
        let mut other = app.signed_in("secretariat@beta.ma", PASSWORD);
        for c in [&mut citizen, &mut other] {
            extend(c, "2027-02-19").assert_status(403);
        }

        // Once: to 19 February, shown in the back office and on the public page, audited.
        extend(&mut sec, "2027-02-19").assert_status(303);
        sec.get_ok(&spath)
            .assert_contains("ممددة (المادة 34)")
            .assert_contains("19 فبراير 2027");
        app.client()
            .get_ok(&format!("/alpha/council/sessions/{sid}"))
            .assert_contains("بقرار من الرئيس (المادة 34)")
            .assert_contains("19 فبراير 2027");
        let audit = audit_of(&app, "session.extend");
        assert_eq!(audit.len(), 1);
        let before: serde_json::Value =
            serde_json::from_str(audit[0].before_json.as_deref().unwrap()).unwrap();
        let after: serde_json::Value =
            serde_json::from_str(audit[0].after_json.as_deref().unwrap()).unwrap();
        assert_eq!(before["last_day"], "2027-02-12");
        assert!(before["extended_until"].is_null());
        assert_eq!(after["extended_until"], "2027-02-19");

        // A second extension is refused, even within the 7 working days.
        extend(&mut sec, &latest.to_string())
            .assert_status(409)
            .assert_contains("لا يجوز التمديد إلا مرة واحدة");
        assert_eq!(audit_of(&app, "session.extend").len(), 1);

        // Art. 36: an extraordinary session is never extended.
        let xpath = new_session(
            &mut sec,
            base,
            "extraordinary",
            "president",
            "2027-03-08",
            "2027-03-10",
        );
        sec.post(&format!("{xpath}/transition"), &[("event", "convene")])
            .assert_status(303);
        sec.post(
            &format!("{xpath}/extend"),
            &[("extended_until", "2027-03-12")],
        )
        .assert_status(409)
        .assert_contains("لا يمكن تمديد الدورة الاستثنائية (المادة 36)");
        assert_eq!(audit_of(&app, "session.extend").len(), 1);
    });
}

#[test]
fn art_40_an_item_asked_for_by_half_the_members_cannot_be_refused() {
    on_every_backend(|app| {
        let (_, mut sec) = council_secretariat(&app, "alpha");
        let base = "/alpha/admin/council";
        let spath = february_session(&mut sec, base);
        let item = |c: &mut Client, title: &str, source: &str, requesters: &str| {
            post_item(c, &spath, title, source, requesters)
        };
        // The number of requesting members: required, from 1 to the 10 members in office.
        for bad in ["", "0", "11", "deux"] {
            item(&mut sec, "Demande", "members", bad)
                .assert_status(422)
                .assert_contains(r#"id="requesters""#);
        }
        // Half of 10 is 5: five members make the item mandatory; one member does not.
        item(&mut sec, "Demande de cinq membres", "members", "5").assert_status(303);
        item(&mut sec, "Demande d'un membre", "members", "1").assert_status(303);
        item(&mut sec, "Point du président", "president", "3").assert_status(303);
        let page = sec.get(&spath);
        page.assert_contains("تسجل وجوبا (المادة 40)");
        let items: Vec<String> = regex_lite::Regex::new(r"/items/(\d+)/postpone")
            .unwrap()
            .captures_iter(&page.body)
            .map(|c| c[1].to_string())
            .collect();
        assert_eq!(items.len(), 3);
        assert!(!page.body.contains(&format!("/items/{}/refuse", items[0])));
        assert!(page.body.contains(&format!("/items/{}/refuse", items[1])));
        let cid = alpha_id(&app);
        {
            let mut conn = app.conn();
            let stored: Vec<Option<i32>> = items
                .iter()
                .map(|i| {
                    musharaka_councils::store::item(&mut conn, cid, i.parse().unwrap())
                        .unwrap()
                        .requesters
                })
                .collect();
            assert_eq!(stored, [Some(5), Some(1), None]);
        }

        // The mandatory item cannot be refused: 409, nothing changed, nothing audited.
        let refuse = |c: &mut Client, item: &str| {
            c.post(
                &format!("{base}/items/{item}/refuse"),
                &[("reasons", "Hors des compétences de la commune")],
            )
        };
        refuse(&mut sec, &items[0])
            .assert_status(409)
            .assert_contains("لا يجوز رفضها (المادة 40)");
        {
            let mut conn = app.conn();
            let it =
                musharaka_councils::store::item(&mut conn, cid, items[0].parse().unwrap()).unwrap();
            assert_eq!(it.status, musharaka_councils::model::ItemStatus::OnAgenda);
            assert!(it.status_reasons.is_none());
        }
        assert!(audit_of(&app, "agenda.refuse").is_empty());

        // A citizen cannot refuse; the one-member item is refused with reasons.
        let mut citizen = app.registered("Citizen", "citizen@example.ma", PASSWORD);
        refuse(&mut citizen, &items[1]).assert_status(403);
        sec.post(
            &format!("{base}/items/{}/refuse", items[1]),
            &[("reasons", " ")],
        )
        .assert_status(422);
        refuse(&mut sec, &items[1]).assert_status(303);
        sec.get(&spath)
            .assert_contains("Hors des compétences de la commune");
        assert_eq!(audit_of(&app, "agenda.refuse").len(), 1);
    });
}

/// The movable holidays the platform admin enters (`/admin/platform/holidays`, audited)
/// are days off for the council's working-day deadlines: with a holiday entered on the
/// last day an extension could reach (art. 34: at most 7 working days), the limit moves to
/// the next working day. Only the platform admin sees or changes the list.
#[test]
fn entered_holidays_move_the_art_34_extension_limit() {
    on_every_backend(|app| {
        commune_with_council(&app, "alpha");
        platform_admin(&app, "root@musharaka.test", "Root");
        let mut root = app.signed_in("root@musharaka.test", PASSWORD);
        let mut sec = app.signed_in("secretariat@alpha.ma", PASSWORD);
        sec.get("/admin/platform/holidays").assert_status(403);
        assert_ne!(app.client().get("/admin/platform/holidays").status, 200);

        let base = "/alpha/admin/council";
        let spath = february_session(&mut sec, base);
        sec.post(&format!("{spath}/transition"), &[("event", "convene")])
            .assert_status(303);
        let d = rules::session_deadlines(
            SessionKind::Ordinary(musharaka_councils::OrdinaryMonth::February),
            NaiveDate::from_ymd_opt(2027, 2, 2).unwrap(),
            &WorkingCalendar::default(),
        );
        let latest = d.last_day_if_extended.unwrap();
        let cal = WorkingCalendar::default().with_holiday_dates([latest]);
        let moved = cal.next_working_day(latest);
        assert!(moved > latest);

        // Entered by the platform admin: listed, audited; the same day twice is refused.
        root.get_ok("/admin/platform/holidays")
            .assert_contains("عيد الفطر");
        root.post(
            "/admin/platform/holidays",
            &[("day", &latest.to_string()), ("kind", "eid-al-fitr")],
        )
        .assert_status(303);
        root.post(
            "/admin/platform/holidays",
            &[("day", &latest.to_string()), ("kind", "eid-al-adha")],
        )
        .assert_status(422)
        .assert_contains(r#"aria-describedby="day-error""#);
        root.post(
            "/admin/platform/holidays",
            &[("day", "2027-02-30"), ("kind", "x")],
        )
        .assert_status(422);
        sec.post(
            "/admin/platform/holidays",
            &[("day", "2027-06-07"), ("kind", "muharram")],
        )
        .assert_status(403);
        let list = root.get_ok("/admin/platform/holidays");
        let id = last_capture(&list.body, r"/admin/platform/holidays/(\d+)/remove");
        let audited = musharaka_db::schema::audit_log::table
            .filter(musharaka_db::schema::audit_log::action.eq("holiday.added"))
            .count()
            .get_result::<i64>(&mut *app.conn())
            .unwrap();
        assert_eq!(audited, 1);

        // The session's page and the API count with the entered holiday too.
        let sid = spath.rsplit('/').next().unwrap();
        let api = app
            .client()
            .get(&format!("/api/v1/communes/alpha/sessions/{sid}"));
        api.assert_status(200);
        let v: serde_json::Value = serde_json::from_str(&api.body).unwrap();
        assert_eq!(v["deadlines"]["last_day_if_extended"], moved.to_string());
        sec.get_ok(&spath)
            .assert_contains(&format!(r#"value="{moved}""#));

        // The extension may now reach the next working day.
        sec.post(
            &format!("{spath}/extend"),
            &[("extended_until", &moved.to_string())],
        )
        .assert_status(303);

        // Removed again: gone from the list.
        root.post(&format!("/admin/platform/holidays/{id}/remove"), &[])
            .assert_status(303);
        assert!(!root
            .get("/admin/platform/holidays")
            .body
            .contains(&format!("/admin/platform/holidays/{id}/remove")));
    });
}
