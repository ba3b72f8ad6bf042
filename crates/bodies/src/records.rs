//! Stored rows of bodies, secretaries, members, meetings, activities and opinions.

use crate::model::{
    ActivityStatus, AgeBand, BodyKind, BodyStatus, MemberGender, OpinionKind, OpinionStatus, Seat,
};
use crate::rules::{self, MemberFacts, Targets};
use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_communes::model::pick;
use musharaka_core::Lang;
use musharaka_db::schema::{
    bodies, body_activities, body_meetings, body_members, body_opinion_events,
    body_opinion_versions, body_opinions,
};
use serde::Serialize;

fn parsed<T: std::str::FromStr>(key: &str, default: T) -> T {
    key.parse().unwrap_or(default)
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = bodies)]
pub struct BodyRow {
    pub id: i64,
    pub commune_id: i64,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub kind: BodyKind,
    pub name_ar: String,
    pub name_fr: String,
    pub mission: String,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: BodyStatus,
    pub founding_deliberation_id: Option<i64>,
    pub founding_reference: Option<String>,
    pub rules_upload_id: Option<i64>,
    pub target_women_pct: Option<i32>,
    pub target_youth_pct: Option<i32>,
    pub target_associations_pct: Option<i32>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl BodyRow {
    pub fn kind(&self) -> BodyKind {
        self.kind
    }

    /// The name in `lang` (French for Tamazight).
    pub fn name(&self, lang: Lang) -> &str {
        pick(lang, &self.name_ar, &self.name_fr)
    }

    pub fn targets(&self) -> Targets {
        let pct = |v: Option<i32>| v.and_then(|v| u32::try_from(v).ok());
        Targets {
            women_pct: pct(self.target_women_pct),
            youth_pct: pct(self.target_youth_pct),
            associations_pct: pct(self.target_associations_pct),
        }
    }
}

/// A member as the back office sees it (the e-mail, for convocations, is never public).
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = body_members)]
pub struct MemberRow {
    pub id: i64,
    pub commune_id: i64,
    pub body_id: i64,
    pub name: String,
    pub association_name: Option<String>,
    pub seat: String,
    pub gender: String,
    pub age_band: String,
    #[serde(skip)]
    pub email: Option<String>,
    pub term_start: NaiveDate,
    pub term_end: Option<NaiveDate>,
    pub left_on: Option<NaiveDate>,
    pub replaces_member_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

impl MemberRow {
    pub fn seat(&self) -> Seat {
        parsed(&self.seat, Seat::Citizen)
    }

    pub fn facts(&self) -> MemberFacts {
        MemberFacts {
            woman: parsed(&self.gender, MemberGender::Male) == MemberGender::Female,
            youth: parsed(&self.age_band, AgeBand::From35To59).is_youth(),
            association: self.seat() == Seat::Association,
            observer: self.seat() == Seat::ElectedObserver,
            term_start: self.term_start,
            term_end: self.term_end,
            left_on: self.left_on,
            replaces_another: self.replaces_member_id.is_some(),
        }
    }

    pub fn in_office(&self, on: NaiveDate) -> bool {
        self.facts().in_office(on)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = body_meetings)]
pub struct MeetingRow {
    pub id: i64,
    pub commune_id: i64,
    pub body_id: i64,
    pub held_on: NaiveDate,
    pub place: String,
    pub agenda: String,
    pub is_public: bool,
    pub minutes: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = body_activities)]
pub struct ActivityRow {
    pub id: i64,
    pub commune_id: i64,
    pub body_id: i64,
    pub year: i32,
    pub title: String,
    pub planned_on: Option<NaiveDate>,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: ActivityStatus,
    pub output: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = body_opinions)]
pub struct OpinionRow {
    pub id: i64,
    pub commune_id: i64,
    pub body_id: i64,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub kind: OpinionKind,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: OpinionStatus,
    pub title: String,
    pub text: String,
    pub version: i32,
    pub target_document: Option<String>,
    pub target_section: Option<String>,
    pub requested_on: Option<NaiveDate>,
    pub deadline: Option<NaiveDate>,
    pub adoption: Option<String>,
    pub votes_for: Option<i32>,
    pub votes_against: Option<i32>,
    pub votes_abstaining: Option<i32>,
    pub adopted_on: Option<NaiveDate>,
    pub agenda_item_id: Option<musharaka_councils::ItemId>,
    pub session_id: Option<i64>,
    pub transmitted_on: Option<NaiveDate>,
    pub deliberation_id: Option<i64>,
    pub deliberation_number: Option<String>,
    pub answer_adopted: Option<bool>,
    pub answered_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

impl OpinionRow {
    pub fn kind(&self) -> OpinionKind {
        self.kind
    }

    /// A referral whose deadline passed before the body transmitted its opinion.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        rules::referral_overdue(self.deadline, self.status, today)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = body_opinion_versions)]
pub struct VersionRow {
    pub id: i64,
    pub opinion_id: i64,
    pub version: i32,
    pub text: String,
    pub editor_name: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = body_opinion_events)]
pub struct OpinionEventRow {
    pub id: i64,
    pub opinion_id: i64,
    pub event: String,
    pub detail: Option<String>,
    pub created_at: NaiveDateTime,
}

/// A body's facts as the focal point enters them (create or edit).
#[derive(Debug, Clone, Default)]
pub struct BodyFacts {
    pub kind: Option<BodyKind>,
    pub name_ar: String,
    pub name_fr: String,
    pub mission: String,
    pub founding_deliberation_id: Option<i64>,
    pub founding_reference: Option<String>,
    pub target_women_pct: Option<i32>,
    pub target_youth_pct: Option<i32>,
    pub target_associations_pct: Option<i32>,
}

/// A member as the secretary enters them.
#[derive(Debug, Clone)]
pub struct MemberFactsInput {
    pub name: String,
    pub association_name: Option<String>,
    pub seat: Seat,
    pub gender: MemberGender,
    pub age_band: AgeBand,
    pub email: Option<String>,
    pub term_start: NaiveDate,
    pub term_end: Option<NaiveDate>,
    /// The member whose seat this one takes (that member leaves on `term_start`).
    pub replaces_member_id: Option<i64>,
}

/// A meeting's convocation.
#[derive(Debug, Clone)]
pub struct MeetingInput {
    pub held_on: NaiveDate,
    pub place: String,
    pub agenda: String,
    pub is_public: bool,
}

/// An activity of the yearly work programme.
#[derive(Debug, Clone)]
pub struct ActivityInput {
    pub year: i32,
    pub title: String,
    pub planned_on: Option<NaiveDate>,
}

/// A new opinion (own, remarks on a draft) or a referral the council asks for.
#[derive(Debug, Clone)]
pub struct OpinionInput {
    pub kind: OpinionKind,
    pub title: String,
    pub text: String,
    pub target_document: Option<String>,
    pub target_section: Option<String>,
    pub requested_on: Option<NaiveDate>,
    pub deadline: Option<NaiveDate>,
}

musharaka_db::audited!(BodyRow, "body");
musharaka_db::audited!(OpinionRow, "opinion");

/// A version of an opinion's text, with who wrote it.
#[derive(Insertable)]
#[diesel(table_name = body_opinion_versions)]
pub struct NewVersion<'a> {
    pub commune_id: i64,
    pub opinion_id: i64,
    pub version: i32,
    pub text: &'a str,
    pub edited_by: Option<i64>,
    pub editor_name: &'a str,
}
