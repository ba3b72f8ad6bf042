//! Composition figures (art. 120 and the body's internal rules), referrals (art. 119).

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("date")
}

fn member(woman: bool, youth: bool, association: bool) -> MemberFacts {
    MemberFacts {
        woman,
        youth,
        association,
        observer: false,
        term_start: d(2023, 1, 1),
        term_end: Some(d(2025, 12, 31)),
        left_on: None,
        replaces_another: false,
    }
}

fn women(n: usize, of: usize) -> Vec<MemberFacts> {
    (0..of).map(|i| member(i < n, false, false)).collect()
}

const ON: fn() -> NaiveDate = || d(2024, 6, 1);

#[test]
fn art_120_parity_is_met_at_exactly_half_and_not_below() {
    let c = composition(&women(5, 10), ON());
    assert_eq!((c.seated, c.women), (10, 5));
    assert!(meets_target(c.women, c.seated, 50));
    let c = composition(&women(4, 9), ON());
    assert!(!meets_target(c.women, c.seated, 50), "4 of 9 is 44 %");
    let c = composition(&women(5, 9), ON());
    assert!(meets_target(c.women, c.seated, 50), "5 of 9 is 56 %");
    assert!(!meets_target(4, 10, 50));
}

#[test]
fn art_120_a_third_target_has_no_rounding_in_the_bodys_favour() {
    // 33 % of 3 members: one member is 33.3 %, enough; a target of 34 % is not met by one.
    assert!(meets_target(1, 3, 33));
    assert!(!meets_target(1, 3, 34));
    assert!(meets_target(2, 6, 33));
    assert!(!meets_target(33, 100, 34));
    assert!(meets_target(34, 100, 34));
}

#[test]
fn art_120_zero_and_full_targets_and_empty_bodies() {
    assert!(meets_target(0, 0, 0), "no target is always met");
    assert!(meets_target(0, 7, 0));
    assert!(!meets_target(0, 0, 50), "an empty body meets no target");
    assert!(meets_target(7, 7, 100));
    assert!(!meets_target(6, 7, 100));
    assert_eq!(percent(0, 0), None);
    assert_eq!(percent(1, 3), Some(33));
    assert_eq!(percent(2, 3), Some(67));
    assert_eq!(percent(1, 2), Some(50));
    assert!(valid_target(0) && valid_target(100));
    assert!(!valid_target(-1) && !valid_target(101));
}

#[test]
fn art_120_members_whose_term_ended_are_not_counted_but_reported() {
    let mut ms = women(5, 10);
    ms[0].term_end = Some(d(2024, 5, 31));
    let c = composition(&ms, ON());
    assert_eq!((c.seated, c.women, c.term_ended), (9, 4, 1));
    assert!(!meets_target(c.women, c.seated, 50));
    // The last day of the term still counts.
    let c = composition(&ms, d(2024, 5, 31));
    assert_eq!((c.seated, c.term_ended), (10, 0));
}

#[test]
fn art_120_a_replacement_takes_the_seat_of_the_member_who_left() {
    let mut ms = women(5, 10);
    ms[0].left_on = Some(d(2024, 3, 1));
    let mut successor = member(true, true, true);
    successor.term_start = d(2024, 3, 1);
    successor.replaces_another = true;
    ms.push(successor);
    let c = composition(&ms, ON());
    assert_eq!(
        (c.seated, c.women, c.left, c.replacements, c.term_ended),
        (10, 5, 1, 1, 0)
    );
    assert!(meets_target(c.women, c.seated, 50));
    // The day before the departure the leaver sits and the successor does not yet.
    let c = composition(&ms, d(2024, 2, 29));
    assert_eq!((c.seated, c.left, c.replacements), (10, 0, 0));
}

#[test]
fn art_120_observers_and_future_members_are_not_counted() {
    let mut ms = women(1, 2);
    let mut observer = member(false, false, false);
    observer.observer = true;
    ms.push(observer);
    let mut future = member(false, false, false);
    future.term_start = d(2025, 1, 1);
    ms.push(future);
    let c = composition(&ms, ON());
    assert_eq!((c.seated, c.observers, c.women), (2, 1, 1));
}

#[test]
fn art_120_shares_flag_only_targets_that_are_set_and_missed() {
    let ms = vec![
        member(true, true, true),
        member(false, false, true),
        member(false, true, false),
        member(true, false, false),
    ];
    let c = composition(&ms, ON());
    let t = Targets {
        women_pct: Some(50),
        youth_pct: Some(60),
        associations_pct: None,
    };
    let s = shares(&c, &t);
    assert_eq!(s[0].percent, Some(50));
    assert!(!s[0].below_target);
    assert!(s[1].below_target, "2 of 4 youth is below 60 %");
    assert!(!s[2].below_target, "no target set");
    assert_eq!(below_targets(&c, &t), vec![Figure::Youth]);
    assert!(below_targets(&c, &Targets::default()).is_empty());
}

#[test]
fn a_vote_adopts_by_a_majority_of_votes_cast() {
    assert!(vote_adopts(5, 4));
    assert!(!vote_adopts(4, 4), "a tie does not adopt");
    assert!(vote_adopts(1, 0));
    assert!(!vote_adopts(0, 0));
}

#[test]
fn art_119_a_referral_is_overdue_after_its_deadline_until_transmitted() {
    let deadline = Some(d(2024, 3, 31));
    assert!(!referral_overdue(
        deadline,
        OpinionStatus::Draft,
        d(2024, 3, 31)
    ));
    assert!(referral_overdue(
        deadline,
        OpinionStatus::Draft,
        d(2024, 4, 1)
    ));
    assert!(referral_overdue(
        deadline,
        OpinionStatus::Adopted,
        d(2024, 4, 1)
    ));
    assert!(!referral_overdue(
        deadline,
        OpinionStatus::Transmitted,
        d(2024, 4, 1)
    ));
    assert!(!referral_overdue(
        deadline,
        OpinionStatus::Answered,
        d(2030, 1, 1)
    ));
    assert!(!referral_overdue(None, OpinionStatus::Draft, d(2030, 1, 1)));
}

#[test]
fn opinions_are_counted_submitted_answered_and_waiting() {
    use OpinionStatus::*;
    let c = opinion_counts([Transmitted, Draft]);
    assert_eq!((c.submitted, c.answered, c.waiting), (1, 0, 1));
    let c = opinion_counts([Answered, Adopted, Draft, Transmitted]);
    assert_eq!((c.submitted, c.answered, c.waiting), (2, 1, 2));
    assert_eq!(opinion_counts([]), OpinionCounts::default());
}
