//! Open data: every budget cycle's proposals, votes from the results phase on.
use crate::model::Proposal;
use crate::service::DistrictResult;
use musharaka_communes::dataset;
use musharaka_communes::open_data::{
    commune_table, field, id, status, table, Dataset, Field, Kind, Table,
};
use musharaka_communes::Commune;
use musharaka_core::{Money, Result};
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 1] = [dataset!("budget-projects", PROJECTS, projects)];

/// A proposal with its cycle's year and its votes (None before the results phase).
struct Project {
    year: i32,
    votes: Option<i64>,
    proposal: Proposal,
}

static PROJECTS: [Field<Project>; 12] = [
    id(|p| p.proposal.id.into()),
    field("cycle_id", "data-col-cycle-id", Kind::Integer, |p| {
        p.proposal.cycle_id.into()
    }),
    field("year", "data-col-year", Kind::Integer, |p| p.year.into()),
    field("district_id", "data-col-district-id", Kind::Integer, |p| {
        p.proposal.district_id.into()
    }),
    field("title", "data-col-title", Kind::Text, |p| {
        p.proposal.title.as_str().into()
    }),
    status("pb-status-", |p| p.proposal.status.key().into()),
    field(
        "estimated_cost_mad",
        "data-col-estimated-cost",
        Kind::Amount,
        |p| {
            Money::from_centimes(p.proposal.estimated_cents)
                .plain()
                .into()
        },
    ),
    field(
        "official_cost_mad",
        "data-col-official-cost",
        Kind::Amount,
        |p| {
            let official = p.proposal.official_cents;
            official.map(|c| Money::from_centimes(c).plain()).into()
        },
    ),
    field("votes", "data-col-votes", Kind::Integer, |p| p.votes.into()),
    field(
        "selected_rank",
        "data-col-selected-rank",
        Kind::Integer,
        |p| p.proposal.selected_rank.into(),
    ),
    field("progress", "data-col-progress", Kind::Integer, |p| {
        p.proposal.progress.into()
    }),
    field("spent_mad", "data-col-spent", Kind::Amount, |p| {
        Money::from_centimes(p.proposal.spent_cents).plain().into()
    }),
];

/// Every cycle's proposals; votes only from the results phase on (as the cycle's page).
fn projects(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    use crate::model::Phase;
    use crate::store;
    let now = musharaka_core::time::now();
    let mut rows = Vec::new();
    for cycle in store::cycles(conn, commune.id)? {
        let show_votes = cycle.phase(now) >= Phase::Results;
        let tallies = store::tallies(conn, commune.id, cycle.id)?;
        for proposal in store::all_proposals(conn, commune.id, cycle.id)? {
            let votes = show_votes.then(|| {
                let n = tallies.get(&proposal.id).copied().unwrap_or(0);
                i64::try_from(n).unwrap_or(i64::MAX)
            });
            let year = cycle.year;
            rows.push(Project {
                year,
                votes,
                proposal,
            });
        }
    }
    Ok(commune_table(commune, &PROJECTS, &rows, |p| {
        Some(p.proposal.reviewed_at.unwrap_or(p.proposal.created_at))
    }))
}

/// A proposal on a district's ballot, with its votes and its district's counts.
struct Ballot<'a> {
    district: &'a str,
    result: &'a DistrictResult,
    proposal: &'a Proposal,
    votes: u64,
}

/// A cycle's results, one row per proposal on a district's ballot: its votes, whether the
/// cycle's rule selects it, and (for comparison) greedy and equal shares.
pub fn results_table(results: &[DistrictResult], lang_ar: bool) -> Table {
    let fields: [Field<Ballot>; 9] = [
        field("district", "data-col-district", Kind::Text, |b| {
            b.district.into()
        }),
        field("proposal_id", "data-col-id", Kind::Integer, |b| {
            b.proposal.id.into()
        }),
        field("title", "data-col-title", Kind::Text, |b| {
            b.proposal.title.as_str().into()
        }),
        field("cost_mad", "data-col-cost", Kind::Amount, |b| {
            Money::from_centimes(b.proposal.cost_cents()).plain().into()
        }),
        field("votes", "data-col-votes", Kind::Integer, |b| {
            i64::try_from(b.votes).unwrap_or(i64::MAX).into()
        }),
        field(
            "selected",
            "data-col-selected-by-rule",
            Kind::Boolean,
            |b| b.result.outcome.winners.contains(&b.proposal.id).into(),
        ),
        field("rule", "data-col-rule", Kind::Code("pb-rule-"), |b| {
            b.result.outcome.rule.as_str().into()
        }),
        field("greedy", "data-col-greedy", Kind::Boolean, |b| {
            b.result.greedy.winners.contains(&b.proposal.id).into()
        }),
        field(
            "equal_shares",
            "data-col-equal-shares",
            Kind::Boolean,
            |b| {
                b.result
                    .equal_shares
                    .winners
                    .contains(&b.proposal.id)
                    .into()
            },
        ),
    ];
    let mut rows = Vec::new();
    for result in results {
        let district = if lang_ar {
            &result.district.name_ar
        } else {
            &result.district.name_fr
        };
        rows.extend(result.projects.iter().map(|(proposal, votes)| Ballot {
            district,
            result,
            proposal,
            votes: *votes,
        }));
    }
    table(&fields, &rows, |_| None)
}
