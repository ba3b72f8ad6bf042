//! Signatures (art. 123, decree 2.16.403): online with mail confirmation, from paper
//! lists, burst detection and invalidation.

use super::*;

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
pub(super) fn check_signer(s: &SignerInput<'_>, today: NaiveDate) -> Result<Cin> {
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
pub(super) const BURST_PER_IP: i64 = 20;
/// The same for one e-mail domain, except the large public providers.
pub(super) const BURST_PER_DOMAIN: i64 = 30;
pub(super) const COMMON_MAIL_DOMAINS: [&str; 8] = [
    "gmail.com",
    "yahoo.fr",
    "yahoo.com",
    "hotmail.com",
    "hotmail.fr",
    "outlook.com",
    "outlook.fr",
    "menara.ma",
];

pub(super) fn tie_key(t: Option<CommuneTie>) -> Option<&'static str> {
    t.map(|t| match t {
        CommuneTie::Residence => "residence",
        CommuneTie::Activity => "activity",
    })
}

/// Whether a signature comes in a burst from one address or one uncommon mail domain.
/// The flag only asks staff to look, so a race that flags one signature more or less
/// does no harm.
fn is_burst(
    conn: &mut AnyConnection,
    petition_id: i64,
    ip_hash: &str,
    email: &str,
) -> Result<bool> {
    let since = now() - Duration::minutes(10);
    let domain = email.rsplit('@').next().unwrap_or_default();
    let uncommon = (!COMMON_MAIL_DOMAINS.contains(&domain)).then_some(domain);
    Ok(store::burst_reached(
        conn,
        petition_id,
        ip_hash,
        uncommon,
        since,
        (BURST_PER_IP, BURST_PER_DOMAIN),
    )?)
}

/// An online signature checked and sealed, ready to be written: the work that needs no
/// database (the checks, the CIN's keyed hash and encryption, the link's token), done
/// before the writers' turn so that it does not hold the turn. A retried write reuses it,
/// link included.
pub struct SealedSignature {
    full_name: String,
    birth_date: Option<NaiveDate>,
    address: String,
    tie: Option<&'static str>,
    email: String,
    notify: bool,
    cin_hash: String,
    cin_sealed: String,
    ip_hash: String,
    token: String,
    account: Option<Account>,
    lang: musharaka_core::Lang,
}

/// Checks a signer (art. 123, decree 2.16.403) and seals what will be stored. A signed-in
/// account counts only once its address is confirmed; anyone else gives an address to
/// confirm from. The confirmation mail is written in `lang`, the page's language.
pub fn seal_signature(
    ctx: &Context<'_>,
    s: &SignerInput<'_>,
    account: Option<&Account>,
    ip: &str,
    today: NaiveDate,
    lang: musharaka_core::Lang,
) -> Result<SealedSignature> {
    let cin = check_signer(s, today)?;
    let account = account.filter(|a| a.is_confirmed()).cloned();
    let email = match &account {
        Some(a) => a.email.clone(),
        None => {
            let e = s.email.trim().to_lowercase();
            if !e.contains('@') || e.len() > 254 {
                return Err(Error::invalid("email", "field-email"));
            }
            e
        }
    };
    Ok(SealedSignature {
        full_name: s.full_name.trim().to_string(),
        birth_date: s.birth_date,
        address: s.address.trim().to_string(),
        tie: tie_key(s.tie),
        email,
        notify: s.notify,
        cin_hash: ctx.protector.hash(cin.as_str()),
        cin_sealed: ctx.protector.encrypt(cin.as_str())?,
        ip_hash: ctx.protector.hash(&format!("ip:{ip}")),
        token: musharaka_identity::tokens::generate(),
        account,
        lang,
    })
}

