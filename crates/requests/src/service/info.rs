//! Requests for information (law 31.13): filing with a receipt (art. 14), extension
//! (art. 16), answer (arts. 5, 8, 15, 18), the complaint to the head of the commune and
//! its decision (art. 19), and the proactive publication register (art. 10).

use super::*;
use crate::model::{
    AnswerKind, AppealOutcome, Channel, Exception, IdKind, PreferredForm, PublicationCategory,
    RefusalGround, RequestEvent, RequestStatus,
};
use crate::records::{InfoRequestRow, NewInfoRequest, NewPublication};
use crate::rules::{self, AnswerMissing, AppealError, ExtensionError};
use crate::store::AnswerValues;
use musharaka_core::time::now;
use musharaka_core::Money;
use musharaka_db::{jobs, write_transaction};
use musharaka_identity::cin::Cin;

/// What a request holds (art. 14).
#[derive(Debug, Clone, Default)]
pub struct RequestInput {
    pub name: String,
    pub address: String,
    pub id_kind: String,
    /// Personal data: never logged (the type's `Debug` is only used in tests).
    pub id_number: String,
    pub email: String,
    pub information: String,
    pub preferred_form: String,
    pub urgent: bool,
}

/// The identity document, normalised: a CIN (its own shape), or a residence document
/// number (letters and digits, 4 to 20).
fn id_document(kind: IdKind, raw: &str) -> Option<String> {
    match kind {
        IdKind::Cin => Cin::parse(raw).ok().map(|c| c.as_str().to_string()),
        IdKind::Residence => {
            let n: String = raw
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '-')
                .map(|c| c.to_ascii_uppercase())
                .collect();
            ((4..=20).contains(&n.len()) && n.chars().all(|c| c.is_ascii_alphanumeric()))
                .then_some(n)
        }
    }
}

/// How a request came in (art. 14): its channel and the day it was received.
#[derive(Debug, Clone, Copy)]
pub struct Receipt {
    pub channel: Channel,
    pub received_on: NaiveDate,
}

/// Who files a request: a citizen online, or an officer entering one received on paper.
#[derive(Clone, Copy)]
enum Filer<'a> {
    Citizen(i64),
    Staff(&'a Permissions),
}

impl<'a> Filer<'a> {
    fn account_id(self) -> Option<i64> {
        match self {
            Filer::Citizen(id) => Some(id),
            Filer::Staff(_) => None,
        }
    }

    fn actor(self) -> Option<&'a Permissions> {
        match self {
            Filer::Citizen(_) => None,
            Filer::Staff(actor) => Some(actor),
        }
    }
}

/// A request that passed the checks, with its identity document normalised.
struct Checked<'a> {
    input: &'a RequestInput,
    id_kind: IdKind,
    id_number: String,
    form: PreferredForm,
}

fn check_input(input: &RequestInput) -> Result<Checked<'_>> {
    let mut errors = Vec::new();
    need_text(&mut errors, "name", &input.name, 200);
    need_text(&mut errors, "address", &input.address, 500);
    need_text(&mut errors, "information", &input.information, 5000);
    let id_kind = input.id_kind.parse::<IdKind>().unwrap_or(IdKind::Cin);
    let id_number = id_document(id_kind, &input.id_number);
    if id_number.is_none() {
        errors.push(("id_number", "req-error-id"));
    }
    let form = input.preferred_form.parse::<PreferredForm>().ok();
    if form.is_none() {
        errors.push(("preferred_form", "field-required"));
    }
    let email = input.email.trim();
    if !email.is_empty() && !plausible_email(email) {
        errors.push(("email", "req-error-email"));
    }
    if form == Some(PreferredForm::Email) && email.is_empty() {
        errors.push(("email", "req-error-email-needed"));
    }
    fields(errors)?;
    match (id_number, form) {
        (Some(id_number), Some(form)) => Ok(Checked {
            input,
            id_kind,
            id_number,
            form,
        }),
        _ => Err(ErrorKind::InvalidInput.into()),
    }
}

/// A citizen files a request online (art. 14): a numbered receipt at once, mailed.
pub fn file_online(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    input: &RequestInput,
    today: NaiveDate,
) -> Result<InfoRequestRow> {
    let checked = check_input(input)?;
    let receipt = Receipt {
        channel: Channel::Online,
        received_on: today,
    };
    write_transaction(conn, |conn| {
        let filer = Filer::Citizen(actor.account.id);
        insert(conn, ctx, commune, filer, receipt, &checked)
    })
}

