//! The commune's rulebook as pure functions: which phase is open, who may propose and vote,
//! whether a ballot is valid (and if not, exactly what is missing), how amounts are read,
//! and the order in which ties are broken.

use crate::model::{BallotType, Phase, TieBreak, WhoProposes};
use chrono::NaiveDateTime;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The rulebook settings of a cycle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rulebook {
    pub who_proposes: WhoProposes,
    pub voter_min_age: i32,
    pub ballot_type: BallotType,
    /// Approval ballots: projects chosen per district, at least and at most.
    pub min_projects: usize,
    pub max_projects: usize,
    /// In how many districts a voter may vote (1 = one district only).
    pub districts_per_voter: usize,
    pub tie_break: TieBreak,
}

/// The phase at `now`: the admin's override wins; otherwise the latest phase whose start
/// has passed (before the information phase, the cycle is a draft).
pub fn current_phase(
    calendar: &[(Phase, NaiveDateTime)],
    override_phase: Option<Phase>,
    now: NaiveDateTime,
) -> Phase {
    if let Some(p) = override_phase {
        return p;
    }
    calendar
        .iter()
        .filter(|(_, start)| *start <= now)
        .map(|(p, _)| *p)
        .max()
        .unwrap_or(Phase::Draft)
}

/// Phase starts must follow each other.
pub fn calendar_is_ordered(calendar: &[(Phase, NaiveDateTime)]) -> bool {
    calendar.windows(2).all(|w| w[0].1 <= w[1].1)
}

/// Whether the rulebook (ballot type, numbers of projects, who proposes and votes, minimum
/// age, districts per voter, counting rule, tie-break, district amounts and the calendar)
/// is frozen. It may be edited only before voting opens: once the cycle is in the voting
/// phase or later, voters have read the rules and some have voted under them. A ballot
/// already cast freezes it too, so that an admin who reopens an earlier phase by hand
/// cannot change the rules of ballots already in the box.
pub fn rulebook_frozen(phase: Phase, ballots_cast: i64) -> bool {
    phase >= Phase::Voting || ballots_cast > 0
}

/// Whether the proposer may submit: residents (a confirmed account), associations (a
/// verified association), or both.
pub fn may_propose(who: WhoProposes, confirmed: bool, verified_association: bool) -> bool {
    match who {
        WhoProposes::Residents => confirmed,
        WhoProposes::Associations => verified_association,
        WhoProposes::Both => confirmed || verified_association,
    }
}

/// Age reached during the cycle's year.
pub fn age_in(year: i32, birth_year: i32) -> i32 {
    year - birth_year
}

/// What is wrong with a ballot. Each one is shown to the voter with its numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BallotProblem {
    /// Nothing chosen at all.
    Empty,
    /// A project that is not on this cycle's ballot.
    UnknownProject,
    /// More districts than the rulebook allows.
    TooManyDistricts { chosen: usize, max: usize },
    /// Approval: fewer projects than the minimum in a district.
    TooFew {
        district_id: i64,
        chosen: usize,
        min: usize,
    },
    /// Approval: more projects than the maximum in a district.
    TooMany {
        district_id: i64,
        chosen: usize,
        max: usize,
    },
    /// Knapsack: the chosen projects cost more than the district's amount, by `over`.
    OverBudget { district_id: i64, over: Decimal },
    /// The voter is younger than the minimum age.
    TooYoung { min_age: i32 },
}

/// A project as the ballot sees it.
#[derive(Debug, Clone, Copy)]
pub struct BallotProject {
    pub id: i64,
    pub district_id: i64,
    pub cost: Decimal,
}

