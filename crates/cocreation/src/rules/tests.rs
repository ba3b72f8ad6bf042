//! RULES.md §5 (Tadafor model), rule by rule.
#![allow(clippy::unwrap_used)]

use super::*;
use rust_decimal::Decimal;
use std::str::FromStr;

fn dt(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}
fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}
fn mad(n: i64) -> Money {
    Money::from_mad(n).unwrap()
}
fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// Where each instant stands against the window `(opens, closes)`.
fn assert_windows((opens, closes): (NaiveDateTime, NaiveDateTime), expected: &[(&str, Window)]) {
    for (at, state) in expected {
        assert_eq!(window(opens, closes, dt(at)), *state, "{at}");
    }
}

// §5 window: Taroudant, 17 October – 15 December 2023, Casablanca time (UTC+1 then).
#[test]
fn s5_window_closes_at_the_last_second_in_casablanca_time() {
    let opens = casablanca_to_utc(dt("2023-10-17 00:00:00"));
    let closes = casablanca_to_utc(dt("2023-12-15 23:59:59"));
    assert_eq!(opens, dt("2023-10-16 23:00:00"));
    assert_eq!(closes, dt("2023-12-15 22:59:59"));
    assert_windows(
        (opens, closes),
        &[
            ("2023-10-16 22:59:59", Window::NotYetOpen),
            ("2023-10-16 23:00:00", Window::Open),
            ("2023-12-15 22:59:59", Window::Open),
            ("2023-12-15 23:00:00", Window::Closed),
        ],
    );
}

// §5 window across Morocco's Ramadan suspension of UTC+1 (chrono-tz: in 2024 the clock went
// back to UTC+0 at 03:00 on 10 March and forward again on 14 April).
#[test]
fn s5_window_during_the_ramadan_suspension_is_utc_plus_zero() {
    use chrono::TimeZone;
    use chrono_tz::Africa::Casablanca;
    let before = Casablanca
        .from_local_datetime(&dt("2024-03-01 12:00:00"))
        .unwrap();
    let during = Casablanca
        .from_local_datetime(&dt("2024-03-20 12:00:00"))
        .unwrap();
    assert_eq!(before.naive_utc(), dt("2024-03-01 11:00:00"));
    assert_eq!(during.naive_utc(), dt("2024-03-20 12:00:00"));
    let opens = casablanca_to_utc(dt("2024-03-01 00:00:00"));
    let closes = casablanca_to_utc(dt("2024-03-20 23:59:59"));
    assert_eq!(closes, dt("2024-03-20 23:59:59"));
    assert_windows(
        (opens, closes),
        &[
            ("2024-03-20 23:59:59", Window::Open),
            ("2024-03-21 00:00:00", Window::Closed),
        ],
    );
    // A deadline set after the clock went forward again is UTC+1.
    let later = casablanca_to_utc(dt("2024-04-30 23:59:59"));
    assert_eq!(later, dt("2024-04-30 22:59:59"));
}

fn terms() -> Terms {
    Terms {
        commune_id: 1,
        envelope: mad(500_000),
        ceiling: mad(100_000),
        cofinancing_min_percent: 10,
        min_age_years: 2,
        activity_fields: vec!["jeunesse".into(), "femmes".into()],
    }
}

fn facts(b: Budget) -> Facts<'static> {
    Facts {
        verified: true,
        seat_commune_id: 1,
        founded_on: d("2020-01-10"),
        activity_field: "Jeunesse et sport",
        budget: b,
        has_lines: true,
    }
}

// §5 budget lines with co-financing.
#[test]
fn s5_the_grant_requested_is_the_cost_not_cofinanced() {
    let b = budget(&[
        Line {
            amount: mad(60_000),
            cofinancing: mad(6_000),
        },
        Line {
            amount: mad(40_000),
            cofinancing: mad(5_000),
        },
    ])
    .unwrap();
    assert_eq!(b.cost, mad(100_000));
    assert_eq!(b.cofinancing, mad(11_000));
    assert_eq!(b.requested, mad(89_000));
    assert!(cofinancing_reached(&b, 10));
    assert!(!cofinancing_reached(&b, 12));
    assert!(budget(&[Line {
        amount: mad(10),
        cofinancing: mad(11)
    }])
    .is_err());
}

