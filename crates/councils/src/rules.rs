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

use musharaka_core::calendar::{minus_days, next_day, plus_days, WorkingCalendar};
use crate::model::{
    Ballot, ClosedSittingRequester, Convocation, ExtraordinaryTrigger, MajorityBasis, Matter,
    OrdinaryMonth, Publicity, Reasons, SessionKind, VoteChoice, VoteCounts,
};

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

// ---------------------------------------------------------------------------------------
// Session calendar (arts. 33–39)
// ---------------------------------------------------------------------------------------

/// Art. 33: the default start of an ordinary session — the first working day of February,
/// May or October. The council meets "in the first week of the month"; the commune fixes the
/// real date, which [`validate_ordinary_start`] checks.
pub fn default_ordinary_start(year: i32, month: OrdinaryMonth, cal: &WorkingCalendar) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(year, month.number(), 1).unwrap_or(NaiveDate::MIN);
    cal.working_day_on_or_after(first)
}

/// Why an ordinary session's start date breaks art. 33.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrdinaryStartError {
    #[error("an ordinary session must sit in February, May or October")]
    NotAnOrdinaryMonth,
    #[error("an ordinary session meets in the first week of its month")]
    AfterFirstWeek,
}

/// Art. 33: an ordinary session sits in February, May or October and meets in the first
/// week of the month. Reading: "first week" is days 1 to 7 of the month.
pub fn validate_ordinary_start(start: NaiveDate) -> Result<OrdinaryMonth, OrdinaryStartError> {
    let month =
        OrdinaryMonth::from_number(start.month()).ok_or(OrdinaryStartError::NotAnOrdinaryMonth)?;
    if start.day() > 7 {
        return Err(OrdinaryStartError::AfterFirstWeek);
    }
    Ok(month)
}

/// The dates every session is measured against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionDeadlines {
    /// First day of the session.
    pub start: NaiveDate,
    /// Last day to send the members' written notice with agenda and documents (art. 35,
    /// 10 days; art. 37, 3 days for a session at the governor's request).
    pub notice_by: NaiveDate,
    /// Last day for the agenda to reach the governor (art. 38, 20 days). `None` for a session
    /// at the governor's request, whose agenda he sent himself (art. 37).
    pub agenda_to_governor_by: Option<NaiveDate>,
    /// End of the governor's window to add points (art. 39), assuming the agenda reaches him
    /// on `agenda_to_governor_by`; use [`governor_additions_deadline`] with the real date of
    /// receipt once known.
    pub governor_additions_by: Option<NaiveDate>,
    /// Last day of the session without extension (art. 34: 15 consecutive days; art. 36: 7
    /// working days for an extraordinary session).
    pub last_day: NaiveDate,
    /// Last day if the president extends it once by the full 7 working days (art. 34).
    /// `None` for an extraordinary session, which cannot be extended (art. 36).
    pub last_day_if_extended: Option<NaiveDate>,
}

/// Arts. 34–39: the deadlines of a session starting on `start`.
///
/// Readings: "at least N days before" gives the date N calendar days before the start (a
/// notice sent that day is in time); "15 consecutive days" counts the first day, so the last
/// day is start + 14; the extension runs over the 7 working days that follow the last day;
/// the 7 working days of an extraordinary session count the first day if it is worked. The
/// 20-day agenda rule of art. 38 applies to every session except one the governor requested
/// (art. 36 para. 3 applies it explicitly to an absolute-majority request, although the
/// 15-day meeting deadline then leaves no room: the caller shows both).
pub fn session_deadlines(
    kind: SessionKind,
    start: NaiveDate,
    cal: &WorkingCalendar,
) -> SessionDeadlines {
    let governor_session = kind == SessionKind::Extraordinary(ExtraordinaryTrigger::Governor);
    let notice_days = if governor_session {
        GOVERNOR_SESSION_NOTICE_DAYS
    } else {
        NOTICE_DAYS
    };
    let agenda_to_governor_by =
        (!governor_session).then(|| minus_days(start, AGENDA_TO_GOVERNOR_DAYS));
    let (last_day, last_day_if_extended) = match kind {
        SessionKind::Ordinary(_) => {
            let last = plus_days(start, ORDINARY_MAX_DAYS - 1);
            (
                last,
                Some(cal.add_working_days(last, EXTENSION_MAX_WORKING_DAYS)),
            )
        }
        SessionKind::Extraordinary(_) => (
            cal.last_of_working_days_from(start, EXTRAORDINARY_MAX_WORKING_DAYS),
            None,
        ),
    };
    SessionDeadlines {
        start,
        notice_by: minus_days(start, notice_days),
        agenda_to_governor_by,
        governor_additions_by: agenda_to_governor_by.map(governor_additions_deadline),
        last_day,
        last_day_if_extended,
    }
}

