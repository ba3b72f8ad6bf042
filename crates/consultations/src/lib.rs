//! Public consultations on the commune's drafts (organic law 113.14, art. 78: the action
//! programme is prepared by a participatory method; art. 119: dialogue and consultation
//! mechanisms).
//!
//! A consultation puts a draft (action programme, charter, project, by-law), split into
//! sections whose versions are kept, before the public between an opening and a closing
//! date. People comment per section (moderated against a published charter, hidden with a
//! reason, never deleted), support comments, answer a questionnaire (online once per
//! account, on paper through staff) and meet in workshops (counted, not named). At closing
//! the owner answers section by section ("you said, we did"), publishes the revised draft
//! and sends it to the council, whose deliberation comes back as `deliberation.decided`.
//!
//! [`model`] holds the types and the state machine, [`rules`] the dates, the ranking check
//! and the aggregates with the small-group rule (pure); [`records`] and [`store`] the rows
//! and queries; [`service`] the use cases; [`events`] the council's answer; [`demo`] the
//! demo data.

pub mod demo;
pub mod events;
pub mod model;
pub mod open_data;
pub mod questionnaire;
pub mod records;
pub mod rules;
pub mod service;
pub mod store;

pub use model::*;
