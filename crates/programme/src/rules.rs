//! The law and the plans' own rules as pure functions: the six-year span of the action
//! programme (law 113.14 art. 78), indicator and commitment progress, the parity of the
//! steering committee and the six-monthly monitoring rounds (Tétouan's OGP local plan
//! 2023–2026, "comité de pilotage paritaire", "réunion semestrielle … matrice de suivi"),
//! and the performance programme's yearly self-assessment (five minimum mandatory
//! conditions, performance indicators, 70 points at least).

use crate::model::{CommitmentStatus, PlanKind};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Art. 78: the action programme covers six years (e.g. 2023–2028, first and last year
/// included). A commitment plan only needs to end after it starts.
pub fn plan_span_ok(kind: PlanKind, starts_on: NaiveDate, ends_on: NaiveDate) -> bool {
    if ends_on <= starts_on {
        return false;
    }
    match kind {
        PlanKind::ActionProgramme => ends_on.year() - starts_on.year() == 5,
        PlanKind::CommitmentPlan => true,
    }
}

/// Progress of one indicator, in whole percent (0–100), from its baseline towards its
/// target: `(current − baseline) / (target − baseline)`, which also holds for a decreasing
/// target (a waiting time from 30 to 10 days: 20 days is 50 %). Going the wrong way is 0,
/// overshooting is capped at 100. No value measured yet: `None`. A target equal to the
/// baseline is met (100) once measured at or beyond it.
pub fn indicator_progress(baseline: i64, target: i64, current: Option<i64>) -> Option<u8> {
    let current = current?;
    let span = i128::from(target) - i128::from(baseline);
    if span == 0 {
        let met = current == target;
        return Some(if met { 100 } else { 0 });
    }
    let done = i128::from(current) - i128::from(baseline);
    let pct = (done * 100) / span;
    Some(pct.clamp(0, 100) as u8)
}

/// What a commitment's progress is computed from.
#[derive(Debug, Clone, Default)]
pub struct ProgressFacts {
    pub actions_done: u32,
    pub actions_total: u32,
    /// Each result indicator's progress ([`indicator_progress`]); `None` for one not yet
    /// measured, which counts as 0.
    pub indicators: Vec<Option<u8>>,
}

/// A commitment's progress in whole percent: a done commitment is at 100; otherwise the
/// mean of the share of its actions done and the mean progress of its result indicators
/// (each part only if the commitment has some), rounded down. An indicator without any
/// value counts as 0: nothing is shown as achieved before it is measured. A dropped
/// commitment keeps the progress it reached.
pub fn commitment_progress(status: CommitmentStatus, f: &ProgressFacts) -> u8 {
    if status == CommitmentStatus::Done {
        return 100;
    }
    let mut parts: Vec<u32> = Vec::new();
    if let Some(share) = (f.actions_done.min(f.actions_total) * 100).checked_div(f.actions_total) {
        parts.push(share);
    }
    if !f.indicators.is_empty() {
        let sum: u32 = f.indicators.iter().map(|p| u32::from(p.unwrap_or(0))).sum();
        parts.push(sum / f.indicators.len() as u32);
    }
    if parts.is_empty() {
        return 0;
    }
    (parts.iter().sum::<u32>() / parts.len() as u32).min(100) as u8
}

/// A plan's progress: the mean of its commitments' progress, dropped ones left out
/// (they are no longer owed); 0 for a plan without commitments.
pub fn plan_progress(commitments: &[(CommitmentStatus, u8)]) -> u8 {
    let owed: Vec<u32> = commitments
        .iter()
        .filter(|(s, _)| *s != CommitmentStatus::Dropped)
        .map(|(_, p)| u32::from(*p))
        .collect();
    if owed.is_empty() {
        return 0;
    }
    (owed.iter().sum::<u32>() / owed.len() as u32) as u8
}

/// A dropped commitment says why (the plan's accountability: "dropped with reason").
pub fn status_reason_required(to: CommitmentStatus) -> bool {
    to == CommitmentStatus::Dropped
}

/// Why a steering committee cannot validate a monitoring round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum SteeringProblem {
    /// One side has no member.
    MissingSide,
    /// The two sides are not equal in number.
    NotParitary,
}

