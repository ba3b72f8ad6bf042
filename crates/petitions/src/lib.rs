//! Petitions to the commune council (organic law 113.14, arts. 121–125; decree 2.16.403).
//!
//! Citizens and associations may ask the council to put an item within its powers on its
//! agenda. This crate holds that law as pure code: [`model`] has the kinds and the petition
//! state machine, [`rules`] the thresholds, eligibility conditions, CIN format, deadlines,
//! the session an accepted petition goes to (through `musharaka-councils`) and the retention
//! of signers' personal data (law 09.08). No database, clock or user-facing text in those two.
//! [`protect`] encrypts CIN numbers and keys their duplicate check, [`records`] and
//! [`store`] hold the rows and queries, [`service`] the use cases (permission, transaction,
//! timeline, audit, mail).

pub mod api;
pub mod demo;
pub mod events;
pub mod model;
pub mod open_data;
pub mod protect;
pub mod records;
pub mod rules;
pub mod service;
pub mod store;

pub use model::*;
pub use rules::*;
