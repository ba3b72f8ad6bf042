//! Council sessions, agendas, votes, deliberations and minutes (migration 2026-11-29-000002_councils;
//! `extended_until` and `requesters` from 2026-11-29-000009; signatures, closed-sitting
//! decisions and extraordinary requests from 2026-12-02-000019).

use super::{accounts, committees, communes, council_members, uploads};

diesel::table! {
    council_sessions (id) {
        id -> BigInt,
        commune_id -> BigInt,
        kind -> Text,
        ordinary_month -> Nullable<Integer>,
        trigger_by -> Nullable<Text>,
        trigger_note -> Nullable<Text>,
        starts_on -> Date,
        ends_on -> Date,
        place -> Text,
        status -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        extended_until -> Nullable<Date>,
        requested_on -> Nullable<Date>,
        requesting_members -> Nullable<Integer>,
    }
}

diesel::table! {
    sittings (id) {
        id -> BigInt,
        commune_id -> BigInt,
        session_id -> BigInt,
        starts_at -> Timestamp,
        convocation -> Text,
        is_public -> Bool,
        closed_requester -> Nullable<Text>,
        closed_reasons -> Nullable<Text>,
        quorum_decision -> Nullable<Text>,
        members_present -> Nullable<Integer>,
        members_in_office -> Nullable<Integer>,
        created_at -> Timestamp,
        closed_requesting_members -> Nullable<Integer>,
        closed_in_favour -> Nullable<Integer>,
        closed_against -> Nullable<Integer>,
        closed_abstain -> Nullable<Integer>,
        closed_decision -> Nullable<Text>,
    }
}

diesel::table! {
    attendance (sitting_id, member_id) {
        sitting_id -> BigInt,
        member_id -> BigInt,
        commune_id -> BigInt,
        status -> Text,
    }
}

diesel::table! {
    agenda_items (id) {
        id -> BigInt,
        commune_id -> BigInt,
        session_id -> BigInt,
        number -> Integer,
        title_ar -> Text,
        title_fr -> Text,
        summary -> Text,
        committee_id -> Nullable<BigInt>,
        committee_report -> Nullable<Text>,
        matter -> Text,
        source -> Text,
        source_ref -> Nullable<Text>,
        status -> Text,
        status_reasons -> Nullable<Text>,
        created_at -> Timestamp,
        requesters -> Nullable<Integer>,
    }
}

diesel::table! {
    session_requests (id) {
        id -> BigInt,
        commune_id -> BigInt,
        requested_on -> Date,
        requesting_members -> Integer,
        members_in_office -> Integer,
        points -> Text,
        refused_on -> Nullable<Date>,
        refusal_reasons -> Nullable<Text>,
        session_id -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    item_objections (item_id) {
        item_id -> BigInt,
        commune_id -> BigInt,
        received_on -> Date,
        reasons -> Text,
        in_court -> Bool,
        court_ruling -> Nullable<Text>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    item_study_decisions (item_id) {
        item_id -> BigInt,
        commune_id -> BigInt,
        decided_on -> Date,
        in_favour -> Integer,
        against -> Integer,
        abstain -> Integer,
        decision -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    written_questions (id) {
        id -> BigInt,
        commune_id -> BigInt,
        member_id -> BigInt,
        received_on -> Date,
        question -> Text,
        session_id -> Nullable<BigInt>,
        answer -> Nullable<Text>,
        answered_on -> Nullable<Date>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    item_votes (id) {
        id -> BigInt,
        commune_id -> BigInt,
        item_id -> BigInt,
        sitting_id -> BigInt,
        ballot -> Text,
        in_favour -> Integer,
        against -> Integer,
        abstain -> Integer,
        members_present -> Integer,
        members_in_office -> Integer,
        president_vote -> Nullable<Text>,
        decision -> Text,
        reason -> Text,
        recorded_by -> Nullable<BigInt>,
        created_at -> Timestamp,
    }
}

diesel::table! {
    member_votes (vote_id, member_id) {
        vote_id -> BigInt,
        member_id -> BigInt,
        choice -> Text,
    }
}

diesel::table! {
    deliberations (id) {
        id -> BigInt,
        commune_id -> BigInt,
        item_id -> BigInt,
        vote_id -> Nullable<BigInt>,
        year -> Integer,
        sequence -> Integer,
        decided_on -> Date,
        outcome -> Text,
        text_ar -> Text,
        text_fr -> Nullable<Text>,
        signed_at -> Nullable<Timestamp>,
        signed_by -> Nullable<BigInt>,
        corrects_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        president_member_id -> Nullable<BigInt>,
        president_signed_at -> Nullable<Timestamp>,
        secretary_member_id -> Nullable<BigInt>,
        secretary_signed_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    minutes (id) {
        id -> BigInt,
        commune_id -> BigInt,
        session_id -> BigInt,
        text_ar -> Text,
        text_fr -> Nullable<Text>,
        president_member_id -> Nullable<BigInt>,
        president_signed_at -> Nullable<Timestamp>,
        secretary_member_id -> Nullable<BigInt>,
        secretary_signed_at -> Nullable<Timestamp>,
        recorded_by -> Nullable<BigInt>,
        corrects_id -> Nullable<BigInt>,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    agenda_item_documents (item_id, upload_id) {
        item_id -> BigInt,
        upload_id -> BigInt,
        commune_id -> BigInt,
    }
}

diesel::joinable!(agenda_item_documents -> agenda_items (item_id));
diesel::joinable!(agenda_item_documents -> uploads (upload_id));
diesel::allow_tables_to_appear_in_same_query!(agenda_item_documents, uploads);
diesel::allow_tables_to_appear_in_same_query!(agenda_item_documents, agenda_items);
diesel::joinable!(sittings -> council_sessions (session_id));
diesel::joinable!(agenda_items -> council_sessions (session_id));
diesel::joinable!(agenda_items -> committees (committee_id));
diesel::joinable!(item_votes -> agenda_items (item_id));
diesel::joinable!(item_objections -> agenda_items (item_id));
diesel::joinable!(item_study_decisions -> agenda_items (item_id));
diesel::joinable!(deliberations -> agenda_items (item_id));
diesel::joinable!(member_votes -> item_votes (vote_id));
diesel::joinable!(member_votes -> council_members (member_id));
diesel::joinable!(attendance -> council_members (member_id));
diesel::joinable!(minutes -> council_sessions (session_id));

diesel::allow_tables_to_appear_in_same_query!(
    council_sessions,
    session_requests,
    item_objections,
    item_study_decisions,
    written_questions,
    sittings,
    attendance,
    agenda_items,
    item_votes,
    member_votes,
    deliberations,
    minutes,
);

/// Lets every council table be joined with the foundation tables it refers to (the pairs
/// among foundation tables are declared once, in `schema/mod.rs`).
macro_rules! joinable_with_foundation {
    ($($new:ident),*) => { $( joinable_with_foundation!(@one $new); )* };
    (@one $new:ident) => {
        diesel::allow_tables_to_appear_in_same_query!($new, communes);
        diesel::allow_tables_to_appear_in_same_query!($new, committees);
        diesel::allow_tables_to_appear_in_same_query!($new, council_members);
        diesel::allow_tables_to_appear_in_same_query!($new, accounts);
    };
}

joinable_with_foundation!(
    council_sessions,
    session_requests,
    item_objections,
    written_questions,
    sittings,
    attendance,
    agenda_items,
    item_votes,
    member_votes,
    deliberations,
    minutes
);
