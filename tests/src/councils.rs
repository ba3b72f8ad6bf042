//! Builders for the council tests: a commune with its council and secretariat, the
//! platform administrator's permissions, a session with agenda items, a sitting with
//! attendance, votes and deliberations, all through the services (as a user would).

use crate::{communes, Client, Response, TestApp};
use chrono::NaiveDate;
use musharaka_communes::service::CommitteeFacts;
use musharaka_communes::{CommitteePurpose, CouncilRole, Gender};
use musharaka_councils::model::{
    Ballot, Convocation, ItemSource, Matter, OrdinaryMonth, Publicity, SessionEvent, SessionKind,
    VoteCounts,
};
use musharaka_councils::records::{ItemId, SessionRow, SittingRow};
use musharaka_councils::service::{self, NewItem, NewSession, NewSitting, Presence, VoteEntry};
use musharaka_identity::{Permissions, Role};

pub use crate::communes::PASSWORD;

/// A commune of 30,000 with a ten-member council (president, secretary, eight members,
/// women and men alternating), its lawful committees ([`lawful_committees`]: the budget's
/// of members 2–6 chaired by member 2, the public services' of members 7–9, 0 and 1
/// chaired by member 7, in the opposition) and its secretariat account
/// `secretariat@<slug>.ma`; returns the member ids in that order.
pub fn commune_with_council(app: &TestApp, slug: &str) -> Vec<i64> {
    let c = communes::commune(app, slug, 30_000);
    let mut roles = vec![CouncilRole::President, CouncilRole::Secretary];
    roles.extend([CouncilRole::Member; 8]);
    let ids = communes::council(app, c, &roles, |i| {
        if i % 2 == 0 {
            Gender::Female
        } else {
            Gender::Male
        }
    });
    communes::staff(
        app,
        &format!("secretariat@{slug}.ma"),
        "Secrétariat",
        c,
        Role::Secretariat,
    );
    let seats: Vec<i64> = ids[2..].iter().chain(&ids[..2]).copied().collect();
    lawful_committees(app, c, &seats);
    ids
}

/// A lawful set of permanent committees for `commune` (arts. 25, 27) from ten `members`:
/// the budget committee of the first five, chaired by the first, then the public services'
/// of the next five, chaired by the sixth member, marked as sitting in the opposition; their
/// ids.
pub fn lawful_committees(app: &TestApp, commune: i64, members: &[i64]) -> (i64, i64) {
    let budget = committee(app, commune, CommitteePurpose::BudgetFinance, &members[..5]);
    communes::opposition(app, commune, members[5]);
    let services = committee(
        app,
        commune,
        CommitteePurpose::PublicServices,
        &members[5..10],
    );
    (budget, services)
}

/// A permanent committee of `commune` for `purpose` with these `members` (at least five,
/// art. 25), the first its chair; its id.
pub fn committee(app: &TestApp, commune: i64, purpose: CommitteePurpose, members: &[i64]) -> i64 {
    let (name_ar, name_fr) = match purpose {
        CommitteePurpose::BudgetFinance => (
            "لجنة الميزانية والشؤون المالية والبرمجة",
            "Commission du budget, des affaires financières et de la programmation",
        ),
        CommitteePurpose::PublicServices => (
            "لجنة المرافق العمومية والخدمات",
            "Commission des services et équipements publics",
        ),
        CommitteePurpose::Other => (
            "لجنة الشؤون الاجتماعية والثقافية والرياضية",
            "Commission des affaires sociales, culturelles et sportives",
        ),
    };
    musharaka_communes::service::save_committee(
        &mut app.conn(),
        None,
        commune,
        None,
        &CommitteeFacts {
            name_ar: name_ar.into(),
            name_fr: name_fr.into(),
            purpose,
            chair_member_id: members.first().copied(),
            member_ids: members.to_vec(),
        },
    )
    .expect("committee")
}

/// The id of the first permanent committee of the commune `slug`.
pub fn first_committee(app: &TestApp, slug: &str) -> i64 {
    first_committee_row(app, slug).id
}

/// The first permanent committee of the commune `slug`, as stored (its names too).
pub fn first_committee_row(app: &TestApp, slug: &str) -> musharaka_communes::Committee {
    let commune = commune_id(app, slug);
    musharaka_communes::store::committees(&mut app.conn(), commune)
        .expect("committees")
        .into_iter()
        .next()
        .expect("a committee")
        .committee
}

/// Art. 28: the secretariat refers `item` to the first committee of `slug` and enters the
/// committee's report, as on the session page (303 when saved).
pub fn post_report(app: &TestApp, sec: &mut Client, slug: &str, item: &str) -> Response {
    let committee = first_committee(app, slug).to_string();
    sec.post(
        &format!("/{slug}/admin/council/items/{item}/report"),
        &[
            ("committee", committee.as_str()),
            (
                "report",
                "La commission a étudié le point et recommande son adoption.",
            ),
        ],
    )
}

/// [`commune_with_council`] for `slug` and its secretariat signed in: (member ids, client).
pub fn council_secretariat(app: &TestApp, slug: &str) -> (Vec<i64>, crate::Client) {
    let members = commune_with_council(app, slug);
    let sec = communes::signed_in(app, &format!("secretariat@{slug}.ma"));
    (members, sec)
}

/// The demo's (or the first start's) platform administrator.
pub fn platform_admin(app: &TestApp) -> Permissions {
    communes::permissions(&mut app.conn(), "admin@musharaka.ma")
}

/// The id of the commune `slug`.
pub fn commune_id(app: &TestApp, slug: &str) -> i64 {
    musharaka_communes::service::by_slug(&mut app.conn(), slug)
        .expect("commune")
        .id
}

