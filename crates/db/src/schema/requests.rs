//! Access-to-information requests (law 31.13), the proactive publication register, and
//! complaints, observations and suggestions (decree 2.17.265) — migration
//! 2026-12-01-000017_requests.

diesel::table! {
    info_requests (id) {
        id -> BigInt,
        commune_id -> BigInt,
        number -> Text,
        channel -> Text,
        account_id -> Nullable<BigInt>,
        requester_name -> Text,
        requester_address -> Text,
        id_kind -> Text,
        id_encrypted -> Text,
        id_hash -> Text,
        email -> Nullable<Text>,
        information -> Text,
        preferred_form -> Text,
        urgent -> Bool,
        received_on -> Date,
        first_due_on -> Date,
        due_on -> Date,
        extended_on -> Nullable<Date>,
        extension_reason -> Nullable<Text>,
        status -> Text,
        answered_on -> Nullable<Date>,
        answer -> Nullable<Text>,
        refusal_ground -> Nullable<Text>,
        exception -> Nullable<Text>,
        ground_detail -> Nullable<Text>,
        costs_centimes -> Nullable<BigInt>,
        appeal_filed_on -> Nullable<Date>,
        appeal_text -> Nullable<Text>,
        appeal_decided_on -> Nullable<Date>,
        appeal_outcome -> Nullable<Text>,
        appeal_decision -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    info_publications (id) {
        id -> BigInt,
        commune_id -> BigInt,
        category -> Text,
        title -> Text,
        url -> Text,
        published_on -> Date,
        created_at -> Timestamp,
    }
}

diesel::table! {
    complaints (id) {
        id -> BigInt,
        commune_id -> BigInt,
        number -> Text,
        kind -> Text,
        category -> Text,
        channel -> Text,
        desk -> Nullable<Text>,
        district -> Nullable<Text>,
        address -> Nullable<Text>,
        subject -> Text,
        body -> Text,
        anonymous -> Bool,
        filer_name -> Nullable<Text>,
        filer_email -> Nullable<Text>,
        account_id -> Nullable<BigInt>,
        received_on -> Date,
        ack_due_on -> Date,
        answer_due_on -> Date,
        acknowledged_on -> Nullable<Date>,
        service -> Nullable<Text>,
        status -> Text,
        answered_on -> Nullable<Date>,
        answer -> Nullable<Text>,
        satisfaction -> Nullable<Text>,
        satisfaction_note -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    requests_history (id) {
        id -> BigInt,
        commune_id -> BigInt,
        subject -> Text,
        subject_id -> BigInt,
        kind -> Text,
        detail -> Nullable<Text>,
        internal -> Bool,
        actor_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}
