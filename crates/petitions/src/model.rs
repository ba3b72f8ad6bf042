//! Petitions as types: the two kinds of art. 121 and the life of a petition as an explicit
//! state machine.
//!
//! Every change of status goes through [`PetitionStatus::transition`], which knows the kind
//! of petition (a citizens' petition collects signatures, an association's does not). The
//! preconditions that depend on data — the signature threshold, the association's file, the
//! bureau's checklist — are pure functions in [`crate::rules`]; the service checks them
//! before firing the event. A rejection carries [`Reasons`], which cannot be empty, because
//! art. 125 requires a reasoned decision.

use serde::{Deserialize, Serialize};
use thiserror::Error;

pub use musharaka_councils::model::{MissingReasons, Reasons};

/// Who files the petition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PetitionKind {
    /// Citizens, through their agent (وكيل), with signatures (art. 123).
    Citizens,
    /// An association, through its legal representative or a mandated person (art. 124).
    Association,
}

/// What the council decided on the petition's item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CouncilDecision {
    Accepted,
    RejectedByCouncil,
    /// Deferred to a later session; the item goes back on an agenda.
    Postponed,
}

/// Where a petition stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PetitionStatus {
    /// Being written by the agent or the association; not public.
    Draft,
    /// Citizens' petition open for signatures.
    Collecting,
    /// Filed with the president against an immediate receipt (art. 125).
    Deposited,
    /// Sent to the bureau, which checks the conditions (art. 125).
    UnderReview,
    /// Accepted by the bureau; to be put on the next ordinary session's agenda.
    Accepted,
    /// On a session's agenda, referred to the competent committee.
    OnAgenda,
    /// The council deliberated.
    Decided(CouncilDecision),
    /// Rejected by the bureau with reasons (art. 125).
    RejectedByBureau,
    /// Withdrawn by its agent or association before the bureau's decision.
    Withdrawn,
}

/// What happens to a petition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "event", content = "detail")]
pub enum PetitionEvent {
    OpenForSignatures,
    Deposit,
    StartReview,
    Accept,
    RejectByBureau(Reasons),
    PlaceOnAgenda,
    Decide(CouncilDecision),
    Withdraw,
}

/// A change of status the state machine does not allow.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("a {kind:?} petition cannot go from {from:?} on {event:?}")]
pub struct TransitionError {
    pub kind: PetitionKind,
    pub from: PetitionStatus,
    pub event: PetitionEvent,
}

impl PetitionStatus {
    /// A petition filed on paper and registered by staff starts here, so that every
    /// petition is tracked: it was deposited with the president outside the platform.
    pub const REGISTERED_ON_PAPER: PetitionStatus = PetitionStatus::Deposited;

    /// The explicit transitions:
    ///
    /// * citizens: draft → collecting → deposited; association: draft → deposited;
    /// * deposited → under review → accepted → on agenda → decided, or under review →
    ///   rejected by the bureau (with reasons);
    /// * a postponed petition waits, in its own state, for the later session whose agenda
    ///   holds its item again, which decides it (or postpones it again);
    /// * the agent or association may withdraw until the bureau decides.
    pub fn transition(
        self,
        kind: PetitionKind,
        event: PetitionEvent,
    ) -> Result<PetitionStatus, TransitionError> {
        use PetitionEvent as E;
        use PetitionKind as K;
        use PetitionStatus as S;
        let next = match (self, kind, &event) {
            (S::Draft, K::Citizens, E::OpenForSignatures) => Some(S::Collecting),
            (S::Collecting, K::Citizens, E::Deposit) => Some(S::Deposited),
            (S::Draft, K::Association, E::Deposit) => Some(S::Deposited),
            (S::Deposited, _, E::StartReview) => Some(S::UnderReview),
            (S::UnderReview, _, E::Accept) => Some(S::Accepted),
            (S::UnderReview, _, E::RejectByBureau(_)) => Some(S::RejectedByBureau),
            (S::Accepted | S::Decided(CouncilDecision::Postponed), _, E::PlaceOnAgenda) => {
                Some(S::OnAgenda)
            }
            // A postponed petition is already on the later session's agenda (the council
            // entered its item there again), so that session decides it, or postpones again.
            (S::OnAgenda | S::Decided(CouncilDecision::Postponed), _, E::Decide(d)) => {
                Some(S::Decided(*d))
            }
            (S::Draft | S::Collecting | S::Deposited | S::UnderReview, _, E::Withdraw) => {
                Some(S::Withdrawn)
            }
            _ => None,
        };
        next.ok_or(TransitionError {
            kind,
            from: self,
            event,
        })
    }

