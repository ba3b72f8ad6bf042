//! The consultative bodies' posted forms and what they become for the service.

use super::{parse_date, parse_number};
use crate::views::form::FieldErrors;
use musharaka_bodies::records::{
    ActivityInput, BodyFacts, MeetingInput, MemberFactsInput, OpinionInput,
};
use musharaka_bodies::service::{AdoptedBy, ReferralInput};
use musharaka_bodies::{
    ActivityStatus, AgeBand, BodyKind, BodyStatus, MemberGender, OpinionKind, Seat,
};
use serde::{Deserialize, Serialize};

/// `?done=` after a saved form.
#[derive(Deserialize, Serialize, Default, Clone)]
pub struct DoneQuery {
    pub done: Option<String>,
}

/// `Some(v)` when the form's own check found nothing.
fn ok<V>(errors: &FieldErrors, v: V) -> Option<V> {
    errors.is_empty().then_some(v)
}

fn key<T: std::str::FromStr>(value: &str, field: &str, errors: &mut FieldErrors) -> Option<T> {
    match value.parse() {
        Ok(v) => Some(v),
        Err(_) => {
            errors.push((field.into(), "field-required".into()));
            None
        }
    }
}

fn percent(value: &str, field: &str, errors: &mut FieldErrors) -> Option<i32> {
    if value.trim().is_empty() {
        return None;
    }
    parse_number(value, field, errors)
}

