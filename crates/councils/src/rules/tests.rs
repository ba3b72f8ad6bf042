//! Unit tests of the council rules; each test names the article it pins.

use super::*;
use crate::model::{ClosedSittingRequester as Req, ExtraordinaryTrigger as Trig};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

const FEB: SessionKind = SessionKind::Ordinary(OrdinaryMonth::February);
const GOVERNOR: SessionKind = SessionKind::Extraordinary(Trig::Governor);
const PRESIDENT_EXTRA: SessionKind = SessionKind::Extraordinary(Trig::President);

fn cal() -> WorkingCalendar {
    WorkingCalendar::default()
}

// --- art. 33: ordinary sessions ----------------------------------------------------------

#[test]
fn art_33_default_start_is_first_working_day_of_month() {
    assert_eq!(
        default_ordinary_start(2027, OrdinaryMonth::February, &cal()),
        d(2027, 2, 1)
    );
    // 1 May 2027 is a Saturday (and Labour Day): Monday 3 May.
    assert_eq!(
        default_ordinary_start(2027, OrdinaryMonth::May, &cal()),
        d(2027, 5, 3)
    );
    assert_eq!(
        default_ordinary_start(2027, OrdinaryMonth::October, &cal()),
        d(2027, 10, 1)
    );
}

#[test]
fn art_33_start_must_be_in_first_week_of_feb_may_or_october() {
    assert_eq!(
        validate_ordinary_start(d(2027, 2, 1)),
        Ok(OrdinaryMonth::February)
    );
    assert_eq!(
        validate_ordinary_start(d(2027, 5, 7)),
        Ok(OrdinaryMonth::May)
    );
    assert_eq!(
        validate_ordinary_start(d(2027, 10, 8)),
        Err(OrdinaryStartError::AfterFirstWeek)
    );
    assert_eq!(
        validate_ordinary_start(d(2027, 3, 1)),
        Err(OrdinaryStartError::NotAnOrdinaryMonth)
    );
}

// --- arts. 34, 35, 38, 39: session deadlines ----------------------------------------------

#[test]
fn arts_34_35_38_39_deadlines_of_an_ordinary_session() {
    let dl = session_deadlines(FEB, d(2027, 2, 1), &cal());
    assert_eq!(dl.notice_by, d(2027, 1, 22)); // art. 35: 10 days
    assert_eq!(dl.agenda_to_governor_by, Some(d(2027, 1, 12))); // art. 38: 20 days
    assert_eq!(dl.governor_additions_by, Some(d(2027, 1, 20))); // art. 39: + 8 days
    assert_eq!(dl.last_day, d(2027, 2, 15)); // art. 34: 15 consecutive days
                                             // art. 34: + 7 working days after Mon 15 Feb: 16, 17, 18, 19, 22, 23, 24.
    assert_eq!(dl.last_day_if_extended, Some(d(2027, 2, 24)));
}

#[test]
fn art_36_extraordinary_session_lasts_7_working_days_without_extension() {
    let dl = session_deadlines(PRESIDENT_EXTRA, d(2027, 2, 1), &cal());
    assert_eq!(dl.last_day, d(2027, 2, 9));
    assert_eq!(dl.last_day_if_extended, None);
    assert_eq!(dl.notice_by, d(2027, 1, 22)); // art. 36 refers to art. 35
    assert_eq!(dl.agenda_to_governor_by, Some(d(2027, 1, 12)));
}

#[test]
fn art_37_governor_session_has_3_days_notice_and_no_agenda_deadline() {
    let dl = session_deadlines(GOVERNOR, d(2027, 3, 4), &cal());
    assert_eq!(dl.notice_by, d(2027, 3, 1));
    assert_eq!(dl.agenda_to_governor_by, None);
    assert_eq!(dl.governor_additions_by, None);
}

#[test]
fn art_39_governor_window_runs_from_receipt() {
    assert_eq!(governor_additions_deadline(d(2027, 1, 10)), d(2027, 1, 18));
}

