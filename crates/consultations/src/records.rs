//! Stored rows of consultations, their sections, comments, questions, responses and
//! workshops.

use crate::model::{AuthorKind, Channel, Outcome, Phase, QuestionKind, Status, Subject};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_communes::model::pick;
use musharaka_core::Lang;
use musharaka_db::schema::{
    consultation_attendance, consultation_comments, consultation_questions, consultation_responses,
    consultation_sections, consultation_workshops, consultations,
};
use serde::Serialize;

/// A consultation's texts, dates and channels as written on creation and on each edit of
/// the draft.
#[derive(Insertable, AsChangeset)]
#[diesel(table_name = consultations)]
pub struct ConsultationTexts<'a> {
    pub subject: &'a str,
    pub title_ar: &'a str,
    pub title_fr: &'a str,
    pub text_ar: &'a str,
    pub text_fr: &'a str,
    pub owner_service: &'a str,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub channels: &'a str,
    pub districts: &'a str,
}

#[derive(Insertable)]
#[diesel(table_name = consultations)]
pub struct NewConsultation<'a> {
    pub commune_id: i64,
    #[diesel(embed)]
    pub texts: ConsultationTexts<'a>,
    pub created_by: Option<i64>,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = consultations)]
pub struct ConsultationRow {
    pub id: i64,
    pub commune_id: i64,
    pub subject: String,
    pub title_ar: String,
    pub title_fr: String,
    pub text_ar: String,
    pub text_fr: String,
    pub owner_service: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub channels: String,
    pub districts: String,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: Status,
    pub revised_version: Option<i32>,
    pub synthesis_ar: Option<String>,
    pub synthesis_fr: Option<String>,
    pub synthesis_published_at: Option<NaiveDateTime>,
    pub agenda_item_id: Option<musharaka_councils::ItemId>,
    pub deliberation_id: Option<i64>,
    pub deliberation_number: Option<String>,
    #[serde(skip)]
    pub created_by: Option<i64>,
    pub published_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl ConsultationRow {
    pub fn subject(&self) -> Subject {
        self.subject.parse().unwrap_or(Subject::Project)
    }

    pub fn phase(&self, today: NaiveDate) -> Phase {
        crate::rules::phase(self.status, self.opens_on, self.closes_on, today)
    }

    pub fn channels(&self) -> Vec<Channel> {
        self.channels
            .split(',')
            .filter_map(|c| c.trim().parse().ok())
            .collect()
    }

    pub fn has_channel(&self, c: Channel) -> bool {
        self.channels().contains(&c)
    }

    /// The districts a respondent may declare (one per line).
    pub fn district_list(&self) -> Vec<String> {
        self.districts
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_string)
            .collect()
    }

    pub fn title(&self, lang: Lang) -> &str {
        pick(lang, &self.title_ar, &self.title_fr)
    }

    pub fn text(&self, lang: Lang) -> &str {
        pick(lang, &self.text_ar, &self.text_fr)
    }

    pub fn synthesis(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Ar => self.synthesis_ar.as_deref(),
            _ => self.synthesis_fr.as_deref(),
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = consultation_sections)]
pub struct SectionRow {
    pub id: i64,
    #[serde(skip)]
    pub commune_id: i64,
    pub consultation_id: i64,
    pub version: i32,
    pub position: i32,
    pub heading: String,
    pub body: String,
    pub taken: Option<String>,
    pub not_taken: Option<String>,
    pub answered_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

/// A comment as stored. Its author's account is never shown publicly: the page shows the
/// kind of author, and an association's or body's name.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = consultation_comments)]
pub struct CommentRow {
    pub id: i64,
    #[serde(skip)]
    pub commune_id: i64,
    pub consultation_id: i64,
    pub section_id: i64,
    pub parent_id: Option<i64>,
    pub author_kind: String,
    #[serde(skip)]
    pub account_id: Option<i64>,
    #[serde(skip)]
    pub association_id: Option<i64>,
    pub author_label: Option<String>,
    pub body: String,
    pub hidden_at: Option<NaiveDateTime>,
    pub hidden_reason: Option<String>,
    pub hidden_note: Option<String>,
    pub outcome: Option<String>,
    pub outcome_note: Option<String>,
    pub created_at: NaiveDateTime,
}

impl CommentRow {
    pub fn author_kind(&self) -> AuthorKind {
        self.author_kind.parse().unwrap_or(AuthorKind::Citizen)
    }

