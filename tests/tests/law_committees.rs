//! Issue 16 item 3, the council's permanent committees (law 113.14), on SQLite and
//! PostgreSQL: what each committee studies and the compulsory pair, five committees at most,
//! a chair among the members (art. 25); the opposition's chair (art. 27); the council votes
//! on no item while its committees break arts. 25 and 27, and the problems are shown to
//! staff; the council's decision without debate on an item its committee did not study
//! (art. 28), published; one secretary and one deputy secretary, elected outside the
//! bureau (arts. 7 and 23).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::NaiveDate;
use musharaka_communes::{CommitteePurpose, CouncilRole, Gender};
use musharaka_councils::model::{ItemSource, Matter};
use musharaka_councils::records::SittingRow;
use musharaka_councils::service::{self, NewItem};
use musharaka_identity::Role;
use musharaka_tests::communes::{self, signed_in};
use musharaka_tests::councils::{self as builders, commune_id, council_secretariat};
use musharaka_tests::{message_ar, on_every_backend, Client, Response, TestApp};

const COUNCIL: &str = "/alpha/admin/council";

/// The commune admin of `alpha`, signed in.
fn admin(app: &TestApp) -> Client {
    let c = commune_id(app, "alpha");
    communes::staff(app, "admin@alpha.ma", "Admin", c, Role::Admin);
    signed_in(app, "admin@alpha.ma")
}

/// Posts a committee (`path`: the list to create one, or one committee to update it).
fn post_committee(
    c: &mut Client,
    path: &str,
    purpose: &str,
    chair: Option<i64>,
    members: &[i64],
) -> Response {
    let chair = chair.map(|m| m.to_string()).unwrap_or_default();
    let ids: Vec<String> = members.iter().map(i64::to_string).collect();
    let mut fields = vec![
        ("name_ar", "لجنة دائمة"),
        ("name_fr", "Commission permanente"),
        ("purpose", purpose),
        ("chair_member_id", chair.as_str()),
    ];
    fields.extend(ids.iter().map(|m| ("member_ids", m.as_str())));
    c.post(path, &fields)
}

/// The ids of `alpha`'s committees, in creation order.
fn committees(app: &TestApp) -> Vec<i64> {
    let c = commune_id(app, "alpha");
    musharaka_communes::store::committees(&mut app.conn(), c)
        .unwrap()
        .iter()
        .map(|k| k.committee.id)
        .collect()
}

/// A past May 2026 session of `alpha` (open, a sitting on its first day with every member
/// present) with `n` items, each referred to the budget committee; (session, sitting, items).
fn session_referred(app: &TestApp, n: usize) -> (i64, SittingRow, Vec<String>) {
    let actor = builders::secretariat(app, "alpha");
    let c = commune_id(app, "alpha");
    let start = NaiveDate::from_ymd_opt(2026, 5, 4).unwrap();
    let (s, _) = builders::session_with_items(app, &actor, c, start, &[], false);
    let budget = committees(app)[0];
    let items = (0..n)
        .map(|k| {
            let title = format!("Point {k}");
            let item = NewItem {
                title_ar: &title,
                title_fr: &title,
                summary: "",
                committee_id: Some(budget),
                matter: Matter::General,
                source: ItemSource::President,
                source_ref: None,
            };
            let today = musharaka_core::time::today();
            service::add_item(&mut app.conn(), &actor, c, s.id, &item, None, today)
                .unwrap()
                .id
                .to_string()
        })
        .collect();
    let sitting = builders::sitting_with_attendance(app, &actor, c, &s);
    (s.id, sitting, items)
}

/// Records a vote by counts on `item` at `sitting`.
fn vote(c: &mut Client, sitting: &SittingRow, item: &str, counts: [&str; 3]) -> Response {
    c.post(
        &format!("{COUNCIL}/sittings/{}/items/{item}/vote", sitting.id),
        &[
            ("mode", "counts"),
            ("in_favour", counts[0]),
            ("against", counts[1]),
            ("abstain", counts[2]),
            ("president_vote", ""),
        ],
    )
}

