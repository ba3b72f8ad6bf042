//! Two citizen-to-commune channels with legal clocks:
//!
//! * requests for information under law 31.13 (communes are bound by it, art. 2): a
//!   numbered receipt (art. 14), an answer within 20 working days, extendable once with a
//!   reasoned notice (art. 16), 3 working days when life, safety or liberty is at stake
//!   (art. 17), a reasoned refusal naming its ground and the right to complain (art. 18),
//!   the complaint to the head of the commune (art. 19), and the register of what the
//!   commune publishes on its own (art. 10);
//! * complaints, observations and suggestions (decree 2.17.265): acknowledged within 15
//!   days, answered within 60, routed to a service, with a public dashboard.
//!
//! [`model`] holds the kinds and state machines, [`rules`] the clocks as pure functions,
//! [`records`] and [`store`] the rows and queries, [`service`] the use cases (permission,
//! one transaction, audit, mail), [`demo`] the demo data.

pub mod api;
pub mod demo;
pub mod model;
pub mod open_data;
pub mod records;
pub mod rules;
pub mod service;
pub mod store;

pub use model::*;
