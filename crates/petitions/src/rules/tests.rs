//! Unit tests of the petition rules; each test names the article it pins.

use super::*;
use musharaka_councils::{NextSessionExplanation, OrdinaryMonth};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

// --- art. 123: threshold --------------------------------------------------------------------

#[test]
fn art_123_threshold_100_under_35000() {
    assert_eq!(signature_threshold(34_999, false), 100);
    assert_eq!(signature_threshold(0, false), 100);
}

#[test]
fn art_123_threshold_200_from_35000() {
    assert_eq!(signature_threshold(35_000, false), 200);
    assert_eq!(signature_threshold(1_000_000, false), 200);
}

#[test]
fn art_123_threshold_400_with_arrondissements() {
    assert_eq!(signature_threshold(34_999, true), 400);
    assert_eq!(signature_threshold(3_500_000, true), 400);
}

#[test]
fn art_123_deposit_needs_the_threshold() {
    assert_eq!(check_citizens_deposit(100, 100), Ok(()));
    assert_eq!(
        check_citizens_deposit(99, 100),
        Err(DepositError::NotEnoughSignatures {
            valid: 99,
            needed: 100
        })
    );
}

// --- art. 124: associations -----------------------------------------------------------------

fn complete_file(founded_on: NaiveDate) -> AssociationFile {
    AssociationFile {
        founded_on,
        seat_or_branch_in_commune: true,
        has_final_receipt: true,
        has_statutes: true,
        has_mandate: true,
        activity_related_to_subject: true,
        democratic_and_statutory_operation: true,
        in_good_standing: true,
    }
}

#[test]
fn art_124_exactly_three_years_is_not_more_than_three_years() {
    let file = complete_file(d(2021, 3, 15));
    assert_eq!(
        association_unmet_conditions(&file, d(2024, 3, 15)),
        vec![AssociationCondition::FoundedMoreThanThreeYears {
            eligible_from: d(2024, 3, 16)
        }]
    );
    assert!(association_unmet_conditions(&file, d(2024, 3, 16)).is_empty());
    assert!(!association_unmet_conditions(&file, d(2022, 1, 1)).is_empty());
}

#[test]
fn art_124_founded_on_29_february() {
    // Third anniversary in a common year is 28 Feb; more than 3 years from 1 Mar.
    assert_eq!(association_eligible_from(d(2020, 2, 29)), d(2023, 3, 1));
}

#[test]
fn art_124_every_unmet_condition_is_listed() {
    let file = AssociationFile {
        founded_on: d(2024, 1, 1),
        seat_or_branch_in_commune: false,
        has_final_receipt: false,
        has_statutes: false,
        has_mandate: false,
        activity_related_to_subject: false,
        democratic_and_statutory_operation: false,
        in_good_standing: false,
    };
    use AssociationCondition as C;
    assert_eq!(
        association_unmet_conditions(&file, d(2025, 1, 1)),
        vec![
            C::FoundedMoreThanThreeYears {
                eligible_from: d(2027, 1, 2)
            },
            C::SeatOrBranchInCommune,
            C::ActivityRelatedToSubject,
            C::DemocraticOperation,
            C::GoodStanding,
            C::FinalReceipt,
            C::Statutes,
            C::Mandate,
        ]
    );
}

#[test]
fn art_124_deposit_checks_what_the_association_shows_and_leaves_the_rest_to_the_bureau() {
    let pending_bureau = AssociationFile {
        activity_related_to_subject: false,
        in_good_standing: false,
        ..complete_file(d(2015, 6, 1))
    };
    assert_eq!(
        check_association_deposit(&pending_bureau, d(2027, 1, 10)),
        Ok(())
    );

    let no_statutes = AssociationFile {
        has_statutes: false,
        ..complete_file(d(2015, 6, 1))
    };
    assert_eq!(
        check_association_deposit(&no_statutes, d(2027, 1, 10)),
        Err(DepositError::AssociationFileIncomplete {
            unmet: vec![AssociationCondition::Statutes]
        })
    );
}

#[test]
fn decree_missing_mandate_is_left_to_the_bureau_but_listed() {
    let no_mandate = AssociationFile {
        has_mandate: false,
        ..complete_file(d(2015, 6, 1))
    };
    assert_eq!(
        check_association_deposit(&no_mandate, d(2027, 1, 10)),
        Ok(())
    );
    assert_eq!(
        association_unmet_conditions(&no_mandate, d(2027, 1, 10)),
        vec![AssociationCondition::Mandate]
    );
}

