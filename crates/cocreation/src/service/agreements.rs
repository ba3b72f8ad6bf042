//! Agreements and follow-up (§5): the grant with its tranches, their conditions and the
//! reporting deadlines (with mail reminders); progress reports with spending per budget
//! line, written by the association or the commune (the joint activity log); the final
//! evaluation.

use super::*;
use crate::model::{NoteEvent, NoteStatus, Side};
use crate::records::{NewAgreement, NewTranche};
use crate::rules;
use crate::store;
use chrono::{NaiveDate, NaiveDateTime};
use musharaka_communes::Commune;
use musharaka_core::Money;
use musharaka_db::write_transaction;

/// A tranche as typed: amount, the condition of its payment, the report due before it.
#[derive(Debug, Clone)]
pub struct TrancheInput {
    pub amount: Money,
    pub condition: String,
    pub report_due_on: NaiveDate,
}

/// An agreement as typed: the day it was signed and its tranches.
#[derive(Debug, Clone)]
pub struct AgreementInput {
    pub signed_on: NaiveDate,
    pub tranches: Vec<TrancheInput>,
}

/// Signs the agreement of a selected note: the grant is the amount selected, the tranches
/// add up to it exactly; reminders of each report are queued for the association (a week
/// before and on the day). Audited.
pub fn sign_agreement(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    actor: &Permissions,
    commune: &Commune,
    note_id: i64,
    input: &AgreementInput,
    now: NaiveDateTime,
) -> Result<()> {
    require_admin(actor, commune.id)?;
    let tranches = &input.tranches;
    if tranches.iter().any(|t| t.condition.trim().is_empty()) {
        return Err(Error::invalid("tranches", "cc-error-tranche-condition"));
    }
    write_transaction(conn, |conn| {
        let n = store::note(conn, commune.id, note_id)?;
        if n.status != NoteStatus::Selected {
            return Err(ErrorKind::Conflict.into());
        }
        let grant = n.granted().unwrap_or(Money::ZERO);
        let amounts: Vec<Money> = tranches.iter().map(|t| t.amount).collect();
        if !rules::tranches_match(grant, &amounts) {
            return Err(Error::invalid("tranches", "cc-error-tranches"));
        }
        let a = store::insert_agreement(
            conn,
            &NewAgreement {
                commune_id: commune.id,
                note_id: n.id,
                grant_centimes: grant.centimes(),
                signed_on: input.signed_on,
                signed_by: Some(actor.account.id),
                created_at: now,
            },
        )?;
        for (i, t) in tranches.iter().enumerate() {
            let tranche = NewTranche {
                commune_id: commune.id,
                agreement_id: a.id,
                position: i32::try_from(i + 1).unwrap_or(i32::MAX),
                amount_centimes: t.amount.centimes(),
                condition_text: t.condition.trim(),
                report_due_on: t.report_due_on,
            };
            store::insert_tranche(conn, &tranche)?;
        }
        move_note(conn, &n, NoteEvent::SignAgreement, now)?;
        actor.audit_decision(
            conn,
            &n,
            "cocreation.agreement.sign",
            json!({ "status": "agreed", "grant_centimes": grant.centimes(), "tranches": tranches.len() }),
        )?;
        if let Some(author) = n.account_id {
            let link = mail.link(&format!("/{}/cocreation/notes/{}", commune.slug, n.id));
            mail_account(
                conn,
                mail,
                author,
                "cc-mail-agreement-subject",
                "cc-mail-agreement-body",
                &[
                    ("title", n.title.clone()),
                    ("amount", grant.plain()),
                    ("link", link.clone()),
                ],
                None,
            )?;
            for t in tranches {
                for day in rules::reminder_days(t.report_due_on) {
                    let at = musharaka_core::time::casablanca_to_utc(
                        day.and_hms_opt(8, 0, 0).unwrap_or_default(),
                    );
                    if at <= now {
                        continue;
                    }
                    mail_account(
                        conn,
                        mail,
                        author,
                        "cc-mail-report-reminder-subject",
                        "cc-mail-report-reminder-body",
                        &[
                            ("title", n.title.clone()),
                            ("due", t.report_due_on.to_string()),
                            ("link", link.clone()),
                        ],
                        Some(at),
                    )?;
                }
            }
        }
        Ok(())
    })
}

/// A progress report on an agreed project with the spending per budget line: by the
/// association's representative, or by the commune's admin (both sides keep the joint
/// activity log).
pub fn submit_report(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    note_id: i64,
    narrative: &str,
    spent: &[(i64, Money)],
    now: NaiveDateTime,
) -> Result<()> {
    if narrative.trim().is_empty() {
        return Err(Error::invalid("narrative", "field-required"));
    }
    write_transaction(conn, |conn| {
        let n = store::note(conn, commune_id, note_id)?;
        let side = if n.account_id == Some(actor.account.id) {
            Side::Association
        } else if actor.can_administer(commune_id) {
            Side::Commune
        } else {
            return Err(ErrorKind::Forbidden.into());
        };
        let Some(a) = store::agreement_of(conn, n.id)? else {
            return Err(ErrorKind::Conflict.into());
        };
        let lines = store::lines(conn, n.id)?;
        let id = store::insert_report(
            conn,
            commune_id,
            a.id,
            actor.account.id,
            side.key(),
            narrative.trim(),
            now,
        )?;
        for (line, amount) in spent {
            if !lines.iter().any(|l| l.id == *line) {
                return Err(ErrorKind::InvalidInput.into());
            }
            if amount.is_positive() {
                store::insert_report_line(conn, commune_id, id, *line, amount.centimes())?;
            }
        }
        Ok(())
    })
}

/// The commune's final evaluation of an agreed project. Audited.
pub fn final_evaluation(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    note_id: i64,
    text: &str,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    if text.trim().is_empty() {
        return Err(Error::invalid("final_evaluation", "field-required"));
    }
    write_transaction(conn, |conn| {
        let n = store::note(conn, commune_id, note_id)?;
        let Some(a) = store::agreement_of(conn, n.id)? else {
            return Err(ErrorKind::Conflict.into());
        };
        store::set_final_evaluation(conn, a.id, text.trim())?;
        actor.audit_decision(
            conn,
            &n,
            "cocreation.agreement.final_evaluation",
            json!({ "done": true }),
        )?;
        Ok(())
    })
}