/// An officer enters a request deposited at the desk or received by post (art. 14), on
/// the day it was received.
pub fn register_request(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    input: &RequestInput,
    receipt: Receipt,
    today: NaiveDate,
) -> Result<InfoRequestRow> {
    require_officer(actor, commune.id)?;
    let checked = check_input(input)?;
    let received_on = receipt.received_on;
    if received_on > today || received_on < musharaka_core::calendar::minus_days(today, 366) {
        return Err(field("received_on", "req-error-received-on"));
    }
    // What an officer enters came in at a desk or by post, never online.
    let receipt = match receipt.channel {
        Channel::Online => Receipt {
            channel: Channel::Desk,
            ..receipt
        },
        _ => receipt,
    };
    write_transaction(conn, |conn| {
        let r = insert(conn, ctx, commune, Filer::Staff(actor), receipt, &checked)?;
        let trail = Trail::info(commune.id, r.id, Some(actor));
        trail.audit(
            conn,
            "info_request.register",
            json!(null),
            json!({ "number": r.number, "channel": r.channel, "received_on": r.received_on }),
        )?;
        Ok(r)
    })
}

fn insert(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    commune: &Commune,
    filer: Filer<'_>,
    receipt: Receipt,
    checked: &Checked<'_>,
) -> Result<InfoRequestRow> {
    let (input, received_on) = (checked.input, receipt.received_on);
    let account_id = filer.account_id();
    let cal = calendar(conn)?;
    let due = rules::first_due(received_on, input.urgent, &cal);
    let number = next_number(conn, commune.id, 'I', received_on)?;
    let sealed = ctx.protector.encrypt(&checked.id_number)?;
    let hash = ctx.protector.hash(&format!(
        "info:{}:{}",
        checked.id_kind.key(),
        checked.id_number
    ));
    let r = store::insert_request(
        conn,
        &NewInfoRequest {
            commune_id: commune.id,
            number: &number,
            channel: receipt.channel.key(),
            account_id,
            requester_name: input.name.trim(),
            requester_address: input.address.trim(),
            id_kind: checked.id_kind.key(),
            id_encrypted: &sealed,
            id_hash: &hash,
            email: opt(&input.email),
            information: input.information.trim(),
            preferred_form: checked.form.key(),
            urgent: input.urgent,
            received_on,
            first_due_on: due,
            due_on: due,
            status: RequestStatus::Received,
            created_at: now(),
        },
    )?;
    let trail = Trail::info(commune.id, r.id, filer.actor());
    trail.step(conn, "received", Some(&number))?;
    if let Some(email) = r.email.clone() {
        let lang = lang_of(conn, account_id)?;
        let mail = ctx.mail.compose(
            &email,
            lang,
            "req-mail-receipt-subject",
            "req-mail-receipt-body",
            &[
                ("number", number.clone()),
                ("commune", commune.name(lang).to_string()),
                ("received", received_on.to_string()),
                ("due", due.to_string()),
                (
                    "link",
                    commune_link(ctx, commune, &format!("/information/requests/{}", r.id)),
                ),
            ],
        );
        musharaka_mail::enqueue(conn, &mail)?;
    }
    schedule_reminders(
        conn,
        ctx,
        commune,
        &r,
        received_on.max(musharaka_core::time::today()),
        &cal,
    )?;
    Ok(r)
}

fn reminder_tag(r: &InfoRequestRow) -> String {
    format!("info-request:{}", r.id)
}

fn schedule_reminders(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    commune: &Commune,
    r: &InfoRequestRow,
    today: NaiveDate,
    cal: &WorkingCalendar,
) -> Result<()> {
    let officers = officers_to_mail(conn, commune.id)?;
    let link = format!("/admin/information/requests/{}", r.id);
    let args = [
        ("number", r.number.clone()),
        ("due", r.due_on.to_string()),
        ("link", commune_link(ctx, commune, &link)),
    ];
    for date in rules::reminder_dates(today, r.due_on, cal) {
        let message = ("req-mail-reminder", &args[..]);
        remind_officers(conn, ctx, &officers, (date, &reminder_tag(r)), message)?;
    }
    Ok(())
}

