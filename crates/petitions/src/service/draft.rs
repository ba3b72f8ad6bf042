//! Drafting: a new petition (online or registered from paper), its documents and the
//! mandate, opening it for signatures, withdrawal.

use super::*;
use crate::store::{NewPetition, PaperReceipt};

/// Starts a petition as its agent (citizens, art. 123) or as a verified association's
/// representative (art. 124).
pub fn create_draft(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune: &Commune,
    kind: PetitionKind,
    t: &Texts<'_>,
) -> Result<PetitionRow> {
    check_texts(t)?;
    if !actor.account.is_confirmed() {
        return Err(ErrorKind::EmailNotConfirmed.into());
    }
    write_transaction(conn, |conn| {
        let association_id = match kind {
            PetitionKind::Citizens => None,
            PetitionKind::Association => {
                let a = accounts::association_of(conn, actor.account.id)?
                    .filter(|a| a.status == AssociationStatus::Verified)
                    .ok_or_else(|| Error::invalid("kind", "pet-error-no-verified-association"))?;
                Some(a.id)
            }
        };
        let p = store::insert_petition(
            conn,
            &NewPetition {
                commune_id: commune.id,
                kind,
                status: PetitionStatus::Draft,
                agent_account_id: Some(actor.account.id),
                association_id,
                texts: (t.subject.trim(), t.reasons.trim(), t.requested_item.trim()),
                paper: None,
            },
        )?;
        event(conn, &p, "created", None)?;
        Ok(p)
    })
}

/// Attaches a stored document (checked and saved by the caller) to the agent's petition,
/// until it is deposited (decree 2.16.403: the file goes with the petition).
pub fn attach(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    upload_id: i64,
) -> Result<()> {
    write_transaction(conn, |conn| {
        let p = store::petition(conn, commune_id, id)?;
        require_agent(actor, &p)?;
        if !matches!(p.status, PetitionStatus::Draft | PetitionStatus::Collecting) {
            return Err(Error::with_cause(ErrorKind::Conflict, "already deposited"));
        }
        store::insert_attachment(conn, commune_id, p.id, upload_id)?;
        event(conn, &p, "attachment", None)
    })
}

/// Stores an uploaded document (`store_upload`, the caller's file storage) and attaches it,
/// in one transaction: a refused attachment leaves no upload record behind.
pub fn attach_upload(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    store_upload: impl FnOnce(&mut AnyConnection) -> Result<i64>,
) -> Result<()> {
    write_transaction(conn, |conn| {
        let p = store::petition(conn, commune_id, id)?;
        require_agent(actor, &p)?;
        let upload = store_upload(conn)?;
        attach(conn, actor, commune_id, id, upload)
    })
}

/// Stores the mandate's file if one was sent (`store_upload`) and records the mandate, in
/// one transaction: a refused mandate leaves no upload record behind.
pub fn set_mandate_upload(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    store_upload: Option<impl FnOnce(&mut AnyConnection) -> Result<i64>>,
    legal_representative: bool,
) -> Result<()> {
    write_transaction(conn, |conn| {
        let p = store::petition(conn, commune_id, id)?;
        require_agent(actor, &p)?;
        let upload = match store_upload {
            Some(f) => Some(f(conn)?),
            None => None,
        };
        set_mandate(conn, actor, commune_id, id, upload, legal_representative)
    })
}

/// Decree 2.16.403: the mandate of the person who follows an association's petition.
///
/// The platform does not record who an association's legal representative is (its account
/// is one person, who may or may not be that representative), so the choice is kept simple:
/// the agent may upload the mandate (a private PDF, stored by the caller like the statutes)
/// and may declare being the legal representative; either counts as the mandate. Neither is
/// required to deposit: when both are missing, the bureau sees "mandate" among the unmet
/// conditions. `upload_id` replaces the stored mandate; `None` keeps it.
pub fn set_mandate(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    upload_id: Option<i64>,
    legal_representative: bool,
) -> Result<()> {
    write_transaction(conn, |conn| {
        let p = store::petition(conn, commune_id, id)?;
        require_agent(actor, &p)?;
        if p.kind() != PetitionKind::Association || p.status != PetitionStatus::Draft {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "not an association draft",
            ));
        }
        let kept = store::mandate(conn, commune_id, p.id)?.and_then(|m| m.upload_id);
        store::replace_mandate(
            conn,
            commune_id,
            p.id,
            upload_id.or(kept),
            legal_representative,
        )?;
        Ok(())
    })
}

/// A stored private upload, made by the caller's file storage inside the transaction.
pub type StoreUpload<'a> = Box<dyn FnOnce(&mut AnyConnection) -> Result<i64> + 'a>;

