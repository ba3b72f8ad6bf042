//! Petitions, their signatures and their timeline (migration 2026-11-29-000004_petitions),
//! attachments (000007) and an association agent's mandate (000010).

use super::{accounts, agenda_items, associations, communes, deliberations, uploads};

diesel::table! {
    petitions (id) {
        id -> BigInt,
        commune_id -> BigInt,
        kind -> Text,
        status -> Text,
        agent_account_id -> Nullable<BigInt>,
        association_id -> Nullable<BigInt>,
        subject -> Text,
        reasons -> Text,
        requested_item -> Text,
        threshold -> Nullable<Integer>,
        receipt_number -> Nullable<Text>,
        deposited_at -> Nullable<Timestamp>,
        review_deadline -> Nullable<Date>,
        bureau_checklist -> Nullable<Text>,
        bureau_reasons -> Nullable<Text>,
        bureau_decided_at -> Nullable<Timestamp>,
        agenda_item_id -> Nullable<BigInt>,
        deliberation_id -> Nullable<BigInt>,
        registered_on_paper -> Bool,
        personal_data_erased_at -> Nullable<Timestamp>,
        final_at -> Nullable<Timestamp>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        placement -> Nullable<Text>,
    }
}

diesel::table! {
    petition_signatures (id) {
        id -> BigInt,
        commune_id -> BigInt,
        petition_id -> BigInt,
        channel -> Text,
        cin_hash -> Text,
        cin_encrypted -> Nullable<Text>,
        full_name -> Nullable<Text>,
        birth_date -> Nullable<Date>,
        address -> Nullable<Text>,
        tie -> Nullable<Text>,
        account_id -> Nullable<BigInt>,
        email -> Nullable<Text>,
        notify -> Bool,
        confirm_token_hash -> Nullable<Text>,
        confirmed_at -> Nullable<Timestamp>,
        ip_hash -> Nullable<Text>,
        email_domain -> Nullable<Text>,
        flagged -> Bool,
        invalidated_at -> Nullable<Timestamp>,
        invalidation_reason -> Nullable<Text>,
        entered_by -> Nullable<BigInt>,
        created_at -> Timestamp,
        lang -> Nullable<Text>,
    }
}

diesel::table! {
    petition_events (id) {
        id -> BigInt,
        commune_id -> BigInt,
        petition_id -> BigInt,
        event -> Text,
        detail -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    petition_attachments (petition_id, upload_id) {
        petition_id -> BigInt,
        upload_id -> BigInt,
        commune_id -> BigInt,
    }
}

diesel::table! {
    petition_mandates (petition_id) {
        petition_id -> BigInt,
        commune_id -> BigInt,
        upload_id -> Nullable<BigInt>,
        agent_is_legal_representative -> Bool,
    }
}

diesel::table! {
    petition_association_files (petition_id) {
        petition_id -> BigInt,
        commune_id -> BigInt,
        branch_address -> Nullable<Text>,
        receipt_upload_id -> Nullable<BigInt>,
    }
}

diesel::joinable!(petition_attachments -> uploads (upload_id));
diesel::allow_tables_to_appear_in_same_query!(petition_attachments, uploads);
diesel::joinable!(petition_signatures -> petitions (petition_id));
diesel::joinable!(petition_events -> petitions (petition_id));

diesel::allow_tables_to_appear_in_same_query!(petitions, petition_signatures, petition_events);

/// Lets petition tables be joined with the tables they refer to elsewhere.
macro_rules! joinable_with_others {
    ($($new:ident),*) => { $( joinable_with_others!(@one $new); )* };
    (@one $new:ident) => {
        diesel::allow_tables_to_appear_in_same_query!($new, communes);
        diesel::allow_tables_to_appear_in_same_query!($new, accounts);
        diesel::allow_tables_to_appear_in_same_query!($new, associations);
        diesel::allow_tables_to_appear_in_same_query!($new, agenda_items);
        diesel::allow_tables_to_appear_in_same_query!($new, deliberations);
    };
}

joinable_with_others!(petitions, petition_signatures, petition_events);