#[test]
fn art_34_extension_once_up_to_7_working_days() {
    let c = cal();
    let start = d(2027, 2, 1);
    assert_eq!(
        validate_extension(FEB, start, false, d(2027, 2, 24), &c),
        Ok(())
    );
    assert_eq!(
        validate_extension(FEB, start, false, d(2027, 2, 16), &c),
        Ok(())
    );
    assert_eq!(
        validate_extension(FEB, start, false, d(2027, 2, 25), &c),
        Err(ExtensionError::TooLong {
            latest: d(2027, 2, 24)
        })
    );
    assert_eq!(
        validate_extension(FEB, start, false, d(2027, 2, 15), &c),
        Err(ExtensionError::NotAnExtension {
            regular_last_day: d(2027, 2, 15)
        })
    );
    assert_eq!(
        validate_extension(FEB, start, true, d(2027, 2, 20), &c),
        Err(ExtensionError::AlreadyExtended)
    );
}

#[test]
fn art_36_extraordinary_session_cannot_be_extended() {
    assert_eq!(
        validate_extension(
            PRESIDENT_EXTRA,
            d(2027, 2, 1),
            false,
            d(2027, 2, 10),
            &cal()
        ),
        Err(ExtensionError::ExtraordinaryCannotBeExtended)
    );
}

#[test]
fn dashboard_deadline_states() {
    let deadline = d(2027, 1, 12);
    assert_eq!(
        deadline_state(deadline, d(2027, 1, 1), 7),
        DeadlineState::Upcoming { days_left: 11 }
    );
    assert_eq!(
        deadline_state(deadline, d(2027, 1, 5), 7),
        DeadlineState::Near { days_left: 7 }
    );
    assert_eq!(
        deadline_state(deadline, deadline, 7),
        DeadlineState::Near { days_left: 0 }
    );
    assert_eq!(
        deadline_state(deadline, d(2027, 1, 14), 7),
        DeadlineState::Passed { days_late: 2 }
    );
}

// --- arts. 33, 38: next ordinary session whose agenda is open ---------------------------

fn next(on: NaiveDate) -> NextOrdinarySession {
    next_open_ordinary_session(on, &[], &cal())
}

#[test]
fn art_38_january_cut_off_last_open_day_goes_to_february() {
    // February 2027 starts Mon 1 Feb by default; agenda to the governor by Tue 12 Jan.
    let n = next(d(2027, 1, 12));
    assert_eq!(n.session.start, d(2027, 2, 1));
    assert_eq!(n.session.month, OrdinaryMonth::February);
    assert_eq!(n.session.source, StartSource::Default);
    assert_eq!(n.agenda_deadline, d(2027, 1, 12));
    assert_eq!(
        n.explanation,
        NextSessionExplanation::AgendaOpen { days_left: 0 }
    );
}

#[test]
fn art_38_january_cut_off_day_after_slips_to_may() {
    let n = next(d(2027, 1, 13));
    assert_eq!(n.session.start, d(2027, 5, 3));
    assert_eq!(n.agenda_deadline, d(2027, 4, 13));
    let february = ordinary_session(2027, OrdinaryMonth::February, &[], &cal());
    assert_eq!(
        n.explanation,
        NextSessionExplanation::NearerAgendaClosed {
            missed: february,
            missed_deadline: d(2027, 1, 12),
            days_left: 90,
        }
    );
}

#[test]
fn art_38_april_cut_off() {
    let on_time = next(d(2027, 4, 13));
    assert_eq!(on_time.session.start, d(2027, 5, 3));
    assert_eq!(
        on_time.explanation,
        NextSessionExplanation::AgendaOpen { days_left: 0 }
    );

    let late = next(d(2027, 4, 14));
    assert_eq!(late.session.start, d(2027, 10, 1));
    assert_eq!(late.agenda_deadline, d(2027, 9, 11));
    assert!(matches!(
        late.explanation,
        NextSessionExplanation::NearerAgendaClosed {
            missed: OrdinarySession {
                month: OrdinaryMonth::May,
                ..
            },
            days_left: 150,
            ..
        }
    ));
}

#[test]
fn art_38_september_cut_off_slips_to_next_february() {
    let on_time = next(d(2027, 9, 11));
    assert_eq!(on_time.session.start, d(2027, 10, 1));

    let late = next(d(2027, 9, 12));
    // 1 Feb 2028 is a Tuesday; its agenda deadline is Wed 12 Jan 2028.
    assert_eq!(late.session.year, 2028);
    assert_eq!(late.session.start, d(2028, 2, 1));
    assert_eq!(late.agenda_deadline, d(2028, 1, 12));
    assert!(matches!(
        late.explanation,
        NextSessionExplanation::NearerAgendaClosed {
            missed: OrdinarySession {
                month: OrdinaryMonth::October,
                year: 2027,
                ..
            },
            days_left: 122,
            ..
        }
    ));
}

