//! Rows as the services write them (the rows read back are the types of `model`).

use crate::model::ProposalStatus;
use chrono::NaiveDateTime;
use diesel::prelude::*;
use musharaka_db::schema::{
    pb_ballots, pb_categories, pb_districts, pb_proposals, pb_results, pb_updates,
};

/// A ballot: online (a voter account), paper (an officer and a stack number) or imported.
#[derive(Debug, Insertable)]
#[diesel(table_name = pb_ballots)]
pub struct NewBallotRow<'a> {
    pub commune_id: i64,
    pub cycle_id: i64,
    pub voter_key: &'a str,
    pub voter_id: Option<i64>,
    pub channel: &'static str,
    pub paper_number: Option<&'a str>,
    pub officer_id: Option<i64>,
    pub birth_year: Option<i32>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

/// A proposal as submitted (or imported from a pabulib file).
#[derive(Debug, Insertable)]
#[diesel(table_name = pb_proposals)]
pub struct NewProposalRow<'a> {
    pub commune_id: i64,
    pub cycle_id: i64,
    pub district_id: i64,
    pub category_id: Option<i64>,
    pub author_id: Option<i64>,
    pub association_id: Option<i64>,
    pub title: &'a str,
    pub description: &'a str,
    pub location: &'a str,
    pub estimated_cents: i64,
    pub official_cents: Option<i64>,
    pub photo_upload_id: Option<i64>,
    pub status: ProposalStatus,
    pub reviewed_at: Option<NaiveDateTime>,
    pub created_at: NaiveDateTime,
}

/// The outcome of a proposal's review.
#[derive(Debug, AsChangeset)]
#[diesel(table_name = pb_proposals, treat_none_as_null = true)]
pub struct ProposalReviewRow<'a> {
    pub status: ProposalStatus,
    pub review_reason: Option<&'a str>,
    pub official_cents: Option<i64>,
    pub merged_into_id: Option<i64>,
    pub reviewed_by: Option<i64>,
    pub reviewed_at: Option<NaiveDateTime>,
}

/// A progress update of a selected project.
#[derive(Debug, Insertable)]
#[diesel(table_name = pb_updates)]
pub struct NewUpdateRow<'a> {
    pub commune_id: i64,
    pub cycle_id: i64,
    pub proposal_id: i64,
    pub author_id: Option<i64>,
    pub impl_status: &'static str,
    pub progress: i32,
    pub spent_cents: i64,
    pub body: &'a str,
    pub created_at: NaiveDateTime,
}

/// A district of a cycle, at its place in the cycle's list.
#[derive(Debug, Insertable)]
#[diesel(table_name = pb_districts)]
pub struct NewDistrictRow<'a> {
    pub commune_id: i64,
    pub cycle_id: i64,
    pub position: i32,
    pub name_ar: &'a str,
    pub name_fr: &'a str,
    pub amount_cents: i64,
}

/// A category of a cycle's proposals.
#[derive(Debug, Insertable)]
#[diesel(table_name = pb_categories)]
pub struct NewCategoryRow<'a> {
    pub commune_id: i64,
    pub cycle_id: i64,
    pub name_ar: &'a str,
    pub name_fr: &'a str,
}

/// A cycle's stored count: what was counted (`inputs`) and the results (`body`), as JSON.
#[derive(Debug, Insertable)]
#[diesel(table_name = pb_results)]
pub struct NewResultsRow<'a> {
    pub cycle_id: i64,
    pub commune_id: i64,
    pub inputs: &'a str,
    pub body: &'a str,
    pub counted_at: NaiveDateTime,
}
