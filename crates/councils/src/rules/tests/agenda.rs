//! Agenda, committee study, written questions and deliberation numbers (arts. 28, 40–41, 46–47).

use super::*;

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
