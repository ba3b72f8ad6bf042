//! Use cases: each validates, checks permission, runs in one transaction, writes the
//! audit record and queues mail.

use crate::model::{Account, Association, AssociationEvent, AssociationStatus, Role};
use crate::permissions::Permissions;
use crate::{password, store, tokens};
use chrono::{Duration, NaiveDate};
use diesel::prelude::*;
use musharaka_core::i18n::FluentValue;
use musharaka_core::time::now;
use musharaka_core::{Error, ErrorKind, I18n, Lang, Result};
use musharaka_db::audit::{self, AuditEntry};
use musharaka_db::schema::{accounts, associations, roles};
use musharaka_db::AnyConnection;
use musharaka_mail::OutgoingMail;
use serde_json::json;

const CONFIRM: &str = "confirm_email";
const RESET: &str = "reset_password";
const CONFIRM_HOURS: i64 = 48;
const RESET_HOURS: i64 = 2;

/// What mail links need: the translations and the public address.
pub struct MailContext<'a> {
    pub i18n: &'a I18n,
    pub base_url: &'a str,
}

impl MailContext<'_> {
    fn mail(
        &self,
        to: &Account,
        subject: &str,
        body: &str,
        args: &[(&str, String)],
    ) -> OutgoingMail {
        let lang = to.lang();
        let mut all: Vec<(&str, FluentValue<'_>)> = vec![("name", to.name.as_str().into())];
        all.extend(
            args.iter()
                .map(|(k, v)| (*k, FluentValue::from(v.as_str()))),
        );
        OutgoingMail {
            to: to.email.clone(),
            subject: self.i18n.t(lang, subject, &[]),
            body: self.i18n.t(lang, body, &all),
        }
    }
}

pub fn normalize_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub struct Registration<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub password: &'a str,
    pub commune_id: Option<i64>,
    pub lang: Lang,
}

/// Creates an unconfirmed account and queues its confirmation mail, in one transaction.
/// A taken address is reported on the `email` field; nothing is written.
pub fn register(
    conn: &mut AnyConnection,
    ctx: &MailContext<'_>,
    r: Registration<'_>,
) -> Result<Account> {
    let email = normalize_email(r.email);
    let hash = password::hash(r.password)?;
    conn.transaction(|conn| {
        if store::account_by_email(conn, &email)?.is_some() {
            return Err(Error::field(
                ErrorKind::EmailTaken,
                "email",
                "error-email_taken",
            ));
        }
        let account = store::insert_account(
            conn,
            store::NewAccount {
                email: &email,
                name: r.name.trim(),
                password_hash: &hash,
                commune_id: r.commune_id,
                lang: r.lang.code(),
                confirmed_at: None,
                is_platform_admin: false,
            },
        )
        .map_err(|e| match Error::from(e) {
            e if e.kind == ErrorKind::Conflict => {
                Error::field(ErrorKind::EmailTaken, "email", "error-email_taken")
            }
            e => e,
        })?;
        send_confirmation(conn, ctx, &account)?;
        Ok(account)
    })
}

fn send_confirmation(
    conn: &mut AnyConnection,
    ctx: &MailContext<'_>,
    account: &Account,
) -> Result<()> {
    let token = tokens::generate();
    store::insert_token(
        conn,
        account.id,
        CONFIRM,
        &tokens::digest(&token),
        now() + Duration::hours(CONFIRM_HOURS),
    )?;
    let link = format!("{}/confirm/{token}", ctx.base_url.trim_end_matches('/'));
    let mail = ctx.mail(
        account,
        "mail-confirm-subject",
        "mail-confirm-body",
        &[("link", link)],
    );
    musharaka_mail::enqueue(conn, &mail)?;
    Ok(())
}

/// Sends a new confirmation link to an unconfirmed account; silent otherwise, so the
/// form does not reveal which addresses have accounts.
pub fn resend_confirmation(
    conn: &mut AnyConnection,
    ctx: &MailContext<'_>,
    email: &str,
) -> Result<()> {
    conn.transaction(
        |conn| match store::account_by_email(conn, &normalize_email(email))? {
            Some(a) if !a.is_confirmed() => send_confirmation(conn, ctx, &a),
            _ => Ok(()),
        },
    )
}