// --- art. 123: signers ----------------------------------------------------------------------

fn signer(birth_date: NaiveDate, signed_on: NaiveDate) -> SignerFacts {
    SignerFacts {
        birth_date,
        signed_on,
        tie: Some(CommuneTie::Residence),
        declares_electoral_conditions: true,
        declares_common_interest: true,
    }
}

#[test]
fn art_123_signer_adult_on_the_18th_birthday() {
    let birth = d(2009, 1, 20);
    assert!(signer_unmet_conditions(&signer(birth, d(2027, 1, 20))).is_empty());
    assert_eq!(
        signer_unmet_conditions(&signer(birth, d(2027, 1, 19))),
        vec![SignerCondition::Adult {
            adult_from: d(2027, 1, 20)
        }]
    );
}

#[test]
fn art_123_signer_born_29_february() {
    assert_eq!(adult_from(d(2008, 2, 29)), d(2026, 2, 28));
    assert!(!is_adult_on(d(2008, 2, 29), d(2026, 2, 27)));
    assert!(is_adult_on(d(2008, 2, 29), d(2026, 2, 28)));
}

#[test]
fn art_123_signer_needs_tie_and_declarations() {
    let facts = SignerFacts {
        tie: None,
        declares_electoral_conditions: false,
        declares_common_interest: false,
        ..signer(d(1980, 5, 5), d(2027, 1, 1))
    };
    assert_eq!(
        signer_unmet_conditions(&facts),
        vec![
            SignerCondition::ResidenceOrActivityInCommune,
            SignerCondition::ElectoralConditionsDeclared,
            SignerCondition::CommonInterestDeclared,
        ]
    );
    let worker = SignerFacts {
        tie: Some(CommuneTie::Activity),
        ..signer(d(1980, 5, 5), d(2027, 1, 1))
    };
    assert!(signer_unmet_conditions(&worker).is_empty());
}

// --- decree 2.16.403 art. 3: CIN ------------------------------------------------------------

#[test]
fn decree_art_3_cin_accepts_one_or_two_letters_and_digits() {
    for (input, expected) in [
        ("AB123456", "AB123456"),
        ("J123456", "J123456"),
        (" ab 123 456 ", "AB123456"),
        ("bk12345", "BK12345"),
        ("A1", "A1"),
        ("ab١٢٣٤٥٦", "AB123456"),
        ("J۱۲۳", "J123"),
    ] {
        assert_eq!(
            Cin::parse(input).map(|c| c.as_str().to_owned()),
            Ok(expected.to_owned()),
            "{input}"
        );
    }
}

#[test]
fn decree_art_3_cin_rejects_other_shapes() {
    assert_eq!(Cin::parse("   "), Err(CinError::Empty));
    for input in [
        "123456",
        "ABC12345",
        "AB",
        "AB1234567",
        "AB-123456",
        "AB12345X",
        "É123456",
        "A 12 B3",
    ] {
        assert_eq!(Cin::parse(input), Err(CinError::Format), "{input}");
    }
}

#[test]
fn law_09_08_cin_debug_is_redacted() {
    let cin = Cin::parse("AB123456").expect("valid");
    let shown = format!("{cin:?}");
    assert!(!shown.contains("123456"), "{shown}");
}

// --- arts. 121, 125: bureau review ----------------------------------------------------------

#[test]
fn art_121_form_fields_and_requested_item() {
    assert!(missing_form_fields("Lighting", "Safety at night", "Light avenue X").is_empty());
    assert_eq!(
        missing_form_fields(" ", "reasons", ""),
        vec![FormField::Subject, FormField::RequestedItem]
    );
}

#[test]
fn art_121_bureau_checks_competence_and_constitution() {
    let ok = BureauChecklist {
        within_council_powers: true,
        respects_constitution_article_1: true,
        petitioners_conditions_met: true,
        form_and_documents_complete: true,
    };
    assert!(bureau_unmet_conditions(&ok).is_empty());
    let bad = BureauChecklist {
        within_council_powers: false,
        respects_constitution_article_1: false,
        ..ok
    };
    assert_eq!(
        bureau_unmet_conditions(&bad),
        vec![
            BureauCondition::WithinCouncilPowers,
            BureauCondition::RespectsConstitutionArticle1
        ]
    );
}

#[test]
fn arts_123_124_125_bureau_checks_petitioners_and_file() {
    let checklist = BureauChecklist {
        within_council_powers: true,
        respects_constitution_article_1: true,
        petitioners_conditions_met: false,
        form_and_documents_complete: false,
    };
    assert_eq!(
        bureau_unmet_conditions(&checklist),
        vec![
            BureauCondition::PetitionersConditions,
            BureauCondition::FormAndDocuments
        ]
    );
}

