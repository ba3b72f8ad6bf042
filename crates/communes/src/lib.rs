//! Communes (the tenants), their council members and permanent committees.

pub mod api;
pub mod demo;
pub mod holidays;
pub mod lookup;
pub mod model;
pub mod notices;
pub mod open_data;
pub mod rules;
pub mod service;
pub mod store;

pub use model::{Committee, CommitteePurpose, Commune, CouncilMember, CouncilRole, Gender};