pub fn confirm_email(conn: &mut AnyConnection, token: &str) -> Result<Account> {
    conn.transaction(|conn| {
        let id = store::consume_token(conn, CONFIRM, &tokens::digest(token))?
            .ok_or(ErrorKind::TokenInvalid)?;
        diesel::update(accounts::table.find(id))
            .set(accounts::email_confirmed_at.eq(now()))
            .execute(conn)?;
        Ok(store::account(conn, id)?)
    })
}

/// Checks address and password. An unconfirmed account cannot sign in yet.
pub fn authenticate(conn: &mut AnyConnection, email: &str, pass: &str) -> Result<Account> {
    let account = store::account_by_email(conn, &normalize_email(email))?;
    match account {
        Some(a) if password::verify(pass, &a.password_hash) => {
            if a.is_confirmed() {
                Ok(a)
            } else {
                Err(ErrorKind::EmailNotConfirmed.into())
            }
        }
        _ => Err(ErrorKind::InvalidCredentials.into()),
    }
}

/// Queues a reset link if the account exists; silent otherwise.
pub fn request_password_reset(
    conn: &mut AnyConnection,
    ctx: &MailContext<'_>,
    email: &str,
) -> Result<()> {
    conn.transaction(|conn| {
        let Some(account) = store::account_by_email(conn, &normalize_email(email))? else {
            return Ok(());
        };
        let token = tokens::generate();
        store::insert_token(
            conn,
            account.id,
            RESET,
            &tokens::digest(&token),
            now() + Duration::hours(RESET_HOURS),
        )?;
        let link = format!(
            "{}/password/reset/{token}",
            ctx.base_url.trim_end_matches('/')
        );
        let mail = ctx.mail(
            &account,
            "mail-reset-subject",
            "mail-reset-body",
            &[("link", link)],
        );
        musharaka_mail::enqueue(conn, &mail)?;
        Ok(())
    })
}

/// Sets a new password with a reset link. Following the link also proves the address.
pub fn reset_password(
    conn: &mut AnyConnection,
    token: &str,
    new_password: &str,
) -> Result<Account> {
    let hash = password::hash(new_password)?;
    conn.transaction(|conn| {
        let id = store::consume_token(conn, RESET, &tokens::digest(token))?
            .ok_or(ErrorKind::TokenInvalid)?;
        let account = store::account(conn, id)?;
        diesel::update(accounts::table.find(id))
            .set((
                accounts::password_hash.eq(&hash),
                accounts::email_confirmed_at.eq(account.email_confirmed_at.unwrap_or_else(now)),
            ))
            .execute(conn)?;
        Ok(store::account(conn, id)?)
    })
}

pub fn update_profile(
    conn: &mut AnyConnection,
    account_id: i64,
    name: &str,
    commune_id: Option<i64>,
    lang: Lang,
) -> Result<Account> {
    diesel::update(accounts::table.find(account_id))
        .set((
            accounts::name.eq(name.trim()),
            accounts::commune_id.eq(commune_id),
            accounts::lang.eq(lang.code()),
        ))
        .execute(conn)?;
    Ok(store::account(conn, account_id)?)
}

pub fn load_permissions(conn: &mut AnyConnection, account_id: i64) -> Result<Permissions> {
    let account = store::account(conn, account_id)?;
    let roles = store::roles_of(conn, account_id)?;
    Ok(Permissions { account, roles })
}