/// Checks a ballot against the rulebook: `choices` are project ids, `projects` what is on
/// the ballot, `districts` (id, amount). Returns every problem, in a stable order; an empty
/// list means the ballot is valid.
pub fn check_ballot(
    rulebook: &Rulebook,
    districts: &[(i64, Decimal)],
    projects: &[BallotProject],
    choices: &[i64],
    age: Option<i32>,
) -> Vec<BallotProblem> {
    let mut problems = Vec::new();
    if let Some(age) = age {
        if age < rulebook.voter_min_age {
            problems.push(BallotProblem::TooYoung {
                min_age: rulebook.voter_min_age,
            });
        }
    }
    let mut per_district: BTreeMap<i64, (usize, Decimal)> = BTreeMap::new();
    let mut seen = Vec::new();
    for id in choices {
        if seen.contains(id) {
            continue;
        }
        seen.push(*id);
        match projects.iter().find(|p| p.id == *id) {
            Some(p) => {
                let e = per_district.entry(p.district_id).or_default();
                e.0 += 1;
                e.1 += p.cost;
            }
            None => problems.push(BallotProblem::UnknownProject),
        }
    }
    if per_district.is_empty() {
        if !problems.contains(&BallotProblem::UnknownProject) {
            problems.push(BallotProblem::Empty);
        }
        return problems;
    }
    if per_district.len() > rulebook.districts_per_voter {
        problems.push(BallotProblem::TooManyDistricts {
            chosen: per_district.len(),
            max: rulebook.districts_per_voter,
        });
    }
    for (district_id, (chosen, cost)) in per_district {
        match rulebook.ballot_type {
            BallotType::Approval => {
                if chosen < rulebook.min_projects {
                    problems.push(BallotProblem::TooFew {
                        district_id,
                        chosen,
                        min: rulebook.min_projects,
                    });
                }
                if rulebook.max_projects > 0 && chosen > rulebook.max_projects {
                    problems.push(BallotProblem::TooMany {
                        district_id,
                        chosen,
                        max: rulebook.max_projects,
                    });
                }
            }
            BallotType::Knapsack => {
                let amount = districts
                    .iter()
                    .find(|(d, _)| *d == district_id)
                    .map(|(_, a)| *a)
                    .unwrap_or_default();
                if cost > amount {
                    problems.push(BallotProblem::OverBudget {
                        district_id,
                        over: cost - amount,
                    });
                }
            }
        }
    }
    problems
}

/// The ids given to the counting rules, whose ties go to the smaller id as a string: the
/// rulebook's tie-break becomes the order of these ids. `candidates` are (proposal id, cost
/// in centimes, votes); the result is in the same order as `candidates`.
pub fn count_ids(tie_break: TieBreak, candidates: &[(i64, i64, u64)]) -> Vec<String> {
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    match tie_break {
        TieBreak::Ids => order.sort_by_key(|&i| candidates[i].0),
        TieBreak::CostVotes => order.sort_by(|&a, &b| {
            let (ia, ca, va) = candidates[a];
            let (ib, cb, vb) = candidates[b];
            ca.cmp(&cb).then(vb.cmp(&va)).then(ia.cmp(&ib))
        }),
    }
    let width = candidates.len().to_string().len();
    let mut ids = vec![String::new(); candidates.len()];
    for (rank, &i) in order.iter().enumerate() {
        ids[i] = format!("{:0width$}", rank + 1);
    }
    ids
}

// ---------------------------------------------------------------------------------------
// One ballot per person per cycle, whatever the channel (the rulebook's identity rule)
// ---------------------------------------------------------------------------------------

/// A ballot already in the box, as the identity rule sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CastBallot {
    pub id: i64,
    pub channel: crate::model::Channel,
    /// Whether the ballot carries its voter's keyed CIN hash (ballots cast before the rule
    /// and imported ballots do not).
    pub cin_known: bool,
}

/// What the identity rule allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BallotWrite {
    /// A first ballot for this person.
    New,
    /// The online voter replaces their own online ballot (until the vote closes).
    ReplaceOwn(i64),
}

/// Why the identity rule refuses a ballot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityRefusal {
    /// The person with this CIN already has a ballot in the cycle (another account, or on
    /// paper, or online when a paper ballot is entered).
    AlreadyVoted { channel: crate::model::Channel },
    /// This account's ballot was entered on paper: it cannot be changed online.
    VotedOnPaper,
    /// The CIN typed is not the one on this account's ballot.
    CinDiffers,
}

