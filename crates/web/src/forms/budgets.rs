//! The budget's posted forms and query strings, as typed, with their conversions into the
//! service's inputs (field errors as `views::form::FieldErrors`).

//! Participatory budgets: the public pages of a commune's cycles (proposals, ballot,
//! results, follow-up, exports), their back office under `/{slug}/admin/budgets`, and the
//! JSON API. Registered before the commune's admin scope so its paths win.

use crate::forms::{parse_date, parse_number, require_text};
use crate::uploads::MultipartForm;
use crate::views::form::FieldErrors;
use chrono::NaiveTime;
use musharaka_budgets::model::{BallotType, ImplStatus, ReviewEvent, TieBreak, WhoProposes};
use musharaka_budgets::service::{
    CycleFacts, PaperBallot, PaperVoter, ProposalFacts, ReviewFacts, UpdateFacts,
};
use musharaka_budgets::Rule;
use musharaka_core::{Error, Money, Page};
use serde::Deserialize;

pub const PAGE_SIZE: i64 = 20;

#[derive(Deserialize)]
pub struct DoneQuery {
    pub done: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    pub district: Option<String>,
    pub category: Option<String>,
    pub status: Option<String>,
    pub page: Page,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct BallotForm {
    pub p: Vec<String>,
    pub birth_year: String,
    pub paper_number: String,
    pub voter_email: String,
    pub voter_cin: String,
}

impl BallotForm {
    /// The proposals ticked on the ballot.
    pub fn choices(&self) -> Vec<i64> {
        self.p
            .iter()
            .filter_map(|s| s.trim().parse().ok())
            .collect()
    }

