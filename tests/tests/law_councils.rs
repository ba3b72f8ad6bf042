//! Issue 16, councils part: each act the law forbids the secretariat to record is refused
//! over HTTP with the rule's message, on SQLite and PostgreSQL — notice deadlines and acts
//! dated in the future (arts. 35–39, 47), the sequence of convocations (art. 42) with the
//! religious holidays entered for the year, ties (art. 43), the two signatures and the date
//! order of the register (art. 47), closed sittings (art. 48).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Days, NaiveDate};
use musharaka_councils::{rules, WorkingCalendar};
use musharaka_tests::communes::platform_admin;
use musharaka_tests::councils::{
    attendance_fields, council_secretariat, member_vote_fields, post_item,
    tie_with_the_president_in_favour, PASSWORD,
};
use musharaka_tests::{last_capture, on_every_backend, Client, Response, TestApp};

const BASE: &str = "/alpha/admin/council";

fn all_ids(body: &str, pattern: &str) -> Vec<String> {
    let re = regex_lite::Regex::new(pattern).unwrap();
    let mut out: Vec<String> = re.captures_iter(body).map(|c| c[1].to_string()).collect();
    out.dedup();
    out
}

/// Posts a session; the response (303 to its page when created).
fn session(
    c: &mut Client,
    kind: &str,
    trigger: &str,
    start: NaiveDate,
    end: NaiveDate,
) -> Response {
    c.post(
        &format!("{BASE}/sessions"),
        &[
            ("kind", kind),
            ("trigger", trigger),
            ("trigger_note", ""),
            ("starts_on", &start.to_string()),
            ("ends_on", &end.to_string()),
            ("place", "Salle des délibérations"),
        ],
    )
}

/// Posts an extraordinary session asked for by `trigger`, with its request (arts. 36–37).
fn session_with_request(
    c: &mut Client,
    trigger: &str,
    start: NaiveDate,
    on: &str,
    requesting: &str,
) -> Response {
    c.post(
        &format!("{BASE}/sessions"),
        &[
            ("kind", "extraordinary"),
            ("trigger", trigger),
            ("trigger_note", ""),
            ("starts_on", &start.to_string()),
            ("ends_on", &start.to_string()),
            ("place", "Salle des délibérations"),
            ("requested_on", on),
            ("requesting_members", requesting),
        ],
    )
}

/// The path of a session just created (from its 303).
fn created(res: &Response) -> String {
    res.assert_status(303);
    let id = last_capture(res.location(), r"/sessions/(\d+)");
    format!("{BASE}/sessions/{id}")
}

fn transition(c: &mut Client, spath: &str, event: &str) -> Response {
    c.post(&format!("{spath}/transition"), &[("event", event)])
}

fn item(c: &mut Client, spath: &str, title: &str) -> Response {
    post_item(c, spath, title, "president", "")
}

fn items_of(c: &mut Client, spath: &str) -> Vec<String> {
    all_ids(&c.get(spath).body, r"/items/(\d+)/postpone")
}

