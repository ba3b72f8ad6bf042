//! Use cases: the call (window, ceilings, eligibility terms, grid, meetings, Q&A), concept
//! notes (drafts, submission with a mailed receipt, late refusal), eligibility, independent
//! evaluation with conflicts of interest, results within the envelope, agreements and
//! reports. Each runs in one write transaction; every official decision is audited; mail is
//! queued in the same transaction.

use crate::records::{CallRow, NoteRow};
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_db::audit::AuditEntry;
use musharaka_db::AnyConnection;
use musharaka_identity::{Association, Permissions, Role};
use serde_json::json;

mod agreements;
mod calls;
mod evaluation;
mod notes;
mod results;
pub use agreements::*;
pub use calls::*;
pub use evaluation::*;
pub use notes::*;
pub use results::*;

pub use musharaka_mail::MailContext;

/// The commune's back office for co-creation: its focal point (admin).
pub(crate) fn require_admin(actor: &Permissions, commune_id: i64) -> Result<()> {
    actor.require_admin(commune_id)
}

/// An evaluator of the commune (the role itself: the admin does not score).
pub(crate) fn require_evaluator(actor: &Permissions, commune_id: i64) -> Result<()> {
    if actor.has(commune_id, Role::Evaluator) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// An evaluator or the admin (the eligibility checklist, the notes' list).
pub(crate) fn require_staff(actor: &Permissions, commune_id: i64) -> Result<()> {
    if actor.has(commune_id, Role::Evaluator) || actor.can_administer(commune_id) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// The association the actor represents, which must be verified.
pub(crate) fn represented(conn: &mut AnyConnection, actor: &Permissions) -> Result<Association> {
    match musharaka_identity::service::association_of(conn, actor.account.id)? {
        Some(a) if a.status == musharaka_identity::AssociationStatus::Verified => Ok(a),
        Some(_) => Err(Error::invalid(
            "association",
            "cc-error-association-unverified",
        )),
        None => Err(Error::invalid("association", "cc-error-no-association")),
    }
}

/// The note's own representative (who drafted it for the association).
pub(crate) fn require_author(actor: &Permissions, n: &NoteRow) -> Result<()> {
    if n.account_id == Some(actor.account.id) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// Moves a note through its state machine with a conditional update.
pub(crate) fn move_note(
    conn: &mut AnyConnection,
    n: &NoteRow,
    e: crate::model::NoteEvent,
    now: chrono::NaiveDateTime,
) -> Result<crate::model::NoteStatus> {
    let next = n.status.transition(e)?;
    if !crate::store::set_note_status_if(conn, n.id, n.status, next, now)? {
        return Err(ErrorKind::Conflict.into());
    }
    Ok(next)
}

/// Moves a call through its state machine with a conditional update.
pub(crate) fn move_call(
    conn: &mut AnyConnection,
    c: &CallRow,
    e: crate::model::CallEvent,
    now: chrono::NaiveDateTime,
) -> Result<crate::model::CallStatus> {
    let next = c.status.transition(e)?;
    if !crate::store::set_call_status_if(conn, c.id, c.status, next, now)? {
        return Err(ErrorKind::Conflict.into());
    }
    Ok(next)
}

/// A public call (drafts are not found outside the back office).
pub fn public_call(conn: &mut AnyConnection, commune_id: i64, id: i64) -> Result<CallRow> {
    let c = crate::store::call(conn, commune_id, id)?;
    if !c.status.is_public() {
        return Err(ErrorKind::NotFound.into());
    }
    Ok(c)
}

/// Queues one message to an account, in its language.
pub(crate) fn mail_account(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    account_id: i64,
    subject: &str,
    body: &str,
    args: &[(&str, String)],
    at: Option<chrono::NaiveDateTime>,
) -> Result<()> {
    let a = musharaka_identity::service::account(conn, account_id)?;
    let m = mail.compose(&a.email, a.lang(), subject, body, args);
    musharaka_mail::enqueue_at(conn, &m, at, None)?;
    Ok(())
}
