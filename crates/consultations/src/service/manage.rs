//! The owner prepares a consultation: its texts, dates and channels, the draft's sections
//! and the questionnaire, then publishes it.

use super::*;
use crate::model::{Channel, QuestionKind, Subject};
use crate::records::{ConsultationTexts, NewConsultation, NewQuestion, NewSection};
use crate::rules::{self, DatesError};
use chrono::NaiveDate;
use musharaka_core::time::now;
use musharaka_db::write_transaction;

/// A consultation's texts, dates and channels as the owner enters them.
#[derive(Debug, Clone)]
pub struct DraftInput {
    pub subject: Subject,
    pub title_ar: String,
    pub title_fr: String,
    pub text_ar: String,
    pub text_fr: String,
    pub owner_service: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    pub channels: Vec<Channel>,
    /// The districts a respondent may declare, one per line.
    pub districts: String,
}

fn check_draft(d: &DraftInput) -> Result<()> {
    let mut err = Error::new(ErrorKind::InvalidInput);
    text(&mut err, "title_ar", &d.title_ar, 300, true);
    text(&mut err, "title_fr", &d.title_fr, 300, true);
    text(&mut err, "text_ar", &d.text_ar, 20_000, true);
    text(&mut err, "text_fr", &d.text_fr, 20_000, true);
    text(&mut err, "owner_service", &d.owner_service, 200, true);
    text(&mut err, "districts", &d.districts, 4000, false);
    match rules::check_dates(d.opens_on, d.closes_on) {
        Ok(()) => {}
        Err(DatesError::ClosesBeforeOpening) => {
            err.fields
                .push(("closes_on".into(), "cons-error-closes-before".into()));
        }
        Err(DatesError::TooShort) => {
            err.fields
                .push(("closes_on".into(), "cons-error-too-short".into()));
        }
    }
    if d.channels.is_empty() {
        err.fields
            .push(("channels".into(), "field-required".into()));
    }
    checked(err)
}

fn channels_key(channels: &[Channel]) -> String {
    channels
        .iter()
        .map(|c| c.key())
        .collect::<Vec<_>>()
        .join(",")
}

fn texts<'a>(d: &'a DraftInput, channels: &'a str) -> ConsultationTexts<'a> {
    ConsultationTexts {
        subject: d.subject.key(),
        title_ar: d.title_ar.trim(),
        title_fr: d.title_fr.trim(),
        text_ar: d.text_ar.trim(),
        text_fr: d.text_fr.trim(),
        owner_service: d.owner_service.trim(),
        opens_on: d.opens_on,
        closes_on: d.closes_on,
        channels,
        districts: d.districts.trim(),
    }
}

/// Creates a draft consultation (art. 119); returns its id.
pub fn create(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    d: &DraftInput,
) -> Result<i64> {
    require_owner(actor, commune_id)?;
    check_draft(d)?;
    let channels = channels_key(&d.channels);
    write_transaction(conn, |conn| {
        let new = NewConsultation {
            commune_id,
            texts: texts(d, &channels),
            created_by: Some(actor.account.id),
        };
        let id = store::insert(conn, &new)?;
        let c = store::consultation(conn, commune_id, id)?;
        actor.audit_decision(
            conn,
            &c,
            "consultation.create",
            json!({ "status": "draft", "opens_on": d.opens_on, "closes_on": d.closes_on }),
        )?;
        Ok(id)
    })
}

/// Rewrites a draft (once published, the texts and dates stay as announced).
pub fn update(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    d: &DraftInput,
) -> Result<()> {
    require_owner(actor, commune_id)?;
    check_draft(d)?;
    let channels = channels_key(&d.channels);
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        if c.status != Status::Draft {
            return Err(Error::with_cause(ErrorKind::Conflict, "not a draft"));
        }
        store::update(conn, commune_id, id, &texts(d, &channels))?;
        actor.audit_decision(
            conn,
            &c,
            "consultation.update",
            json!({ "opens_on": d.opens_on, "closes_on": d.closes_on }),
        )
    })
}

/// Adds a section at the end of the draft document (version 1, editable until published).
pub fn add_section(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    heading: &str,
    body: &str,
) -> Result<i64> {
    require_owner(actor, commune_id)?;
    let mut err = Error::new(ErrorKind::InvalidInput);
    let heading = text(&mut err, "heading", heading, 300, true);
    let body = text(&mut err, "body", body, 20_000, true);
    checked(err)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        if c.status != Status::Draft {
            return Err(Error::invalid("heading", "cons-error-not-draft"));
        }
        let position = store::section_count(conn, id, 1)? as i32 + 1;
        let section = NewSection {
            commune_id,
            consultation_id: id,
            version: 1,
            position,
            heading,
            body,
        };
        let sid = store::insert_section(conn, &section)?;
        actor.audit_decision(
            conn,
            &c,
            "consultation.section_add",
            json!({ "section": sid, "position": position }),
        )?;
        Ok(sid)
    })
}

/// A question as the owner enters it.
pub struct QuestionInput<'a> {
    pub kind: QuestionKind,
    pub prompt_ar: &'a str,
    pub prompt_fr: &'a str,
    /// One option per line, `arabic | french`.
    pub options: &'a str,
    pub required: bool,
}

/// Adds a question to a draft's questionnaire.
pub fn add_question(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    q: &QuestionInput<'_>,
) -> Result<i64> {
    require_owner(actor, commune_id)?;
    let mut err = Error::new(ErrorKind::InvalidInput);
    let prompt_ar = text(&mut err, "prompt_ar", q.prompt_ar, 1000, true);
    let prompt_fr = text(&mut err, "prompt_fr", q.prompt_fr, 1000, true);
    let options = rules::parse_options(q.options);
    if rules::needs_options(q.kind) && !(2..=12).contains(&options.len()) {
        err.fields
            .push(("options".into(), "cons-error-options".into()));
    }
    checked(err)?;
    let options = if rules::needs_options(q.kind) {
        options
    } else {
        Vec::new()
    };
    let options = serde_json::to_string(&options).map_err(Error::internal)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        if c.status != Status::Draft {
            return Err(Error::invalid("prompt_ar", "cons-error-not-draft"));
        }
        let question = NewQuestion {
            commune_id,
            consultation_id: id,
            kind: q.kind.key(),
            prompt_ar,
            prompt_fr,
            options: &options,
            required: q.required,
        };
        let qid = store::insert_question(conn, &question)?;
        actor.audit_decision(
            conn,
            &c,
            "consultation.question_add",
            json!({ "question": qid, "kind": q.kind.key() }),
        )?;
        Ok(qid)
    })
}

/// Publishes a draft: it needs at least one section, and a questionnaire if that channel
/// is announced. From then on it opens and closes by its dates.
pub fn publish(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<()> {
    require_owner(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        if store::section_count(conn, id, 1)? == 0 {
            return Err(Error::invalid("publish", "cons-error-no-sections"));
        }
        if c.has_channel(Channel::Questionnaire) && store::questions(conn, id)?.is_empty() {
            return Err(Error::invalid("publish", "cons-error-no-questions"));
        }
        transition(conn, &c, Event::Publish)?;
        store::set_published(conn, id, now())?;
        actor.audit_decision(
            conn,
            &c,
            "consultation.publish",
            json!({ "status": "published", "opens_on": c.opens_on, "closes_on": c.closes_on }),
        )
    })
}
