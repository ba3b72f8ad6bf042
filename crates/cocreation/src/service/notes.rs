//! Concept notes (المذكرة المفاهيمية): drafts by a verified association's representative,
//! submission within the window with a receipt by mail, late refusal, and eligibility
//! (automatic where the data allows, else the evaluator's checklist).

use super::*;
use crate::model::{CallStatus, Condition, NoteEvent, NoteStatus};
use crate::records::{AgreementRow, BudgetLineRow, NewLine, NoteTexts, ReportRow, TrancheRow};
use crate::rules::{self, Budget, Checklist, Facts, Terms, Window};
use crate::store;
use chrono::{Datelike, NaiveDateTime};
use musharaka_communes::Commune;
use musharaka_core::time::local_date;
use musharaka_core::Money;
use musharaka_db::write_transaction;

/// A concept note as the association types it.
#[derive(Debug, Clone, Default)]
pub struct NoteInput {
    pub texts: NoteTexts,
    pub lines: Vec<NewLine>,
}

/// Shapes any saved draft must have (percentages, numbers, lines).
fn check_shape(n: &NoteInput) -> Result<()> {
    let t = &n.texts;
    let mut err = Error::new(ErrorKind::InvalidInput);
    if t.title.trim().is_empty() {
        err = err.with_field("title", "field-required");
    }
    if t.beneficiaries < 0 {
        err = err.with_field("beneficiaries", "field-number");
    }
    if !(0..=100).contains(&t.women_percent) {
        err = err.with_field("women_percent", "cc-error-percent");
    }
    if !(0..=100).contains(&t.youth_percent) {
        err = err.with_field("youth_percent", "cc-error-percent");
    }
    let lines: Vec<rules::Line> = n
        .lines
        .iter()
        .map(|l| rules::Line {
            amount: l.amount,
            cofinancing: l.cofinancing,
        })
        .collect();
    if n.lines.iter().any(|l| l.label.trim().is_empty()) || rules::budget(&lines).is_err() {
        err = err.with_field("lines", "cc-error-line");
    }
    if err.fields.is_empty() {
        Ok(())
    } else {
        Err(err)
    }
}

/// What a submitted note must have (§5: problem, objectives, beneficiaries, activities and
/// calendar, budget lines).
fn check_complete(n: &crate::records::NoteRow, lines: &[BudgetLineRow]) -> Result<()> {
    let mut err = Error::new(ErrorKind::InvalidInput);
    for (f, v) in [
        ("problem", &n.problem),
        ("objectives", &n.objectives),
        ("activities", &n.activities),
        ("calendar", &n.calendar),
    ] {
        if v.trim().is_empty() {
            err = err.with_field(f, "field-required");
        }
    }
    if n.beneficiaries <= 0 {
        err = err.with_field("beneficiaries", "field-required");
    }
    if lines.is_empty() {
        err = err.with_field("lines", "cc-error-no-lines");
    }
    if err.fields.is_empty() {
        Ok(())
    } else {
        Err(err)
    }
}

/// The refusal of a note outside the window, with its reason.
fn window_error(w: Window) -> Option<Error> {
    match w {
        Window::Open => None,
        Window::NotYetOpen => Some(Error::invalid("submit", "cc-error-not-open")),
        Window::Closed => Some(Error::invalid("submit", "cc-error-late")),
    }
}

/// A verified association's representative starts a concept note on a published call
/// whose window has not closed.
pub fn create_draft(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    call_id: i64,
    input: &NoteInput,
    now: NaiveDateTime,
) -> Result<NoteRow> {
    check_shape(input)?;
    write_transaction(conn, |conn| {
        let a = represented(conn, actor)?;
        let c = public_call(conn, commune_id, call_id)?;
        if c.status != CallStatus::Published || c.window(now) == Window::Closed {
            return Err(Error::invalid("submit", "cc-error-late"));
        }
        let n = store::insert_note(
            conn,
            commune_id,
            call_id,
            a.id,
            actor.account.id,
            &input.texts,
            now,
        )?;
        store::replace_lines(conn, commune_id, n.id, &input.lines)?;
        Ok(n)
    })
}

/// The representative saves the draft again (a submitted note is locked).
pub fn save_draft(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    note_id: i64,
    input: &NoteInput,
    now: NaiveDateTime,
) -> Result<NoteRow> {
    check_shape(input)?;
    write_transaction(conn, |conn| {
        let n = store::note(conn, commune_id, note_id)?;
        require_author(actor, &n)?;
        if n.status.is_locked() {
            return Err(Error::invalid("submit", "cc-error-locked"));
        }
        store::update_draft(conn, n.id, &input.texts, now)?;
        store::replace_lines(conn, commune_id, n.id, &input.lines)?;
        Ok(store::note(conn, commune_id, n.id)?)
    })
}

/// The call's terms for the eligibility rules.
pub(crate) fn terms(c: &CallRow) -> Terms {
    Terms {
        commune_id: c.commune_id,
        envelope: c.envelope(),
        ceiling: c.ceiling(),
        cofinancing_min_percent: u32::try_from(c.cofinancing_min_percent).unwrap_or(100),
        min_age_years: u32::try_from(c.min_age_years).unwrap_or(0),
        activity_fields: c.activity_keywords(),
    }
}