    pub fn outcome(&self) -> Option<Outcome> {
        self.outcome.as_deref().and_then(|o| o.parse().ok())
    }

    pub fn is_hidden(&self) -> bool {
        self.hidden_at.is_some()
    }
}

/// A comment with its support count, for pages.
#[derive(Debug, Clone, Serialize)]
pub struct CommentView {
    pub comment: CommentRow,
    pub supports: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = consultation_questions)]
pub struct QuestionRow {
    pub id: i64,
    #[serde(skip)]
    pub commune_id: i64,
    pub consultation_id: i64,
    pub position: i32,
    pub kind: String,
    pub prompt_ar: String,
    pub prompt_fr: String,
    pub options: String,
    pub required: bool,
}

impl QuestionRow {
    pub fn kind(&self) -> QuestionKind {
        self.kind.parse().unwrap_or(QuestionKind::ShortText)
    }

    /// The options as (arabic, french).
    pub fn option_list(&self) -> Vec<(String, String)> {
        serde_json::from_str(&self.options).unwrap_or_default()
    }

    pub fn prompt(&self, lang: Lang) -> &str {
        pick(lang, &self.prompt_ar, &self.prompt_fr)
    }
}

/// A response row: staff only (the declared facts never leave the service except in
/// aggregate).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = consultation_responses)]
pub struct ResponseRow {
    pub id: i64,
    pub commune_id: i64,
    pub consultation_id: i64,
    pub channel: String,
    pub account_id: Option<i64>,
    pub entered_by: Option<i64>,
    pub answers: String,
    pub age_band: Option<String>,
    pub gender: Option<String>,
    pub district: Option<String>,
    pub association_member: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = consultation_workshops)]
pub struct WorkshopRow {
    pub id: i64,
    #[serde(skip)]
    pub commune_id: i64,
    pub consultation_id: i64,
    pub held_on: NaiveDate,
    pub place: String,
    pub focus: String,
    pub topic: String,
    pub facilitators: String,
    pub invitations: i32,
    pub outputs: String,
    pub created_at: NaiveDateTime,
}

/// A workshop with its attendance (category, women, men) and photos (upload ids).
#[derive(Debug, Clone, Serialize)]
pub struct WorkshopView {
    pub workshop: WorkshopRow,
    pub attendance: Vec<(String, i32, i32)>,
    pub photos: Vec<i64>,
}

impl WorkshopView {
    pub fn attended(&self) -> i64 {
        self.attendance
            .iter()
            .map(|(_, w, m)| i64::from(*w) + i64::from(*m))
            .sum()
    }
}

musharaka_db::audited!(ConsultationRow, "consultation");

/// A section of a consultation's draft (version 1) or of its revised document.
#[derive(Insertable)]
#[diesel(table_name = consultation_sections)]
pub struct NewSection<'a> {
    pub commune_id: i64,
    pub consultation_id: i64,
    pub version: i32,
    pub position: i32,
    pub heading: &'a str,
    pub body: &'a str,
}

/// A question of the questionnaire (its position: after the last one).
#[derive(Insertable)]
#[diesel(table_name = consultation_questions)]
pub struct NewQuestion<'a> {
    pub commune_id: i64,
    pub consultation_id: i64,
    pub kind: &'a str,
    pub prompt_ar: &'a str,
    pub prompt_fr: &'a str,
    /// JSON array of the options.
    pub options: &'a str,
    pub required: bool,
}

/// How many women and men of one category attended a workshop.
#[derive(Insertable)]
#[diesel(table_name = consultation_attendance)]
pub struct NewAttendance<'a> {
    pub workshop_id: i64,
    pub commune_id: i64,
    pub category: &'a str,
    pub women: i32,
    pub men: i32,
}