/// The steering committee is "composé à parité de représentants de la société civile et de
/// représentants de la commune" ("un nombre égal"): both sides present, equal in number.
pub fn steering_parity(commune: u32, civil_society: u32) -> Result<(), SteeringProblem> {
    if commune == 0 || civil_society == 0 {
        Err(SteeringProblem::MissingSide)
    } else if commune != civil_society {
        Err(SteeringProblem::NotParitary)
    } else {
        Ok(())
    }
}

/// The monitoring matrix is filled "lors d'une réunion semestrielle": a round closes a
/// half-year, on 30 June or 31 December.
pub fn is_half_year_end(d: NaiveDate) -> bool {
    (d.month() == 6 && d.day() == 30) || (d.month() == 12 && d.day() == 31)
}

/// The label of the half-year a round closes: `2024-S1`, `2024-S2`.
pub fn half_year_label(d: NaiveDate) -> String {
    format!("{}-S{}", d.year(), if d.month() <= 6 { 1 } else { 2 })
}

/// The latest value measured on or before `on` among `(measured_on, value)` pairs.
pub fn value_at(values: &[(NaiveDate, i64)], on: NaiveDate) -> Option<(NaiveDate, i64)> {
    values
        .iter()
        .filter(|(d, _)| *d <= on)
        .max_by_key(|(d, _)| *d)
        .copied()
}

/// The performance programme's five minimum mandatory conditions (الشروط الدنيا الإلزامية).
pub const MINIMUM_CONDITIONS: usize = 5;
/// The least total of performance-indicator points (مؤشرات الأداء): 70.
pub const MINIMUM_POINTS: u32 = 70;

/// One performance indicator of a self-assessment: points earned out of its maximum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct IndicatorPoints {
    pub earned: u32,
    pub max: u32,
}

/// The yearly self-assessment's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Assessment {
    pub conditions_met: u32,
    /// Earned points, each indicator capped at its maximum.
    pub points: u32,
    pub max_points: u32,
    /// All five conditions met and at least 70 points.
    pub qualifies: bool,
}

