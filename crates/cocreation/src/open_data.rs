//! Open data: every public call with its submissions counted by outcome (counts only; the
//! eligibility and selection counts once the results are published).

use crate::model::{CallStatus, NoteStatus};
use crate::records::CallRow;
use crate::{service, store};
use musharaka_communes::dataset;
use musharaka_communes::open_data::{
    col, commune_table, field, id, status, Cell, Column, Dataset, Field,
};
use musharaka_communes::open_data::{Kind, Label, Table};
use musharaka_communes::Commune;
use musharaka_core::page::all_pages;
use musharaka_core::{Money, Result};
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 1] = [dataset!("cocreation-calls", CALLS, calls)];

/// A call with its concept notes counted by outcome; the outcomes (eligibility,
/// selection, amounts granted) only once its results are published.
struct CallCounts {
    call: CallRow,
    submitted: i64,
    results: Option<Outcomes>,
}

struct Outcomes {
    eligible: i64,
    ineligible: i64,
    selected: i64,
    not_selected: i64,
    granted_centimes: i64,
}

static CALLS: [Field<CallCounts>; 13] = [
    id(|c| c.call.id.into()),
    field("title_ar", "data-col-title-ar", Kind::Text, |c| {
        c.call.title_ar.as_str().into()
    }),
    field("title_fr", "data-col-title-fr", Kind::Text, |c| {
        c.call.title_fr.as_str().into()
    }),
    status("data-call-status-", |c| c.call.status.key().into()),
    field("opens_at", "data-col-opens-on", Kind::DateTime, |c| {
        c.call.opens_at.into()
    }),
    field("closes_at", "data-col-closes-on", Kind::DateTime, |c| {
        c.call.closes_at.into()
    }),
    field("envelope_mad", "data-col-budget", Kind::Amount, |c| {
        Money::from_centimes(c.call.envelope_centimes)
            .plain()
            .into()
    }),
    field("submitted", "data-col-submitted", Kind::Integer, |c| {
        c.submitted.into()
    }),
    field("eligible", "data-col-eligible", Kind::Integer, |c| {
        c.results.as_ref().map(|r| r.eligible).into()
    }),
    field("ineligible", "data-col-ineligible", Kind::Integer, |c| {
        c.results.as_ref().map(|r| r.ineligible).into()
    }),
    field("selected", "data-col-selected", Kind::Integer, |c| {
        c.results.as_ref().map(|r| r.selected).into()
    }),
    field(
        "not_selected",
        "data-col-not-selected",
        Kind::Integer,
        |c| c.results.as_ref().map(|r| r.not_selected).into(),
    ),
    field("granted_mad", "data-col-granted", Kind::Amount, |c| {
        let granted = c.results.as_ref().map(|r| r.granted_centimes);
        granted.map(|g| Money::from_centimes(g).plain()).into()
    }),
];

fn calls(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut rows = Vec::new();
    for call in all_pages(|page| service::calls(conn, commune.id, false, page, 100))? {
        let notes = store::notes_of_call(conn, call.id)?;
        let count = |wanted: &[NoteStatus]| -> i64 {
            notes.iter().filter(|n| wanted.contains(&n.status)).count() as i64
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
        let published = call.status == CallStatus::Results;
        let results = published.then(|| Outcomes {
            eligible: count(&[Eligible, Selected, NotSelected, Agreed]),
            ineligible: count(&[Ineligible]),
            selected: count(&[Selected, Agreed]),
            not_selected: count(&[NotSelected]),
            granted_centimes: notes
                .iter()
                .filter(|n| matches!(n.status, Selected | Agreed))
                .filter_map(|n| n.granted_centimes)
                .sum(),
        });
        rows.push(CallCounts {
            call,
            submitted,
            results,
        });
    }
    Ok(commune_table(commune, &CALLS, &rows, |c| {
        Some(c.call.updated_at)
    }))
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