// §5 eligibility, checked automatically where the data allows.
#[test]
fn s5_every_unmet_condition_is_listed() {
    let ok = budget(&[Line {
        amount: mad(100_000),
        cofinancing: mad(10_000),
    }])
    .unwrap();
    assert!(automatic_unmet(&terms(), &facts(ok), d("2023-12-01")).is_empty());

    let big = budget(&[Line {
        amount: mad(200_000),
        cofinancing: mad(10_000),
    }])
    .unwrap();
    let mut f = facts(big);
    f.verified = false;
    f.seat_commune_id = 2;
    f.founded_on = d("2022-12-02");
    f.activity_field = "Culture";
    assert_eq!(
        automatic_unmet(&terms(), &f, d("2023-12-01")),
        vec![
            Condition::Verified,
            Condition::SeatOrBranch,
            Condition::Age,
            Condition::Activity,
            Condition::Ceiling,
            Condition::Cofinancing,
        ]
    );
}

#[test]
fn s5_minimum_age_is_reached_on_the_anniversary() {
    let ok = budget(&[Line {
        amount: mad(1_000),
        cofinancing: mad(100),
    }])
    .unwrap();
    let mut f = facts(ok);
    f.founded_on = d("2021-12-01");
    assert!(!automatic_unmet(&terms(), &f, d("2023-12-01")).contains(&Condition::Age));
    assert!(automatic_unmet(&terms(), &f, d("2023-11-30")).contains(&Condition::Age));
}

// §5 "else by an evaluator's checklist".
#[test]
fn s5_the_checklist_attests_a_branch_and_finds_missing_documents() {
    let auto = vec![Condition::SeatOrBranch, Condition::Activity];
    let all = Checklist {
        branch_in_commune: true,
        activity_related: true,
        documents_complete: true,
    };
    assert!(final_unmet(&auto, &all).is_empty());
    let none = Checklist::default();
    assert_eq!(
        final_unmet(&auto, &none),
        vec![
            Condition::SeatOrBranch,
            Condition::Activity,
            Condition::Documents
        ]
    );
}

fn grid() -> Vec<Criterion> {
    vec![
        Criterion {
            id: 1,
            weight: 3,
            max_score: 10,
        },
        Criterion {
            id: 2,
            weight: 1,
            max_score: 5,
        },
    ]
}

fn sheet(pairs: &[(i64, u32)]) -> Sheet {
    Sheet {
        scores: pairs.iter().copied().collect(),
    }
}

// §5 aggregation: weighted mean per criterion.
#[test]
fn s5_weights_apply_to_each_criterion_on_its_scale() {
    let a = aggregate(
        &grid(),
        &[sheet(&[(1, 8), (2, 4)]), sheet(&[(1, 6), (2, 5)])],
        3,
    );
    assert_eq!(a.criteria[0].mean, Some(dec("7")));
    assert_eq!(a.criteria[1].mean, Some(dec("4.5")));
    // (3 × 7/10 + 1 × 4.5/5) / 4 × 100 = (2.1 + 0.9) / 4 × 100 = 75
    assert_eq!(a.total, dec("75.00"));
    assert!(!a.incomplete && !a.flagged);
}

#[test]
fn s5_thirds_are_exact_to_the_published_two_decimals() {
    let g = [Criterion {
        id: 1,
        weight: 1,
        max_score: 3,
    }];
    let a = aggregate(
        &g,
        &[sheet(&[(1, 1)]), sheet(&[(1, 1)]), sheet(&[(1, 2)])],
        3,
    );
    assert_eq!(a.criteria[0].mean, Some(dec("1.33")));
    assert_eq!(a.total, dec("44.44"));
}

// §5 a missing score.
#[test]
fn s5_a_missing_score_is_left_out_of_that_criterions_mean() {
    let a = aggregate(&grid(), &[sheet(&[(1, 8), (2, 4)]), sheet(&[(1, 6)])], 3);
    assert_eq!(a.criteria[1].mean, Some(dec("4")));
    assert_eq!(a.criteria[1].scored_by, 1);
    assert!(!a.incomplete);
    let none = aggregate(&grid(), &[sheet(&[(1, 10)])], 3);
    assert!(none.incomplete);
    assert_eq!(none.criteria[1].mean, None);
    // 3 × 1 / 4 × 100: the unscored criterion counts 0.
    assert_eq!(none.total, dec("75.00"));
}

