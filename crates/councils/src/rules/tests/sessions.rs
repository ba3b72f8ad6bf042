//! Sessions: ordinary dates, deadlines, extension, extraordinary requests (arts. 33–39).

use super::*;

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
