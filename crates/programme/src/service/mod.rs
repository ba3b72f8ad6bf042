//! Use cases of the programme: the participation focal point (the commune's admin) writes
//! plans, commitments, actions, indicators and their values, opens monitoring rounds and
//! records the steering committee's validation. Each use case checks the permission, runs
//! in one transaction, writes the audit record and the plan's public timeline. The reads
//! (pages, matrix, feed, `became`) are in [`pages`].

mod commitments;
mod pages;
mod performance;
mod plans;

pub use commitments::*;
pub use pages::*;
pub use performance::*;
pub use plans::*;

use crate::model::{
    CommitmentStatus, IndicatorKind, OriginKind, PlanKind, PlanStatus, Quantity, SteeringSide,
};
use crate::records::*;
use crate::rules;
use crate::store;
use chrono::NaiveDate;
use musharaka_core::text::{optional, required};
use musharaka_core::time::now;
use musharaka_core::{Error, ErrorKind, Money, Result};
use musharaka_db::write_transaction;
use musharaka_db::AnyConnection;
use musharaka_identity::audit::entry;
use musharaka_identity::permissions::require_admin;
use musharaka_identity::Permissions;
use serde_json::json;

/// Longest one-line text (titles, names, services).
pub const MAX_LINE: usize = 300;
/// Longest free text (descriptions, notes, reasons).
pub const MAX_TEXT: usize = 5000;

/// A line of the plan's public timeline (and of the Atom feed).
fn timeline(
    conn: &mut AnyConnection,
    commune_id: i64,
    plan_id: i64,
    commitment_id: Option<i64>,
    event: &str,
    detail: Option<&str>,
) -> Result<()> {
    store::insert_update(
        conn,
        &NewUpdateRow {
            commune_id,
            plan_id,
            commitment_id,
            event,
            detail,
            created_at: now(),
        },
    )?;
    Ok(())
}
