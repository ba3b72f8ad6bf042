//! The one schema for both backends (written to match `migrations/*`; ids are BIGINT:
//! SQLite's INTEGER PRIMARY KEY holds 64-bit values).

diesel::table! {
    communes (id) {
        id -> BigInt,
        slug -> Text,
        name_ar -> Text,
        name_fr -> Text,
        name_tzm -> Nullable<Text>,
        region_ar -> Text,
        region_fr -> Text,
        province_ar -> Text,
        province_fr -> Text,
        population -> BigInt,
        census_year -> Integer,
        has_arrondissements -> Bool,
        email -> Text,
        phone -> Text,
        address_ar -> Text,
        address_fr -> Text,
        logo_upload_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    council_members (id) {
        id -> BigInt,
        commune_id -> BigInt,
        name_ar -> Text,
        name_fr -> Text,
        gender -> Text,
        role -> Text,
        vice_rank -> Nullable<Integer>,
        political_group -> Nullable<Text>,
        term_start -> Date,
        term_end -> Nullable<Date>,
        created_at -> Timestamp,
        opposition -> Bool,
    }
}

diesel::table! {
    committees (id) {
        id -> BigInt,
        commune_id -> BigInt,
        name_ar -> Text,
        name_fr -> Text,
        chair_member_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        purpose -> Text,
    }
}

diesel::table! {
    committee_members (committee_id, member_id) {
        committee_id -> BigInt,
        member_id -> BigInt,
    }
}

diesel::table! {
    accounts (id) {
        id -> BigInt,
        email -> Text,
        name -> Text,
        password_hash -> Text,
        commune_id -> Nullable<BigInt>,
        lang -> Text,
        email_confirmed_at -> Nullable<Timestamp>,
        is_platform_admin -> Bool,
        created_at -> Timestamp,
        session_version -> BigInt,
    }
}

diesel::table! {
    roles (id) {
        id -> BigInt,
        account_id -> BigInt,
        commune_id -> BigInt,
        role -> Text,
        granted_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    uploads (id) {
        id -> BigInt,
        owner_account_id -> Nullable<BigInt>,
        commune_id -> Nullable<BigInt>,
        stored_name -> Text,
        original_name -> Text,
        content_type -> Text,
        size_bytes -> BigInt,
        is_private -> Bool,
        created_at -> Timestamp,
    }
}

diesel::table! {
    associations (id) {
        id -> BigInt,
        account_id -> BigInt,
        name_ar -> Text,
        name_fr -> Text,
        receipt_number -> Text,
        receipt_date -> Date,
        founded_on -> Date,
        seat_commune_id -> BigInt,
        activity_field -> Text,
        statutes_upload_id -> Nullable<BigInt>,
        status -> Text,
        rejection_reason -> Nullable<Text>,
        reviewed_by -> Nullable<BigInt>,
        reviewed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    account_tokens (id) {
        id -> BigInt,
        account_id -> BigInt,
        purpose -> Text,
        token_hash -> Text,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (id) {
        id -> BigInt,
        commune_id -> Nullable<BigInt>,
        actor_id -> Nullable<BigInt>,
        action -> Text,
        target -> Text,
        before_json -> Nullable<Text>,
        after_json -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    jobs (id) {
        id -> BigInt,
        kind -> Text,
        payload -> Text,
        run_at -> Timestamp,
        attempts -> Integer,
        locked_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        done_at -> Nullable<Timestamp>,
        failed_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        tag -> Nullable<Text>,
    }
}

diesel::joinable!(council_members -> communes (commune_id));
diesel::joinable!(committees -> communes (commune_id));
diesel::joinable!(committee_members -> committees (committee_id));
diesel::joinable!(committee_members -> council_members (member_id));
diesel::joinable!(roles -> communes (commune_id));
diesel::joinable!(associations -> communes (seat_commune_id));

diesel::allow_tables_to_appear_in_same_query!(
    communes,
    council_members,
    committees,
    committee_members,
    accounts,
    roles,
    uploads,
    associations,
    account_tokens,
    audit_log,
    jobs,
);

// Each domain keeps its tables in its own file (same conventions: BIGINT ids, plain UTC
// TIMESTAMP, money as BIGINT centimes), re-exported here so `schema::<table>` works
// everywhere.
// Named apart from its `bodies` table, which the glob re-exports.
#[path = "bodies.rs"]
mod body_tables;
mod budgets;
mod cocreation;
#[path = "consultations.rs"]
mod consultation_tables;
mod councils;
// Named apart from its `petitions` table, which the glob re-exports.
#[path = "petitions.rs"]
mod petition_tables;
pub use body_tables::*;
mod programme;
#[allow(unused_imports)]
pub use budgets::*;
pub use cocreation::*;
pub use consultation_tables::*;
pub use councils::*;
pub use petition_tables::*;
mod requests;
pub use programme::*;
pub use requests::*;

diesel::table! {
    /// Movable public holidays entered per year by the platform admin (migration 000013).
    holidays (id) {
        id -> BigInt,
        day -> Date,
        kind -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// A commune's privacy, accessibility and legal contacts (migration 000023).
    commune_notices (commune_id) {
        commune_id -> BigInt,
        privacy_contact -> Text,
        privacy_email -> Text,
        privacy_phone -> Text,
        cndp_reference -> Text,
        accessibility_email -> Text,
        publisher -> Text,
        host -> Text,
        updated_at -> Timestamp,
    }
}
diesel::joinable!(commune_notices -> communes (commune_id));

mod rate_limit_tables;
pub use rate_limit_tables::*;
