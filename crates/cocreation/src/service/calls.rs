//! The call: its terms and window, its scoring grid, its publication (and its item on the
//! council's agenda), information meetings with registration and attendance, and the
//! public Q&A.

use super::*;
use crate::model::CallEvent;
use crate::records::{CallFields, CriterionRow, MeetingRow, NewCriterion, NewMeeting, QuestionRow};
use crate::store;
use chrono::NaiveDateTime;
use musharaka_communes::Commune;
use musharaka_core::time::local_date;
use musharaka_councils::service::propose_item;
use musharaka_councils::service::NewItem;
use musharaka_councils::{ItemSource, Matter};
use musharaka_db::write_transaction;

/// The call's terms checked together: every wrong field marked at once.
pub fn check_call(f: &CallFields) -> Result<()> {
    let mut err = Error::new(ErrorKind::InvalidInput);
    for (field, v) in [
        ("title_ar", &f.title_ar),
        ("title_fr", &f.title_fr),
        ("text_ar", &f.text_ar),
        ("text_fr", &f.text_fr),
    ] {
        if v.trim().is_empty() {
            err = err.with_field(field, "field-required");
        }
    }
    if f.envelope_centimes <= 0 {
        err = err.with_field("envelope", "cc-error-amount");
    }
    if f.ceiling_centimes <= 0 || f.ceiling_centimes > f.envelope_centimes {
        err = err.with_field("ceiling", "cc-error-ceiling");
    }
    if !(0..=100).contains(&f.cofinancing_min_percent) {
        err = err.with_field("cofinancing_min_percent", "cc-error-percent");
    }
    if !(0..=100).contains(&f.min_age_years) {
        err = err.with_field("min_age_years", "field-number");
    }
    if f.closes_at <= f.opens_at {
        err = err.with_field("closes_at", "cc-error-window");
    }
    if f.spread_threshold < 0 {
        err = err.with_field("spread_threshold", "field-number");
    }
    if err.fields.is_empty() {
        Ok(())
    } else {
        Err(err)
    }
}

pub fn create_call(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    f: &CallFields,
    now: NaiveDateTime,
) -> Result<CallRow> {
    require_admin(actor, commune_id)?;
    check_call(f)?;
    write_transaction(conn, |conn| {
        let c = store::insert_call(conn, commune_id, f, now)?;
        actor.audit_decision(
            conn,
            &c,
            "cocreation.call.create",
            json!({ "status": "draft" }),
        )?;
        Ok(c)
    })
}

/// A draft call's terms changed (a published call's terms are fixed).
pub fn update_call(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    f: &CallFields,
    now: NaiveDateTime,
) -> Result<CallRow> {
    require_admin(actor, commune_id)?;
    check_call(f)?;
    write_transaction(conn, |conn| {
        let c = store::call(conn, commune_id, id)?;
        if c.status != crate::model::CallStatus::Draft {
            return Err(ErrorKind::Conflict.into());
        }
        store::update_call(conn, id, f, now)?;
        Ok(store::call(conn, commune_id, id)?)
    })
}

/// A criterion of the grid as typed.
pub struct CriterionInput<'a> {
    pub label_ar: &'a str,
    pub label_fr: &'a str,
    pub guidance: &'a str,
    pub weight: i32,
    pub max_score: i32,
}

/// Adds a criterion to a draft call's grid.
pub fn add_criterion(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    call_id: i64,
    c: &CriterionInput<'_>,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    let mut err = Error::new(ErrorKind::InvalidInput);
    if c.label_ar.trim().is_empty() {
        err = err.with_field("label_ar", "field-required");
    }
    if c.label_fr.trim().is_empty() {
        err = err.with_field("label_fr", "field-required");
    }
    if !(1..=100).contains(&c.weight) {
        err = err.with_field("weight", "cc-error-weight");
    }
    if !(1..=100).contains(&c.max_score) {
        err = err.with_field("max_score", "cc-error-weight");
    }
    if !err.fields.is_empty() {
        return Err(err);
    }
    write_transaction(conn, |conn| {
        let call = store::call(conn, commune_id, call_id)?;
        if call.status != crate::model::CallStatus::Draft {
            return Err(ErrorKind::Conflict.into());
        }
        let position = i32::try_from(store::criteria(conn, call_id)?.len()).unwrap_or(i32::MAX);
        let new = NewCriterion {
            commune_id,
            call_id,
            position,
            label_ar: c.label_ar.trim(),
            label_fr: c.label_fr.trim(),
            guidance: c.guidance.trim(),
            weight: c.weight,
            max_score: c.max_score,
        };
        store::insert_criterion(conn, &new)?;
        Ok(())
    })
}

