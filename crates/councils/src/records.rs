//! Stored rows of council sessions, sittings, agenda items, votes, deliberations and
//! minutes, and the text keys their enums are stored under (the serde names of `model`).

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_db::schema::{
    agenda_items, council_sessions, deliberations, item_objections, item_study_decisions,
    item_votes, minutes, session_requests, sittings, written_questions,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::model::{
    ExtraordinaryTrigger, ItemSource, Matter, OrdinaryMonth, SessionKind, SessionStatus,
};

/// The stored key of an enum: its serde name (`in_favour`, `second_sitting`, ...).
pub fn key<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// Reads a stored key back into its enum.
pub fn parse<T: DeserializeOwned>(stored: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(stored.to_string())).ok()
}

/// A sitting's id: not interchangeable with an item's (issue 10, [`musharaka_core::Id`]).
pub type SittingId = musharaka_core::Id<SittingRow>;
/// An agenda item's id.
pub type ItemId = musharaka_core::Id<ItemRow>;

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = council_sessions)]
pub struct SessionRow {
    pub id: i64,
    pub commune_id: i64,
    pub kind: String,
    pub ordinary_month: Option<i32>,
    pub trigger_by: Option<String>,
    pub trigger_note: Option<String>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub place: String,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: SessionStatus,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The last day chosen when the president extended the session (art. 34); `None`
    /// while it is not extended.
    pub extended_until: Option<NaiveDate>,
    /// Art. 36 (art. 37): the day members (or the governor) asked for this extraordinary
    /// session.
    pub requested_on: Option<NaiveDate>,
    /// Art. 36: how many members signed the request.
    pub requesting_members: Option<i32>,
}

impl SessionRow {
    /// The session's real last day: the extended one if any, else the planned one.
    pub fn last_day(&self) -> NaiveDate {
        self.extended_until.unwrap_or(self.ends_on)
    }

    pub fn kind(&self) -> SessionKind {
        let month = self
            .ordinary_month
            .and_then(|m| u32::try_from(m).ok())
            .and_then(OrdinaryMonth::from_number);
        match (self.kind.as_str(), month) {
            ("ordinary", Some(m)) => SessionKind::Ordinary(m),
            _ => SessionKind::Extraordinary(
                self.trigger_by
                    .as_deref()
                    .and_then(parse::<ExtraordinaryTrigger>)
                    .unwrap_or(ExtraordinaryTrigger::President),
            ),
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = sittings)]
pub struct SittingRow {
    pub id: SittingId,
    pub commune_id: i64,
    pub session_id: i64,
    pub starts_at: NaiveDateTime,
    pub convocation: String,
    pub is_public: bool,
    pub closed_requester: Option<String>,
    pub closed_reasons: Option<String>,
    pub quorum_decision: Option<String>,
    pub members_present: Option<i32>,
    pub members_in_office: Option<i32>,
    pub created_at: NaiveDateTime,
    /// Art. 48: how many members asked for the closed sitting (a third of members).
    pub closed_requesting_members: Option<i32>,
    /// Art. 48: the council's vote on the request, without debate.
    pub closed_in_favour: Option<i32>,
    pub closed_against: Option<i32>,
    pub closed_abstain: Option<i32>,
    /// `adopted` or `rejected`; none for the governor's request (art. 48 para. 2).
    pub closed_decision: Option<String>,
}

impl SittingRow {
    /// Whether the quorum rule (art. 42) let this sitting deliberate.
    pub fn may_deliberate(&self) -> bool {
        matches!(
            self.quorum_decision.as_deref(),
            Some("reached" | "any_attendance")
        )
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = agenda_items)]
pub struct ItemRow {
    pub id: ItemId,
    pub commune_id: i64,
    pub session_id: i64,
    pub number: i32,
    pub title_ar: String,
    pub title_fr: String,
    pub summary: String,
    pub committee_id: Option<i64>,
    pub committee_report: Option<String>,
    pub matter: String,
    pub source: String,
    pub source_ref: Option<String>,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: crate::model::ItemStatus,
    pub status_reasons: Option<String>,
    pub created_at: NaiveDateTime,
    /// How many members asked in writing for this item (art. 40); items from members only.
    pub requesters: Option<i32>,
}

impl ItemRow {
    pub fn title(&self, lang: musharaka_core::Lang) -> &str {
        musharaka_communes::model::pick(lang, &self.title_ar, &self.title_fr)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = item_votes)]
pub struct VoteRow {
    pub id: i64,
    pub commune_id: i64,
    pub item_id: ItemId,
    pub sitting_id: SittingId,
    pub ballot: String,
    pub in_favour: i32,
    pub against: i32,
    pub abstain: i32,
    pub members_present: i32,
    pub members_in_office: i32,
    pub president_vote: Option<String>,
    pub decision: String,
    pub reason: String,
    pub recorded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = deliberations)]