/// Art. 39: the governor's additional points must reach the president within 8 days of the
/// governor receiving the agenda. Reading: the day of receipt is not counted, so the last
/// day is receipt + 8.
pub fn governor_additions_deadline(agenda_received_on: NaiveDate) -> NaiveDate {
    plus_days(agenda_received_on, GOVERNOR_ADDITIONS_DAYS)
}

/// Why an extension breaks art. 34 (or art. 36).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum ExtensionError {
    #[error("an extraordinary session cannot be extended (art. 36)")]
    ExtraordinaryCannotBeExtended,
    #[error("an ordinary session can be extended only once (art. 34)")]
    AlreadyExtended,
    #[error("the new last day is not after the regular last day")]
    NotAnExtension { regular_last_day: NaiveDate },
    #[error("the extension exceeds 7 working days (art. 34)")]
    TooLong { latest: NaiveDate },
}

/// Art. 34: the president may extend an ordinary session once, by at most 7 consecutive
/// working days after its 15th day; he notifies the governor at once. Art. 36: an
/// extraordinary session cannot be extended.
pub fn validate_extension(
    kind: SessionKind,
    start: NaiveDate,
    already_extended: bool,
    new_last_day: NaiveDate,
    cal: &WorkingCalendar,
) -> Result<(), ExtensionError> {
    if matches!(kind, SessionKind::Extraordinary(_)) {
        return Err(ExtensionError::ExtraordinaryCannotBeExtended);
    }
    if already_extended {
        return Err(ExtensionError::AlreadyExtended);
    }
    let deadlines = session_deadlines(kind, start, cal);
    if new_last_day <= deadlines.last_day {
        return Err(ExtensionError::NotAnExtension {
            regular_last_day: deadlines.last_day,
        });
    }
    match deadlines.last_day_if_extended {
        Some(latest) if new_last_day > latest => Err(ExtensionError::TooLong { latest }),
        _ => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------
// The next ordinary session whose agenda is still open (arts. 33, 38, 125)
// ---------------------------------------------------------------------------------------

/// Whether an ordinary session's start is the commune's own date or the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StartSource {
    /// A date the commune planned.
    Planned,
    /// No planned date: the first working day of the month ([`default_ordinary_start`]).
    Default,
}

/// One ordinary session of one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrdinarySession {
    pub year: i32,
    pub month: OrdinaryMonth,
    pub start: NaiveDate,
    pub source: StartSource,
}

impl OrdinarySession {
    /// Art. 38: the last day for its agenda to reach the governor.
    pub fn agenda_deadline(&self) -> NaiveDate {
        minus_days(self.start, AGENDA_TO_GOVERNOR_DAYS)
    }
}

/// Why this session was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum NextSessionExplanation {
    /// The agenda of the coming session is still open for `days_left` more days (0: today is
    /// the last day to send it to the governor).
    AgendaOpen { days_left: i64 },
    /// A nearer session has not started yet but its agenda had to reach the governor by
    /// `missed_deadline` (20 days before its start, art. 38), so the item goes to the next
    /// one, whose agenda is open for `days_left` more days.
    NearerAgendaClosed {
        missed: OrdinarySession,
        missed_deadline: NaiveDate,
        days_left: i64,
    },
}

/// The answer of [`next_open_ordinary_session`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextOrdinarySession {
    pub session: OrdinarySession,
    /// Last day for the agenda to reach the governor (art. 38).
    pub agenda_deadline: NaiveDate,
    pub explanation: NextSessionExplanation,
}

/// The ordinary session of `year`/`month`: the planned date in that month if the commune
/// fixed one, otherwise the default (art. 33).
pub fn ordinary_session(
    year: i32,
    month: OrdinaryMonth,
    planned: &[NaiveDate],
    cal: &WorkingCalendar,
) -> OrdinarySession {
    let planned_start = planned
        .iter()
        .copied()
        .filter(|d| d.year() == year && d.month() == month.number())
        .min();
    let (start, source) = match planned_start {
        Some(d) => (d, StartSource::Planned),
        None => (
            default_ordinary_start(year, month, cal),
            StartSource::Default,
        ),
    };
    OrdinarySession {
        year,
        month,
        start,
        source,
    }
}

