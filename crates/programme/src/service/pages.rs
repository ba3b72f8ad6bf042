//! What the public pages, the back office, the matrix exports, the feed and the other
//! domains' pages read. Drafts are the back office's only: public reads find adopted plans.

use super::*;
use crate::rules::ProgressFacts;
use std::collections::BTreeMap;

/// An indicator with its values (oldest first) and its progress.
#[derive(Debug, Clone)]
pub struct IndicatorView {
    pub row: IndicatorRow,
    pub values: Vec<ValueRow>,
    pub progress: Option<u8>,
}

impl IndicatorView {
    pub fn latest(&self) -> Option<&ValueRow> {
        self.values.last()
    }
}

/// A commitment with its actions, indicators and computed progress.
#[derive(Debug, Clone)]
pub struct CommitmentView {
    pub row: CommitmentRow,
    pub actions: Vec<ActionRow>,
    pub indicators: Vec<IndicatorView>,
    pub progress: u8,
}

/// Loads actions, indicators and values of `rows` as they stood on `as_of` (values
/// measured and actions done by then; everything when `None`) and computes progress
/// ([`rules::commitment_progress`]; impact indicators are shown, not counted).
pub fn with_progress(
    conn: &mut AnyConnection,
    commune_id: i64,
    rows: Vec<CommitmentRow>,
    as_of: Option<NaiveDate>,
) -> Result<Vec<CommitmentView>> {
    let ids: Vec<i64> = rows.iter().map(|c| c.id).collect();
    let mut actions: BTreeMap<i64, Vec<ActionRow>> = BTreeMap::new();
    for mut a in store::actions_of(conn, commune_id, &ids)? {
        if as_of.is_some_and(|d| a.done_on.is_some_and(|done| done > d)) {
            a.done_on = None;
        }
        actions.entry(a.commitment_id).or_default().push(a);
    }
    let indicators = store::indicators_of(conn, commune_id, &ids)?;
    let ind_ids: Vec<i64> = indicators.iter().map(|i| i.id).collect();
    let mut values: BTreeMap<i64, Vec<ValueRow>> = BTreeMap::new();
    for v in store::values_of(conn, commune_id, &ind_ids)? {
        if as_of.is_none_or(|d| v.measured_on <= d) {
            values.entry(v.indicator_id).or_default().push(v);
        }
    }
    let mut by_commitment: BTreeMap<i64, Vec<IndicatorView>> = BTreeMap::new();
    for i in indicators {
        let vals = values.remove(&i.id).unwrap_or_default();
        let progress =
            rules::indicator_progress(i.baseline, i.target, vals.last().map(|v| v.value));
        by_commitment
            .entry(i.commitment_id)
            .or_default()
            .push(IndicatorView {
                row: i,
                values: vals,
                progress,
            });
    }
    Ok(rows
        .into_iter()
        .map(|row| {
            let actions = actions.remove(&row.id).unwrap_or_default();
            let indicators = by_commitment.remove(&row.id).unwrap_or_default();
            let facts = ProgressFacts {
                actions_done: actions.iter().filter(|a| a.done_on.is_some()).count() as u32,
                actions_total: actions.len() as u32,
                indicators: indicators
                    .iter()
                    .filter(|i| i.row.kind() == IndicatorKind::Result)
                    .map(|i| i.progress)
                    .collect(),
            };
            let progress = rules::commitment_progress(row.status, &facts);
            CommitmentView {
                row,
                actions,
                indicators,
                progress,
            }
        })
        .collect())
}

fn plan_progress_of(commitments: &[CommitmentView]) -> u8 {
    let pairs: Vec<_> = commitments
        .iter()
        .map(|c| (c.row.status, c.progress))
        .collect();
    rules::plan_progress(&pairs)
}

/// A plan as the public sees it (`public`: drafts are not found) or the back office.
fn visible_plan(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
    public: bool,
) -> Result<PlanRow> {
    let plan = store::plan(conn, commune_id, id)?;
    if public && plan.status != PlanStatus::Adopted {
        return Err(ErrorKind::NotFound.into());
    }
    Ok(plan)
}