#[test]
fn art_38_a_session_already_under_way_is_not_reported_as_missed() {
    let n = next(d(2027, 10, 5));
    assert_eq!(n.session.start, d(2028, 2, 1));
    assert!(matches!(
        n.explanation,
        NextSessionExplanation::AgendaOpen { .. }
    ));
}

#[test]
fn art_38_planned_dates_replace_the_default() {
    // The commune fixed Thu 4 Feb 2027: its agenda deadline moves to 15 Jan.
    let planned = [d(2027, 2, 4), d(2027, 3, 15)]; // March is not an ordinary month: ignored
    let n = next_open_ordinary_session(d(2027, 1, 14), &planned, &cal());
    assert_eq!(n.session.start, d(2027, 2, 4));
    assert_eq!(n.session.source, StartSource::Planned);
    assert_eq!(n.agenda_deadline, d(2027, 1, 15));
    assert_eq!(
        n.explanation,
        NextSessionExplanation::AgendaOpen { days_left: 1 }
    );
}

// --- arts. 36-37: extraordinary sessions ------------------------------------------------

#[test]
fn art_36_third_of_members_request_needs_a_third() {
    assert_eq!(third_of(35), 12);
    assert_eq!(
        validate_extraordinary_request(Trig::ThirdOfMembers, 11, 35),
        Err(ExtraordinaryRequestError::NotAThirdOfMembers {
            requesting: 11,
            needed: 12
        })
    );
    assert_eq!(
        validate_extraordinary_request(Trig::ThirdOfMembers, 12, 35),
        Ok(())
    );
}

#[test]
fn art_36_absolute_majority_request() {
    assert_eq!(
        validate_extraordinary_request(Trig::AbsoluteMajority, 17, 35),
        Err(ExtraordinaryRequestError::NotAnAbsoluteMajority {
            requesting: 17,
            needed: 18
        })
    );
    assert_eq!(
        validate_extraordinary_request(Trig::AbsoluteMajority, 18, 35),
        Ok(())
    );
}

#[test]
fn arts_36_37_president_and_governor_need_no_count() {
    assert_eq!(
        validate_extraordinary_request(Trig::President, 0, 35),
        Ok(())
    );
    assert_eq!(
        validate_extraordinary_request(Trig::Governor, 0, 35),
        Ok(())
    );
}

#[test]
fn arts_36_37_request_deadlines() {
    let on = d(2027, 3, 1);
    let third = extraordinary_deadlines(Trig::ThirdOfMembers, on);
    assert_eq!(third.refusal_notice_by, Some(d(2027, 3, 11)));
    assert_eq!(third.meet_by, None);
    let majority = extraordinary_deadlines(Trig::AbsoluteMajority, on);
    assert_eq!(majority.meet_by, Some(d(2027, 3, 16)));
    assert_eq!(majority.notice_days, 10);
    let governor = extraordinary_deadlines(Trig::Governor, on);
    assert_eq!(governor.meet_by, Some(d(2027, 3, 11)));
    assert_eq!(governor.notice_days, 3);
    let president = extraordinary_deadlines(Trig::President, on);
    assert_eq!(
        (president.refusal_notice_by, president.meet_by),
        (None, None)
    );
}

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

// --- arts. 40-41: agenda --------------------------------------------------------------------

#[test]
fn art_40_member_item_refused_with_reasons() {
    let reasons = Reasons::new("outside the commune's powers (art. 77)").expect("reasons");
    assert_eq!(
        decide_item_request(
            3,
            35,
            ItemRequestAnswer::Refuse {
                reasons: reasons.clone()
            }
        ),
        Ok(ItemRequestOutcome::Refused { reasons })
    );
}

#[test]
fn art_40_refusal_without_reasons_cannot_be_built() {
    assert!(Reasons::new("   ").is_err());
}

