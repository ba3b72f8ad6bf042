//! Consultative bodies, their secretaries, members, meetings, work programme and advisory
//! opinions (migration 2026-12-01-000014_bodies).

diesel::table! {
    bodies (id) {
        id -> BigInt,
        commune_id -> BigInt,
        kind -> Text,
        name_ar -> Text,
        name_fr -> Text,
        mission -> Text,
        status -> Text,
        founding_deliberation_id -> Nullable<BigInt>,
        founding_reference -> Nullable<Text>,
        rules_upload_id -> Nullable<BigInt>,
        target_women_pct -> Nullable<Integer>,
        target_youth_pct -> Nullable<Integer>,
        target_associations_pct -> Nullable<Integer>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    body_secretaries (id) {
        id -> BigInt,
        commune_id -> BigInt,
        body_id -> BigInt,
        account_id -> BigInt,
        assigned_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    body_members (id) {
        id -> BigInt,
        commune_id -> BigInt,
        body_id -> BigInt,
        name -> Text,
        association_name -> Nullable<Text>,
        seat -> Text,
        gender -> Text,
        age_band -> Text,
        email -> Nullable<Text>,
        term_start -> Date,
        term_end -> Nullable<Date>,
        left_on -> Nullable<Date>,
        replaces_member_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    body_meetings (id) {
        id -> BigInt,
        commune_id -> BigInt,
        body_id -> BigInt,
        held_on -> Date,
        place -> Text,
        agenda -> Text,
        is_public -> Bool,
        minutes -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    body_attendance (meeting_id, member_id) {
        meeting_id -> BigInt,
        member_id -> BigInt,
        commune_id -> BigInt,
        present -> Bool,
    }
}

diesel::table! {
    body_activities (id) {
        id -> BigInt,
        commune_id -> BigInt,
        body_id -> BigInt,
        year -> Integer,
        title -> Text,
        planned_on -> Nullable<Date>,
        status -> Text,
        output -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    body_opinions (id) {
        id -> BigInt,
        commune_id -> BigInt,
        body_id -> BigInt,
        kind -> Text,
        status -> Text,
        title -> Text,
        text -> Text,
        version -> Integer,
        target_document -> Nullable<Text>,
        target_section -> Nullable<Text>,
        requested_on -> Nullable<Date>,
        deadline -> Nullable<Date>,
        adoption -> Nullable<Text>,
        votes_for -> Nullable<Integer>,
        votes_against -> Nullable<Integer>,
        votes_abstaining -> Nullable<Integer>,
        adopted_on -> Nullable<Date>,
        agenda_item_id -> Nullable<BigInt>,
        session_id -> Nullable<BigInt>,
        transmitted_on -> Nullable<Date>,
        deliberation_id -> Nullable<BigInt>,
        deliberation_number -> Nullable<Text>,
        answer_adopted -> Nullable<Bool>,
        answered_on -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    body_opinion_versions (id) {
        id -> BigInt,
        commune_id -> BigInt,
        opinion_id -> BigInt,
        version -> Integer,
        text -> Text,
        edited_by -> Nullable<BigInt>,
        editor_name -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    body_opinion_events (id) {
        id -> BigInt,
        commune_id -> BigInt,
        opinion_id -> BigInt,
        event -> Text,
        detail -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::joinable!(body_secretaries -> bodies (body_id));
diesel::joinable!(body_members -> bodies (body_id));
diesel::joinable!(body_opinions -> bodies (body_id));
diesel::allow_tables_to_appear_in_same_query!(
    bodies,
    body_secretaries,
    body_members,
    body_meetings,
    body_attendance,
    body_activities,
    body_opinions,
    body_opinion_versions,
    body_opinion_events,
);
