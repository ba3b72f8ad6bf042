//! The clocks of law 31.13 (access to information) and decree 2.17.265 (complaints), as
//! pure functions on dates in the commune's calendar (Africa/Casablanca). Working days
//! come from [`WorkingCalendar`], built by the caller with the entered holidays.
//!
//! * Art. 16: an answer within 20 working days of receipt, extendable once by as much,
//!   with a reasoned notice sent to the requester before the first term ends.
//! * Art. 17: 3 working days when the information is needed to protect the life, safety
//!   or liberty of persons (the law counts this term among the answer terms, so it is
//!   read in working days and extends by the same length).
//! * Art. 18: a refusal is reasoned in writing, names its ground and the right to complain.
//! * Art. 19: a complaint to the head of the commune within 20 working days of the
//!   answer or of the end of the legal term, decided within 15 days of its receipt.
//! * Art. 20: then to the commission (CDAI) within 30 days; art. 21: the administrative
//!   court within 60 days of the commission's answer.
//! * Decree 2.17.265: complaints are acknowledged within 15 days and answered within 60.
//!   The decree counts days, not working days (RULES.md §7): calendar days here.

use chrono::{Datelike, NaiveDate};
use musharaka_core::calendar::{minus_days, plus_days};
use musharaka_core::WorkingCalendar;

use crate::model::{
    AnswerKind, Category, ComplaintKind, ComplaintStatus, RefusalGround, RequestStatus,
};

/// Art. 16: working days to answer.
pub const ANSWER_WORKING_DAYS: u32 = 20;
/// Art. 17: working days to answer when life, safety or liberty is at stake.
pub const URGENT_WORKING_DAYS: u32 = 3;
/// Art. 19: working days to complain to the head of the commune.
pub const APPEAL_WORKING_DAYS: u32 = 20;
/// Art. 19: days the head of the commune has to decide.
pub const APPEAL_DECISION_DAYS: u64 = 15;
/// Art. 20: days to complain to the commission after the head's answer or term.
pub const COMMISSION_DAYS: u64 = 30;
/// Art. 21: days to go to the administrative court after the commission's answer.
pub const COURT_DAYS: u64 = 60;
/// Decree 2.17.265: days to acknowledge a complaint.
pub const COMPLAINT_ACK_DAYS: u64 = 15;
/// Decree 2.17.265: days to answer a complaint.
pub const COMPLAINT_ANSWER_DAYS: u64 = 60;
/// Working days before the deadline when the officers are reminded (and on the day).
pub const REMINDER_WORKING_DAYS_BEFORE: u32 = 5;

/// Arts. 16–17: the length of one answer term, in working days.
pub fn answer_term(urgent: bool) -> u32 {
    if urgent {
        URGENT_WORKING_DAYS
    } else {
        ANSWER_WORKING_DAYS
    }
}

/// Arts. 16–17: the last day of the first term, counted in working days from the day
/// after receipt.
pub fn first_due(received: NaiveDate, urgent: bool, cal: &WorkingCalendar) -> NaiveDate {
    cal.add_working_days(received, answer_term(urgent))
}

/// Art. 16: the last day of the extended term (a term "of the same length").
pub fn extended_due(first_due: NaiveDate, urgent: bool, cal: &WorkingCalendar) -> NaiveDate {
    cal.add_working_days(first_due, answer_term(urgent))
}

/// Why an extension is refused (art. 16).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtensionError {
    /// The term may be extended once.
    AlreadyExtended,
    /// The notice must reach the requester before the first term ends.
    TooLate,
    /// The notice must give the reasons.
    NoReason,
}

/// Art. 16: one extension, with reasons, notified no later than the first term's last day.
pub fn check_extension(
    already_extended: bool,
    first_due: NaiveDate,
    notice_on: NaiveDate,
    reason: &str,
) -> Result<(), ExtensionError> {
    if already_extended {
        Err(ExtensionError::AlreadyExtended)
    } else if notice_on > first_due {
        Err(ExtensionError::TooLate)
    } else if reason.trim().is_empty() {
        Err(ExtensionError::NoReason)
    } else {
        Ok(())
    }
}

