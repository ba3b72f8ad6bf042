//! Open data: the consultative bodies, their opinions and public meetings.

use crate::records::{MemberRow, OpinionRow};
use crate::service::{BodyPage, BodySummary};
use chrono::NaiveDate;
use musharaka_communes::dataset;
use musharaka_communes::open_data::{col, Column, Dataset, Kind, Table};
use musharaka_communes::Commune;
use musharaka_core::Result;
use musharaka_db::AnyConnection;
use serde_json::json;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 3] = [
    dataset!("bodies", &BODIES, bodies),
    dataset!("body-opinions", &OPINIONS, opinions),
    dataset!("body-meetings", &MEETINGS, meetings),
];

static BODIES: [Column; 7] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("kind", "data-col-kind", Kind::Code("bod-kind-")),
    col("name_ar", "data-col-name-ar", Kind::Text),
    col("name_fr", "data-col-name-fr", Kind::Text),
    col("status", "data-col-status", Kind::Text),
    col("created_at", "data-col-created-at", Kind::DateTime),
];

fn bodies(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let today = musharaka_core::time::today();
    let list = crate::service::public_list(conn, commune.id, today)?;
    let mut t = Table::new(&BODIES);
    for s in list {
        let b = s.body;
        t.push(
            vec![
                commune.slug.as_str().into(),
                b.id.into(),
                b.kind.into(),
                b.name_ar.into(),
                b.name_fr.into(),
                b.status.into(),
                b.created_at.into(),
            ],
            Some(b.created_at),
        );
    }
    Ok(t)
}

/// Every body's public page (meetings: public ones only).
fn body_pages(
    conn: &mut AnyConnection,
    commune: &Commune,
) -> Result<Vec<crate::service::BodyPage>> {
    let today = musharaka_core::time::today();
    let list = crate::service::public_list(conn, commune.id, today)?;
    list.into_iter()
        .map(|s| crate::service::public_body(conn, commune.id, s.body.id, today))
        .collect()
}

static OPINIONS: [Column; 13] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("body_id", "data-col-body-id", Kind::Integer),
    col(
        "status",
        "data-col-status",
        Kind::Code("bod-opinion-status-"),
    ),
    col("title", "data-col-title", Kind::Text),
    col("requested_on", "data-col-requested-on", Kind::Date),
    col("deadline", "data-col-deadline", Kind::Date),
    col("adopted_on", "data-col-adopted-on", Kind::Date),
    col("votes_for", "data-col-yes", Kind::Integer),
    col("votes_against", "data-col-no", Kind::Integer),
    col("votes_abstaining", "data-col-abstain", Kind::Integer),
    col("transmitted_on", "data-col-transmitted-on", Kind::Date),
    col("session_id", "data-col-session-id", Kind::Integer),
];

fn opinions(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut t = Table::new(&OPINIONS);
    for page in body_pages(conn, commune)? {
        for o in page.opinions.into_iter().filter(|o| o.status != "draft") {
            let changed = o
                .transmitted_on
                .or(o.adopted_on)
                .or(o.requested_on)
                .and_then(|d| d.and_hms_opt(0, 0, 0));
            t.push(
                vec![
                    commune.slug.as_str().into(),
                    o.id.into(),
                    o.body_id.into(),
                    o.status.into(),
                    o.title.into(),
                    o.requested_on.into(),
                    o.deadline.into(),
                    o.adopted_on.into(),
                    o.votes_for.into(),
                    o.votes_against.into(),
                    o.votes_abstaining.into(),
                    o.transmitted_on.into(),
                    o.session_id.into(),
                ],
                changed,
            );
        }
    }
    Ok(t)
}

static MEETINGS: [Column; 6] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("body_id", "data-col-body-id", Kind::Integer),
    col("held_on", "data-col-date", Kind::Date),
    col("location", "data-col-location", Kind::Text),
    col("agenda", "data-col-agenda", Kind::Text),
];

/// A body's public meetings, with the body's names, for the table and the iCal feed.
pub struct Meeting {
    pub meeting: crate::records::MeetingRow,
    pub body_name_ar: String,
    pub body_name_fr: String,
}

pub fn public_meetings(conn: &mut AnyConnection, commune: &Commune) -> Result<Vec<Meeting>> {
    let today = musharaka_core::time::today();
    let bodies = crate::service::public_list(conn, commune.id, today)?;
    let ids: Vec<i64> = bodies.iter().map(|s| s.body.id).collect();
    let mut meetings = crate::store::public_meetings_of(conn, commune.id, &ids)?;
    let mut out = Vec::with_capacity(meetings.len());
    // Body by body, in the list's order; each body's latest first.
    for b in bodies.iter().map(|s| &s.body) {
        let (theirs, rest) = meetings.into_iter().partition(|m| m.body_id == b.id);
        meetings = rest;
        out.extend(theirs.into_iter().map(|meeting| Meeting {
            meeting,
            body_name_ar: b.name_ar.clone(),
            body_name_fr: b.name_fr.clone(),
        }));
    }
    Ok(out)
}