/// A plan in a list, with its progress.
#[derive(Debug, Clone)]
pub struct PlanSummary {
    pub plan: PlanRow,
    pub commitments: usize,
    pub progress: u8,
}

/// The commune's plans with their progress; `public`: adopted plans only.
pub fn plans_overview(
    conn: &mut AnyConnection,
    commune_id: i64,
    public: bool,
) -> Result<Vec<PlanSummary>> {
    let mut out = Vec::new();
    for plan in store::plans(conn, commune_id)? {
        if public && plan.status != PlanStatus::Adopted {
            continue;
        }
        let rows = store::commitments(conn, commune_id, plan.id)?;
        let views = with_progress(conn, commune_id, rows, None)?;
        out.push(PlanSummary {
            progress: plan_progress_of(&views),
            commitments: views.len(),
            plan,
        });
    }
    Ok(out)
}

/// A plan's page: series, commitments with progress, rounds, the steering committee's
/// composition (the members' names are the back office's only).
#[derive(Debug, Clone)]
pub struct PlanPage {
    pub plan: PlanRow,
    pub series: Vec<SeriesRow>,
    pub commitments: Vec<CommitmentView>,
    pub progress: u8,
    pub rounds: Vec<RoundRow>,
    /// (commune, civil society) members.
    pub steering: (u32, u32),
    /// Empty on public pages.
    pub members: Vec<SteeringRow>,
    /// The adopting deliberation's register number.
    pub deliberation_number: Option<String>,
}

pub fn plan_page(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
    public: bool,
) -> Result<PlanPage> {
    let plan = visible_plan(conn, commune_id, id, public)?;
    let rows = store::commitments(conn, commune_id, plan.id)?;
    let commitments = with_progress(conn, commune_id, rows, None)?;
    let members = store::steering(conn, commune_id, plan.id)?;
    let deliberation_number = match plan.deliberation_id {
        Some(d) => musharaka_councils::store::deliberation(conn, commune_id, d)
            .ok()
            .map(|d| d.number()),
        None => None,
    };
    Ok(PlanPage {
        series: store::series(conn, commune_id, plan.id)?,
        progress: plan_progress_of(&commitments),
        rounds: store::rounds(conn, commune_id, plan.id)?,
        steering: steering_counts(&members),
        members: if public { Vec::new() } else { members },
        commitments,
        deliberation_number,
        plan,
    })
}

/// A commitment's page: its plan and series, actions, indicators with values, cited
/// origins, evidence and timeline.
#[derive(Debug, Clone)]
pub struct CommitmentPage {
    pub plan: PlanRow,
    pub series: Option<SeriesRow>,
    pub commitment: CommitmentView,
    pub links: Vec<LinkRow>,
    pub evidence: Vec<EvidenceRow>,
    pub timeline: Vec<UpdateRow>,
}

pub fn commitment_page(
    conn: &mut AnyConnection,
    commune_id: i64,
    plan_id: i64,
    id: i64,
    public: bool,
) -> Result<CommitmentPage> {
    let plan = visible_plan(conn, commune_id, plan_id, public)?;
    let row = store::commitment(conn, commune_id, id)?;
    if row.plan_id != plan.id {
        return Err(ErrorKind::NotFound.into());
    }
    let series = match row.series_id {
        Some(s) => store::series(conn, commune_id, plan.id)?
            .into_iter()
            .find(|x| x.id == s),
        None => None,
    };
    let links = store::links_of(conn, commune_id, row.id)?;
    let evidence = store::evidence_of(conn, commune_id, row.id)?;
    let timeline = store::updates_of_commitment(conn, commune_id, row.id)?;
    let commitment = with_progress(conn, commune_id, vec![row], None)?
        .pop()
        .ok_or_else(|| Error::new(ErrorKind::NotFound))?;
    Ok(CommitmentPage {
        plan,
        series,
        commitment,
        links,
        evidence,
        timeline,
    })
}

/// The six-monthly monitoring matrix of a plan: every commitment with its actions and
/// indicators as they stood at the end of a round (or today without a round).
#[derive(Debug, Clone)]
pub struct Matrix {
    pub plan: PlanRow,
    pub round: Option<RoundRow>,
    pub as_of: NaiveDate,
    pub series: Vec<SeriesRow>,
    pub commitments: Vec<CommitmentView>,
    pub progress: u8,
}

