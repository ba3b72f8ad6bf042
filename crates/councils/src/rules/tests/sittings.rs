//! Sittings: quorum and convocations, votes, closed sittings (arts. 6, 37, 42, 43, 48).

use super::*;
use crate::model::ClosedSittingRequester as Req;

// --- art. 42: quorum ------------------------------------------------------------------------

#[test]
fn art_42_first_convocation_quorum_reached() {
    assert_eq!(
        quorum(FEB, Convocation::First, 35, 18),
        Ok(QuorumDecision::Reached {
            present: 18,
            required: 18
        })
    );
    // Even count: more than half of 30 is 16, so exactly half is not enough.
    assert!(!quorum(FEB, Convocation::First, 30, 15)
        .expect("valid")
        .may_deliberate());
}

#[test]
fn art_42_first_convocation_quorum_missed_calls_second() {
    let q = quorum(FEB, Convocation::First, 35, 17).expect("valid");
    assert_eq!(
        q,
        QuorumDecision::NotReached {
            present: 17,
            required: 18,
            next: QuorumNextStep::SecondConvocation
        }
    );
    assert!(!q.may_deliberate());
}

#[test]
fn art_42_second_convocation_same_quorum() {
    assert!(quorum(FEB, Convocation::Second, 35, 18)
        .expect("valid")
        .may_deliberate());
    assert_eq!(
        quorum(FEB, Convocation::Second, 35, 10),
        Ok(QuorumDecision::NotReached {
            present: 10,
            required: 18,
            next: QuorumNextStep::ThirdConvocation
        })
    );
}

#[test]
fn art_42_third_convocation_deliberates_whatever_the_attendance() {
    let q = quorum(FEB, Convocation::Third, 35, 4).expect("valid");
    assert_eq!(
        q,
        QuorumDecision::AnyAttendance {
            present: 4,
            required: 18
        }
    );
    assert!(q.may_deliberate());
    assert!(matches!(
        quorum(FEB, Convocation::Third, 35, 20),
        Ok(QuorumDecision::Reached { .. })
    ));
}

#[test]
fn art_42_present_cannot_exceed_members_in_office() {
    assert_eq!(
        quorum(FEB, Convocation::First, 35, 36),
        Err(QuorumError::PresentExceedsInOffice {
            present: 36,
            in_office: 35
        })
    );
}

#[test]
fn art_37_governor_session_adjourns_to_next_working_day() {
    assert_eq!(
        quorum(GOVERNOR, Convocation::First, 35, 10),
        Ok(QuorumDecision::NotReached {
            present: 10,
            required: 18,
            next: QuorumNextStep::NextWorkingDay
        })
    );
    assert!(quorum(GOVERNOR, Convocation::Second, 35, 3)
        .expect("valid")
        .may_deliberate());
    assert_eq!(
        quorum(GOVERNOR, Convocation::Third, 35, 3),
        Err(QuorumError::NoThirdConvocation)
    );
}

#[test]
fn art_42_second_convocation_3_to_5_days_after_the_first() {
    let c = cal();
    let first = d(2027, 2, 1);
    assert_eq!(
        second_convocation_window(first),
        (d(2027, 2, 4), d(2027, 2, 6))
    );
    assert_eq!(
        validate_second_convocation(FEB, first, d(2027, 2, 4), &c),
        Ok(())
    );
    assert_eq!(
        validate_second_convocation(FEB, first, d(2027, 2, 6), &c),
        Ok(())
    );
    assert_eq!(
        validate_second_convocation(FEB, first, d(2027, 2, 3), &c),
        Err(ConvocationDateError::TooEarly {
            earliest: d(2027, 2, 4)
        })
    );
    assert_eq!(
        validate_second_convocation(FEB, first, d(2027, 2, 7), &c),
        Err(ConvocationDateError::TooLate {
            latest: d(2027, 2, 6)
        })
    );
}

#[test]
fn art_42_third_convocation_after_the_third_working_day() {
    let c = cal();
    // Second meeting Thu 4 Feb 2027; working days after it: Fri 5, Mon 8, Tue 9.
    let second = d(2027, 2, 4);
    assert_eq!(earliest_third_convocation(second, &c), d(2027, 2, 10));
    assert_eq!(
        validate_third_convocation(FEB, second, d(2027, 2, 10), &c),
        Ok(())
    );
    assert_eq!(
        validate_third_convocation(FEB, second, d(2027, 2, 9), &c),
        Err(ConvocationDateError::TooEarly {
            earliest: d(2027, 2, 10)
        })
    );
}

