//! Rows and new rows. The requester's identity document is only ever held encrypted
//! (`id_encrypted`) and as a keyed hash (`id_hash`); neither is `Serialize`d.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_db::schema::{complaints, info_publications, info_requests, requests_history};

use crate::model::{
    AnswerKind, Category, ComplaintKind, ComplaintStatus, Exception, RefusalGround, RequestStatus,
};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = info_requests)]
pub struct InfoRequestRow {
    pub id: i64,
    pub commune_id: i64,
    pub number: String,
    pub channel: String,
    pub account_id: Option<i64>,
    pub requester_name: String,
    pub requester_address: String,
    pub id_kind: String,
    pub id_encrypted: String,
    pub id_hash: String,
    pub email: Option<String>,
    pub information: String,
    pub preferred_form: String,
    pub urgent: bool,
    pub received_on: NaiveDate,
    pub first_due_on: NaiveDate,
    pub due_on: NaiveDate,
    pub extended_on: Option<NaiveDate>,
    pub extension_reason: Option<String>,
    pub status: RequestStatus,
    pub answered_on: Option<NaiveDate>,
    pub answer: Option<String>,
    pub refusal_ground: Option<String>,
    pub exception: Option<String>,
    pub ground_detail: Option<String>,
    pub costs_centimes: Option<i64>,
    pub appeal_filed_on: Option<NaiveDate>,
    pub appeal_text: Option<String>,
    pub appeal_decided_on: Option<NaiveDate>,
    pub appeal_outcome: Option<String>,
    pub appeal_decision: Option<String>,
    pub created_at: NaiveDateTime,
}

impl InfoRequestRow {
    pub fn ground(&self) -> Option<RefusalGround> {
        self.refusal_ground.as_deref().and_then(|g| g.parse().ok())
    }

    pub fn exception(&self) -> Option<Exception> {
        self.exception.as_deref().and_then(|g| g.parse().ok())
    }

    /// How the commune answered (none yet: `None`), whatever happened since.
    pub fn answer_kind(&self) -> Option<AnswerKind> {
        self.answered_on?;
        Some(match (self.ground(), self.status) {
            (Some(_), _) => AnswerKind::Refused,
            (None, _) if self.ground_detail.is_some() => AnswerKind::Partial,
            _ => AnswerKind::Delivered,
        })
    }

    /// The facts the public statistics count (no personal data).
    pub fn facts(&self) -> crate::rules::RequestFacts {
        crate::rules::RequestFacts {
            status: self.status,
            received_on: self.received_on,
            due_on: self.due_on,
            extended: self.extended_on.is_some(),
            answered_on: self.answered_on,
            ground: self.ground(),
            appealed: self.appeal_filed_on.is_some(),
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = info_requests)]
pub struct NewInfoRequest<'a> {
    pub commune_id: i64,
    pub number: &'a str,
    pub channel: &'a str,
    pub account_id: Option<i64>,
    pub requester_name: &'a str,
    pub requester_address: &'a str,
    pub id_kind: &'a str,
    pub id_encrypted: &'a str,
    pub id_hash: &'a str,
    pub email: Option<&'a str>,
    pub information: &'a str,
    pub preferred_form: &'a str,
    pub urgent: bool,
    pub received_on: NaiveDate,
    pub first_due_on: NaiveDate,
    pub due_on: NaiveDate,
    pub status: RequestStatus,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = info_publications)]
pub struct PublicationRow {
    pub id: i64,
    pub commune_id: i64,
    pub category: String,
    pub title: String,
    pub url: String,
    pub published_on: NaiveDate,
    pub created_at: NaiveDateTime,
}

/// An entry of the publication register (art. 10), as added.
#[derive(Insertable)]
#[diesel(table_name = info_publications)]
pub struct NewPublication<'a> {
    pub commune_id: i64,
    pub category: &'a str,
    pub title: &'a str,
    pub url: &'a str,
    pub published_on: NaiveDate,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = complaints)]
pub struct ComplaintRow {
    pub id: i64,
    pub commune_id: i64,
    pub number: String,
    pub kind: String,
    pub category: String,
    pub channel: String,
    pub desk: Option<String>,
    pub district: Option<String>,
    pub address: Option<String>,
    pub subject: String,
    pub body: String,
    pub anonymous: bool,
    pub filer_name: Option<String>,
    pub filer_email: Option<String>,
    pub account_id: Option<i64>,
    pub received_on: NaiveDate,
    pub ack_due_on: NaiveDate,
    pub answer_due_on: NaiveDate,
    pub acknowledged_on: Option<NaiveDate>,
    pub service: Option<String>,
    pub status: ComplaintStatus,
    pub answered_on: Option<NaiveDate>,
    pub answer: Option<String>,
    pub satisfaction: Option<String>,
    pub satisfaction_note: Option<String>,
    pub created_at: NaiveDateTime,
}

impl ComplaintRow {
    pub fn kind(&self) -> ComplaintKind {
        self.kind.parse().unwrap_or(ComplaintKind::Complaint)
    }

    pub fn category(&self) -> Category {
        self.category.parse().unwrap_or(Category::Other)
    }

    /// The facts the public dashboard counts (no personal data).
    pub fn facts(&self) -> crate::rules::ComplaintFacts {
        crate::rules::ComplaintFacts {
            kind: self.kind(),
            category: self.category(),
            district: self.district.clone(),
            status: self.status,
            received_on: self.received_on,
            acknowledged_on: self.acknowledged_on,
            answered_on: self.answered_on,
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = complaints)]
pub struct NewComplaint<'a> {
    pub commune_id: i64,
    pub number: &'a str,
    pub kind: &'a str,
    pub category: &'a str,
    pub channel: &'a str,
    pub desk: Option<&'a str>,
    pub district: Option<&'a str>,
    pub address: Option<&'a str>,
    pub subject: &'a str,
    pub body: &'a str,
    pub anonymous: bool,
    pub filer_name: Option<&'a str>,
    pub filer_email: Option<&'a str>,
    pub account_id: Option<i64>,
    pub received_on: NaiveDate,
    pub ack_due_on: NaiveDate,
    pub answer_due_on: NaiveDate,
    pub status: ComplaintStatus,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = requests_history)]
pub struct HistoryRow {
    pub id: i64,
    pub commune_id: i64,
    pub subject: String,
    pub subject_id: i64,
    pub kind: String,
    pub detail: Option<String>,
    pub internal: bool,
    pub actor_id: Option<i64>,
    pub created_at: NaiveDateTime,
}
