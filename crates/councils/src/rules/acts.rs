//! What the secretariat may record, and when (issue 16): no act dated in the future (art.
//! 47: the registers record what happened), the notice and agenda deadlines checked when a
//! session is planned, convened or given an item (arts. 35, 37, 38, 39), the sequence of
//! convocations (art. 42), a tie recorded vote by vote (art. 43), the two signatures of a
//! decision and the date order of the register (art. 47).

use super::*;
use crate::model::{Convocation, ItemSource};

// ---------------------------------------------------------------------------------------
// No act dated in the future (art. 47)
// ---------------------------------------------------------------------------------------

/// An act dated after the day it is recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum ActDateError {
    #[error("the act is dated {date}, after today")]
    InTheFuture { date: NaiveDate },
}

/// Art. 47: minutes and decisions are entered in registers of what happened. Attendance,
/// a quorum, a vote or a deliberation dated `date` can be recorded only once that day has
/// come (`date ≤ today`, today in Casablanca); so can the opening of a session (art. 42:
/// the quorum is counted at the opening).
pub fn validate_not_in_future(date: NaiveDate, today: NaiveDate) -> Result<(), ActDateError> {
    if date > today {
        Err(ActDateError::InTheFuture { date })
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// Notice and agenda deadlines (arts. 35, 37, 38, 39)
// ---------------------------------------------------------------------------------------

/// A deadline of arts. 35–39 that has already passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum NoticeError {
    #[error("the agenda had to reach the governor by {deadline} (art. 38)")]
    AgendaToGovernorPassed { deadline: NaiveDate },
    #[error("the members had to be notified by {deadline} (arts. 35, 37)")]
    NoticePassed { deadline: NaiveDate },
    #[error("the governor's additions had to arrive by {deadline} (art. 39)")]
    GovernorAdditionsPassed { deadline: NaiveDate },
}

/// The deadlines of a session planned on `today`; none for a session whose first day is
/// before today: a past session entered after the fact (the register of a year already
/// held), which the deadlines cannot concern.
fn planned_deadlines(
    kind: SessionKind,
    start: NaiveDate,
    today: NaiveDate,
    cal: &WorkingCalendar,
) -> Option<SessionDeadlines> {
    (start >= today).then(|| session_deadlines(kind, start, cal))
}

/// `today` is still in time for `deadline` (its last day counts, as in [`deadline_state`]);
/// otherwise `passed` names which deadline it was.
fn met_by(
    today: NaiveDate,
    deadline: NaiveDate,
    passed: fn(NaiveDate) -> NoticeError,
) -> Result<(), NoticeError> {
    if today > deadline {
        Err(passed(deadline))
    } else {
        Ok(())
    }
}

fn agenda_passed(deadline: NaiveDate) -> NoticeError {
    NoticeError::AgendaToGovernorPassed { deadline }
}

/// Arts. 35, 37, 38: a session planned on `today` to start on `start` must still leave the
/// time the law gives — the agenda to the governor at least 20 days ahead (art. 38; not for
/// a session the governor requested, art. 37) and the members' notice 10 days ahead (art.
/// 35; 3 days for the governor's session, art. 37). Reading: a session whose first day is
/// before today is a past session entered after the fact (the register of a year already
/// held), which these deadlines cannot concern; one starting today or later is planned now.
pub fn validate_planning(
    kind: SessionKind,
    start: NaiveDate,
    today: NaiveDate,
    cal: &WorkingCalendar,
) -> Result<(), NoticeError> {
    let Some(d) = planned_deadlines(kind, start, today, cal) else {
        return Ok(());
    };
    // Art. 36 para. 3: a session an absolute majority asked for is held within 15 days,
    // which leaves no room for the 20 days of art. 38: the obligation to meet prevails and
    // only the members' notice is checked.
    let mandatory = kind == SessionKind::Extraordinary(ExtraordinaryTrigger::AbsoluteMajority);
    if let Some(deadline) = d.agenda_to_governor_by.filter(|_| !mandatory) {
        met_by(today, deadline, agenda_passed)?;
    }
    validate_convening(kind, start, today, cal)
}

/// Arts. 35, 37: the members are convened (written notice with the agenda) at least 10
/// days before the session (3 for the governor's session); convening it later is refused.
/// A past session entered after the fact is not concerned (see [`validate_planning`]).
pub fn validate_convening(
    kind: SessionKind,
    start: NaiveDate,
    today: NaiveDate,
    cal: &WorkingCalendar,
) -> Result<(), NoticeError> {
    let Some(d) = planned_deadlines(kind, start, today, cal) else {
        return Ok(());
    };
    met_by(today, d.notice_by, |deadline| NoticeError::NoticePassed {
        deadline,
    })
}

/// Arts. 38–39: an item joins the agenda of a coming session while the agenda can still
/// reach the governor (20 days ahead); the governor's own additions within his 8 days
/// (art. 39); for the governor's session (art. 37), until the members' notice. A past session
/// entered after the fact is not concerned.
pub fn validate_item_addition(
    kind: SessionKind,
    start: NaiveDate,
    source: ItemSource,
    today: NaiveDate,
    cal: &WorkingCalendar,
) -> Result<(), NoticeError> {
    let Some(d) = planned_deadlines(kind, start, today, cal) else {
        return Ok(());
    };
    match (d.agenda_to_governor_by, d.governor_additions_by) {
        (Some(_), Some(deadline)) if source == ItemSource::Governor => {
            met_by(today, deadline, |deadline| {
                NoticeError::GovernorAdditionsPassed { deadline }
            })
        }
        (Some(deadline), _) => met_by(today, deadline, agenda_passed),
        (None, _) => validate_convening(kind, start, today, cal),
    }
}

// ---------------------------------------------------------------------------------------
// The sequence of convocations (art. 42; art. 37)
// ---------------------------------------------------------------------------------------

/// The sitting of the session held just before a new one, as far as art. 42 cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PriorSitting {
    pub convocation: Convocation,
    pub date: NaiveDate,
    /// Its attendance was recorded and the quorum was missed.
    pub quorum_missed: bool,
}

