//! The clocks of law 31.13 and decree 2.17.265 on working days with holidays.

use super::*;
use crate::model::{AnswerKind, RefusalGround, RequestStatus};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

/// Eid al-Fitr 2027 as an administrator would enter it (Tue 9 and Wed 10 March).
fn with_eid() -> WorkingCalendar {
    WorkingCalendar::default().with_holiday_dates([d(2027, 3, 9), d(2027, 3, 10)])
}

#[test]
fn art_16_twenty_working_days_skip_weekends_and_an_entered_eid() {
    // Received Monday 1 March 2027.
    assert_eq!(
        first_due(d(2027, 3, 1), false, &WorkingCalendar::default()),
        d(2027, 3, 29)
    );
    assert_eq!(first_due(d(2027, 3, 1), false, &with_eid()), d(2027, 3, 31));
}

#[test]
fn art_16_one_extension_of_the_same_length() {
    let cal = with_eid();
    let first = first_due(d(2027, 3, 1), false, &cal);
    assert_eq!(extended_due(first, false, &cal), d(2027, 4, 28));
}

#[test]
fn art_16_the_extension_notice_only_before_the_first_term_ends() {
    let first = d(2027, 3, 31);
    assert_eq!(
        check_extension(false, first, d(2027, 3, 30), "volume"),
        Ok(())
    );
    assert_eq!(check_extension(false, first, first, "volume"), Ok(()));
    assert_eq!(
        check_extension(false, first, d(2027, 4, 1), "volume"),
        Err(ExtensionError::TooLate)
    );
    assert_eq!(
        check_extension(true, first, d(2027, 3, 2), "volume"),
        Err(ExtensionError::AlreadyExtended)
    );
    assert_eq!(
        check_extension(false, first, d(2027, 3, 2), "  "),
        Err(ExtensionError::NoReason)
    );
}

#[test]
fn art_17_three_working_days_when_life_safety_or_liberty_is_at_stake() {
    // Thursday 7 January 2027: Fri 8, (11 Jan is a holiday), Tue 12, Wed 13.
    let cal = WorkingCalendar::default();
    assert_eq!(first_due(d(2027, 1, 7), true, &cal), d(2027, 1, 13));
    assert_eq!(answer_term(true), 3);
    assert_eq!(extended_due(d(2027, 1, 13), true, &cal), d(2027, 1, 19));
}

#[test]
fn days_left_count_working_days_and_go_negative_when_late() {
    let cal = with_eid();
    // From Monday 8 March to Friday 12 March: 11, 12 (9 and 10 are Eid).
    assert_eq!(working_days_left(d(2027, 3, 8), d(2027, 3, 12), &cal), 2);
    assert_eq!(working_days_left(d(2027, 3, 12), d(2027, 3, 12), &cal), 0);
    // Late since Friday 12: Mon 15 and Tue 16 March.
    assert_eq!(working_days_left(d(2027, 3, 16), d(2027, 3, 12), &cal), -2);
    assert!(is_overdue(d(2027, 3, 13), d(2027, 3, 12)));
}

#[test]
fn reminders_fall_five_working_days_before_and_on_the_day() {
    let cal = with_eid();
    // Due Friday 12 March: five working days before is Mon 1 March... 12 → 11, 8, 5, 4, 3.
    assert_eq!(
        reminder_dates(d(2027, 3, 1), d(2027, 3, 12), &cal),
        vec![d(2027, 3, 3), d(2027, 3, 12)]
    );
    assert_eq!(
        reminder_dates(d(2027, 3, 5), d(2027, 3, 12), &cal),
        vec![d(2027, 3, 12)]
    );
}

#[test]
fn art_19_appeal_window_of_twenty_working_days() {
    let cal = WorkingCalendar::default();
    // A refusal received Friday 2 April 2027: the window ends Friday 30 April.
    let refused = RequestStatus::Refused;
    assert_eq!(
        check_appeal(
            refused,
            Some(d(2027, 4, 2)),
            d(2027, 4, 5),
            d(2027, 4, 30),
            &cal
        ),
        Ok(d(2027, 4, 30))
    );
    assert_eq!(
        check_appeal(
            refused,
            Some(d(2027, 4, 2)),
            d(2027, 4, 5),
            d(2027, 5, 3),
            &cal
        ),
        Err(AppealError::TooLate)
    );
    // No answer: not before the term ends, then 20 working days from its end.
    let open = RequestStatus::Received;
    assert_eq!(
        check_appeal(open, None, d(2027, 3, 31), d(2027, 3, 31), &with_eid()),
        Err(AppealError::NotYet)
    );
    assert_eq!(
        check_appeal(open, None, d(2027, 3, 31), d(2027, 4, 1), &with_eid()),
        Ok(d(2027, 4, 28))
    );
    assert_eq!(
        check_appeal(
            RequestStatus::Delivered,
            Some(d(2027, 4, 2)),
            d(2027, 4, 5),
            d(2027, 4, 6),
            &cal
        ),
        Err(AppealError::NotAppealable)
    );
}

#[test]
fn art_19_and_20_the_heads_fifteen_days_then_the_commissions_thirty() {
    assert_eq!(appeal_decision_due(d(2027, 4, 20)), d(2027, 5, 5));
    assert_eq!(commission_last_day(d(2027, 4, 20), None), d(2027, 6, 4));
    assert_eq!(
        commission_last_day(d(2027, 4, 20), Some(d(2027, 4, 28))),
        d(2027, 5, 28)
    );
}

