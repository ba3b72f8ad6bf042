//! Open data: the council's sessions, register of deliberations and vote events.
use musharaka_communes::dataset;
use musharaka_communes::open_data::{col, Column, Dataset, Kind, Table};
use musharaka_communes::Commune;
use musharaka_core::page::all_pages;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 3] = [
    dataset!("council-sessions", &SESSIONS, sessions),
    dataset!("council-deliberations", &DELIBERATIONS, deliberations),
    dataset!("council-votes", &VOTES, votes),
];

static SESSIONS: [Column; 8] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col(
        "classification",
        "data-col-classification",
        Kind::Code("data-session-"),
    ),
    col("start_date", "data-col-start-date", Kind::Date),
    col("end_date", "data-col-end-date", Kind::Date),
    col("status", "data-col-status", Kind::Code("cp-status-")),
    col("location", "data-col-location", Kind::Text),
    col("ical", "data-col-ical", Kind::Text),
];

fn sessions(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let rows = crate::service::public::all_sessions(conn, commune.id)?;
    let mut t = Table::new(&SESSIONS);
    for s in rows {
        let last = s.last_day();
        t.push(
            vec![
                commune.slug.as_str().into(),
                s.id.into(),
                s.kind.clone().into(),
                s.starts_on.into(),
                last.into(),
                s.status.clone().into(),
                s.place.clone().into(),
                format!("/{}/council/sessions.ics", commune.slug).into(),
            ],
            Some(s.updated_at),
        );
    }
    Ok(t)
}

static DELIBERATIONS: [Column; 13] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("number", "data-col-number", Kind::Text),
    col("date", "data-col-date", Kind::Date),
    col("outcome", "data-col-outcome", Kind::Code("cp-outcome-")),
    col("signed", "data-col-signed", Kind::Boolean),
    col("title_ar", "data-col-title-ar", Kind::Text),
    col("title_fr", "data-col-title-fr", Kind::Text),
    col("session_id", "data-col-session-id", Kind::Integer),
    col("item_id", "data-col-item-id", Kind::Integer),
    col("committee_id", "data-col-committee-id", Kind::Integer),
    col("corrects_id", "data-col-corrects-id", Kind::Integer),
    col("signed_at", "data-col-signed-at", Kind::DateTime),
];

fn deliberations(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let filter = crate::store::RegisterFilter::default();
    let mut t = Table::new(&DELIBERATIONS);
    let rows =
        all_pages(|page| crate::service::public::register_rows(conn, commune.id, &filter, page))?;
    for (d, i) in rows {
        let changed = d.signed_at.unwrap_or(d.created_at);
        t.push(
            vec![
                commune.slug.as_str().into(),
                d.id.into(),
                d.number().into(),
                d.decided_on.into(),
                d.outcome.into(),
                d.signed_at.is_some().into(),
                i.title_ar.into(),
                i.title_fr.into(),
                i.session_id.into(),
                i.id.into(),
                i.committee_id.into(),
                d.corrects_id.into(),
                d.signed_at.into(),
            ],
            Some(changed),
        );
    }
    Ok(t)
}

static VOTES: [Column; 14] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("session_id", "data-col-session-id", Kind::Integer),
    col("item_id", "data-col-item-id", Kind::Integer),
    col("item_title_fr", "data-col-title-fr", Kind::Text),
    col("sitting_id", "data-col-sitting-id", Kind::Integer),
    col("ballot", "data-col-ballot", Kind::Code("cp-ballot-")),
    col("yes", "data-col-yes", Kind::Integer),
    col("no", "data-col-no", Kind::Integer),
    col("abstain", "data-col-abstain", Kind::Integer),
    col("members_present", "data-col-members-present", Kind::Integer),
    col(
        "members_in_office",
        "data-col-members-in-office",
        Kind::Integer,
    ),
    col("decision", "data-col-decision", Kind::Code("cp-outcome-")),
    col("recorded_at", "data-col-recorded-at", Kind::DateTime),
];

fn votes(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let sessions = crate::service::public::all_sessions(conn, commune.id)?;
    let mut t = Table::new(&VOTES);
    for s in sessions {
        let detail = crate::service::public::session(conn, commune.clone(), s.id)?;
        for it in detail.items {
            for v in it.votes {
                t.push(
                    vec![
                        commune.slug.as_str().into(),
                        v.id.into(),
                        s.id.into(),
                        it.item.id.into(),
                        it.item.title_fr.as_str().into(),
                        v.sitting_id.into(),
                        v.ballot.into(),
                        v.in_favour.into(),
                        v.against.into(),
                        v.abstain.into(),
                        v.members_present.into(),
                        v.members_in_office.into(),
                        v.decision.into(),
                        v.created_at.into(),
                    ],
                    Some(v.created_at),
                );
            }
        }
    }
    Ok(t)
}
