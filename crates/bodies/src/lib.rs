//! Consultative bodies and their advisory opinions (organic law 113.14, arts. 119–120, 78;
//! the Tadafor model).
//!
//! The council creates participatory mechanisms (art. 119), among them the Equality, Equal
//! Opportunity and Gender Approach Body (art. 120); Tadafor communes also run a consultative
//! space, a youth council and neighbourhood committees. [`model`] has the kinds and the
//! opinion's state machine, [`rules`] the composition figures against a body's targets and
//! the referral deadline (pure), [`records`] and [`store`] the rows and queries, [`service`]
//! the use cases (permission per body, one transaction, audit, mail, the agenda item through
//! `musharaka-councils`), [`events`] the council's answer (`deliberation.decided`).

pub mod demo;
pub mod events;
pub mod model;
pub mod open_data;
pub mod records;
pub mod rules;
pub mod service;
pub mod store;

pub use model::*;
pub use rules::*;
