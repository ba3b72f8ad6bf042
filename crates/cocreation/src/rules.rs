//! The call's rulebook as pure functions (RULES.md §5, Tadafor model; the Taroudant call of
//! 17 October – 15 December 2023). No database, clock or text here: the service passes the
//! instant, the facts and the call's terms. Money is exact (centimes, checked sums); scores
//! are integers and their means `Decimal`, never floats.

use crate::model::{Condition, TieBreak};
use chrono::{Months, NaiveDate, NaiveDateTime};
use musharaka_core::money::Money;
use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::BTreeMap;

/// Where an instant stands against the submission window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    NotYetOpen,
    Open,
    Closed,
}

/// §5 (submission window): a concept note is accepted from the opening second to the
/// closing second inclusive, both instants being the call's Africa/Casablanca wall-clock
/// times converted to UTC when the call was saved ([`casablanca_to_utc`]).
pub fn window(
    opens_at_utc: NaiveDateTime,
    closes_at_utc: NaiveDateTime,
    now_utc: NaiveDateTime,
) -> Window {
    if now_utc < opens_at_utc {
        Window::NotYetOpen
    } else if now_utc <= closes_at_utc {
        Window::Open
    } else {
        Window::Closed
    }
}

/// §5: the call's times are typed in Casablanca (UTC+1, UTC+0 during the Ramadan
/// suspension, as chrono-tz's Africa/Casablanca says); stored in UTC.
pub fn casablanca_to_utc(local: NaiveDateTime) -> NaiveDateTime {
    musharaka_core::time::casablanca_to_utc(local)
}

/// A UTC instant as the Casablanca wall clock shows it (for the call's form).
pub fn casablanca_wall_clock(utc: NaiveDateTime) -> NaiveDateTime {
    chrono::DateTime::<chrono::Utc>::from_naive_utc_and_offset(utc, chrono::Utc)
        .with_timezone(&chrono_tz::Africa::Casablanca)
        .naive_local()
}

/// The call's terms that eligibility is checked against.
#[derive(Debug, Clone)]
pub struct Terms {
    pub commune_id: i64,
    pub envelope: Money,
    pub ceiling: Money,
    pub cofinancing_min_percent: u32,
    pub min_age_years: u32,
    /// Keywords of the fields of activity the call is for; empty: any field.
    pub activity_fields: Vec<String>,
}

/// A budget line of a concept note: its cost and the association's share of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub amount: Money,
    pub cofinancing: Money,
}

/// The totals of a note's budget: cost, co-financing, and the grant requested (the rest).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Budget {
    pub cost: Money,
    pub cofinancing: Money,
    pub requested: Money,
}

/// §5 (budget lines with the association's co-financing): the grant requested is the cost
/// not co-financed. A line's co-financing cannot exceed its amount; sums are checked.
pub fn budget(lines: &[Line]) -> musharaka_core::Result<Budget> {
    if lines
        .iter()
        .any(|l| l.cofinancing > l.amount || !l.amount.is_positive())
    {
        return Err(musharaka_core::Error::invalid("lines", "cc-error-line"));
    }
    let cost = Money::sum(lines.iter().map(|l| l.amount))?;
    let cofinancing = Money::sum(lines.iter().map(|l| l.cofinancing))?;
    Ok(Budget {
        cost,
        cofinancing,
        requested: cost.checked_sub(cofinancing)?,
    })
}

/// §5 (required co-financing share): `cofinancing / cost ≥ percent / 100`, in integers.
pub fn cofinancing_reached(b: &Budget, percent: u32) -> bool {
    i128::from(b.cofinancing.centimes()) * 100
        >= i128::from(percent) * i128::from(b.cost.centimes())
}

/// What the association's file and the note show.
#[derive(Debug, Clone)]
pub struct Facts<'a> {
    pub verified: bool,
    pub seat_commune_id: i64,
    pub founded_on: NaiveDate,
    pub activity_field: &'a str,
    pub budget: Budget,
    pub has_lines: bool,
}