fn require_admin(actor: &Permissions, commune_id: i64) -> Result<()> {
    if actor.can_administer(commune_id) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// Grants `role` in a commune to the account with `email` (the commune admin decides).
pub fn grant_role(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    email: &str,
    role: Role,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    conn.transaction(|conn| {
        let target = store::account_by_email(conn, &normalize_email(email))?
            .ok_or_else(|| Error::field(ErrorKind::NotFound, "email", "error-not_found"))?;
        diesel::insert_into(roles::table)
            .values((
                roles::account_id.eq(target.id),
                roles::commune_id.eq(commune_id),
                roles::role.eq(role.key()),
                roles::granted_by.eq(actor.account.id),
                roles::created_at.eq(now()),
            ))
            .execute(conn)?;
        audit::record(
            conn,
            AuditEntry {
                commune_id: Some(commune_id),
                actor_id: Some(actor.account.id),
                action: "role.grant",
                target: format!("account:{}", target.id),
                before: None,
                after: Some(json!({ "role": role.key() })),
            },
        )?;
        Ok(())
    })
}

pub fn revoke_role(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    role_id: i64,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    conn.transaction(|conn| {
        let (account_id, role): (i64, String) = roles::table
            .find(role_id)
            .filter(roles::commune_id.eq(commune_id))
            .select((roles::account_id, roles::role))
            .first(conn)?;
        diesel::delete(roles::table.find(role_id)).execute(conn)?;
        audit::record(
            conn,
            AuditEntry {
                commune_id: Some(commune_id),
                actor_id: Some(actor.account.id),
                action: "role.revoke",
                target: format!("account:{account_id}"),
                before: Some(json!({ "role": role })),
                after: None,
            },
        )?;
        Ok(())
    })
}

/// An association's file as its representative sends it.
pub struct AssociationFile<'a> {
    pub name_ar: &'a str,
    pub name_fr: &'a str,
    pub receipt_number: &'a str,
    pub receipt_date: NaiveDate,
    pub founded_on: NaiveDate,
    pub seat_commune_id: i64,
    pub activity_field: &'a str,
    pub statutes_upload_id: Option<i64>,
}

/// Creates or updates the association the account represents; either way the file goes
/// (back) to pending review by the seat commune.
pub fn save_association(
    conn: &mut AnyConnection,
    account_id: i64,
    f: AssociationFile<'_>,
) -> Result<Association> {
    if f.founded_on > f.receipt_date {
        return Err(Error::field(
            ErrorKind::InvalidInput,
            "founded_on",
            "field-date",
        ));
    }
    conn.transaction(|conn| {
        let existing = store::association_of(conn, account_id)?;
        let status = match &existing {
            Some(a) => a.status().transition(AssociationEvent::Resubmit)?,
            None => AssociationStatus::Pending,
        };
        let statutes = f
            .statutes_upload_id
            .or(existing.as_ref().and_then(|a| a.statutes_upload_id));
        let values = (
            associations::name_ar.eq(f.name_ar.trim()),
            associations::name_fr.eq(f.name_fr.trim()),
            associations::receipt_number.eq(f.receipt_number.trim()),
            associations::receipt_date.eq(f.receipt_date),
            associations::founded_on.eq(f.founded_on),
            associations::seat_commune_id.eq(f.seat_commune_id),
            associations::activity_field.eq(f.activity_field.trim()),
            associations::statutes_upload_id.eq(statutes),
            associations::status.eq(status.key()),
            associations::rejection_reason.eq(None::<String>),
        );
        match existing {
            Some(a) => {
                diesel::update(associations::table.find(a.id))
                    .set(values)
                    .execute(conn)?;
            }
            None => {
                diesel::insert_into(associations::table)
                    .values((
                        values,
                        associations::account_id.eq(account_id),
                        associations::created_at.eq(now()),
                    ))
                    .execute(conn)?;
            }
        }
        store::association_of(conn, account_id)?
            .ok_or_else(|| Error::internal("association vanished"))
    })
}

/// Staff decision on an association's file.
pub enum Review<'a> {
    Verify,
    Reject { reason: &'a str },
}

