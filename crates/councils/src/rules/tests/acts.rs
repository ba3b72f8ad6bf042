//! Issue 16's rules (acts.rs): act dates, notices, convocations, signatures, the register.

use super::*;
use crate::model::{Convocation as C, ItemSource, VoteChoice};

// --- art. 47: no act dated in the future ---------------------------------------------------

#[test]
fn art_47_an_act_dated_after_today_is_refused() {
    let today = d(2026, 12, 1);
    assert_eq!(validate_not_in_future(today, today), Ok(()));
    assert_eq!(validate_not_in_future(d(2026, 11, 30), today), Ok(()));
    // Seen on main: votes dated 3 May 2027 accepted on 1 December 2026.
    assert_eq!(
        validate_not_in_future(d(2027, 5, 3), today),
        Err(ActDateError::InTheFuture {
            date: d(2027, 5, 3)
        })
    );
}

// --- arts. 35, 37, 38: notice deadlines --------------------------------------------------

#[test]
fn art_38_a_session_planned_past_its_agenda_deadline_is_refused() {
    // Seen on main: created on 1 December for an extraordinary session on 8 December.
    let president = SessionKind::Extraordinary(Trig::President);
    assert_eq!(
        validate_planning(president, d(2026, 12, 8), d(2026, 12, 1), &cal()),
        Err(NoticeError::AgendaToGovernorPassed {
            deadline: d(2026, 11, 18)
        })
    );
    // 1 February 2027: the agenda is due on 12 January; planned on the 12th, in time.
    assert_eq!(
        validate_planning(FEB, d(2027, 2, 1), d(2027, 1, 12), &cal()),
        Ok(())
    );
    assert!(validate_planning(FEB, d(2027, 2, 1), d(2027, 1, 13), &cal()).is_err());
    // A past session entered after the fact is not planned now.
    assert_eq!(
        validate_planning(FEB, d(2026, 2, 2), d(2026, 12, 1), &cal()),
        Ok(())
    );
}

#[test]
fn arts_35_37_convening_after_the_notice_deadline_is_refused() {
    // Art. 35: 10 days.
    assert_eq!(
        validate_convening(FEB, d(2027, 2, 1), d(2027, 1, 22), &cal()),
        Ok(())
    );
    assert_eq!(
        validate_convening(FEB, d(2027, 2, 1), d(2027, 1, 23), &cal()),
        Err(NoticeError::NoticePassed {
            deadline: d(2027, 1, 22)
        })
    );
    // Art. 37: 3 days for the governor's session, which has no art. 38 deadline.
    assert_eq!(
        validate_planning(GOVERNOR, d(2026, 12, 8), d(2026, 12, 5), &cal()),
        Ok(())
    );
    assert_eq!(
        validate_planning(GOVERNOR, d(2026, 12, 8), d(2026, 12, 6), &cal()),
        Err(NoticeError::NoticePassed {
            deadline: d(2026, 12, 5)
        })
    );
}

#[test]
fn arts_38_39_items_join_until_the_agenda_goes_and_the_governors_within_8_days() {
    let start = d(2027, 2, 1); // agenda due 12 January; governor's additions until the 20th
    let ok = |source, today| validate_item_addition(FEB, start, source, today, &cal());
    assert_eq!(ok(ItemSource::President, d(2027, 1, 12)), Ok(()));
    assert_eq!(
        ok(ItemSource::President, d(2027, 1, 13)),
        Err(NoticeError::AgendaToGovernorPassed {
            deadline: d(2027, 1, 12)
        })
    );
    assert_eq!(ok(ItemSource::Governor, d(2027, 1, 20)), Ok(()));
    assert_eq!(
        ok(ItemSource::Governor, d(2027, 1, 21)),
        Err(NoticeError::GovernorAdditionsPassed {
            deadline: d(2027, 1, 20)
        })
    );
}

// --- art. 42: the sequence of convocations ---------------------------------------------

fn prior(convocation: C, date: NaiveDate, quorum_missed: bool) -> Option<PriorSitting> {
    Some(PriorSitting {
        convocation,
        date,
        quorum_missed,
    })
}

