//! Use cases: drafting, signing (online with mail confirmation, on paper), deposit with a
//! receipt, the bureau's review, the council's decision. Each runs in one transaction,
//! writes the petition's public timeline and, for officials, the audit log.

use crate::model::{PetitionEvent, PetitionKind, PetitionStatus, Reasons};
use crate::protect::Protector;
use crate::records::{kind_key, PetitionRow};
use crate::rules::{self, BureauChecklist, Cin, CommuneTie, SignerFacts};
use crate::store;
use chrono::{Datelike, Duration, NaiveDate};
use diesel::prelude::*;
use musharaka_communes::Commune;
use musharaka_core::time::{local_date, now};
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_councils::service::{propose_item, NewItem};
use musharaka_councils::{ItemSource, Matter, NextOrdinarySession, WorkingCalendar};
use musharaka_db::audit::{self, AuditEntry};
use musharaka_db::schema::{
    associations, petition_attachments, petition_events, petition_mandates, petition_signatures,
    petitions, roles,
};
use musharaka_db::{jobs, AnyConnection};
use musharaka_identity::{store as accounts, Account, AssociationStatus, Permissions, Role};
use musharaka_mail::MailContext;
use serde_json::json;

mod council;
mod pages;
mod privacy;
pub use council::*;
pub use pages::*;
pub use privacy::*;

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
    diesel::insert_into(petition_events::table)
        .values((
            petition_events::commune_id.eq(p.commune_id),
            petition_events::petition_id.eq(p.id),
            petition_events::event.eq(name),
            petition_events::detail.eq(detail),
            petition_events::created_at.eq(now()),
        ))
        .execute(conn)?;
    Ok(())
}

