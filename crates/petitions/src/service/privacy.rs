//! Who sees signers' personal data (law 09.08, decree 2.16.403). The agent sees counts and
//! names only; decrypted CIN numbers appear only in the deposit file the bureau (or the
//! commune's admin) opens, and every such view is written to the audit log.

use super::{require_agent, require_staff};
use crate::protect::Protector;
use crate::records::{Counts, PetitionRow, SignatureRow};
use crate::store;
use musharaka_core::Result;
use musharaka_db::audit::AuditEntry;
use musharaka_db::write_transaction;
use musharaka_db::AnyConnection;
use musharaka_identity::Permissions;
use serde_json::json;

/// A valid signatory; `cin` only when the deposit file was opened with CIN numbers.
pub struct Signatory {
    pub row: SignatureRow,
    pub cin: Option<String>,
}

/// The petition's valid signatories (confirmed, not invalidated), without CIN numbers.
fn valid_signatories(conn: &mut AnyConnection, petition_id: i64) -> Result<Vec<SignatureRow>> {
    Ok(store::signatures(conn, petition_id, 100_000, 0)?
        .into_iter()
        .filter(|r| r.confirmed_at.is_some() && r.invalidated_at.is_none())
        .map(|mut r| {
            r.cin_encrypted = None;
            r
        })
        .collect())
}

/// The agent's view of the signatories: counts and names, never CIN numbers.
pub fn signatories_for_agent(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<(PetitionRow, Counts, Vec<Signatory>)> {
    let p = store::petition(conn, commune_id, id)?;
    require_agent(actor, &p)?;
    let rows = valid_signatories(conn, p.id)?;
    let counts = store::counts(conn, p.id)?;
    Ok((
        p,
        counts,
        rows.into_iter()
            .map(|row| Signatory { row, cin: None })
            .collect(),
    ))
}

/// The deposit file (decree 2.16.403's form with the list of signatories), for the bureau
/// and the commune's admin. With `with_cins` the CIN numbers are decrypted, and the view
/// is audited (who, which petition, when) in the same transaction.
pub fn deposit_file(
    conn: &mut AnyConnection,
    protector: &Protector,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    with_cins: bool,
) -> Result<(PetitionRow, Counts, Vec<Signatory>)> {
    require_staff(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let p = store::petition(conn, commune_id, id)?;
        let counts = store::counts(conn, p.id)?;
        let rows: Vec<SignatureRow> = store::signatures(conn, p.id, 100_000, 0)?
            .into_iter()
            .filter(|r| r.confirmed_at.is_some() && r.invalidated_at.is_none())
            .collect();
        if !with_cins {
            let lines = rows
                .into_iter()
                .map(|mut row| {
                    row.cin_encrypted = None;
                    Signatory { row, cin: None }
                })
                .collect();
            return Ok((p, counts, lines));
        }
        AuditEntry::new(
            Some(commune_id),
            Some(actor.account.id),
            "petition.cins_viewed",
            format!("petition:{}", p.id),
        )
        .after(json!({ "signatories": rows.len() }))
        .record(conn)?;
        let lines = rows
            .into_iter()
            .map(|mut row| {
                let cin = row
                    .cin_encrypted
                    .take()
                    .and_then(|s| protector.decrypt(&s).ok());
                Signatory { row, cin }
            })
            .collect();
        Ok((p, counts, lines))
    })
}
