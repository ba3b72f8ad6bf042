//! The law on council sessions (organic law 113.14, arts. 6 and 33–48) as pure functions.
//!
//! Each function's doc comment cites its article and states how an ambiguous text is read,
//! so that a jurist can check the reading and a test can pin it. Nothing here touches the
//! database or the clock: callers pass the dates, counts and calendar, and get back values or
//! reasons (enums the web layer translates). The secretariat's screens only ever show what
//! these functions compute — an outcome that contradicts the counts cannot be typed.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::model::{
    Ballot, ClosedSittingRequester, Convocation, ExtraordinaryTrigger, MajorityBasis, Matter,
    OrdinaryMonth, Publicity, Reasons, SessionKind, VoteChoice, VoteCounts,
};
use musharaka_core::calendar::{minus_days, next_day, plus_days, WorkingCalendar};

// ---------------------------------------------------------------------------------------
// Periods fixed by the law
// ---------------------------------------------------------------------------------------

/// Art. 35: written notice to members at least 10 days before the session.
pub const NOTICE_DAYS: u64 = 10;
/// Art. 37: notice for a session at the governor's request, at least 3 days.
pub const GOVERNOR_SESSION_NOTICE_DAYS: u64 = 3;
/// Art. 38: the agenda reaches the governor at least 20 days before the session.
pub const AGENDA_TO_GOVERNOR_DAYS: u64 = 20;
/// Art. 39: the governor may add points within 8 days of receiving the agenda.
pub const GOVERNOR_ADDITIONS_DAYS: u64 = 8;
/// Art. 34: an ordinary session lasts at most 15 consecutive days.
pub const ORDINARY_MAX_DAYS: u64 = 15;
/// Art. 34: one extension of at most 7 consecutive working days.
pub const EXTENSION_MAX_WORKING_DAYS: u32 = 7;
/// Art. 36: an extraordinary session closes within 7 consecutive working days.
pub const EXTRAORDINARY_MAX_WORKING_DAYS: u32 = 7;
/// Art. 36: a refusal of a third of members' request is notified within 10 days.
pub const REFUSAL_NOTICE_DAYS: u64 = 10;
/// Art. 36: a request by an absolute majority is met within 15 days.
pub const MAJORITY_REQUEST_MEETING_DAYS: u64 = 15;
/// Art. 37: a governor's request is met within 10 days.
pub const GOVERNOR_REQUEST_MEETING_DAYS: u64 = 10;
/// Art. 42: the second convocation is 3 to 5 days after the first.
pub const SECOND_CONVOCATION_MIN_DAYS: u64 = 3;
/// Art. 42: see [`SECOND_CONVOCATION_MIN_DAYS`].
pub const SECOND_CONVOCATION_MAX_DAYS: u64 = 5;
/// Art. 42: the third meeting is after the third working day following the second.
pub const THIRD_CONVOCATION_WORKING_DAYS: u32 = 3;

// ---------------------------------------------------------------------------------------
// Generic deadline state (for dashboards)
// ---------------------------------------------------------------------------------------

/// Where today stands against a deadline that is met on or before its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum DeadlineState {
    /// More than the warning window left.
    Upcoming { days_left: i64 },
    /// Within the warning window (the deadline day itself is `days_left: 0`).
    Near { days_left: i64 },
    /// The deadline day is over.
    Passed { days_late: i64 },
}

/// Classifies `deadline` as seen on `today`, warning `warn_within_days` days ahead. The
/// deadline day is still in time (every period here is "at least N days before" or "within
/// N days", so its last day counts).
pub fn deadline_state(
    deadline: NaiveDate,
    today: NaiveDate,
    warn_within_days: i64,
) -> DeadlineState {
    let days_left = (deadline - today).num_days();
    if days_left < 0 {
        DeadlineState::Passed {
            days_late: -days_left,
        }
    } else if days_left <= warn_within_days {
        DeadlineState::Near { days_left }
    } else {
        DeadlineState::Upcoming { days_left }
    }
}

mod acts;
mod agenda;
mod sessions;
mod sittings;

pub use acts::*;
pub use agenda::*;
pub use sessions::*;
pub use sittings::*;

#[cfg(test)]
mod tests;
