//! Open data: every public call with its submissions counted by outcome (counts only; the
//! eligibility and selection counts once the results are published).

use crate::model::{CallStatus, NoteStatus};
use crate::{service, store};
use musharaka_communes::dataset;
use musharaka_communes::open_data::{col, Cell, Column, Dataset, Kind, Label, Table};
use musharaka_communes::Commune;
use musharaka_core::page::all_pages;
use musharaka_core::{Money, Result};
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 1] = [dataset!("cocreation-calls", &CALLS, calls)];

static CALLS: [Column; 14] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("title_ar", "data-col-title-ar", Kind::Text),
    col("title_fr", "data-col-title-fr", Kind::Text),
    col("status", "data-col-status", Kind::Code("data-call-status-")),
    col("opens_at", "data-col-opens-on", Kind::DateTime),
    col("closes_at", "data-col-closes-on", Kind::DateTime),
    col("envelope_mad", "data-col-budget", Kind::Amount),
    col("submitted", "data-col-submitted", Kind::Integer),
    col("eligible", "data-col-eligible", Kind::Integer),
    col("ineligible", "data-col-ineligible", Kind::Integer),
    col("selected", "data-col-selected", Kind::Integer),
    col("not_selected", "data-col-not-selected", Kind::Integer),
    col("granted_mad", "data-col-granted", Kind::Amount),
];

fn calls(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut t = Table::new(&CALLS);
    for c in all_pages(|page| service::calls(conn, commune.id, false, page, 100))? {
        let notes = store::notes_of_call(conn, c.id)?;
        let status = |n: &crate::records::NoteRow| n.status.parse::<NoteStatus>().ok();
        let count = |wanted: &[NoteStatus]| -> i64 {
            notes
                .iter()
                .filter(|n| status(n).is_some_and(|s| wanted.contains(&s)))
                .count() as i64
        };
        use NoteStatus::*;
        let submitted = count(&[
            Submitted,
            Eligible,
            Ineligible,
            Selected,
            NotSelected,
            Agreed,
        ]);
        let results = c.status.parse::<CallStatus>().ok() == Some(CallStatus::Results);
        let after = |n: i64| if results { Cell::Int(n) } else { Cell::Null };
        let granted: i64 = notes
            .iter()
            .filter(|n| matches!(status(n), Some(Selected | Agreed)))
            .filter_map(|n| n.granted_centimes)
            .sum();
        t.push(
            vec![
                commune.slug.as_str().into(),
                c.id.into(),
                c.title_ar.into(),
                c.title_fr.into(),
                c.status.into(),
                c.opens_at.into(),
                c.closes_at.into(),
                Money::from_centimes(c.envelope_centimes).plain().into(),
                submitted.into(),
                after(count(&[Eligible, Selected, NotSelected, Agreed])),
                after(count(&[Ineligible])),
                after(count(&[Selected, Agreed])),
                after(count(&[NotSelected])),
                if results {
                    Money::from_centimes(granted).plain().into()
                } else {
                    Cell::Null
                },
            ],
            Some(c.updated_at),
        );
    }
    Ok(t)
}

/// A call's published ranking as a table (its `results.csv`): rank, note, association, the
/// mean of each of the call's scoring criteria (headers in the reader's language), the
/// total, the amount requested and the outcome.
pub fn results_table(r: &service::Ranking, lang: musharaka_core::Lang) -> Table {
    let mut columns = vec![
        col("rank", "data-col-rank", Kind::Integer),
        col("title", "data-col-title", Kind::Text),
        col("association", "data-col-association", Kind::Text),
    ];
    columns.extend(r.criteria.iter().map(|k| Column {
        code: format!("criterion_{}", k.id).into(),
        label: Label::Written(k.label(lang).to_string()),
        kind: Kind::Decimal,
    }));
    columns.extend([
        col("total", "data-col-score-total", Kind::Decimal),
        col("requested", "data-col-requested-amount", Kind::Amount),
        col("outcome", "data-col-outcome", Kind::Code("cc-outcome-")),
    ]);
    let mut table = Table::with_columns(columns.into());
    for x in &r.ranked {
        let mut row: Vec<Cell> = vec![
            x.rank.into(),
            x.note.title.as_str().into(),
            x.association.name(lang).into(),
        ];
        row.extend(
            x.aggregate
                .criteria
                .iter()
                .map(|m| Cell::from(m.mean.map(|v| v.to_string()))),
        );
        let outcome = match x.outcome {
            crate::rules::Outcome::Selected => "selected",
            crate::rules::Outcome::DoesNotFit => "does_not_fit",
        };
        row.extend([
            x.aggregate.total.to_string().into(),
            x.requested.plain().into(),
            outcome.into(),
        ]);
        table.push(row, Some(x.note.updated_at));
    }
    table
}
