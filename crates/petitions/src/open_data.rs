//! Open data: every non-draft petition with its signature counts (no signer).
use crate::records::{Counts, PetitionRow};
use musharaka_communes::dataset;
use musharaka_communes::open_data::{
    commune_table, field, id, select, status, table, Dataset, Field, Kind, Table,
};
use musharaka_communes::Commune;
use musharaka_core::page::Page;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 1] = [dataset!(
    "petitions",
    select(&fields(), &DATASET),
    petitions
)];

/// A petition with its signature counts, as both tables read it.
struct Listed<'a> {
    petition: &'a PetitionRow,
    counts: &'a Counts,
    /// Its review deadline passed without a bureau decision (art. 125).
    overdue: bool,
}

/// Every column of the petition tables, each defined once; a table picks its own.
fn fields<'a>() -> [Field<Listed<'a>>; 16] {
    [
        id(|l| l.petition.id.into()),
        field("kind", "data-col-kind", Kind::Code("pet-kind-"), |l| {
            l.petition.kind.key().into()
        }),
        status("pet-status-", |l| l.petition.status.key().into()),
        field("subject", "data-col-subject", Kind::Text, |l| {
            l.petition.subject.as_str().into()
        }),
        field(
            "requested_item",
            "data-col-requested-item",
            Kind::Text,
            |l| l.petition.requested_item.as_str().into(),
        ),
        field(
            "signatures_online",
            "data-col-signatures-online",
            Kind::Integer,
            |l| l.counts.online.into(),
        ),
        field(
            "signatures_paper",
            "data-col-signatures-paper",
            Kind::Integer,
            |l| l.counts.paper.into(),
        ),
        field(
            "signatures_total",
            "data-col-signatures-total",
            Kind::Integer,
            |l| l.counts.total().into(),
        ),
        field("threshold", "data-col-threshold", Kind::Integer, |l| {
            l.petition.threshold.into()
        }),
        field(
            "receipt_number",
            "data-col-receipt-number",
            Kind::Text,
            |l| l.petition.receipt_number.as_deref().into(),
        ),
        field(
            "deposited_at",
            "data-col-deposited-at",
            Kind::DateTime,
            |l| l.petition.deposited_at.into(),
        ),
        field(
            "review_deadline",
            "data-col-review-deadline",
            Kind::Date,
            |l| l.petition.review_deadline.into(),
        ),
        field("overdue", "data-col-overdue", Kind::Boolean, |l| {
            l.overdue.into()
        }),
        field(
            "bureau_reasons",
            "data-col-bureau-reasons",
            Kind::Text,
            |l| l.petition.bureau_reasons.as_deref().into(),
        ),
        field(
            "deliberation_id",
            "data-col-deliberation-id",
            Kind::Integer,
            |l| l.petition.deliberation_id.into(),
        ),
        field("created_at", "data-col-created-at", Kind::DateTime, |l| {
            l.petition.created_at.into()
        }),
    ]
}

/// The dataset's columns (after the commune's).
const DATASET: [&str; 14] = [
    "id",
    "kind",
    "status",
    "subject",
    "requested_item",
    "signatures_online",
    "signatures_paper",
    "signatures_total",
    "threshold",
    "receipt_number",
    "deposited_at",
    "review_deadline",
    "deliberation_id",
    "created_at",
];

/// The list page's columns.
const LIST: [&str; 13] = [
    "id",
    "kind",
    "status",
    "subject",
    "created_at",
    "deposited_at",
    "receipt_number",
    "review_deadline",
    "overdue",
    "signatures_online",
    "signatures_paper",
    "bureau_reasons",
    "deliberation_id",
];

fn listed(rows: &[(PetitionRow, Counts)], today: chrono::NaiveDate) -> Vec<Listed<'_>> {
    rows.iter()
        .map(|(petition, counts)| Listed {
            petition,
            counts,
            overdue: petition.overdue(today),
        })
        .collect()
}

fn petitions(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let rows = crate::service::list_with_counts(
        conn,
        commune.id,
        &crate::store::ListFilter::default(),
        Page::default(),
        1_000_000,
    )?;
    let rows = listed(&rows.rows, musharaka_core::time::today());
    let fields = select(&fields(), &DATASET);
    Ok(commune_table(commune, &fields, &rows, |l| {
        Some(l.petition.updated_at)
    }))
}

/// The public list as a table (the list page's CSV): no signer, no agent.
pub fn list_table(rows: &[(PetitionRow, Counts)], today: chrono::NaiveDate) -> Table {
    let rows = listed(rows, today);
    table(&select(&fields(), &LIST), &rows, |l| {
        Some(l.petition.updated_at)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_column_is_defined() {
        assert_eq!(select(&fields(), &DATASET).len(), DATASET.len());
        assert_eq!(select(&fields(), &LIST).len(), LIST.len());
    }
}