pub fn matrix(
    conn: &mut AnyConnection,
    commune_id: i64,
    plan_id: i64,
    round_id: Option<i64>,
    public: bool,
    today: NaiveDate,
) -> Result<Matrix> {
    let plan = visible_plan(conn, commune_id, plan_id, public)?;
    let round = match round_id {
        Some(r) => Some(store::round(conn, commune_id, plan.id, r)?),
        None => None,
    };
    let as_of = round.as_ref().map_or(today, |r| r.period_end);
    let rows = store::commitments(conn, commune_id, plan.id)?;
    let commitments = with_progress(conn, commune_id, rows, Some(as_of))?;
    Ok(Matrix {
        series: store::series(conn, commune_id, plan.id)?,
        progress: plan_progress_of(&commitments),
        plan,
        round,
        as_of,
        commitments,
    })
}

/// "Became commitment X, now at Y %": a commitment of an adopted plan citing an origin.
#[derive(Debug, Clone, serde::Serialize)]
pub struct CommitmentLink {
    pub plan_id: i64,
    pub commitment_id: i64,
    pub number: i32,
    pub title_ar: String,
    pub title_fr: String,
    pub status: String,
    pub progress: u8,
}

/// The commitments of the commune's adopted plans that cite `(kind, reference)` — for the
/// origin's own page (a petition, a PB project `cycle/proposal`, a deliberation, an
/// advisory opinion, a consultation comment). Unknown kinds find nothing.
pub fn became(
    conn: &mut AnyConnection,
    commune_id: i64,
    kind: &str,
    reference: &str,
) -> Result<Vec<CommitmentLink>> {
    let ids = store::commitments_citing(conn, commune_id, kind, reference)?;
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows = store::commitments_by_ids(conn, commune_id, &ids)?;
    let mut adopted: BTreeMap<i64, bool> = BTreeMap::new();
    let mut kept = Vec::new();
    for r in rows {
        let ok = match adopted.get(&r.plan_id) {
            Some(ok) => *ok,
            None => {
                let ok = store::plan(conn, commune_id, r.plan_id)?.status == PlanStatus::Adopted;
                adopted.insert(r.plan_id, ok);
                ok
            }
        };
        if ok {
            kept.push(r);
        }
    }
    Ok(with_progress(conn, commune_id, kept, None)?
        .into_iter()
        .map(|c| CommitmentLink {
            plan_id: c.row.plan_id,
            commitment_id: c.row.id,
            number: c.row.number,
            title_ar: c.row.title_ar,
            title_fr: c.row.title_fr,
            status: c.row.status.key().to_string(),
            progress: c.progress,
        })
        .collect())
}

/// Entries of the Atom feed.
pub const FEED_ENTRIES: i64 = 50;

/// The latest timeline lines of the commune's adopted plans, with their plan and
/// commitment (the Atom feed).
pub fn feed(
    conn: &mut AnyConnection,
    commune_id: i64,
) -> Result<Vec<(UpdateRow, PlanRow, Option<CommitmentRow>)>> {
    let plans: BTreeMap<i64, PlanRow> = store::plans(conn, commune_id)?
        .into_iter()
        .filter(|p| p.status == PlanStatus::Adopted)
        .map(|p| (p.id, p))
        .collect();
    let updates = store::latest_updates(conn, commune_id, FEED_ENTRIES)?;
    let ids: Vec<i64> = updates.iter().filter_map(|u| u.commitment_id).collect();
    let commitments: BTreeMap<i64, CommitmentRow> =
        store::commitments_by_id(conn, commune_id, &ids)?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
    let mut out = Vec::new();
    for u in updates {
        let Some(plan) = plans.get(&u.plan_id) else {
            continue;
        };
        let c = match u.commitment_id {
            Some(id) => Some(commitments.get(&id).cloned().ok_or(ErrorKind::NotFound)?),
            None => None,
        };
        out.push((u, plan.clone(), c));
    }
    Ok(out)
}
