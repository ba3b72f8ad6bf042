//! Council sessions and deliberations of a Moroccan commune (organic law 113.14, arts.
//! 6 and 33–48).
//!
//! This crate holds the law as pure code so that every screen and every other crate asks
//! the same functions: [`model`] has the types and the session state machine, [`rules`] the
//! articles as functions (each citing its article), [`calendar`] the working-day arithmetic
//! the articles rely on. No database, clock or user-facing text here: results are values and
//! enums the web layer stores and translates.
//!
//! Other crates call [`rules::next_open_ordinary_session`] to find where an accepted item
//! (a petition, an advisory opinion) goes.

pub mod calendar;
pub mod model;
pub mod rules;

pub use calendar::WorkingCalendar;
pub use model::*;
pub use rules::*;