/// Arts. 33, 38 (and 125 for petitions): on date `on`, the next ordinary session whose agenda
/// is still open — the first one, in date order, with `on` no later than its agenda deadline
/// (start − 20 days: the agenda must reach the governor at least 20 days ahead, so an item
/// decided after that day slips to the following session).
///
/// `planned` holds the start dates the commune has fixed for ordinary sessions (any order,
/// any years); a February, May or October without a planned date uses the default first
/// working day (the earliest, if several dates fall in one such month). Dates in other
/// months are ignored. Reading: the deadline day itself is
/// still open (the item can go out with the agenda that day).
pub fn next_open_ordinary_session(
    on: NaiveDate,
    planned: &[NaiveDate],
    cal: &WorkingCalendar,
) -> NextOrdinarySession {
    let mut missed: Option<OrdinarySession> = None;
    let mut year = on.year();
    loop {
        for month in OrdinaryMonth::ALL {
            let session = ordinary_session(year, month, planned, cal);
            let deadline = session.agenda_deadline();
            if on <= deadline {
                let days_left = (deadline - on).num_days();
                let explanation = match missed {
                    Some(m) => NextSessionExplanation::NearerAgendaClosed {
                        missed: m,
                        missed_deadline: m.agenda_deadline(),
                        days_left,
                    },
                    None => NextSessionExplanation::AgendaOpen { days_left },
                };
                return NextOrdinarySession {
                    session,
                    agenda_deadline: deadline,
                    explanation,
                };
            }
            if session.start >= on && missed.is_none() {
                missed = Some(session);
            }
        }
        year += 1;
    }
}

// ---------------------------------------------------------------------------------------
// Extraordinary sessions (arts. 36–37)
// ---------------------------------------------------------------------------------------

/// At least a third of `of` (rounded up): the smallest count `c` with `3c ≥ of`.
pub fn third_of(of: u32) -> u32 {
    of.div_ceil(3)
}

/// Absolute majority of `of`: the smallest count strictly greater than half.
pub fn absolute_majority(of: u32) -> u32 {
    of / 2 + 1
}

/// Why an extraordinary session request is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum ExtraordinaryRequestError {
    #[error("fewer than a third of the members in office asked (art. 36)")]
    NotAThirdOfMembers { requesting: u32, needed: u32 },
    #[error("fewer than an absolute majority of the members asked (art. 36)")]
    NotAnAbsoluteMajority { requesting: u32, needed: u32 },
}

/// Art. 36: a members' request needs at least a third of the members in office (the
/// president may then refuse with reasons), or an absolute majority to make the session
/// mandatory. The president's initiative and the governor's request (art. 37) need no count.
pub fn validate_extraordinary_request(
    trigger: ExtraordinaryTrigger,
    requesting_members: u32,
    members_in_office: u32,
) -> Result<(), ExtraordinaryRequestError> {
    match trigger {
        ExtraordinaryTrigger::ThirdOfMembers
            if requesting_members < third_of(members_in_office) =>
        {
            Err(ExtraordinaryRequestError::NotAThirdOfMembers {
                requesting: requesting_members,
                needed: third_of(members_in_office),
            })
        }
        ExtraordinaryTrigger::AbsoluteMajority
            if requesting_members < absolute_majority(members_in_office) =>
        {
            Err(ExtraordinaryRequestError::NotAnAbsoluteMajority {
                requesting: requesting_members,
                needed: absolute_majority(members_in_office),
            })
        }
        _ => Ok(()),
    }
}

/// What follows a request for an extraordinary session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtraordinaryDeadlines {
    /// A third of members: the president's reasoned refusal must reach them by this day
    /// (art. 36 para. 2).
    pub refusal_notice_by: Option<NaiveDate>,
    /// The session must be held by this day: 15 days after an absolute majority's request
    /// (art. 36 para. 3), 10 days after the governor's (art. 37).
    pub meet_by: Option<NaiveDate>,
    /// Minimum days of notice to members (art. 35: 10; art. 37: 3).
    pub notice_days: u64,
}