#[test]
fn art_40_item_requested_by_half_the_members_is_mandatory() {
    assert!(is_mandatory_item(17, 34));
    assert!(!is_mandatory_item(17, 35));
    assert!(is_mandatory_item(18, 35));
    let reasons = Reasons::new("no").expect("reasons");
    assert_eq!(
        decide_item_request(18, 35, ItemRequestAnswer::Refuse { reasons }),
        Err(AgendaError::MandatoryItemCannotBeRefused {
            requesting: 18,
            members_in_office: 35
        })
    );
    assert_eq!(
        decide_item_request(18, 35, ItemRequestAnswer::Include),
        Ok(ItemRequestOutcome::Included { mandatory: true })
    );
    assert_eq!(
        decide_item_request(2, 35, ItemRequestAnswer::Include),
        Ok(ItemRequestOutcome::Included { mandatory: false })
    );
}

#[test]
fn art_40_exactly_half_the_members_is_enough_not_more_than_half() {
    // Art. 40 para. 4 says "half" (نصف), not "more than half" (أكثر من نصف, art. 42).
    assert!(is_mandatory_item(5, 10));
    assert!(!is_mandatory_item(4, 10));
    // An odd council: half of 9 is 4.5, so 5 members are needed.
    assert!(is_mandatory_item(5, 9));
    assert!(!is_mandatory_item(4, 9));
    assert!(is_mandatory_item(9, 9));
}

#[test]
fn art_40_one_member_item_may_be_refused_half_the_members_item_may_not() {
    let reasons = Reasons::new("hors compétence").expect("reasons");
    assert_eq!(
        decide_item_request(
            1,
            9,
            ItemRequestAnswer::Refuse {
                reasons: reasons.clone()
            }
        ),
        Ok(ItemRequestOutcome::Refused {
            reasons: reasons.clone()
        })
    );
    assert_eq!(
        decide_item_request(5, 9, ItemRequestAnswer::Refuse { reasons }),
        Err(AgendaError::MandatoryItemCannotBeRefused {
            requesting: 5,
            members_in_office: 9
        })
    );
}

#[test]
fn art_41_no_deliberation_outside_the_agenda_or_under_pending_objection() {
    let ok = ItemStanding {
        on_agenda: true,
        within_council_powers: true,
        objection_pending_in_court: false,
    };
    assert!(deliberation_bars(ok).is_empty());
    let bad = ItemStanding {
        on_agenda: false,
        within_council_powers: false,
        objection_pending_in_court: true,
    };
    assert_eq!(
        deliberation_bars(bad),
        vec![
            DeliberationBar::NotOnAgenda,
            DeliberationBar::OutsideCouncilPowers,
            DeliberationBar::ObjectionPendingInCourt
        ]
    );
}

// --- art. 28: referral to a committee and its report -----------------------------------------

#[test]
fn art_28_vote_needs_a_committee_and_its_report() {
    assert_eq!(
        validate_committee_study(None, None, None),
        Err(CommitteeStudyError::NotReferred)
    );
    assert_eq!(
        validate_committee_study(None, Some("Avis favorable"), None),
        Err(CommitteeStudyError::NotReferred)
    );
    assert_eq!(
        validate_committee_study(Some(3), None, None),
        Err(CommitteeStudyError::NoReport)
    );
    assert_eq!(
        validate_committee_study(Some(3), Some("  "), None),
        Err(CommitteeStudyError::NoReport)
    );
    assert_eq!(
        validate_committee_study(Some(3), Some("Avis favorable"), None),
        Ok(())
    );
}