fn meetings(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut t = Table::new(&MEETINGS);
    for m in public_meetings(conn, commune)? {
        let m = m.meeting;
        t.push(
            vec![
                commune.slug.as_str().into(),
                m.id.into(),
                m.body_id.into(),
                m.held_on.into(),
                m.place.into(),
                m.agenda.into(),
            ],
            Some(m.created_at),
        );
    }
    Ok(t)
}

static MEMBERS: [Column; 7] = [
    col("name", "data-col-name", Kind::Text),
    col("association", "data-col-association", Kind::Text),
    col("seat", "data-col-seat", Kind::Code("bod-seat-")),
    col("term_start", "data-col-term-start", Kind::Date),
    col("term_end", "data-col-term-end", Kind::Date),
    col("left_on", "data-col-left-on", Kind::Date),
    col("in_office", "data-col-in-office", Kind::Boolean),
];

/// The members a body publishes (names, association, seat, term; never an address).
pub fn members_table(members: &[crate::records::MemberRow], today: chrono::NaiveDate) -> Table {
    let mut t = Table::new(&MEMBERS);
    for m in members {
        t.push(
            vec![
                m.name.as_str().into(),
                m.association_name.as_deref().into(),
                m.seat.as_str().into(),
                m.term_start.into(),
                m.term_end.into(),
                m.left_on.into(),
                m.in_office(today).into(),
            ],
            Some(m.created_at),
        );
    }
    t
}

// The JSON API (`/api/v1/communes/{slug}/bodies[/{id}]`): what the public pages show,
// never an e-mail, a draft's text or a private meeting.

fn summary_json(s: &BodySummary, slug: &str) -> serde_json::Value {
    let b = &s.body;
    json!({
        "id": b.id,
        "kind": b.kind,
        "status": b.status,
        "name_ar": b.name_ar,
        "name_fr": b.name_fr,
        "mission": b.mission,
        "founding_deliberation_id": b.founding_deliberation_id,
        "targets": b.targets(),
        "composition": s.composition,
        "shares": s.shares,
        "below_target": s.below_target,
        "opinions": s.counts,
        "overdue_referrals": s.overdue,
        "url": format!("/{slug}/bodies/{}", b.id),
    })
}

fn member_json(m: &MemberRow, today: NaiveDate) -> serde_json::Value {
    json!({
        "name": m.name,
        "association": m.association_name,
        "seat": m.seat,
        "term_start": m.term_start,
        "term_end": m.term_end,
        "left_on": m.left_on,
        "in_office": m.in_office(today),
    })
}

fn opinion_json(o: &OpinionRow, slug: &str, today: NaiveDate) -> serde_json::Value {
    let draft = o.status == "draft";
    json!({
        "id": o.id,
        "kind": o.kind,
        "status": o.status,
        "title": o.title,
        "text": if draft { None } else { Some(&o.text) },
        "target_document": o.target_document,
        "target_section": o.target_section,
        "deadline": o.deadline,
        "overdue": o.overdue(today),
        "adopted_on": o.adopted_on,
        "transmitted_on": o.transmitted_on,
        "session_id": o.session_id,
        "deliberation_id": o.deliberation_id,
        "deliberation_number": o.deliberation_number,
        "council_adopted": o.answer_adopted,
        "url": format!("/{slug}/bodies/{}/opinions/{}", o.body_id, o.id),
    })
}

/// The commune's bodies.
pub fn api_list(rows: &[BodySummary], slug: &str) -> serde_json::Value {
    let items: Vec<_> = rows.iter().map(|s| summary_json(s, slug)).collect();
    json!({ "commune": slug, "bodies": items })
}

/// One body with its members, opinions, public meetings and programme.
pub fn api_body(d: &BodyPage, slug: &str, today: NaiveDate) -> serde_json::Value {
    let mut out = summary_json(&d.summary, slug);
    out["members"] = d.members.iter().map(|m| member_json(m, today)).collect();
    out["opinions_list"] = d
        .opinions
        .iter()
        .map(|o| opinion_json(o, slug, today))
        .collect();
    out["meetings"] = d
        .meetings
        .iter()
        .map(|m| {
            json!({
                "held_on": m.held_on, "place": m.place, "agenda": m.agenda, "minutes": m.minutes,
            })
        })
        .collect();
    out["programme"] = json!(d.activities);
    out
}
