//! Complaints, observations and suggestions (decree 2.17.265): filed online or at a desk,
//! anonymous allowed for observations and suggestions; acknowledged within 15 days,
//! routed to a service, answered within 60, the filer's satisfaction asked after.

use super::*;
use crate::model::{
    Category, ComplaintChannel, ComplaintEvent, ComplaintKind, ComplaintStatus, Satisfaction,
};
use crate::records::{ComplaintRow, NewComplaint};
use crate::rules;
use musharaka_core::time::now;
use musharaka_db::{jobs, write_transaction};

/// What a filer writes.
#[derive(Debug, Clone, Default)]
pub struct ComplaintInput {
    pub kind: String,
    pub category: String,
    pub subject: String,
    pub body: String,
    pub district: String,
    pub address: String,
    pub anonymous: bool,
    /// At a desk, or online without an account.
    pub name: String,
    pub email: String,
    /// The desk or arrondissement where it was received (staff entry).
    pub desk: String,
}

struct Checked {
    kind: ComplaintKind,
    category: Category,
}

/// Who filed a complaint, how and on which day.
struct Filing<'a> {
    channel: ComplaintChannel,
    name: Option<&'a str>,
    email: Option<&'a str>,
    account_id: Option<i64>,
    received_on: NaiveDate,
    /// The officer who entered it at a desk; none online.
    actor: Option<&'a Permissions>,
}

fn check(input: &ComplaintInput, signed_in: bool) -> Result<Checked> {
    let mut errors = Vec::new();
    let kind = input.kind.parse::<ComplaintKind>().ok();
    if kind.is_none() {
        errors.push(("kind", "field-required"));
    }
    let category = input.category.parse::<Category>().ok();
    if category.is_none() {
        errors.push(("category", "field-required"));
    }
    need_text(&mut errors, "subject", &input.subject, 200);
    need_text(&mut errors, "body", &input.body, 5000);
    for (name, v, max) in [
        ("district", &input.district, 100),
        ("address", &input.address, 300),
        ("name", &input.name, 200),
        ("desk", &input.desk, 100),
    ] {
        if v.chars().count() > max {
            errors.push((name, "field-too-long"));
        }
    }
    let email = input.email.trim();
    if !email.is_empty() && !plausible_email(email) {
        errors.push(("email", "req-error-email"));
    }
    if let Some(k) = kind {
        if input.anonymous && !k.may_be_anonymous() {
            errors.push(("anonymous", "cmp-error-anonymous-complaint"));
        }
        if !input.anonymous && !signed_in && input.name.trim().is_empty() {
            errors.push(("name", "field-required"));
        }
    }
    fields(errors)?;
    match (kind, category) {
        (Some(kind), Some(category)) => Ok(Checked { kind, category }),
        _ => Err(ErrorKind::InvalidInput.into()),
    }
}

/// Files online: a complaint needs a signed-in filer (to be answered); an observation or
/// a suggestion may come from anyone, anonymously.
pub fn file_complaint(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: Option<&Permissions>,
    commune: &Commune,
    input: &ComplaintInput,
    today: NaiveDate,
) -> Result<ComplaintRow> {
    let c = check(input, actor.is_some())?;
    if c.kind == ComplaintKind::Complaint && actor.is_none() {
        return Err(ErrorKind::Unauthenticated.into());
    }
    let (name, email, account) = match (input.anonymous, actor) {
        (true, _) => (None, None, None),
        (false, Some(a)) => (
            Some(a.account.name.clone()),
            Some(a.account.email.clone()),
            Some(a.account.id),
        ),
        (false, None) => (
            opt(&input.name).map(str::to_string),
            opt(&input.email).map(str::to_string),
            None,
        ),
    };
    write_transaction(conn, |conn| {
        let filing = Filing {
            channel: ComplaintChannel::Online,
            name: name.as_deref(),
            email: email.as_deref(),
            account_id: account,
            received_on: today,
            actor: None,
        };
        insert(conn, ctx, commune, &c, input, filing)
    })
}