/// Art. 25: the purpose is set in the committee form; one committee per compulsory
/// purpose; the chair is a member; no sixth committee. Each committee is saved alone.
#[test]
fn art_25_purposes_chair_and_five_committees_at_most() {
    on_every_backend(|app| {
        let (m, _) = council_secretariat(&app, "alpha");
        let mut admin = admin(&app);
        let list = "/alpha/admin/committees";
        admin
            .get_ok(&format!("{list}/new"))
            .assert_contains(&message_ar("committee-purpose-public_services", &[]));
        // A second budget committee: refused, nothing written.
        post_committee(&mut admin, list, "budget_finance", Some(m[0]), &m[..5])
            .assert_status(422)
            .assert_contains(&message_ar("committee-error-purpose-taken", &[]));
        post_committee(&mut admin, list, "something_else", None, &m[..5]).assert_status(422);
        // The chair is one of its members.
        let c = commune_id(&app, "alpha");
        let extra = communes::council(&app, c, &[CouncilRole::Member; 15], |_| Gender::Male);
        post_committee(&mut admin, list, "other", Some(m[0]), &extra[..5])
            .assert_status(422)
            .assert_contains(&message_ar("committee-error-chair-member", &[]));
        assert_eq!(committees(&app).len(), 2);
        // Three more: five committees, then a sixth is refused.
        post_committee(&mut admin, list, "other", Some(extra[0]), &extra[..5]).assert_status(303);
        for k in 1..3 {
            let seats = &extra[k * 5..k * 5 + 5];
            builders::committee(&app, c, CommitteePurpose::Other, seats);
        }
        assert_eq!(committees(&app).len(), 5);
        let more = communes::council(&app, c, &[CouncilRole::Member; 5], |_| Gender::Female);
        post_committee(&mut admin, list, "other", Some(more[0]), &more)
            .assert_status(422)
            .assert_contains(&message_ar("committee-limit", &[]));
        assert_eq!(committees(&app).len(), 5);
        // The list and the public council page show each purpose and the opposition's chair.
        admin
            .get(list)
            .assert_contains(&message_ar("committee-purpose-budget_finance", &[]));
        app.client()
            .get_ok("/alpha/council")
            .assert_contains(&message_ar("committee-purpose-public_services", &[]))
            .assert_contains(&message_ar("committee-chair-opposition", &[]))
            .assert_contains(&message_ar("committee-purpose-other", &[]));
    });
}

/// Arts. 25, 27, 28: the committees may be saved one at a time in any state, but the
/// dashboards list what is wrong with them and the council votes on no item until it is
/// put right. The opposition flag is set in the member form.
#[test]
fn arts_25_27_no_vote_while_the_committees_break_the_law() {
    on_every_backend(|app| {
        let (m, mut sec) = council_secretariat(&app, "alpha");
        let mut admin = admin(&app);
        let (_, sitting, items) = session_referred(&app, 1);
        builders::post_report(&app, &mut sec, "alpha", &items[0]).assert_status(303);
        let services = committees(&app)[1];
        let one = format!("/alpha/admin/committees/{services}");
        let seats = [m[7], m[8], m[9], m[0], m[1]];
        // A majority member in the chair: saved, but no committee is the opposition's.
        post_committee(&mut admin, &one, "public_services", Some(m[8]), &seats).assert_status(303);
        let no_chair = &message_ar("committee-problem-opposition-chair", &[]);
        admin.get("/alpha/admin").assert_contains(no_chair);
        sec.get(COUNCIL).assert_contains(no_chair);
        vote(&mut sec, &sitting, &items[0], ["7", "1", "1"])
            .assert_status(422)
            .assert_contains(&message_ar("council-error-committees-unlawful", &[]))
            .assert_contains(no_chair);
        // Without the public-services committee: two more problems.
        admin.post(&format!("{one}/delete"), &[]).assert_status(303);
        let dash = admin.get("/alpha/admin").body;
        for problem in [
            &message_ar("committee-problem-too-few", &[]),
            &message_ar("committee-problem-missing-public_services", &[]),
            no_chair,
        ] {
            assert!(dash.contains(problem), "{problem} not on the dashboard");
        }
        vote(&mut sec, &sitting, &items[0], ["7", "1", "1"])
            .assert_status(422)
            .assert_contains(&message_ar(
                "committee-problem-missing-public_services",
                &[],
            ));
        assert_eq!(app.count("item_votes"), 0);
        // The member form marks a member of the opposition (art. 27)...
        let member = [
            ("name_ar", "عضو 8"),
            ("name_fr", "Membre 8"),
            ("gender", "female"),
            ("role", "member"),
            ("vice_rank", ""),
            ("political_group", "PPS"),
            ("term_start", "2021-09-22"),
            ("term_end", ""),
            ("opposition", "on"),
        ];
        admin
            .post(&format!("/alpha/admin/members/{}", m[8]), &member)
            .assert_status(303);
        let c = commune_id(&app, "alpha");
        let m8 = musharaka_communes::store::member(&mut app.conn(), c, m[8]).unwrap();
        assert!(m8.opposition);
        // ...who chairs the new public-services committee: lawful again, the vote passes.
        post_committee(
            &mut admin,
            "/alpha/admin/committees",
            "public_services",
            Some(m[8]),
            &seats,
        )
        .assert_status(303);
        assert!(!admin.get("/alpha/admin").body.contains(no_chair));
        vote(&mut sec, &sitting, &items[0], ["7", "1", "1"]).assert_status(303);
    });
}

