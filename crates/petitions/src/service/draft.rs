//! Drafting: a new petition (online or registered from paper), its documents and the
//! mandate, opening it for signatures, withdrawal.

use super::*;

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
    conn.transaction(|conn| {
        let association_id = match kind {
            PetitionKind::Citizens => None,
            PetitionKind::Association => {
                let a = accounts::association_of(conn, actor.account.id)?
                    .filter(|a| a.status() == AssociationStatus::Verified)
                    .ok_or_else(|| Error::invalid("kind", "pet-error-no-verified-association"))?;
                Some(a.id)
            }
        };
        let t0 = now();
        let p: PetitionRow = diesel::insert_into(petitions::table)
            .values((
                petitions::commune_id.eq(commune.id),
                petitions::kind.eq(kind_key(kind)),
                petitions::status.eq(PetitionStatus::Draft.key()),
                petitions::agent_account_id.eq(actor.account.id),
                petitions::association_id.eq(association_id),
                petitions::subject.eq(t.subject.trim()),
                petitions::reasons.eq(t.reasons.trim()),
                petitions::requested_item.eq(t.requested_item.trim()),
                petitions::created_at.eq(t0),
                petitions::updated_at.eq(t0),
            ))
            .returning(petitions::all_columns)
            .get_result(conn)?;
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
    conn.transaction(|conn| {
        let p = store::petition(conn, commune_id, id)?;
        require_agent(actor, &p)?;
        if !matches!(
            p.status(),
            PetitionStatus::Draft | PetitionStatus::Collecting
        ) {
            return Err(Error::with_cause(ErrorKind::Conflict, "already deposited"));
        }
        diesel::insert_into(petition_attachments::table)
            .values((
                petition_attachments::petition_id.eq(p.id),
                petition_attachments::upload_id.eq(upload_id),
                petition_attachments::commune_id.eq(commune_id),
            ))
            .execute(conn)?;
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
    conn.transaction(|conn| {
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
    conn.transaction(|conn| {
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
    conn.transaction(|conn| {
        let p = store::petition(conn, commune_id, id)?;
        require_agent(actor, &p)?;
        if p.kind() != PetitionKind::Association || p.status() != PetitionStatus::Draft {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "not an association draft",
            ));
        }
        let kept = store::mandate(conn, commune_id, p.id)?.and_then(|m| m.upload_id);
        diesel::delete(petition_mandates::table.find(p.id)).execute(conn)?;
        diesel::insert_into(petition_mandates::table)
            .values((
                petition_mandates::petition_id.eq(p.id),
                petition_mandates::commune_id.eq(commune_id),
                petition_mandates::upload_id.eq(upload_id.or(kept)),
                petition_mandates::agent_is_legal_representative.eq(legal_representative),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// Citizens' petition: opens it for signatures (art. 123).
pub fn open_for_signatures(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<PetitionRow> {
    conn.transaction(|conn| {
        let p = store::petition(conn, commune_id, id)?;
        require_agent(actor, &p)?;
        transition(conn, &p, PetitionEvent::OpenForSignatures)?;
        event(conn, &p, "collecting", None)?;
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
    conn.transaction(|conn| {
        let p = store::petition(conn, commune_id, id)?;
        require_agent(actor, &p)?;
        transition(conn, &p, PetitionEvent::Withdraw)?;
        jobs::cancel_tagged(conn, &reminder_tag(&p))?;
        event(conn, &p, "withdrawn", None)?;
        Ok(store::petition(conn, commune_id, id)?)
    })
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
    conn.transaction(|conn| {
        let number = next_receipt_number(conn, commune.id, received_on.year())?;
        let t0 = now();
        let p: PetitionRow = diesel::insert_into(petitions::table)
            .values((
                petitions::commune_id.eq(commune.id),
                petitions::kind.eq(kind_key(kind)),
                petitions::status.eq(PetitionStatus::REGISTERED_ON_PAPER.key()),
                petitions::subject.eq(t.subject.trim()),
                petitions::reasons.eq(t.reasons.trim()),
                petitions::requested_item.eq(t.requested_item.trim()),
                petitions::receipt_number.eq(&number),
                petitions::deposited_at.eq(received_on.and_hms_opt(9, 0, 0).unwrap_or(t0)),
                petitions::review_deadline.eq(rules::review_deadline(received_on)),
                petitions::registered_on_paper.eq(true),
                petitions::created_at.eq(t0),
                petitions::updated_at.eq(t0),
            ))
            .returning(petitions::all_columns)
            .get_result(conn)?;
        event(conn, &p, "registered_on_paper", Some(number))?;
        audit(
            conn,
            actor,
            &p,
            "petition.register_paper",
            json!({ "status": p.status }),
        )?;
        schedule_reminders(conn, ctx, &p, &commune.slug, received_on)?;
        Ok(p)
    })
}