/// Signs online. One signature per CIN and one per account on each petition, enforced by
/// unique constraints: a double click, a retry or two devices leave exactly one. Returns
/// the petition signed, which the answer page shows; a draft is not found, as on its page.
pub fn sign_online(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    commune: &Commune,
    petition_id: i64,
    s: &SealedSignature,
) -> Result<(Signed, PetitionRow)> {
    let burst = is_burst(conn, petition_id, &s.ip_hash, &s.email)?;
    let result = write_transaction(conn, |conn| -> Result<(Signed, PetitionRow)> {
        let (p, existing) =
            store::petition_for_signing(conn, commune.id, petition_id, &s.cin_hash)?;
        if p.status == PetitionStatus::Draft {
            return Err(ErrorKind::NotFound.into());
        }
        if p.status != PetitionStatus::Collecting {
            return Err(Error::with_cause(ErrorKind::Conflict, "not collecting"));
        }
        let token_hash = s
            .account
            .is_none()
            .then(|| musharaka_identity::tokens::digest(&s.token));
        let replacing = match existing {
            // Confirmed already: the same person cannot sign twice.
            Some((_, Some(_))) => return Err(Error::invalid("cin", "pet-error-already-signed")),
            // A pending, unconfirmed signature: replaced (new link, maybe a corrected address).
            Some((id, None)) => Some(id),
            None => None,
        };
        let row = store::OnlineSignature {
            cin_sealed: &s.cin_sealed,
            full_name: &s.full_name,
            birth_date: s.birth_date,
            address: &s.address,
            tie: s.tie,
            email: &s.email,
            notify: s.notify,
            token_hash: token_hash.as_deref(),
            confirmed_at: s.account.as_ref().map(|_| now()),
            ip_hash: &s.ip_hash,
            flagged: burst,
            account_id: s.account.as_ref().map(|a| a.id),
            lang: s.lang.code(),
        };
        store::save_online_signature(conn, commune.id, p.id, &s.cin_hash, replacing, &row)?;
        if s.account.is_some() {
            return Ok((Signed::Counted, p));
        }
        let link = ctx.mail.link(&format!("/petitions/confirm/{}", s.token));
        let mail = ctx.mail.compose(
            &s.email,
            s.lang,
            "pet-mail-confirm-subject",
            "pet-mail-confirm-body",
            &[("subject", p.subject.clone()), ("link", link)],
        );
        musharaka_mail::enqueue(conn, &mail)?;
        Ok((Signed::MailSent, p))
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
    write_transaction(conn, |conn| {
        let (id, commune_id, petition_id, confirmed) =
            store::signature_by_token(conn, &digest)?.ok_or(ErrorKind::TokenInvalid)?;
        let p = store::petition(conn, commune_id, petition_id)?;
        if confirmed.is_none() {
            if p.status != PetitionStatus::Collecting {
                return Err(Error::with_cause(
                    ErrorKind::Conflict,
                    "no longer collecting",
                ));
            }
            store::confirm_signature(conn, id)?;
        }
        Ok((commune_id, petition_id))
    })
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
    write_transaction(conn, |conn| {
        let p = store::petition(conn, commune_id, petition_id)?;
        if p.status != PetitionStatus::Collecting {
            return Err(Error::with_cause(ErrorKind::Conflict, "not collecting"));
        }
        let t = now();
        let row = crate::records::NewPaperSignatureRow {
            commune_id,
            petition_id: p.id,
            channel: "paper",
            cin_hash: &cin_hash,
            cin_encrypted: &sealed,
            full_name: s.full_name.trim(),
            birth_date: s.birth_date,
            address: s.address.trim(),
            tie: tie_key(s.tie),
            confirmed_at: t,
            entered_by: actor.account.id,
            created_at: t,
        };
        store::insert_paper_signature(conn, &row).map_err(|e| match Error::from(e) {
            e if e.kind == ErrorKind::Conflict => Error::invalid("cin", "pet-error-already-signed"),
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
    write_transaction(conn, |conn| {
        let p = store::petition(conn, commune_id, petition_id)?;
        let ip_prefix = match f.ip_hash {
            // The bureau sees a short prefix of the keyed IP hash (a group, not an address).
            Some(h) => {
                let prefix: String = h.chars().filter(char::is_ascii_hexdigit).collect();
                if prefix.len() < 8 {
                    return Err(Error::invalid("ip", "field-choice"));
                }
                Some(prefix)
            }
            None => None,
        };
        let selection = store::SignatureSelection {
            email_domain: f.email_domain.map(|d| d.trim().to_lowercase()),
            email: f.email.map(|e| e.trim().to_lowercase()),
            ip_prefix,
            from: f.from,
            to: f.to,
        };
        let n = store::invalidate_signatures(conn, p.id, &selection, reason.trim())?;
        actor.audit_decision(
            conn,
            &p,
            "petition.invalidate",
            json!({ "count": n, "reason": reason.trim() }),
        )?;
        Ok(n)
    })
}