/// Art. 28: every item of the session referred to the commune's (first) committee, whose
/// report is entered, as on the session page.
fn reports(c: &mut Client, spath: &str) {
    let page = c.get(spath).body;
    let committee = all_ids(&page, r#"<option value="(\d+)""#)[0].clone();
    for it in all_ids(&page, r"/items/(\d+)/postpone") {
        c.post(
            &format!("{BASE}/items/{it}/report"),
            &[
                ("committee", committee.as_str()),
                ("report", "Avis favorable de la commission"),
            ],
        )
        .assert_status(303);
    }
}

/// Posts a sitting (public unless `closed` gives the extra fields).
fn sitting(
    c: &mut Client,
    spath: &str,
    date: &str,
    convocation: &str,
    closed: &[(&str, &str)],
) -> Response {
    let mut fields = vec![
        ("date", date),
        ("time", "10:00"),
        ("convocation", convocation),
    ];
    fields.extend_from_slice(closed);
    c.post(&format!("{spath}/sittings"), &fields)
}

fn last_sitting(c: &mut Client, spath: &str) -> String {
    last_capture(&c.get(spath).body, r"/sittings/(\d+)")
}

/// Attendance: the first `present` members present, the others absent.
fn attendance(c: &mut Client, sitting: &str, members: &[i64], present: usize) -> Response {
    c.post_fields(
        &format!("{BASE}/sittings/{sitting}/attendance"),
        &attendance_fields(members, present),
    )
}

fn vote_url(sitting: &str, item: &str) -> String {
    format!("{BASE}/sittings/{sitting}/items/{item}/vote")
}

fn vote_members(c: &mut Client, sitting: &str, item: &str, votes: &[(i64, &str)]) -> Response {
    c.post_fields(&vote_url(sitting, item), &member_vote_fields(votes))
}

fn vote_counts(
    c: &mut Client,
    sitting: &str,
    item: &str,
    counts: [&str; 3],
    president: &str,
) -> Response {
    c.post(
        &vote_url(sitting, item),
        &[
            ("mode", "counts"),
            ("in_favour", counts[0]),
            ("against", counts[1]),
            ("abstain", counts[2]),
            ("president_vote", president),
        ],
    )
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The ordinary session of February 2026 (Monday 2 to Thursday 12), already held: entered
/// after the fact, convened and opened; its path and three agenda items.
fn held_february_2026(sec: &mut Client) -> (String, Vec<String>) {
    let spath = created(&session(sec, "ordinary", "", d(2026, 2, 2), d(2026, 2, 12)));
    for t in ["Budget", "Marché", "Voirie"] {
        item(sec, &spath, t).assert_status(303);
    }
    for event in ["convene", "open"] {
        transition(sec, &spath, event).assert_status(303);
    }
    let items = items_of(sec, &spath);
    assert_eq!(items.len(), 3);
    reports(sec, &spath);
    (spath, items)
}

/// A public first-convocation sitting of `spath` on Monday 2 February 2026 with the first
/// `present` of `members` present; its id.
fn first_sitting_on_february_2(
    sec: &mut Client,
    spath: &str,
    members: &[i64],
    present: usize,
) -> String {
    sitting(sec, spath, "2026-02-02", "first", &[]).assert_status(303);
    let st = last_sitting(sec, spath);
    attendance(sec, &st, members, present).assert_status(303);
    st
}

fn today(app: &TestApp) -> NaiveDate {
    app.server.state.clock.today()
}

/// Item 5 — arts. 35, 38, 39, 47. Seen on main: a session created on 1 December for 8
/// December, and votes dated 3 May 2027 accepted on 1 December 2026.
#[test]
fn arts_35_38_47_a_session_past_its_deadlines_and_acts_dated_in_the_future_are_refused() {
    on_every_backend(|app| {
        let (m, mut sec) = council_secretariat(&app, "alpha");
        let today = today(&app);
        let in_a_week = today.checked_add_days(Days::new(7)).unwrap();
        // An extraordinary session a week ahead: its agenda had to reach the governor 20
        // days ahead (art. 38).
        session(&mut sec, "extraordinary", "president", in_a_week, in_a_week)
            .assert_status(422)
            .assert_contains("فات الأجل: يجب أن يبلغ جدول الأعمال إلى العامل");
        assert_eq!(app.count("council_sessions"), 0);

        // The next ordinary session whose agenda is still open is planned lawfully.
        let cal = WorkingCalendar::default();
        let next = rules::next_open_ordinary_session(today, &[], &cal);
        let start = next.session.start;
        let spath = created(&session(&mut sec, "ordinary", "", start, start));
        item(&mut sec, &spath, "Budget").assert_status(303);
        transition(&mut sec, &spath, "convene").assert_status(303);
        // Opening it, its attendance or a vote before its first day: dated in the future.
        transition(&mut sec, &spath, "open")
            .assert_status(409)
            .assert_contains("هذا العمل مؤرخ بيوم لم يأت بعد");
        sitting(&mut sec, &spath, &start.to_string(), "first", &[]).assert_status(303);
        let st = last_sitting(&mut sec, &spath);
        attendance(&mut sec, &st, &m, 9)
            .assert_status(422)
            .assert_contains("هذا العمل مؤرخ بيوم لم يأت بعد");
        assert_eq!(app.count("attendance"), 0);

        // The day comes: the session opens, the council meets and votes.
        app.server.state.clock.travel_to(start);
        // Too late now for a new item: the agenda went to the governor (art. 38).
        item(&mut sec, &spath, "Point tardif")
            .assert_status(409)
            .assert_contains("فات الأجل: يجب أن يبلغ جدول الأعمال إلى العامل");
        transition(&mut sec, &spath, "open").assert_status(303);
        attendance(&mut sec, &st, &m, 9).assert_status(303);
        let it = items_of(&mut sec, &spath);
        assert_eq!(it.len(), 1);
        reports(&mut sec, &spath);
        vote_counts(&mut sec, &st, &it[0], ["7", "1", "1"], "").assert_status(303);

        // Convening after the 10-day notice period is refused too (art. 35).
        // The governor's session (asked today) needs 3 days' notice only (art. 37).
        let now = start.to_string();
        let late = start.checked_add_days(Days::new(5)).unwrap();
        created(&session_with_request(&mut sec, "governor", late, &now, ""));
        let too_soon = start.checked_add_days(Days::new(2)).unwrap();
        session_with_request(&mut sec, "governor", too_soon, &now, "")
            .assert_status(422)
            .assert_contains("فات الأجل: يجب استدعاء الأعضاء كتابة");
    });
}

/// Item 1 — art. 42, and item 8 — the religious holidays entered for the year count in its
/// working days. Seen on main: a "third convocation" the day after a quorate first sitting.
#[test]
fn art_42_the_convocations_follow_their_sequence_and_dates_with_entered_holidays() {
    on_every_backend(|app| {
        let (m, mut sec) = council_secretariat(&app, "alpha");
        let (spath, items) = held_february_2026(&mut sec);
        // A quorate first sitting on 2 February; a third the next day is refused.
        first_sitting_on_february_2(&mut sec, &spath, &m, 7);
        sitting(&mut sec, &spath, "2026-02-03", "third", &[])
            .assert_status(422)
            .assert_contains("لا يكون الاستدعاء الثالث إلا بعد جلسة ثانية");
        sitting(&mut sec, &spath, "2026-02-03", "second", &[])
            .assert_status(422)
            .assert_contains("لا يكون الاستدعاء الثاني إلا بعد جلسة أولى");

        // Monday 9 February: 3 of 10 present, no quorum.
        sitting(&mut sec, &spath, "2026-02-09", "first", &[]).assert_status(303);
        let failed_first = last_sitting(&mut sec, &spath);
        attendance(&mut sec, &failed_first, &m, 3).assert_status(303);
        vote_counts(&mut sec, &failed_first, &items[0], ["3", "0", "0"], "").assert_status(409);
        sitting(&mut sec, &spath, "2026-02-10", "first", &[])
            .assert_status(422)
            .assert_contains("لم يكتمل النصاب في الجلسة السابقة");
        sitting(&mut sec, &spath, "2026-02-11", "second", &[])
            .assert_status(422)
            .assert_contains("قبل الأوان");
        // Thursday 12: the second convocation, again 3 present.
        sitting(&mut sec, &spath, "2026-02-12", "second", &[]).assert_status(303);
        let second = last_sitting(&mut sec, &spath);
        attendance(&mut sec, &second, &m, 3).assert_status(303);

        // Monday 16 February entered as a religious holiday by the platform admin: the third
        // working day after the 12th is Wednesday 18 instead of Tuesday 17, so the third
        // sitting may meet from the 19th.
        platform_admin(&app, "root@musharaka.test", "Root");
        let mut root = app.signed_in("root@musharaka.test", PASSWORD);
        root.post(
            "/admin/platform/holidays",
            &[("day", "2026-02-16"), ("kind", "eid-al-fitr")],
        )
        .assert_status(303);
        sitting(&mut sec, &spath, "2026-02-18", "third", &[])
            .assert_status(422)
            .assert_contains("قبل الأوان");
        sitting(&mut sec, &spath, "2026-02-19", "third", &[]).assert_status(303);
        let third = last_sitting(&mut sec, &spath);
        attendance(&mut sec, &third, &m, 3).assert_status(303);
        sec.get(&format!("{BASE}/sittings/{third}"))
            .assert_contains("الاستدعاء الأخير: يتداول المجلس كيفما كان عدد الحاضرين");
        vote_counts(&mut sec, &third, &items[0], ["3", "0", "0"], "").assert_status(303);
    });
}

/// Item 2 — art. 43. Seen on main: a tie entered as counts (10/10, president in favour)
/// adopted with no vote recorded by name; an invalid president's vote silently dropped.
#[test]
fn art_43_a_tie_is_recorded_member_by_member() {
    on_every_backend(|app| {
        let (m, mut sec) = council_secretariat(&app, "alpha");
        let (spath, items) = held_february_2026(&mut sec);
        let st = first_sitting_on_february_2(&mut sec, &spath, &m, 7);
        vote_counts(&mut sec, &st, &items[0], ["3", "3", "1"], "in_favour")
            .assert_status(422)
            .assert_contains("تعادل الأصوات");
        vote_counts(&mut sec, &st, &items[0], ["4", "2", "1"], "peut-être")
            .assert_status(422)
            .assert_contains("اختيار غير صالح");
        assert_eq!(app.count("item_votes"), 0);
        vote_members(
            &mut sec,
            &st,
            &items[0],
            &tie_with_the_president_in_favour(&m),
        )
        .assert_status(303);
        assert_eq!(app.count("item_votes"), 1);
        assert_eq!(app.count("member_votes"), 5);
    });
}

/// Item 7 — art. 47. Seen on main: a deliberation "signed" by one click of one account, and
/// numbers given in the order of typing.
#[test]
fn art_47_two_signatures_and_a_register_in_date_order() {
    on_every_backend(|app| {
        let (m, mut sec) = council_secretariat(&app, "alpha");
        let (spath, items) = held_february_2026(&mut sec);
        sitting(&mut sec, &spath, "2026-02-02", "first", &[]).assert_status(303);
        let monday = last_sitting(&mut sec, &spath);
        sitting(&mut sec, &spath, "2026-02-05", "first", &[]).assert_status(303);
        let thursday = last_sitting(&mut sec, &spath);
        for st in [&monday, &thursday] {
            attendance(&mut sec, st, &m, 9).assert_status(303);
        }
        vote_counts(&mut sec, &thursday, &items[0], ["7", "1", "1"], "").assert_status(303);
        vote_counts(&mut sec, &monday, &items[1], ["7", "1", "1"], "").assert_status(303);
        vote_counts(&mut sec, &monday, &items[2], ["7", "1", "1"], "").assert_status(303);
        let dpath = |item: &str| format!("{BASE}/items/{item}/deliberation");
        let write = |c: &mut Client, item: &str| {
            c.post(&dpath(item), &[("text_ar", "قرر المجلس"), ("text_fr", "")])
        };
        // Thursday's decision typed first takes no. 1; Monday's, typed after, takes no. 1
        // and Thursday's moves to no. 2.
        write(&mut sec, &items[0]).assert_status(303);
        sec.get(&dpath(&items[0])).assert_contains("1/2026");
        write(&mut sec, &items[1]).assert_status(303);
        sec.get(&dpath(&items[1])).assert_contains("1/2026");
        sec.get(&dpath(&items[0])).assert_contains("2/2026");

        // One signature is not a signed decision: the text can still change.
        let did = last_capture(
            &sec.get(&dpath(&items[0])).body,
            r"/deliberations/(\d+)/sign",
        );
        let sign = |c: &mut Client, who: &str| {
            c.post(&format!("{BASE}/deliberations/{did}/sign"), &[("who", who)])
        };
        sign(&mut sec, "president").assert_status(303);
        sign(&mut sec, "president")
            .assert_status(409)
            .assert_contains("هذا التوقيع مسجل من قبل");
        // Nor can the text change under the president's signature.
        write(&mut sec, &items[0]).assert_status(409);
        // The council has no deputy secretary: that office cannot sign.
        sign(&mut sec, "deputy_secretary")
            .assert_status(409)
            .assert_contains("لا يشغل أي عضو في المجلس هذه المهمة");
        sign(&mut sec, "secretary").assert_status(303);
        sec.post(&dpath(&items[0]), &[("text_ar", "تغيير"), ("text_fr", "")])
            .assert_status(409);
        {
            let mut conn = app.conn();
            let d = musharaka_councils::store::deliberation(
                &mut conn,
                musharaka_tests::councils::commune_id(&app, "alpha"),
                did.parse().unwrap(),
            )
            .unwrap();
            assert_eq!(d.president_member_id, Some(m[0]));
            assert_eq!(d.secretary_member_id, Some(m[1]));
            assert!(d.signed_at.is_some());
        }
        // Monday's third decision now cannot be numbered after Thursday's signed one.
        write(&mut sec, &items[2])
            .assert_status(422)
            .assert_contains("يقيد السجل المقررات حسب تواريخها");
    });
}

/// Item 4 — art. 48. Seen on main: a closed sitting recorded on the president's word alone
/// (`publicity_for_request` never called).
#[test]
fn art_48_a_closed_sitting_needs_the_councils_decision() {
    on_every_backend(|app| {
        let (_, mut sec) = council_secretariat(&app, "alpha");
        let (spath, _) = held_february_2026(&mut sec);
        let closed = |c: &mut Client, date: &str, requester: &str, counts: [&str; 4]| {
            sitting(
                c,
                &spath,
                date,
                "first",
                &[
                    ("closed", "on"),
                    ("requester", requester),
                    ("closed_reasons", "Litige en cours"),
                    ("closed_requesting", counts[0]),
                    ("closed_in_favour", counts[1]),
                    ("closed_against", counts[2]),
                    ("closed_abstain", counts[3]),
                ],
            )
        };
        closed(&mut sec, "2026-02-02", "president", ["", "", "", ""])
            .assert_status(422)
            .assert_contains("يقرر المجلس دون مناقشة عقد الجلسة سرية");
        // A third of 10 members is 4.
        closed(
            &mut sec,
            "2026-02-02",
            "third_of_members",
            ["3", "6", "1", "0"],
        )
        .assert_status(422)
        .assert_contains("ثلث الأعضاء المزاولين مهامهم على الأقل");
        assert_eq!(app.count("sittings"), 0);
        // Adopted: closed, with the request and the count kept.
        closed(
            &mut sec,
            "2026-02-02",
            "third_of_members",
            ["4", "6", "1", "0"],
        )
        .assert_status(303);
        // Not adopted: the sitting stays public, the request recorded.
        closed(&mut sec, "2026-02-03", "president", ["", "2", "5", "0"]).assert_status(303);
        // The governor's request for public order needs no vote.
        closed(
            &mut sec,
            "2026-02-04",
            "governor_for_public_order",
            ["", "", "", ""],
        )
        .assert_status(303);
        let mut conn = app.conn();
        let cid = musharaka_tests::councils::commune_id(&app, "alpha");
        let sid: i64 = spath.rsplit('/').next().unwrap().parse().unwrap();
        let rows = musharaka_councils::store::sittings_of(&mut conn, cid, sid).unwrap();
        let seen: Vec<(bool, Option<i32>, Option<&str>)> = rows
            .iter()
            .map(|r| {
                (
                    r.is_public,
                    r.closed_requesting_members,
                    r.closed_decision.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            seen,
            [
                (false, Some(4), Some("adopted")),
                (true, None, Some("rejected")),
                (false, None, None)
            ]
        );
        drop(conn);
        sec.get(&spath).assert_contains("طلب جلسة سرية");
    });
}

/// Item 6 — arts. 36–37: an extraordinary session asked for by members records the request
/// (the day, how many signed: a third; an absolute majority makes it mandatory within 15
/// days), and the mandatory one is not blocked by the 20 days of art. 38.
#[test]
fn art_36_an_extraordinary_session_on_request_records_it_and_meets_in_time() {
    on_every_backend(|app| {
        let (_, mut sec) = council_secretariat(&app, "alpha");
        let today = today(&app);
        let day = |n: u64| today.checked_add_days(Days::new(n)).unwrap();
        let with_request = session_with_request;
        let now = today.to_string();
        // No request recorded.
        with_request(&mut sec, "third_of_members", day(30), "", "")
            .assert_status(422)
            .assert_contains("تحمل تاريخ الطلب وعدد الموقعين");
        // A third of 10 members is 4.
        with_request(&mut sec, "third_of_members", day(30), &now, "3")
            .assert_status(422)
            .assert_contains("ثلث الأعضاء المزاولين مهامهم على الأقل، أو أغلبيتهم المطلقة");
        // An absolute majority (6 of 10): within 15 days, not 16.
        with_request(&mut sec, "absolute_majority", day(16), &now, "6")
            .assert_status(422)
            .assert_contains("داخل أجل خمسة عشر يوما");
        assert_eq!(app.count("council_sessions"), 0);
        // Twelve days ahead: past the 20 days of art. 38, yet mandatory, so recorded.
        created(&with_request(
            &mut sec,
            "absolute_majority",
            day(12),
            &now,
            "6",
        ));
        let mut conn = app.conn();
        let cid = musharaka_tests::councils::commune_id(&app, "alpha");
        let s = musharaka_councils::store::all_sessions(&mut conn, cid).unwrap();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].requested_on, Some(today));
        assert_eq!(s[0].requesting_members, Some(6));
    });
}

/// Issue 16 item 3: an item sent to a vote with no committee and no report (art. 28).
#[test]
fn art_28_no_vote_before_the_committees_report() {
    on_every_backend(|app| {
        let (m, mut sec) = council_secretariat(&app, "alpha");
        let spath = created(&session(
            &mut sec,
            "ordinary",
            "",
            d(2026, 2, 2),
            d(2026, 2, 12),
        ));
        item(&mut sec, &spath, "Budget").assert_status(303);
        for event in ["convene", "open"] {
            transition(&mut sec, &spath, event).assert_status(303);
        }
        let it = items_of(&mut sec, &spath)[0].clone();
        let st = first_sitting_on_february_2(&mut sec, &spath, &m, 9);
        // Not referred to any committee: refused, with the article.
        vote_counts(&mut sec, &st, &it, ["7", "1", "1"], "")
            .assert_status(422)
            .assert_contains("لم تتم إحالة هذه النقطة على أي لجنة دائمة");
        // A report needs the committee it comes from.
        let report = format!("{BASE}/items/{it}/report");
        sec.post(&report, &[("committee", ""), ("report", "Avis")])
            .assert_status(422)
            .assert_contains("اختر اللجنة وأدخل تقريرها");
        reports(&mut sec, &spath);
        vote_counts(&mut sec, &st, &it, ["7", "1", "1"], "").assert_status(303);
        // The public agenda names the committee and shows its report.
        let sid = last_capture(&spath, r"/sessions/(\d+)");
        app.client()
            .get_ok(&format!("/alpha/council/sessions/{sid}"))
            .assert_contains("لجنة الميزانية والشؤون المالية والبرمجة")
            .assert_contains("Avis favorable de la commission");
    });
}

/// Issue 16 item 6 — art. 36: the members' request is kept with the president's answer: a
/// reasoned refusal within 10 days (never for an absolute majority), or the session he must
/// convene; all shown on the council's public page.
#[test]
fn art_36_the_presidents_refusal_is_reasoned_in_time_or_the_session_is_convened() {
    on_every_backend(|app| {
        let (_, mut sec) = council_secretariat(&app, "alpha");
        let today = today(&app);
        let ago = |n: u64| today.checked_sub_days(Days::new(n)).unwrap().to_string();
        let file = |c: &mut Client, on: &str, n: &str, points: &str| {
            c.post(
                &format!("{BASE}/requests"),
                &[
                    ("requested_on", on),
                    ("requesting_members", n),
                    ("points", points),
                ],
            )
        };
        // A third of 10 members is 4; a request is dated when received, not later.
        file(&mut sec, &ago(2), "3", "Eau potable")
            .assert_status(422)
            .assert_contains("ثلث الأعضاء المزاولين مهامهم على الأقل");
        let tomorrow = today.checked_add_days(Days::new(1)).unwrap().to_string();
        file(&mut sec, &tomorrow, "4", "Eau potable").assert_status(409);
        file(&mut sec, &ago(2), "4", "Eau potable").assert_status(303);
        file(&mut sec, &ago(11), "4", "Marché couvert").assert_status(303);
        file(&mut sec, &today.to_string(), "6", "Inondations").assert_status(303);
        let dash = sec.get(BASE).body;
        let ids = all_ids(&dash, r"/requests/(\d+)/refuse");
        // Only the third's request still within its 10 days can be refused.
        assert_eq!(ids.len(), 1, "{dash}");
        let refuse = |c: &mut Client, id: &str, reasons: &str| {
            c.post(
                &format!("{BASE}/requests/{id}/refuse"),
                &[("reasons", reasons)],
            )
        };
        refuse(&mut sec, &ids[0], " ").assert_status(422);
        refuse(
            &mut sec,
            &ids[0],
            "Les points relèvent de la session de février",
        )
        .assert_status(303);
        refuse(&mut sec, &ids[0], "Encore").assert_status(409);
        // The others, refused anyway: out of time, and mandatory for a majority.
        let cid = musharaka_tests::councils::commune_id(&app, "alpha");
        let rows = musharaka_councils::store::session_requests(&mut app.conn(), cid).unwrap();
        let id_of = |points: &str| {
            rows.iter()
                .find(|r| r.points == points)
                .unwrap()
                .id
                .to_string()
        };
        refuse(&mut sec, &id_of("Marché couvert"), "Non")
            .assert_status(409)
            .assert_contains("داخل عشرة أيام من تاريخ التوصل بالطلب");
        refuse(&mut sec, &id_of("Inondations"), "Non")
            .assert_status(409)
            .assert_contains("فهي لازمة ولا يمكن رفضها");
        let public = app.client().get("/alpha/council").body;
        for shown in [
            "رفض بقرار معلل",
            "Les points relèvent de la session de février",
            "لم يصدر رفض معلل داخل عشرة أيام: يجب على الرئيس الدعوة إلى الدورة",
            "دورة لازمة، تنعقد في أجل أقصاه",
        ] {
            assert!(public.contains(shown), "{shown} not in the public page");
        }
        // The majority's session convened on its request: the request says so.
        let day12 = today.checked_add_days(Days::new(12)).unwrap();
        created(&session_with_request(
            &mut sec,
            "absolute_majority",
            day12,
            &today.to_string(),
            "6",
        ));
        app.client()
            .get("/alpha/council")
            .assert_contains("تمت الدعوة إلى الدورة");
    });
}

/// Issue 16 — art. 41: the governor's objection to an item outside the commune's powers is
/// stored and shown; referred to the administrative court, the item cannot be voted until
/// the court rules, and never if it upholds the objection.
#[test]
fn art_41_no_vote_on_an_item_objected_to_before_the_court_rules() {
    on_every_backend(|app| {
        let (m, mut sec) = council_secretariat(&app, "alpha");
        let (spath, items) = held_february_2026(&mut sec);
        let st = first_sitting_on_february_2(&mut sec, &spath, &m, 9);
        let object = |c: &mut Client, item: &str, on: &str, reasons: &str| {
            c.post(
                &format!("{BASE}/items/{item}/objection"),
                &[
                    ("received_on", on),
                    ("objection_reasons", reasons),
                    ("in_court", "on"),
                ],
            )
        };
        let future = today(&app)
            .checked_add_days(Days::new(3))
            .unwrap()
            .to_string();
        object(&mut sec, &items[0], &future, "Hors compétence").assert_status(409);
        object(&mut sec, &items[0], "2026-01-20", " ").assert_status(422);
        object(&mut sec, &items[0], "2026-01-20", "Compétence de la région").assert_status(303);
        object(&mut sec, &items[0], "2026-01-20", "Encore").assert_status(409);
        object(&mut sec, &items[1], "2026-01-20", "Compétence de l'État").assert_status(303);
        vote_counts(&mut sec, &st, &items[0], ["7", "1", "1"], "")
            .assert_status(422)
            .assert_contains("لا يتداول المجلس فيها تحت طائلة البطلان");
        let sid = last_capture(&spath, r"/sessions/(\d+)");
        app.client()
            .get(&format!("/alpha/council/sessions/{sid}"))
            .assert_contains("Compétence de la région")
            .assert_contains("أحيل على المحكمة الإدارية ولم يتم البت فيه بعد");
        let rule = |c: &mut Client, item: &str, ruling: &str| {
            c.post(
                &format!("{BASE}/items/{item}/ruling"),
                &[("ruling", ruling)],
            )
        };
        rule(&mut sec, &items[2], "dismissed").assert_status(409);
        rule(&mut sec, &items[0], "dismissed").assert_status(303);
        rule(&mut sec, &items[1], "upheld").assert_status(303);
        vote_counts(&mut sec, &st, &items[0], ["7", "1", "1"], "").assert_status(303);
        vote_counts(&mut sec, &st, &items[1], ["7", "1", "1"], "")
            .assert_status(422)
            .assert_contains("أيدت المحكمة الإدارية تعرض العامل");
    });
}

/// Issue 16 — art. 46: a member's written question goes on the first session at least a
/// month away and is answered during that session; both are public.
#[test]
fn art_46_written_questions_go_to_the_session_a_month_away_and_are_answered_there() {
    on_every_backend(|app| {
        let (m, mut sec) = council_secretariat(&app, "alpha");
        let today = today(&app);
        let later = today.checked_add_days(Days::new(40)).unwrap();
        let start =
            musharaka_councils::next_open_ordinary_session(later, &[], &WorkingCalendar::default())
                .session
                .start;
        let end = start.checked_add_days(Days::new(4)).unwrap();
        created(&session(&mut sec, "ordinary", "", start, end));
        let ask = |c: &mut Client, on: &str, question: &str| {
            c.post(
                &format!("{BASE}/questions"),
                &[
                    ("member", &m[2].to_string()),
                    ("question_received_on", on),
                    ("question", question),
                ],
            )
        };
        let tomorrow = today.checked_add_days(Days::new(1)).unwrap().to_string();
        ask(&mut sec, &tomorrow, "Eau").assert_status(409);
        ask(&mut sec, &today.to_string(), " ").assert_status(422);
        ask(
            &mut sec,
            &today.to_string(),
            "Quand le marché rouvrira-t-il ?",
        )
        .assert_status(303);
        let dash = sec.get(BASE).body;
        let q = last_capture(&dash, r"/questions/(\d+)/answer");
        let answer = |c: &mut Client, on: &str| {
            c.post(
                &format!("{BASE}/questions/{q}/answer"),
                &[
                    ("answer", "En mars, après les travaux."),
                    ("answered_on", on),
                ],
            )
        };
        // Answered at a sitting of its session, not before.
        answer(&mut sec, &today.to_string())
            .assert_status(409)
            .assert_contains("يقدم الجواب في جلسة من جلسات الدورة");
        let day2 = start.checked_add_days(Days::new(1)).unwrap();
        app.server.state.clock.travel_to(day2);
        answer(&mut sec, &day2.to_string()).assert_status(303);
        answer(&mut sec, &day2.to_string()).assert_status(409);
        // A question received within the month before the session waits for the next one.
        let late = start.checked_sub_days(Days::new(10)).unwrap().to_string();
        ask(&mut sec, &late, "Et l'éclairage ?").assert_status(303);
        let public = app.client().get("/alpha/council").body;
        for shown in [
            "Quand le marché rouvrira-t-il ?",
            "En mars, après les travaux.",
            "Et l'éclairage ?",
            "الدورة الموالية التي سيحددها المجلس",
        ] {
            assert!(public.contains(shown), "{shown} not on the public page");
        }
    });
}