/// Arts. 36–37: the deadlines a request sets, counted from the day the request was made
/// (the day itself not counted).
pub fn extraordinary_deadlines(
    trigger: ExtraordinaryTrigger,
    requested_on: NaiveDate,
) -> ExtraordinaryDeadlines {
    let (refusal_notice_by, meet_by, notice_days) = match trigger {
        ExtraordinaryTrigger::President => (None, None, NOTICE_DAYS),
        ExtraordinaryTrigger::ThirdOfMembers => (
            Some(plus_days(requested_on, REFUSAL_NOTICE_DAYS)),
            None,
            NOTICE_DAYS,
        ),
        ExtraordinaryTrigger::AbsoluteMajority => (
            None,
            Some(plus_days(requested_on, MAJORITY_REQUEST_MEETING_DAYS)),
            NOTICE_DAYS,
        ),
        ExtraordinaryTrigger::Governor => (
            None,
            Some(plus_days(requested_on, GOVERNOR_REQUEST_MEETING_DAYS)),
            GOVERNOR_SESSION_NOTICE_DAYS,
        ),
    };
    ExtraordinaryDeadlines {
        refusal_notice_by,
        meet_by,
        notice_days,
    }
}

// ---------------------------------------------------------------------------------------
// Quorum (art. 42; art. 37 for the governor's session)
// ---------------------------------------------------------------------------------------

/// What to do after the quorum was missed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuorumNextStep {
    /// Art. 42: send a second convocation for 3 to 5 days later.
    SecondConvocation,
    /// Art. 42: meet again after the third working day, whatever the attendance.
    ThirdConvocation,
    /// Art. 37: the governor's session is adjourned to the next working day.
    NextWorkingDay,
}

/// Whether a sitting may deliberate, and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "decision")]
pub enum QuorumDecision {
    /// More than half the members in office are present.
    Reached { present: u32, required: u32 },
    /// Quorum missed; the session cannot deliberate today.
    NotReached {
        present: u32,
        required: u32,
        next: QuorumNextStep,
    },
    /// Last convocation: the council deliberates whatever the attendance.
    AnyAttendance { present: u32, required: u32 },
}

impl QuorumDecision {
    pub fn may_deliberate(&self) -> bool {
        !matches!(self, Self::NotReached { .. })
    }
}

/// Counts that cannot be right, or a convocation the law does not have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum QuorumError {
    #[error("more members present than in office")]
    PresentExceedsInOffice { present: u32, in_office: u32 },
    #[error("a session at the governor's request has no third convocation (art. 37)")]
    NoThirdConvocation,
}

/// Art. 42 (and art. 37): whether the council may deliberate at the opening of a session.
///
/// The quorum is more than half the members in office, counted at the opening only (later
/// departures do not affect it). First and second convocations need it; failing the second,
/// the third meeting deliberates whatever the attendance. For a session at the governor's
/// request (art. 37) a missed quorum adjourns to the next working day, which deliberates
/// whatever the attendance: that adjourned meeting is passed as [`Convocation::Second`].
pub fn quorum(
    kind: SessionKind,
    convocation: Convocation,
    members_in_office: u32,
    present: u32,
) -> Result<QuorumDecision, QuorumError> {
    if present > members_in_office {
        return Err(QuorumError::PresentExceedsInOffice {
            present,
            in_office: members_in_office,
        });
    }
    let governor_session = kind == SessionKind::Extraordinary(ExtraordinaryTrigger::Governor);
    let required = absolute_majority(members_in_office);
    if governor_session && convocation == Convocation::Third {
        return Err(QuorumError::NoThirdConvocation);
    }
    if present >= required {
        return Ok(QuorumDecision::Reached { present, required });
    }
    let next = match (governor_session, convocation) {
        (true, Convocation::First) => QuorumNextStep::NextWorkingDay,
        (false, Convocation::First) => QuorumNextStep::SecondConvocation,
        (false, Convocation::Second) => QuorumNextStep::ThirdConvocation,
        _ => return Ok(QuorumDecision::AnyAttendance { present, required }),
    };
    Ok(QuorumDecision::NotReached {
        present,
        required,
        next,
    })
}

/// Why a convocation date breaks art. 42 (or art. 37).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum ConvocationDateError {
    #[error("too early: the earliest valid date is {earliest}")]
    TooEarly { earliest: NaiveDate },
    #[error("too late: the latest valid date is {latest}")]
    TooLate { latest: NaiveDate },
    #[error("the adjourned meeting must be on {expected} (art. 37)")]
    NotNextWorkingDay { expected: NaiveDate },
    #[error("a session at the governor's request has no third convocation (art. 37)")]
    NoThirdConvocation,
}