#[test]
fn art_42_a_third_convocation_needs_a_failed_second() {
    use ConvocationSequenceError as E;
    let seq = |c, p, date| validate_convocation_sequence(FEB, c, p, date, &cal());
    // Seen on main: a "third convocation" the day after a quorate first sitting.
    assert_eq!(
        seq(
            C::Third,
            prior(C::First, d(2027, 2, 1), false),
            d(2027, 2, 2)
        ),
        Err(E::NoFailedSecond)
    );
    assert_eq!(seq(C::Second, None, d(2027, 2, 2)), Err(E::NoFailedFirst));
    // After a failed first: the second, 3 to 5 days later; not a new first, not a third.
    let failed_first = prior(C::First, d(2027, 2, 1), true);
    assert_eq!(
        seq(C::First, failed_first, d(2027, 2, 4)),
        Err(E::NextConvocationExpected {
            expected: C::Second
        })
    );
    assert_eq!(
        seq(C::Third, failed_first, d(2027, 2, 4)),
        Err(E::NextConvocationExpected {
            expected: C::Second
        })
    );
    assert_eq!(
        seq(C::Second, failed_first, d(2027, 2, 3)),
        Err(E::Date(ConvocationDateError::TooEarly {
            earliest: d(2027, 2, 4)
        }))
    );
    assert_eq!(seq(C::Second, failed_first, d(2027, 2, 4)), Ok(()));
    assert_eq!(
        seq(C::Second, failed_first, d(2027, 2, 7)),
        Err(E::Date(ConvocationDateError::TooLate {
            latest: d(2027, 2, 6)
        }))
    );
    // After a failed second (Thursday 4 Feb): the third after the third working day
    // (Tuesday 9) — from Wednesday 10.
    let failed_second = prior(C::Second, d(2027, 2, 4), true);
    assert_eq!(
        seq(C::Third, failed_second, d(2027, 2, 9)),
        Err(E::Date(ConvocationDateError::TooEarly {
            earliest: d(2027, 2, 10)
        }))
    );
    assert_eq!(seq(C::Third, failed_second, d(2027, 2, 10)), Ok(()));
    assert_eq!(
        seq(C::First, failed_second, d(2027, 2, 10)),
        Err(E::NextConvocationExpected { expected: C::Third })
    );
    // After a sitting that deliberated, the next one is a first convocation again.
    assert_eq!(
        seq(
            C::First,
            prior(C::First, d(2027, 2, 1), false),
            d(2027, 2, 2)
        ),
        Ok(())
    );
}

#[test]
fn art_42_religious_holidays_entered_for_the_year_move_the_third_convocation() {
    // Second sitting Thursday 4 February 2027; with 5 and 8 February entered as holidays
    // the third working day after it is Thursday 11, so the third sitting is from the 12th
    // (from the 10th with the fixed civil holidays only).
    let with_holidays = cal().with_holiday_dates([d(2027, 2, 5), d(2027, 2, 8)]);
    let failed_second = prior(C::Second, d(2027, 2, 4), true);
    assert_eq!(
        validate_convocation_sequence(FEB, C::Third, failed_second, d(2027, 2, 10), &with_holidays),
        Err(ConvocationSequenceError::Date(
            ConvocationDateError::TooEarly {
                earliest: d(2027, 2, 12)
            }
        ))
    );
    assert_eq!(
        validate_convocation_sequence(FEB, C::Third, failed_second, d(2027, 2, 10), &cal()),
        Ok(())
    );
}

#[test]
fn art_37_the_governors_session_has_no_third_convocation() {
    let failed_second = prior(C::Second, d(2027, 2, 4), true);
    assert_eq!(
        validate_convocation_sequence(GOVERNOR, C::Third, failed_second, d(2027, 2, 15), &cal()),
        Err(ConvocationSequenceError::Date(
            ConvocationDateError::NoThirdConvocation
        ))
    );
}

// --- art. 43: ties ------------------------------------------------------------------------

#[test]
fn art_43_a_tie_entered_as_counts_only_is_refused() {
    let input = VoteInput {
        counts: crate::model::VoteCounts {
            in_favour: 10,
            against: 10,
            abstain: 0,
        },
        matter: crate::model::Matter::General,
        ballot: crate::model::Ballot::First,
        members_in_office: 35,
        members_present: 20,
        president_vote: Some(VoteChoice::InFavour),
    };
    let out = outcome(&input).expect("counts fit");
    assert_eq!(out.decision, Decision::Adopted);
    assert_eq!(
        validate_tie_record(&out, false),
        Err(TieRecordError::EachVoteRequired)
    );
    assert_eq!(validate_tie_record(&out, true), Ok(()));
    let clear = outcome(&VoteInput {
        counts: crate::model::VoteCounts {
            in_favour: 11,
            against: 9,
            abstain: 0,
        },
        ..input
    })
    .expect("counts fit");
    assert_eq!(validate_tie_record(&clear, false), Ok(()));
}

// --- art. 47: signatures and the register ------------------------------------------------

