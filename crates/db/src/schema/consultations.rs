//! Public consultations on the commune's drafts (migration 2026-12-01-000016_consultations):
//! the consultation, its sections (versions kept), comments and supports, questions and
//! responses, workshops with their attendance counts and photos.

use super::{accounts, associations, communes, uploads};

diesel::table! {
    consultations (id) {
        id -> BigInt,
        commune_id -> BigInt,
        subject -> Text,
        title_ar -> Text,
        title_fr -> Text,
        text_ar -> Text,
        text_fr -> Text,
        owner_service -> Text,
        opens_on -> Date,
        closes_on -> Date,
        channels -> Text,
        districts -> Text,
        status -> Text,
        revised_version -> Nullable<Integer>,
        synthesis_ar -> Nullable<Text>,
        synthesis_fr -> Nullable<Text>,
        synthesis_published_at -> Nullable<Timestamp>,
        agenda_item_id -> Nullable<BigInt>,
        deliberation_id -> Nullable<BigInt>,
        deliberation_number -> Nullable<Text>,
        created_by -> Nullable<BigInt>,
        published_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    consultation_sections (id) {
        id -> BigInt,
        commune_id -> BigInt,
        consultation_id -> BigInt,
        version -> Integer,
        position -> Integer,
        heading -> Text,
        body -> Text,
        taken -> Nullable<Text>,
        not_taken -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    consultation_comments (id) {
        id -> BigInt,
        commune_id -> BigInt,
        consultation_id -> BigInt,
        section_id -> BigInt,
        parent_id -> Nullable<BigInt>,
        author_kind -> Text,
        account_id -> Nullable<BigInt>,
        association_id -> Nullable<BigInt>,
        author_label -> Nullable<Text>,
        body -> Text,
        hidden_at -> Nullable<Timestamp>,
        hidden_reason -> Nullable<Text>,
        hidden_note -> Nullable<Text>,
        outcome -> Nullable<Text>,
        outcome_note -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    consultation_supports (comment_id, account_id) {
        comment_id -> BigInt,
        account_id -> BigInt,
        commune_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    consultation_questions (id) {
        id -> BigInt,
        commune_id -> BigInt,
        consultation_id -> BigInt,
        position -> Integer,
        kind -> Text,
        prompt_ar -> Text,
        prompt_fr -> Text,
        options -> Text,
        required -> Bool,
    }
}

diesel::table! {
    consultation_responses (id) {
        id -> BigInt,
        commune_id -> BigInt,
        consultation_id -> BigInt,
        channel -> Text,
        account_id -> Nullable<BigInt>,
        entered_by -> Nullable<BigInt>,
        answers -> Text,
        age_band -> Nullable<Text>,
        gender -> Nullable<Text>,
        district -> Nullable<Text>,
        association_member -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    consultation_workshops (id) {
        id -> BigInt,
        commune_id -> BigInt,
        consultation_id -> BigInt,
        held_on -> Date,
        place -> Text,
        focus -> Text,
        topic -> Text,
        facilitators -> Text,
        invitations -> Integer,
        outputs -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    consultation_attendance (workshop_id, category) {
        workshop_id -> BigInt,
        commune_id -> BigInt,
        category -> Text,
        women -> Integer,
        men -> Integer,
    }
}

diesel::table! {
    consultation_workshop_photos (workshop_id, upload_id) {
        workshop_id -> BigInt,
        upload_id -> BigInt,
        commune_id -> BigInt,
    }
}

diesel::joinable!(consultation_sections -> consultations (consultation_id));
diesel::joinable!(consultation_comments -> consultation_sections (section_id));
diesel::joinable!(consultation_supports -> consultation_comments (comment_id));
diesel::joinable!(consultation_attendance -> consultation_workshops (workshop_id));
diesel::joinable!(consultation_workshop_photos -> uploads (upload_id));
diesel::joinable!(consultation_workshop_photos -> consultation_workshops (workshop_id));

diesel::allow_tables_to_appear_in_same_query!(
    consultations,
    consultation_sections,
    consultation_comments,
    consultation_supports,
    consultation_questions,
    consultation_responses,
    consultation_workshops,
    consultation_attendance,
    consultation_workshop_photos,
);
diesel::allow_tables_to_appear_in_same_query!(consultation_workshop_photos, uploads);
diesel::allow_tables_to_appear_in_same_query!(consultations, communes);
diesel::allow_tables_to_appear_in_same_query!(consultation_comments, accounts);
diesel::allow_tables_to_appear_in_same_query!(consultation_comments, associations);