/// Art. 42 para. 2: the earliest and latest dates of the second meeting. Reading: the
/// second meeting is held 3 to 5 calendar days after the day set for the first (the text
/// says the convocation "is sent within at least 3 and at most 5 days after" that day; we
/// read it, as practice does, as the date of the second meeting).
pub fn second_convocation_window(first: NaiveDate) -> (NaiveDate, NaiveDate) {
    (
        plus_days(first, SECOND_CONVOCATION_MIN_DAYS),
        plus_days(first, SECOND_CONVOCATION_MAX_DAYS),
    )
}

/// Art. 42 para. 3: the earliest third meeting — the day after the third working day that
/// follows the second meeting ("after the third following working day"). The law sets no
/// latest date.
pub fn earliest_third_convocation(second: NaiveDate, cal: &WorkingCalendar) -> NaiveDate {
    next_day(cal.add_working_days(second, THIRD_CONVOCATION_WORKING_DAYS))
}

/// Art. 42 (art. 37 for the governor's session): checks the date of the second meeting
/// against the first.
pub fn validate_second_convocation(
    kind: SessionKind,
    first: NaiveDate,
    date: NaiveDate,
    cal: &WorkingCalendar,
) -> Result<(), ConvocationDateError> {
    if kind == SessionKind::Extraordinary(ExtraordinaryTrigger::Governor) {
        let expected = cal.next_working_day(first);
        return if date == expected {
            Ok(())
        } else {
            Err(ConvocationDateError::NotNextWorkingDay { expected })
        };
    }
    let (earliest, latest) = second_convocation_window(first);
    if date < earliest {
        Err(ConvocationDateError::TooEarly { earliest })
    } else if date > latest {
        Err(ConvocationDateError::TooLate { latest })
    } else {
        Ok(())
    }
}

/// Art. 42 para. 3: checks the date of the third meeting against the second.
pub fn validate_third_convocation(
    kind: SessionKind,
    second: NaiveDate,
    date: NaiveDate,
    cal: &WorkingCalendar,
) -> Result<(), ConvocationDateError> {
    if kind == SessionKind::Extraordinary(ExtraordinaryTrigger::Governor) {
        return Err(ConvocationDateError::NoThirdConvocation);
    }
    let earliest = earliest_third_convocation(second, cal);
    if date < earliest {
        Err(ConvocationDateError::TooEarly { earliest })
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// Votes (arts. 6, 43)
// ---------------------------------------------------------------------------------------

/// Art. 43: the majority basis. Listed matters (action programme, local development
/// companies, management modes, private-sector partnerships, contracts with the State) need
/// the absolute majority of members in office on the first vote; everything else, and the
/// listed matters at the second sitting, need the absolute majority of votes cast.
pub fn majority_basis(matter: Matter, ballot: Ballot) -> MajorityBasis {
    if matter.needs_members_in_office_majority() && ballot == Ballot::First {
        MajorityBasis::MembersInOffice
    } else {
        MajorityBasis::VotesCast
    }
}

/// Everything [`outcome`] needs about one vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteInput {
    pub counts: VoteCounts,
    pub matter: Matter,
    pub ballot: Ballot,
    pub members_in_office: u32,
    pub members_present: u32,
    /// The president's vote, if he took part (needed to break a tie).
    pub president_vote: Option<VoteChoice>,
}

/// The decision a vote produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Adopted,
    Rejected,
    /// A listed matter missed the majority of members in office: it is decided at a second
    /// sitting by the majority of votes cast (art. 43 para. 2).
    SecondSittingRequired,
}

/// Why the vote came out as it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OutcomeReason {
    /// Votes in favour reached the required majority.
    MajorityInFavour,
    /// Votes in favour fell short of the required majority.
    MajorityNotReached,
    /// Votes in favour equal votes against; the president's side prevails.
    TieBrokenByPresident,
    /// A tie, and the president voted neither for nor against: no side prevails, the
    /// proposal is not adopted.
    TieWithoutPresidentSide,
    /// Everyone abstained.
    NoVotesCast,
}

