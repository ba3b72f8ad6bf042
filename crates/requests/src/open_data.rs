//! Open data: statistics of requests for information (law 31.13) and of complaints
//! (decree 2.17.265), one row per status; counts only, never a request or a person.

use crate::model::{ComplaintStatus, RequestStatus};
use crate::records::{ComplaintRow, InfoRequestRow};
use crate::{rules, store};
use chrono::{NaiveDate, NaiveDateTime};
use musharaka_communes::open_data::{col, median, Cell, Column, Dataset, Kind, Table};
use musharaka_communes::Commune;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 2] = [
    Dataset {
        code: "information-requests",
        title: "data-set-information-requests",
        columns: &REQUESTS,
        load: requests,
    },
    Dataset {
        code: "complaints",
        title: "data-set-complaints",
        columns: &COMPLAINTS,
        load: complaints,
    },
];

static REQUESTS: [Column; 6] = [
    col("commune", "data-col-commune", Kind::Text),
    col("status", "data-col-status", Kind::Code("req-status-")),
    col("count", "data-col-count", Kind::Integer),
    col("answered", "data-col-answered", Kind::Integer),
    col("overdue", "data-col-overdue", Kind::Integer),
    col(
        "median_days_to_answer",
        "data-col-median-days",
        Kind::Decimal,
    ),
];

static COMPLAINTS: [Column; 6] = [
    col("commune", "data-col-commune", Kind::Text),
    col("status", "data-col-status", Kind::Code("cmp-status-")),
    col("count", "data-col-count", Kind::Integer),
    col("answered", "data-col-answered", Kind::Integer),
    col("overdue", "data-col-overdue", Kind::Integer),
    col(
        "median_days_to_answer",
        "data-col-median-days",
        Kind::Decimal,
    ),
];

/// What one status row counts: (answered on, received on, overdue today, changed).
struct Fact {
    received_on: NaiveDate,
    answered_on: Option<NaiveDate>,
    overdue: bool,
    changed: NaiveDateTime,
}

/// One row per status (zero counts kept, so every commune has the same rows).
fn by_status(
    commune: &Commune,
    columns: &'static [Column],
    groups: Vec<(&str, Vec<Fact>)>,
) -> Table {
    let mut t = Table::new(columns);
    for (status, facts) in groups {
        let mut days: Vec<i64> = facts
            .iter()
            .filter_map(|f| f.answered_on.map(|a| (a - f.received_on).num_days()))
            .collect();
        let changed = facts.iter().map(|f| f.changed).max();
        t.push(
            vec![
                commune.slug.as_str().into(),
                status.into(),
                facts.len().into(),
                days.len().into(),
                facts.iter().filter(|f| f.overdue).count().into(),
                Cell::from(median(&mut days)),
            ],
            changed,
        );
    }
    t
}

fn requests(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let today = musharaka_core::time::today();
    let rows: Vec<InfoRequestRow> = store::all_requests(conn, commune.id)?;
    let groups = RequestStatus::ALL
        .iter()
        .map(|s| {
            let facts = rows
                .iter()
                .filter(|r| r.status() == *s)
                .map(|r| {
                    let f = r.facts();
                    Fact {
                        received_on: f.received_on,
                        answered_on: f.answered_on,
                        overdue: f.answered_on.is_none()
                            && f.status.is_open()
                            && rules::is_overdue(today, f.due_on),
                        changed: r.created_at,
                    }
                })
                .collect();
            (s.key(), facts)
        })
        .collect();
    Ok(by_status(commune, &REQUESTS, groups))
}

fn complaints(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let today = musharaka_core::time::today();
    let rows: Vec<ComplaintRow> = store::all_complaints(conn, commune.id)?;
    let groups = ComplaintStatus::ALL
        .iter()
        .map(|s| {
            let facts = rows
                .iter()
                .filter(|r| r.status() == *s)
                .map(|r| {
                    let f = r.facts();
                    Fact {
                        received_on: f.received_on,
                        answered_on: f.answered_on,
                        overdue: rules::complaint_overdue(&f, today),
                        changed: r.created_at,
                    }
                })
                .collect();
            (s.key(), facts)
        })
        .collect();
    Ok(by_status(commune, &COMPLAINTS, groups))
}