#[test]
fn art_37_adjourned_governor_session_is_the_next_working_day() {
    let c = cal();
    let first = d(2027, 2, 5); // Friday
    assert_eq!(
        validate_second_convocation(GOVERNOR, first, d(2027, 2, 8), &c),
        Ok(())
    );
    assert_eq!(
        validate_second_convocation(GOVERNOR, first, d(2027, 2, 9), &c),
        Err(ConvocationDateError::NotNextWorkingDay {
            expected: d(2027, 2, 8)
        })
    );
    assert_eq!(
        validate_third_convocation(GOVERNOR, d(2027, 2, 8), d(2027, 2, 15), &c),
        Err(ConvocationDateError::NoThirdConvocation)
    );
}

// --- arts. 6, 43: votes ---------------------------------------------------------------------

fn vote(in_favour: u32, against: u32, abstain: u32) -> VoteInput {
    VoteInput {
        counts: VoteCounts {
            in_favour,
            against,
            abstain,
        },
        matter: Matter::General,
        ballot: Ballot::First,
        members_in_office: 35,
        members_present: 30,
        president_vote: None,
    }
}

#[test]
fn art_43_absolute_majority_of_votes_cast_adopts() {
    let o = outcome(&vote(10, 5, 3)).expect("valid");
    assert_eq!(o.decision, Decision::Adopted);
    assert_eq!(o.reason, OutcomeReason::MajorityInFavour);
    assert_eq!(o.basis, MajorityBasis::VotesCast);
    assert_eq!(o.votes_needed, 8);
    assert!(!o.record_each_vote);
}

#[test]
fn art_43_abstentions_are_not_votes_cast() {
    // 6 for, 5 against, 15 abstentions: 6 of 11 votes cast is a majority.
    let o = outcome(&vote(6, 5, 15)).expect("valid");
    assert_eq!(o.decision, Decision::Adopted);
    assert_eq!(o.votes_needed, 6);
}

#[test]
fn art_43_majority_against_rejects() {
    let o = outcome(&vote(4, 9, 2)).expect("valid");
    assert_eq!(o.decision, Decision::Rejected);
    assert_eq!(o.reason, OutcomeReason::MajorityNotReached);
}

#[test]
fn art_43_everyone_abstaining_adopts_nothing() {
    let o = outcome(&vote(0, 0, 12)).expect("valid");
    assert_eq!(o.decision, Decision::Rejected);
    assert_eq!(o.reason, OutcomeReason::NoVotesCast);
}

#[test]
fn art_43_tie_president_for_adopts_and_records_names() {
    let input = VoteInput {
        president_vote: Some(VoteChoice::InFavour),
        ..vote(7, 7, 2)
    };
    let o = outcome(&input).expect("valid");
    assert_eq!(o.decision, Decision::Adopted);
    assert_eq!(o.reason, OutcomeReason::TieBrokenByPresident);
    assert!(o.record_each_vote);
}

#[test]
fn art_43_tie_president_against_rejects() {
    let input = VoteInput {
        president_vote: Some(VoteChoice::Against),
        ..vote(7, 7, 0)
    };
    let o = outcome(&input).expect("valid");
    assert_eq!(o.decision, Decision::Rejected);
    assert_eq!(o.reason, OutcomeReason::TieBrokenByPresident);
    assert!(o.record_each_vote);
}

#[test]
fn art_43_tie_without_president_side_is_not_adopted() {
    for president_vote in [Some(VoteChoice::Abstain), None] {
        let input = VoteInput {
            president_vote,
            ..vote(7, 7, 1)
        };
        let o = outcome(&input).expect("valid");
        assert_eq!(o.decision, Decision::Rejected);
        assert_eq!(o.reason, OutcomeReason::TieWithoutPresidentSide);
        assert!(o.record_each_vote);
    }
}

#[test]
fn art_43_listed_matter_needs_majority_of_members_in_office() {
    let adopted = VoteInput {
        matter: Matter::ActionProgramme,
        ..vote(18, 2, 0)
    };
    let o = outcome(&adopted).expect("valid");
    assert_eq!(o.decision, Decision::Adopted);
    assert_eq!(o.basis, MajorityBasis::MembersInOffice);
    assert_eq!(o.votes_needed, 18);

    // 17 of 35 in office is not enough, even with nobody against.
    let short = VoteInput {
        matter: Matter::PublicPrivatePartnership,
        ..vote(17, 0, 3)
    };
    let o = outcome(&short).expect("valid");
    assert_eq!(o.decision, Decision::SecondSittingRequired);
    assert_eq!(o.reason, OutcomeReason::MajorityNotReached);
}