#[test]
fn art_47_a_decision_needs_the_presidents_and_the_secretarys_signatures() {
    let none = Signatures::default();
    let p = add_signature(none, SignatoryOffice::President).expect("first");
    assert!(!p.complete(), "one signature is not enough");
    assert_eq!(
        add_signature(p, SignatoryOffice::President),
        Err(SignatureError::AlreadySigned)
    );
    // The deputy secretary stands in for the secretary (art. 23).
    let both = add_signature(p, SignatoryOffice::DeputySecretary).expect("second");
    assert!(both.complete());
    assert_eq!(
        add_signature(both, SignatoryOffice::Secretary),
        Err(SignatureError::AlreadySigned)
    );
}

#[test]
fn art_47_register_numbers_follow_the_decision_date_not_the_typing_order() {
    let e = |sequence, decided_on, signed| RegisterEntry {
        sequence,
        decided_on,
        signed,
    };
    // Empty register: number 1.
    assert_eq!(register_position(d(2026, 2, 2), &[]), Ok((1, vec![])));
    // 5 February typed first (no. 1, unsigned); the 2 February decision takes no. 1 and the
    // 5 February one moves to no. 2.
    let entries = [e(1, d(2026, 2, 5), false)];
    assert_eq!(register_position(d(2026, 2, 2), &entries), Ok((1, vec![1])));
    // Same date or later: the next number.
    assert_eq!(register_position(d(2026, 2, 5), &entries), Ok((2, vec![])));
    // A later decision already signed cannot move.
    let signed = [e(1, d(2026, 2, 2), true), e(2, d(2026, 2, 5), true)];
    assert_eq!(
        register_position(d(2026, 2, 3), &signed),
        Err(RegisterOrderError::LaterDecisionSigned {
            latest: d(2026, 2, 5)
        })
    );
    // Several later drafts shift, highest first (the unique number is never taken twice).
    let drafts = [
        e(1, d(2026, 2, 2), true),
        e(2, d(2026, 2, 5), false),
        e(3, d(2026, 2, 6), false),
    ];
    assert_eq!(
        register_position(d(2026, 2, 3), &drafts),
        Ok((2, vec![3, 2]))
    );
}

// --- arts. 36-37: extraordinary sessions on request ---------------------------------------

#[test]
fn art_36_a_session_on_request_records_it_and_meets_in_time() {
    use ExtraordinarySessionError as E;
    let req = |on, n| {
        Some(ExtraordinaryRequest {
            requested_on: on,
            requesting_members: n,
        })
    };
    let today = d(2026, 12, 1);
    let check = |t, r, start| validate_extraordinary_session(t, r, 35, start, today);
    assert_eq!(check(Trig::President, None, d(2027, 1, 4)), Ok(()));
    assert_eq!(
        check(Trig::ThirdOfMembers, None, d(2027, 1, 4)),
        Err(E::RequestMissing)
    );
    // A third of 35 is 12.
    assert_eq!(
        check(
            Trig::ThirdOfMembers,
            req(d(2026, 11, 20), 11),
            d(2027, 1, 4)
        ),
        Err(E::Count(ExtraordinaryRequestError::NotAThirdOfMembers {
            requesting: 11,
            needed: 12
        }))
    );
    assert_eq!(
        check(
            Trig::ThirdOfMembers,
            req(d(2026, 11, 20), 12),
            d(2027, 1, 4)
        ),
        Ok(())
    );
    // An absolute majority (18 of 35): held within 15 days of the request.
    assert_eq!(
        check(
            Trig::AbsoluteMajority,
            req(d(2026, 11, 20), 18),
            d(2026, 12, 5)
        ),
        Ok(())
    );
    assert_eq!(
        check(
            Trig::AbsoluteMajority,
            req(d(2026, 11, 20), 18),
            d(2026, 12, 6)
        ),
        Err(E::MeetingTooLate {
            meet_by: d(2026, 12, 5)
        })
    );
    // Art. 37: the governor's, within 10 days; a request dated tomorrow is refused.
    assert_eq!(
        check(Trig::Governor, req(d(2026, 11, 28), 0), d(2026, 12, 9)),
        Err(E::MeetingTooLate {
            meet_by: d(2026, 12, 8)
        })
    );
    assert_eq!(
        check(Trig::Governor, req(d(2026, 12, 2), 0), d(2026, 12, 8)),
        Err(E::RequestInTheFuture)
    );
    // The mandatory session is not blocked by the 20 days of art. 38, only by the notice.
    let majority = SessionKind::Extraordinary(Trig::AbsoluteMajority);
    assert_eq!(
        validate_planning(majority, d(2026, 12, 11), d(2026, 12, 1), &cal()),
        Ok(())
    );
}