/// The computed result of a vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct VoteOutcome {
    pub decision: Decision,
    pub reason: OutcomeReason,
    pub basis: MajorityBasis,
    /// Votes in favour needed to adopt on this basis.
    pub votes_needed: u32,
    /// Art. 43 last para.: on a tie each member's vote is written in the minutes.
    pub record_each_vote: bool,
}

/// Counts that cannot be right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum VoteError {
    #[error("more members present than in office")]
    PresentExceedsInOffice { present: u32, in_office: u32 },
    #[error("more votes than members present")]
    CountsExceedPresent { counted: u32, present: u32 },
    #[error("the president's vote is not in the counts")]
    PresidentVoteNotCounted,
    #[error("only the matters listed in art. 43 have a second sitting")]
    SecondSittingNotApplicable,
}

/// Art. 43 (open vote, art. 6): the outcome of a vote, computed from the counts.
///
/// Readings:
/// * "Votes cast" (الأصوات المعبر عنها) are votes for and against; abstentions express no
///   vote and are not counted. The absolute majority of votes cast is more than half of them,
///   i.e. more for than against. If everyone abstains nothing is adopted.
/// * Listed matters on the first vote need more than half the members in office in favour;
///   failing that they go to a second sitting (not a rejection). The tie rule does not
///   override that requirement: it applies where the basis is votes cast.
/// * On a tie (for = against, at least one vote cast) the president's side prevails: adopted
///   if he voted for, rejected if against. If he abstained or did not vote there is no side
///   to prevail and the proposal, lacking a majority, is not adopted. Each vote is then
///   recorded by name.
pub fn outcome(input: &VoteInput) -> Result<VoteOutcome, VoteError> {
    validate_counts(input)?;
    let counts = input.counts;
    let basis = majority_basis(input.matter, input.ballot);
    let tie = counts.cast() > 0 && counts.in_favour == counts.against;
    let votes_needed = match basis {
        MajorityBasis::VotesCast => absolute_majority(counts.cast()),
        MajorityBasis::MembersInOffice => absolute_majority(input.members_in_office),
    };
    let (decision, reason) = if counts.in_favour >= votes_needed && counts.cast() > 0 {
        (Decision::Adopted, OutcomeReason::MajorityInFavour)
    } else if basis == MajorityBasis::MembersInOffice {
        (
            Decision::SecondSittingRequired,
            OutcomeReason::MajorityNotReached,
        )
    } else if counts.cast() == 0 {
        (Decision::Rejected, OutcomeReason::NoVotesCast)
    } else if tie {
        break_tie(input.president_vote)
    } else {
        (Decision::Rejected, OutcomeReason::MajorityNotReached)
    };
    Ok(VoteOutcome {
        decision,
        reason,
        basis,
        votes_needed,
        record_each_vote: tie,
    })
}

/// Art. 43 last para.: the president's side prevails on a tie.
fn break_tie(president_vote: Option<VoteChoice>) -> (Decision, OutcomeReason) {
    match president_vote {
        Some(VoteChoice::InFavour) => (Decision::Adopted, OutcomeReason::TieBrokenByPresident),
        Some(VoteChoice::Against) => (Decision::Rejected, OutcomeReason::TieBrokenByPresident),
        Some(VoteChoice::Abstain) | None => {
            (Decision::Rejected, OutcomeReason::TieWithoutPresidentSide)
        }
    }
}

/// The counts must fit the room: present ≤ in office, votes ≤ present, the president's
/// vote inside the counts, and a second sitting only for a listed matter.
pub fn validate_counts(input: &VoteInput) -> Result<(), VoteError> {
    if input.members_present > input.members_in_office {
        return Err(VoteError::PresentExceedsInOffice {
            present: input.members_present,
            in_office: input.members_in_office,
        });
    }
    let counted = input.counts.participants();
    if counted > input.members_present {
        return Err(VoteError::CountsExceedPresent {
            counted,
            present: input.members_present,
        });
    }
    if let Some(choice) = input.president_vote {
        if input.counts.of(choice) == 0 {
            return Err(VoteError::PresidentVoteNotCounted);
        }
    }
    if input.ballot == Ballot::SecondSitting && !input.matter.needs_members_in_office_majority() {
        return Err(VoteError::SecondSittingNotApplicable);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Closed sittings (art. 48)
// ---------------------------------------------------------------------------------------

/// A request to hold a sitting closed to the public.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClosedSittingRequest {
    pub requester: ClosedSittingRequester,
    pub reasons: Reasons,
    /// How many members signed the request (relevant for a third of members).
    pub requesting_members: u32,
}

/// Why a request for a closed sitting cannot produce one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum ClosedSittingError {
    #[error("fewer than a third of the members asked (art. 48)")]
    NotAThirdOfMembers { requesting: u32, needed: u32 },
    #[error("the council must decide on the request, without debate (art. 48)")]
    CouncilDecisionRequired,
}

