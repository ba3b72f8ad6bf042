//! Council sessions as types: what a session is, how its status may move, and the small
//! value types the rules work on.
//!
//! The state machine is explicit so that a stray handler cannot, say, reopen a closed
//! session: every change of status goes through [`SessionStatus::transition`]. Nothing here
//! is user-facing text; the web layer translates the enums.

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The three ordinary sessions of the year (art. 33).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrdinaryMonth {
    February,
    May,
    October,
}

impl OrdinaryMonth {
    /// In calendar order.
    pub const ALL: [OrdinaryMonth; 3] = [Self::February, Self::May, Self::October];

    /// The month number, 1–12.
    pub fn number(self) -> u32 {
        match self {
            Self::February => 2,
            Self::May => 5,
            Self::October => 10,
        }
    }

    /// The ordinary month with this number, if any.
    pub fn from_number(month: u32) -> Option<Self> {
        Self::ALL.into_iter().find(|m| m.number() == month)
    }
}

/// Who triggered an extraordinary session (arts. 36–37).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExtraordinaryTrigger {
    /// The president's own initiative (art. 36 para. 1).
    President,
    /// A request by at least a third of the members in office; the president may refuse
    /// with reasons within 10 days (art. 36 paras. 1–2).
    ThirdOfMembers,
    /// A request by an absolute majority of members: the session is mandatory within 15
    /// days (art. 36 para. 3).
    AbsoluteMajority,
    /// A request by the governor (عامل) of the prefecture or province: held by law within
    /// 10 days, 3 days' notice (art. 37).
    Governor,
}

/// Ordinary (art. 33) or extraordinary (arts. 36–37).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "detail")]
pub enum SessionKind {
    Ordinary(OrdinaryMonth),
    Extraordinary(ExtraordinaryTrigger),
}

/// Status of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    /// Dates fixed, agenda in preparation.
    Planned,
    /// Members notified (art. 35, or art. 37 for the governor's request).
    Convened,
    /// Opened with quorum (or on the third convocation, art. 42).
    Open,
    /// Closed; its deliberations are final.
    Closed,
    /// Called off before opening.
    Cancelled,
}

musharaka_core::keyed_enum!(SessionStatus,
    Planned => "planned", Convened => "convened", Open => "open", Closed => "closed",
    Cancelled => "cancelled");
musharaka_core::text_column!(SessionStatus);

/// Status of an agenda item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// On the agenda, not yet decided.
    OnAgenda,
    /// Refused by the bureau with reasons (art. 40).
    Refused,
    /// Postponed to a later session, with reasons.
    Postponed,
    /// Voted on: a final vote exists.
    Decided,
}

musharaka_core::keyed_enum!(ItemStatus,
    OnAgenda => "on_agenda", Refused => "refused", Postponed => "postponed",
    Decided => "decided");
musharaka_core::text_column!(ItemStatus);

/// Presence of a member at a sitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    Present,
    Absent,
    Excused,
}

/// What happens to a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionEvent {
    /// The notices are sent.
    Convene,
    /// The session opens.
    Open,
    /// The session closes.
    Close,
    /// The session is called off (only before it opens).
    Cancel,
}

/// A status change that the state machine does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("session cannot go from {from:?} on {event:?}")]
pub struct TransitionError {
    pub from: SessionStatus,
    pub event: SessionEvent,
}

impl SessionStatus {
    /// The explicit transitions: planned → convened → open → closed; planned or convened →
    /// cancelled. An open session is closed, not cancelled; closed and cancelled are final.
    pub fn transition(self, event: SessionEvent) -> Result<SessionStatus, TransitionError> {
        use SessionEvent as E;
        use SessionStatus as S;
        match (self, event) {
            (S::Planned, E::Convene) => Ok(S::Convened),
            (S::Convened, E::Open) => Ok(S::Open),
            (S::Open, E::Close) => Ok(S::Closed),
            (S::Planned | S::Convened, E::Cancel) => Ok(S::Cancelled),
            (from, event) => Err(TransitionError { from, event }),
        }
    }

