//! Use cases: bodies and their secretaries (the focal point), members, meetings and work
//! programme (the body's secretary), advisory opinions from draft to the council's answer,
//! and the read models of the public pages and the back office. Each change runs in one
//! transaction with its audit record, its mail and its public timeline.

use crate::model::BodyStatus;
use crate::records::{BodyRow, OpinionRow};
use crate::store;
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_db::AnyConnection;
use musharaka_identity::{Permissions, Role};

mod bodies;
mod meetings;
mod opinions;
mod pages;
pub use bodies::*;
pub use meetings::*;
pub use opinions::*;
pub use pages::*;

/// The audit record of a row an official added (`what`: the action and its target), the
/// row itself as the state after.
pub(crate) fn audit_added<T: serde::Serialize>(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    what: (&str, String),
    row: &T,
) -> Result<()> {
    let (action, target) = what;
    actor
        .audit(commune_id, action, target)
        .after(serde_json::json!(row))
        .record(conn)?;
    Ok(())
}

/// The commune's participation focal point (it creates bodies and assigns secretaries).
pub(crate) fn require_admin(actor: &Permissions, commune_id: i64) -> Result<()> {
    if actor.can_administer(commune_id) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// Whether `actor` runs `body`: the focal point, or a `body_secretary` of the commune
/// assigned to this very body.
pub fn runs_body(conn: &mut AnyConnection, actor: &Permissions, body: &BodyRow) -> Result<bool> {
    if actor.can_administer(body.commune_id) {
        return Ok(true);
    }
    Ok(actor.has(body.commune_id, Role::BodySecretary)
        && store::is_secretary(conn, body.id, actor.account.id)?)
}

/// The body, if `actor` runs it (see [`runs_body`]); forbidden otherwise.
pub(crate) fn body_run_by(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
) -> Result<BodyRow> {
    let body = store::body(conn, commune_id, body_id)?;
    if runs_body(conn, actor, &body)? {
        Ok(body)
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// The body, if it still works: a dissolved body takes no new member, meeting or opinion.
pub(crate) fn not_dissolved(body: BodyRow) -> Result<BodyRow> {
    if body.status == BodyStatus::Dissolved {
        return Err(Error::with_cause(ErrorKind::Conflict, "dissolved body"));
    }
    Ok(body)
}

/// The opinion and its body, if `actor` runs that body.
pub(crate) fn opinion_run_by(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    opinion_id: i64,
) -> Result<(BodyRow, OpinionRow)> {
    let o = store::opinion(conn, commune_id, opinion_id)?;
    let body = body_run_by(conn, actor, commune_id, o.body_id)?;
    Ok((body, o))
}

/// A required text, trimmed, of at most `max` characters.
pub(crate) fn required(value: &str, field: &str, max: usize) -> Result<String> {
    musharaka_core::text::required(value, field, max).map(str::to_string)
}

/// An optional text: blank becomes `None`.
pub(crate) fn optional(value: Option<&str>) -> Option<String> {
    value
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// Every field error at once.
pub(crate) fn all_fields(results: Vec<Result<()>>) -> Result<()> {
    let mut err = Error::new(ErrorKind::InvalidInput);
    for r in results {
        if let Err(e) = r {
            if e.fields.is_empty() {
                return Err(e);
            }
            err.fields.extend(e.fields);
        }
    }
    if err.fields.is_empty() {
        Ok(())
    } else {
        Err(err)
    }
}

/// The fields `r` marked, as an error of its own (to gather them with [`all_fields`]).
pub(crate) fn fields_of<T>(r: &Result<T>) -> Result<()> {
    match r {
        Ok(_) => Ok(()),
        Err(e) => {
            let mut x = Error::new(e.kind);
            x.fields = e.fields.clone();
            Err(x)
        }
    }
}