pub struct DeliberationRow {
    pub id: i64,
    pub commune_id: i64,
    pub item_id: ItemId,
    pub vote_id: Option<i64>,
    pub year: i32,
    pub sequence: i32,
    pub decided_on: NaiveDate,
    pub outcome: String,
    pub text_ar: String,
    pub text_fr: Option<String>,
    pub signed_at: Option<NaiveDateTime>,
    pub signed_by: Option<i64>,
    pub corrects_id: Option<i64>,
    pub created_at: NaiveDateTime,
    /// Art. 47: the president's signature (the member and when).
    pub president_member_id: Option<i64>,
    pub president_signed_at: Option<NaiveDateTime>,
    /// Art. 47: the secretary's (or the deputy secretary's) signature.
    pub secretary_member_id: Option<i64>,
    pub secretary_signed_at: Option<NaiveDateTime>,
}

impl DeliberationRow {
    /// The signatures it carries (art. 47).
    pub fn signatures(&self) -> crate::rules::Signatures {
        crate::rules::Signatures {
            president: self.president_signed_at.is_some(),
            secretary: self.secretary_signed_at.is_some(),
        }
    }

    /// The register number, `12/2027` (unique per commune and year, art. 47).
    pub fn number(&self) -> String {
        format!("{}/{}", self.sequence, self.year)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = minutes)]
pub struct MinutesRow {
    pub id: i64,
    pub commune_id: i64,
    pub session_id: i64,
    pub text_ar: String,
    pub text_fr: Option<String>,
    pub president_member_id: Option<i64>,
    pub president_signed_at: Option<NaiveDateTime>,
    pub secretary_member_id: Option<i64>,
    pub secretary_signed_at: Option<NaiveDateTime>,
    pub recorded_by: Option<i64>,
    pub corrects_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl MinutesRow {
    /// Signed by both the president and the secretary (art. 47): no longer editable.
    pub fn is_signed(&self) -> bool {
        self.president_signed_at.is_some() && self.secretary_signed_at.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::VoteChoice;

    #[test]
    fn keys_round_trip_through_serde_names() {
        assert_eq!(key(&VoteChoice::InFavour), "in_favour");
        assert_eq!(parse::<VoteChoice>("against"), Some(VoteChoice::Against));
        assert_eq!(parse::<VoteChoice>("maybe"), None);
    }
}

/// A session as the secretariat creates it.
#[derive(Debug, Insertable)]
#[diesel(table_name = council_sessions)]
pub struct NewSessionRow<'a> {
    pub commune_id: i64,
    pub kind: &'a str,
    pub ordinary_month: Option<i32>,
    pub trigger_by: Option<String>,
    pub trigger_note: Option<&'a str>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub place: &'a str,
    pub status: SessionStatus,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub requested_on: Option<NaiveDate>,
    pub requesting_members: Option<i32>,
}

/// A sitting of a session.
#[derive(Debug, Insertable)]
#[diesel(table_name = sittings)]
pub struct NewSittingRow {
    pub commune_id: i64,
    pub session_id: i64,
    pub starts_at: NaiveDateTime,
    pub convocation: String,
    pub is_public: bool,
    pub closed_requester: Option<String>,
    pub closed_reasons: Option<String>,
    pub created_at: NaiveDateTime,
    pub closed_requesting_members: Option<i32>,
    pub closed_in_favour: Option<i32>,
    pub closed_against: Option<i32>,
    pub closed_abstain: Option<i32>,
    pub closed_decision: Option<String>,
}

/// The counted vote on an item at a sitting.
#[derive(Debug, Insertable)]
#[diesel(table_name = item_votes)]
pub struct NewVoteRow {
    pub commune_id: i64,
    pub item_id: ItemId,
    pub sitting_id: SittingId,
    pub ballot: String,
    pub in_favour: i32,
    pub against: i32,
    pub abstain: i32,
    pub members_present: i32,
    pub members_in_office: i32,
    pub president_vote: Option<String>,
    pub decision: String,
    pub reason: String,
    pub recorded_by: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// A numbered deliberation of the register (or a correction of one).
#[derive(Debug, Insertable)]
#[diesel(table_name = deliberations)]
pub struct NewDeliberationRow<'a> {
    pub commune_id: i64,
    pub item_id: ItemId,
    pub vote_id: Option<i64>,
    pub year: i32,
    pub sequence: i32,
    pub decided_on: NaiveDate,
    pub outcome: &'a str,
    pub text_ar: &'a str,
    pub text_fr: Option<&'a str>,
    pub corrects_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// Draft minutes of a session (or a correction of signed ones).
#[derive(Debug, Insertable)]
#[diesel(table_name = minutes)]
pub struct NewMinutesRow<'a> {
    pub commune_id: i64,
    pub session_id: i64,
    pub text_ar: &'a str,
    pub text_fr: Option<&'a str>,
    pub recorded_by: Option<i64>,
    pub corrects_id: Option<i64>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A members' request for an extraordinary session (art. 36), as received.
#[derive(Debug, Insertable)]
#[diesel(table_name = session_requests)]
pub struct NewSessionRequestRow<'a> {
    pub commune_id: i64,
    pub requested_on: NaiveDate,
    pub requesting_members: i32,
    pub members_in_office: i32,
    pub points: &'a str,
    pub created_at: NaiveDateTime,
}

/// A member's written question (art. 46), on the session it goes to (if planned).
#[derive(Debug, Insertable)]
#[diesel(table_name = written_questions)]
pub struct NewQuestionRow<'a> {
    pub commune_id: i64,
    pub member_id: i64,
    pub received_on: NaiveDate,
    pub question: &'a str,
    pub session_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

/// An agenda item as entered or proposed.
pub struct NewItem<'a> {
    pub title_ar: &'a str,
    pub title_fr: &'a str,
    pub summary: &'a str,
    pub committee_id: Option<i64>,
    pub matter: Matter,
    pub source: ItemSource,
    pub source_ref: Option<&'a str>,
}

