//! Co-creation calls with associations (migration 2026-12-01-000015_cocreation).

use super::uploads;

diesel::table! {
    cocreation_calls (id) {
        id -> BigInt,
        commune_id -> BigInt,
        status -> Text,
        title_ar -> Text,
        title_fr -> Text,
        text_ar -> Text,
        text_fr -> Text,
        themes -> Text,
        envelope_centimes -> BigInt,
        ceiling_centimes -> BigInt,
        cofinancing_min_percent -> Integer,
        min_age_years -> Integer,
        activity_fields -> Text,
        opens_at -> Timestamp,
        closes_at -> Timestamp,
        tie_break -> Text,
        spread_threshold -> Integer,
        agenda_item_id -> Nullable<BigInt>,
        selection_item_id -> Nullable<BigInt>,
        published_at -> Nullable<Timestamp>,
        results_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    cocreation_criteria (id) {
        id -> BigInt,
        commune_id -> BigInt,
        call_id -> BigInt,
        position -> Integer,
        label_ar -> Text,
        label_fr -> Text,
        guidance -> Text,
        weight -> Integer,
        max_score -> Integer,
    }
}

diesel::table! {
    cocreation_meetings (id) {
        id -> BigInt,
        commune_id -> BigInt,
        call_id -> BigInt,
        starts_at -> Timestamp,
        ends_at -> Timestamp,
        place_ar -> Text,
        place_fr -> Text,
        attendance -> Nullable<Integer>,
        organisations_present -> Nullable<Integer>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cocreation_registrations (id) {
        id -> BigInt,
        commune_id -> BigInt,
        meeting_id -> BigInt,
        account_id -> BigInt,
        association_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cocreation_questions (id) {
        id -> BigInt,
        commune_id -> BigInt,
        call_id -> BigInt,
        account_id -> Nullable<BigInt>,
        question -> Text,
        answer -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cocreation_notes (id) {
        id -> BigInt,
        commune_id -> BigInt,
        call_id -> BigInt,
        association_id -> BigInt,
        account_id -> Nullable<BigInt>,
        status -> Text,
        title -> Text,
        problem -> Text,
        objectives -> Text,
        beneficiaries -> Integer,
        women_percent -> Integer,
        youth_percent -> Integer,
        activities -> Text,
        calendar -> Text,
        partners -> Text,
        receipt_number -> Nullable<Text>,
        submitted_at -> Nullable<Timestamp>,
        unmet -> Nullable<Text>,
        eligibility_by -> Nullable<BigInt>,
        eligibility_at -> Nullable<Timestamp>,
        rank -> Nullable<Integer>,
        total_score -> Nullable<Text>,
        granted_centimes -> Nullable<BigInt>,
        decision_reason -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    cocreation_budget_lines (id) {
        id -> BigInt,
        commune_id -> BigInt,
        note_id -> BigInt,
        position -> Integer,
        label -> Text,
        amount_centimes -> BigInt,
        cofinancing_centimes -> BigInt,
    }
}

diesel::table! {
    cocreation_evaluations (id) {
        id -> BigInt,
        commune_id -> BigInt,
        note_id -> BigInt,
        evaluator_id -> BigInt,
        conflict_declared -> Bool,
        comment -> Text,
        submitted_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cocreation_scores (id) {
        id -> BigInt,
        commune_id -> BigInt,
        evaluation_id -> BigInt,
        criterion_id -> BigInt,
        score -> Integer,
    }
}

diesel::table! {
    cocreation_agreements (id) {
        id -> BigInt,
        commune_id -> BigInt,
        note_id -> BigInt,
        grant_centimes -> BigInt,
        signed_on -> Date,
        signed_by -> Nullable<BigInt>,
        final_evaluation -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cocreation_tranches (id) {
        id -> BigInt,
        commune_id -> BigInt,
        agreement_id -> BigInt,
        position -> Integer,
        amount_centimes -> BigInt,
        condition_text -> Text,
        report_due_on -> Date,
        paid_on -> Nullable<Date>,
    }
}

diesel::table! {
    cocreation_reports (id) {
        id -> BigInt,
        commune_id -> BigInt,
        agreement_id -> BigInt,
        author_id -> Nullable<BigInt>,
        side -> Text,
        narrative -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    cocreation_report_lines (id) {
        id -> BigInt,
        commune_id -> BigInt,
        report_id -> BigInt,
        budget_line_id -> BigInt,
        spent_centimes -> BigInt,
    }
}

diesel::joinable!(cocreation_scores -> cocreation_evaluations (evaluation_id));
diesel::allow_tables_to_appear_in_same_query!(cocreation_scores, cocreation_evaluations);

diesel::table! {
    cocreation_documents (id) {
        id -> BigInt,
        commune_id -> BigInt,
        call_id -> BigInt,
        note_id -> Nullable<BigInt>,
        upload_id -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::joinable!(cocreation_documents -> uploads (upload_id));
diesel::allow_tables_to_appear_in_same_query!(cocreation_documents, uploads);
