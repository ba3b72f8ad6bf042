//! A participatory-budget cycle, its districts, categories, proposals, ballots and the
//! follow-up of selected projects; the phases and the proposal review as state machines.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use musharaka_communes::model::pick;
use musharaka_core::{Error, ErrorKind, Lang};
use musharaka_db::schema::{pb_categories, pb_cycles, pb_districts, pb_proposals, pb_updates};
use rust_decimal::Decimal;
use serde::Serialize;

use musharaka_core::keyed_enum;

keyed_enum!(Phase {
    Draft => "draft",
    Information => "information",
    Proposals => "proposals",
    Review => "review",
    Voting => "voting",
    Results => "results",
    Implementation => "implementation",
});

keyed_enum!(WhoProposes {
    Residents => "residents",
    Associations => "associations",
    Both => "both",
});

keyed_enum!(BallotType {
    Approval => "approval",
    Knapsack => "knapsack",
});

keyed_enum!(TieBreak {
    Ids => "ids",
    CostVotes => "cost_votes",
});

keyed_enum!(ProposalStatus {
    Submitted => "submitted",
    Feasible => "feasible",
    Unfeasible => "unfeasible",
    Merged => "merged",
});

keyed_enum!(ImplStatus {
    Planned => "planned",
    Tendering => "tendering",
    Works => "works",
    Done => "done",
    Halted => "halted",
});

keyed_enum!(Channel {
    Online => "online",
    Paper => "paper",
    Import => "import",
});

// What a reviewer decides on a proposal.
keyed_enum!(ReviewEvent {
    Feasible => "feasible",
    Unfeasible => "unfeasible",
    Merge => "merge",
});

impl ProposalStatus {
    /// A proposal is reviewed once it is submitted; a reviewer may revise a feasibility
    /// decision while the review lasts, but a merged proposal stays merged.
    pub fn transition(self, event: ReviewEvent) -> Result<Self, Error> {
        match (self, event) {
            (Self::Merged, _) => Err(Error::with_cause(
                ErrorKind::Conflict,
                "a merged proposal is closed",
            )),
            (_, ReviewEvent::Feasible) => Ok(Self::Feasible),
            (_, ReviewEvent::Unfeasible) => Ok(Self::Unfeasible),
            (_, ReviewEvent::Merge) => Ok(Self::Merged),
        }
    }
}

/// Centimes (database) to dirhams (code).
pub fn mad(cents: i64) -> Decimal {
    Decimal::new(cents, 2)
}

