//! Bodies and opinions as types: kinds, seats, statuses, and the life of an advisory
//! opinion as an explicit state machine (draft → adopted → transmitted → answered).

use musharaka_core::keyed_enum;
use thiserror::Error;

keyed_enum!(BodyKind {
    // Art. 120: compulsory in every commune.
    Equality => "equality",
    ConsultativeSpace => "consultative_space",
    YouthCouncil => "youth_council",
    NeighbourhoodCommittee => "neighbourhood_committee",
    Thematic => "thematic",
});

keyed_enum!(BodyStatus {
    Forming => "forming",
    Active => "active",
    Dissolved => "dissolved",
});

impl BodyStatus {
    /// Being formed → active → dissolved; a body being formed may also be abandoned.
    pub fn can_become(self, next: BodyStatus) -> bool {
        matches!(
            (self, next),
            (Self::Forming, Self::Active)
                | (Self::Forming, Self::Dissolved)
                | (Self::Active, Self::Dissolved)
        )
    }
}

keyed_enum!(Seat {
    Association => "association",
    Expert => "expert",
    Citizen => "citizen",
    Youth => "youth",
    // An elected member of the council, as an observer (no vote in the body).
    ElectedObserver => "elected_observer",
    // A member of the commune's staff (e.g. on a creation committee).
    Commune => "commune",
});

keyed_enum!(MemberGender {
    Female => "female",
    Male => "male",
});

keyed_enum!(AgeBand {
    Under35 => "under_35",
    From35To59 => "from_35_to_59",
    Over60 => "over_60",
});

impl AgeBand {
    /// Youth, as the youth councils of the Tadafor model count it: under 35.
    pub fn is_youth(self) -> bool {
        self == Self::Under35
    }
}

keyed_enum!(OpinionKind {
    // On the body's own initiative.
    Own => "own",
    // Asked for by the council (a referral, with a deadline).
    Referral => "referral",
    // Remarks on a draft document, section by section (art. 78: the action programme).
    Remarks => "remarks",
});

keyed_enum!(OpinionStatus {
    Draft => "draft",
    Adopted => "adopted",
    Transmitted => "transmitted",
    Answered => "answered",
});

keyed_enum!(Adoption {
    Consensus => "consensus",
    Vote => "vote",
});

keyed_enum!(ActivityStatus {
    Planned => "planned",
    Done => "done",
    Cancelled => "cancelled",
});

/// What happens to an opinion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpinionEvent {
    /// The body adopts it (vote or consensus recorded).
    Adopt,
    /// Sent to the council: an agenda item of its next ordinary session.
    Transmit,
    /// The council deliberated on the item (or answered).
    Answer,
}

/// A change the state machine does not allow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
#[error("an opinion cannot go from {from:?} on {event:?}")]
pub struct TransitionError {
    pub from: OpinionStatus,
    pub event: OpinionEvent,
}

impl OpinionStatus {
    pub fn transition(self, event: OpinionEvent) -> Result<OpinionStatus, TransitionError> {
        match (self, event) {
            (Self::Draft, OpinionEvent::Adopt) => Ok(Self::Adopted),
            (Self::Adopted, OpinionEvent::Transmit) => Ok(Self::Transmitted),
            (Self::Transmitted, OpinionEvent::Answer) => Ok(Self::Answered),
            (from, event) => Err(TransitionError { from, event }),
        }
    }

    /// The text may still change (a new version).
    pub fn editable(self) -> bool {
        self == Self::Draft
    }

    /// Not yet with the council.
    pub fn waiting(self) -> bool {
        matches!(self, Self::Draft | Self::Adopted)
    }
}

musharaka_core::text_column!(BodyKind);
musharaka_core::text_column!(BodyStatus);
musharaka_core::text_column!(ActivityStatus);
musharaka_core::text_column!(OpinionKind);
musharaka_core::text_column!(OpinionStatus);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_opinion_goes_draft_adopted_transmitted_answered() {
        let s = OpinionStatus::Draft;
        let s = s.transition(OpinionEvent::Adopt).expect("adopt");
        let s = s.transition(OpinionEvent::Transmit).expect("transmit");
        let s = s.transition(OpinionEvent::Answer).expect("answer");
        assert_eq!(s, OpinionStatus::Answered);
    }

    #[test]
    fn no_step_is_skipped_or_repeated() {
        assert!(OpinionStatus::Draft
            .transition(OpinionEvent::Transmit)
            .is_err());
        assert!(OpinionStatus::Draft
            .transition(OpinionEvent::Answer)
            .is_err());
        assert!(OpinionStatus::Adopted
            .transition(OpinionEvent::Adopt)
            .is_err());
        assert!(OpinionStatus::Transmitted
            .transition(OpinionEvent::Transmit)
            .is_err());
        for e in [
            OpinionEvent::Adopt,
            OpinionEvent::Transmit,
            OpinionEvent::Answer,
        ] {
            assert!(OpinionStatus::Answered.transition(e).is_err());
        }
    }

    #[test]
    fn only_drafts_change_and_only_drafts_and_adopted_wait() {
        assert!(OpinionStatus::Draft.editable());
        assert!(!OpinionStatus::Adopted.editable());
        assert!(OpinionStatus::Adopted.waiting());
        assert!(!OpinionStatus::Transmitted.waiting());
    }

    #[test]
    fn a_body_is_formed_then_active_then_dissolved() {
        assert!(BodyStatus::Forming.can_become(BodyStatus::Active));
        assert!(BodyStatus::Active.can_become(BodyStatus::Dissolved));
        assert!(!BodyStatus::Dissolved.can_become(BodyStatus::Active));
        assert!(!BodyStatus::Active.can_become(BodyStatus::Forming));
    }

    #[test]
    fn keys_round_trip() {
        for k in BodyKind::ALL {
            assert_eq!(k.key().parse::<BodyKind>().ok(), Some(*k));
        }
        for s in Seat::ALL {
            assert_eq!(s.key().parse::<Seat>().ok(), Some(*s));
        }
        assert!("nobody".parse::<BodyKind>().is_err());
    }
}
