//! Open data: statistics of requests for information (law 31.13) and of complaints
//! (decree 2.17.265), one row per status; counts only, never a request or a person.

use crate::model::{ComplaintStatus, RequestStatus};
use crate::records::{ComplaintRow, InfoRequestRow};
use crate::{rules, store};
use chrono::{NaiveDate, NaiveDateTime};
use musharaka_communes::dataset;
use musharaka_communes::open_data::{
    commune_table, field, median, status, Dataset, Field, Kind, Table,
};
use musharaka_communes::Commune;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 2] = [
    dataset!("information-requests", REQUESTS, requests),
    dataset!("complaints", COMPLAINTS, complaints),
];

static REQUESTS: [Field<StatusCount>; 5] = by_status_fields("req-status-");
static COMPLAINTS: [Field<StatusCount>; 5] = by_status_fields("cmp-status-");

/// What one status row counts: (answered on, received on, overdue today, changed).
struct Fact {
    received_on: NaiveDate,
    answered_on: Option<NaiveDate>,
    overdue: bool,
    changed: NaiveDateTime,
}

/// One status's row of a table by status.
struct StatusCount {
    status: &'static str,
    count: usize,
    answered: usize,
    overdue: usize,
    median_days_to_answer: Option<f64>,
    changed: Option<NaiveDateTime>,
}

/// The fields of a table by status; `codes` prefixes the statuses' Fluent ids.
const fn by_status_fields(codes: &'static str) -> [Field<StatusCount>; 5] {
    [
        status(codes, |s| s.status.into()),
        field("count", "data-col-count", Kind::Integer, |s| s.count.into()),
        field("answered", "data-col-answered", Kind::Integer, |s| {
            s.answered.into()
        }),
        field("overdue", "data-col-overdue", Kind::Integer, |s| {
            s.overdue.into()
        }),
        field(
            "median_days_to_answer",
            "data-col-median-days",
            Kind::Decimal,
            |s| s.median_days_to_answer.into(),
        ),
    ]
}

/// One row per status (zero counts kept, so every commune has the same rows), each
/// counting the rows `fact` puts under it.
fn by_status<S: Copy + PartialEq, R>(
    commune: &Commune,
    fields: &[Field<StatusCount>],
    statuses: &[S],
    key: fn(S) -> &'static str,
    rows: &[R],
    fact: impl Fn(&R) -> (S, Fact),
) -> Table {
    let facts: Vec<(S, Fact)> = rows.iter().map(fact).collect();
    let counts: Vec<StatusCount> = statuses
        .iter()
        .map(|&status| {
            let facts: Vec<&Fact> = facts
                .iter()
                .filter(|(s, _)| *s == status)
                .map(|(_, f)| f)
                .collect();
            let mut days: Vec<i64> = facts
                .iter()
                .filter_map(|f| f.answered_on.map(|a| (a - f.received_on).num_days()))
                .collect();
            StatusCount {
                status: key(status),
                count: facts.len(),
                answered: days.len(),
                overdue: facts.iter().filter(|f| f.overdue).count(),
                median_days_to_answer: median(&mut days),
                changed: facts.iter().map(|f| f.changed).max(),
            }
        })
        .collect();
    commune_table(commune, fields, &counts, |s| s.changed)
}

fn requests(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let today = musharaka_core::time::today();
    let rows: Vec<InfoRequestRow> = store::all_requests(conn, commune.id)?;
    let fact = |r: &InfoRequestRow| {
        let f = r.facts();
        let fact = Fact {
            received_on: f.received_on,
            answered_on: f.answered_on,
            overdue: f.answered_on.is_none()
                && f.status.is_open()
                && rules::is_overdue(today, f.due_on),
            changed: r.created_at,
        };
        (r.status, fact)
    };
    let (all, key) = (RequestStatus::ALL, RequestStatus::key);
    Ok(by_status(commune, &REQUESTS, all, key, &rows, fact))
}

fn complaints(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let today = musharaka_core::time::today();
    let rows: Vec<ComplaintRow> = store::all_complaints(conn, commune.id)?;
    let fact = |r: &ComplaintRow| {
        let f = r.facts();
        let fact = Fact {
            received_on: f.received_on,
            answered_on: f.answered_on,
            overdue: rules::complaint_overdue(&f, today),
            changed: r.created_at,
        };
        (r.status, fact)
    };
    let (all, key) = (ComplaintStatus::ALL, ComplaintStatus::key);
    Ok(by_status(commune, &COMPLAINTS, all, key, &rows, fact))
}