/// Dirhams to centimes; `None` when negative, finer than a centime or too large.
pub fn cents(amount: Decimal) -> Option<i64> {
    if amount.is_sign_negative() {
        return None;
    }
    let scaled = amount.checked_mul(Decimal::ONE_HUNDRED)?;
    if scaled.fract() != Decimal::ZERO {
        return None;
    }
    i64::try_from(scaled.mantissa() / 10i128.pow(scaled.scale())).ok()
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = pb_cycles)]
pub struct Cycle {
    pub id: i64,
    pub commune_id: i64,
    pub year: i32,
    pub title_ar: String,
    pub title_fr: String,
    pub description_ar: String,
    pub description_fr: String,
    pub total_cents: i64,
    pub information_at: NaiveDateTime,
    pub proposals_at: NaiveDateTime,
    pub review_at: NaiveDateTime,
    pub voting_at: NaiveDateTime,
    pub results_at: NaiveDateTime,
    pub implementation_at: NaiveDateTime,
    pub phase_override: Option<String>,
    pub who_proposes: String,
    pub voter_min_age: i32,
    pub ballot_type: String,
    pub min_projects: i32,
    pub max_projects: i32,
    pub districts_per_voter: i32,
    pub rule: String,
    pub tie_break: String,
    pub counted_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

impl Cycle {
    pub fn title(&self, lang: Lang) -> &str {
        pick(lang, &self.title_ar, &self.title_fr)
    }
    pub fn description(&self, lang: Lang) -> &str {
        pick(lang, &self.description_ar, &self.description_fr)
    }
    pub fn total(&self) -> Decimal {
        mad(self.total_cents)
    }
    /// The phase at `now`: the admin's choice if any, else the calendar.
    pub fn phase(&self, now: NaiveDateTime) -> Phase {
        crate::rules::current_phase(&self.calendar(), self.override_phase(), now)
    }
    pub fn override_phase(&self) -> Option<Phase> {
        self.phase_override.as_deref().and_then(|p| p.parse().ok())
    }
    /// Start of each phase from information to implementation.
    pub fn calendar(&self) -> [(Phase, NaiveDateTime); 6] {
        [
            (Phase::Information, self.information_at),
            (Phase::Proposals, self.proposals_at),
            (Phase::Review, self.review_at),
            (Phase::Voting, self.voting_at),
            (Phase::Results, self.results_at),
            (Phase::Implementation, self.implementation_at),
        ]
    }
    pub fn rulebook(&self) -> crate::rules::Rulebook {
        crate::rules::Rulebook {
            who_proposes: self.who_proposes.parse().unwrap_or(WhoProposes::Both),
            voter_min_age: self.voter_min_age,
            ballot_type: self.ballot_type.parse().unwrap_or(BallotType::Approval),
            min_projects: self.min_projects.max(0) as usize,
            max_projects: self.max_projects.max(0) as usize,
            districts_per_voter: self.districts_per_voter.max(1) as usize,
            tie_break: self.tie_break.parse().unwrap_or(TieBreak::Ids),
        }
    }
    pub fn rule(&self) -> crate::Rule {
        self.rule.parse().unwrap_or(crate::Rule::MesAdd1Greedy)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = pb_districts)]
pub struct District {
    pub id: i64,
    pub commune_id: i64,
    pub cycle_id: i64,
    pub position: i32,
    pub name_ar: String,
    pub name_fr: String,
    pub amount_cents: i64,
}

impl District {
    pub fn name(&self, lang: Lang) -> &str {
        pick(lang, &self.name_ar, &self.name_fr)
    }
    pub fn amount(&self) -> Decimal {
        mad(self.amount_cents)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = pb_categories)]
pub struct Category {
    pub id: i64,
    pub commune_id: i64,
    pub cycle_id: i64,
    pub name_ar: String,
    pub name_fr: String,
}

impl Category {
    pub fn name(&self, lang: Lang) -> &str {
        pick(lang, &self.name_ar, &self.name_fr)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = pb_proposals)]
pub struct Proposal {
    pub id: i64,
    pub commune_id: i64,
    pub cycle_id: i64,
    pub district_id: i64,
    pub category_id: Option<i64>,
    #[serde(skip)]
    pub author_id: Option<i64>,
    pub association_id: Option<i64>,
    pub title: String,
    pub description: String,
    pub location: String,
    pub estimated_cents: i64,
    pub photo_upload_id: Option<i64>,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: ProposalStatus,
    pub review_reason: Option<String>,
    pub official_cents: Option<i64>,
    pub merged_into_id: Option<i64>,
    #[serde(skip)]
    pub reviewed_by: Option<i64>,
    pub reviewed_at: Option<NaiveDateTime>,
    pub selected_rank: Option<i32>,
    pub impl_status: Option<String>,
    pub progress: i32,
    pub spent_cents: i64,
    pub created_at: NaiveDateTime,
}

impl Proposal {
    /// The cost used on ballots and in the count: the official estimate once reviewed.
    pub fn cost_cents(&self) -> i64 {
        self.official_cents.unwrap_or(self.estimated_cents)
    }
    pub fn cost(&self) -> Decimal {
        mad(self.cost_cents())
    }
    pub fn on_ballot(&self) -> bool {
        self.status == ProposalStatus::Feasible
    }
    pub fn impl_status(&self) -> Option<ImplStatus> {
        self.impl_status.as_deref().and_then(|s| s.parse().ok())
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = pb_updates)]
pub struct Update {
    pub id: i64,
    pub commune_id: i64,
    pub cycle_id: i64,
    pub proposal_id: i64,
    #[serde(skip)]
    pub author_id: Option<i64>,
    pub impl_status: String,
    pub progress: i32,
    pub spent_cents: i64,
    pub body: String,
    pub created_at: NaiveDateTime,
}

/// A photo of a follow-up update: a public upload, served at `/uploads/{upload_id}`.
#[derive(Debug, Clone, Serialize)]
pub struct UpdatePhoto {
    pub upload_id: i64,
    pub content_type: String,
    pub size_bytes: i64,
}

musharaka_core::text_column!(ProposalStatus);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_round_trips_through_centimes() {
        assert_eq!(mad(120_050), Decimal::new(120_050, 2));
        assert_eq!(cents(Decimal::new(120_050, 2)), Some(120_050));
        assert_eq!(cents(Decimal::new(1200, 0)), Some(120_000));
        assert_eq!(cents(Decimal::new(1, 3)), None);
        assert_eq!(cents(Decimal::new(-1, 0)), None);
    }

    #[test]
    fn merged_proposals_stay_merged() {
        use ProposalStatus::*;
        assert_eq!(
            Submitted.transition(ReviewEvent::Feasible).ok(),
            Some(Feasible)
        );
        assert_eq!(
            Feasible.transition(ReviewEvent::Unfeasible).ok(),
            Some(Unfeasible)
        );
        assert_eq!(Submitted.transition(ReviewEvent::Merge).ok(), Some(Merged));
        assert!(Merged.transition(ReviewEvent::Feasible).is_err());
    }

    #[test]
    fn keys_round_trip() {
        for p in Phase::ALL {
            assert_eq!(p.key().parse::<Phase>().ok(), Some(*p));
        }
        assert!("later".parse::<Phase>().is_err());
    }
}

/// A cycle as the admin defines it.
#[derive(Debug, Clone, Serialize)]
pub struct CycleFacts {
    pub year: i32,
    pub title_ar: String,
    pub title_fr: String,
    pub description_ar: String,
    pub description_fr: String,
    pub total_cents: i64,
    /// Starts of information, proposals, review, voting, results, implementation.
    pub calendar: [NaiveDateTime; 6],
    pub who_proposes: WhoProposes,
    pub voter_min_age: i32,
    pub ballot_type: BallotType,
    pub min_projects: i32,
    pub max_projects: i32,
    pub districts_per_voter: i32,
    pub rule: String,
    pub tie_break: TieBreak,
    /// (name ar, name fr, amount in centimes); none means one district: the whole commune.
    pub districts: Vec<(String, String, i64)>,
    /// (name ar, name fr)
    pub categories: Vec<(String, String)>,
}