/// Art. 28: when the committee did not study an item, the council decides without debate,
/// by the majority of votes cast, to deliberate on it or not; "deliberate" lets the vote go
/// on without a report, "not deliberate" bars it at this session; published.
#[test]
fn art_28_the_councils_decision_on_an_item_its_committee_did_not_study() {
    on_every_backend(|app| {
        let (_, mut sec) = council_secretariat(&app, "alpha");
        let (sid, sitting, items) = session_referred(&app, 3);
        let decide = |c: &mut Client, item: &str, on: &str, counts: [&str; 3]| {
            c.post(
                &format!("{COUNCIL}/items/{item}/study-decision"),
                &[
                    ("decided_on", on),
                    ("in_favour", counts[0]),
                    ("against", counts[1]),
                    ("abstain", counts[2]),
                ],
            )
        };
        // The session page offers the decision on each unstudied item; its controls (like
        // the other forms repeated per item) post the names the handlers read.
        let page = sec.get(&format!("{COUNCIL}/sessions/{sid}")).body;
        let it = &items[0];
        for control in [
            format!(r#"id="decided_on-{it}" name="decided_on""#),
            format!(r#"id="study_against-{it}" name="against""#),
            format!(r#"id="reasons-{it}" name="reasons""#),
            format!(r#"id="received_on-{it}" name="received_on""#),
        ] {
            assert!(page.contains(&control), "{control} not on the session page");
        }
        // No report, no decision: no vote.
        vote(&mut sec, &sitting, &items[0], ["7", "1", "1"])
            .assert_status(422)
            .assert_contains(&message_ar("council-error-no-report", &[]));
        // The decision is taken during the item's session.
        decide(&mut sec, &items[0], "2026-06-01", ["6", "3", "1"])
            .assert_status(422)
            .assert_contains(&message_ar("council-error-study-day", &[]));
        decide(&mut sec, &items[0], "2026-05-04", ["6", "3", "x"]).assert_status(422);
        assert_eq!(app.count("item_study_decisions"), 0);
        // Deliberate (6 for, 3 against): the vote goes on without the report.
        decide(&mut sec, &items[0], "2026-05-04", ["6", "3", "1"]).assert_status(303);
        decide(&mut sec, &items[0], "2026-05-04", ["6", "3", "1"])
            .assert_status(409)
            .assert_contains(&message_ar("council-error-study-decided", &[]));
        vote(&mut sec, &sitting, &items[0], ["7", "1", "1"]).assert_status(303);
        // Not deliberate (a tie is no majority of votes cast): no vote at this session.
        decide(&mut sec, &items[1], "2026-05-04", ["4", "4", "2"]).assert_status(303);
        vote(&mut sec, &sitting, &items[1], ["7", "1", "1"])
            .assert_status(422)
            .assert_contains(&message_ar("council-error-study-declined", &[]));
        // An item the committee reported on needs no such decision.
        builders::post_report(&app, &mut sec, "alpha", &items[2]).assert_status(303);
        decide(&mut sec, &items[2], "2026-05-04", ["6", "3", "1"])
            .assert_status(409)
            .assert_contains(&message_ar("council-error-study-reported", &[]));
        assert_eq!(app.count("item_study_decisions"), 2);
        // Published: the session's agenda and the deliberation say what the council decided.
        // The catalogue's sentences after their date ("بتاريخ …، "), which the pages format.
        let counts = [
            ("date", "".into()),
            ("in_favour", 6.into()),
            ("against", 3.into()),
            ("abstain", 1.into()),
        ];
        let after_date = |text: String| text.split_once("، ").map(|(_, rest)| rest.to_string());
        let deliberate = after_date(message_ar("council-study-deliberate", &counts)).unwrap();
        let declined = after_date(message_ar("council-study-not_deliberate", &counts)).unwrap();
        let declined = declined.split(" (").next().unwrap();
        let public = app
            .client()
            .get(&format!("/alpha/council/sessions/{sid}"))
            .body;
        assert!(public.contains(&deliberate), "{public}");
        assert!(public.contains(declined));
        let actor = builders::secretariat(&app, "alpha");
        let c = commune_id(&app, "alpha");
        let item: musharaka_councils::ItemId = items[0].parse().unwrap();
        let d = service::write_deliberation(&mut app.conn(), &actor, c, item, "نص المقرر", None)
            .unwrap();
        app.client()
            .get_ok(&format!("/alpha/council/deliberations/{}", d.id))
            .assert_contains(&deliberate);
    });
}

/// The member form's fields for a member of `alpha` in office `role` with `rank`.
fn member_form(role: &'static str, rank: &'static str) -> [(&'static str, &'static str); 8] {
    [
        ("name_ar", "عضو"),
        ("name_fr", "Membre"),
        ("gender", "male"),
        ("role", role),
        ("vice_rank", rank),
        ("political_group", ""),
        ("term_start", "2021-09-22"),
        ("term_end", ""),
    ]
}

/// The office of member `id` of `alpha`, as stored.
fn office(app: &TestApp, id: i64) -> CouncilRole {
    let c = commune_id(app, "alpha");
    musharaka_communes::store::member(&mut app.conn(), c, id)
        .unwrap()
        .role()
}

/// Arts. 7 and 23 (`communes::rules::office_problem`): the council elects one secretary and
/// one deputy secretary from its members, outside the bureau. A member holds one office, so
/// a president or vice-president is never also secretary or deputy; the form refuses a
/// second secretary, a second deputy, a second president, and a secretary or deputy given a
/// vice-president's rank (a seat in the bureau), each with 422 and the field marked, and
/// stores nothing.
#[test]
fn art_23_one_secretary_and_one_deputy_elected_outside_the_bureau() {
    on_every_backend(|app| {
        // Member 0 presides, member 1 is the secretary, the others are members.
        let (m, _) = council_secretariat(&app, "alpha");
        let mut admin = admin(&app);
        let members = app.count("council_members");
        let refused = |r: Response, field: &str, message: &str| {
            r.assert_status(422)
                .assert_contains(&format!("id=\"{field}-error\""))
                .assert_contains(message);
        };
        let taken = &message_ar("member-error-office-taken", &[]);
        let outside = &message_ar("member-error-secretary-outside-bureau", &[]);
        // A second secretary or president, new or by editing a member: refused.
        for role in ["secretary", "president"] {
            refused(
                admin.post("/alpha/admin/members", &member_form(role, "")),
                "role",
                taken,
            );
            refused(
                admin.post(
                    &format!("/alpha/admin/members/{}", m[2]),
                    &member_form(role, ""),
                ),
                "role",
                taken,
            );
        }
        // The deputy secretary is not a vice-president: no rank in the bureau.
        let deputy = format!("/alpha/admin/members/{}", m[2]);
        refused(
            admin.post(&deputy, &member_form("deputy_secretary", "1")),
            "vice_rank",
            outside,
        );
        refused(
            admin.post("/alpha/admin/members", &member_form("secretary", "2")),
            "vice_rank",
            outside,
        );
        assert_eq!(office(&app, m[2]), CouncilRole::Member);
        // Elected outside the bureau: recorded; a second deputy is refused.
        admin
            .post(&deputy, &member_form("deputy_secretary", ""))
            .assert_status(303);
        assert_eq!(office(&app, m[2]), CouncilRole::DeputySecretary);
        refused(
            admin.post(
                &format!("/alpha/admin/members/{}", m[3]),
                &member_form("deputy_secretary", ""),
            ),
            "role",
            taken,
        );
        refused(
            admin.post("/alpha/admin/members", &member_form("deputy_secretary", "")),
            "role",
            taken,
        );
        // The deputy saved again as such is not "another" holder; the president keeps the chair.
        admin
            .post(&deputy, &member_form("deputy_secretary", ""))
            .assert_status(303);
        assert_eq!(office(&app, m[3]), CouncilRole::Member);
        assert_eq!(office(&app, m[0]), CouncilRole::President);
        assert_eq!(office(&app, m[1]), CouncilRole::Secretary);
        assert_eq!(app.count("council_members"), members);
        // The message in French and in Tamazight.
        admin.get("/lang/fr?next=%2F");
        refused(
            admin.post("/alpha/admin/members", &member_form("secretary", "")),
            "role",
            "un seul secrétaire et un seul secrétaire adjoint (arts. 7 et 23)",
        );
        admin.get("/lang/tzm?next=%2F");
        refused(
            admin.post(
                "/alpha/admin/members",
                &member_form("deputy_secretary", "1"),
            ),
            "vice_rank",
            "(ⴰⴼ. 23)",
        );
    });
}
