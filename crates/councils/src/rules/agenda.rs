//! The agenda (arts. 40–41), written questions (art. 46), deliberation numbers (art. 47).

use super::*;

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

/// The administrative court's ruling on the governor's objection (art. 41).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CourtRuling {
    /// The item is outside the commune's powers: the council never deliberates on it.
    Upheld,
    /// The objection fails: the council may deliberate.
    Dismissed,
}

/// Art. 41: an item on the agenda as the governor's objection leaves it. The governor
/// objects, with reasons, to an item outside the commune's powers and may refer the
/// objection to the administrative court; while the court has not ruled, the council may
/// not deliberate on it (on pain of nullity); a ruling that upholds the objection puts the
/// item outside the council's powers. An objection not referred to the court bars nothing
/// by this article (the council answers it in its deliberation).
pub fn standing_under_objection(in_court: bool, ruling: Option<CourtRuling>) -> ItemStanding {
    ItemStanding {
        on_agenda: true,
        within_council_powers: ruling != Some(CourtRuling::Upheld),
        objection_pending_in_court: in_court && ruling.is_none(),
    }
}

/// Why an item cannot yet be put to the vote under art. 28.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Error)]
#[serde(rename_all = "snake_case")]
pub enum CommitteeStudyError {
    /// The item was never referred to a permanent committee.
    #[error("item not referred to a permanent committee (art. 28)")]
    NotReferred,
    /// The committee it was referred to has not reported.
    #[error("no committee report on the item (art. 28)")]
    NoReport,
    /// The council decided, without debate, not to deliberate on the unstudied item.
    #[error("the council decided not to deliberate on the item (art. 28)")]
    CouncilDeclined,
}

/// The council's decision, taken without debate, on an item its committee did not study
/// (art. 28 para. 2: يتخذ المجلس مقررا بدون مناقشة يقضي بالتداول أو عدم التداول في شأنها).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StudyDecision {
    /// The council deliberates on the item without the committee's report.
    Deliberate,
    /// The council does not deliberate on it at this session.
    NotDeliberate,
}

/// Art. 28 (and art. 125 for a petition): every item on the council's agenda goes first to
/// the competent permanent committee, whose chair reports on it; the council votes only on
/// an item referred to a committee (`committee_id`) whose report is entered (`report`, blank
/// counts as none), or, when the committee did not study it "for whatever reason", on the
/// council's decision without debate to deliberate on it (`decision`). A decision not to
/// deliberate bars the vote at this session even if a report comes later: the council has
/// decided.
pub fn validate_committee_study(
    committee_id: Option<i64>,
    report: Option<&str>,
    decision: Option<StudyDecision>,
) -> Result<(), CommitteeStudyError> {
    if decision == Some(StudyDecision::NotDeliberate) {
        return Err(CommitteeStudyError::CouncilDeclined);
    }
    if committee_id.is_none() {
        return Err(CommitteeStudyError::NotReferred);
    }
    if report.is_some_and(|r| !r.trim().is_empty()) || decision == Some(StudyDecision::Deliberate) {
        return Ok(());
    }
    Err(CommitteeStudyError::NoReport)
}

/// Why the council's decision on an unstudied item cannot be recorded (art. 28).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Error)]
#[serde(rename_all = "snake_case")]
pub enum StudyDecisionError {
    /// The item was never referred to a committee: there is nothing it failed to study.
    #[error("item not referred to a permanent committee (art. 28)")]
    NotReferred,
    /// The committee did report: the council deliberates on its report.
    #[error("the committee reported on the item (art. 28)")]
    Reported,
    /// Taken by the council in session: on a day of the item's session.
    #[error("the decision is taken during the item's session (art. 28)")]
    OutsideSession,
    /// More votes than members in office.
    #[error("more votes than members in office")]
    CountsExceedMembers,
}

/// The item's standing when the council decides on it without debate (art. 28).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UnstudiedItem<'a> {
    pub committee_id: Option<i64>,
    pub report: Option<&'a str>,
    /// The first and last days of the item's session.
    pub session_days: (NaiveDate, NaiveDate),
    pub members_in_office: u32,
}

/// Art. 28 para. 2: when the permanent committee an item was referred to did not study it,
/// the council takes, without debate, a decision to deliberate on it or not. Like any
/// decision of the council it is taken by the absolute majority of votes cast (art. 43, read
/// as in [`outcome`]: more for than against; abstentions are not votes cast; a tie gives no
/// majority, so the council does not deliberate). Taken on `decided_on`, a day of the item's
/// session; only for an item referred to a committee that has not reported.
pub fn decide_unstudied_item(
    item: UnstudiedItem<'_>,
    counts: VoteCounts,
    decided_on: NaiveDate,
) -> Result<StudyDecision, StudyDecisionError> {
    if item.committee_id.is_none() {
        return Err(StudyDecisionError::NotReferred);
    }
    if item.report.is_some_and(|r| !r.trim().is_empty()) {
        return Err(StudyDecisionError::Reported);
    }
    let (first, last) = item.session_days;
    if !(first..=last).contains(&decided_on) {
        return Err(StudyDecisionError::OutsideSession);
    }
    if counts.participants() > item.members_in_office {
        return Err(StudyDecisionError::CountsExceedMembers);
    }
    if counts.cast() > 0 && counts.in_favour >= absolute_majority(counts.cast()) {
        Ok(StudyDecision::Deliberate)
    } else {
        Ok(StudyDecision::NotDeliberate)
    }
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

/// Art. 46: the session a written question received on `received_on` goes to — the first of
/// the sessions starting on `starts` (any order) whose deadline
/// ([`written_question_deadline`]) the question met; none when no such session is planned
/// yet (it goes to the next one the council plans).
pub fn session_for_question(received_on: NaiveDate, starts: &[NaiveDate]) -> Option<NaiveDate> {
    starts
        .iter()
        .copied()
        .filter(|s| written_question_deadline(*s) >= received_on)
        .min()
}

/// Why an answer to a written question cannot be recorded on a day (art. 46).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Error)]
#[serde(rename_all = "snake_case")]
pub enum AnswerDayError {
    /// The answer is given at a sitting of the session the question is on.
    #[error("the answer is given during the question's session (art. 46)")]
    OutsideSession,
}

/// Art. 46: the president answers at a sitting held for that purpose during the session the
/// question was put on (from `session_start` to its `last_day`).
pub fn validate_answer_day(
    answered_on: NaiveDate,
    session_start: NaiveDate,
    last_day: NaiveDate,
) -> Result<(), AnswerDayError> {
    if (session_start..=last_day).contains(&answered_on) {
        Ok(())
    } else {
        Err(AnswerDayError::OutsideSession)
    }
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