/// Working days left until `due` (the due day counts): 0 on the day itself, negative
/// when late (the working days since).
pub fn working_days_left(today: NaiveDate, due: NaiveDate, cal: &WorkingCalendar) -> i64 {
    let count = |from: NaiveDate, to: NaiveDate| {
        let mut n = 0i64;
        let mut d = from;
        while d < to {
            d = plus_days(d, 1);
            if cal.is_working_day(d) {
                n += 1;
            }
        }
        n
    };
    if today <= due {
        count(today, due)
    } else {
        -count(due, today)
    }
}

/// Past its last day.
pub fn is_overdue(today: NaiveDate, due: NaiveDate) -> bool {
    today > due
}

/// The day `n` working days before `date`.
pub fn working_days_before(date: NaiveDate, n: u32, cal: &WorkingCalendar) -> NaiveDate {
    let mut d = date;
    let mut left = n;
    while left > 0 {
        d = minus_days(d, 1);
        if cal.is_working_day(d) {
            left -= 1;
        }
    }
    d
}

/// When the officers are reminded of a request due on `due`: 5 working days before, and
/// on the day; only dates after `today`.
pub fn reminder_dates(today: NaiveDate, due: NaiveDate, cal: &WorkingCalendar) -> Vec<NaiveDate> {
    [
        working_days_before(due, REMINDER_WORKING_DAYS_BEFORE, cal),
        due,
    ]
    .into_iter()
    .filter(|d| *d > today)
    .collect()
}

/// Why a complaint to the head of the commune is refused (art. 19).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppealError {
    /// No answer yet and the legal term still runs.
    NotYet,
    /// More than 20 working days after the answer or the end of the term.
    TooLate,
    /// A full delivery, or an appeal already made.
    NotAppealable,
}

/// Art. 19: from when the 20 working days run — the answer, or the end of the legal term
/// when none came.
pub fn appeal_starts(
    status: RequestStatus,
    answered_on: Option<NaiveDate>,
    due: NaiveDate,
) -> NaiveDate {
    match (status, answered_on) {
        (RequestStatus::Partial | RequestStatus::Refused, Some(on)) => on,
        _ => due,
    }
}

/// Art. 19: the last day to complain to the head of the commune.
pub fn appeal_last_day(start: NaiveDate, cal: &WorkingCalendar) -> NaiveDate {
    cal.add_working_days(start, APPEAL_WORKING_DAYS)
}

/// Art. 19: whether the requester may complain on `today` (a partial or refused answer,
/// or none by the end of the term); the last day when so.
pub fn check_appeal(
    status: RequestStatus,
    answered_on: Option<NaiveDate>,
    due: NaiveDate,
    today: NaiveDate,
    cal: &WorkingCalendar,
) -> Result<NaiveDate, AppealError> {
    match status {
        RequestStatus::Partial | RequestStatus::Refused => {}
        RequestStatus::Received | RequestStatus::Extended => {
            if !is_overdue(today, due) {
                return Err(AppealError::NotYet);
            }
        }
        _ => return Err(AppealError::NotAppealable),
    }
    let last = appeal_last_day(appeal_starts(status, answered_on, due), cal);
    if today > last {
        Err(AppealError::TooLate)
    } else {
        Ok(last)
    }
}

/// Art. 19: the head of the commune decides within 15 days of receiving the complaint.
pub fn appeal_decision_due(filed_on: NaiveDate) -> NaiveDate {
    plus_days(filed_on, APPEAL_DECISION_DAYS)
}

/// Art. 20: the last day to complain to the commission — 30 days after the head's
/// decision, or after the end of the head's term when none came.
pub fn commission_last_day(filed_on: NaiveDate, decided_on: Option<NaiveDate>) -> NaiveDate {
    plus_days(
        decided_on.unwrap_or_else(|| appeal_decision_due(filed_on)),
        COMMISSION_DAYS,
    )
}

/// What a reasoned answer must carry (arts. 8, 18), given its kind and ground.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerMissing {
    /// The information, or where and when to consult it.
    Text,
    /// A refusal names its ground (art. 18).
    Ground,
    /// The art. 7 exception relied on (art. 18).
    Exception,
    /// Where the published information is (art. 18), or the excepted part (art. 8).
    Detail,
}

