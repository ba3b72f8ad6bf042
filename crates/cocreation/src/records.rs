//! Stored rows of calls, their grid, meetings and questions, concept notes, evaluations and
//! agreements.

use crate::model::{CallStatus, NoteStatus, TieBreak};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_communes::model::pick;
use musharaka_core::money::Money;
use musharaka_core::Lang;
use musharaka_db::schema::{
    cocreation_agreements, cocreation_budget_lines, cocreation_calls, cocreation_criteria,
    cocreation_evaluations, cocreation_meetings, cocreation_notes, cocreation_questions,
    cocreation_reports, cocreation_tranches,
};
use serde::Serialize;

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = cocreation_calls)]
pub struct CallRow {
    pub id: i64,
    pub commune_id: i64,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: CallStatus,
    pub title_ar: String,
    pub title_fr: String,
    pub text_ar: String,
    pub text_fr: String,
    pub themes: String,
    pub envelope_centimes: i64,
    pub ceiling_centimes: i64,
    pub cofinancing_min_percent: i32,
    pub min_age_years: i32,
    pub activity_fields: String,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub tie_break: String,
    pub spread_threshold: i32,
    #[serde(skip)]
    pub agenda_item_id: Option<musharaka_councils::ItemId>,
    #[serde(skip)]
    pub selection_item_id: Option<musharaka_councils::ItemId>,
    pub published_at: Option<NaiveDateTime>,
    pub results_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl CallRow {
    pub fn title(&self, lang: Lang) -> &str {
        pick(lang, &self.title_ar, &self.title_fr)
    }
    pub fn text(&self, lang: Lang) -> &str {
        pick(lang, &self.text_ar, &self.text_fr)
    }
    pub fn envelope(&self) -> Money {
        Money::from_centimes(self.envelope_centimes)
    }
    pub fn ceiling(&self) -> Money {
        Money::from_centimes(self.ceiling_centimes)
    }
    pub fn tie_break(&self) -> TieBreak {
        self.tie_break
            .parse()
            .unwrap_or(TieBreak::EarlierSubmission)
    }
    pub fn activity_keywords(&self) -> Vec<String> {
        self.activity_fields
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    }
    pub fn window(&self, now: NaiveDateTime) -> crate::rules::Window {
        crate::rules::window(self.opens_at, self.closes_at, now)
    }
}

/// A call as the commune saves it (times already in UTC).
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = cocreation_calls)]
pub struct CallFields {
    pub title_ar: String,
    pub title_fr: String,
    pub text_ar: String,
    pub text_fr: String,
    pub themes: String,
    pub envelope_centimes: i64,
    pub ceiling_centimes: i64,
    pub cofinancing_min_percent: i32,
    pub min_age_years: i32,
    pub activity_fields: String,
    pub opens_at: NaiveDateTime,
    pub closes_at: NaiveDateTime,
    pub tie_break: String,
    pub spread_threshold: i32,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = cocreation_criteria)]
pub struct CriterionRow {
    pub id: i64,
    pub commune_id: i64,
    pub call_id: i64,
    pub position: i32,
    pub label_ar: String,
    pub label_fr: String,
    pub guidance: String,
    pub weight: i32,
    pub max_score: i32,
}

impl CriterionRow {
    pub fn label(&self, lang: Lang) -> &str {
        pick(lang, &self.label_ar, &self.label_fr)
    }
    pub fn rule(&self) -> crate::rules::Criterion {
        crate::rules::Criterion {
            id: self.id,
            weight: u32::try_from(self.weight).unwrap_or(0),
            max_score: u32::try_from(self.max_score).unwrap_or(0),
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = cocreation_meetings)]
pub struct MeetingRow {
    pub id: i64,
    pub commune_id: i64,
    pub call_id: i64,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub place_ar: String,
    pub place_fr: String,
    pub attendance: Option<i32>,
    pub organisations_present: Option<i32>,
    pub created_at: NaiveDateTime,
}

impl MeetingRow {
    pub fn place(&self, lang: Lang) -> &str {
        pick(lang, &self.place_ar, &self.place_fr)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = cocreation_questions)]
pub struct QuestionRow {
    pub id: i64,
    pub commune_id: i64,
    pub call_id: i64,
    #[serde(skip)]
    pub account_id: Option<i64>,
    pub question: String,
    pub answer: Option<String>,
    pub answered_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = cocreation_notes)]