/// A members' request for an extraordinary session (art. 36), with what followed it.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = session_requests)]
pub struct SessionRequestRow {
    pub id: i64,
    pub commune_id: i64,
    pub requested_on: NaiveDate,
    pub requesting_members: i32,
    pub members_in_office: i32,
    pub points: String,
    pub refused_on: Option<NaiveDate>,
    pub refusal_reasons: Option<String>,
    pub session_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

impl SessionRequestRow {
    /// Where the request stands on `today` (art. 36, [`crate::rules::request_standing`]).
    pub fn standing(&self, today: NaiveDate) -> crate::rules::RequestStanding {
        crate::rules::request_standing(
            u32::try_from(self.requesting_members).unwrap_or(0),
            u32::try_from(self.members_in_office).unwrap_or(0),
            self.requested_on,
            (self.refused_on.is_some(), self.session_id.is_some()),
            today,
        )
    }
}

/// The governor's objection to an item (art. 41) and the court's ruling, if any.
#[derive(Debug, Clone, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = item_objections)]
pub struct ObjectionRow {
    pub item_id: ItemId,
    pub commune_id: i64,
    pub received_on: NaiveDate,
    pub reasons: String,
    pub in_court: bool,
    pub court_ruling: Option<String>,
    pub created_at: NaiveDateTime,
}

impl ObjectionRow {
    pub fn ruling(&self) -> Option<crate::rules::CourtRuling> {
        self.court_ruling.as_deref().and_then(parse)
    }
}

/// The council's decision without debate on an item its committee did not study (art. 28).
#[derive(Debug, Clone, Queryable, Selectable, Insertable, Serialize)]
#[diesel(table_name = item_study_decisions)]
pub struct StudyDecisionRow {
    pub item_id: ItemId,
    pub commune_id: i64,
    pub decided_on: NaiveDate,
    pub in_favour: i32,
    pub against: i32,
    pub abstain: i32,
    pub decision: String,
    pub created_at: NaiveDateTime,
}

impl StudyDecisionRow {
    pub fn decision(&self) -> Option<crate::rules::StudyDecision> {
        parse(&self.decision)
    }
}

/// A member's written question to the president (art. 46) and its answer.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = written_questions)]
pub struct QuestionRow {
    pub id: i64,
    pub commune_id: i64,
    pub member_id: i64,
    pub received_on: NaiveDate,
    pub question: String,
    pub session_id: Option<i64>,
    pub answer: Option<String>,
    pub answered_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}