/// Arts. 8 and 18: what the answer leaves out.
pub fn answer_missing(
    kind: AnswerKind,
    text: &str,
    ground: Option<RefusalGround>,
    exception_named: bool,
    detail: &str,
) -> Vec<AnswerMissing> {
    let mut missing = Vec::new();
    if text.trim().is_empty() {
        missing.push(AnswerMissing::Text);
    }
    match kind {
        AnswerKind::Delivered => {}
        AnswerKind::Partial => {
            if detail.trim().is_empty() {
                missing.push(AnswerMissing::Detail);
            }
            if !exception_named {
                missing.push(AnswerMissing::Exception);
            }
        }
        AnswerKind::Refused => match ground {
            None => missing.push(AnswerMissing::Ground),
            Some(RefusalGround::Exception) if !exception_named => {
                missing.push(AnswerMissing::Exception)
            }
            Some(RefusalGround::Published) if detail.trim().is_empty() => {
                missing.push(AnswerMissing::Detail)
            }
            Some(_) => {}
        },
    }
    missing
}

/// Art. 18: earlier requests by the same requester (their receipt dates) within the year
/// before `today`.
pub fn requests_within_year(earlier: &[NaiveDate], today: NaiveDate) -> usize {
    let from = minus_days(today, 365);
    earlier
        .iter()
        .filter(|d| **d > from && **d <= today)
        .count()
}

/// Decree 2.17.265: the last day to acknowledge a complaint.
pub fn complaint_ack_due(received: NaiveDate) -> NaiveDate {
    plus_days(received, COMPLAINT_ACK_DAYS)
}

/// Decree 2.17.265: the last day to answer a complaint.
pub fn complaint_answer_due(received: NaiveDate) -> NaiveDate {
    plus_days(received, COMPLAINT_ANSWER_DAYS)
}

/// A request's facts the statistics need (no personal data).
#[derive(Debug, Clone, Copy)]
pub struct RequestFacts {
    pub status: RequestStatus,
    pub received_on: NaiveDate,
    pub due_on: NaiveDate,
    pub extended: bool,
    pub answered_on: Option<NaiveDate>,
    pub ground: Option<RefusalGround>,
    pub appealed: bool,
}

/// Public statistics of requests for information.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RequestStats {
    pub received: usize,
    pub answered: usize,
    pub answered_on_time: usize,
    pub extended: usize,
    pub delivered: usize,
    pub partial: usize,
    pub refused: usize,
    /// Open and past their last day.
    pub overdue: usize,
    pub appealed: usize,
    /// Refusals per ground, in [`RefusalGround::ALL`] order (zero counts kept).
    pub by_ground: Vec<(RefusalGround, usize)>,
}

impl RequestStats {
    pub fn of(rows: &[RequestFacts], today: NaiveDate) -> Self {
        let mut s = RequestStats {
            received: rows.len(),
            ..Default::default()
        };
        for r in rows {
            if let Some(on) = r.answered_on {
                s.answered += 1;
                if on <= r.due_on {
                    s.answered_on_time += 1;
                }
            } else if r.status.is_open() && is_overdue(today, r.due_on) {
                s.overdue += 1;
            }
            s.extended += usize::from(r.extended);
            s.appealed += usize::from(r.appealed);
        }
        for r in rows.iter().filter(|r| r.answered_on.is_some()) {
            match r.ground {
                Some(_) => s.refused += 1,
                None if r.status == RequestStatus::Partial => s.partial += 1,
                None => s.delivered += 1,
            }
        }
        s.by_ground = RefusalGround::ALL
            .iter()
            .map(|g| (*g, rows.iter().filter(|r| r.ground == Some(*g)).count()))
            .collect();
        s
    }
}

/// A complaint's facts the dashboard needs (no personal data).
#[derive(Debug, Clone)]
pub struct ComplaintFacts {
    pub kind: ComplaintKind,
    pub category: Category,
    pub district: Option<String>,
    pub status: ComplaintStatus,
    pub received_on: NaiveDate,
    pub acknowledged_on: Option<NaiveDate>,
    pub answered_on: Option<NaiveDate>,
}

