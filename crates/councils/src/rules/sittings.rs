//! Quorum (art. 42; art. 37), votes (arts. 6, 43), closed sittings (art. 48).

use super::*;

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
pub(crate) fn break_tie(president_vote: Option<VoteChoice>) -> (Decision, OutcomeReason) {
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

pub(crate) fn closed(request: ClosedSittingRequest) -> Publicity {
    Publicity::Closed {
        requester: request.requester,
        reasons: request.reasons,
    }
}
