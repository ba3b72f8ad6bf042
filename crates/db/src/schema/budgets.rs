//! Participatory-budget tables (migration 2026-11-29-000003_budgets).

use super::{associations, communes, uploads};

diesel::table! {
    pb_cycles (id) {
        id -> BigInt,
        commune_id -> BigInt,
        year -> Integer,
        title_ar -> Text,
        title_fr -> Text,
        description_ar -> Text,
        description_fr -> Text,
        total_cents -> BigInt,
        information_at -> Timestamp,
        proposals_at -> Timestamp,
        review_at -> Timestamp,
        voting_at -> Timestamp,
        results_at -> Timestamp,
        implementation_at -> Timestamp,
        phase_override -> Nullable<Text>,
        who_proposes -> Text,
        voter_min_age -> Integer,
        ballot_type -> Text,
        min_projects -> Integer,
        max_projects -> Integer,
        districts_per_voter -> Integer,
        rule -> Text,
        tie_break -> Text,
        counted_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    pb_districts (id) {
        id -> BigInt,
        commune_id -> BigInt,
        cycle_id -> BigInt,
        position -> Integer,
        name_ar -> Text,
        name_fr -> Text,
        amount_cents -> BigInt,
    }
}

diesel::table! {
    pb_categories (id) {
        id -> BigInt,
        commune_id -> BigInt,
        cycle_id -> BigInt,
        name_ar -> Text,
        name_fr -> Text,
    }
}

diesel::table! {
    pb_proposals (id) {
        id -> BigInt,
        commune_id -> BigInt,
        cycle_id -> BigInt,
        district_id -> BigInt,
        category_id -> Nullable<BigInt>,
        author_id -> Nullable<BigInt>,
        association_id -> Nullable<BigInt>,
        title -> Text,
        description -> Text,
        location -> Text,
        estimated_cents -> BigInt,
        photo_upload_id -> Nullable<BigInt>,
        status -> Text,
        review_reason -> Nullable<Text>,
        official_cents -> Nullable<BigInt>,
        merged_into_id -> Nullable<BigInt>,
        reviewed_by -> Nullable<BigInt>,
        reviewed_at -> Nullable<Timestamp>,
        selected_rank -> Nullable<Integer>,
        impl_status -> Nullable<Text>,
        progress -> Integer,
        spent_cents -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    pb_ballots (id) {
        id -> BigInt,
        commune_id -> BigInt,
        cycle_id -> BigInt,
        voter_key -> Text,
        voter_id -> Nullable<BigInt>,
        channel -> Text,
        paper_number -> Nullable<Text>,
        officer_id -> Nullable<BigInt>,
        birth_year -> Nullable<Integer>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        cin_hash -> Nullable<Text>,
    }
}

diesel::table! {
    pb_ballot_items (ballot_id, proposal_id) {
        ballot_id -> BigInt,
        proposal_id -> BigInt,
        commune_id -> BigInt,
        cycle_id -> BigInt,
        district_id -> BigInt,
    }
}

diesel::table! {
    pb_updates (id) {
        id -> BigInt,
        commune_id -> BigInt,
        cycle_id -> BigInt,
        proposal_id -> BigInt,
        author_id -> Nullable<BigInt>,
        impl_status -> Text,
        progress -> Integer,
        spent_cents -> BigInt,
        body -> Text,
        photo_upload_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    pb_update_photos (update_id, upload_id) {
        update_id -> BigInt,
        upload_id -> BigInt,
        commune_id -> BigInt,
        position -> Integer,
    }
}

diesel::joinable!(pb_cycles -> communes (commune_id));
diesel::joinable!(pb_districts -> pb_cycles (cycle_id));
diesel::joinable!(pb_categories -> pb_cycles (cycle_id));
diesel::joinable!(pb_proposals -> pb_districts (district_id));
diesel::joinable!(pb_proposals -> pb_categories (category_id));
diesel::joinable!(pb_proposals -> associations (association_id));
diesel::joinable!(pb_proposals -> uploads (photo_upload_id));
diesel::joinable!(pb_ballot_items -> pb_ballots (ballot_id));
diesel::joinable!(pb_ballot_items -> pb_proposals (proposal_id));
diesel::joinable!(pb_updates -> pb_proposals (proposal_id));
diesel::joinable!(pb_update_photos -> pb_updates (update_id));
diesel::joinable!(pb_update_photos -> uploads (upload_id));
diesel::allow_tables_to_appear_in_same_query!(pb_update_photos, uploads);

diesel::allow_tables_to_appear_in_same_query!(
    pb_cycles,
    pb_districts,
    pb_categories,
    pb_proposals,
    pb_ballots,
    pb_ballot_items,
    pb_updates,
    pb_update_photos,
);

// Migration 000021: the stored count of a cycle (issue 17).
diesel::table! {
    pb_results (cycle_id) {
        cycle_id -> BigInt,
        commune_id -> BigInt,
        inputs -> Text,
        body -> Text,
        counted_at -> Timestamp,
    }
}