    /// Nothing more will happen: decided (except postponed), rejected by the bureau, or
    /// withdrawn. The retention period of signers' data runs from here.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            Self::Decided(CouncilDecision::Accepted | CouncilDecision::RejectedByCouncil)
                | Self::RejectedByBureau
                | Self::Withdrawn
        )
    }

    /// Deposited and not yet decided by the bureau: the 3-month clock of art. 125 runs.
    pub fn awaiting_bureau(self) -> bool {
        matches!(self, Self::Deposited | Self::UnderReview)
    }

    /// Visible on public pages (everything but a draft).
    pub fn is_public(self) -> bool {
        self != Self::Draft
    }

    /// A flat, stable key for a text column and URLs (`decided_postponed`, …).
    pub fn key(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Collecting => "collecting",
            Self::Deposited => "deposited",
            Self::UnderReview => "under_review",
            Self::Accepted => "accepted",
            Self::OnAgenda => "on_agenda",
            Self::Decided(CouncilDecision::Accepted) => "decided_accepted",
            Self::Decided(CouncilDecision::RejectedByCouncil) => "decided_rejected_by_council",
            Self::Decided(CouncilDecision::Postponed) => "decided_postponed",
            Self::RejectedByBureau => "rejected_by_bureau",
            Self::Withdrawn => "withdrawn",
        }
    }

    /// Every status, in the order of a petition's life.
    pub const ALL: [PetitionStatus; 11] = [
        Self::Draft,
        Self::Collecting,
        Self::Deposited,
        Self::UnderReview,
        Self::Accepted,
        Self::OnAgenda,
        Self::Decided(CouncilDecision::Accepted),
        Self::Decided(CouncilDecision::RejectedByCouncil),
        Self::Decided(CouncilDecision::Postponed),
        Self::RejectedByBureau,
        Self::Withdrawn,
    ];

    /// The status with this [`key`](Self::key).
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

musharaka_core::keyed_enum!(PetitionKind, Citizens => "citizens", Association => "association");
musharaka_core::text_column!(PetitionKind);

impl musharaka_core::Keyed for PetitionStatus {
    fn key(&self) -> &'static str {
        PetitionStatus::key(*self)
    }
    fn from_key(key: &str) -> Option<Self> {
        PetitionStatus::from_key(key)
    }
}
musharaka_core::text_column!(PetitionStatus);

#[cfg(test)]
mod tests {
    use super::*;
    use PetitionEvent as E;
    use PetitionKind as K;
    use PetitionStatus as S;

    fn reasons() -> Reasons {
        Reasons::new("outside the council's powers (art. 121)").expect("reasons")
    }

    fn run(kind: K, events: Vec<E>) -> Result<S, TransitionError> {
        events
            .into_iter()
            .try_fold(S::Draft, |s, e| s.transition(kind, e))
    }

    #[test]
    fn art_123_citizens_petition_collects_then_deposits() {
        let s = run(
            K::Citizens,
            vec![
                E::OpenForSignatures,
                E::Deposit,
                E::StartReview,
                E::Accept,
                E::PlaceOnAgenda,
                E::Decide(CouncilDecision::Accepted),
            ],
        );
        assert_eq!(s, Ok(S::Decided(CouncilDecision::Accepted)));
    }

    #[test]
    fn art_124_association_petition_deposits_without_signatures() {
        assert_eq!(run(K::Association, vec![E::Deposit]), Ok(S::Deposited));
        assert!(S::Draft
            .transition(K::Association, E::OpenForSignatures)
            .is_err());
        assert!(S::Draft.transition(K::Citizens, E::Deposit).is_err());
    }

    #[test]
    fn art_125_bureau_rejection_needs_reasons_and_is_final() {
        let s = run(
            K::Association,
            vec![E::Deposit, E::StartReview, E::RejectByBureau(reasons())],
        );
        assert_eq!(s, Ok(S::RejectedByBureau));
        assert!(S::RejectedByBureau.is_final());
        assert!(Reasons::new("").is_err());
    }

    #[test]
    fn art_125_only_the_bureau_review_accepts_or_rejects() {
        assert!(S::Deposited.transition(K::Citizens, E::Accept).is_err());
        assert!(S::Collecting
            .transition(K::Citizens, E::RejectByBureau(reasons()))
            .is_err());
        assert!(S::Accepted
            .transition(K::Citizens, E::Decide(CouncilDecision::Accepted))
            .is_err());
    }

    #[test]
    fn postponed_item_goes_back_on_an_agenda() {
        let postponed = S::Decided(CouncilDecision::Postponed);
        assert!(!postponed.is_final());
        assert_eq!(
            postponed.transition(K::Citizens, E::PlaceOnAgenda),
            Ok(S::OnAgenda)
        );
        assert!(S::Decided(CouncilDecision::RejectedByCouncil)
            .transition(K::Citizens, E::PlaceOnAgenda)
            .is_err());
    }

    #[test]
    fn withdrawal_only_before_the_bureau_decides() {
        for s in [S::Draft, S::Collecting, S::Deposited, S::UnderReview] {
            assert_eq!(s.transition(K::Citizens, E::Withdraw), Ok(S::Withdrawn));
        }
        for s in [S::Accepted, S::OnAgenda, S::RejectedByBureau, S::Withdrawn] {
            assert!(s.transition(K::Citizens, E::Withdraw).is_err());
        }
    }

    #[test]
    fn error_names_the_refused_step() {
        assert_eq!(
            S::Draft.transition(K::Citizens, E::Accept),
            Err(TransitionError {
                kind: K::Citizens,
                from: S::Draft,
                event: E::Accept
            })
        );
    }

    #[test]
    fn status_keys_round_trip() {
        for s in S::ALL {
            assert_eq!(S::from_key(s.key()), Some(s));
        }
        assert_eq!(S::from_key("nope"), None);
        assert_eq!(PetitionStatus::REGISTERED_ON_PAPER, S::Deposited);
    }

    #[test]
    fn art_125_clock_runs_while_awaiting_the_bureau() {
        assert!(S::Deposited.awaiting_bureau());
        assert!(S::UnderReview.awaiting_bureau());
        assert!(!S::Accepted.awaiting_bureau());
        assert!(!S::Draft.is_public());
        assert!(S::Collecting.is_public());
    }
}