/// Art. 48: sittings are public. On the request of the president or of a third of the
/// members the council may decide, without debate, to sit closed; the governor may ask for a
/// closed sitting when a public one could disturb public order.
///
/// Readings: the council's decision is a vote under art. 43 (majority of votes cast), passed
/// as `council_decision`; a request it does not adopt leaves the sitting public. The
/// governor's request suffices on its own (the text gives the council no say). "A third of
/// the members" is counted on the members in office, as in art. 36.
pub fn publicity_for_request(
    request: ClosedSittingRequest,
    members_in_office: u32,
    council_decision: Option<Decision>,
) -> Result<Publicity, ClosedSittingError> {
    let needed = third_of(members_in_office);
    match request.requester {
        ClosedSittingRequester::ThirdOfMembers if request.requesting_members < needed => {
            return Err(ClosedSittingError::NotAThirdOfMembers {
                requesting: request.requesting_members,
                needed,
            })
        }
        ClosedSittingRequester::GovernorForPublicOrder => return Ok(closed(request)),
        _ => {}
    }
    match council_decision {
        None => Err(ClosedSittingError::CouncilDecisionRequired),
        Some(Decision::Adopted) => Ok(closed(request)),
        Some(_) => Ok(Publicity::Public),
    }
}

fn closed(request: ClosedSittingRequest) -> Publicity {
    Publicity::Closed {
        requester: request.requester,
        reasons: request.reasons,
    }
}

// ---------------------------------------------------------------------------------------
// Agenda (arts. 40–41)
// ---------------------------------------------------------------------------------------

/// Art. 40 para. 4: an item requested in writing "by half the number of the council's
/// members" (من قبل نصف عدد أعضاء المجلس) must be put on the agenda (تسجل وجوبا).
///
/// Reading: the text says *half*, not *more than half* (أكثر من نصف, the wording of the
/// quorum in art. 42), so exactly half is enough: `2 × requesting ≥ members`, i.e. 5 of 9
/// or 5 of 10 (4 of 9 is not). The count is of the members in office, who alone may ask
/// (art. 40 para. 1: الأعضاء المزاولين مهامهم). Such an item cannot be refused
/// ([`decide_item_request`]).
pub fn is_mandatory_item(requesting_members: u32, members_in_office: u32) -> bool {
    u64::from(requesting_members) * 2 >= u64::from(members_in_office)
}

/// The president's answer to a members' request for an agenda item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "answer")]
pub enum ItemRequestAnswer {
    Include,
    Refuse { reasons: Reasons },
}

/// The recorded result of a members' request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "result")]
pub enum ItemRequestOutcome {
    /// On the agenda; `mandatory` when half the members asked.
    Included { mandatory: bool },
    /// Refused with reasons, notified to the requesters, announced without debate at the
    /// opening and written in the minutes (art. 40 paras. 2–3).
    Refused { reasons: Reasons },
}

/// Why a refusal is not allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum AgendaError {
    #[error("half the members asked: the item must be on the agenda (art. 40)")]
    MandatoryItemCannotBeRefused {
        requesting: u32,
        members_in_office: u32,
    },
}

/// Art. 40: members may ask in writing for an item within the council's powers. A refusal
/// needs reasons (enforced by [`Reasons`]); an item asked by half the members cannot be
/// refused.
pub fn decide_item_request(
    requesting_members: u32,
    members_in_office: u32,
    answer: ItemRequestAnswer,
) -> Result<ItemRequestOutcome, AgendaError> {
    let mandatory = is_mandatory_item(requesting_members, members_in_office);
    match answer {
        ItemRequestAnswer::Include => Ok(ItemRequestOutcome::Included { mandatory }),
        ItemRequestAnswer::Refuse { .. } if mandatory => {
            Err(AgendaError::MandatoryItemCannotBeRefused {
                requesting: requesting_members,
                members_in_office,
            })
        }
        ItemRequestAnswer::Refuse { reasons } => Ok(ItemRequestOutcome::Refused { reasons }),
    }
}