fn audit(
    conn: &mut AnyConnection,
    actor: &Permissions,
    p: &PetitionRow,
    action: &str,
    after: serde_json::Value,
) -> Result<()> {
    audit::record(
        conn,
        AuditEntry {
            commune_id: Some(p.commune_id),
            actor_id: Some(actor.account.id),
            action,
            target: format!("petition:{}", p.id),
            before: Some(json!({ "status": p.status })),
            after: Some(after),
        },
    )?;
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
        .status()
        .transition(p.kind(), e)
        .map_err(|e| Error::with_cause(ErrorKind::Conflict, e))?;
    let n = diesel::update(
        petitions::table
            .find(p.id)
            .filter(petitions::status.eq(&p.status)),
    )
    .set((
        petitions::status.eq(next.key()),
        petitions::updated_at.eq(now()),
    ))
    .execute(conn)?;
    if n != 1 {
        return Err(ErrorKind::Conflict.into());
    }
    if next.is_final() {
        diesel::update(petitions::table.find(p.id))
            .set(petitions::final_at.eq(now()))
            .execute(conn)?;
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

pub(crate) fn require_agent(actor: &Permissions, p: &PetitionRow) -> Result<()> {
    if p.agent_account_id == Some(actor.account.id) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
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

/// Where an acceptance puts a petition and why (arts. 38, 125): the day of the acceptance
/// and the session calculation for it.
#[derive(Debug, Clone, Copy)]
pub struct SessionChoice {
    pub accepted_on: NaiveDate,
    pub next: NextOrdinarySession,
}

/// The session an acceptance on `on` goes to, computed as `councils::propose_item` does
/// when the bureau accepts: the commune's own ordinary sessions (not cancelled) and the
/// default calendar for the months it has not planned.
pub fn session_if_accepted_on(
    conn: &mut AnyConnection,
    commune_id: i64,
    on: NaiveDate,
) -> Result<SessionChoice> {
    let planned = musharaka_councils::store::ordinary_starts(conn, commune_id)?;
    let next = rules::session_for_accepted_petition(on, &planned, &WorkingCalendar::default());
    Ok(SessionChoice {
        accepted_on: on,
        next,
    })
}

/// For a petition the bureau accepted (it has an agenda item): the calculation on the day
/// of the acceptance, as recorded.
pub fn session_choice_of(
    conn: &mut AnyConnection,
    p: &PetitionRow,
) -> Result<Option<SessionChoice>> {
    match (p.agenda_item_id, p.bureau_decided_at) {
        (Some(_), Some(at)) => Ok(Some(session_if_accepted_on(
            conn,
            p.commune_id,
            local_date(at),
        )?)),
        _ => Ok(None),
    }
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

/// What a signer gives (art. 123, decree 2.16.403).
pub struct SignerInput<'a> {
    pub full_name: &'a str,
    pub cin: &'a str,
    pub birth_date: Option<NaiveDate>,
    pub tie: Option<CommuneTie>,
    pub address: &'a str,
    pub declares_electoral_conditions: bool,
    pub declares_common_interest: bool,
    pub email: &'a str,
    pub notify: bool,
}

/// Validates a signer: every unmet condition is a marked field.
fn check_signer(s: &SignerInput<'_>, today: NaiveDate) -> Result<Cin> {
    let mut err = Error::new(ErrorKind::InvalidInput);
    if s.full_name.trim().is_empty() {
        err = err.with_field("full_name", "field-required");
    }
    if s.address.trim().is_empty() {
        err = err.with_field("address", "field-required");
    }
    let cin = Cin::parse(s.cin).map_err(|_| ());
    if cin.is_err() {
        err = err.with_field("cin", "pet-error-cin");
    }
    match s.birth_date {
        None => err = err.with_field("birth_date", "field-date"),
        Some(birth_date) => {
            let facts = SignerFacts {
                birth_date,
                signed_on: today,
                tie: s.tie,
                declares_electoral_conditions: s.declares_electoral_conditions,
                declares_common_interest: s.declares_common_interest,
            };
            for c in rules::signer_unmet_conditions(&facts) {
                let (field, msg) = match c {
                    rules::SignerCondition::Adult { .. } => ("birth_date", "pet-error-adult"),
                    rules::SignerCondition::ResidenceOrActivityInCommune => {
                        ("tie", "pet-error-tie")
                    }
                    rules::SignerCondition::ElectoralConditionsDeclared => {
                        ("declares_electoral_conditions", "pet-error-declaration")
                    }
                    rules::SignerCondition::CommonInterestDeclared => {
                        ("declares_common_interest", "pet-error-declaration")
                    }
                };
                err = err.with_field(field, msg);
            }
        }
    }
    match cin {
        Ok(c) if err.fields.is_empty() => Ok(c),
        _ => Err(err),
    }
}

/// How an online signature ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Signed {
    /// A signed-in account with a confirmed address: counted at once.
    Counted,
    /// A confirmation link was mailed; the signature counts once it is followed.
    MailSent,
}

/// Signatures from one IP within ten minutes above which new ones are flagged (not refused),
/// as the UK Parliament's e-petitions service does; staff decide what to invalidate.
const BURST_PER_IP: i64 = 20;
/// The same for one e-mail domain, except the large public providers.
const BURST_PER_DOMAIN: i64 = 30;
const COMMON_MAIL_DOMAINS: [&str; 8] = [
    "gmail.com",
    "yahoo.fr",
    "yahoo.com",
    "hotmail.com",
    "hotmail.fr",
    "outlook.com",
    "outlook.fr",
    "menara.ma",
];

fn tie_key(t: Option<CommuneTie>) -> Option<&'static str> {
    t.map(|t| match t {
        CommuneTie::Residence => "residence",
        CommuneTie::Activity => "activity",
    })
}

/// Signs online. One signature per CIN and one per account on each petition, enforced by
/// unique constraints: a double click, a retry or two devices leave exactly one.
#[allow(clippy::too_many_arguments)]
pub fn sign_online(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    commune: &Commune,
    petition_id: i64,
    s: &SignerInput<'_>,
    account: Option<&Account>,
    ip: &str,
    today: NaiveDate,
) -> Result<Signed> {
    let cin = check_signer(s, today)?;
    let account = account.filter(|a| a.is_confirmed());
    let email = match account {
        Some(a) => a.email.clone(),
        None => {
            let e = s.email.trim().to_lowercase();
            if !e.contains('@') || e.len() > 254 {
                return Err(Error::invalid("email", "field-email"));
            }
            e
        }
    };
    let cin_hash = ctx.protector.hash(cin.as_str());
    let cin_sealed = ctx.protector.encrypt(cin.as_str())?;
    let ip_hash = ctx.protector.hash(&format!("ip:{ip}"));
    let token = musharaka_identity::tokens::generate();
    let result = conn.transaction(|conn| -> Result<Signed> {
        let p = store::petition(conn, commune.id, petition_id)?;
        if p.status() != PetitionStatus::Collecting {
            return Err(Error::with_cause(ErrorKind::Conflict, "not collecting"));
        }
        let since = now() - Duration::minutes(10);
        let domain = email.rsplit('@').next().unwrap_or_default().to_string();
        let burst = store::recent_from_ip(conn, p.id, &ip_hash, since)? >= BURST_PER_IP
            || (!COMMON_MAIL_DOMAINS.contains(&domain.as_str())
                && store::recent_from_domain(conn, p.id, &domain, since)? >= BURST_PER_DOMAIN);
        let existing: Option<(i64, Option<chrono::NaiveDateTime>)> = petition_signatures::table
            .filter(petition_signatures::petition_id.eq(p.id))
            .filter(petition_signatures::cin_hash.eq(&cin_hash))
            .select((petition_signatures::id, petition_signatures::confirmed_at))
            .first(conn)
            .optional()?;
        let confirmed_at = account.map(|_| now());
        let token_hash = (account.is_none()).then(|| musharaka_identity::tokens::digest(&token));
        let values = (
            petition_signatures::cin_encrypted.eq(&cin_sealed),
            petition_signatures::full_name.eq(s.full_name.trim()),
            petition_signatures::birth_date.eq(s.birth_date),
            petition_signatures::address.eq(s.address.trim()),
            petition_signatures::tie.eq(tie_key(s.tie)),
            petition_signatures::email.eq(&email),
            petition_signatures::email_domain.eq(email
                .rsplit('@')
                .next()
                .unwrap_or_default()
                .to_string()),
            petition_signatures::notify.eq(s.notify),
            petition_signatures::confirm_token_hash.eq(&token_hash),
            petition_signatures::confirmed_at.eq(confirmed_at),
            petition_signatures::ip_hash.eq(&ip_hash),
            petition_signatures::flagged.eq(burst),
        );
        match existing {
            // Confirmed already: the same person cannot sign twice.
            Some((_, Some(_))) => return Err(Error::invalid("cin", "pet-error-already-signed")),
            // A pending, unconfirmed signature: replaced (new link, maybe a corrected address).
            Some((id, None)) => {
                diesel::update(petition_signatures::table.find(id))
                    .set((
                        values,
                        petition_signatures::account_id.eq(account.map(|a| a.id)),
                    ))
                    .execute(conn)?;
            }
            None => {
                diesel::insert_into(petition_signatures::table)
                    .values((
                        values,
                        petition_signatures::commune_id.eq(commune.id),
                        petition_signatures::petition_id.eq(p.id),
                        petition_signatures::channel.eq("online"),
                        petition_signatures::cin_hash.eq(&cin_hash),
                        petition_signatures::account_id.eq(account.map(|a| a.id)),
                        petition_signatures::created_at.eq(now()),
                    ))
                    .execute(conn)?;
            }
        }
        if account.is_some() {
            return Ok(Signed::Counted);
        }
        let lang = musharaka_core::Lang::default();
        let link = ctx.mail.link(&format!("/petitions/confirm/{token}"));
        let mail = ctx.mail.compose(
            &email,
            lang,
            "pet-mail-confirm-subject",
            "pet-mail-confirm-body",
            &[("subject", p.subject.clone()), ("link", link)],
        );
        musharaka_mail::enqueue(conn, &mail)?;
        Ok(Signed::MailSent)
    });
    // Two requests racing past the check: the unique constraint refused the second.
    result.map_err(|e| match e.kind {
        ErrorKind::Conflict
            if e.fields.is_empty()
                && e.cause
                    .as_deref()
                    .is_some_and(|c| c.to_lowercase().contains("unique")) =>
        {
            Error::invalid("cin", "pet-error-already-signed")
        }
        _ => e,
    })
}

/// Follows a confirmation link: the signature counts from now. A second click is harmless.
pub fn confirm_signature(conn: &mut AnyConnection, token: &str) -> Result<(i64, i64)> {
    let digest = musharaka_identity::tokens::digest(token);
    conn.transaction(|conn| {
        let (id, commune_id, petition_id, confirmed): (
            i64,
            i64,
            i64,
            Option<chrono::NaiveDateTime>,
        ) = petition_signatures::table
            .filter(petition_signatures::confirm_token_hash.eq(&digest))
            .select((
                petition_signatures::id,
                petition_signatures::commune_id,
                petition_signatures::petition_id,
                petition_signatures::confirmed_at,
            ))
            .first(conn)
            .optional()?
            .ok_or(ErrorKind::TokenInvalid)?;
        let p = store::petition(conn, commune_id, petition_id)?;
        if confirmed.is_none() {
            if p.status() != PetitionStatus::Collecting {
                return Err(Error::with_cause(
                    ErrorKind::Conflict,
                    "no longer collecting",
                ));
            }
            diesel::update(
                petition_signatures::table
                    .find(id)
                    .filter(petition_signatures::confirmed_at.is_null()),
            )
            .set(petition_signatures::confirmed_at.eq(now()))
            .execute(conn)?;
        }
        Ok((commune_id, petition_id))
    })
}

/// Staff (bureau or admin) of the commune.
pub(crate) fn require_staff(actor: &Permissions, commune_id: i64) -> Result<()> {
    if actor.has(commune_id, Role::Bureau) || actor.can_administer(commune_id) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// Enters a signature from a paper list (channel `paper`, who entered it).
pub fn add_paper_signature(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune_id: i64,
    petition_id: i64,
    s: &SignerInput<'_>,
    today: NaiveDate,
) -> Result<()> {
    require_staff(actor, commune_id)?;
    let cin = check_signer(s, today)?;
    let cin_hash = ctx.protector.hash(cin.as_str());
    let sealed = ctx.protector.encrypt(cin.as_str())?;
    conn.transaction(|conn| {
        let p = store::petition(conn, commune_id, petition_id)?;
        if p.status() != PetitionStatus::Collecting {
            return Err(Error::with_cause(ErrorKind::Conflict, "not collecting"));
        }
        diesel::insert_into(petition_signatures::table)
            .values((
                petition_signatures::commune_id.eq(commune_id),
                petition_signatures::petition_id.eq(p.id),
                petition_signatures::channel.eq("paper"),
                petition_signatures::cin_hash.eq(&cin_hash),
                petition_signatures::cin_encrypted.eq(&sealed),
                petition_signatures::full_name.eq(s.full_name.trim()),
                petition_signatures::birth_date.eq(s.birth_date),
                petition_signatures::address.eq(s.address.trim()),
                petition_signatures::tie.eq(tie_key(s.tie)),
                petition_signatures::confirmed_at.eq(now()),
                petition_signatures::entered_by.eq(actor.account.id),
                petition_signatures::created_at.eq(now()),
            ))
            .execute(conn)
            .map_err(|e| match Error::from(e) {
                e if e.kind == ErrorKind::Conflict => {
                    Error::invalid("cin", "pet-error-already-signed")
                }
                e => e,
            })?;
        Ok(())
    })
}

/// Which signatures to invalidate (staff, with a logged reason).
#[derive(Default)]
pub struct Invalidation<'a> {
    pub email_domain: Option<&'a str>,
    pub email: Option<&'a str>,
    /// A prefix (at least 8 hex digits) of the keyed IP hash, as the bureau's list shows it.
    pub ip_hash: Option<&'a str>,
    pub from: Option<chrono::NaiveDateTime>,
    pub to: Option<chrono::NaiveDateTime>,
}

pub fn invalidate(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    petition_id: i64,
    f: &Invalidation<'_>,
    reason: &str,
) -> Result<usize> {
    require_staff(actor, commune_id)?;
    if reason.trim().is_empty() {
        return Err(Error::invalid("reason", "field-required"));
    }
    if f.email_domain.is_none() && f.email.is_none() && f.ip_hash.is_none() && f.from.is_none() {
        return Err(Error::invalid("email_domain", "field-required"));
    }
    conn.transaction(|conn| {
        let p = store::petition(conn, commune_id, petition_id)?;
        let mut q = diesel::update(petition_signatures::table)
            .filter(petition_signatures::petition_id.eq(p.id))
            .filter(petition_signatures::invalidated_at.is_null())
            .into_boxed();
        if let Some(d) = f.email_domain {
            q = q.filter(petition_signatures::email_domain.eq(d.trim().to_lowercase()));
        }
        if let Some(e) = f.email {
            q = q.filter(petition_signatures::email.eq(e.trim().to_lowercase()));
        }
        if let Some(h) = f.ip_hash {
            // The bureau sees a short prefix of the keyed IP hash (a group, not an address).
            let prefix: String = h.chars().filter(char::is_ascii_hexdigit).collect();
            if prefix.len() < 8 {
                return Err(Error::invalid("ip", "field-choice"));
            }
            q = q.filter(petition_signatures::ip_hash.like(format!("{prefix}%")));
        }
        if let Some(from) = f.from {
            q = q.filter(petition_signatures::created_at.ge(from));
        }
        if let Some(to) = f.to {
            q = q.filter(petition_signatures::created_at.le(to));
        }
        let n = q
            .set((
                petition_signatures::invalidated_at.eq(now()),
                petition_signatures::invalidation_reason.eq(reason.trim()),
            ))
            .execute(conn)?;
        audit(
            conn,
            actor,
            &p,
            "petition.invalidate",
            json!({ "count": n, "reason": reason.trim() }),
        )?;
        Ok(n)
    })
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
    conn.transaction(|conn| {
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
        diesel::update(petitions::table.find(p.id))
            .set((
                petitions::threshold.eq(threshold),
                petitions::receipt_number.eq(&number),
                petitions::deposited_at.eq(now()),
                petitions::review_deadline.eq(deadline),
            ))
            .execute(conn)?;
        event(conn, &p, "deposited", Some(number.clone()))?;
        schedule_reminders(conn, ctx, &p, &commune.slug, today)?;
        Ok(store::petition(conn, commune.id, p.id)?)
    })
}

/// What the association's file shows (art. 124, decree 2.16.403 art. 4); the conditions
/// only the bureau can establish are counted as met here (its checklist covers them).
fn association_file(
    conn: &mut AnyConnection,
    p: &PetitionRow,
    a_id: i64,
) -> Result<rules::AssociationFile> {
    let (founded_on, seat, statutes): (NaiveDate, i64, Option<i64>) = associations::table
        .find(a_id)
        .select((
            associations::founded_on,
            associations::seat_commune_id,
            associations::statutes_upload_id,
        ))
        .first(conn)?;
    let mandate = store::mandate(conn, p.commune_id, p.id)?.unwrap_or_default();
    Ok(rules::AssociationFile {
        founded_on,
        seat_or_branch_in_commune: seat == p.commune_id,
        has_final_receipt: true,
        has_statutes: statutes.is_some(),
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
    let file = association_file(conn, p, a_id)?;
    Ok(rules::association_unmet_conditions(&file, filed_on))
}

/// Art. 124, decree 2.16.403 art. 4: the association's conditions the file can show. The
/// unmet ones are listed, not silently dropped.
fn check_association(conn: &mut AnyConnection, p: &PetitionRow, today: NaiveDate) -> Result<()> {
    let a_id = p
        .association_id
        .ok_or_else(|| Error::invalid("deposit", "pet-error-no-verified-association"))?;
    let file = association_file(conn, p, a_id)?;
    let unmet: Vec<_> = rules::association_unmet_conditions(&file, today)
        .into_iter()
        .filter(|c| c.blocks_deposit())
        .collect();
    if unmet.is_empty() {
        return Ok(());
    }
    let mut err = Error::new(ErrorKind::InvalidInput);
    for c in unmet {
        let msg = match c {
            rules::AssociationCondition::FoundedMoreThanThreeYears { .. } => {
                "pet-error-association-age"
            }
            rules::AssociationCondition::SeatOrBranchInCommune => "pet-error-association-seat",
            _ => "pet-error-association-documents",
        };
        err = err.with_field("deposit", msg);
    }
    Err(err)
}

/// `2027-0003`: the commune's receipts numbered per year (unique per commune).
fn next_receipt_number(conn: &mut AnyConnection, commune_id: i64, year: i32) -> Result<String> {
    let prefix = format!("{year}-");
    let used: i64 = petitions::table
        .filter(petitions::commune_id.eq(commune_id))
        .filter(petitions::receipt_number.like(format!("{prefix}%")))
        .count()
        .get_result(conn)?;
    Ok(format!("{prefix}{:04}", used + 1))
}

fn reminder_tag(p: &PetitionRow) -> String {
    format!("petition-review:{}", p.id)
}

fn schedule_reminders(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    p: &PetitionRow,
    slug: &str,
    received_on: NaiveDate,
) -> Result<()> {
    let bureau: Vec<i64> = roles::table
        .filter(roles::commune_id.eq(p.commune_id))
        .filter(roles::role.eq(Role::Bureau.key()))
        .select(roles::account_id)
        .load(conn)?;
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
                    ("deadline", deadline.to_string()),
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

/// The bureau's decision.
pub enum Decision<'a> {
    Accept,
    Reject { reasons: &'a str },
}

/// What acceptance did: where the petition went and why (art. 38: the 20-day rule).
pub struct Placement {
    pub session_id: i64,
    pub session_start: NaiveDate,
    pub agenda_deadline: NaiveDate,
}

/// The bureau checks the conditions (art. 125) and accepts — the petition goes on the next
/// ordinary session whose agenda is open, referred to the competent committee — or rejects
/// with reasons. The agent is told by mail.
#[allow(clippy::too_many_arguments)]
pub fn bureau_decide(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    checklist: &BureauChecklist,
    committee_id: Option<i64>,
    decision: Decision<'_>,
    today: NaiveDate,
) -> Result<Option<Placement>> {
    if !actor.has(commune_id, Role::Bureau) {
        return Err(ErrorKind::Forbidden.into());
    }
    let unmet = rules::bureau_unmet_conditions(checklist);
    if matches!(decision, Decision::Accept) && !unmet.is_empty() {
        return Err(Error::invalid("checklist", "pet-error-checklist"));
    }
    let reasons = match decision {
        Decision::Reject { reasons } => {
            Some(Reasons::new(reasons).map_err(|_| Error::invalid("reasons", "field-required"))?)
        }
        Decision::Accept => None,
    };
    if let Some(k) = committee_id {
        musharaka_communes::store::committee(conn, commune_id, k)
            .map_err(|_| Error::invalid("committee", "field-choice"))?;
    }
    conn.transaction(|conn| {
        let p = store::petition(conn, commune_id, id)?;
        let p = if p.status() == PetitionStatus::Deposited {
            transition(conn, &p, PetitionEvent::StartReview)?;
            store::petition(conn, commune_id, id)?
        } else {
            p
        };
        diesel::update(petitions::table.find(p.id))
            .set((
                petitions::bureau_checklist.eq(serde_json::to_string(checklist).ok()),
                petitions::bureau_decided_at.eq(now()),
                petitions::bureau_reasons.eq(reasons.as_ref().map(|r| r.as_str().to_string())),
            ))
            .execute(conn)?;
        jobs::cancel_tagged(conn, &reminder_tag(&p))?;
        let agent = match p.agent_account_id {
            Some(a) => Some(accounts::account(conn, a)?),
            None => None,
        };
        let placement = match reasons {
            Some(r) => {
                transition(conn, &p, PetitionEvent::RejectByBureau(r.clone()))?;
                event(conn, &p, "rejected_by_bureau", Some(r.as_str().to_string()))?;
                audit(conn, actor, &p, "petition.reject", json!({ "status": "rejected_by_bureau", "reasons": r.as_str(), "checklist": checklist }))?;
                if let Some(a) = &agent {
                    let mail = ctx.mail.compose(&a.email, a.lang(), "pet-mail-decision-subject", "pet-mail-rejected-body", &[("subject", p.subject.clone()), ("reasons", r.as_str().to_string())]);
                    musharaka_mail::enqueue(conn, &mail)?;
                }
                None
            }
            None => {
                transition(conn, &p, PetitionEvent::Accept)?;
                let accepted = store::petition(conn, commune_id, id)?;
                let proposal = propose_item(
                    conn,
                    commune_id,
                    &NewItem {
                        title_ar: &p.subject,
                        title_fr: &p.subject,
                        summary: &p.requested_item,
                        committee_id,
                        matter: Matter::General,
                        source: ItemSource::Petition,
                        source_ref: Some(&p.id.to_string()),
                    },
                    today,
                )?;
                transition(conn, &accepted, PetitionEvent::PlaceOnAgenda)?;
                diesel::update(petitions::table.find(p.id)).set(petitions::agenda_item_id.eq(proposal.item.id)).execute(conn)?;
                event(conn, &p, "accepted", None)?;
                event(conn, &p, "on_agenda", Some(format!("{}|{}", proposal.session.starts_on, proposal.next.agenda_deadline)))?;
                audit(conn, actor, &p, "petition.accept", json!({ "status": "on_agenda", "session": proposal.session.id, "item": proposal.item.id, "checklist": checklist }))?;
                if let Some(a) = &agent {
                    let mail = ctx.mail.compose(&a.email, a.lang(), "pet-mail-decision-subject", "pet-mail-accepted-body", &[("subject", p.subject.clone()), ("session", proposal.session.starts_on.to_string())]);
                    musharaka_mail::enqueue(conn, &mail)?;
                }
                Some(Placement { session_id: proposal.session.id, session_start: proposal.session.starts_on, agenda_deadline: proposal.next.agenda_deadline })
            }
        };
        Ok(placement)
    })
}

/// The petition an agenda item came from, if any (its `source_ref`).
pub fn petition_of_item(item: &musharaka_councils::records::ItemRow) -> Option<i64> {
    (item.source == "petition")
        .then(|| item.source_ref.as_deref().and_then(|r| r.parse().ok()))
        .flatten()
}

/// Law 09.08: erases signers' personal data of petitions decided more than the retention
/// period ago; the counts stay (rows keep channel, confirmation and validity).
pub fn erase_expired_personal_data(
    conn: &mut AnyConnection,
    today: NaiveDate,
    months: u32,
) -> Result<usize> {
    let policy = rules::RetentionPolicy {
        months_after_final_decision: months,
    };
    let candidates: Vec<(i64, Option<chrono::NaiveDateTime>)> = petitions::table
        .filter(petitions::final_at.is_not_null())
        .filter(petitions::personal_data_erased_at.is_null())
        .select((petitions::id, petitions::final_at))
        .load(conn)?;
    let mut erased = 0;
    for (id, final_at) in candidates {
        let Some(final_at) = final_at else { continue };
        if !rules::personal_data_erasure_due(final_at.date(), policy, today) {
            continue;
        }
        conn.transaction(|conn| -> Result<()> {
            diesel::update(
                petition_signatures::table.filter(petition_signatures::petition_id.eq(id)),
            )
            .set((
                petition_signatures::cin_encrypted.eq(None::<String>),
                petition_signatures::full_name.eq(None::<String>),
                petition_signatures::birth_date.eq(None::<NaiveDate>),
                petition_signatures::address.eq(None::<String>),
                petition_signatures::email.eq(None::<String>),
                petition_signatures::ip_hash.eq(None::<String>),
            ))
            .execute(conn)?;
            diesel::update(petitions::table.find(id))
                .set(petitions::personal_data_erased_at.eq(now()))
                .execute(conn)?;
            Ok(())
        })?;
        erased += 1;
    }
    Ok(erased)
}
