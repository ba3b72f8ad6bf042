//! Open data: the council's sessions, register of deliberations and vote events.
use crate::records::ItemId;
use crate::records::{DeliberationRow, ItemRow, SessionRow, VoteRow};
use musharaka_communes::dataset;
use musharaka_communes::open_data::{
    commune_table, field, id, status, Dataset, Field, Kind, Table,
};
use musharaka_communes::Commune;
use musharaka_core::page::all_pages;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 3] = [
    dataset!("council-sessions", SESSIONS, sessions),
    dataset!("council-deliberations", DELIBERATIONS, deliberations),
    dataset!("council-votes", VOTES, votes),
];

/// A session with the address of the commune's sessions calendar (iCal).
type SessionLine = (SessionRow, String);

static SESSIONS: [Field<SessionLine>; 7] = [
    id(|(s, _)| s.id.into()),
    field(
        "classification",
        "data-col-classification",
        Kind::Code("data-session-"),
        |(s, _)| s.kind.as_str().into(),
    ),
    field("start_date", "data-col-start-date", Kind::Date, |(s, _)| {
        s.starts_on.into()
    }),
    field("end_date", "data-col-end-date", Kind::Date, |(s, _)| {
        s.last_day().into()
    }),
    status("cp-status-", |(s, _)| s.status.key().into()),
    field("location", "data-col-location", Kind::Text, |(s, _)| {
        s.place.as_str().into()
    }),
    field("ical", "data-col-ical", Kind::Text, |(_, ical)| {
        ical.as_str().into()
    }),
];

fn sessions(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let ical = format!("/{}/council/sessions.ics", commune.slug);
    let rows: Vec<SessionLine> = crate::service::public::all_sessions(conn, commune.id)?
        .into_iter()
        .map(|s| (s, ical.clone()))
        .collect();
    Ok(commune_table(commune, &SESSIONS, &rows, |(s, _)| {
        Some(s.updated_at)
    }))
}

static DELIBERATIONS: [Field<(DeliberationRow, ItemRow)>; 12] = [
    id(|(d, _)| d.id.into()),
    field("number", "data-col-number", Kind::Text, |(d, _)| {
        d.number().into()
    }),
    field("date", "data-col-date", Kind::Date, |(d, _)| {
        d.decided_on.into()
    }),
    field(
        "outcome",
        "data-col-outcome",
        Kind::Code("cp-outcome-"),
        |(d, _)| d.outcome.as_str().into(),
    ),
    field("signed", "data-col-signed", Kind::Boolean, |(d, _)| {
        d.signed_at.is_some().into()
    }),
    field("title_ar", "data-col-title-ar", Kind::Text, |(_, i)| {
        i.title_ar.as_str().into()
    }),
    field("title_fr", "data-col-title-fr", Kind::Text, |(_, i)| {
        i.title_fr.as_str().into()
    }),
    field(
        "session_id",
        "data-col-session-id",
        Kind::Integer,
        |(_, i)| i.session_id.into(),
    ),
    field("item_id", "data-col-item-id", Kind::Integer, |(_, i)| {
        i.id.into()
    }),
    field(
        "committee_id",
        "data-col-committee-id",
        Kind::Integer,
        |(_, i)| i.committee_id.into(),
    ),
    field(
        "corrects_id",
        "data-col-corrects-id",
        Kind::Integer,
        |(d, _)| d.corrects_id.into(),
    ),
    field(
        "signed_at",
        "data-col-signed-at",
        Kind::DateTime,
        |(d, _)| d.signed_at.into(),
    ),
];

fn deliberations(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let filter = crate::store::RegisterFilter::default();
    let rows =
        all_pages(|page| crate::service::public::register_rows(conn, commune.id, &filter, page))?;
    Ok(commune_table(commune, &DELIBERATIONS, &rows, |(d, _)| {
        Some(d.signed_at.unwrap_or(d.created_at))
    }))
}

/// A vote with the session and the item it was on.
struct VoteOn {
    session_id: i64,
    item_id: ItemId,
    item_title_fr: String,
    vote: VoteRow,
}

static VOTES: [Field<VoteOn>; 13] = [
    id(|v| v.vote.id.into()),
    field("session_id", "data-col-session-id", Kind::Integer, |v| {
        v.session_id.into()
    }),
    field("item_id", "data-col-item-id", Kind::Integer, |v| {
        v.item_id.into()
    }),
    field("item_title_fr", "data-col-title-fr", Kind::Text, |v| {
        v.item_title_fr.as_str().into()
    }),
    field("sitting_id", "data-col-sitting-id", Kind::Integer, |v| {
        v.vote.sitting_id.into()
    }),
    field("ballot", "data-col-ballot", Kind::Code("cp-ballot-"), |v| {
        v.vote.ballot.as_str().into()
    }),
    field("yes", "data-col-yes", Kind::Integer, |v| {
        v.vote.in_favour.into()
    }),
    field("no", "data-col-no", Kind::Integer, |v| {
        v.vote.against.into()
    }),
    field("abstain", "data-col-abstain", Kind::Integer, |v| {
        v.vote.abstain.into()
    }),
    field(
        "members_present",
        "data-col-members-present",
        Kind::Integer,
        |v| v.vote.members_present.into(),
    ),
    field(
        "members_in_office",
        "data-col-members-in-office",
        Kind::Integer,
        |v| v.vote.members_in_office.into(),
    ),
    field(
        "decision",
        "data-col-decision",
        Kind::Code("cp-outcome-"),
        |v| v.vote.decision.as_str().into(),
    ),
    field("recorded_at", "data-col-recorded-at", Kind::DateTime, |v| {
        v.vote.created_at.into()
    }),
];

fn votes(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut rows = Vec::new();
    for s in crate::service::public::all_sessions(conn, commune.id)? {
        let detail = crate::service::public::session(conn, commune.clone(), s.id)?;
        for it in detail.items {
            rows.extend(it.votes.into_iter().map(|vote| VoteOn {
                session_id: s.id,
                item_id: it.item.id,
                item_title_fr: it.item.title_fr.clone(),
                vote,
            }));
        }
    }
    Ok(commune_table(commune, &VOTES, &rows, |v| {
        Some(v.vote.created_at)
    }))
}
