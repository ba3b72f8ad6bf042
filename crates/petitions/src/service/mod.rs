//! Use cases: drafting, signing (online with mail confirmation, on paper), deposit with a
//! receipt, the bureau's review, the council's decision. Each runs in one transaction,
//! writes the petition's public timeline and, for officials, the audit log.

use crate::model::{PetitionEvent, PetitionKind, PetitionStatus, Reasons};
use crate::protect::Protector;
use crate::records::PetitionRow;
use crate::rules::{self, BureauChecklist, Cin, CommuneTie, SignerFacts};
use crate::store;
use chrono::{Datelike, Duration, NaiveDate};
use musharaka_communes::Commune;
use musharaka_core::time::{local_date, now};
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_councils::service::{propose_item, NewItem};
use musharaka_councils::{ItemSource, Matter, NextOrdinarySession};
use musharaka_db::write_transaction;
use musharaka_db::{jobs, AnyConnection};
use musharaka_identity::{store as accounts, Account, AssociationStatus, Permissions, Role};
use musharaka_mail::MailContext;
use serde_json::json;

mod bureau;
mod council;
mod deposit;
mod digest;
mod draft;
mod pages;
mod privacy;
mod retention;
mod signing;
pub use bureau::*;
pub use council::*;
pub use deposit::*;
pub use digest::*;
pub use draft::*;
pub use pages::*;
pub use privacy::*;
pub use retention::*;
pub use signing::*;

/// What mail and personal-data handling need: the one mail composer and the CIN keys.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub mail: MailContext<'a>,
    pub protector: &'a Protector,
}

pub(crate) fn event(
    conn: &mut AnyConnection,
    p: &PetitionRow,
    name: &str,
    detail: Option<String>,
) -> Result<()> {
    store::add_event(conn, p.commune_id, p.id, name, detail.as_deref())?;
    Ok(())
}

/// Moves the status through the state machine with a conditional update, so two
/// concurrent actions cannot both apply.
pub(crate) fn transition(
    conn: &mut AnyConnection,
    p: &PetitionRow,
    e: PetitionEvent,
) -> Result<PetitionStatus> {
    let next = p
        .status
        .transition(p.kind(), e)
        .map_err(|e| Error::with_cause(ErrorKind::Conflict, e))?;
    if !store::set_status_if(conn, p.id, p.status, next, next.is_final())? {
        return Err(ErrorKind::Conflict.into());
    }
    Ok(next)
}

/// The texts of the decree's form.
pub struct Texts<'a> {
    pub subject: &'a str,
    pub reasons: &'a str,
    pub requested_item: &'a str,
}

fn check_texts(t: &Texts<'_>) -> Result<()> {
    let missing = rules::missing_form_fields(t.subject, t.reasons, t.requested_item);
    let mut err = Error::new(ErrorKind::InvalidInput);
    for f in missing {
        let field = match f {
            rules::FormField::Subject => "subject",
            rules::FormField::ReasonsAndObjectives => "reasons",
            rules::FormField::RequestedItem => "requested_item",
        };
        err = err.with_field(field, "field-required");
    }
    if err.fields.is_empty() {
        Ok(())
    } else {
        Err(err)
    }
}

pub(crate) fn require_agent(actor: &Permissions, p: &PetitionRow) -> Result<()> {
    if p.agent_account_id == Some(actor.account.id) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// Staff (bureau or admin) of the commune.
pub(crate) fn require_staff(actor: &Permissions, commune_id: i64) -> Result<()> {
    if actor.has(commune_id, Role::Bureau) || actor.can_administer(commune_id) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}
