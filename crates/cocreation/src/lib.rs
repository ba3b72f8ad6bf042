//! Co-creation calls with associations (الخلق المشترك; Tadafor model, RULES.md §5).
//!
//! The commune's president announces a call to the associations active on its territory;
//! an information meeting explains the procedure; associations submit a concept note
//! (المذكرة المفاهيمية) within a window; eligibility is checked, evaluators score the notes
//! independently, and the notes are selected within the call's envelope; the selected
//! associations sign an agreement with tranches and report on their spending.
//!
//! [`model`] has the state machines, [`rules`] the window, eligibility, scoring, ranking
//! and selection as pure functions (exact arithmetic: centimes and `Decimal`), [`records`]
//! and [`store`] the rows and queries, [`service`] the use cases (permission, one
//! transaction, audit, mail), [`demo`] Taroudant's 2023 call.

pub mod api;
pub mod demo;
pub mod model;
pub mod open_data;
pub mod records;
pub mod rules;
pub mod service;
pub mod store;

pub use model::*;