/// §5 (eligibility, checked automatically where the data allows): every condition the data
/// shows unmet on `on` (the day of submission), in a stable order. A seat elsewhere and a
/// field of activity not named by the call can still be attested on the evaluator's
/// checklist ([`final_unmet`]).
pub fn automatic_unmet(t: &Terms, f: &Facts<'_>, on: NaiveDate) -> Vec<Condition> {
    let mut unmet = Vec::new();
    if !f.verified {
        unmet.push(Condition::Verified);
    }
    if f.seat_commune_id != t.commune_id {
        unmet.push(Condition::SeatOrBranch);
    }
    let old_enough = f
        .founded_on
        .checked_add_months(Months::new(t.min_age_years.saturating_mul(12)))
        .is_some_and(|d| d <= on);
    if !old_enough {
        unmet.push(Condition::Age);
    }
    if !activity_matches(&t.activity_fields, f.activity_field) {
        unmet.push(Condition::Activity);
    }
    if !f.has_lines || !f.budget.requested.is_positive() {
        unmet.push(Condition::Budget);
    }
    if f.budget.requested > t.ceiling {
        unmet.push(Condition::Ceiling);
    }
    if f.budget.requested > t.envelope {
        unmet.push(Condition::Envelope);
    }
    if !cofinancing_reached(&f.budget, t.cofinancing_min_percent) {
        unmet.push(Condition::Cofinancing);
    }
    unmet
}

/// Whether the association's declared field matches one of the call's keywords
/// (case-insensitive, any keyword contained); a call without keywords takes any field.
pub fn activity_matches(fields: &[String], activity: &str) -> bool {
    let activity = activity.to_lowercase();
    fields.is_empty()
        || fields
            .iter()
            .any(|k| !k.trim().is_empty() && activity.contains(&k.trim().to_lowercase()))
}

/// The evaluator's checklist: what only a person can establish.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Checklist {
    pub branch_in_commune: bool,
    pub activity_related: bool,
    pub documents_complete: bool,
}

/// §5 (else by an evaluator's checklist): the automatic conditions minus those the
/// checklist attests (a branch in the commune, a related field of activity), plus the
/// documents when the checklist finds them incomplete. Empty: eligible.
pub fn final_unmet(automatic: &[Condition], c: &Checklist) -> Vec<Condition> {
    let mut unmet: Vec<Condition> = automatic
        .iter()
        .copied()
        .filter(|k| match k {
            Condition::SeatOrBranch => !c.branch_in_commune,
            Condition::Activity => !c.activity_related,
            _ => true,
        })
        .collect();
    if !c.documents_complete {
        unmet.push(Condition::Documents);
    }
    unmet
}

/// A criterion of the call's scoring grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Criterion {
    pub id: i64,
    pub weight: u32,
    pub max_score: u32,
}

/// One evaluator's submitted scores for a note (a criterion left out is a missing score).
#[derive(Debug, Clone, Default)]
pub struct Sheet {
    pub scores: BTreeMap<i64, u32>,
}

/// A score is a whole number from 0 to the criterion's maximum.
pub fn score_valid(c: &Criterion, score: u32) -> bool {
    score <= c.max_score
}

/// One criterion across the evaluators.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CriterionResult {
    pub criterion_id: i64,
    /// The mean of the scores given (missing scores left out), to two decimals.
    pub mean: Option<Decimal>,
    pub scored_by: usize,
    /// Highest minus lowest score given.
    pub spread: u32,
    /// The spread exceeds the call's threshold: to discuss at a moderation meeting.
    pub flagged: bool,
}

/// A note's aggregated evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Aggregate {
    pub criteria: Vec<CriterionResult>,
    /// Weighted mean of the criteria's means, each on its scale, out of 100, two decimals.
    pub total: Decimal,
    /// At least one criterion has no score at all (counted as 0 in the total).
    pub incomplete: bool,
    /// At least one criterion is flagged for moderation.
    pub flagged: bool,
    pub sheets: usize,
}