/// The public dashboard of complaints, observations and suggestions (the seed's
/// management dashboard and self-assessment).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Dashboard {
    pub total: usize,
    pub by_kind: Vec<(ComplaintKind, usize)>,
    pub by_category: Vec<(Category, usize)>,
    /// Districts as entered (none: "not given"), most frequent first.
    pub by_district: Vec<(Option<String>, usize)>,
    pub answered: usize,
    /// Answered within 60 days, per cent of the answered (none when none).
    pub on_time_percent: Option<u32>,
    /// Open and past the 15-day acknowledgement or the 60-day answer.
    pub overdue: usize,
    /// Average days to acknowledgement and to answer.
    pub average_ack_days: Option<u32>,
    pub average_answer_days: Option<u32>,
    /// (year, month, received, answered that month), oldest first.
    pub by_month: Vec<(i32, u32, usize, usize)>,
}

/// Whether a complaint is late on `today` (not acknowledged in 15 days, or not answered
/// in 60).
pub fn complaint_overdue(f: &ComplaintFacts, today: NaiveDate) -> bool {
    match f.status {
        ComplaintStatus::Answered => false,
        ComplaintStatus::Received => {
            is_overdue(today, complaint_ack_due(f.received_on))
                || is_overdue(today, complaint_answer_due(f.received_on))
        }
        ComplaintStatus::Acknowledged => is_overdue(today, complaint_answer_due(f.received_on)),
    }
}

fn average(days: &[i64]) -> Option<u32> {
    if days.is_empty() {
        return None;
    }
    let sum: i64 = days.iter().sum();
    u32::try_from(sum / i64::try_from(days.len()).unwrap_or(1)).ok()
}

impl Dashboard {
    pub fn of(rows: &[ComplaintFacts], today: NaiveDate) -> Self {
        let count_by =
            |pred: &dyn Fn(&ComplaintFacts) -> bool| rows.iter().filter(|r| pred(r)).count();
        let by_kind = ComplaintKind::ALL
            .iter()
            .map(|k| (*k, count_by(&|r| r.kind == *k)))
            .collect();
        let by_category = Category::ALL
            .iter()
            .map(|c| (*c, count_by(&|r| r.category == *c)))
            .filter(|(_, n)| *n > 0)
            .collect();
        let mut by_district: Vec<(Option<String>, usize)> = Vec::new();
        for r in rows {
            let key = r.district.clone().filter(|d| !d.trim().is_empty());
            match by_district.iter_mut().find(|(d, _)| *d == key) {
                Some((_, n)) => *n += 1,
                None => by_district.push((key, 1)),
            }
        }
        by_district.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let answered: Vec<&ComplaintFacts> =
            rows.iter().filter(|r| r.answered_on.is_some()).collect();
        let on_time = answered
            .iter()
            .filter(|r| {
                r.answered_on
                    .is_some_and(|on| on <= complaint_answer_due(r.received_on))
            })
            .count();
        let ack_days: Vec<i64> = rows
            .iter()
            .filter_map(|r| r.acknowledged_on.map(|a| (a - r.received_on).num_days()))
            .collect();
        let answer_days: Vec<i64> = rows
            .iter()
            .filter_map(|r| r.answered_on.map(|a| (a - r.received_on).num_days()))
            .collect();
        let mut by_month: Vec<(i32, u32, usize, usize)> = Vec::new();
        let mut bump = |d: NaiveDate, answered: bool| {
            let (y, m) = (d.year(), d.month());
            let i = match by_month.iter().position(|e| e.0 == y && e.1 == m) {
                Some(i) => i,
                None => {
                    by_month.push((y, m, 0, 0));
                    by_month.len() - 1
                }
            };
            if answered {
                by_month[i].3 += 1;
            } else {
                by_month[i].2 += 1;
            }
        };
        for r in rows {
            bump(r.received_on, false);
            if let Some(a) = r.answered_on {
                bump(a, true);
            }
        }
        by_month.sort();
        Dashboard {
            total: rows.len(),
            by_kind,
            by_category,
            by_district,
            answered: answered.len(),
            on_time_percent: (!answered.is_empty())
                .then(|| u32::try_from(on_time * 100 / answered.len()).unwrap_or(100)),
            overdue: rows.iter().filter(|r| complaint_overdue(r, today)).count(),
            average_ack_days: average(&ack_days),
            average_answer_days: average(&answer_days),
            by_month,
        }
    }
}

#[cfg(test)]
mod tests;