/// The president announces the call (§5): it becomes public with its grid fixed, and goes
/// on the agenda of the council's next ordinary session (`ItemSource::CoCreationCall`).
pub fn publish_call(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune: &Commune,
    id: i64,
    now: NaiveDateTime,
) -> Result<CallRow> {
    require_admin(actor, commune.id)?;
    write_transaction(conn, |conn| {
        let c = store::call(conn, commune.id, id)?;
        if store::criteria(conn, id)?.is_empty() {
            return Err(Error::invalid("publish", "cc-error-no-grid"));
        }
        move_call(conn, &c, CallEvent::Publish, now)?;
        let source_ref = format!("cocreation-call:{}", c.id);
        let summary = format!("{} / {}", c.title_ar, c.title_fr);
        let proposal = propose_item(
            conn,
            commune.id,
            &NewItem {
                title_ar: &c.title_ar,
                title_fr: &c.title_fr,
                summary: &summary,
                committee_id: None,
                matter: Matter::General,
                source: ItemSource::CoCreationCall,
                source_ref: Some(&source_ref),
            },
            local_date(now),
        )?;
        store::set_call_published(conn, id, Some(proposal.item.id), now)?;
        actor.audit_decision(
            conn,
            &c,
            "cocreation.call.publish",
            json!({ "status": "published", "agenda_item": proposal.item.id }),
        )?;
        Ok(store::call(conn, commune.id, id)?)
    })
}

/// What the call's page shows: the call, its grid, its meetings (with the number of
/// registrations) and its questions (answered ones only in public).
pub struct CallPage {
    pub call: CallRow,
    pub criteria: Vec<CriterionRow>,
    pub meetings: Vec<(MeetingRow, i64, bool)>,
    pub questions: Vec<QuestionRow>,
    /// The call's public documents: (upload id, file name).
    pub documents: Vec<(i64, String)>,
}

/// The call's page; `viewer` marks the meetings they registered for; `staff` sees
/// unanswered questions and drafts.
pub fn call_page(
    conn: &mut AnyConnection,
    commune_id: i64,
    id: i64,
    viewer: Option<i64>,
    staff: bool,
) -> Result<CallPage> {
    let call = if staff {
        store::call(conn, commune_id, id)?
    } else {
        public_call(conn, commune_id, id)?
    };
    let criteria = store::criteria(conn, id)?;
    let mut meetings = Vec::new();
    for m in store::meetings(conn, id)? {
        let n = store::registrations(conn, m.id)?;
        let mine = match viewer {
            Some(a) => store::registered(conn, m.id, a)?,
            None => false,
        };
        meetings.push((m, n, mine));
    }
    let questions = store::questions(conn, id, !staff)?;
    let documents = store::documents(conn, id, None)?;
    Ok(CallPage {
        call,
        criteria,
        meetings,
        questions,
        documents,
    })
}

/// A commune's calls (drafts for staff only).
pub fn calls(
    conn: &mut AnyConnection,
    commune_id: i64,
    with_drafts: bool,
    page: musharaka_core::Page,
    per_page: i64,
) -> Result<musharaka_core::Paged<CallRow>> {
    let rows = store::calls(
        conn,
        commune_id,
        with_drafts,
        per_page + 1,
        page.offset(per_page),
    )?;
    Ok(musharaka_core::Paged::cut(rows, page, per_page))
}

/// An information meeting as typed: its times (UTC) and its place.
#[derive(Debug, Clone)]
pub struct MeetingInput {
    pub starts_at: NaiveDateTime,
    pub ends_at: NaiveDateTime,
    pub place_ar: String,
    pub place_fr: String,
}

/// An information meeting of the call (§5: Taroudant, 3 November 2023, 15:00–17:00).
pub fn add_meeting(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    call_id: i64,
    m: &MeetingInput,
    now: NaiveDateTime,
) -> Result<i64> {
    require_admin(actor, commune_id)?;
    let mut err = Error::new(ErrorKind::InvalidInput);
    if m.ends_at <= m.starts_at {
        err = err.with_field("ends_at", "cc-error-window");
    }
    for (f, v) in [("place_ar", &m.place_ar), ("place_fr", &m.place_fr)] {
        if v.trim().is_empty() {
            err = err.with_field(f, "field-required");
        }
    }
    if !err.fields.is_empty() {
        return Err(err);
    }
    write_transaction(conn, |conn| {
        store::call(conn, commune_id, call_id)?;
        let new = NewMeeting {
            commune_id,
            call_id,
            starts_at: m.starts_at,
            ends_at: m.ends_at,
            place_ar: m.place_ar.trim(),
            place_fr: m.place_fr.trim(),
            created_at: now,
        };
        Ok(store::insert_meeting(conn, &new)?)
    })
}