/// Staff enter what was received at a desk (with the desk or arrondissement and the day).
pub fn register_complaint(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    input: &ComplaintInput,
    received_on: NaiveDate,
    today: NaiveDate,
) -> Result<ComplaintRow> {
    require_officer(actor, commune.id)?;
    let c = check(input, false)?;
    if received_on > today || received_on < musharaka_core::calendar::minus_days(today, 366) {
        return Err(field("received_on", "req-error-received-on"));
    }
    let (name, email) = if input.anonymous {
        (None, None)
    } else {
        (opt(&input.name), opt(&input.email))
    };
    write_transaction(conn, |conn| {
        let filing = Filing {
            channel: ComplaintChannel::Desk,
            name,
            email,
            account_id: None,
            received_on,
            actor: Some(actor),
        };
        let row = insert(conn, ctx, commune, &c, input, filing)?;
        let trail = Trail::complaint(commune.id, row.id, Some(actor));
        trail.audit(
            conn,
            "complaint.register",
            json!(null),
            json!({ "number": row.number, "received_on": row.received_on }),
        )?;
        Ok(row)
    })
}

fn insert(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    commune: &Commune,
    c: &Checked,
    input: &ComplaintInput,
    filing: Filing<'_>,
) -> Result<ComplaintRow> {
    let (channel, received_on) = (filing.channel, filing.received_on);
    let number = next_number(conn, commune.id, 'C', received_on)?;
    let row = store::insert_complaint(
        conn,
        &NewComplaint {
            commune_id: commune.id,
            number: &number,
            kind: c.kind.key(),
            category: c.category.key(),
            channel: channel.key(),
            desk: (channel == ComplaintChannel::Desk)
                .then(|| opt(&input.desk))
                .flatten(),
            district: opt(&input.district),
            address: opt(&input.address),
            subject: input.subject.trim(),
            body: input.body.trim(),
            anonymous: input.anonymous,
            filer_name: filing.name,
            filer_email: filing.email,
            account_id: filing.account_id,
            received_on,
            ack_due_on: rules::complaint_ack_due(received_on),
            answer_due_on: rules::complaint_answer_due(received_on),
            status: ComplaintStatus::Received,
            created_at: now(),
        },
    )?;
    let trail = Trail::complaint(commune.id, row.id, filing.actor);
    trail.step(conn, "received", Some(&number))?;
    mail_filer(conn, ctx, commune, &row, "receipt")?;
    let today = musharaka_core::time::today();
    let officers = officers_to_mail(conn, commune.id)?;
    let link = commune_link(ctx, commune, &format!("/admin/complaints/{}", row.id));
    let args = [("number", row.number.clone()), ("link", link)];
    for (date, tag) in [
        (
            musharaka_core::calendar::minus_days(row.ack_due_on, 3),
            ack_tag(&row),
        ),
        (
            musharaka_core::calendar::minus_days(row.answer_due_on, 7),
            answer_tag(&row),
        ),
    ] {
        if date <= today {
            continue;
        }
        let message = ("cmp-mail-reminder", &args[..]);
        remind_officers(conn, ctx, &officers, (date, &tag), message)?;
    }
    Ok(row)
}

fn ack_tag(c: &ComplaintRow) -> String {
    format!("complaint-ack:{}", c.id)
}

fn answer_tag(c: &ComplaintRow) -> String {
    format!("complaint-answer:{}", c.id)
}

fn mail_filer(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    commune: &Commune,
    c: &ComplaintRow,
    which: &str,
) -> Result<()> {
    let Some(email) = c.filer_email.clone() else {
        return Ok(());
    };
    let lang = lang_of(conn, c.account_id)?;
    let mail = ctx.mail.compose(
        &email,
        lang,
        &format!("cmp-mail-{which}-subject"),
        &format!("cmp-mail-{which}-body"),
        &[
            ("number", c.number.clone()),
            ("commune", commune.name(lang).to_string()),
            ("due", c.answer_due_on.to_string()),
            (
                "link",
                commune_link(ctx, commune, &format!("/complaints/{}", c.id)),
            ),
        ],
    );
    musharaka_mail::enqueue(conn, &mail)?;
    Ok(())
}

