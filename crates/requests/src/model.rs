//! Requests for information and complaints as types, with their life as explicit state
//! machines. Every enum is stored by its key (`keyed_enum!`); each key has a Fluent
//! message `req-<enum>-<key>`.

use musharaka_core::{keyed_enum, Error, ErrorKind};

keyed_enum!(Channel {
    // Filed on the platform by a signed-in requester.
    Online => "online",
    // Deposited at the desk against a receipt, entered by staff (art. 14).
    Desk => "desk",
    // Received by post, entered by staff (art. 14).
    Post => "post",
});

keyed_enum!(IdKind {
    // National identity card (art. 14).
    Cin => "cin",
    // A foreigner's residence document (arts. 4, 14).
    Residence => "residence",
});

keyed_enum!(PreferredForm {
    // Consulted on site during working hours (art. 15).
    OnSite => "on_site",
    // Sent by e-mail (art. 15).
    Email => "email",
    // On another medium the commune holds (art. 15).
    Medium => "medium",
});

keyed_enum!(RequestStatus {
    Received => "received",
    // The answer term was extended once (art. 16).
    Extended => "extended",
    // The information was delivered (files, or a place and time to consult it).
    Delivered => "delivered",
    // Partly delivered, the excepted part named (arts. 8–9).
    Partial => "partial",
    // Refused in writing with the ground (art. 18).
    Refused => "refused",
    // The requester complained to the head of the commune (art. 19).
    Appealed => "appealed",
    // The head of the commune decided on the complaint (art. 19).
    AppealDecided => "appeal_decided",
});

// The answer's kind.
keyed_enum!(AnswerKind {
    Delivered => "delivered",
    Partial => "partial",
    Refused => "refused",
});

keyed_enum!(RefusalGround {
    // The information is not held.
    NotHeld => "not_held",
    // An exception of art. 7 (named in [`Exception`]).
    Exception => "exception",
    // Already published and available: the answer says where.
    Published => "published",
    // The same requester asked for the same information within the year.
    Repeated => "repeated",
    // The request is not clear.
    Unclear => "unclear",
    // The information is still being prepared.
    InPreparation => "in_preparation",
    // Deposited with the Archives of Morocco.
    Archives => "archives",
});

keyed_enum!(Exception {
    NationalDefence => "national_defence",
    StateSecurity => "state_security",
    PrivateLife => "private_life",
    FundamentalRights => "fundamental_rights",
    Sources => "sources",
    ForeignRelations => "foreign_relations",
    MonetaryPolicy => "monetary_policy",
    IntellectualProperty => "intellectual_property",
    Whistleblowers => "whistleblowers",
    SecretByLaw => "secret_by_law",
    Investigations => "investigations",
    JudicialProceedings => "judicial_proceedings",
    FreeCompetition => "free_competition",
});

keyed_enum!(AppealOutcome {
    // The head of the commune orders the information delivered.
    Granted => "granted",
    // The answer stands.
    Dismissed => "dismissed",
});

keyed_enum!(PublicationCategory {
    Budget => "budget",
    Services => "services",
    Deliberations => "deliberations",
    Procurement => "procurement",
    Recruitment => "recruitment",
    Reports => "reports",
    Organisation => "organisation",
});

/// What happens to a request for information.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestEvent {
    Extend,
    Answer(AnswerKind),
    Appeal,
    DecideAppeal,
}

impl RequestStatus {
    /// Received → extended (once) → answered (delivered, partial, refused); a partial or
    /// refused answer, or none in time, may be appealed (art. 19); the appeal is decided.
    /// Whether an extension or an appeal is still in time is [`crate::rules`]' question.
    pub fn transition(self, event: RequestEvent) -> Result<Self, Error> {
        use RequestEvent as E;
        use RequestStatus as S;
        let next = match (self, event) {
            (S::Received, E::Extend) => Some(S::Extended),
            (S::Received | S::Extended, E::Answer(kind)) => Some(match kind {
                AnswerKind::Delivered => S::Delivered,
                AnswerKind::Partial => S::Partial,
                AnswerKind::Refused => S::Refused,
            }),
            (S::Received | S::Extended | S::Partial | S::Refused, E::Appeal) => Some(S::Appealed),
            (S::Appealed, E::DecideAppeal) => Some(S::AppealDecided),
            _ => None,
        };
        next.ok_or_else(|| {
            Error::with_cause(ErrorKind::Conflict, format!("{self:?} cannot {event:?}"))
        })
    }