    /// Closed or cancelled: nothing more can happen.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Closed | Self::Cancelled)
    }
}

/// Reasons written by an official (a refusal, a closed sitting, a rejection). Never empty:
/// the law demands reasons (معلل) wherever this type appears, so an empty text cannot be
/// built. The text is the official's own words, stored and shown as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Reasons(String);

/// Reasons were empty or blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("reasons are required")]
pub struct MissingReasons;

impl Reasons {
    /// Trims the text; fails if nothing is left.
    pub fn new(text: impl Into<String>) -> Result<Self, MissingReasons> {
        let text = text.into();
        let trimmed = text.trim();
        if trimmed.is_empty() {
            Err(MissingReasons)
        } else {
            Ok(Self(trimmed.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Reasons {
    type Error = MissingReasons;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Reasons> for String {
    fn from(value: Reasons) -> Self {
        value.0
    }
}

impl fmt::Display for Reasons {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Who asked for a sitting closed to the public (art. 48).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClosedSittingRequester {
    /// The president; the council then decides without debate.
    President,
    /// A third of the members; the council then decides without debate.
    ThirdOfMembers,
    /// The governor, when a public sitting could disturb public order.
    GovernorForPublicOrder,
}

/// Whether a sitting is open to the public (art. 48: the rule) or closed (the exception,
/// always with who asked and why).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Publicity {
    Public,
    Closed {
        requester: ClosedSittingRequester,
        reasons: Reasons,
    },
}

/// Which convocation a sitting is held on (art. 42; art. 37 for the governor's session).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Convocation {
    First,
    /// Art. 42: 3 to 5 days after the first. For a session at the governor's request
    /// (art. 37), the adjourned meeting on the next working day.
    Second,
    /// Art. 42: after the third working day following the second.
    Third,
}

/// A member's vote in an open vote (art. 6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VoteChoice {
    InFavour,
    Against,
    Abstain,
}

/// Counts of an open vote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct VoteCounts {
    pub in_favour: u32,
    pub against: u32,
    pub abstain: u32,
}

impl VoteCounts {
    /// Counts from individual votes (when each member's vote is recorded).
    pub fn from_votes(votes: impl IntoIterator<Item = VoteChoice>) -> Self {
        votes.into_iter().fold(Self::default(), |mut c, v| {
            match v {
                VoteChoice::InFavour => c.in_favour += 1,
                VoteChoice::Against => c.against += 1,
                VoteChoice::Abstain => c.abstain += 1,
            }
            c
        })
    }

    /// Votes cast (الأصوات المعبر عنها): for and against. Abstentions express no vote.
    pub fn cast(&self) -> u32 {
        self.in_favour.saturating_add(self.against)
    }

    /// Everyone who took part, abstentions included.
    pub fn participants(&self) -> u32 {
        self.cast().saturating_add(self.abstain)
    }

    /// How many members voted `choice`.
    pub fn of(&self, choice: VoteChoice) -> u32 {
        match choice {
            VoteChoice::InFavour => self.in_favour,
            VoteChoice::Against => self.against,
            VoteChoice::Abstain => self.abstain,
        }
    }
}

/// What a deliberation is about, as far as the majority rule cares (art. 43).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Matter {
    /// Anything not listed in art. 43.
    General,
    /// 1. The commune's action programme (art. 78).
    ActionProgramme,
    /// 2. Creating local development companies, changing their purpose, or taking, raising,
    ///    reducing or selling a stake in their capital.
    LocalDevelopmentCompany,
    /// 3. Management modes of the commune's public services.
    PublicServiceManagementMode,
    /// 4. Partnership with the private sector.
    PublicPrivatePartnership,
    /// 5. Contracts on competences shared with, or transferred from, the State.
    ContractWithState,
}

impl Matter {
    /// Whether art. 43 requires the absolute majority of members in office on the first vote.
    pub fn needs_members_in_office_majority(self) -> bool {
        !matches!(self, Self::General)
    }
}

/// First vote, or the second sitting that art. 43 para. 2 allows for the listed matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Ballot {
    First,
    SecondSitting,
}

/// The count a majority is measured against (art. 43).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MajorityBasis {
    VotesCast,
    MembersInOffice,
}