#[test]
fn art_125_review_deadline_is_three_calendar_months() {
    assert_eq!(review_deadline(d(2027, 1, 15)), d(2027, 4, 15));
    assert_eq!(review_deadline(d(2026, 11, 30)), d(2027, 2, 28));
    assert_eq!(review_deadline(d(2027, 11, 30)), d(2028, 2, 29));
    assert_eq!(review_deadline(d(2027, 3, 31)), d(2027, 6, 30));
}

#[test]
fn art_125_days_left_and_overdue() {
    let received = d(2026, 11, 30);
    assert_eq!(
        review_clock(received, d(2027, 1, 29)),
        ReviewClock {
            deadline: d(2027, 2, 28),
            days_left: 30,
            overdue: false
        }
    );
    let on_deadline = review_clock(received, d(2027, 2, 28));
    assert_eq!((on_deadline.days_left, on_deadline.overdue), (0, false));
    let late = review_clock(received, d(2027, 3, 1));
    assert_eq!((late.days_left, late.overdue), (-1, true));
}

#[test]
fn art_125_reminders_30_and_7_days_before() {
    let received = d(2027, 1, 15); // deadline 15 Apr 2027
    assert_eq!(
        reminder_dates(received),
        [
            (Reminder::ThirtyDaysBefore, d(2027, 3, 16)),
            (Reminder::SevenDaysBefore, d(2027, 4, 8)),
        ]
    );
    assert_eq!(
        reminder_due_on(received, d(2027, 3, 16)),
        Some(Reminder::ThirtyDaysBefore)
    );
    assert_eq!(
        reminder_due_on(received, d(2027, 4, 8)),
        Some(Reminder::SevenDaysBefore)
    );
    assert_eq!(reminder_due_on(received, d(2027, 4, 9)), None);
}

// --- arts. 38, 125: session for an accepted petition ----------------------------------------

#[test]
fn art_125_accepted_before_january_cut_off_goes_to_february() {
    let s = session_for_accepted_petition(d(2027, 1, 12), &[], &WorkingCalendar::default());
    assert_eq!(s.session.month, OrdinaryMonth::February);
    assert_eq!(s.session.start, d(2027, 2, 1));
    assert_eq!(
        s.explanation,
        NextSessionExplanation::AgendaOpen { days_left: 0 }
    );
}

#[test]
fn art_125_accepted_after_january_cut_off_slips_to_may_with_explanation() {
    let s = session_for_accepted_petition(d(2027, 1, 13), &[], &WorkingCalendar::default());
    assert_eq!(s.session.month, OrdinaryMonth::May);
    assert!(matches!(
        s.explanation,
        NextSessionExplanation::NearerAgendaClosed {
            missed_deadline,
            ..
        } if missed_deadline == d(2027, 1, 12)
    ));
}

#[test]
fn art_125_accepted_around_april_and_september_cut_offs() {
    let cal = WorkingCalendar::default();
    assert_eq!(
        session_for_accepted_petition(d(2027, 4, 13), &[], &cal)
            .session
            .month,
        OrdinaryMonth::May
    );
    assert_eq!(
        session_for_accepted_petition(d(2027, 4, 14), &[], &cal)
            .session
            .month,
        OrdinaryMonth::October
    );
    assert_eq!(
        session_for_accepted_petition(d(2027, 9, 11), &[], &cal)
            .session
            .start,
        d(2027, 10, 1)
    );
    assert_eq!(
        session_for_accepted_petition(d(2027, 9, 12), &[], &cal)
            .session
            .start,
        d(2028, 2, 1)
    );
}

// --- law 09.08: retention -------------------------------------------------------------------

#[test]
fn law_09_08_erasure_12_months_after_final_decision_by_default() {
    let policy = RetentionPolicy::default();
    assert_eq!(
        personal_data_erasure_date(d(2027, 2, 10), policy),
        d(2028, 2, 10)
    );
    assert!(!personal_data_erasure_due(
        d(2027, 2, 10),
        policy,
        d(2028, 2, 9)
    ));
    assert!(personal_data_erasure_due(
        d(2027, 2, 10),
        policy,
        d(2028, 2, 10)
    ));
}