// §5 spread between evaluators flagged for a moderation meeting.
#[test]
fn s5_a_spread_above_the_threshold_is_flagged() {
    let a = aggregate(
        &grid(),
        &[sheet(&[(1, 9), (2, 4)]), sheet(&[(1, 5), (2, 3)])],
        3,
    );
    assert_eq!(a.criteria[0].spread, 4);
    assert!(a.criteria[0].flagged && !a.criteria[1].flagged && a.flagged);
    let at = aggregate(&grid(), &[sheet(&[(1, 8)]), sheet(&[(1, 5)])], 3);
    assert!(
        !at.criteria[0].flagged,
        "a spread equal to the threshold is not flagged"
    );
}

fn cand(id: i64, total: &str, requested: i64, women: u32, at: &str) -> Candidate {
    Candidate {
        note_id: id,
        total: dec(total),
        requested: mad(requested),
        women_percent: women,
        submitted_at: dt(at),
    }
}

// §5 ranking with the tie-break stated in the call.
#[test]
fn s5_ties_are_broken_by_the_calls_rule() {
    let c = vec![
        cand(1, "70.00", 80_000, 30, "2023-11-01 10:00:00"),
        cand(2, "82.50", 90_000, 50, "2023-11-02 10:00:00"),
        cand(3, "70.00", 50_000, 60, "2023-11-03 10:00:00"),
    ];
    let ids = |v: Vec<Candidate>| v.into_iter().map(|c| c.note_id).collect::<Vec<_>>();
    assert_eq!(ids(rank(c.clone(), TieBreak::WomenShare)), vec![2, 3, 1]);
    assert_eq!(ids(rank(c.clone(), TieBreak::LowerRequest)), vec![2, 3, 1]);
    assert_eq!(
        ids(rank(c.clone(), TieBreak::EarlierSubmission)),
        vec![2, 1, 3]
    );
    // A complete tie falls back to the earlier submission, then the id.
    let same = vec![
        cand(5, "60.00", 10_000, 40, "2023-11-05 10:00:00"),
        cand(4, "60.00", 10_000, 40, "2023-11-05 10:00:00"),
    ];
    assert_eq!(ids(rank(same, TieBreak::WomenShare)), vec![4, 5]);
}

// §5 selection within the envelope, the next-ranked note that fits proposed.
#[test]
fn s5_a_note_that_does_not_fit_is_passed_over_for_the_next_that_does() {
    let ranked = vec![
        cand(1, "90.00", 200_000, 0, "2023-11-01 10:00:00"),
        cand(2, "85.00", 250_000, 0, "2023-11-01 10:00:00"),
        cand(3, "80.00", 100_000, 0, "2023-11-01 10:00:00"),
        cand(4, "75.00", 50_000, 0, "2023-11-01 10:00:00"),
    ];
    let (out, left) = select_within_envelope(&ranked, mad(350_000));
    assert_eq!(
        out,
        vec![
            (1, Outcome::Selected),
            (2, Outcome::DoesNotFit),
            (3, Outcome::Selected),
            (4, Outcome::Selected),
        ]
    );
    assert_eq!(left, Money::ZERO);
    let (exact, _) = select_within_envelope(&ranked[..1], mad(200_000));
    assert_eq!(exact, vec![(1, Outcome::Selected)]);
}

// §5 agreements: tranches add up to the grant.
#[test]
fn s5_tranches_add_up_to_the_grant_exactly() {
    assert!(tranches_match(mad(90_000), &[mad(54_000), mad(36_000)]));
    assert!(!tranches_match(mad(90_000), &[mad(54_000), mad(35_999)]));
    assert!(!tranches_match(mad(0), &[]));
    assert_eq!(
        reminder_days(d("2024-06-30")),
        vec![d("2024-06-23"), d("2024-06-30")]
    );
}

#[test]
fn s5_activity_keywords_match_case_insensitively() {
    assert!(activity_matches(&[], "anything"));
    assert!(activity_matches(&["Femmes".into()], "Droits des femmes"));
    assert!(!activity_matches(&["sport".into()], "Culture"));
}