fn transition(r: &InfoRequestRow, e: RequestEvent) -> Result<RequestStatus> {
    r.status.transition(e)
}

fn mail_requester(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    commune: &Commune,
    r: &InfoRequestRow,
    which: &str,
    extra: &[(&str, String)],
) -> Result<()> {
    let Some(email) = r.email.clone() else {
        return Ok(());
    };
    let lang = lang_of(conn, r.account_id)?;
    let mut args = vec![
        ("number", r.number.clone()),
        (
            "link",
            commune_link(ctx, commune, &format!("/information/requests/{}", r.id)),
        ),
    ];
    args.extend(extra.iter().cloned());
    let mail = ctx.mail.compose(
        &email,
        lang,
        &format!("req-mail-{which}-subject"),
        &format!("req-mail-{which}-body"),
        &args,
    );
    musharaka_mail::enqueue(conn, &mail)?;
    Ok(())
}

/// Art. 16: the officer extends the term once, with the reasons sent to the requester
/// before the first term ends.
pub fn extend(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    id: i64,
    reason: &str,
    today: NaiveDate,
) -> Result<InfoRequestRow> {
    require_officer(actor, commune.id)?;
    write_transaction(conn, |conn| {
        let r = store::request(conn, commune.id, id)?;
        rules::check_extension(r.extended_on.is_some(), r.first_due_on, today, reason).map_err(
            |e| match e {
                ExtensionError::AlreadyExtended => field("reason", "req-error-extended-once"),
                ExtensionError::TooLate => field("reason", "req-error-extension-late"),
                ExtensionError::NoReason => field("reason", "field-required"),
            },
        )?;
        let next = transition(&r, RequestEvent::Extend)?;
        let cal = calendar(conn)?;
        let due = rules::extended_due(r.first_due_on, r.urgent, &cal);
        if !store::set_extension(conn, r.id, r.status, next, due, today, reason.trim())? {
            return Err(ErrorKind::Conflict.into());
        }
        let trail = Trail::info(commune.id, r.id, Some(actor));
        trail.step(conn, "extended", Some(reason.trim()))?;
        trail.audit(
            conn,
            "info_request.extend",
            json!({ "status": r.status.key(), "due_on": r.due_on }),
            json!({ "status": next.key(), "due_on": due, "reason": reason.trim() }),
        )?;
        jobs::cancel_tagged(conn, &reminder_tag(&r))?;
        let r = store::request(conn, commune.id, id)?;
        schedule_reminders(
            conn,
            ctx,
            commune,
            &r,
            today.max(musharaka_core::time::today()),
            &cal,
        )?;
        mail_requester(
            conn,
            ctx,
            commune,
            &r,
            "extended",
            &[
                ("reason", reason.trim().to_string()),
                ("due", due.to_string()),
            ],
        )?;
        Ok(r)
    })
}

/// The officer's answer (arts. 5, 8, 15, 18).
#[derive(Debug, Clone, Default)]
pub struct AnswerInput {
    pub kind: String,
    pub text: String,
    pub ground: String,
    pub exception: String,
    /// The excepted part (art. 8) or where the information is published (art. 18).
    pub detail: String,
    /// Copying and postage costs in dirhams (art. 5); blank: free.
    pub costs: String,
}

