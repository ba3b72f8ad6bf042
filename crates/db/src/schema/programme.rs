//! Action programme and commitment plans (migration 2026-12-01-000018_programme).
//! Indicator quantities are hundredths (`baseline`, `target`, `value`).

diesel::table! {
    programme_plans (id) {
        id -> BigInt,
        commune_id -> BigInt,
        kind -> Text,
        title_ar -> Text,
        title_fr -> Text,
        summary -> Text,
        starts_on -> Date,
        ends_on -> Date,
        status -> Text,
        deliberation_id -> Nullable<BigInt>,
        adopted_on -> Nullable<Date>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    programme_series (id) {
        id -> BigInt,
        commune_id -> BigInt,
        plan_id -> BigInt,
        position -> Integer,
        title_ar -> Text,
        title_fr -> Text,
    }
}

diesel::table! {
    programme_commitments (id) {
        id -> BigInt,
        commune_id -> BigInt,
        plan_id -> BigInt,
        series_id -> Nullable<BigInt>,
        number -> Integer,
        title_ar -> Text,
        title_fr -> Text,
        description -> Text,
        lead_service -> Text,
        partners -> Text,
        expected_results -> Text,
        budget_cents -> Nullable<BigInt>,
        status -> Text,
        status_reason -> Nullable<Text>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    programme_actions (id) {
        id -> BigInt,
        commune_id -> BigInt,
        commitment_id -> BigInt,
        title -> Text,
        starts_on -> Nullable<Date>,
        due_on -> Nullable<Date>,
        done_on -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    programme_indicators (id) {
        id -> BigInt,
        commune_id -> BigInt,
        commitment_id -> BigInt,
        kind -> Text,
        name -> Text,
        unit -> Text,
        period -> Text,
        baseline -> BigInt,
        target -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    programme_rounds (id) {
        id -> BigInt,
        commune_id -> BigInt,
        plan_id -> BigInt,
        label -> Text,
        period_end -> Date,
        validated_at -> Nullable<Timestamp>,
        validation_note -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    programme_values (id) {
        id -> BigInt,
        commune_id -> BigInt,
        indicator_id -> BigInt,
        measured_on -> Date,
        value -> BigInt,
        source -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    programme_links (id) {
        id -> BigInt,
        commune_id -> BigInt,
        commitment_id -> BigInt,
        kind -> Text,
        reference -> Text,
        checked -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    programme_evidence (id) {
        id -> BigInt,
        commune_id -> BigInt,
        commitment_id -> BigInt,
        title -> Text,
        url -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    programme_steering (id) {
        id -> BigInt,
        commune_id -> BigInt,
        plan_id -> BigInt,
        side -> Text,
        name -> Text,
        organisation -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    programme_updates (id) {
        id -> BigInt,
        commune_id -> BigInt,
        plan_id -> BigInt,
        commitment_id -> Nullable<BigInt>,
        event -> Text,
        detail -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    programme_assessments (id) {
        id -> BigInt,
        commune_id -> BigInt,
        year -> Integer,
        conditions_met -> Integer,
        points -> Integer,
        detail -> Text,
        published -> Bool,
        created_at -> Timestamp,
    }
}

diesel::joinable!(programme_commitments -> programme_plans (plan_id));
diesel::joinable!(programme_indicators -> programme_commitments (commitment_id));
diesel::joinable!(programme_values -> programme_indicators (indicator_id));
diesel::joinable!(programme_links -> programme_commitments (commitment_id));

diesel::allow_tables_to_appear_in_same_query!(
    programme_plans,
    programme_series,
    programme_commitments,
    programme_actions,
    programme_indicators,
    programme_rounds,
    programme_values,
    programme_links,
    programme_evidence,
    programme_steering,
    programme_updates,
    programme_assessments,
);