/// Seed 004 (performance programme of communes, workshop recommendations): the commune
/// must meet the five minimum mandatory conditions and reach at least 70 points on the
/// performance indicators as a whole.
pub fn assess(
    conditions: &[bool; MINIMUM_CONDITIONS],
    indicators: &[IndicatorPoints],
) -> Assessment {
    let conditions_met = conditions.iter().filter(|c| **c).count() as u32;
    let points = indicators.iter().map(|i| i.earned.min(i.max)).sum();
    let max_points = indicators.iter().map(|i| i.max).sum();
    Assessment {
        conditions_met,
        points,
        max_points,
        qualifies: conditions_met as usize == MINIMUM_CONDITIONS && points >= MINIMUM_POINTS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CommitmentStatus::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn art_78_the_action_programme_spans_six_years() {
        let k = PlanKind::ActionProgramme;
        assert!(plan_span_ok(k, d(2023, 1, 1), d(2028, 12, 31)));
        assert!(!plan_span_ok(k, d(2023, 1, 1), d(2026, 12, 31)));
        assert!(plan_span_ok(
            PlanKind::CommitmentPlan,
            d(2023, 1, 1),
            d(2026, 12, 31)
        ));
        assert!(!plan_span_ok(
            PlanKind::CommitmentPlan,
            d(2023, 1, 1),
            d(2023, 1, 1)
        ));
    }

    #[test]
    fn indicator_progress_towards_an_increasing_target() {
        assert_eq!(indicator_progress(0, 1000, Some(250)), Some(25));
        assert_eq!(indicator_progress(2000, 6000, Some(4000)), Some(50));
        assert_eq!(indicator_progress(0, 1000, Some(1000)), Some(100));
    }

    #[test]
    fn indicator_progress_is_capped_both_ways() {
        assert_eq!(indicator_progress(0, 1000, Some(1500)), Some(100));
        assert_eq!(indicator_progress(500, 1000, Some(100)), Some(0));
    }

    #[test]
    fn indicator_progress_towards_a_decreasing_target() {
        // A waiting time from 30 days down to 10: 20 days is half-way.
        assert_eq!(indicator_progress(3000, 1000, Some(2000)), Some(50));
        assert_eq!(indicator_progress(3000, 1000, Some(500)), Some(100));
        assert_eq!(indicator_progress(3000, 1000, Some(3500)), Some(0));
    }

    #[test]
    fn an_indicator_not_measured_has_no_progress() {
        assert_eq!(indicator_progress(0, 1000, None), None);
        assert_eq!(indicator_progress(500, 500, Some(500)), Some(100));
        assert_eq!(indicator_progress(500, 500, Some(400)), Some(0));
        assert_eq!(indicator_progress(i64::MIN, i64::MAX, Some(0)), Some(50));
    }

    #[test]
    fn commitment_progress_from_actions_and_indicators() {
        let f = ProgressFacts {
            actions_done: 1,
            actions_total: 2,
            indicators: vec![Some(100), None],
        };
        // Actions 50 %, indicators (100 + 0) / 2 = 50 %.
        assert_eq!(commitment_progress(InProgress, &f), 50);
        let only_actions = ProgressFacts {
            actions_done: 3,
            actions_total: 4,
            indicators: vec![],
        };
        assert_eq!(commitment_progress(InProgress, &only_actions), 75);
        assert_eq!(
            commitment_progress(NotStarted, &ProgressFacts::default()),
            0
        );
        assert_eq!(commitment_progress(Done, &ProgressFacts::default()), 100);
        assert_eq!(commitment_progress(Dropped, &only_actions), 75);
    }

    #[test]
    fn plan_progress_leaves_dropped_commitments_out() {
        assert_eq!(
            plan_progress(&[(Done, 100), (InProgress, 50), (Dropped, 0)]),
            75
        );
        assert_eq!(plan_progress(&[]), 0);
        assert_eq!(plan_progress(&[(Dropped, 40)]), 0);
    }

    #[test]
    fn a_dropped_commitment_needs_a_reason() {
        assert!(status_reason_required(Dropped));
        assert!(!status_reason_required(Done));
    }

    #[test]
    fn the_steering_committee_is_paritary() {
        assert_eq!(steering_parity(5, 5), Ok(()));
        assert_eq!(steering_parity(5, 4), Err(SteeringProblem::NotParitary));
        assert_eq!(steering_parity(0, 0), Err(SteeringProblem::MissingSide));
        assert_eq!(steering_parity(3, 0), Err(SteeringProblem::MissingSide));
    }

    #[test]
    fn rounds_close_half_years() {
        assert!(is_half_year_end(d(2024, 6, 30)));
        assert!(is_half_year_end(d(2024, 12, 31)));
        assert!(!is_half_year_end(d(2024, 3, 31)));
        assert_eq!(half_year_label(d(2024, 6, 30)), "2024-S1");
        assert_eq!(half_year_label(d(2024, 12, 31)), "2024-S2");
    }

    #[test]
    fn the_value_at_a_round_is_the_latest_before_it() {
        let v = [
            (d(2024, 3, 1), 10),
            (d(2024, 9, 1), 20),
            (d(2024, 6, 30), 15),
        ];
        assert_eq!(value_at(&v, d(2024, 6, 30)), Some((d(2024, 6, 30), 15)));
        assert_eq!(value_at(&v, d(2024, 12, 31)), Some((d(2024, 9, 1), 20)));
        assert_eq!(value_at(&v, d(2023, 12, 31)), None);
    }

    #[test]
    fn performance_programme_five_conditions_and_70_points() {
        let pts = |e: &[(u32, u32)]| -> Vec<IndicatorPoints> {
            e.iter()
                .map(|(earned, max)| IndicatorPoints {
                    earned: *earned,
                    max: *max,
                })
                .collect()
        };
        let all = [true; 5];
        let a = assess(&all, &pts(&[(30, 40), (25, 30), (15, 30)]));
        assert_eq!((a.conditions_met, a.points, a.max_points), (5, 70, 100));
        assert!(a.qualifies);
        let short = assess(&all, &pts(&[(30, 40), (25, 30), (14, 30)]));
        assert!(!short.qualifies);
        let one_missing = assess(
            &[true, true, false, true, true],
            &pts(&[(40, 40), (30, 30)]),
        );
        assert_eq!(one_missing.conditions_met, 4);
        assert!(!one_missing.qualifies);
        // Points above an indicator's maximum are not counted.
        let capped = assess(&all, &pts(&[(90, 50), (10, 50)]));
        assert_eq!(capped.points, 60);
        assert!(!capped.qualifies);
    }
}