/// What an association's petition adds to the association's file (art. 124, decree
/// 2.16.403 art. 4): the address of its branch in the commune when its seat is elsewhere
/// (empty: none), and a copy of its final registration receipt (`None` keeps the stored
/// one). Until the deposit, by the agent.
pub fn set_association_file(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    branch_address: &str,
    receipt: Option<StoreUpload<'_>>,
) -> Result<()> {
    write_transaction(conn, |conn| {
        let p = store::petition(conn, commune_id, id)?;
        require_agent(actor, &p)?;
        if p.kind() != PetitionKind::Association || p.status != PetitionStatus::Draft {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "not an association draft",
            ));
        }
        let kept = store::association_file(conn, commune_id, p.id)?.unwrap_or_default();
        let receipt_upload_id = match receipt {
            Some(f) => Some(f(conn)?),
            None => kept.receipt_upload_id,
        };
        let branch = branch_address.trim();
        if branch.chars().count() > 300 {
            return Err(Error::invalid("branch_address", "field-too-long"));
        }
        store::replace_association_file(
            conn,
            commune_id,
            p.id,
            &crate::records::AssociationFileRow {
                branch_address: (!branch.is_empty()).then(|| branch.to_string()),
                receipt_upload_id,
            },
        )?;
        Ok(())
    })
}

/// What the agent of an association's petition gives: the mandate (a private PDF, kept
/// when none is sent) or the declaration of being the association's legal representative,
/// and what the petition adds to the association's file — its branch in the commune and a
/// copy of its final receipt (kept when none is sent).
pub struct AssociationDocuments<'a> {
    pub mandate: Option<StoreUpload<'a>>,
    pub legal_representative: bool,
    pub branch_address: &'a str,
    pub receipt: Option<StoreUpload<'a>>,
}

/// The agent's association documents in one transaction: the mandate (or the declaration
/// of being the legal representative) and what the petition adds to the association's file.
pub fn set_association_documents(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    docs: AssociationDocuments<'_>,
) -> Result<()> {
    let AssociationDocuments {
        mandate,
        legal_representative,
        branch_address,
        receipt,
    } = docs;
    write_transaction(conn, |conn| {
        set_mandate_upload(conn, actor, commune_id, id, mandate, legal_representative)?;
        set_association_file(conn, actor, commune_id, id, branch_address, receipt)
    })
}

/// Citizens' petition: opens it for signatures (art. 123).
pub fn open_for_signatures(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<PetitionRow> {
    agent_moves(
        conn,
        actor,
        (commune_id, id),
        PetitionEvent::OpenForSignatures,
        "collecting",
    )
}

/// The agent moves its petition by `ev`, recorded in its history as `name`; a petition
/// that leaves the process has its reminders cancelled.
fn agent_moves(
    conn: &mut AnyConnection,
    actor: &Permissions,
    (commune_id, id): (i64, i64),
    ev: PetitionEvent,
    name: &str,
) -> Result<PetitionRow> {
    write_transaction(conn, |conn| {
        let p = store::petition(conn, commune_id, id)?;
        require_agent(actor, &p)?;
        let leaves = ev == PetitionEvent::Withdraw;
        transition(conn, &p, ev)?;
        if leaves {
            jobs::cancel_tagged(conn, &reminder_tag(&p))?;
        }
        event(conn, &p, name, None)?;
        Ok(store::petition(conn, commune_id, id)?)
    })
}

/// The agent or association withdraws the petition, until the bureau decides.
pub fn withdraw(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<PetitionRow> {
    agent_moves(
        conn,
        actor,
        (commune_id, id),
        PetitionEvent::Withdraw,
        "withdrawn",
    )
}

/// Staff register a petition deposited on paper with the president, so that every
/// petition is tracked: it starts deposited, with its receipt number and the 3-month
/// deadline from the day it was received (art. 125).
pub fn register_paper_petition(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    kind: PetitionKind,
    t: &Texts<'_>,
    received_on: NaiveDate,
) -> Result<PetitionRow> {
    require_staff(actor, commune.id)?;
    check_texts(t)?;
    write_transaction(conn, |conn| {
        let number = next_receipt_number(conn, commune.id, received_on.year())?;
        let p = store::insert_petition(
            conn,
            &NewPetition {
                commune_id: commune.id,
                kind,
                status: PetitionStatus::REGISTERED_ON_PAPER,
                agent_account_id: None,
                association_id: None,
                texts: (t.subject.trim(), t.reasons.trim(), t.requested_item.trim()),
                paper: Some(PaperReceipt {
                    receipt_number: &number,
                    received_on,
                    review_deadline: rules::review_deadline(received_on),
                }),
            },
        )?;
        event(conn, &p, "registered_on_paper", Some(number))?;
        actor.audit_decision(
            conn,
            &p,
            "petition.register_paper",
            json!({ "status": p.status.key() }),
        )?;
        schedule_reminders(conn, ctx, &p, &commune.slug, received_on)?;
        Ok(p)
    })
}