#[test]
fn art_43_listed_matter_at_second_sitting_uses_votes_cast() {
    let input = VoteInput {
        matter: Matter::LocalDevelopmentCompany,
        ballot: Ballot::SecondSitting,
        ..vote(12, 3, 0)
    };
    let o = outcome(&input).expect("valid");
    assert_eq!(o.decision, Decision::Adopted);
    assert_eq!(o.basis, MajorityBasis::VotesCast);
    assert_eq!(o.votes_needed, 8);
}

#[test]
fn art_43_tie_does_not_override_members_in_office_majority() {
    let input = VoteInput {
        matter: Matter::ContractWithState,
        president_vote: Some(VoteChoice::InFavour),
        ..vote(10, 10, 0)
    };
    let o = outcome(&input).expect("valid");
    assert_eq!(o.decision, Decision::SecondSittingRequired);
    assert!(o.record_each_vote);
}

#[test]
fn art_43_counts_cannot_exceed_members_present() {
    assert_eq!(
        outcome(&vote(20, 10, 1)),
        Err(VoteError::CountsExceedPresent {
            counted: 31,
            present: 30
        })
    );
    let input = VoteInput {
        members_present: 36,
        ..vote(1, 0, 0)
    };
    assert_eq!(
        outcome(&input),
        Err(VoteError::PresentExceedsInOffice {
            present: 36,
            in_office: 35
        })
    );
}

#[test]
fn art_43_president_vote_must_be_in_the_counts() {
    let input = VoteInput {
        president_vote: Some(VoteChoice::Against),
        ..vote(5, 0, 0)
    };
    assert_eq!(outcome(&input), Err(VoteError::PresidentVoteNotCounted));
}

#[test]
fn art_43_no_second_sitting_for_general_matters() {
    let input = VoteInput {
        ballot: Ballot::SecondSitting,
        ..vote(5, 0, 0)
    };
    assert_eq!(outcome(&input), Err(VoteError::SecondSittingNotApplicable));
}

// --- art. 48: closed sittings ---------------------------------------------------------------

fn closed_request(
    requester: ClosedSittingRequester,
    requesting_members: u32,
) -> ClosedSittingRequest {
    ClosedSittingRequest {
        requester,
        reasons: Reasons::new("personal data of staff").expect("reasons"),
        requesting_members,
    }
}

#[test]
fn art_48_president_request_closed_when_council_agrees() {
    let p = publicity_for_request(
        closed_request(Req::President, 0),
        35,
        Some(Decision::Adopted),
    )
    .expect("valid");
    assert!(matches!(
        p,
        Publicity::Closed {
            requester: Req::President,
            ..
        }
    ));
}

#[test]
fn art_48_council_refusal_keeps_the_sitting_public() {
    assert_eq!(
        publicity_for_request(
            closed_request(Req::President, 0),
            35,
            Some(Decision::Rejected)
        ),
        Ok(Publicity::Public)
    );
    assert_eq!(
        publicity_for_request(closed_request(Req::President, 0), 35, None),
        Err(ClosedSittingError::CouncilDecisionRequired)
    );
}

#[test]
fn art_48_third_of_members_request() {
    assert_eq!(
        publicity_for_request(
            closed_request(Req::ThirdOfMembers, 11),
            35,
            Some(Decision::Adopted)
        ),
        Err(ClosedSittingError::NotAThirdOfMembers {
            requesting: 11,
            needed: 12
        })
    );
    assert!(matches!(
        publicity_for_request(
            closed_request(Req::ThirdOfMembers, 12),
            35,
            Some(Decision::Adopted)
        ),
        Ok(Publicity::Closed { .. })
    ));
}

#[test]
fn art_48_governor_request_for_public_order_closes_the_sitting() {
    assert!(matches!(
        publicity_for_request(closed_request(Req::GovernorForPublicOrder, 0), 35, None),
        Ok(Publicity::Closed {
            requester: Req::GovernorForPublicOrder,
            ..
        })
    ));
}
