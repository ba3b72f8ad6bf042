//! Council composition rules of law 113.14.

use crate::model::CommitteePurpose;
use serde::Serialize;

/// Art. 25: a council forms at least two and at most five permanent committees.
pub const MIN_COMMITTEES: usize = 2;
/// Art. 25 (see `MIN_COMMITTEES`).
pub const MAX_COMMITTEES: usize = 5;

/// Art. 25: another committee may be created only while fewer than five exist.
pub fn may_add_committee(existing: usize) -> bool {
    existing < MAX_COMMITTEES
}

/// Art. 25: "the number of members of each permanent committee may not be below five"
/// (يجب أن لا يقل عدد أعضاء كل لجنة دائمة عن خمسة).
pub const MIN_COMMITTEE_MEMBERS: usize = 5;

/// Art. 25: a permanent committee counts at least [`MIN_COMMITTEE_MEMBERS`] members.
pub fn committee_size_ok(members: usize) -> bool {
    members >= MIN_COMMITTEE_MEMBERS
}

/// Art. 25: "no council member belongs to more than one permanent committee" (أن لا ينتسب
/// عضو من أعضاء المجلس إلى أكثر من لجنة دائمة واحدة). `seated_elsewhere` are the members
/// of the council's other permanent committees; returns the first of `members` among them.
pub fn member_on_another_committee(members: &[i64], seated_elsewhere: &[i64]) -> Option<i64> {
    members
        .iter()
        .copied()
        .find(|m| seated_elsewhere.contains(m))
}

/// Art. 25: a committee's chair is one of its members (the chair is the rapporteur of its
/// work, art. 28). No chair yet is allowed while the committee is being formed.
pub fn chair_is_member(chair: Option<i64>, members: &[i64]) -> bool {
    chair.is_none_or(|c| members.contains(&c))
}

/// Art. 25: the council forms one committee for the budget, financial affairs and
/// programming and one for public utilities and services (لجنتين ... يعهد إليها على التوالي
/// بدراسة القضايا التالية). Read as one committee each: a compulsory `purpose` is taken when
/// one of the council's other committees (`others`) already has it; any number of
/// committees may have another purpose (within the five of [`MAX_COMMITTEES`]).
pub fn purpose_taken(purpose: CommitteePurpose, others: &[CommitteePurpose]) -> bool {
    purpose.is_compulsory() && others.contains(&purpose)
}

/// One permanent committee as the composition rules see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommitteeShape {
    pub purpose: CommitteePurpose,
    /// Its chair is a member of the opposition (none chairs: false).
    pub chaired_by_opposition: bool,
}

/// What makes a council's set of permanent committees unlawful.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "problem")]
pub enum CompositionProblem {
    /// Art. 25: fewer than two permanent committees.
    TooFewCommittees { count: usize },
    /// Art. 25: more than five.
    TooManyCommittees { count: usize },
    /// Art. 25: no committee for this compulsory purpose.
    MissingPurpose { purpose: CommitteePurpose },
    /// Art. 27: the council has opposition members, none chairs a permanent committee.
    NoOppositionChair,
}

impl CompositionProblem {
    /// The Fluent id of its message.
    pub fn message(self) -> &'static str {
        match self {
            Self::TooFewCommittees { .. } => "committee-problem-too-few",
            Self::TooManyCommittees { .. } => "committee-problem-too-many",
            Self::MissingPurpose {
                purpose: CommitteePurpose::BudgetFinance,
            } => "committee-problem-missing-budget_finance",
            Self::MissingPurpose { .. } => "committee-problem-missing-public_services",
            Self::NoOppositionChair => "committee-problem-opposition-chair",
        }
    }
}

/// Arts. 25 and 27: what is wrong with the council's permanent committees as a whole (empty:
/// lawful). Art. 25: two to five committees, the budget/finance/programming one and the
/// public-services one among them. Art. 27: "the chairmanship of one of the permanent
/// committees is reserved to the opposition" (تخصص رئاسة إحدى اللجان الدائمة للمعارضة); read
/// as at least one committee chaired by an opposition member whenever the council has one
/// (`opposition_members` > 0; a council without opposition has no one to reserve it to).
/// The rules bind the whole set, so committees are saved one at a time and the problems are
/// shown to staff and bar votes (art. 28) until solved, not each save.
pub fn committee_composition_problems(
    committees: &[CommitteeShape],
    opposition_members: usize,
) -> Vec<CompositionProblem> {
    let count = committees.len();
    let mut problems = Vec::new();
    if count < MIN_COMMITTEES {
        problems.push(CompositionProblem::TooFewCommittees { count });
    }
    if count > MAX_COMMITTEES {
        problems.push(CompositionProblem::TooManyCommittees { count });
    }
    for purpose in CommitteePurpose::COMPULSORY {
        if !committees.iter().any(|c| c.purpose == purpose) {
            problems.push(CompositionProblem::MissingPurpose { purpose });
        }
    }
    if opposition_members > 0 && !committees.iter().any(|c| c.chaired_by_opposition) {
        problems.push(CompositionProblem::NoOppositionChair);
    }
    problems
}