#[test]
fn law_09_08_retention_is_configurable() {
    let policy = RetentionPolicy {
        months_after_final_decision: 6,
    };
    assert_eq!(
        personal_data_erasure_date(d(2027, 8, 31), policy),
        d(2028, 2, 29)
    );
}

// --- art. 125: the bureau's review is overdue only after its deadline day -------------------

#[test]
fn art_125_review_is_overdue_only_after_its_deadline_day() {
    let deadline = d(2026, 3, 31);
    assert!(!review_overdue(deadline, deadline));
    assert!(review_overdue(deadline, d(2026, 4, 1)));
    let received = d(2026, 1, 5);
    assert!(!review_clock(received, review_deadline(received)).overdue);
}

#[test]
fn art_124_seat_or_branch_in_the_commune() {
    // Art. 124: "its seat or a branch in the commune".
    assert!(seat_or_branch_in_commune(7, 7, None));
    assert!(!seat_or_branch_in_commune(3, 7, None));
    assert!(!seat_or_branch_in_commune(3, 7, Some("  ")));
    assert!(seat_or_branch_in_commune(
        3,
        7,
        Some("12 rue Tarik, Taroudant")
    ));
}

#[test]
fn decree_2_16_403_art_4_final_receipt_declared_and_checked() {
    // Decree 2.16.403 art. 4: the final registration receipt goes with the petition.
    let r = FinalReceipt {
        file_verified: true,
        number: "R-2012-15",
        dated: d(2012, 4, 2),
        founded_on: d(2012, 1, 15),
    };
    assert!(final_receipt_shown(&r, d(2026, 1, 1)));
    // The receipt's own date is enough; the day before it is not.
    assert!(final_receipt_shown(&r, d(2012, 4, 2)));
    assert!(!final_receipt_shown(&r, d(2012, 4, 1)));
    assert!(!final_receipt_shown(
        &FinalReceipt { number: " ", ..r },
        d(2026, 1, 1)
    ));
    assert!(!final_receipt_shown(
        &FinalReceipt {
            file_verified: false,
            ..r
        },
        d(2026, 1, 1)
    ));
    // A receipt dated before the founding is not this association's final receipt.
    assert!(!final_receipt_shown(
        &FinalReceipt {
            dated: d(2011, 1, 1),
            ..r
        },
        d(2026, 1, 1)
    ));
}

#[test]
fn art_38_and_125_the_placement_is_recorded_as_decided() {
    // Arts. 38 and 125: accepted on 1 September 2027, the October agenda is open until 11
    // September: the decision names October, and stays October once stored (serialised).
    let cal = WorkingCalendar::default();
    let next = session_for_accepted_petition(d(2027, 9, 1), &[], &cal);
    let decided = placement_decision(d(2027, 9, 1), d(2027, 10, 1), next).expect("consistent");
    assert_eq!(decided.session_start, d(2027, 10, 1));
    assert_eq!(decided.next.agenda_deadline, d(2027, 9, 11));
    let stored = serde_json::to_string(&decided).expect("json");
    let read: PlacementDecision = serde_json::from_str(&stored).expect("json");
    assert_eq!(read, decided);
    // An item placed on another session than the calculation's is refused, not explained.
    assert_eq!(
        placement_decision(d(2027, 9, 1), d(2028, 2, 1), next),
        Err(PlacementMismatch {
            placed_on: d(2028, 2, 1),
            computed: d(2027, 10, 1)
        })
    );
}

#[test]
fn art_125_a_postponed_petition_has_its_own_state_until_decided() {
    // Art. 125: the council's answer is owed; a postponement is not an answer.
    use crate::model::{CouncilDecision, PetitionEvent, PetitionKind, PetitionStatus as S};
    let postponed = S::Decided(CouncilDecision::Postponed);
    assert_eq!(status_after_postponement(S::OnAgenda), Some(postponed));
    assert_eq!(status_after_postponement(postponed), Some(postponed));
    assert_eq!(status_after_postponement(S::Accepted), None);
    assert_eq!(
        status_after_postponement(S::Decided(CouncilDecision::Accepted)),
        None
    );
    assert!(!postponed.is_final());
    // The later session decides it.
    assert_eq!(
        postponed.transition(
            PetitionKind::Citizens,
            PetitionEvent::Decide(CouncilDecision::Accepted)
        ),
        Ok(S::Decided(CouncilDecision::Accepted))
    );
}

#[test]
fn art_125_accepted_petition_is_referred_to_a_committee() {
    assert!(!referral_complete(true, None));
    assert!(referral_complete(true, Some(4)));
    assert!(referral_complete(false, None));
}