/// Who asked for an agenda item (arts. 38–40), and links from other crates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemSource {
    President,
    /// One or more members, individually or through their group (art. 40).
    Members,
    /// Added by the governor within 8 days (art. 39).
    Governor,
    /// An accepted petition (arts. 38, 125).
    Petition,
    /// An advisory opinion of a consultative body (arts. 119–120).
    AdvisoryOpinion,
    ParticipatoryBudget,
    CoCreationCall,
    /// The revised draft of a public consultation, for adoption (arts. 78, 119).
    Consultation,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn session_goes_planned_convened_open_closed() {
        let s = SessionStatus::Planned;
        let s = s.transition(SessionEvent::Convene).expect("convene");
        let s = s.transition(SessionEvent::Open).expect("open");
        let s = s.transition(SessionEvent::Close).expect("close");
        assert_eq!(s, SessionStatus::Closed);
        assert!(s.is_final());
    }

    #[test]
    fn session_can_be_cancelled_only_before_opening() {
        assert_eq!(
            SessionStatus::Planned.transition(SessionEvent::Cancel),
            Ok(SessionStatus::Cancelled)
        );
        assert_eq!(
            SessionStatus::Convened.transition(SessionEvent::Cancel),
            Ok(SessionStatus::Cancelled)
        );
        assert_eq!(
            SessionStatus::Open.transition(SessionEvent::Cancel),
            Err(TransitionError {
                from: SessionStatus::Open,
                event: SessionEvent::Cancel
            })
        );
    }

    #[test]
    fn final_statuses_accept_no_event() {
        for from in [SessionStatus::Closed, SessionStatus::Cancelled] {
            for event in [
                SessionEvent::Convene,
                SessionEvent::Open,
                SessionEvent::Close,
                SessionEvent::Cancel,
            ] {
                assert!(from.transition(event).is_err(), "{from:?} {event:?}");
            }
        }
    }

    #[test]
    fn steps_cannot_be_skipped() {
        assert!(SessionStatus::Planned
            .transition(SessionEvent::Open)
            .is_err());
        assert!(SessionStatus::Convened
            .transition(SessionEvent::Close)
            .is_err());
        assert!(SessionStatus::Open
            .transition(SessionEvent::Convene)
            .is_err());
    }

    #[test]
    fn reasons_cannot_be_blank() {
        assert_eq!(Reasons::new("  \n"), Err(MissingReasons));
        assert_eq!(
            Reasons::new(" ordre public ").map(|r| r.to_string()),
            Ok("ordre public".into())
        );
        assert!(Reasons::try_from(String::new()).is_err());
    }

    #[test]
    fn art_33_ordinary_months() {
        assert_eq!(OrdinaryMonth::from_number(2), Some(OrdinaryMonth::February));
        assert_eq!(OrdinaryMonth::from_number(5), Some(OrdinaryMonth::May));
        assert_eq!(OrdinaryMonth::from_number(10), Some(OrdinaryMonth::October));
        assert_eq!(OrdinaryMonth::from_number(3), None);
    }

    #[test]
    fn counts_from_individual_votes() {
        let c = VoteCounts::from_votes([
            VoteChoice::InFavour,
            VoteChoice::Against,
            VoteChoice::Abstain,
            VoteChoice::InFavour,
        ]);
        assert_eq!(
            c,
            VoteCounts {
                in_favour: 2,
                against: 1,
                abstain: 1
            }
        );
        assert_eq!(c.cast(), 3);
        assert_eq!(c.participants(), 4);
    }

    #[test]
    fn art_43_listed_matters() {
        assert!(!Matter::General.needs_members_in_office_majority());
        for m in [
            Matter::ActionProgramme,
            Matter::LocalDevelopmentCompany,
            Matter::PublicServiceManagementMode,
            Matter::PublicPrivatePartnership,
            Matter::ContractWithState,
        ] {
            assert!(m.needs_members_in_office_majority());
        }
    }
}