/// The rulebook's identity rule (RULES.md §4: the platform makes the rulebook's ballot rules
/// data; law 09.08 for the keyed CIN hash): **one ballot per person per cycle, whatever the
/// channel**. A person is known by their national identity card (a keyed hash of the CIN on
/// every online and paper ballot, unique in the cycle), not by an account: one person with
/// two accounts, or who voted online and again on paper, is refused.
///
/// `own` is the ballot this voter key already has (the account online; the account or CIN
/// on paper), `same_cin` the cycle's ballot carrying the same CIN hash. Online, a voter may
/// replace their own online ballot with the same CIN (a ballot from before the rule, with no
/// CIN, takes the one typed now).
pub fn one_ballot_per_person(
    channel: crate::model::Channel,
    own: Option<CastBallot>,
    same_cin: Option<CastBallot>,
) -> Result<BallotWrite, IdentityRefusal> {
    use crate::model::Channel;
    use IdentityRefusal as R;
    match (channel, own, same_cin) {
        (Channel::Online, Some(o), _) if o.channel != Channel::Online => Err(R::VotedOnPaper),
        (Channel::Online, Some(o), Some(s)) if o.id == s.id => Ok(BallotWrite::ReplaceOwn(o.id)),
        (Channel::Online, Some(o), None) if !o.cin_known => Ok(BallotWrite::ReplaceOwn(o.id)),
        (Channel::Online, Some(_), None) => Err(R::CinDiffers),
        (_, _, Some(s)) => Err(R::AlreadyVoted { channel: s.channel }),
        (_, Some(o), None) => Err(R::AlreadyVoted { channel: o.channel }),
        (_, None, None) => Ok(BallotWrite::New),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2025, 3, d)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .expect("valid")
    }

    fn calendar() -> Vec<(Phase, NaiveDateTime)> {
        vec![
            (Phase::Information, at(1)),
            (Phase::Proposals, at(5)),
            (Phase::Review, at(10)),
            (Phase::Voting, at(15)),
            (Phase::Results, at(20)),
            (Phase::Implementation, at(25)),
        ]
    }

    fn approval(min: usize, max: usize) -> Rulebook {
        Rulebook {
            who_proposes: WhoProposes::Both,
            voter_min_age: 16,
            ballot_type: BallotType::Approval,
            min_projects: min,
            max_projects: max,
            districts_per_voter: 1,
            tie_break: TieBreak::Ids,
        }
    }

    fn projects() -> Vec<BallotProject> {
        (1..=6)
            .map(|id| BallotProject {
                id,
                district_id: if id <= 5 { 100 } else { 200 },
                cost: Decimal::new(1000 * id, 0),
            })
            .collect()
    }

    #[test]
    fn phases_follow_the_clock_unless_overridden() {
        let c = calendar();
        assert!(calendar_is_ordered(&c));
        let before = at(1) - chrono::Duration::seconds(1);
        assert_eq!(current_phase(&c, None, before), Phase::Draft);
        assert_eq!(current_phase(&c, None, at(1)), Phase::Information);
        assert_eq!(current_phase(&c, None, at(16)), Phase::Voting);
        assert_eq!(current_phase(&c, None, at(28)), Phase::Implementation);
        assert_eq!(
            current_phase(&c, Some(Phase::Results), at(16)),
            Phase::Results
        );
        let mut bad = c.clone();
        bad.swap(1, 2);
        assert!(!calendar_is_ordered(&bad));
    }

    #[test]
    fn the_rulebook_freezes_when_voting_opens() {
        for p in [
            Phase::Draft,
            Phase::Information,
            Phase::Proposals,
            Phase::Review,
        ] {
            assert!(!rulebook_frozen(p, 0), "{p:?}");
            assert!(rulebook_frozen(p, 1), "{p:?} with a ballot cast");
        }
        for p in [Phase::Voting, Phase::Results, Phase::Implementation] {
            assert!(rulebook_frozen(p, 0), "{p:?}");
        }
    }

    #[test]
    fn who_may_propose() {
        assert!(may_propose(WhoProposes::Residents, true, false));
        assert!(!may_propose(WhoProposes::Residents, false, true));
        assert!(may_propose(WhoProposes::Associations, false, true));
        assert!(!may_propose(WhoProposes::Associations, true, false));
        assert!(may_propose(WhoProposes::Both, true, false));
    }

    #[test]
    fn approval_ballots_say_how_many_are_missing() {
        let r = approval(4, 5);
        let d = [(100, Decimal::new(10_000, 0))];
        assert_eq!(
            check_ballot(&r, &d, &projects(), &[1, 2, 3], Some(30)),
            vec![BallotProblem::TooFew {
                district_id: 100,
                chosen: 3,
                min: 4
            }]
        );
        assert!(check_ballot(&r, &d, &projects(), &[1, 2, 3, 4], Some(30)).is_empty());
        // Duplicates count once.
        assert_eq!(
            check_ballot(&r, &d, &projects(), &[1, 1, 2, 3], None).len(),
            1
        );
        let r = approval(1, 2);
        assert_eq!(
            check_ballot(&r, &d, &projects(), &[1, 2, 3], None),
            vec![BallotProblem::TooMany {
                district_id: 100,
                chosen: 3,
                max: 2
            }]
        );
    }

    #[test]
    fn knapsack_ballots_say_how_much_is_over() {
        let mut r = approval(0, 0);
        r.ballot_type = BallotType::Knapsack;
        let d = [(100, Decimal::new(4_800, 0)), (200, Decimal::new(9_000, 0))];
        // 1000 + 2000 + 3000 = 6000: 1 200 MAD over 4 800.
        assert_eq!(
            check_ballot(&r, &d, &projects(), &[1, 2, 3], None),
            vec![BallotProblem::OverBudget {
                district_id: 100,
                over: Decimal::new(1_200, 0)
            }]
        );
        assert!(check_ballot(&r, &d, &projects(), &[1, 3], None).is_empty());
    }

    #[test]
    fn districts_age_empty_and_unknown() {
        let r = approval(1, 5);
        let d = [(100, Decimal::ONE), (200, Decimal::ONE)];
        assert_eq!(
            check_ballot(&r, &d, &projects(), &[1, 6], None),
            vec![BallotProblem::TooManyDistricts { chosen: 2, max: 1 }]
        );
        let mut several = r.clone();
        several.districts_per_voter = 2;
        assert!(check_ballot(&several, &d, &projects(), &[1, 6], None).is_empty());
        assert_eq!(
            check_ballot(&r, &d, &projects(), &[], None),
            vec![BallotProblem::Empty]
        );
        assert_eq!(
            check_ballot(&r, &d, &projects(), &[99], None),
            vec![BallotProblem::UnknownProject]
        );
        assert_eq!(
            check_ballot(&r, &d, &projects(), &[1], Some(age_in(2025, 2012))),
            vec![BallotProblem::TooYoung { min_age: 16 }]
        );
    }

    #[test]
    fn tie_break_orders_the_count_ids() {
        let c = [(7, 500, 10), (3, 200, 4), (12, 200, 9)];
        assert_eq!(count_ids(TieBreak::Ids, &c), vec!["2", "1", "3"]);
        // Lowest cost first, then most votes.
        assert_eq!(count_ids(TieBreak::CostVotes, &c), vec!["3", "2", "1"]);
        let many: Vec<(i64, i64, u64)> = (1..=12).map(|i| (i, 1, 0)).collect();
        let ids = count_ids(TieBreak::Ids, &many);
        assert_eq!(ids[0], "01");
        assert!(ids[1] < ids[10]);
    }
    #[test]
    fn rulebook_identity_one_ballot_per_person_whatever_the_channel() {
        // RULES.md §4 (rulebook identity rule) and law 09.08 (keyed CIN hash).
        use crate::model::Channel::{Online, Paper};
        let b = |id, channel| CastBallot {
            id,
            channel,
            cin_known: true,
        };
        // A first ballot, online or on paper.
        assert_eq!(
            one_ballot_per_person(Online, None, None),
            Ok(BallotWrite::New)
        );
        assert_eq!(
            one_ballot_per_person(Paper, None, None),
            Ok(BallotWrite::New)
        );
        // Online then paper with the same CIN: refused.
        assert_eq!(
            one_ballot_per_person(Paper, None, Some(b(1, Online))),
            Err(IdentityRefusal::AlreadyVoted { channel: Online })
        );
        // Paper then online with the same CIN (a new account): refused.
        assert_eq!(
            one_ballot_per_person(Online, None, Some(b(1, Paper))),
            Err(IdentityRefusal::AlreadyVoted { channel: Paper })
        );
        // A second account of the same person: refused.
        assert_eq!(
            one_ballot_per_person(Online, None, Some(b(1, Online))),
            Err(IdentityRefusal::AlreadyVoted { channel: Online })
        );
        // The same account edits its own ballot with its own CIN.
        assert_eq!(
            one_ballot_per_person(Online, Some(b(1, Online)), Some(b(1, Online))),
            Ok(BallotWrite::ReplaceOwn(1))
        );
        // ... but not with another person's CIN, nor with a CIN found on no ballot.
        assert_eq!(
            one_ballot_per_person(Online, Some(b(1, Online)), Some(b(2, Paper))),
            Err(IdentityRefusal::AlreadyVoted { channel: Paper })
        );
        assert_eq!(
            one_ballot_per_person(Online, Some(b(1, Online)), None),
            Err(IdentityRefusal::CinDiffers)
        );
        // A ballot from before the rule takes the CIN typed now.
        let legacy = CastBallot {
            cin_known: false,
            ..b(1, Online)
        };
        assert_eq!(
            one_ballot_per_person(Online, Some(legacy), None),
            Ok(BallotWrite::ReplaceOwn(1))
        );
        // An account with a paper ballot cannot vote online; a paper voter once only.
        assert_eq!(
            one_ballot_per_person(Online, Some(b(1, Paper)), None),
            Err(IdentityRefusal::VotedOnPaper)
        );
        assert_eq!(
            one_ballot_per_person(Paper, Some(b(1, Online)), None),
            Err(IdentityRefusal::AlreadyVoted { channel: Online })
        );
    }
}
