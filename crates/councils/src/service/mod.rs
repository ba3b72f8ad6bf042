//! Use cases of the council secretariat and the public function other crates call
//! (`propose_item`). Each checks the permission (role `secretariat`), applies the rules of
//! `rules.rs`, runs in one transaction and writes the audit log.

use crate::model::{
    Attendance, Ballot, Convocation, ItemSource, ItemStatus, Matter, OrdinaryMonth, Publicity,
    SessionEvent, SessionKind, SessionStatus, VoteChoice, VoteCounts,
};
use crate::records::{
    key, parse, DeliberationRow, ItemRow, MinutesRow, NewDeliberationRow, NewMinutesRow,
    NewQuestionRow, NewSessionRequestRow, NewSessionRow, NewSittingRow, NewVoteRow, ObjectionRow,
    SessionRequestRow, SessionRow, SittingRow, StudyDecisionRow, VoteRow,
};
use crate::rules::{self, DeadlineState, Decision, NextOrdinarySession, QuorumDecision, VoteInput};
use crate::store;
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use musharaka_communes::CouncilRole;
use musharaka_core::time::{local_date, now, today};
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_db::write_transaction;
use musharaka_db::AnyConnection;
use musharaka_identity::audit::entry;
use musharaka_identity::{Permissions, Role};
use serde_json::json;

/// The secretariat (or the platform admin) runs the council's records.
pub fn require_secretariat(actor: &Permissions, commune_id: i64) -> Result<()> {
    if actor.has(commune_id, Role::Secretariat) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// The secretariat keeps the council's records (art. 23): deliberations and minutes,
/// written in Arabic first (the French text is optional).
pub(crate) fn require_record_writer(
    actor: &Permissions,
    commune_id: i64,
    text_ar: &str,
) -> Result<()> {
    require_secretariat(actor, commune_id)?;
    if text_ar.trim().is_empty() {
        return Err(Error::invalid("text_ar", "field-required"));
    }
    Ok(())
}

/// A correction is a new record linked to a signed one; an unsigned draft is edited instead.
pub(crate) fn require_signed(signed: bool) -> Result<()> {
    if signed {
        Ok(())
    } else {
        Err(Error::with_cause(
            ErrorKind::Conflict,
            "edit the draft instead",
        ))
    }
}

/// The optional French text as stored: trimmed, none when blank.
pub(crate) fn french_text(text_fr: Option<&str>) -> Option<&str> {
    text_fr.map(str::trim).filter(|t| !t.is_empty())
}

mod agenda;
mod deliberation;
pub mod desk;
mod proceedings;
pub mod public;
mod session;
mod sitting;

pub use agenda::*;
pub use deliberation::*;
pub use proceedings::*;
pub use session::*;
pub use sitting::*;