#[test]
fn art_28_the_council_decides_without_debate_on_an_unstudied_item() {
    use StudyDecision::*;
    // The decision to deliberate stands in for the report; not to deliberate bars the vote,
    // even if a report comes afterwards.
    assert_eq!(
        validate_committee_study(Some(3), None, Some(Deliberate)),
        Ok(())
    );
    assert_eq!(
        validate_committee_study(Some(3), None, Some(NotDeliberate)),
        Err(CommitteeStudyError::CouncilDeclined)
    );
    assert_eq!(
        validate_committee_study(Some(3), Some("Avis"), Some(NotDeliberate)),
        Err(CommitteeStudyError::CouncilDeclined)
    );
    assert_eq!(
        validate_committee_study(None, None, Some(Deliberate)),
        Err(CommitteeStudyError::NotReferred)
    );
    let item = UnstudiedItem {
        committee_id: Some(3),
        report: None,
        session_days: (d(2027, 2, 1), d(2027, 2, 12)),
        members_in_office: 35,
    };
    let counts = |in_favour, against, abstain| VoteCounts {
        in_favour,
        against,
        abstain,
    };
    let on = d(2027, 2, 3);
    // By the majority of votes cast: abstentions do not count, a tie is no majority.
    assert_eq!(
        decide_unstudied_item(item, counts(12, 10, 9), on),
        Ok(Deliberate)
    );
    assert_eq!(
        decide_unstudied_item(item, counts(10, 12, 0), on),
        Ok(NotDeliberate)
    );
    assert_eq!(
        decide_unstudied_item(item, counts(11, 11, 2), on),
        Ok(NotDeliberate)
    );
    assert_eq!(
        decide_unstudied_item(item, counts(0, 0, 20), on),
        Ok(NotDeliberate)
    );
    assert_eq!(
        decide_unstudied_item(item, counts(30, 6, 0), on),
        Err(StudyDecisionError::CountsExceedMembers)
    );
    assert_eq!(
        decide_unstudied_item(item, counts(12, 10, 0), d(2027, 2, 13)),
        Err(StudyDecisionError::OutsideSession)
    );
    let reported = UnstudiedItem {
        report: Some("Avis favorable"),
        ..item
    };
    assert_eq!(
        decide_unstudied_item(reported, counts(12, 10, 0), on),
        Err(StudyDecisionError::Reported)
    );
    let unreferred = UnstudiedItem {
        committee_id: None,
        ..item
    };
    assert_eq!(
        decide_unstudied_item(unreferred, counts(12, 10, 0), on),
        Err(StudyDecisionError::NotReferred)
    );
}

// --- art. 46: written questions -------------------------------------------------------------

#[test]
fn art_46_written_question_received_a_month_before() {
    assert_eq!(written_question_deadline(d(2027, 2, 1)), d(2027, 1, 1));
    assert_eq!(written_question_deadline(d(2027, 3, 31)), d(2027, 2, 28));
}

// --- art. 47: deliberation numbers ----------------------------------------------------------

#[test]
fn art_47_deliberation_number_format_round_trips() {
    let n = DeliberationNumber {
        year: 2027,
        sequence: 12,
    };
    assert_eq!(n.to_string(), "12/2027");
    assert_eq!(" 12/2027 ".parse::<DeliberationNumber>(), Ok(n));
}

#[test]
fn art_47_deliberation_number_rejects_malformed_input() {
    use DeliberationNumberError as E;
    for (text, err) in [
        ("12-2027", E::Format),
        ("12/", E::Format),
        ("/2027", E::Format),
        ("a/2027", E::Format),
        ("+1/2027", E::Format),
        ("012/2027", E::Format),
        ("12/2027/1", E::Format),
        ("0/2027", E::ZeroSequence),
        ("12/27", E::Year),
        ("12/02027", E::Year),
        ("99999999999/2027", E::Format),
    ] {
        assert_eq!(text.parse::<DeliberationNumber>(), Err(err), "{text}");
    }
}

#[test]
fn art_47_numbering_restarts_each_year_and_sorts_in_order() {
    assert_eq!(
        next_deliberation_number(2027, None),
        DeliberationNumber::first(2027)
    );
    let last = DeliberationNumber {
        year: 2027,
        sequence: 11,
    };
    assert_eq!(
        next_deliberation_number(2027, Some(last)).to_string(),
        "12/2027"
    );
    assert_eq!(
        next_deliberation_number(2028, Some(last)).to_string(),
        "1/2028"
    );
    assert!(last < DeliberationNumber::first(2028));
    assert!(DeliberationNumber::first(2027) < last);
}

#[test]
fn art_38_125_46_an_automatic_session_takes_the_usual_place() {
    // Arts. 38, 125 (the session created for an accepted petition) and 46 (the place is
    // posted at the commune's seat): never "—" when a place is known.
    let seat = "شارع محمد الخامس، تارودانت";
    assert_eq!(
        usual_session_place(&["—", "قاعة المداولات", "Salle B"], seat),
        Some("قاعة المداولات")
    );
    assert_eq!(usual_session_place(&["—", " "], seat), Some(seat));
    assert_eq!(usual_session_place(&[], seat), Some(seat));
    assert_eq!(usual_session_place(&["—"], ""), None);
}