/// The attendance of a meeting held: people present and organisations represented.
pub fn record_attendance(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    meeting_id: i64,
    attendance: i32,
    organisations: i32,
) -> Result<i64> {
    require_admin(actor, commune_id)?;
    if attendance < 0 || organisations < 0 || organisations > attendance {
        return Err(Error::invalid("organisations", "cc-error-attendance"));
    }
    write_transaction(conn, |conn| {
        let m = store::meeting(conn, commune_id, meeting_id)?;
        store::set_attendance(conn, m.id, attendance, organisations)?;
        AuditEntry::new(
            Some(commune_id),
            Some(actor.account.id),
            "cocreation.meeting.attendance",
            format!("cocreation_meeting:{}", m.id),
        )
        .before(json!({ "attendance": m.attendance }))
        .after(json!({ "attendance": attendance, "organisations": organisations }))
        .record(conn)?;
        Ok(m.call_id)
    })
}

/// A signed-in visitor registers for a meeting of a public call (once; again is a no-op).
pub fn register(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    meeting_id: i64,
    now: NaiveDateTime,
) -> Result<i64> {
    write_transaction(conn, |conn| {
        let m = store::meeting(conn, commune_id, meeting_id)?;
        public_call(conn, commune_id, m.call_id)?;
        if m.starts_at <= now {
            return Err(Error::invalid("register", "cc-error-meeting-past"));
        }
        if !store::registered(conn, m.id, actor.account.id)? {
            let assoc = musharaka_identity::service::association_of(conn, actor.account.id)?;
            store::register(
                conn,
                commune_id,
                m.id,
                actor.account.id,
                assoc.map(|a| a.id),
                now,
            )?;
        }
        Ok(m.call_id)
    })
}

/// An association asks a question on a published call (before its results).
pub fn ask(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    call_id: i64,
    text: &str,
    now: NaiveDateTime,
) -> Result<()> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 2000 {
        return Err(Error::invalid("text", "field-required"));
    }
    write_transaction(conn, |conn| {
        let c = public_call(conn, commune_id, call_id)?;
        if c.status != crate::model::CallStatus::Published {
            return Err(ErrorKind::Conflict.into());
        }
        if musharaka_identity::service::association_of(conn, actor.account.id)?.is_none() {
            return Err(Error::invalid("text", "cc-error-no-association"));
        }
        store::insert_question(conn, commune_id, call_id, actor.account.id, text, now)?;
        Ok(())
    })
}

/// The commune answers a question: published to all on the call's page; the asker is told.
pub fn answer(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    actor: &Permissions,
    commune: &Commune,
    question_id: i64,
    text: &str,
    now: NaiveDateTime,
) -> Result<i64> {
    require_admin(actor, commune.id)?;
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid("text", "field-required"));
    }
    write_transaction(conn, |conn| {
        let q = store::question(conn, commune.id, question_id)?;
        store::answer_question(conn, q.id, text, now)?;
        AuditEntry::new(
            Some(commune.id),
            Some(actor.account.id),
            "cocreation.question.answer",
            format!("cocreation_question:{}", q.id),
        )
        .after(json!({ "answered": true }))
        .record(conn)?;
        if let Some(asker) = q.account_id {
            let link = mail.link(&format!("/{}/cocreation/{}", commune.slug, q.call_id));
            mail_account(
                conn,
                mail,
                asker,
                "cc-mail-answer-subject",
                "cc-mail-answer-body",
                &[("link", link)],
                None,
            )?;
        }
        Ok(q.call_id)
    })
}

/// A public document of the call (terms of reference, templates), stored by `store_upload`
/// in the same transaction.
pub fn attach_call_document(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    call_id: i64,
    store_upload: impl FnOnce(&mut AnyConnection) -> Result<i64>,
    now: NaiveDateTime,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let c = store::call(conn, commune_id, call_id)?;
        let upload = store_upload(conn)?;
        store::insert_document(conn, commune_id, c.id, None, upload, now)?;
        Ok(())
    })
}

/// The calls published and open for notes at `at`, at most `shown` (the commune's home).
pub fn open_calls(
    conn: &mut AnyConnection,
    commune_id: i64,
    at: chrono::NaiveDateTime,
    shown: usize,
) -> Result<Vec<CallRow>> {
    Ok(crate::store::calls(conn, commune_id, false, 50, 0)?
        .into_iter()
        .filter(|r| {
            r.status == crate::model::CallStatus::Published && r.opens_at <= at && at <= r.closes_at
        })
        .take(shown)
        .collect())
}
