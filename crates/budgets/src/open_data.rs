//! Open data: every budget cycle's proposals, votes from the results phase on.
use musharaka_communes::dataset;
use musharaka_communes::open_data::{col, Column, Dataset, Kind, Table};
use musharaka_communes::Commune;
use musharaka_core::Result;
use musharaka_db::AnyConnection;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 1] = [dataset!("budget-projects", &PROJECTS, projects)];

static PROJECTS: [Column; 13] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("cycle_id", "data-col-cycle-id", Kind::Integer),
    col("year", "data-col-year", Kind::Integer),
    col("district_id", "data-col-district-id", Kind::Integer),
    col("title", "data-col-title", Kind::Text),
    col("status", "data-col-status", Kind::Code("pb-status-")),
    col(
        "estimated_cost_mad",
        "data-col-estimated-cost",
        Kind::Amount,
    ),
    col("official_cost_mad", "data-col-official-cost", Kind::Amount),
    col("votes", "data-col-votes", Kind::Integer),
    col("selected_rank", "data-col-selected-rank", Kind::Integer),
    col("progress", "data-col-progress", Kind::Integer),
    col("spent_mad", "data-col-spent", Kind::Amount),
];

/// Every cycle's proposals; votes only from the results phase on (as the cycle's page).
fn projects(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    use crate::model::Phase;
    use crate::store;
    use musharaka_core::Money;
    let now = musharaka_core::time::now();
    let mut t = Table::new(&PROJECTS);
    for cycle in store::cycles(conn, commune.id)? {
        let show_votes = cycle.phase(now) >= Phase::Results;
        let tallies = store::tallies(conn, commune.id, cycle.id)?;
        for p in store::all_proposals(conn, commune.id, cycle.id)? {
            let votes = show_votes.then(|| {
                i64::try_from(tallies.get(&p.id).copied().unwrap_or(0)).unwrap_or(i64::MAX)
            });
            let changed = p.reviewed_at.unwrap_or(p.created_at);
            t.push(
                vec![
                    commune.slug.as_str().into(),
                    p.id.into(),
                    cycle.id.into(),
                    cycle.year.into(),
                    p.district_id.into(),
                    p.title.into(),
                    p.status.into(),
                    Money::from_centimes(p.estimated_cents).plain().into(),
                    p.official_cents
                        .map(|c| Money::from_centimes(c).plain())
                        .into(),
                    votes.into(),
                    p.selected_rank.into(),
                    p.progress.into(),
                    Money::from_centimes(p.spent_cents).plain().into(),
                ],
                Some(changed),
            );
        }
    }
    Ok(t)
}

static RESULTS: [Column; 9] = [
    col("district", "data-col-district", Kind::Text),
    col("proposal_id", "data-col-id", Kind::Integer),
    col("title", "data-col-title", Kind::Text),
    col("cost_mad", "data-col-cost", Kind::Amount),
    col("votes", "data-col-votes", Kind::Integer),
    col("selected", "data-col-selected-by-rule", Kind::Boolean),
    col("rule", "data-col-rule", Kind::Code("pb-rule-")),
    col("greedy", "data-col-greedy", Kind::Boolean),
    col("equal_shares", "data-col-equal-shares", Kind::Boolean),
];

/// A cycle's results, one row per proposal on a district's ballot: its votes, whether the
/// cycle's rule selects it, and (for comparison) greedy and equal shares.
pub fn results_table(results: &[crate::service::DistrictResult], lang_ar: bool) -> Table {
    use musharaka_core::Money;
    let mut t = Table::new(&RESULTS);
    for r in results {
        let district = if lang_ar {
            &r.district.name_ar
        } else {
            &r.district.name_fr
        };
        for (p, votes) in &r.projects {
            t.push(
                vec![
                    district.as_str().into(),
                    p.id.into(),
                    p.title.as_str().into(),
                    Money::from_centimes(p.cost_cents()).plain().into(),
                    i64::try_from(*votes).unwrap_or(i64::MAX).into(),
                    r.outcome.winners.contains(&p.id).into(),
                    r.outcome.rule.as_str().into(),
                    r.greedy.winners.contains(&p.id).into(),
                    r.equal_shares.winners.contains(&p.id).into(),
                ],
                None,
            );
        }
    }
    t
}