pub fn review_association(
    conn: &mut AnyConnection,
    ctx: &MailContext<'_>,
    actor: &Permissions,
    commune_id: i64,
    association_id: i64,
    review: Review<'_>,
) -> Result<Association> {
    require_admin(actor, commune_id)?;
    let (event, reason) = match review {
        Review::Verify => (AssociationEvent::Verify, None),
        Review::Reject { reason } if reason.trim().is_empty() => {
            return Err(Error::field(
                ErrorKind::InvalidInput,
                "reason",
                "field-required",
            ))
        }
        Review::Reject { reason } => (AssociationEvent::Reject, Some(reason.trim().to_string())),
    };
    conn.transaction(|conn| {
        let a: Association = associations::table
            .find(association_id)
            .filter(associations::seat_commune_id.eq(commune_id))
            .select(Association::as_select())
            .first(conn)?;
        let before = a.status();
        let after = before.transition(event)?;
        let n = diesel::update(
            associations::table
                .find(a.id)
                .filter(associations::status.eq(before.key())),
        )
        .set((
            associations::status.eq(after.key()),
            associations::rejection_reason.eq(&reason),
            associations::reviewed_by.eq(actor.account.id),
            associations::reviewed_at.eq(now()),
        ))
        .execute(conn)?;
        if n != 1 {
            return Err(ErrorKind::Conflict.into());
        }
        audit::record(
            conn,
            AuditEntry {
                commune_id: Some(commune_id),
                actor_id: Some(actor.account.id),
                action: "association.review",
                target: format!("association:{}", a.id),
                before: Some(json!({ "status": before.key() })),
                after: Some(json!({ "status": after.key(), "reason": reason })),
            },
        )?;
        let owner = store::account(conn, a.account_id)?;
        let mut args = vec![("association", a.name(owner.lang()).to_string())];
        let body = match &reason {
            Some(r) => {
                args.push(("reason", r.clone()));
                "mail-association-rejected"
            }
            None => "mail-association-verified",
        };
        let mail = ctx.mail(&owner, "mail-association-subject", body, &args);
        musharaka_mail::enqueue(conn, &mail)?;
        Ok(store::association_of(conn, owner.id)?.ok_or(ErrorKind::NotFound)?)
    })
}

/// What a command-line created account receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grant {
    /// Administers every commune.
    Platform,
    /// Holds one role in one commune.
    Role(i64, Role),
    /// A confirmed citizen account (demo data).
    Citizen,
}

/// Creates (or promotes) a confirmed account from the command line or the demo loader.
/// The password is set only when the account is new.
pub fn create_admin(
    conn: &mut AnyConnection,
    email: &str,
    name: &str,
    pass: &str,
    grant: Grant,
) -> Result<Account> {
    let email = normalize_email(email);
    let hash = password::hash(pass)?;
    conn.transaction(|conn| {
        let account = match store::account_by_email(conn, &email)? {
            Some(a) => a,
            None => store::insert_account(
                conn,
                store::NewAccount {
                    email: &email,
                    name,
                    password_hash: &hash,
                    commune_id: None,
                    lang: "ar",
                    confirmed_at: Some(now()),
                    is_platform_admin: false,
                },
            )?,
        };
        let (commune_id, what) = match grant {
            Grant::Citizen => return Ok(account),
            Grant::Platform => {
                diesel::update(accounts::table.find(account.id))
                    .set(accounts::is_platform_admin.eq(true))
                    .execute(conn)?;
                (None, "platform_admin")
            }
            Grant::Role(commune_id, role) => {
                let exists: i64 = roles::table
                    .filter(roles::account_id.eq(account.id))
                    .filter(roles::commune_id.eq(commune_id))
                    .filter(roles::role.eq(role.key()))
                    .count()
                    .get_result(conn)?;
                if exists == 0 {
                    diesel::insert_into(roles::table)
                        .values((
                            roles::account_id.eq(account.id),
                            roles::commune_id.eq(commune_id),
                            roles::role.eq(role.key()),
                            roles::created_at.eq(now()),
                        ))
                        .execute(conn)?;
                }
                (Some(commune_id), role.key())
            }
        };
        audit::record(
            conn,
            AuditEntry {
                commune_id,
                actor_id: None,
                action: "admin.create",
                target: format!("account:{}", account.id),
                before: None,
                after: Some(json!({ "role": what })),
            },
        )?;
        Ok(store::account(conn, account.id)?)
    })
}
