//! The session calendar (arts. 33–39), the next ordinary session whose agenda is open
//! (arts. 33, 38, 125), extraordinary sessions (arts. 36–37).

use super::*;

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

/// Why the president's refusal of a members' request cannot be recorded (art. 36).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum RequestRefusalError {
    /// An absolute majority asked: the session must meet within 15 days (para. 3).
    #[error("a request by an absolute majority cannot be refused (art. 36)")]
    MandatoryForMajority,
    /// The reasoned refusal had to reach the members within 10 days of receipt (para. 2).
    #[error("the refusal is out of time (art. 36)")]
    TooLate { refuse_by: NaiveDate },
    /// A refusal is dated before the request.
    #[error("the refusal precedes the request")]
    BeforeRequest,
}

/// Art. 36 para. 2–3: the president may refuse a request by a third of the members in
/// office only by a reasoned decision notified within 10 days of receiving it
/// ([`REFUSAL_NOTICE_DAYS`], the day of receipt not counted); a request by an absolute
/// majority cannot be refused (the session meets within 15 days). `in_office` is counted on
/// the day of the request.
pub fn validate_request_refusal(
    requesting_members: u32,
    in_office: u32,
    requested_on: NaiveDate,
    refused_on: NaiveDate,
) -> Result<(), RequestRefusalError> {
    if requesting_members >= absolute_majority(in_office) {
        return Err(RequestRefusalError::MandatoryForMajority);
    }
    if refused_on < requested_on {
        return Err(RequestRefusalError::BeforeRequest);
    }
    let refuse_by = plus_days(requested_on, REFUSAL_NOTICE_DAYS);
    if refused_on > refuse_by {
        return Err(RequestRefusalError::TooLate { refuse_by });
    }
    Ok(())
}

/// Where a members' request for an extraordinary session stands on a given day (art. 36).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum RequestStanding {
    /// A third of the members asked: the president convenes, or refuses with reasons by
    /// `refuse_by`.
    AwaitingAnswer { refuse_by: NaiveDate },
    /// Refused with reasons, in time.
    Refused,
    /// The president must convene: an absolute majority asked (the session meets by
    /// `meet_by`), or a third asked and no reasoned refusal came within 10 days (`meet_by`
    /// none: the law sets no day). `overdue`: `meet_by` has passed with no session.
    MustConvene {
        meet_by: Option<NaiveDate>,
        overdue: bool,
    },
    /// A session was convened on the request.
    Convened,
}

/// Art. 36: a request's standing on `today`, from its count (against the members in office
/// on the day of the request), whether it was refused, and whether a session was convened
/// on it. A refusal out of time is not one ([`validate_request_refusal`] keeps it out).
pub fn request_standing(
    requesting_members: u32,
    in_office: u32,
    requested_on: NaiveDate,
    (refused, convened): (bool, bool),
    today: NaiveDate,
) -> RequestStanding {
    if convened {
        return RequestStanding::Convened;
    }
    if requesting_members >= absolute_majority(in_office) {
        let meet_by = plus_days(requested_on, MAJORITY_REQUEST_MEETING_DAYS);
        return RequestStanding::MustConvene {
            meet_by: Some(meet_by),
            overdue: today > meet_by,
        };
    }
    if refused {
        return RequestStanding::Refused;
    }
    let refuse_by = plus_days(requested_on, REFUSAL_NOTICE_DAYS);
    if today <= refuse_by {
        RequestStanding::AwaitingAnswer { refuse_by }
    } else {
        RequestStanding::MustConvene {
            meet_by: None,
            overdue: false,
        }
    }
}

/// What a session created without a place (for an accepted petition, arts. 38 and 125)
/// carries in place of one.
pub const NO_PLACE: &str = "—";

/// Arts. 38, 125 and 46 (sittings are public, their dates and place posted at the commune's
/// seat): a session created automatically to receive an accepted petition takes the place
/// where the council usually meets — the place of its most recent session that has one
/// (`places`, most recent first), otherwise the commune's seat address; `None` only when
/// neither is known.
pub fn usual_session_place<'a>(places: &[&'a str], seat_address: &'a str) -> Option<&'a str> {
    let known = |p: &&'a str| !p.trim().is_empty() && p.trim() != NO_PLACE;
    places
        .iter()
        .copied()
        .find(known)
        .or_else(|| Some(seat_address).filter(known))
        .map(str::trim)
}
