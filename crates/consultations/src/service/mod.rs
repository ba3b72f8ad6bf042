//! Use cases of consultations. Each validates, checks the permission, runs in one
//! transaction and, for an official's decision, writes the audit record; mail and events
//! are queued in the same transaction.
//!
//! The owner of a consultation is the commune's participation focal point (the `admin`
//! role). Comments, supports and online answers come from signed-in accounts; an
//! association's representative may speak in the association's name.

use crate::model::{Event, Status};
use crate::records::ConsultationRow;
use crate::store;
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_db::audit::AuditEntry;
use musharaka_db::AnyConnection;
use musharaka_identity::Permissions;
use serde_json::json;

mod answer;
mod comments;
mod manage;
mod pages;
mod responses;
mod workshops;
pub use answer::*;
pub use comments::*;
pub use manage::*;
pub use pages::*;
pub use responses::*;
pub use workshops::*;

/// The owner (participation focal point) of the commune's consultations.
pub(crate) fn require_owner(actor: &Permissions, commune_id: i64) -> Result<()> {
    if actor.can_administer(commune_id) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// Moves the status through the state machine with a conditional update.
pub(crate) fn transition(
    conn: &mut AnyConnection,
    c: &ConsultationRow,
    e: Event,
) -> Result<Status> {
    let next = c.status.transition(e).ok_or_else(|| {
        Error::with_cause(ErrorKind::Conflict, format!("{:?} on {e:?}", c.status))
    })?;
    if !store::set_status_if(conn, c.id, c.status, next)? {
        return Err(ErrorKind::Conflict.into());
    }
    Ok(next)
}

/// A non-blank text of at most `max` characters, or the field marked.
pub(crate) fn text<'a>(
    err: &mut Error,
    field: &str,
    value: &'a str,
    max: usize,
    required: bool,
) -> &'a str {
    if let Some(message) = musharaka_core::text::text_problem(value, max, required) {
        err.fields.push((field.into(), message.into()));
    }
    value.trim()
}

/// `Ok` if no field was marked.
pub(crate) fn checked(err: Error) -> Result<()> {
    if err.fields.is_empty() {
        Ok(())
    } else {
        Err(err)
    }
}

/// A consultation the public may see (drafts are not found, except by their owner).
pub(crate) fn visible(
    conn: &mut AnyConnection,
    viewer: Option<&Permissions>,
    commune_id: i64,
    id: i64,
) -> Result<ConsultationRow> {
    let c = store::consultation(conn, commune_id, id)?;
    if c.status.is_public() || viewer.is_some_and(|v| v.can_administer(commune_id)) {
        Ok(c)
    } else {
        Err(ErrorKind::NotFound.into())
    }
}
