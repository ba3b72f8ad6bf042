//! Calls and concept notes as types, with their lives as explicit state machines.

use musharaka_core::{keyed_enum, Error, ErrorKind};

keyed_enum!(CallStatus {
    // Being prepared by the commune: not public.
    Draft => "draft",
    // Announced: public, notes accepted within the window.
    Published => "published",
    // The ranking, the selection and the reasons are public.
    Results => "results",
});

/// What the commune does to a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallEvent {
    Publish,
    PublishResults,
}

impl CallStatus {
    pub fn transition(self, e: CallEvent) -> Result<Self, Error> {
        match (self, e) {
            (Self::Draft, CallEvent::Publish) => Ok(Self::Published),
            (Self::Published, CallEvent::PublishResults) => Ok(Self::Results),
            _ => Err(Error::with_cause(
                ErrorKind::Conflict,
                format!("call {self:?} cannot {e:?}"),
            )),
        }
    }

    pub fn is_public(self) -> bool {
        self != Self::Draft
    }
}

keyed_enum!(NoteStatus {
    // Saved by the association, editable, not seen by the commune.
    Draft => "draft",
    // Submitted within the window: locked, receipt mailed.
    Submitted => "submitted",
    Eligible => "eligible",
    Ineligible => "ineligible",
    Selected => "selected",
    NotSelected => "not_selected",
    // The grant agreement is signed.
    Agreed => "agreed",
});

/// What happens to a concept note.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteEvent {
    Submit,
    /// The eligibility decision (automatic conditions and the evaluator's checklist).
    Eligibility(bool),
    /// The published results.
    Select(bool),
    SignAgreement,
}

impl NoteStatus {
    pub fn transition(self, e: NoteEvent) -> Result<Self, Error> {
        use NoteStatus::*;
        let next = match (self, e) {
            (Draft, NoteEvent::Submit) => Some(Submitted),
            (Submitted | Eligible | Ineligible, NoteEvent::Eligibility(ok)) => {
                Some(if ok { Eligible } else { Ineligible })
            }
            (Eligible, NoteEvent::Select(true)) => Some(Selected),
            (Eligible, NoteEvent::Select(false)) => Some(NotSelected),
            (Selected, NoteEvent::SignAgreement) => Some(Agreed),
            _ => None,
        };
        next.ok_or_else(|| {
            Error::with_cause(ErrorKind::Conflict, format!("note {self:?} cannot {e:?}"))
        })
    }

    /// Locked: the association can no longer change it.
    pub fn is_locked(self) -> bool {
        self != Self::Draft
    }
}

keyed_enum!(TieBreak {
    // The higher share of women among the beneficiaries first.
    WomenShare => "women_share",
    // The smaller grant requested first (more projects within the envelope).
    LowerRequest => "lower_request",
    // The note submitted first.
    EarlierSubmission => "earlier_submission",
});

keyed_enum!(Condition {
    // The association's file is verified by its seat commune.
    Verified => "verified",
    // Seat in the commune, or a branch there (attested on the evaluator's checklist).
    SeatOrBranch => "seat_or_branch",
    // Founded at least the call's minimum number of years before submission.
    Age => "age",
    // Field of activity among the call's (else attested on the checklist).
    Activity => "activity",
    // The grant requested is within the per-project ceiling.
    Ceiling => "ceiling",
    // The grant requested is within the call's total envelope.
    Envelope => "envelope",
    // The association's co-financing reaches the required share of the cost.
    Cofinancing => "cofinancing",
    // At least one budget line and a positive grant requested.
    Budget => "budget",
    // The documents are complete (evaluator's checklist).
    Documents => "documents",
});

// Which side wrote an entry of a project's follow-up.
keyed_enum!(Side {
    Commune => "commune",
    Association => "association",
});

musharaka_core::text_column!(CallStatus);
musharaka_core::text_column!(NoteStatus);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_call_is_published_then_its_results() {
        assert_eq!(
            CallStatus::Draft.transition(CallEvent::Publish).ok(),
            Some(CallStatus::Published)
        );
        assert!(CallStatus::Draft
            .transition(CallEvent::PublishResults)
            .is_err());
        assert!(CallStatus::Results.transition(CallEvent::Publish).is_err());
    }

    #[test]
    fn a_submitted_note_is_locked_and_only_an_eligible_note_is_selected() {
        use NoteStatus::*;
        assert_eq!(Draft.transition(NoteEvent::Submit).ok(), Some(Submitted));
        assert!(Submitted.transition(NoteEvent::Submit).is_err());
        assert!(Submitted.is_locked() && !Draft.is_locked());
        assert!(Ineligible.transition(NoteEvent::Select(true)).is_err());
        assert_eq!(
            Eligible.transition(NoteEvent::Select(false)).ok(),
            Some(NotSelected)
        );
        assert!(NotSelected.transition(NoteEvent::SignAgreement).is_err());
        assert_eq!(
            Selected.transition(NoteEvent::SignAgreement).ok(),
            Some(Agreed)
        );
    }
}