/// The note's budget totals.
pub fn budget_of(lines: &[BudgetLineRow]) -> Result<Budget> {
    let l: Vec<rules::Line> = lines.iter().map(BudgetLineRow::line).collect();
    if l.is_empty() {
        return Ok(Budget::default());
    }
    rules::budget(&l)
}

/// The conditions the data shows unmet for a note, on the day it was (or is) submitted.
fn automatic(
    conn: &mut AnyConnection,
    c: &CallRow,
    n: &NoteRow,
    lines: &[BudgetLineRow],
    at: NaiveDateTime,
) -> Result<Vec<Condition>> {
    let a = musharaka_identity::service::association(conn, n.association_id)?
        .ok_or_else(|| Error::internal("note without association"))?;
    let b = budget_of(lines)?;
    let facts = Facts {
        verified: a.status == musharaka_identity::AssociationStatus::Verified,
        seat_commune_id: a.seat_commune_id,
        founded_on: a.founded_on,
        activity_field: &a.activity_field,
        budget: b,
        has_lines: !lines.is_empty(),
    };
    Ok(rules::automatic_unmet(&terms(c), &facts, local_date(at)))
}

pub(crate) fn keys(unmet: &[Condition]) -> String {
    unmet.iter().map(|c| c.key()).collect::<Vec<_>>().join(",")
}