/// What staff do on a complaint's page.
#[derive(Debug, Clone)]
pub enum ComplaintAction {
    Acknowledge,
    /// Sent to the service responsible.
    Route(String),
    /// A note for staff only.
    Note(String),
    Answer(String),
}

/// Acknowledges, routes, notes or answers a complaint (decree 2.17.265).
pub fn handle_complaint(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    id: i64,
    action: &ComplaintAction,
    today: NaiveDate,
) -> Result<ComplaintRow> {
    require_officer(actor, commune.id)?;
    let text_field = |name: &str, text: &str, max: usize| -> Result<()> {
        let mut errors = Vec::new();
        need_text(&mut errors, name, text, max);
        fields(errors.into_iter().map(|(_, m)| (name, m)).collect())
    };
    match action {
        ComplaintAction::Route(s) => text_field("service", s, 200)?,
        ComplaintAction::Note(s) => text_field("note", s, 5000)?,
        ComplaintAction::Answer(s) => text_field("answer", s, 10_000)?,
        ComplaintAction::Acknowledge => {}
    }
    write_transaction(conn, |conn| {
        let c = store::complaint(conn, commune.id, id)?;
        let trail = Trail::complaint(commune.id, c.id, Some(actor));
        match action {
            ComplaintAction::Acknowledge => {
                let next = c.status.transition(ComplaintEvent::Acknowledge)?;
                if !store::set_complaint_ack(conn, c.id, c.status, today)? {
                    return Err(ErrorKind::Conflict.into());
                }
                trail.step(conn, "acknowledged", None)?;
                trail.audit(conn, "complaint.acknowledge", state(c.status), state(next))?;
                jobs::cancel_tagged(conn, &ack_tag(&c))?;
                mail_filer(conn, ctx, commune, &c, "ack")?;
            }
            ComplaintAction::Route(service) => {
                if c.status == ComplaintStatus::Answered {
                    return Err(ErrorKind::Conflict.into());
                }
                store::set_complaint_service(conn, c.id, service.trim())?;
                trail.note(conn, "routed", Some(service.trim()))?;
                trail.audit(
                    conn,
                    "complaint.route",
                    json!({ "service": c.service }),
                    json!({ "service": service.trim() }),
                )?;
            }
            ComplaintAction::Note(note) => {
                trail.note(conn, "note", Some(note.trim()))?;
            }
            ComplaintAction::Answer(text) => {
                let next = c.status.transition(ComplaintEvent::Answer)?;
                let acked = c.acknowledged_on.unwrap_or(today);
                if !store::set_complaint_answer(conn, c.id, c.status, acked, today, text.trim())? {
                    return Err(ErrorKind::Conflict.into());
                }
                trail.step(conn, "answered", None)?;
                trail.audit(
                    conn,
                    "complaint.answer",
                    state(c.status),
                    json!({ "status": next.key(), "on_time": today <= c.answer_due_on }),
                )?;
                jobs::cancel_tagged(conn, &ack_tag(&c))?;
                jobs::cancel_tagged(conn, &answer_tag(&c))?;
                mail_filer(conn, ctx, commune, &c, "answered")?;
            }
        }
        Ok(store::complaint(conn, commune.id, id)?)
    })
}

/// The filer says how satisfied they are with the answer (once).
pub fn rate_answer(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    value: &str,
    note: &str,
) -> Result<ComplaintRow> {
    let value = value
        .parse::<Satisfaction>()
        .map_err(|_| field("satisfaction", "field-required"))?;
    if note.chars().count() > 2000 {
        return Err(field("note", "field-too-long"));
    }
    write_transaction(conn, |conn| {
        let c = store::complaint(conn, commune_id, id)?;
        if c.account_id != Some(actor.account.id) {
            return Err(ErrorKind::NotFound.into());
        }
        if !store::set_satisfaction(conn, c.id, value.key(), note.trim())? {
            return Err(ErrorKind::Conflict.into());
        }
        let trail = Trail::complaint(commune_id, c.id, Some(actor));
        trail.step(conn, "rated", Some(value.key()))?;
        Ok(store::complaint(conn, commune_id, id)?)
    })
}
