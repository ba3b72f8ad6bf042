//! Use cases. Each one checks the actor's right, runs in one `write_transaction`, writes
//! the history (what the requester sees), the audit log for every official decision, and
//! queues mail in the same transaction.

use chrono::{Datelike, NaiveDate};
use musharaka_communes::Commune;
use musharaka_core::{Error, ErrorKind, Lang, Result, WorkingCalendar};
use musharaka_db::AnyConnection;
use musharaka_identity::protect::Protector;
use musharaka_identity::{audit, store as accounts, Permissions, Role};
use musharaka_mail::MailContext;
use serde_json::json;

use crate::store::{self, NewHistory};

mod complaints;
mod info;
mod pages;
pub use complaints::*;
pub use info::*;
pub use pages::*;

/// What mail and personal-data handling need: the one mail composer and the CIN keys.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub mail: MailContext<'a>,
    pub protector: &'a Protector,
}

/// The commune's information officers (art. 12), or its admin acting for them.
pub fn is_officer(actor: &Permissions, commune_id: i64) -> bool {
    actor.has(commune_id, Role::InformationOfficer) || actor.can_administer(commune_id)
}

pub(crate) fn require_officer(actor: &Permissions, commune_id: i64) -> Result<()> {
    if is_officer(actor, commune_id) {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

/// The head of the commune decides complaints about requests (art. 19): its admin here.
pub(crate) fn require_head(actor: &Permissions, commune_id: i64) -> Result<()> {
    actor.require_admin(commune_id)
}

/// The working calendar with the holidays the platform administrator entered.
pub fn calendar(conn: &mut AnyConnection) -> Result<WorkingCalendar> {
    musharaka_communes::holidays::calendar(conn)
}

/// What a use case writes about one request or complaint, with its subject and actor given
/// once: the history (what the requester sees, officials' notes) and the audit record of an
/// official's decision.
pub(crate) struct Trail<'a> {
    commune_id: i64,
    /// The history's subject (`info`, `complaint`) and the audit target's kind.
    subject: &'static str,
    target: &'static str,
    id: i64,
    actor: Option<&'a Permissions>,
}

impl<'a> Trail<'a> {
    pub(crate) fn info(commune_id: i64, id: i64, actor: Option<&'a Permissions>) -> Self {
        Trail {
            commune_id,
            subject: "info",
            target: "info_request",
            id,
            actor,
        }
    }

    pub(crate) fn complaint(commune_id: i64, id: i64, actor: Option<&'a Permissions>) -> Self {
        Trail {
            commune_id,
            subject: "complaint",
            target: "complaint",
            id,
            actor,
        }
    }

    /// A step of the history the requester sees.
    pub(crate) fn step(
        &self,
        conn: &mut AnyConnection,
        kind: &str,
        detail: Option<&str>,
    ) -> Result<()> {
        self.history(conn, kind, detail, false)
    }

    /// A note only officials see.
    pub(crate) fn note(
        &self,
        conn: &mut AnyConnection,
        kind: &str,
        detail: Option<&str>,
    ) -> Result<()> {
        self.history(conn, kind, detail, true)
    }

    fn history(
        &self,
        conn: &mut AnyConnection,
        kind: &str,
        detail: Option<&str>,
        internal: bool,
    ) -> Result<()> {
        let entry = NewHistory {
            commune_id: self.commune_id,
            subject: self.subject,
            subject_id: self.id,
            kind,
            detail,
            internal,
            actor_id: self.actor.map(|a| a.account.id),
        };
        store::add_history(conn, &entry)?;
        Ok(())
    }

    /// The audit record of the official's decision on the subject.
    pub(crate) fn audit(
        &self,
        conn: &mut AnyConnection,
        action: &str,
        before: serde_json::Value,
        after: serde_json::Value,
    ) -> Result<()> {
        let target = format!("{}:{}", self.target, self.id);
        audit::log(
            conn,
            self.actor,
            self.commune_id,
            action,
            target,
            Some(before),
            Some(after),
        )
    }
}

/// `I-2027-0003` / `C-2027-0003`: receipts numbered per commune and year.
pub(crate) fn next_number(
    conn: &mut AnyConnection,
    commune_id: i64,
    letter: char,
    on: NaiveDate,
) -> Result<String> {
    let prefix = format!("{letter}-{}-", on.year());
    let used = if letter == 'I' {
        store::request_numbers(conn, commune_id, &prefix)?
    } else {
        store::complaint_numbers(conn, commune_id, &prefix)?
    };
    Ok(format!("{prefix}{:04}", used + 1))
}

/// The e-mail and language of the commune's information officers (its admins when it
/// has none yet).
pub(crate) fn officers_to_mail(
    conn: &mut AnyConnection,
    commune_id: i64,
) -> Result<Vec<(String, Lang)>> {
    let mut ids = accounts::holders_of(conn, commune_id, Role::InformationOfficer)?;
    if ids.is_empty() {
        ids = accounts::holders_of(conn, commune_id, Role::Admin)?;
    }
    ids.into_iter()
        .map(|id| {
            let a = accounts::account(conn, id)?;
            Ok((a.email.clone(), a.lang()))
        })
        .collect()
}

/// Queues a reminder to each of `officers` for 08:00 on `date`, tagged `tag` so that
/// settling the case cancels it; `key` names the message (`req-mail-reminder` for its
/// `-subject` and `-body`).
pub(crate) fn remind_officers(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    officers: &[(String, Lang)],
    (date, tag): (NaiveDate, &str),
    (key, args): (&str, &[(&str, String)]),
) -> Result<()> {
    let Some(run_at) = date.and_hms_opt(8, 0, 0) else {
        return Ok(());
    };
    let (subject, body) = (format!("{key}-subject"), format!("{key}-body"));
    for (email, lang) in officers {
        let mail = ctx.mail.compose(email, *lang, &subject, &body, args);
        musharaka_mail::enqueue_at(conn, &mail, Some(run_at), Some(tag))?;
    }
    Ok(())
}

/// The admins' addresses (the head of the commune's office, art. 19).
pub(crate) fn heads_to_mail(
    conn: &mut AnyConnection,
    commune_id: i64,
) -> Result<Vec<(String, Lang)>> {
    accounts::holders_of(conn, commune_id, Role::Admin)?
        .into_iter()
        .map(|id| {
            let a = accounts::account(conn, id)?;
            Ok((a.email.clone(), a.lang()))
        })
        .collect()
}

/// The language to write to a requester in: their account's, else Arabic.
pub(crate) fn lang_of(conn: &mut AnyConnection, account_id: Option<i64>) -> Result<Lang> {
    Ok(match account_id {
        Some(id) => accounts::account(conn, id)?.lang(),
        None => Lang::Ar,
    })
}

pub(crate) fn field(field: &str, message: &str) -> Error {
    Error::invalid(field, message)
}

/// Collects field errors: `Ok` when none.
pub(crate) fn fields(errors: Vec<(&str, &str)>) -> Result<()> {
    if errors.is_empty() {
        return Ok(());
    }
    let mut e = Error::new(ErrorKind::InvalidInput);
    for (f, m) in errors {
        e = e.with_field(f, m);
    }
    Err(e)
}

/// A trimmed text, `None` when blank.
pub(crate) fn opt(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|s| !s.is_empty())
}

/// Required text of at most `max` characters.
pub(crate) fn need_text<'a>(
    errors: &mut Vec<(&'a str, &'a str)>,
    name: &'a str,
    value: &str,
    max: usize,
) {
    if let Some(message) = musharaka_core::text::text_problem(value, max, true) {
        errors.push((name, message));
    }
}

/// A plausible e-mail address.
pub(crate) fn plausible_email(s: &str) -> bool {
    let s = s.trim();
    s.len() <= 254
        && s.split_once('@')
            .is_some_and(|(a, b)| !a.is_empty() && b.contains('.') && !b.starts_with('.'))
        && !s.chars().any(char::is_whitespace)
}

pub(crate) fn commune_link(ctx: &Context<'_>, commune: &Commune, path: &str) -> String {
    ctx.mail.link(&format!("/{}{path}", commune.slug))
}

pub(crate) fn state(v: impl musharaka_core::Keyed) -> serde_json::Value {
    json!({ "status": v.key() })
}
