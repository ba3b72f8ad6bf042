//! Stored rows of plans, commitments, actions, indicators, values, rounds, links.

use crate::model::{
    pick, CommitmentStatus, IndicatorKind, OriginKind, PlanKind, PlanStatus, SteeringSide,
};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_core::Lang;
use musharaka_db::schema::{
    programme_actions, programme_assessments, programme_commitments, programme_evidence,
    programme_indicators, programme_links, programme_plans, programme_rounds, programme_series,
    programme_steering, programme_updates, programme_values,
};
use serde::Serialize;

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_plans)]
pub struct PlanRow {
    pub id: i64,
    pub commune_id: i64,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub kind: PlanKind,
    pub title_ar: String,
    pub title_fr: String,
    pub summary: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: PlanStatus,
    pub deliberation_id: Option<i64>,
    pub adopted_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl PlanRow {
    pub fn kind(&self) -> PlanKind {
        self.kind
    }
    pub fn title(&self, lang: Lang) -> &str {
        pick(lang, &self.title_ar, &self.title_fr)
    }
}

#[derive(Insertable)]
#[diesel(table_name = programme_plans)]
pub struct NewPlanRow<'a> {
    pub commune_id: i64,
    pub kind: PlanKind,
    pub title_ar: &'a str,
    pub title_fr: &'a str,
    pub summary: &'a str,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub status: PlanStatus,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_series)]
pub struct SeriesRow {
    pub id: i64,
    pub commune_id: i64,
    pub plan_id: i64,
    pub position: i32,
    pub title_ar: String,
    pub title_fr: String,
}

impl SeriesRow {
    pub fn title(&self, lang: Lang) -> &str {
        pick(lang, &self.title_ar, &self.title_fr)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_commitments)]
pub struct CommitmentRow {
    pub id: i64,
    pub commune_id: i64,
    pub plan_id: i64,
    pub series_id: Option<i64>,
    pub number: i32,
    pub title_ar: String,
    pub title_fr: String,
    pub description: String,
    pub lead_service: String,
    pub partners: String,
    pub expected_results: String,
    pub budget_cents: Option<i64>,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: CommitmentStatus,
    pub status_reason: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl CommitmentRow {
    pub fn title(&self, lang: Lang) -> &str {
        pick(lang, &self.title_ar, &self.title_fr)
    }
}

#[derive(Insertable)]
#[diesel(table_name = programme_commitments)]
pub struct NewCommitmentRow<'a> {
    pub commune_id: i64,
    pub plan_id: i64,
    pub series_id: Option<i64>,
    pub number: i32,
    pub title_ar: &'a str,
    pub title_fr: &'a str,
    pub description: &'a str,
    pub lead_service: &'a str,
    pub partners: &'a str,
    pub expected_results: &'a str,
    pub budget_cents: Option<i64>,
    pub status: CommitmentStatus,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_actions)]
pub struct ActionRow {
    pub id: i64,
    pub commune_id: i64,
    pub commitment_id: i64,
    pub title: String,
    pub starts_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = programme_actions)]
pub struct NewActionRow<'a> {
    pub commune_id: i64,
    pub commitment_id: i64,
    pub title: &'a str,
    pub starts_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_indicators)]
pub struct IndicatorRow {
    pub id: i64,
    pub commune_id: i64,
    pub commitment_id: i64,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub kind: IndicatorKind,
    pub name: String,
    pub unit: String,
    pub period: String,
    pub baseline: i64,
    pub target: i64,
    pub created_at: NaiveDateTime,
}

impl IndicatorRow {
    pub fn kind(&self) -> IndicatorKind {
        self.kind
    }
}

#[derive(Insertable)]
#[diesel(table_name = programme_indicators)]
pub struct NewIndicatorRow<'a> {
    pub commune_id: i64,
    pub commitment_id: i64,
    pub kind: IndicatorKind,
    pub name: &'a str,
    pub unit: &'a str,
    pub period: &'a str,
    pub baseline: i64,
    pub target: i64,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_values)]
pub struct ValueRow {
    pub id: i64,
    pub commune_id: i64,
    pub indicator_id: i64,
    pub measured_on: NaiveDate,
    pub value: i64,
    pub source: String,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = programme_values)]
pub struct NewValueRow<'a> {
    pub commune_id: i64,
    pub indicator_id: i64,
    pub measured_on: NaiveDate,
    pub value: i64,
    pub source: &'a str,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_rounds)]
pub struct RoundRow {
    pub id: i64,
    pub commune_id: i64,
    pub plan_id: i64,
    pub label: String,
    pub period_end: NaiveDate,
    pub validated_at: Option<NaiveDateTime>,
    pub validation_note: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = programme_rounds)]
pub struct NewRoundRow<'a> {
    pub commune_id: i64,
    pub plan_id: i64,
    pub label: &'a str,
    pub period_end: NaiveDate,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_links)]
pub struct LinkRow {
    pub id: i64,
    pub commune_id: i64,
    pub commitment_id: i64,
    pub kind: String,
    pub reference: String,
    pub checked: bool,
    pub created_at: NaiveDateTime,
}

impl LinkRow {
    pub fn kind(&self) -> Option<OriginKind> {
        self.kind.parse().ok()
    }
}

#[derive(Insertable)]
#[diesel(table_name = programme_links)]
pub struct NewLinkRow<'a> {
    pub commune_id: i64,
    pub commitment_id: i64,
    pub kind: &'a str,
    pub reference: &'a str,
    pub checked: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_evidence)]
pub struct EvidenceRow {
    pub id: i64,
    pub commune_id: i64,
    pub commitment_id: i64,
    pub title: String,
    pub url: String,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = programme_evidence)]
pub struct NewEvidenceRow<'a> {
    pub commune_id: i64,
    pub commitment_id: i64,
    pub title: &'a str,
    pub url: &'a str,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_steering)]
pub struct SteeringRow {
    pub id: i64,
    pub commune_id: i64,
    pub plan_id: i64,
    pub side: String,
    pub name: String,
    pub organisation: String,
    pub created_at: NaiveDateTime,
}

impl SteeringRow {
    pub fn side(&self) -> SteeringSide {
        self.side.parse().unwrap_or(SteeringSide::Commune)
    }
}

#[derive(Insertable)]
#[diesel(table_name = programme_steering)]
pub struct NewSteeringRow<'a> {
    pub commune_id: i64,
    pub plan_id: i64,
    pub side: &'a str,
    pub name: &'a str,
    pub organisation: &'a str,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_updates)]
pub struct UpdateRow {
    pub id: i64,
    pub commune_id: i64,
    pub plan_id: i64,
    pub commitment_id: Option<i64>,
    pub event: String,
    pub detail: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = programme_updates)]
pub struct NewUpdateRow<'a> {
    pub commune_id: i64,
    pub plan_id: i64,
    pub commitment_id: Option<i64>,
    pub event: &'a str,
    pub detail: Option<&'a str>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = programme_assessments)]
pub struct AssessmentRow {
    pub id: i64,
    pub commune_id: i64,
    pub year: i32,
    pub conditions_met: i32,
    pub points: i32,
    pub detail: String,
    pub published: bool,
    pub created_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = programme_assessments)]
pub struct NewAssessmentRow<'a> {
    pub commune_id: i64,
    pub year: i32,
    pub conditions_met: i32,
    pub points: i32,
    pub detail: &'a str,
    pub published: bool,
    pub created_at: NaiveDateTime,
}