// --- art. 36: the president's answer to a members' request ----------------------------------

#[test]
fn art_36_a_third_may_be_refused_with_reasons_within_10_days() {
    let on = d(2026, 3, 2);
    // 12 of 35: a third, not a majority.
    assert_eq!(validate_request_refusal(12, 35, on, d(2026, 3, 12)), Ok(()));
    assert_eq!(
        validate_request_refusal(12, 35, on, d(2026, 3, 13)),
        Err(RequestRefusalError::TooLate {
            refuse_by: d(2026, 3, 12)
        })
    );
    assert_eq!(
        validate_request_refusal(12, 35, on, d(2026, 3, 1)),
        Err(RequestRefusalError::BeforeRequest)
    );
}

#[test]
fn art_36_a_majority_request_cannot_be_refused() {
    assert_eq!(
        validate_request_refusal(18, 35, d(2026, 3, 2), d(2026, 3, 3)),
        Err(RequestRefusalError::MandatoryForMajority)
    );
}

#[test]
fn art_36_request_standing_and_the_obligation_to_convene() {
    let on = d(2026, 3, 2);
    assert_eq!(
        request_standing(12, 35, on, (false, false), d(2026, 3, 5)),
        RequestStanding::AwaitingAnswer {
            refuse_by: d(2026, 3, 12)
        }
    );
    assert_eq!(
        request_standing(12, 35, on, (true, false), d(2026, 3, 20)),
        RequestStanding::Refused
    );
    // No refusal within 10 days: the president must convene.
    assert_eq!(
        request_standing(12, 35, on, (false, false), d(2026, 3, 13)),
        RequestStanding::MustConvene {
            meet_by: None,
            overdue: false
        }
    );
    // An absolute majority: within 15 days, overdue after.
    assert_eq!(
        request_standing(18, 35, on, (false, false), d(2026, 3, 17)),
        RequestStanding::MustConvene {
            meet_by: Some(d(2026, 3, 17)),
            overdue: false
        }
    );
    assert_eq!(
        request_standing(18, 35, on, (false, false), d(2026, 3, 18)),
        RequestStanding::MustConvene {
            meet_by: Some(d(2026, 3, 17)),
            overdue: true
        }
    );
    assert_eq!(
        request_standing(18, 35, on, (false, true), d(2026, 3, 18)),
        RequestStanding::Convened
    );
}

// --- art. 41: the governor's objection --------------------------------------------------------

#[test]
fn art_41_no_deliberation_while_the_court_has_not_ruled() {
    assert!(deliberation_bars(standing_under_objection(false, None)).is_empty());
    assert_eq!(
        deliberation_bars(standing_under_objection(true, None)),
        vec![DeliberationBar::ObjectionPendingInCourt]
    );
    assert_eq!(
        deliberation_bars(standing_under_objection(true, Some(CourtRuling::Upheld))),
        vec![DeliberationBar::OutsideCouncilPowers]
    );
    assert!(
        deliberation_bars(standing_under_objection(true, Some(CourtRuling::Dismissed))).is_empty()
    );
}

#[test]
fn art_46_a_question_goes_to_the_first_session_a_month_away() {
    let starts = [d(2027, 5, 3), d(2027, 2, 1), d(2027, 10, 4)];
    assert_eq!(
        session_for_question(d(2027, 1, 1), &starts),
        Some(d(2027, 2, 1))
    );
    assert_eq!(
        session_for_question(d(2027, 1, 2), &starts),
        Some(d(2027, 5, 3))
    );
    assert_eq!(session_for_question(d(2027, 9, 5), &starts), None);
}

#[test]
fn art_46_the_answer_is_given_during_the_session() {
    let (start, last) = (d(2027, 2, 1), d(2027, 2, 12));
    assert_eq!(validate_answer_day(d(2027, 2, 3), start, last), Ok(()));
    assert_eq!(
        validate_answer_day(d(2027, 2, 13), start, last),
        Err(AnswerDayError::OutsideSession)
    );
    assert_eq!(
        validate_answer_day(d(2027, 1, 31), start, last),
        Err(AnswerDayError::OutsideSession)
    );
}