/// Why a sitting's convocation breaks the sequence of art. 42.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum ConvocationSequenceError {
    #[error("a second convocation follows a first sitting that missed its quorum (art. 42)")]
    NoFailedFirst,
    #[error("a third convocation follows a second sitting that missed its quorum (art. 42)")]
    NoFailedSecond,
    #[error("the previous sitting missed its quorum: the next one is its {expected:?} convocation (art. 42)")]
    NextConvocationExpected { expected: Convocation },
    #[error(transparent)]
    Date(#[from] ConvocationDateError),
}

/// Art. 42 (art. 37 for the governor's session): the convocation a new sitting on `date`
/// may carry, given the session's sitting just before it (`prior`).
///
/// Readings: a second convocation only follows a first sitting whose quorum was missed, 3
/// to 5 days later ([`validate_second_convocation`]); a third only follows a second whose
/// quorum was missed, after the third working day ([`validate_third_convocation`]); after a
/// missed quorum the next sitting is that next convocation (the session cannot start over
/// on a first convocation to dodge art. 42). A sitting after one that deliberated is a
/// first convocation again.
pub fn validate_convocation_sequence(
    kind: SessionKind,
    convocation: Convocation,
    prior: Option<PriorSitting>,
    date: NaiveDate,
    cal: &WorkingCalendar,
) -> Result<(), ConvocationSequenceError> {
    use ConvocationSequenceError as E;
    let failed = prior.filter(|p| p.quorum_missed);
    match (convocation, failed) {
        (Convocation::First, None) => Ok(()),
        (Convocation::First, Some(p)) => Err(E::NextConvocationExpected {
            expected: if p.convocation == Convocation::First {
                Convocation::Second
            } else {
                Convocation::Third
            },
        }),
        (Convocation::Second, Some(p)) if p.convocation == Convocation::First => {
            Ok(validate_second_convocation(kind, p.date, date, cal)?)
        }
        (Convocation::Second, Some(_)) => Err(E::NextConvocationExpected {
            expected: Convocation::Third,
        }),
        (Convocation::Second, None) => Err(E::NoFailedFirst),
        (Convocation::Third, Some(p)) if p.convocation == Convocation::Second => {
            Ok(validate_third_convocation(kind, p.date, date, cal)?)
        }
        (Convocation::Third, Some(_)) => Err(E::NextConvocationExpected {
            expected: Convocation::Second,
        }),
        (Convocation::Third, None) => Err(E::NoFailedSecond),
    }
}

// ---------------------------------------------------------------------------------------
// Ties (art. 43)
// ---------------------------------------------------------------------------------------

/// A tie entered as counts only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum TieRecordError {
    #[error("a tie is decided by the president's vote: record each member's vote (art. 43)")]
    EachVoteRequired,
}

/// Art. 43 last para.: when the votes are tied the president's side prevails and the vote of
/// each voter is written in the minutes. A vote whose [`outcome`] says `record_each_vote`
/// can therefore only be recorded member by member (`per_member`), never as counts alone.
pub fn validate_tie_record(out: &VoteOutcome, per_member: bool) -> Result<(), TieRecordError> {
    if out.record_each_vote && !per_member {
        Err(TieRecordError::EachVoteRequired)
    } else {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------
// Signatures and the register of decisions (art. 47)
// ---------------------------------------------------------------------------------------

/// Who signs a decision or the minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatoryOffice {
    President,
    Secretary,
    /// The deputy secretary, standing in for the secretary (art. 23).
    DeputySecretary,
}

/// The signatures a decision already carries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Signatures {
    pub president: bool,
    /// By the secretary or his deputy.
    pub secretary: bool,
}

impl Signatures {
    /// Art. 47: signed by the president and by the secretary (or the deputy): final.
    pub fn complete(self) -> bool {
        self.president && self.secretary
    }
}