/// The conditions in the recipient's language, one per line.
pub(crate) fn conditions_text(
    mail: &MailContext<'_>,
    lang: musharaka_core::Lang,
    unmet: &[Condition],
) -> String {
    unmet
        .iter()
        .map(|c| {
            format!(
                "- {}",
                mail.i18n.t(lang, &format!("cc-cond-{}", c.key()), &[])
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Submits the note (§5): within the call's window to the second (Casablanca time), else
/// refused with its reason; locked; a numbered receipt mailed to the representative; the
/// automatic eligibility conditions recorded.
pub fn submit(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    actor: &Permissions,
    commune: &Commune,
    note_id: i64,
    now: NaiveDateTime,
) -> Result<NoteRow> {
    write_transaction(conn, |conn| {
        let n = store::note(conn, commune.id, note_id)?;
        require_author(actor, &n)?;
        if n.status.is_locked() {
            return Err(Error::invalid("submit", "cc-error-locked"));
        }
        let c = store::call(conn, commune.id, n.call_id)?;
        if c.status != CallStatus::Published {
            return Err(Error::invalid("submit", "cc-error-late"));
        }
        if let Some(e) = window_error(c.window(now)) {
            return Err(e);
        }
        let lines = store::lines(conn, n.id)?;
        check_complete(&n, &lines)?;
        let unmet = automatic(conn, &c, &n, &lines, now)?;
        move_note(conn, &n, NoteEvent::Submit, now)?;
        let prefix = format!("CC-{}-", local_date(now).year());
        let number = format!(
            "{prefix}{:04}",
            store::receipts_numbered(conn, commune.id, &prefix)? + 1
        );
        store::set_submitted(conn, n.id, &number, now, &keys(&unmet))?;
        let link = mail.link(&format!(
            "/{}/cocreation/notes/{}/receipt",
            commune.slug, n.id
        ));
        mail_account(
            conn,
            mail,
            actor.account.id,
            "cc-mail-receipt-subject",
            "cc-mail-receipt-body",
            &[
                ("number", number.clone()),
                ("title", n.title.clone()),
                ("call", c.title_fr.clone()),
                ("link", link),
            ],
            None,
        )?;
        Ok(store::note(conn, commune.id, n.id)?)
    })
}

/// Everything about one note: for its representative and the commune's staff.
pub struct NoteView {
    pub note: NoteRow,
    pub call: CallRow,
    pub association: Association,
    pub lines: Vec<BudgetLineRow>,
    pub budget: Budget,
    pub agreement: Option<AgreementRow>,
    pub tranches: Vec<TrancheRow>,
    pub reports: Vec<ReportRow>,
    /// Spending reported per budget line: (line id, spent).
    pub spent: Vec<(i64, Money)>,
    /// The note's private attachments: (upload id, file name).
    pub attachments: Vec<(i64, String)>,
}

pub(crate) fn view(conn: &mut AnyConnection, n: NoteRow) -> Result<NoteView> {
    let call = store::call(conn, n.commune_id, n.call_id)?;
    let association = musharaka_identity::service::association(conn, n.association_id)?
        .ok_or_else(|| Error::internal("note without association"))?;
    let lines = store::lines(conn, n.id)?;
    let budget = budget_of(&lines)?;
    let agreement = store::agreement_of(conn, n.id)?;
    let (tranches, reports, spent) = match &agreement {
        Some(a) => (
            store::tranches(conn, a.id)?,
            store::reports(conn, a.id)?,
            store::spent_per_line(conn, a.id)?
                .into_iter()
                .map(|(l, s)| (l, Money::from_centimes(s)))
                .collect(),
        ),
        None => (Vec::new(), Vec::new(), Vec::new()),
    };
    let attachments = store::documents(conn, n.call_id, Some(n.id))?;
    Ok(NoteView {
        note: n,
        call,
        association,
        lines,
        budget,
        agreement,
        tranches,
        reports,
        spent,
        attachments,
    })
}

/// The note for its representative (drafts included) or the commune's staff (submitted
/// notes only).
pub fn note_view(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    note_id: i64,
) -> Result<NoteView> {
    let n = store::note(conn, commune_id, note_id)?;
    let author = n.account_id == Some(actor.account.id);
    if !author {
        require_staff(actor, commune_id)?;
        if n.status == NoteStatus::Draft {
            return Err(ErrorKind::NotFound.into());
        }
    }
    view(conn, n)
}

/// The receipt of a submitted note.
pub fn receipt(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    note_id: i64,
) -> Result<NoteView> {
    let v = note_view(conn, actor, commune_id, note_id)?;
    if v.note.receipt_number.is_none() {
        return Err(ErrorKind::NotFound.into());
    }
    Ok(v)
}

/// The notes an account drafted or submitted in the commune.
pub fn my_notes(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
) -> Result<Vec<NoteRow>> {
    Ok(store::notes_of_account(conn, commune_id, actor.account.id)?)
}

/// The eligibility decision (§5): the automatic conditions (on the day of submission)
/// and the evaluator's checklist; every unmet condition recorded and mailed with its
/// reason to the association. Audited.
pub fn decide_eligibility(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    actor: &Permissions,
    commune: &Commune,
    note_id: i64,
    checklist: Checklist,
    now: NaiveDateTime,
) -> Result<Vec<Condition>> {
    require_staff(actor, commune.id)?;
    write_transaction(conn, |conn| {
        let n = store::note(conn, commune.id, note_id)?;
        let c = store::call(conn, commune.id, n.call_id)?;
        if c.status != CallStatus::Published {
            return Err(ErrorKind::Conflict.into());
        }
        let lines = store::lines(conn, n.id)?;
        let at = n.submitted_at.unwrap_or(now);
        let unmet = rules::final_unmet(&automatic(conn, &c, &n, &lines, at)?, &checklist);
        move_note(conn, &n, NoteEvent::Eligibility(unmet.is_empty()), now)?;
        store::set_eligibility(conn, n.id, &keys(&unmet), actor.account.id, now)?;
        actor.audit_decision(
            conn,
            &n,
            "cocreation.note.eligibility",
            json!({ "eligible": unmet.is_empty(), "unmet": keys(&unmet) }),
        )?;
        if let Some(author) = n.account_id {
            let a = musharaka_identity::service::account(conn, author)?;
            let (subject, body) = if unmet.is_empty() {
                ("cc-mail-eligible-subject", "cc-mail-eligible-body")
            } else {
                ("cc-mail-ineligible-subject", "cc-mail-ineligible-body")
            };
            let m = mail.compose(
                &a.email,
                a.lang(),
                subject,
                body,
                &[
                    ("title", n.title.clone()),
                    ("reasons", conditions_text(mail, a.lang(), &unmet)),
                    (
                        "link",
                        mail.link(&format!("/{}/cocreation/notes/{}", commune.slug, n.id)),
                    ),
                ],
            );
            musharaka_mail::enqueue(conn, &m)?;
        }
        Ok(unmet)
    })
}

/// The notes of a call for the commune's staff (never drafts).
pub fn call_notes(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    call_id: i64,
) -> Result<(CallRow, Vec<(NoteRow, Association)>)> {
    require_staff(actor, commune_id)?;
    let c = store::call(conn, commune_id, call_id)?;
    let mut out = Vec::new();
    for n in store::notes_of_call(conn, call_id)? {
        let a = musharaka_identity::service::association(conn, n.association_id)?
            .ok_or_else(|| Error::internal("note without association"))?;
        out.push((n, a));
    }
    Ok((c, out))
}

/// A private attachment of a draft note (statutes, budget detail), stored by
/// `store_upload` in the same transaction.
pub fn attach_note_file(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    note_id: i64,
    store_upload: impl FnOnce(&mut AnyConnection) -> Result<i64>,
    now: NaiveDateTime,
) -> Result<()> {
    write_transaction(conn, |conn| {
        let n = store::note(conn, commune_id, note_id)?;
        require_author(actor, &n)?;
        if n.status.is_locked() {
            return Err(Error::invalid("attachment", "cc-error-locked"));
        }
        let upload = store_upload(conn)?;
        store::insert_document(conn, commune_id, n.call_id, Some(n.id), upload, now)?;
        Ok(())
    })
}

/// An attachment of a note, for its representative or the commune's staff: its upload id.
pub fn note_file(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    note_id: i64,
    upload_id: i64,
) -> Result<i64> {
    let v = note_view(conn, actor, commune_id, note_id)?;
    if v.attachments.iter().any(|(id, _)| *id == upload_id) {
        Ok(upload_id)
    } else {
        Err(ErrorKind::NotFound.into())
    }
}