fn two_decimals(d: Decimal) -> Decimal {
    d.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// §5 (aggregation): per criterion, the mean of the scores the evaluators gave (a missing
/// score is left out of that criterion's mean, not counted as 0); the total is the
/// weighted mean of `mean / max` over the grid, out of 100 (a criterion nobody scored
/// counts 0 and marks the note incomplete). The spread (highest − lowest) above
/// `spread_threshold` flags the criterion for a moderation meeting.
pub fn aggregate(criteria: &[Criterion], sheets: &[Sheet], spread_threshold: u32) -> Aggregate {
    let mut results = Vec::with_capacity(criteria.len());
    let mut weighted = Decimal::ZERO;
    let mut weights = Decimal::ZERO;
    let mut incomplete = false;
    for c in criteria {
        let given: Vec<u32> = sheets
            .iter()
            .filter_map(|s| s.scores.get(&c.id).copied())
            .collect();
        let (lo, hi) = (
            given.iter().copied().min().unwrap_or(0),
            given.iter().copied().max().unwrap_or(0),
        );
        let mean = if given.is_empty() {
            incomplete = true;
            None
        } else {
            let sum: u64 = given.iter().map(|s| u64::from(*s)).sum();
            Some(Decimal::from(sum) / Decimal::from(given.len() as u64))
        };
        if let Some(m) = mean {
            if c.max_score > 0 {
                weighted += Decimal::from(c.weight) * m / Decimal::from(c.max_score);
            }
        }
        weights += Decimal::from(c.weight);
        let spread = hi - lo;
        results.push(CriterionResult {
            criterion_id: c.id,
            mean: mean.map(two_decimals),
            scored_by: given.len(),
            spread,
            flagged: spread > spread_threshold,
        });
    }
    let total = if weights.is_zero() {
        Decimal::ZERO
    } else {
        two_decimals(weighted * Decimal::from(100) / weights)
    };
    let flagged = results.iter().any(|r| r.flagged);
    Aggregate {
        criteria: results,
        total,
        incomplete,
        flagged,
        sheets: sheets.len(),
    }
}

/// An eligible note in the ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub note_id: i64,
    /// The published total (two decimals): notes equal at that precision are tied.
    pub total: Decimal,
    pub requested: Money,
    pub women_percent: u32,
    pub submitted_at: NaiveDateTime,
}

/// §5 (ranking with the tie-break rule stated in the call): by total, highest first; notes
/// with the same total are ordered by the call's tie-break, then by the earlier submission,
/// then by id, so the order is always complete and reproducible.
pub fn rank(mut cands: Vec<Candidate>, tie: TieBreak) -> Vec<Candidate> {
    cands.sort_by(|a, b| {
        b.total
            .cmp(&a.total)
            .then_with(|| match tie {
                TieBreak::WomenShare => b.women_percent.cmp(&a.women_percent),
                TieBreak::LowerRequest => a.requested.cmp(&b.requested),
                TieBreak::EarlierSubmission => a.submitted_at.cmp(&b.submitted_at),
            })
            .then_with(|| a.submitted_at.cmp(&b.submitted_at))
            .then_with(|| a.note_id.cmp(&b.note_id))
    });
    cands
}

/// What the selection says of a ranked note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Selected,
    /// Its grant does not fit in what remains of the envelope.
    DoesNotFit,
}

/// §5 (selection within the envelope): down the ranking, a note is selected when its grant
/// fits in what remains; one that does not fit is passed over and the next-ranked note that
/// fits is proposed. The envelope is never exceeded. Returns (note, outcome) in rank order
/// and what remains of the envelope.
pub fn select_within_envelope(
    ranked: &[Candidate],
    envelope: Money,
) -> (Vec<(i64, Outcome)>, Money) {
    let mut remaining = envelope;
    let mut out = Vec::with_capacity(ranked.len());
    for c in ranked {
        if c.requested.is_positive() && c.requested <= remaining {
            remaining = Money::from_centimes(remaining.centimes() - c.requested.centimes());
            out.push((c.note_id, Outcome::Selected));
        } else {
            out.push((c.note_id, Outcome::DoesNotFit));
        }
    }
    (out, remaining)
}

/// §5 (agreements: grant amount and tranches): the tranches are positive and add up to the
/// grant exactly.
pub fn tranches_match(grant: Money, tranches: &[Money]) -> bool {
    !tranches.is_empty()
        && tranches.iter().all(|t| t.is_positive())
        && Money::sum(tranches.iter().copied()).is_ok_and(|s| s == grant)
}

/// §5 (reporting deadlines with mail reminders): a reminder a week before each report is
/// due, and on the day.
pub fn reminder_days(due: NaiveDate) -> Vec<NaiveDate> {
    [due.checked_sub_days(chrono::Days::new(7)), Some(due)]
        .into_iter()
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests;