fn text(value: &str) -> Option<String> {
    Some(value.trim().to_string()).filter(|v| !v.is_empty())
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct BodyForm {
    pub kind: String,
    pub name_ar: String,
    pub name_fr: String,
    pub mission: String,
    pub founding_deliberation_id: String,
    pub founding_reference: String,
    pub target_women_pct: String,
    pub target_youth_pct: String,
    pub target_associations_pct: String,
}

impl BodyForm {
    pub fn facts(&self, errors: &mut FieldErrors) -> Option<BodyFacts> {
        let facts = BodyFacts {
            kind: self.kind.parse::<BodyKind>().ok(),
            name_ar: self.name_ar.clone(),
            name_fr: self.name_fr.clone(),
            mission: self.mission.clone(),
            founding_deliberation_id: if self.founding_deliberation_id.trim().is_empty() {
                None
            } else {
                parse_number(
                    &self.founding_deliberation_id,
                    "founding_deliberation_id",
                    errors,
                )
            },
            founding_reference: text(&self.founding_reference),
            target_women_pct: percent(&self.target_women_pct, "target_women_pct", errors),
            target_youth_pct: percent(&self.target_youth_pct, "target_youth_pct", errors),
            target_associations_pct: percent(
                &self.target_associations_pct,
                "target_associations_pct",
                errors,
            ),
        };
        ok(errors, facts)
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct StatusForm {
    pub status: String,
}

impl StatusForm {
    pub fn status(&self, errors: &mut FieldErrors) -> Option<BodyStatus> {
        key(&self.status, "status", errors)
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct SecretaryForm {
    pub email: String,
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct MemberForm {
    pub name: String,
    pub association_name: String,
    pub seat: String,
    pub gender: String,
    pub age_band: String,
    pub email: String,
    pub term_start: String,
    pub term_end: String,
    pub replaces_member_id: String,
}

impl MemberForm {
    pub fn member(&self, errors: &mut FieldErrors) -> Option<MemberFactsInput> {
        let seat = key::<Seat>(&self.seat, "seat", errors);
        let gender = key::<MemberGender>(&self.gender, "gender", errors);
        let age_band = key::<AgeBand>(&self.age_band, "age_band", errors);
        let term_start = parse_date(&self.term_start, "term_start", true, errors);
        let term_end = parse_date(&self.term_end, "term_end", false, errors);
        let replaces = if self.replaces_member_id.trim().is_empty() {
            None
        } else {
            parse_number::<i64>(&self.replaces_member_id, "replaces_member_id", errors)
        };
        let email = text(&self.email);
        if email.as_deref().is_some_and(|e| !e.contains('@')) {
            errors.push(("email".into(), "field-email".into()));
        }
        let m = MemberFactsInput {
            name: self.name.clone(),
            association_name: text(&self.association_name),
            seat: seat?,
            gender: gender?,
            age_band: age_band?,
            email,
            term_start: term_start?,
            term_end,
            replaces_member_id: replaces,
        };
        ok(errors, m)
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct LeaveForm {
    pub left_on: String,
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct MeetingForm {
    pub held_on: String,
    pub place: String,
    pub agenda: String,
    pub is_public: Option<String>,
}

impl MeetingForm {
    pub fn meeting(&self, errors: &mut FieldErrors) -> Option<MeetingInput> {
        let held_on = parse_date(&self.held_on, "held_on", true, errors)?;
        let m = MeetingInput {
            held_on,
            place: self.place.clone(),
            agenda: self.agenda.clone(),
            is_public: self.is_public.is_some(),
        };
        ok(errors, m)
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct MinutesForm {
    pub present: Vec<i64>,
    pub minutes: String,
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct ActivityForm {
    pub year: String,
    pub title: String,
    pub planned_on: String,
}

impl ActivityForm {
    pub fn activity(&self, errors: &mut FieldErrors) -> Option<ActivityInput> {
        let year = parse_number::<i32>(&self.year, "year", errors);
        let planned_on = parse_date(&self.planned_on, "planned_on", false, errors);
        let a = ActivityInput {
            year: year?,
            title: self.title.clone(),
            planned_on,
        };
        ok(errors, a)
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct ActivityUpdateForm {
    pub status: String,
    pub output: String,
}

impl ActivityUpdateForm {
    pub fn status(&self, errors: &mut FieldErrors) -> Option<ActivityStatus> {
        key(&self.status, "status", errors)
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct OpinionForm {
    pub kind: String,
    pub title: String,
    pub text: String,
    pub target_document: String,
    pub target_section: String,
    pub deadline: String,
}

impl OpinionForm {
    pub fn opinion(&self, errors: &mut FieldErrors) -> Option<OpinionInput> {
        let kind = match self.kind.as_str() {
            "remarks" => OpinionKind::Remarks,
            _ => OpinionKind::Own,
        };
        let o = OpinionInput {
            kind,
            title: self.title.clone(),
            text: self.text.clone(),
            target_document: text(&self.target_document),
            target_section: text(&self.target_section),
            requested_on: None,
            deadline: None,
        };
        ok(errors, o)
    }

    /// A referral: its title, the question and the deadline (required by the service).
    pub fn referral(&self, errors: &mut FieldErrors) -> Option<ReferralInput> {
        let deadline = parse_date(&self.deadline, "deadline", false, errors);
        let r = ReferralInput {
            title: self.title.clone(),
            question: self.text.clone(),
            deadline,
        };
        ok(errors, r)
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct EditForm {
    pub title: String,
    pub text: String,
    pub version: String,
}

impl EditForm {
    pub fn version(&self, errors: &mut FieldErrors) -> Option<i32> {
        parse_number(&self.version, "text", errors)
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct AdoptForm {
    pub adoption: String,
    pub votes_for: String,
    pub votes_against: String,
    pub votes_abstaining: String,
    pub adopted_on: String,
}

impl AdoptForm {
    pub fn adoption(&self, errors: &mut FieldErrors) -> Option<(AdoptedBy, chrono::NaiveDate)> {
        let on = parse_date(&self.adopted_on, "adopted_on", true, errors);
        let by = if self.adoption == "vote" {
            let n = |v: &str, f: &str, e: &mut FieldErrors| parse_number::<u32>(v, f, e);
            let in_favour = n(&self.votes_for, "votes_for", errors);
            let against = n(&self.votes_against, "votes_against", errors);
            let abstaining = n(&self.votes_abstaining, "votes_abstaining", errors);
            AdoptedBy::Vote {
                in_favour: in_favour?,
                against: against?,
                abstaining: abstaining?,
            }
        } else {
            AdoptedBy::Consensus
        };
        ok(errors, (by, on?))
    }
}
