//! Council sessions and deliberations of a Moroccan commune (organic law 113.14, arts.
//! 6 and 33–48).
//!
//! This crate holds the law as pure code so that every screen and every other crate asks
//! the same functions: [`model`] has the types and the session state machine, [`rules`] the
//! articles as functions (each citing its article), `musharaka_core::calendar` the working-day
//! arithmetic the articles rely on. No database, clock or user-facing text in `model`, `rules` and `calendar`: results are values and
//! enums the web layer stores and translates.
//!
//! Other crates call [`service::propose_item`] to put an accepted item (a petition, an
//! advisory opinion, a participatory-budget result) on the next ordinary session whose
//! agenda is still open ([`rules::next_open_ordinary_session`]). [`records`] are the stored
//! rows, [`store`] the queries, [`service`] the use cases (permission, transaction, audit).

pub mod api;
pub mod demo;
pub mod model;
pub mod open_data;
pub mod records;
pub mod rules;
pub mod service;
pub mod store;

pub use model::*;
/// The working-day calendar lives in core; re-exported for the paths callers already use.
pub use musharaka_core::calendar;
pub use musharaka_core::calendar::WorkingCalendar;
pub use records::{ItemId, SittingId};
pub use rules::*;