#[test]
fn art_18_a_refusal_names_its_ground_and_what_it_needs() {
    use AnswerMissing as M;
    // The same refusal with each ground: only the ground changes what is missing.
    let refused = |ground| answer_missing(AnswerKind::Refused, "x", ground, false, "");
    assert_eq!(refused(None), vec![M::Ground]);
    assert_eq!(refused(Some(RefusalGround::Exception)), vec![M::Exception]);
    assert_eq!(refused(Some(RefusalGround::Published)), vec![M::Detail]);
    assert!(refused(Some(RefusalGround::NotHeld)).is_empty());
    // Art. 8: a partial release names the excepted part and its exception.
    assert_eq!(
        answer_missing(AnswerKind::Partial, "", None, false, ""),
        vec![M::Text, M::Detail, M::Exception]
    );
    assert!(answer_missing(AnswerKind::Delivered, "here", None, false, "").is_empty());
}

#[test]
fn art_18_requests_repeated_within_the_year() {
    let today = d(2027, 6, 1);
    assert_eq!(
        requests_within_year(&[d(2026, 5, 1), d(2026, 6, 2), d(2027, 5, 1)], today),
        2
    );
}

#[test]
fn decree_2_17_265_acknowledgement_in_15_days_answer_in_60() {
    assert_eq!(complaint_ack_due(d(2027, 1, 1)), d(2027, 1, 16));
    assert_eq!(complaint_answer_due(d(2027, 1, 1)), d(2027, 3, 2));
    let f = ComplaintFacts {
        kind: ComplaintKind::Complaint,
        category: Category::Lighting,
        district: Some("Al Qasba".into()),
        status: ComplaintStatus::Received,
        received_on: d(2027, 1, 1),
        acknowledged_on: None,
        answered_on: None,
    };
    assert!(!complaint_overdue(&f, d(2027, 1, 16)));
    assert!(complaint_overdue(&f, d(2027, 1, 17)));
    let acked = ComplaintFacts {
        status: ComplaintStatus::Acknowledged,
        acknowledged_on: Some(d(2027, 1, 5)),
        ..f.clone()
    };
    assert!(!complaint_overdue(&acked, d(2027, 3, 2)));
    assert!(complaint_overdue(&acked, d(2027, 3, 3)));
}

#[test]
fn statistics_count_on_time_extended_refused_and_overdue() {
    let today = d(2027, 5, 1);
    let base = RequestFacts {
        status: RequestStatus::Delivered,
        received_on: d(2027, 3, 1),
        due_on: d(2027, 3, 29),
        extended: false,
        answered_on: Some(d(2027, 3, 20)),
        ground: None,
        appealed: false,
    };
    let rows = [
        base,
        RequestFacts {
            status: RequestStatus::Refused,
            answered_on: Some(d(2027, 4, 2)),
            ground: Some(RefusalGround::NotHeld),
            appealed: true,
            ..base
        },
        RequestFacts {
            status: RequestStatus::Extended,
            extended: true,
            answered_on: None,
            due_on: d(2027, 4, 28),
            ..base
        },
    ];
    let s = RequestStats::of(&rows, today);
    assert_eq!((s.received, s.answered, s.answered_on_time), (3, 2, 1));
    assert_eq!(
        (s.extended, s.refused, s.delivered, s.overdue, s.appealed),
        (1, 1, 1, 1, 1)
    );
    assert!(s.by_ground.contains(&(RefusalGround::NotHeld, 1)));
}

#[test]
fn the_dashboard_groups_by_category_district_and_month() {
    let f = |cat,
             district: Option<&str>,
             rec: NaiveDate,
             ack: Option<NaiveDate>,
             ans: Option<NaiveDate>| ComplaintFacts {
        kind: ComplaintKind::Complaint,
        category: cat,
        district: district.map(str::to_string),
        status: if ans.is_some() {
            ComplaintStatus::Answered
        } else if ack.is_some() {
            ComplaintStatus::Acknowledged
        } else {
            ComplaintStatus::Received
        },
        received_on: rec,
        acknowledged_on: ack,
        answered_on: ans,
    };
    let rows = vec![
        f(
            Category::Lighting,
            Some("A"),
            d(2027, 1, 4),
            Some(d(2027, 1, 6)),
            Some(d(2027, 1, 20)),
        ),
        f(
            Category::Lighting,
            Some("A"),
            d(2027, 1, 10),
            Some(d(2027, 1, 14)),
            Some(d(2027, 4, 20)),
        ),
        f(Category::Hygiene, None, d(2027, 2, 1), None, None),
    ];
    let dash = Dashboard::of(&rows, d(2027, 5, 1));
    assert_eq!(dash.total, 3);
    assert_eq!(
        dash.by_category,
        vec![(Category::Hygiene, 1), (Category::Lighting, 2)]
    );
    assert_eq!(dash.by_district[0], (Some("A".to_string()), 2));
    assert_eq!(dash.on_time_percent, Some(50));
    assert_eq!(dash.overdue, 1);
    assert_eq!(dash.average_ack_days, Some(3));
    assert_eq!(dash.by_month[0], (2027, 1, 2, 1));
}