/// What is known about an item when the council is about to deliberate on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemStanding {
    pub on_agenda: bool,
    pub within_council_powers: bool,
    /// The governor objected and referred the item to the administrative court, which has
    /// not ruled yet.
    pub objection_pending_in_court: bool,
}

/// A reason the council may not deliberate on an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliberationBar {
    NotOnAgenda,
    OutsideCouncilPowers,
    ObjectionPendingInCourt,
}

/// Art. 41: the council deliberates only on items on the agenda and within its powers, and
/// never (on pain of nullity) on an item the governor objected to and referred to the
/// administrative court until the court rules. Returns every bar (empty: may deliberate).
pub fn deliberation_bars(item: ItemStanding) -> Vec<DeliberationBar> {
    [
        (!item.on_agenda, DeliberationBar::NotOnAgenda),
        (
            !item.within_council_powers,
            DeliberationBar::OutsideCouncilPowers,
        ),
        (
            item.objection_pending_in_court,
            DeliberationBar::ObjectionPendingInCourt,
        ),
    ]
    .into_iter()
    .filter_map(|(applies, bar)| applies.then_some(bar))
    .collect()
}

// ---------------------------------------------------------------------------------------
// Written questions (art. 46)
// ---------------------------------------------------------------------------------------

/// Art. 46: a member's written question goes on the agenda of the next session if the
/// president receives it at least one month before the session opens; this is the last day
/// of receipt for a session starting on `session_start` (one calendar month earlier, or the
/// month's last day when shorter: 31 March → 28/29 February). Later questions go to the
/// session after.
pub fn written_question_deadline(session_start: NaiveDate) -> NaiveDate {
    session_start
        .checked_sub_months(chrono::Months::new(1))
        .unwrap_or(session_start)
}

// ---------------------------------------------------------------------------------------
// Deliberation numbers (art. 47)
// ---------------------------------------------------------------------------------------

/// A deliberation's number, `sequence/year` (e.g. `12/2027`), unique per commune and year;
/// decisions enter the register in date order (art. 47). Uniqueness is the database's job
/// (a unique constraint on commune, year, sequence); this type fixes the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DeliberationNumber {
    /// The year (declared first so that numbers sort by year, then sequence).
    pub year: i32,
    /// Order of the deliberation in its year, from 1.
    pub sequence: u32,
}

/// A string that is not a deliberation number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeliberationNumberError {
    #[error("expected sequence/year, e.g. 12/2027")]
    Format,
    #[error("the sequence starts at 1")]
    ZeroSequence,
    #[error("the year must have four digits")]
    Year,
}

impl DeliberationNumber {
    /// The first number of a year.
    pub fn first(year: i32) -> Self {
        Self { year, sequence: 1 }
    }

    /// The number after this one in the same year.
    pub fn next(self) -> Self {
        Self {
            year: self.year,
            sequence: self.sequence.saturating_add(1),
        }
    }
}

/// The number to give the next deliberation of `year`, given the highest number already
/// given that year (if any).
pub fn next_deliberation_number(
    year: i32,
    last_of_year: Option<DeliberationNumber>,
) -> DeliberationNumber {
    match last_of_year {
        Some(last) if last.year == year => last.next(),
        _ => DeliberationNumber::first(year),
    }
}

impl fmt::Display for DeliberationNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.sequence, self.year)
    }
}

impl FromStr for DeliberationNumber {
    type Err = DeliberationNumberError;

    /// Parses the canonical form `sequence/year`: sequence without leading zeros, from 1;
    /// year on four digits; surrounding spaces ignored.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (seq, year) = s
            .trim()
            .split_once('/')
            .ok_or(DeliberationNumberError::Format)?;
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if !digits(seq) || !digits(year) {
            return Err(DeliberationNumberError::Format);
        }
        if year.len() != 4 || year.starts_with('0') {
            return Err(DeliberationNumberError::Year);
        }
        if seq.starts_with('0') {
            return Err(if seq.bytes().all(|b| b == b'0') {
                DeliberationNumberError::ZeroSequence
            } else {
                DeliberationNumberError::Format
            });
        }
        let sequence = seq.parse().map_err(|_| DeliberationNumberError::Format)?;
        let year = year.parse().map_err(|_| DeliberationNumberError::Year)?;
        Ok(Self { year, sequence })
    }
}

#[cfg(test)]
mod tests;