/// Why a signature cannot be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum SignatureError {
    #[error("this office has already signed")]
    AlreadySigned,
}

/// Art. 47: decisions are signed by the council's president and its secretary (art. 23:
/// the deputy secretary stands in for the secretary). Each signature is recorded on its own;
/// the decision is final once both are there. Returns the signatures after this one.
pub fn add_signature(
    current: Signatures,
    office: SignatoryOffice,
) -> Result<Signatures, SignatureError> {
    let mut next = current;
    let slot = match office {
        SignatoryOffice::President => &mut next.president,
        SignatoryOffice::Secretary | SignatoryOffice::DeputySecretary => &mut next.secretary,
    };
    if *slot {
        return Err(SignatureError::AlreadySigned);
    }
    *slot = true;
    Ok(next)
}

/// A decision that cannot take the next number of the register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum RegisterOrderError {
    #[error("a decision of {latest} is already signed in the register: the register follows the date order (art. 47)")]
    LaterDecisionSigned { latest: NaiveDate },
}

/// One decision already in the year's register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterEntry {
    pub sequence: u32,
    pub decided_on: NaiveDate,
    pub signed: bool,
}

/// Art. 47: decisions are entered in the register in the order of their dates. A decision of
/// `decided_on` takes the number of the first decision dated later (or the next number if
/// there is none), and every decision from that number on moves down one (the returned
/// sequence and the sequences to shift, highest first). A decision that would move but is
/// already signed cannot: the earlier decision is refused rather than numbered out of date
/// order (the secretariat must enter decisions before signing later ones).
pub fn register_position(
    decided_on: NaiveDate,
    year_entries: &[RegisterEntry],
) -> Result<(u32, Vec<u32>), RegisterOrderError> {
    let next = year_entries.iter().map(|e| e.sequence).max().unwrap_or(0) + 1;
    let Some(position) = year_entries
        .iter()
        .filter(|e| e.decided_on > decided_on)
        .map(|e| e.sequence)
        .min()
    else {
        return Ok((next, Vec::new()));
    };
    let moving: Vec<&RegisterEntry> = year_entries
        .iter()
        .filter(|e| e.sequence >= position)
        .collect();
    if let Some(latest) = moving
        .iter()
        .filter(|e| e.signed)
        .map(|e| e.decided_on)
        .max()
    {
        return Err(RegisterOrderError::LaterDecisionSigned { latest });
    }
    let mut shift: Vec<u32> = moving.iter().map(|e| e.sequence).collect();
    shift.sort_unstable_by(|a, b| b.cmp(a));
    Ok((position, shift))
}

// ---------------------------------------------------------------------------------------
// Extraordinary sessions on request (arts. 36–37)
// ---------------------------------------------------------------------------------------

/// A request for an extraordinary session, as recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtraordinaryRequest {
    /// The day the request reached the president.
    pub requested_on: NaiveDate,
    /// How many members signed it (members' requests, art. 36).
    pub requesting_members: u32,
}

/// Why an extraordinary session cannot be recorded as asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "error")]
pub enum ExtraordinarySessionError {
    #[error("a session on request records the day of the request and how many asked")]
    RequestMissing,
    #[error(transparent)]
    Count(#[from] ExtraordinaryRequestError),
    #[error("the request is dated after today")]
    RequestInTheFuture,
    #[error("the session cannot start before the request")]
    BeforeRequest,
    #[error("the session had to meet by {meet_by} (arts. 36, 37)")]
    MeetingTooLate { meet_by: NaiveDate },
}

/// Arts. 36–37: an extraordinary session asked for by members (a third of those in office;
/// an absolute majority makes it mandatory within 15 days) or by the governor (held within
/// 10 days) records its request — the day and, for members, how many signed
/// ([`validate_extraordinary_request`]) — and meets by the day the law sets
/// ([`extraordinary_deadlines`]). The president's own initiative needs no request.
pub fn validate_extraordinary_session(
    trigger: ExtraordinaryTrigger,
    request: Option<ExtraordinaryRequest>,
    members_in_office: u32,
    start: NaiveDate,
    today: NaiveDate,
) -> Result<(), ExtraordinarySessionError> {
    use ExtraordinarySessionError as E;
    if trigger == ExtraordinaryTrigger::President {
        return Ok(());
    }
    let r = request.ok_or(E::RequestMissing)?;
    if trigger != ExtraordinaryTrigger::Governor {
        validate_extraordinary_request(trigger, r.requesting_members, members_in_office)?;
    }
    if r.requested_on > today {
        return Err(E::RequestInTheFuture);
    }
    if start < r.requested_on {
        return Err(E::BeforeRequest);
    }
    match extraordinary_deadlines(trigger, r.requested_on).meet_by {
        Some(meet_by) if start > meet_by => Err(E::MeetingTooLate { meet_by }),
        _ => Ok(()),
    }
}