/// Answers a request: delivered, partly delivered with the excepted part named, or a
/// reasoned refusal naming its ground (art. 18); the requester is mailed.
pub fn answer(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    id: i64,
    input: &AnswerInput,
    today: NaiveDate,
) -> Result<InfoRequestRow> {
    require_officer(actor, commune.id)?;
    let kind = input
        .kind
        .parse::<AnswerKind>()
        .map_err(|_| field("kind", "field-required"))?;
    let ground = match kind {
        AnswerKind::Refused => opt(&input.ground).and_then(|g| g.parse::<RefusalGround>().ok()),
        _ => None,
    };
    let exception = opt(&input.exception).and_then(|e| e.parse::<Exception>().ok());
    let needs_exception = kind == AnswerKind::Partial || ground == Some(RefusalGround::Exception);
    let mut errors = Vec::new();
    for m in rules::answer_missing(
        kind,
        &input.text,
        ground,
        exception.is_some(),
        &input.detail,
    ) {
        errors.push(match m {
            AnswerMissing::Text => ("text", "field-required"),
            AnswerMissing::Ground => ("ground", "req-error-ground"),
            AnswerMissing::Exception => ("exception", "req-error-exception"),
            AnswerMissing::Detail => ("detail", "field-required"),
        });
    }
    let costs = match opt(&input.costs) {
        None => None,
        Some(c) => match Money::parse(c) {
            Some(m) if m.centimes() >= 0 => Some(m.centimes()),
            _ => {
                errors.push(("costs", "field-number"));
                None
            }
        },
    };
    if input.text.chars().count() > 10_000 {
        errors.push(("text", "field-too-long"));
    }
    fields(errors)?;
    let detail = match (kind, ground) {
        (AnswerKind::Partial, _) | (_, Some(RefusalGround::Published)) => opt(&input.detail),
        _ => None,
    };
    write_transaction(conn, |conn| {
        let r = store::request(conn, commune.id, id)?;
        let next = transition(&r, RequestEvent::Answer(kind))?;
        let values = AnswerValues {
            status: next,
            on: today,
            text: input.text.trim(),
            ground: ground.map(|g| g.key()),
            exception: exception.filter(|_| needs_exception).map(|e| e.key()),
            detail,
            costs_centimes: costs,
        };
        if !store::set_answer(conn, r.id, r.status, &values)? {
            return Err(ErrorKind::Conflict.into());
        }
        let trail = Trail::info(commune.id, r.id, Some(actor));
        trail.step(conn, next.key(), None)?;
        trail.audit(conn, "info_request.answer", state(r.status), json!({ "status": next.key(), "ground": values.ground, "exception": values.exception, "on_time": today <= r.due_on }))?;
        jobs::cancel_tagged(conn, &reminder_tag(&r))?;
        let r = store::request(conn, commune.id, id)?;
        mail_requester(conn, ctx, commune, &r, "answered", &[])?;
        Ok(r)
    })
}

/// Art. 19: the requester complains to the head of the commune about a partial or
/// refused answer, or about none within the term.
pub fn appeal(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    id: i64,
    text: &str,
    today: NaiveDate,
) -> Result<InfoRequestRow> {
    let input = AppealInput {
        text: text.to_string(),
        received_on: today,
    };
    lodge_appeal(conn, ctx, actor, commune, id, &input, false)
}

/// A complaint to the head of the commune (art. 19): its text and the day it was received.
#[derive(Debug, Clone)]
pub struct AppealInput {
    pub text: String,
    pub received_on: NaiveDate,
}

/// Art. 19: an officer enters a complaint to the head received at the desk or by post
/// (a request filed on paper has no account to appeal from), on the day it was received.
pub fn register_appeal(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    id: i64,
    input: &AppealInput,
    today: NaiveDate,
) -> Result<InfoRequestRow> {
    require_officer(actor, commune.id)?;
    if input.received_on > today {
        return Err(field("received_on", "req-error-received-on"));
    }
    lodge_appeal(conn, ctx, actor, commune, id, input, true)
}

/// Files the complaint on the day it was received (`input.received_on`).
fn lodge_appeal(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    id: i64,
    input: &AppealInput,
    by_staff: bool,
) -> Result<InfoRequestRow> {
    let (text, today) = (input.text.as_str(), input.received_on);
    let mut errors = Vec::new();
    need_text(&mut errors, "appeal", text, 5000);
    fields(errors)?;
    write_transaction(conn, |conn| {
        let r = store::request(conn, commune.id, id)?;
        if !by_staff && r.account_id != Some(actor.account.id) {
            return Err(ErrorKind::NotFound.into());
        }
        let cal = calendar(conn)?;
        rules::check_appeal(r.status, r.answered_on, r.due_on, today, &cal).map_err(
            |e| match e {
                AppealError::NotYet => field("appeal", "req-error-appeal-not-yet"),
                AppealError::TooLate => field("appeal", "req-error-appeal-late"),
                AppealError::NotAppealable => field("appeal", "req-error-appeal-not-open"),
            },
        )?;
        let next = transition(&r, RequestEvent::Appeal)?;
        if !store::set_appeal(conn, r.id, r.status, next, today, text.trim())? {
            return Err(ErrorKind::Conflict.into());
        }
        let trail = Trail::info(commune.id, r.id, Some(actor));
        trail.step(conn, "appealed", None)?;
        if by_staff {
            trail.audit(
                conn,
                "info_request.register_appeal",
                state(r.status),
                json!({ "status": next.key(), "received_on": today }),
            )?;
        }
        jobs::cancel_tagged(conn, &reminder_tag(&r))?;
        let due = rules::appeal_decision_due(today);
        for (email, lang) in heads_to_mail(conn, commune.id)? {
            let mail = ctx.mail.compose(
                &email,
                lang,
                "req-mail-appeal-subject",
                "req-mail-appeal-body",
                &[
                    ("number", r.number.clone()),
                    ("due", due.to_string()),
                    (
                        "link",
                        commune_link(
                            ctx,
                            commune,
                            &format!("/admin/information/requests/{}", r.id),
                        ),
                    ),
                ],
            );
            musharaka_mail::enqueue(conn, &mail)?;
        }
        Ok(store::request(conn, commune.id, id)?)
    })
}

