//! Deposit with a numbered receipt (art. 125), an association's file (art. 124), the
//! bureau's review clock and reminders, and the session an acceptance leads to (art. 38).

use super::*;

/// Where an acceptance puts a petition and why (arts. 38, 125): the day of the acceptance
/// and the session calculation for it.
#[derive(Debug, Clone, Copy)]
pub struct SessionChoice {
    pub accepted_on: NaiveDate,
    pub next: NextOrdinarySession,
}

/// The session an acceptance on `on` goes to, computed as `councils::propose_item` does
/// when the bureau accepts: the commune's own ordinary sessions (not cancelled), the
/// default dates for the months it has not planned, and the entered holidays.
pub fn session_if_accepted_on(
    conn: &mut AnyConnection,
    commune_id: i64,
    on: NaiveDate,
) -> Result<SessionChoice> {
    let planned = musharaka_councils::store::ordinary_starts(conn, commune_id)?;
    let calendar = musharaka_communes::holidays::calendar(conn)?;
    let next = rules::session_for_accepted_petition(on, &planned, &calendar);
    Ok(SessionChoice {
        accepted_on: on,
        next,
    })
}

/// For a petition the bureau accepted (it has an agenda item): the placement decided on the
/// day of the acceptance, as stored then (arts. 38, 125) — never recomputed. A petition
/// accepted before placements were stored shows the calculation for its acceptance day.
pub fn session_choice_of(
    conn: &mut AnyConnection,
    p: &PetitionRow,
) -> Result<Option<SessionChoice>> {
    if let Some(stored) = p
        .placement
        .as_deref()
        .and_then(|j| serde_json::from_str::<rules::PlacementDecision>(j).ok())
    {
        return Ok(Some(SessionChoice {
            accepted_on: stored.accepted_on,
            next: stored.next,
        }));
    }
    match (p.agenda_item_id, p.bureau_decided_at) {
        (Some(_), Some(at)) => Ok(Some(session_if_accepted_on(
            conn,
            p.commune_id,
            local_date(at),
        )?)),
        _ => Ok(None),
    }
}

/// Deposits the petition with the president (art. 125): a numbered receipt at once, the
/// threshold frozen (citizens) or the association's file checked; reminders scheduled for
/// the bureau at 30 and 7 days before the 3-month deadline.
pub fn deposit(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    id: i64,
    today: NaiveDate,
) -> Result<PetitionRow> {
    write_transaction(conn, |conn| {
        let p = store::petition(conn, commune.id, id)?;
        require_agent(actor, &p)?;
        check_texts(&Texts {
            subject: &p.subject,
            reasons: &p.reasons,
            requested_item: &p.requested_item,
        })?;
        let threshold = match p.kind() {
            PetitionKind::Citizens => {
                let t = rules::signature_threshold(
                    u32::try_from(commune.population).unwrap_or(u32::MAX),
                    commune.has_arrondissements,
                );
                let valid = store::counts(conn, p.id)?.total();
                rules::check_citizens_deposit(u32::try_from(valid).unwrap_or(u32::MAX), t)
                    .map_err(|_| Error::invalid("deposit", "pet-error-threshold"))?;
                Some(t as i32)
            }
            PetitionKind::Association => {
                check_association(conn, &p, today)?;
                None
            }
        };
        transition(conn, &p, PetitionEvent::Deposit)?;
        let number = next_receipt_number(conn, commune.id, today.year())?;
        let deadline = rules::review_deadline(today);
        store::set_deposit(conn, p.id, threshold, &number, deadline)?;
        event(conn, &p, "deposited", Some(number.clone()))?;
        schedule_reminders(conn, ctx, &p, &commune.slug, today)?;
        Ok(store::petition(conn, commune.id, p.id)?)
    })
}

