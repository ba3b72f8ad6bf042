//! Consultations as types: what is consulted on, through which channels, who speaks, and
//! the life of a consultation as an explicit state machine ([`Status::transition`]).
//!
//! Whether a published consultation takes contributions is not a status but a matter of
//! dates ([`crate::rules::phase`]): it opens and closes by itself on its dates, so nobody
//! has to remember to close it and a late comment is refused on the day after closing.

use musharaka_core::keyed_enum;
use serde::{Deserialize, Serialize};

keyed_enum!(Subject {
    ActionProgramme => "action_programme",
    Charter => "charter",
    Project => "project",
    Bylaw => "bylaw",
});

keyed_enum!(Channel {
    Comments => "comments",
    Questionnaire => "questionnaire",
    Workshops => "workshops",
    Paper => "paper",
});

keyed_enum!(Status {
    Draft => "draft",
    Published => "published",
    Synthesised => "synthesised",
    OnAgenda => "on_agenda",
    Adopted => "adopted",
    NotAdopted => "not_adopted",
});

// Where a published consultation stands in time (derived from its dates).
keyed_enum!(Phase {
    Draft => "draft",
    Upcoming => "upcoming",
    Open => "open",
    Closed => "closed",
    Answered => "answered",
});

// Who wrote a comment. `Body` is the hook for consultative bodies (arts. 119–120): their
// remarks on a draft, with a free reference to the body until the bodies crate links it.
keyed_enum!(AuthorKind {
    Citizen => "citizen",
    Association => "association",
    Body => "body",
    Staff => "staff",
});

// What became of a comment in the synthesis.
keyed_enum!(Outcome {
    Taken => "taken",
    Partly => "partly",
    NotTaken => "not_taken",
});

// The grounds of the moderation charter a comment can be hidden on.
keyed_enum!(HideReason {
    OffTopic => "off_topic",
    Insulting => "insulting",
    PersonalData => "personal_data",
    Advertising => "advertising",
    Duplicate => "duplicate",
});

keyed_enum!(QuestionKind {
    Single => "single",
    Multiple => "multiple",
    Ranking => "ranking",
    ShortText => "short_text",
    LongText => "long_text",
});

// Declared, optional facts about a respondent, shown only in aggregate.
keyed_enum!(AgeBand {
    Under18 => "under_18",
    From18To24 => "18_24",
    From25To34 => "25_34",
    From35To49 => "35_49",
    From50To64 => "50_64",
    From65 => "65_plus",
});

keyed_enum!(Gender {
    Female => "female",
    Male => "male",
});

keyed_enum!(ResponseChannel {
    Online => "online",
    Paper => "paper",
});

// Who came to a workshop, counted by category (Tétouan's report: associations,
// unaffiliated citizens, private sector, academics, international NGOs…).
keyed_enum!(Category {
    Association => "association",
    Citizen => "citizen",
    PrivateSector => "private_sector",
    Academic => "academic",
    InternationalNgo => "international_ngo",
    ConsultativeBody => "consultative_body",
    Elected => "elected",
    Staff => "staff",
});

keyed_enum!(Focus {
    Theme => "theme",
    District => "district",
});

/// What the owner or the council does to a consultation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Event {
    Publish,
    PublishSynthesis,
    SendToCouncil,
    CouncilDecided { adopted: bool },
}

impl Status {
    /// The explicit transitions: draft → published → synthesised (after closing) → on the
    /// council's agenda → adopted or not adopted.
    pub fn transition(self, e: Event) -> Option<Status> {
        match (self, e) {
            (Self::Draft, Event::Publish) => Some(Self::Published),
            (Self::Published, Event::PublishSynthesis) => Some(Self::Synthesised),
            (Self::Synthesised, Event::SendToCouncil) => Some(Self::OnAgenda),
            (Self::OnAgenda, Event::CouncilDecided { adopted: true }) => Some(Self::Adopted),
            (Self::OnAgenda, Event::CouncilDecided { adopted: false }) => Some(Self::NotAdopted),
            _ => None,
        }
    }

    /// Seen by the public (everything but a draft).
    pub fn is_public(self) -> bool {
        self != Self::Draft
    }

    /// The synthesis has been published.
    pub fn is_answered(self) -> bool {
        matches!(
            self,
            Self::Synthesised | Self::OnAgenda | Self::Adopted | Self::NotAdopted
        )
    }
}

/// One answer in a questionnaire response, by question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "k", content = "v", rename_all = "snake_case")]
pub enum Answer {
    /// The index of the chosen option.
    Choice(usize),
    /// The indices of the chosen options.
    Choices(Vec<usize>),
    /// Option indices in the order of preference (first = rank 1).
    Ranking(Vec<usize>),
    Text(String),
}

/// A respondent's declared facts (each optional: "prefer not to say").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Declared {
    pub age_band: Option<AgeBand>,
    pub gender: Option<Gender>,
    pub district: Option<String>,
    pub association_member: Option<bool>,
}

musharaka_core::text_column!(Status);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_consultation_goes_from_draft_to_adoption() {
        let s = Status::Draft.transition(Event::Publish);
        assert_eq!(s, Some(Status::Published));
        let s = Status::Published.transition(Event::PublishSynthesis);
        assert_eq!(s, Some(Status::Synthesised));
        let s = Status::Synthesised.transition(Event::SendToCouncil);
        assert_eq!(s, Some(Status::OnAgenda));
        assert_eq!(
            Status::OnAgenda.transition(Event::CouncilDecided { adopted: true }),
            Some(Status::Adopted)
        );
        assert_eq!(
            Status::OnAgenda.transition(Event::CouncilDecided { adopted: false }),
            Some(Status::NotAdopted)
        );
    }

    #[test]
    fn no_step_is_skipped() {
        assert_eq!(Status::Draft.transition(Event::PublishSynthesis), None);
        assert_eq!(Status::Published.transition(Event::SendToCouncil), None);
        assert_eq!(Status::Adopted.transition(Event::Publish), None);
        assert!(!Status::Draft.is_public());
        assert!(Status::Adopted.is_answered());
    }

    #[test]
    fn keys_round_trip() {
        for s in Status::ALL {
            assert_eq!(s.key().parse::<Status>().ok(), Some(*s));
        }
        assert!("bogus".parse::<AgeBand>().is_err());
    }
}
