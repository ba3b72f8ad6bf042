//! Open data: every non-draft petition with its signature counts (no signer).
use musharaka_communes::dataset;
use musharaka_communes::open_data::{col, Column, Dataset, Kind, Table};
use musharaka_communes::Commune;
use musharaka_core::page::Page;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 1] = [dataset!("petitions", &PETITIONS, petitions)];

static PETITIONS: [Column; 15] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("kind", "data-col-kind", Kind::Code("pet-kind-")),
    col("status", "data-col-status", Kind::Code("pet-status-")),
    col("subject", "data-col-subject", Kind::Text),
    col("requested_item", "data-col-requested-item", Kind::Text),
    col(
        "signatures_online",
        "data-col-signatures-online",
        Kind::Integer,
    ),
    col(
        "signatures_paper",
        "data-col-signatures-paper",
        Kind::Integer,
    ),
    col(
        "signatures_total",
        "data-col-signatures-total",
        Kind::Integer,
    ),
    col("threshold", "data-col-threshold", Kind::Integer),
    col("receipt_number", "data-col-receipt-number", Kind::Text),
    col("deposited_at", "data-col-deposited-at", Kind::DateTime),
    col("review_deadline", "data-col-review-deadline", Kind::Date),
    col("deliberation_id", "data-col-deliberation-id", Kind::Integer),
    col("created_at", "data-col-created-at", Kind::DateTime),
];

fn petitions(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let rows = crate::service::list_with_counts(
        conn,
        commune.id,
        &crate::store::ListFilter::default(),
        Page::default(),
        1_000_000,
    )?;
    let mut t = Table::new(&PETITIONS);
    for (p, n) in rows.rows {
        t.push(
            vec![
                commune.slug.as_str().into(),
                p.id.into(),
                p.kind.into(),
                p.status.into(),
                p.subject.into(),
                p.requested_item.into(),
                n.online.into(),
                n.paper.into(),
                n.total().into(),
                p.threshold.into(),
                p.receipt_number.into(),
                p.deposited_at.into(),
                p.review_deadline.into(),
                p.deliberation_id.into(),
                p.created_at.into(),
            ],
            Some(p.updated_at),
        );
    }
    Ok(t)
}

static LIST: [Column; 13] = [
    col("id", "data-col-id", Kind::Integer),
    col("kind", "data-col-kind", Kind::Code("pet-kind-")),
    col("status", "data-col-status", Kind::Code("pet-status-")),
    col("subject", "data-col-subject", Kind::Text),
    col("created_at", "data-col-created-at", Kind::DateTime),
    col("deposited_at", "data-col-deposited-at", Kind::DateTime),
    col("receipt_number", "data-col-receipt-number", Kind::Text),
    col("review_deadline", "data-col-review-deadline", Kind::Date),
    col("overdue", "data-col-overdue", Kind::Boolean),
    col(
        "signatures_online",
        "data-col-signatures-online",
        Kind::Integer,
    ),
    col(
        "signatures_paper",
        "data-col-signatures-paper",
        Kind::Integer,
    ),
    col("bureau_reasons", "data-col-bureau-reasons", Kind::Text),
    col("deliberation_id", "data-col-deliberation-id", Kind::Integer),
];

/// The public list as a table (the list page's CSV): no signer, no agent.
pub fn list_table(
    rows: &[(crate::records::PetitionRow, crate::records::Counts)],
    today: chrono::NaiveDate,
) -> Table {
    let mut t = Table::new(&LIST);
    for (p, n) in rows {
        t.push(
            vec![
                p.id.into(),
                p.kind.as_str().into(),
                p.status.as_str().into(),
                p.subject.as_str().into(),
                p.created_at.into(),
                p.deposited_at.into(),
                p.receipt_number.as_deref().into(),
                p.review_deadline.into(),
                p.overdue(today).into(),
                n.online.into(),
                n.paper.into(),
                p.bureau_reasons.as_deref().into(),
                p.deliberation_id.into(),
            ],
            Some(p.updated_at),
        );
    }
    t
}
