//! Open data: the consultative bodies, their opinions and public meetings.

use crate::model::OpinionStatus;
use crate::records::{MemberRow, OpinionRow};
use crate::service::{BodyPage, BodySummary};
use chrono::NaiveDate;
use musharaka_communes::dataset;
use musharaka_communes::open_data::{
    commune_table, field, id, status, table, Dataset, Field, Kind, Table,
};
use musharaka_communes::Commune;
use musharaka_core::Result;
use musharaka_db::AnyConnection;
use serde_json::json;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 3] = [
    dataset!("bodies", BODIES, bodies),
    dataset!("body-opinions", OPINIONS, opinions),
    dataset!("body-meetings", MEETINGS, meetings),
];

static BODIES: [Field<BodySummary>; 6] = [
    id(|s| s.body.id.into()),
    field("kind", "data-col-kind", Kind::Code("bod-kind-"), |s| {
        s.body.kind.key().into()
    }),
    field("name_ar", "data-col-name-ar", Kind::Text, |s| {
        s.body.name_ar.as_str().into()
    }),
    field("name_fr", "data-col-name-fr", Kind::Text, |s| {
        s.body.name_fr.as_str().into()
    }),
    field("status", "data-col-status", Kind::Text, |s| {
        s.body.status.key().into()
    }),
    field("created_at", "data-col-created-at", Kind::DateTime, |s| {
        s.body.created_at.into()
    }),
];

fn bodies(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let today = musharaka_core::time::today();
    let list = crate::service::public_list(conn, commune.id, today)?;
    Ok(commune_table(commune, &BODIES, &list, |s| {
        Some(s.body.created_at)
    }))
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

static OPINIONS: [Field<OpinionRow>; 12] = [
    id(|o| o.id.into()),
    field("body_id", "data-col-body-id", Kind::Integer, |o| {
        o.body_id.into()
    }),
    status("bod-opinion-status-", |o| o.status.key().into()),
    field("title", "data-col-title", Kind::Text, |o| {
        o.title.as_str().into()
    }),
    field("requested_on", "data-col-requested-on", Kind::Date, |o| {
        o.requested_on.into()
    }),
    field("deadline", "data-col-deadline", Kind::Date, |o| {
        o.deadline.into()
    }),
    field("adopted_on", "data-col-adopted-on", Kind::Date, |o| {
        o.adopted_on.into()
    }),
    field("votes_for", "data-col-yes", Kind::Integer, |o| {
        o.votes_for.into()
    }),
    field("votes_against", "data-col-no", Kind::Integer, |o| {
        o.votes_against.into()
    }),
    field("votes_abstaining", "data-col-abstain", Kind::Integer, |o| {
        o.votes_abstaining.into()
    }),
    field(
        "transmitted_on",
        "data-col-transmitted-on",
        Kind::Date,
        |o| o.transmitted_on.into(),
    ),
    field("session_id", "data-col-session-id", Kind::Integer, |o| {
        o.session_id.into()
    }),
];

fn opinions(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let published: Vec<OpinionRow> = body_pages(conn, commune)?
        .into_iter()
        .flat_map(|page| page.opinions)
        .filter(|o| o.status != OpinionStatus::Draft)
        .collect();
    // An opinion changes when it is requested, adopted, then transmitted.
    Ok(commune_table(commune, &OPINIONS, &published, |o| {
        o.transmitted_on
            .or(o.adopted_on)
            .or(o.requested_on)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
    }))
}

static MEETINGS: [Field<Meeting>; 5] = [
    id(|m| m.meeting.id.into()),
    field("body_id", "data-col-body-id", Kind::Integer, |m| {
        m.meeting.body_id.into()
    }),
    field("held_on", "data-col-date", Kind::Date, |m| {
        m.meeting.held_on.into()
    }),
    field("location", "data-col-location", Kind::Text, |m| {
        m.meeting.place.as_str().into()
    }),
    field("agenda", "data-col-agenda", Kind::Text, |m| {
        m.meeting.agenda.as_str().into()
    }),
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
    let list = public_meetings(conn, commune)?;
    Ok(commune_table(commune, &MEETINGS, &list, |m| {
        Some(m.meeting.created_at)
    }))
}

/// The members a body publishes (names, association, seat, term; never an address).
pub fn members_table(members: &[MemberRow], today: NaiveDate) -> Table {
    // Each member with whether they are in office today.
    let fields: [Field<(&MemberRow, bool)>; 7] = [
        field("name", "data-col-name", Kind::Text, |(m, _)| {
            m.name.as_str().into()
        }),
        field(
            "association",
            "data-col-association",
            Kind::Text,
            |(m, _)| m.association_name.as_deref().into(),
        ),
        field(
            "seat",
            "data-col-seat",
            Kind::Code("bod-seat-"),
            |(m, _)| m.seat.as_str().into(),
        ),
        field("term_start", "data-col-term-start", Kind::Date, |(m, _)| {
            m.term_start.into()
        }),
        field("term_end", "data-col-term-end", Kind::Date, |(m, _)| {
            m.term_end.into()
        }),
        field("left_on", "data-col-left-on", Kind::Date, |(m, _)| {
            m.left_on.into()
        }),
        field(
            "in_office",
            "data-col-in-office",
            Kind::Boolean,
            |(_, in_office)| (*in_office).into(),
        ),
    ];
    let rows: Vec<(&MemberRow, bool)> = members.iter().map(|m| (m, m.in_office(today))).collect();
    table(&fields, &rows, |(m, _)| Some(m.created_at))
}

// The JSON API (`/api/v1/communes/{slug}/bodies[/{id}]`): what the public pages show,
// never an e-mail, a draft's text or a private meeting.

fn summary_json(s: &BodySummary, slug: &str) -> serde_json::Value {
    let b = &s.body;
    json!({
        "id": b.id,
        "kind": b.kind.key(),
        "status": b.status.key(),
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
    let draft = o.status == OpinionStatus::Draft;
    json!({
        "id": o.id,
        "kind": o.kind.key(),
        "status": o.status.key(),
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