pub struct NoteRow {
    pub id: i64,
    pub commune_id: i64,
    pub call_id: i64,
    pub association_id: i64,
    #[serde(skip)]
    pub account_id: Option<i64>,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: NoteStatus,
    pub title: String,
    pub problem: String,
    pub objectives: String,
    pub beneficiaries: i32,
    pub women_percent: i32,
    pub youth_percent: i32,
    pub activities: String,
    pub calendar: String,
    pub partners: String,
    pub receipt_number: Option<String>,
    pub submitted_at: Option<NaiveDateTime>,
    pub unmet: Option<String>,
    #[serde(skip)]
    pub eligibility_by: Option<i64>,
    pub eligibility_at: Option<NaiveDateTime>,
    pub rank: Option<i32>,
    pub total_score: Option<String>,
    pub granted_centimes: Option<i64>,
    pub decision_reason: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl NoteRow {
    /// The unmet conditions recorded (automatic at submission, final after the checklist).
    pub fn unmet(&self) -> Vec<crate::model::Condition> {
        self.unmet
            .as_deref()
            .unwrap_or("")
            .split(',')
            .filter_map(|k| k.parse().ok())
            .collect()
    }
    pub fn granted(&self) -> Option<Money> {
        self.granted_centimes.map(Money::from_centimes)
    }
}

/// A concept note's texts as the association writes them.
#[derive(Debug, Clone, Default, Insertable, AsChangeset)]
#[diesel(table_name = cocreation_notes)]
pub struct NoteTexts {
    pub title: String,
    pub problem: String,
    pub objectives: String,
    pub beneficiaries: i32,
    pub women_percent: i32,
    pub youth_percent: i32,
    pub activities: String,
    pub calendar: String,
    pub partners: String,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = cocreation_budget_lines)]
pub struct BudgetLineRow {
    pub id: i64,
    pub commune_id: i64,
    pub note_id: i64,
    pub position: i32,
    pub label: String,
    pub amount_centimes: i64,
    pub cofinancing_centimes: i64,
}

impl BudgetLineRow {
    pub fn line(&self) -> crate::rules::Line {
        crate::rules::Line {
            amount: Money::from_centimes(self.amount_centimes),
            cofinancing: Money::from_centimes(self.cofinancing_centimes),
        }
    }
}

/// A budget line as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLine {
    pub label: String,
    pub amount: Money,
    pub cofinancing: Money,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = cocreation_evaluations)]
pub struct EvaluationRow {
    pub id: i64,
    pub commune_id: i64,
    pub note_id: i64,
    pub evaluator_id: i64,
    pub conflict_declared: bool,
    pub comment: String,
    pub submitted_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = cocreation_agreements)]
pub struct AgreementRow {
    pub id: i64,
    pub commune_id: i64,
    pub note_id: i64,
    pub grant_centimes: i64,
    pub signed_on: NaiveDate,
    #[serde(skip)]
    pub signed_by: Option<i64>,
    pub final_evaluation: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = cocreation_tranches)]
pub struct TrancheRow {
    pub id: i64,
    pub commune_id: i64,
    pub agreement_id: i64,
    pub position: i32,
    pub amount_centimes: i64,
    pub condition_text: String,
    pub report_due_on: NaiveDate,
    pub paid_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = cocreation_reports)]
pub struct ReportRow {
    pub id: i64,
    pub commune_id: i64,
    pub agreement_id: i64,
    #[serde(skip)]
    pub author_id: Option<i64>,
    pub side: String,
    pub narrative: String,
    pub created_at: NaiveDateTime,
}

musharaka_db::audited!(CallRow, "cocreation_call");
musharaka_db::audited!(NoteRow, "cocreation_note");

/// A criterion of a call's grid, at its position.
#[derive(Insertable)]
#[diesel(table_name = cocreation_criteria)]
pub struct NewCriterion<'a> {
    pub commune_id: i64,
    pub call_id: i64,
    pub position: i32,
    pub label_ar: &'a str,
    pub label_fr: &'a str,
    pub guidance: &'a str,
    pub weight: i32,
    pub max_score: i32,
}

/// An information meeting of a call.
#[derive(Insertable)]
#[diesel(table_name = cocreation_meetings)]
pub struct NewMeeting<'a> {
    pub commune_id: i64,
    pub call_id: i64,
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub place_ar: &'a str,
    pub place_fr: &'a str,
    pub created_at: NaiveDateTime,
}

/// The agreement signed for a selected note.
#[derive(Insertable)]
#[diesel(table_name = cocreation_agreements)]
pub struct NewAgreement {
    pub commune_id: i64,
    pub note_id: i64,
    pub grant_centimes: i64,
    pub signed_on: NaiveDate,
    pub signed_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// A tranche of an agreement, at its position.
#[derive(Insertable)]
#[diesel(table_name = cocreation_tranches)]
pub struct NewTranche<'a> {
    pub commune_id: i64,
    pub agreement_id: i64,
    pub position: i32,
    pub amount_centimes: i64,
    pub condition_text: &'a str,
    pub report_due_on: NaiveDate,
}
