//! The commune's action programme (برنامج عمل الجماعة, law 113.14 art. 78: six years,
//! prepared by a participatory method; art. 119: citizens and associations help prepare
//! and monitor it) and commitment plans such as an OGP local plan: series of commitments,
//! their actions and indicators, dated indicator values, six-monthly monitoring rounds
//! validated by a steering committee with parity of commune and civil society, and the
//! traceability of each commitment back to the citizen input it came from (a petition, a
//! participatory-budget project, a deliberation, a body's advisory opinion, a consultation
//! comment). Also the performance programme's yearly self-assessment (five minimum
//! conditions, performance indicators, 70 points).
//!
//! [`model`] and [`rules`] are pure; [`records`] and [`store`] hold the rows and queries;
//! [`service`] the use cases (permission, one transaction, audit, public timeline).

pub mod demo;
pub mod export;
pub mod model;
pub mod open_data;
pub mod records;
pub mod rules;
pub mod service;
pub mod store;

pub use model::*;