    /// A paper ballot as the service takes it, or the fields in error. `cin_hash` turns a
    /// typed CIN into its keyed hash (or a field error); every new ballot carries one.
    pub fn paper(
        &self,
        cin_hash: impl Fn(&str) -> Result<String, Error>,
    ) -> Result<PaperBallot, FieldErrors> {
        let mut errors = FieldErrors::new();
        require_text(&self.paper_number, "paper_number", 40, &mut errors);
        let birth_year = match self.birth_year.trim() {
            "" => None,
            s => parse_number::<i32>(s, "birth_year", &mut errors),
        };
        let email = self.voter_email.trim().to_lowercase();
        let cin = self.voter_cin.trim();
        if email.is_empty() && cin.is_empty() {
            errors.push(("voter_email".into(), "pb-voter-required".into()));
        }
        let hash = match cin.is_empty() || !errors.is_empty() {
            true => None,
            false => match cin_hash(cin) {
                Ok(h) => Some(h),
                Err(e) => {
                    errors.extend(e.fields);
                    None
                }
            },
        };
        let voter = match (email.is_empty(), &hash) {
            (false, _) => Some(PaperVoter::Email(email)),
            (true, Some(h)) => Some(PaperVoter::CinKey(format!("cin:{h}"))),
            (true, None) => None,
        };
        match voter {
            Some(voter) if errors.is_empty() => Ok(PaperBallot {
                number: self.paper_number.trim().to_string(),
                voter,
                cin_hash: hash,
                choices: self.choices(),
                birth_year,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Deserialize)]
pub struct DistrictQuery {
    pub district: Option<i64>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct CycleForm {
    pub year: String,
    pub title_ar: String,
    pub title_fr: String,
    pub description_ar: String,
    pub description_fr: String,
    pub total: String,
    pub information_at: String,
    pub proposals_at: String,
    pub review_at: String,
    pub voting_at: String,
    pub results_at: String,
    pub implementation_at: String,
    pub who_proposes: String,
    pub voter_min_age: String,
    pub ballot_type: String,
    pub min_projects: String,
    pub max_projects: String,
    pub districts_per_voter: String,
    pub rule: String,
    pub tie_break: String,
    /// One district a line: `name ar | name fr | amount`.
    pub districts: String,
    /// One category a line: `name ar | name fr`.
    pub categories: String,
}

pub const CALENDAR_FIELDS: [&str; 6] = [
    "information_at",
    "proposals_at",
    "review_at",
    "voting_at",
    "results_at",
    "implementation_at",
];

impl CycleForm {
    /// The form filled with an existing cycle's facts (the edit form), in the same text
    /// shapes `facts` reads back.
    pub fn from_facts(f: &CycleFacts) -> Self {
        let day = |t: &chrono::NaiveDateTime| t.date().format("%Y-%m-%d").to_string();
        let [information, proposals, review, voting, results, implementation] = &f.calendar;
        CycleForm {
            year: f.year.to_string(),
            title_ar: f.title_ar.clone(),
            title_fr: f.title_fr.clone(),
            description_ar: f.description_ar.clone(),
            description_fr: f.description_fr.clone(),
            total: Money::from_centimes(f.total_cents).plain(),
            information_at: day(information),
            proposals_at: day(proposals),
            review_at: day(review),
            voting_at: day(voting),
            results_at: day(results),
            implementation_at: day(implementation),
            who_proposes: f.who_proposes.key().to_string(),
            voter_min_age: f.voter_min_age.to_string(),
            ballot_type: f.ballot_type.key().to_string(),
            min_projects: f.min_projects.to_string(),
            max_projects: f.max_projects.to_string(),
            districts_per_voter: f.districts_per_voter.to_string(),
            rule: f.rule.clone(),
            tie_break: f.tie_break.key().to_string(),
            districts: f
                .districts
                .iter()
                .map(|(ar, fr, amount)| {
                    format!("{ar} | {fr} | {}", Money::from_centimes(*amount).plain())
                })
                .collect::<Vec<_>>()
                .join("\n"),
            categories: f
                .categories
                .iter()
                .map(|(ar, fr)| format!("{ar} | {fr}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    pub fn facts(&self, errors: &mut FieldErrors) -> Option<CycleFacts> {
        let year = parse_number::<i32>(&self.year, "year", errors);
        require_text(&self.title_ar, "title_ar", 200, errors);
        require_text(&self.title_fr, "title_fr", 200, errors);
        let total = parse_centimes(&self.total);
        if total.is_none() {
            errors.push(("total".into(), "field-number".into()));
        }
        let values = [
            &self.information_at,
            &self.proposals_at,
            &self.review_at,
            &self.voting_at,
            &self.results_at,
            &self.implementation_at,
        ];
        let mut calendar = Vec::new();
        for (name, value) in CALENDAR_FIELDS.iter().zip(values) {
            if let Some(d) = parse_date(value, name, true, errors) {
                calendar.push(d.and_time(NaiveTime::MIN));
            }
        }
        let choice = |v: &str, f: &str, errors: &mut FieldErrors| {
            if v.is_empty() {
                errors.push((f.into(), "field-choice".into()));
            }
        };
        let who: Option<WhoProposes> = self.who_proposes.parse().ok();
        choice(if who.is_some() { "x" } else { "" }, "who_proposes", errors);
        let ballot: Option<BallotType> = self.ballot_type.parse().ok();
        choice(
            if ballot.is_some() { "x" } else { "" },
            "ballot_type",
            errors,
        );
        let tie: Option<TieBreak> = self.tie_break.parse().ok();
        choice(if tie.is_some() { "x" } else { "" }, "tie_break", errors);
        if self.rule.parse::<Rule>().is_err() {
            errors.push(("rule".into(), "field-choice".into()));
        }
        let min_age = parse_number::<i32>(&self.voter_min_age, "voter_min_age", errors);
        let min_projects = parse_number::<i32>(&self.min_projects, "min_projects", errors);
        let max_projects = parse_number::<i32>(&self.max_projects, "max_projects", errors);
        let per_voter =
            parse_number::<i32>(&self.districts_per_voter, "districts_per_voter", errors);
        let mut districts = Vec::new();
        for line in self.districts.lines().filter(|l| !l.trim().is_empty()) {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            match (
                parts.as_slice(),
                parts.get(2).and_then(|a| parse_centimes(a)),
            ) {
                ([ar, fr, _], Some(amount)) if !ar.is_empty() && !fr.is_empty() => {
                    districts.push((ar.to_string(), fr.to_string(), amount))
                }
                _ => {
                    errors.push(("districts".into(), "pb-field-districts".into()));
                    break;
                }
            }
        }
        let mut categories = Vec::new();
        for line in self.categories.lines().filter(|l| !l.trim().is_empty()) {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            match parts.as_slice() {
                [ar, fr] if !ar.is_empty() && !fr.is_empty() => {
                    categories.push((ar.to_string(), fr.to_string()))
                }
                _ => {
                    errors.push(("categories".into(), "pb-field-categories".into()));
                    break;
                }
            }
        }
        if !errors.is_empty() {
            return None;
        }
        Some(CycleFacts {
            year: year?,
            title_ar: self.title_ar.clone(),
            title_fr: self.title_fr.clone(),
            description_ar: self.description_ar.clone(),
            description_fr: self.description_fr.clone(),
            total_cents: total?,
            calendar: calendar.try_into().ok()?,
            who_proposes: who?,
            voter_min_age: min_age?,
            ballot_type: ballot?,
            min_projects: min_projects?,
            max_projects: max_projects?,
            districts_per_voter: per_voter?,
            rule: self.rule.clone(),
            tie_break: tie?,
            districts,
            categories,
        })
    }
}

#[derive(Deserialize)]
pub struct PhaseForm {
    #[serde(default)]
    pub phase: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReviewForm {
    pub decision: String,
    pub reason: String,
    pub official_cost: String,
    pub merge_into: String,
}

impl ReviewForm {
    /// The review as the service takes it, or the fields in error.
    pub fn facts(&self) -> Result<ReviewFacts, FieldErrors> {
        let mut errors = FieldErrors::new();
        let decision: Option<ReviewEvent> = self.decision.parse().ok();
        if decision.is_none() {
            errors.push(("decision".into(), "field-choice".into()));
        }
        let official_cents = match self.official_cost.trim() {
            "" => None,
            s => {
                let c = parse_centimes(s);
                if c.is_none() {
                    errors.push(("official_cost".into(), "field-number".into()));
                }
                c
            }
        };
        let merge_into = match self.merge_into.trim() {
            "" => None,
            s => parse_number::<i64>(s, "merge_into", &mut errors),
        };
        let Some(decision) = decision.filter(|_| errors.is_empty()) else {
            return Err(errors);
        };
        Ok(ReviewFacts {
            decision,
            reason: self.reason.clone(),
            official_cents,
            merge_into,
        })
    }
}

/// The follow-up update form as typed (multipart: it carries photos).
#[derive(Default)]
pub struct UpdateForm {
    pub impl_status: String,
    pub progress: String,
    pub spent: String,
    pub body: String,
}

impl UpdateForm {
    /// The text fields of the multipart form.
    pub fn read(form: &MultipartForm) -> Self {
        UpdateForm {
            impl_status: form.text("impl_status").to_string(),
            progress: form.text("progress").to_string(),
            spent: form.text("spent").to_string(),
            body: form.text("body").to_string(),
        }
    }

    /// The update as the service takes it (photos are added by the service's caller), or
    /// the fields in error.
    pub fn facts(&self) -> Result<UpdateFacts, FieldErrors> {
        let mut errors = FieldErrors::new();
        let status: Option<ImplStatus> = self.impl_status.parse().ok();
        if status.is_none() {
            errors.push(("impl_status".into(), "field-choice".into()));
        }
        let progress = parse_number::<i32>(&self.progress, "progress", &mut errors);
        if progress.is_some_and(|p| !(0..=100).contains(&p)) {
            errors.push(("progress".into(), "field-number".into()));
        }
        let spent = match self.spent.trim() {
            "" => Some(0),
            s => parse_centimes(s),
        };
        if spent.is_none() {
            errors.push(("spent".into(), "field-number".into()));
        }
        require_text(&self.body, "body", 5000, &mut errors);
        match (status, progress, spent) {
            (Some(impl_status), Some(progress), Some(spent_cents)) if errors.is_empty() => {
                Ok(UpdateFacts {
                    impl_status,
                    progress,
                    spent_cents,
                    body: self.body.clone(),
                    photo_upload_ids: Vec::new(),
                })
            }
            _ => Err(errors),
        }
    }
}

/// Centimes of an amount typed in a form (ceiling and syntax: [`Money::parse`]).
pub fn parse_centimes(text: &str) -> Option<i64> {
    Money::parse(text).map(Money::centimes)
}

/// A proposal as typed (multipart: it may carry a photo).
#[derive(Default)]
pub struct ProposalForm {
    pub title: String,
    pub description: String,
    pub location: String,
    pub district_id: String,
    pub category_id: String,
    pub estimated: String,
    pub as_association: bool,
}

impl ProposalForm {
    /// The text fields of the multipart form.
    pub fn read(form: &MultipartForm) -> Self {
        ProposalForm {
            title: form.text("title").to_string(),
            description: form.text("description").to_string(),
            location: form.text("location").to_string(),
            district_id: form.text("district_id").to_string(),
            category_id: form.text("category_id").to_string(),
            estimated: form.text("estimated").to_string(),
            as_association: !form.text("as_association").is_empty(),
        }
    }

    /// The proposal as the service takes it (the photo is stored by the service's caller),
    /// or the fields in error.
    pub fn facts(&self) -> Result<ProposalFacts, FieldErrors> {
        let mut errors = FieldErrors::new();
        require_text(&self.title, "title", 200, &mut errors);
        require_text(&self.description, "description", 5000, &mut errors);
        if self.location.chars().count() > 300 {
            errors.push(("location".into(), "field-too-long".into()));
        }
        let district_id = parse_number::<i64>(&self.district_id, "district_id", &mut errors);
        let category_id = match self.category_id.trim() {
            "" => None,
            s => parse_number::<i64>(s, "category_id", &mut errors),
        };
        let estimated = parse_centimes(&self.estimated);
        if estimated.is_none_or(|c| c <= 0) {
            errors.push(("estimated".into(), "field-number".into()));
        }
        match (district_id, estimated) {
            (Some(district_id), Some(estimated_cents)) if errors.is_empty() => Ok(ProposalFacts {
                district_id,
                category_id,
                title: self.title.clone(),
                description: self.description.clone(),
                location: self.location.clone(),
                estimated_cents,
                photo_upload_id: None,
                as_association: self.as_association,
            }),
            _ => Err(errors),
        }
    }
}