/// The head's decision on a complaint (art. 19): the outcome's key and the reasons.
#[derive(Debug, Clone, Default)]
pub struct DecisionInput {
    pub outcome: String,
    pub text: String,
}

/// Art. 19: the head of the commune decides the complaint (the requester is told).
pub fn decide_appeal(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune: &Commune,
    id: i64,
    input: &DecisionInput,
    today: NaiveDate,
) -> Result<InfoRequestRow> {
    require_head(actor, commune.id)?;
    let text = input.text.as_str();
    let mut errors = Vec::new();
    let outcome = input.outcome.parse::<AppealOutcome>().ok();
    if outcome.is_none() {
        errors.push(("outcome", "field-required"));
    }
    need_text(&mut errors, "decision", text, 5000);
    fields(errors)?;
    let outcome = outcome.ok_or(ErrorKind::InvalidInput)?;
    write_transaction(conn, |conn| {
        let r = store::request(conn, commune.id, id)?;
        let next = transition(&r, RequestEvent::DecideAppeal)?;
        if !store::set_appeal_decision(
            conn,
            r.id,
            r.status,
            next,
            today,
            outcome.key(),
            text.trim(),
        )? {
            return Err(ErrorKind::Conflict.into());
        }
        let trail = Trail::info(commune.id, r.id, Some(actor));
        trail.step(conn, &format!("appeal_{}", outcome.key()), None)?;
        trail.audit(
            conn,
            "info_request.decide_appeal",
            state(r.status),
            json!({ "status": next.key(), "outcome": outcome.key() }),
        )?;
        let r = store::request(conn, commune.id, id)?;
        mail_requester(conn, ctx, commune, &r, "appeal-decided", &[])?;
        Ok(r)
    })
}

/// What the commune publishes on its own (art. 10).
#[derive(Debug, Clone, Default)]
pub struct PublicationInput {
    pub category: String,
    pub title: String,
    pub url: String,
    pub published_on: Option<NaiveDate>,
}

/// Adds an entry to the proactive publication register (art. 10).
pub fn add_publication(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    input: &PublicationInput,
) -> Result<crate::records::PublicationRow> {
    require_officer(actor, commune_id)?;
    let mut errors = Vec::new();
    let category = input.category.parse::<PublicationCategory>().ok();
    if category.is_none() {
        errors.push(("category", "field-required"));
    }
    need_text(&mut errors, "title", &input.title, 300);
    let url = input.url.trim();
    if !(url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/'))
        || url.len() > 1000
        || url.chars().any(char::is_whitespace)
    {
        errors.push(("url", "req-error-url"));
    }
    if input.published_on.is_none() {
        errors.push(("published_on", "field-date"));
    }
    fields(errors)?;
    let (Some(category), Some(on)) = (category, input.published_on) else {
        return Err(ErrorKind::InvalidInput.into());
    };
    write_transaction(conn, |conn| {
        let new = NewPublication {
            commune_id,
            category: category.key(),
            title: input.title.trim(),
            url,
            published_on: on,
        };
        let p = store::insert_publication(conn, &new)?;
        audit::log(
            conn,
            Some(actor),
            commune_id,
            "publication.add",
            format!("publication:{}", p.id),
            Some(json!(null)),
            Some(json!({ "category": p.category, "title": p.title, "url": p.url })),
        )?;
        Ok(p)
    })
}