/// Art. 7: one president per council; a vice-president has a rank from 1.
pub fn valid_vice_rank(role_is_vice: bool, rank: Option<i32>) -> bool {
    match (role_is_vice, rank) {
        (true, Some(r)) => r >= 1,
        (true, None) => false,
        (false, r) => r.is_none(),
    }
}

/// First path segments the application itself uses: a commune cannot take them as its
/// address (`/{slug}`), or its site would be unreachable.
pub const RESERVED_SLUGS: [&str; 20] = [
    "admin",
    "api",
    "assets",
    "confirm",
    "healthz",
    "lang",
    "login",
    "logout",
    "password",
    "profile",
    "register",
    "uploads",
    "readyz",
    "metrics",
    "data",
    "privacy",
    "accessibility",
    "legal",
    "petitions",
    "consultations",
];

/// Longest commune address.
pub const MAX_SLUG_LEN: usize = 63;

/// A commune's address: lowercase ASCII letters, digits and single inner hyphens
/// (`sidi-ifni`), 2 to 63 characters, not one of the application's own paths.
pub fn valid_slug(slug: &str) -> bool {
    let shape = (2..=MAX_SLUG_LEN).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--");
    shape && !RESERVED_SLUGS.contains(&slug)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_addresses() {
        for ok in ["taroudant", "sidi-ifni", "ait-melloul2", "k9"] {
            assert!(valid_slug(ok), "{ok}");
        }
        for bad in [
            "",
            "a",
            "Rabat",
            "tétouan",
            "sidi ifni",
            "-x",
            "x-",
            "a--b",
            "a_b",
            "admin",
            "api",
            "login",
        ] {
            assert!(!valid_slug(bad), "{bad}");
        }
        assert!(!valid_slug(&"a".repeat(MAX_SLUG_LEN + 1)));
    }

    #[test]
    fn art_25_five_members_at_least_per_committee() {
        assert!(!committee_size_ok(4));
        assert!(committee_size_ok(5));
        assert!(committee_size_ok(9));
    }

    #[test]
    fn art_25_one_permanent_committee_per_member() {
        assert_eq!(member_on_another_committee(&[1, 2, 3], &[4, 5]), None);
        assert_eq!(member_on_another_committee(&[1, 2, 3], &[5, 3, 2]), Some(2));
        assert_eq!(member_on_another_committee(&[], &[1]), None);
    }

    #[test]
    fn art_25_two_to_five_permanent_committees() {
        assert!(may_add_committee(4));
        assert!(!may_add_committee(5));
    }

    #[test]
    fn art_25_the_chair_is_a_member_of_the_committee() {
        assert!(chair_is_member(Some(2), &[1, 2, 3]));
        assert!(!chair_is_member(Some(9), &[1, 2, 3]));
        assert!(chair_is_member(None, &[1, 2, 3]));
    }

    #[test]
    fn art_25_one_committee_per_compulsory_purpose() {
        use CommitteePurpose::*;
        assert!(purpose_taken(BudgetFinance, &[Other, BudgetFinance]));
        assert!(purpose_taken(PublicServices, &[PublicServices]));
        assert!(!purpose_taken(PublicServices, &[BudgetFinance, Other]));
        assert!(!purpose_taken(Other, &[Other, Other, Other]));
    }

    fn shape(purpose: CommitteePurpose, opposition: bool) -> CommitteeShape {
        CommitteeShape {
            purpose,
            chaired_by_opposition: opposition,
        }
    }

    #[test]
    fn art_25_27_composition_problems_of_the_whole_set() {
        use CommitteePurpose::*;
        use CompositionProblem::*;
        let lawful = [shape(BudgetFinance, false), shape(PublicServices, true)];
        assert_eq!(committee_composition_problems(&lawful, 4), vec![]);
        assert_eq!(
            committee_composition_problems(&[], 0),
            vec![
                TooFewCommittees { count: 0 },
                MissingPurpose {
                    purpose: BudgetFinance
                },
                MissingPurpose {
                    purpose: PublicServices
                },
            ]
        );
        // Art. 25: two committees, but not the compulsory pair.
        assert_eq!(
            committee_composition_problems(&[shape(BudgetFinance, true), shape(Other, false)], 2),
            vec![MissingPurpose {
                purpose: PublicServices
            }]
        );
        // Art. 27: opposition members, none chairs.
        let majority_only = [shape(BudgetFinance, false), shape(PublicServices, false)];
        assert_eq!(
            committee_composition_problems(&majority_only, 3),
            vec![NoOppositionChair]
        );
        // No opposition in the council: nothing to reserve.
        assert_eq!(committee_composition_problems(&majority_only, 0), vec![]);
        let six = [shape(Other, true); 6];
        assert!(committee_composition_problems(&six, 1).contains(&TooManyCommittees { count: 6 }));
        assert_eq!(
            NoOppositionChair.message(),
            "committee-problem-opposition-chair"
        );
    }

    #[test]
    fn art_7_vice_presidents_have_a_rank() {
        assert!(valid_vice_rank(true, Some(1)));
        assert!(!valid_vice_rank(true, None));
        assert!(!valid_vice_rank(true, Some(0)));
        assert!(!valid_vice_rank(false, Some(2)));
        assert!(valid_vice_rank(false, None));
    }
}