/// The May ordinary session starting on `start` (a Monday), with `titles` as agenda items
/// (the first answers petition 12 when `petition_first`); returns it and the item ids.
pub fn session_with_items(
    app: &TestApp,
    actor: &Permissions,
    commune: i64,
    start: NaiveDate,
    titles: &[String],
    petition_first: bool,
) -> (SessionRow, Vec<ItemId>) {
    let mut conn = app.conn();
    let conn = &mut *conn;
    let s = service::create_session(
        conn,
        actor,
        commune,
        &NewSession {
            kind: SessionKind::Ordinary(OrdinaryMonth::May),
            trigger_note: None,
            starts_on: start,
            ends_on: start + chrono::Days::new(4),
            place: "Salle, rue; \"centre\"",
        },
    )
    .expect("session");
    let items = titles
        .iter()
        .enumerate()
        .map(|(k, title)| {
            let first = k == 0 && petition_first;
            service::add_item(
                conn,
                actor,
                commune,
                s.id,
                &NewItem {
                    title_ar: &format!("نقطة {k}"),
                    title_fr: title,
                    summary: "",
                    committee_id: None,
                    matter: Matter::General,
                    source: if first {
                        ItemSource::Petition
                    } else {
                        ItemSource::President
                    },
                    source_ref: first.then_some("12"),
                },
                None,
                // Entered today, after the fact (a past session: art. 38's deadline does
                // not concern it).
                musharaka_core::time::today(),
            )
            .expect("item")
            .id
        })
        .collect();
    (s, items)
}

/// A public first-convocation sitting at 9:00 on the session's first day, the session
/// convened and opened, every member present.
pub fn sitting_with_attendance(
    app: &TestApp,
    actor: &Permissions,
    commune: i64,
    session: &SessionRow,
) -> SittingRow {
    let mut conn = app.conn();
    let conn = &mut *conn;
    let sitting = service::add_sitting(
        conn,
        actor,
        commune,
        session.id,
        &NewSitting {
            starts_at: session.starts_on.and_hms_opt(9, 0, 0).expect("time"),
            convocation: Convocation::First,
            publicity: Publicity::Public,
        },
    )
    .expect("sitting");
    for event in [SessionEvent::Convene, SessionEvent::Open] {
        service::transition_session(conn, actor, commune, session.id, event).expect("transition");
    }
    let members = musharaka_communes::store::members(conn, commune).expect("members");
    let presence: Vec<(i64, Presence)> =
        members.iter().map(|m| (m.id, Presence::Present)).collect();
    service::record_attendance(conn, actor, commune, sitting.id, &presence).expect("attendance");
    sitting
}

/// Adopts `item` at `sitting` with `counts` (for, against, abstentions) and writes its
/// deliberation with the given texts.
pub fn adopt_with_deliberation(
    app: &TestApp,
    actor: &Permissions,
    commune: i64,
    item: ItemId,
    sitting: &SittingRow,
    (in_favour, against, abstain): (u32, u32, u32),
    texts: (&str, &str),
) {
    let committee = musharaka_communes::store::committees(&mut app.conn(), commune)
        .expect("committees")
        .first()
        .map(|c| c.committee.id);
    let mut conn = app.conn();
    let conn = &mut *conn;
    // Art. 28: the committee reports before the council votes.
    service::set_committee_report(
        conn,
        actor,
        commune,
        item,
        committee,
        "La commission a étudié le point et recommande son adoption.",
    )
    .expect("committee report");
    let entry = VoteEntry::Counts {
        counts: VoteCounts {
            in_favour,
            against,
            abstain,
        },
        president_vote: None,
    };
    service::record_vote(
        conn,
        actor,
        commune,
        item,
        sitting.id,
        Ballot::First,
        &entry,
    )
    .expect("vote");
    service::write_deliberation(conn, actor, commune, item, texts.0, Some(texts.1))
        .expect("deliberation");
}

/// The permissions of `secretariat@<slug>.ma` (made by [`commune_with_council`]).
pub fn secretariat(app: &TestApp, slug: &str) -> Permissions {
    communes::permissions(&mut app.conn(), &format!("secretariat@{slug}.ma"))
}

/// The attendance form of a sitting: the first `present` of `members` present, the
/// others absent.
pub fn attendance_fields(members: &[i64], present: usize) -> Vec<(String, String)> {
    members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let p = if i < present { "present" } else { "absent" };
            (format!("member_{m}"), p.to_string())
        })
        .collect()
}

/// The form of a vote taken member by member: each (member, `in_favour` / `against` / …).
pub fn member_vote_fields(votes: &[(i64, &str)]) -> Vec<(String, String)> {
    std::iter::once(("mode".to_string(), "members".to_string()))
        .chain(
            votes
                .iter()
                .map(|(m, v)| (format!("vote_{m}"), v.to_string())),
        )
        .collect()
}

/// Art. 43: a vote of the first five `members` tied two against two with one abstention,
/// the president (the first member) among those in favour.
pub fn tie_with_the_president_in_favour(members: &[i64]) -> [(i64, &'static str); 5] {
    [
        (members[0], "in_favour"),
        (members[1], "in_favour"),
        (members[2], "against"),
        (members[3], "against"),
        (members[4], "abstain"),
    ]
}

/// Posts an agenda item of general matter, without committee, to the session at `spath`:
/// asked for by `source` (`president`, `members`, …) with its `requesters` (blank: none).
pub fn post_item(
    c: &mut Client,
    spath: &str,
    title: &str,
    source: &str,
    requesters: &str,
) -> Response {
    c.post(
        &format!("{spath}/items"),
        &[
            ("title_ar", title),
            ("title_fr", title),
            ("summary", ""),
            ("committee", ""),
            ("matter", "general"),
            ("source", source),
            ("requesters", requesters),
        ],
    )
}