    /// Still waiting for the commune's answer (the clock runs).
    pub fn is_open(self) -> bool {
        matches!(self, Self::Received | Self::Extended)
    }
}

keyed_enum!(ComplaintKind {
    Complaint => "complaint",
    Observation => "observation",
    Suggestion => "suggestion",
});

impl ComplaintKind {
    /// Observations and suggestions may be anonymous; a complaint needs a filer to answer.
    pub fn may_be_anonymous(self) -> bool {
        self != Self::Complaint
    }
}

keyed_enum!(Category {
    Service => "service",
    Works => "works",
    Hygiene => "hygiene",
    Lighting => "lighting",
    Roads => "roads",
    Reception => "reception",
    Urbanism => "urbanism",
    Other => "other",
});

keyed_enum!(ComplaintChannel {
    Online => "online",
    Desk => "desk",
});

keyed_enum!(ComplaintStatus {
    Received => "received",
    Acknowledged => "acknowledged",
    Answered => "answered",
});

musharaka_core::text_column!(RequestStatus);
musharaka_core::text_column!(ComplaintStatus);

keyed_enum!(Satisfaction {
    Satisfied => "satisfied",
    Partly => "partly",
    Unsatisfied => "unsatisfied",
});

/// What staff do to a complaint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComplaintEvent {
    Acknowledge,
    Answer,
}

impl ComplaintStatus {
    /// Received → acknowledged → answered; an answer given at once acknowledges too.
    pub fn transition(self, event: ComplaintEvent) -> Result<Self, Error> {
        use ComplaintEvent as E;
        use ComplaintStatus as S;
        match (self, event) {
            (S::Received, E::Acknowledge) => Ok(S::Acknowledged),
            (S::Received | S::Acknowledged, E::Answer) => Ok(S::Answered),
            _ => Err(Error::with_cause(
                ErrorKind::Conflict,
                format!("{self:?} cannot {event:?}"),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_extension_then_an_answer_then_an_appeal() {
        let s = RequestStatus::Received;
        let s = s.transition(RequestEvent::Extend).expect("extend");
        assert!(s.transition(RequestEvent::Extend).is_err(), "art. 16: once");
        let s = s
            .transition(RequestEvent::Answer(AnswerKind::Refused))
            .expect("answer");
        let s = s.transition(RequestEvent::Appeal).expect("art. 19");
        assert!(s.transition(RequestEvent::Appeal).is_err());
        assert_eq!(
            s.transition(RequestEvent::DecideAppeal).ok(),
            Some(RequestStatus::AppealDecided)
        );
        assert!(RequestStatus::Delivered
            .transition(RequestEvent::Appeal)
            .is_err());
    }

    #[test]
    fn complaints_are_acknowledged_then_answered() {
        let s = ComplaintStatus::Received;
        assert_eq!(
            s.transition(ComplaintEvent::Answer).ok(),
            Some(ComplaintStatus::Answered)
        );
        let s = s.transition(ComplaintEvent::Acknowledge).expect("ack");
        assert!(s.transition(ComplaintEvent::Acknowledge).is_err());
        assert!(ComplaintKind::Suggestion.may_be_anonymous());
        assert!(!ComplaintKind::Complaint.may_be_anonymous());
    }

    #[test]
    fn keys_round_trip() {
        for s in RequestStatus::ALL {
            assert_eq!(s.key().parse::<RequestStatus>().ok(), Some(*s));
        }
        for g in RefusalGround::ALL {
            assert_eq!(g.key().parse::<RefusalGround>().ok(), Some(*g));
        }
    }
}