/// What the association's file shows (art. 124, decree 2.16.403 art. 4) on `filed_on`: its
/// seat or the branch declared for the petition, the final receipt declared on its verified
/// file, its statutes and the mandate; the conditions only the bureau can establish are
/// counted as met here (its checklist covers them).
pub(super) fn association_file(
    conn: &mut AnyConnection,
    p: &PetitionRow,
    a_id: i64,
    filed_on: NaiveDate,
) -> Result<rules::AssociationFile> {
    let a = musharaka_identity::lookup::association(conn, a_id)?;
    let mandate = store::mandate(conn, p.commune_id, p.id)?.unwrap_or_default();
    let extra = store::association_file(conn, p.commune_id, p.id)?.unwrap_or_default();
    let receipt = rules::FinalReceipt {
        file_verified: a.status == AssociationStatus::Verified,
        number: &a.receipt_number,
        dated: a.receipt_date,
        founded_on: a.founded_on,
    };
    Ok(rules::AssociationFile {
        founded_on: a.founded_on,
        seat_or_branch_in_commune: rules::seat_or_branch_in_commune(
            a.seat_commune_id,
            p.commune_id,
            extra.branch_address.as_deref(),
        ),
        has_final_receipt: rules::final_receipt_shown(&receipt, filed_on),
        has_statutes: a.statutes_upload_id.is_some(),
        has_mandate: mandate.has_mandate(),
        activity_related_to_subject: true,
        democratic_and_statutory_operation: true,
        in_good_standing: true,
    })
}

/// For the bureau: the unmet conditions of an association's file on `filed_on` (empty for
/// a citizens' petition or one without a registered association).
pub fn association_unmet(
    conn: &mut AnyConnection,
    p: &PetitionRow,
    filed_on: NaiveDate,
) -> Result<Vec<rules::AssociationCondition>> {
    let Some(a_id) = p.association_id else {
        return Ok(Vec::new());
    };
    let file = association_file(conn, p, a_id, filed_on)?;
    Ok(rules::association_unmet_conditions(&file, filed_on))
}

/// Art. 124, decree 2.16.403 art. 4: the association's conditions the file can show. The
/// unmet ones are listed, not silently dropped.
pub(super) fn check_association(
    conn: &mut AnyConnection,
    p: &PetitionRow,
    today: NaiveDate,
) -> Result<()> {
    let a_id = p
        .association_id
        .ok_or_else(|| Error::invalid("deposit", "pet-error-no-verified-association"))?;
    let file = association_file(conn, p, a_id, today)?;
    let Err(rules::DepositError::AssociationFileIncomplete { unmet }) =
        rules::check_association_deposit(&file, today)
    else {
        return Ok(());
    };
    let mut err = Error::new(ErrorKind::InvalidInput);
    for c in unmet {
        let msg = match c {
            rules::AssociationCondition::FoundedMoreThanThreeYears { .. } => {
                "pet-error-association-age"
            }
            rules::AssociationCondition::SeatOrBranchInCommune => "lp-error-seat-or-branch",
            rules::AssociationCondition::FinalReceipt => "lp-error-final-receipt",
            _ => "pet-error-association-documents",
        };
        err = err.with_field("deposit", msg);
    }
    Err(err)
}

/// `2027-0003`: the commune's receipts numbered per year (unique per commune).
pub(super) fn next_receipt_number(
    conn: &mut AnyConnection,
    commune_id: i64,
    year: i32,
) -> Result<String> {
    let prefix = format!("{year}-");
    let used = store::receipts_numbered(conn, commune_id, &prefix)?;
    Ok(format!("{prefix}{:04}", used + 1))
}

pub(super) fn reminder_tag(p: &PetitionRow) -> String {
    format!("petition-review:{}", p.id)
}

pub(super) fn schedule_reminders(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    p: &PetitionRow,
    slug: &str,
    received_on: NaiveDate,
) -> Result<()> {
    let bureau: Vec<i64> = accounts::roles_in_commune(conn, p.commune_id)?
        .into_iter()
        .filter(|r| r.role == Role::Bureau.key())
        .map(|r| r.account_id)
        .collect();
    let deadline = rules::review_deadline(received_on);
    for (reminder, date) in rules::reminder_dates(received_on) {
        let Some(run_at) = date.and_hms_opt(8, 0, 0) else {
            continue;
        };
        for member in &bureau {
            let a = accounts::account(conn, *member)?;
            let mail = ctx.mail.compose(
                &a.email,
                a.lang(),
                "pet-mail-reminder-subject",
                "pet-mail-reminder-body",
                &[
                    ("subject", p.subject.clone()),
                    ("days", reminder.days_before().to_string()),
                    (
                        "deadline",
                        musharaka_core::time::format_date(ctx.mail.i18n, a.lang(), deadline),
                    ),
                    (
                        "link",
                        ctx.mail.link(&format!("/{slug}/admin/petitions/{}", p.id)),
                    ),
                ],
            );
            musharaka_mail::enqueue_at(conn, &mail, Some(run_at), Some(&reminder_tag(p)))?;
        }
    }
    Ok(())
}
