//! Stored rows of petitions, signatures and timeline events.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use musharaka_db::schema::{
    petition_association_files, petition_events, petition_mandates, petition_signatures, petitions,
};
use serde::Serialize;

use crate::model::{PetitionKind, PetitionStatus};

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = petitions)]
pub struct PetitionRow {
    pub id: i64,
    pub commune_id: i64,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub kind: PetitionKind,
    #[serde(serialize_with = "musharaka_core::keyed::serialize_key")]
    pub status: PetitionStatus,
    #[serde(skip)]
    pub agent_account_id: Option<i64>,
    pub association_id: Option<i64>,
    pub subject: String,
    pub reasons: String,
    pub requested_item: String,
    pub threshold: Option<i32>,
    pub receipt_number: Option<String>,
    pub deposited_at: Option<NaiveDateTime>,
    pub review_deadline: Option<NaiveDate>,
    pub bureau_checklist: Option<String>,
    pub bureau_reasons: Option<String>,
    pub bureau_decided_at: Option<NaiveDateTime>,
    pub agenda_item_id: Option<musharaka_councils::ItemId>,
    pub deliberation_id: Option<i64>,
    pub registered_on_paper: bool,
    pub personal_data_erased_at: Option<NaiveDateTime>,
    pub final_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Where the bureau's acceptance put the petition and why (arts. 38, 125), as decided
    /// on the day (JSON of [`crate::service::StoredPlacement`]).
    #[serde(skip)]
    pub placement: Option<String>,
}

impl PetitionRow {
    pub fn kind(&self) -> PetitionKind {
        self.kind
    }

    /// Art. 125: deposited, no bureau decision yet, and the review deadline passed.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.status.awaiting_bureau()
            && self
                .review_deadline
                .is_some_and(|d| crate::rules::review_overdue(d, today))
    }
}

/// A signature as the bureau and the agent see it (the CIN decrypted by the service).
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = petition_signatures)]
pub struct SignatureRow {
    pub id: i64,
    pub petition_id: i64,
    pub channel: String,
    pub cin_encrypted: Option<String>,
    pub full_name: Option<String>,
    pub birth_date: Option<NaiveDate>,
    pub address: Option<String>,
    pub tie: Option<String>,
    pub email: Option<String>,
    pub confirmed_at: Option<NaiveDateTime>,
    pub email_domain: Option<String>,
    pub ip_hash: Option<String>,
    pub flagged: bool,
    pub invalidated_at: Option<NaiveDateTime>,
    pub invalidation_reason: Option<String>,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = petition_events)]
pub struct EventRow {
    pub id: i64,
    pub petition_id: i64,
    pub event: String,
    pub detail: Option<String>,
    pub created_at: NaiveDateTime,
}

/// Valid signatures by channel: confirmed and not invalidated.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq, Eq)]
pub struct Counts {
    pub online: i64,
    pub paper: i64,
}

impl Counts {
    pub fn total(&self) -> i64 {
        self.online + self.paper
    }
}

/// The mandate of the person following an association's petition (decree 2.16.403): a
/// private PDF, or the agent's declaration of being the association's legal representative.
#[derive(Debug, Clone, Copy, Default, Queryable, Selectable, PartialEq, Eq)]
#[diesel(table_name = petition_mandates)]
pub struct MandateRow {
    pub upload_id: Option<i64>,
    pub agent_is_legal_representative: bool,
}

impl MandateRow {
    /// Either counts as the mandate (see [`crate::service::set_mandate`]).
    pub fn has_mandate(&self) -> bool {
        self.upload_id.is_some() || self.agent_is_legal_representative
    }
}

/// What an association's petition adds to the association's own file (art. 124, decree
/// 2.16.403 art. 4): the branch in the commune when the seat is elsewhere, and a copy of the
/// final registration receipt (a private PDF).
#[derive(Debug, Clone, Default, Queryable, Selectable, PartialEq, Eq)]
#[diesel(table_name = petition_association_files)]
pub struct AssociationFileRow {
    pub branch_address: Option<String>,
    pub receipt_upload_id: Option<i64>,
}

musharaka_db::audited!(PetitionRow, "petition");

/// A signature entered from a paper list: confirmed when entered, by the staff member
/// `entered_by`.
#[derive(Debug, Insertable)]
#[diesel(table_name = petition_signatures)]
pub struct NewPaperSignatureRow<'a> {
    pub commune_id: i64,
    pub petition_id: i64,
    /// Always `paper`.
    pub channel: &'a str,
    pub cin_hash: &'a str,
    pub cin_encrypted: &'a str,
    pub full_name: &'a str,
    pub birth_date: Option<NaiveDate>,
    pub address: &'a str,
    pub tie: Option<&'a str>,
    pub confirmed_at: NaiveDateTime,
    pub entered_by: i64,
    pub created_at: NaiveDateTime,
}
