//! The answer ("you said, we did", art. 78): after closing the owner answers section by
//! section, writes the revised document (a new version; the draft stays), publishes the
//! synthesis — participants are mailed — and sends the revised draft to the council, whose
//! deliberation comes back through the `deliberation.decided` event.

use super::*;
use crate::records::NewSection;
use crate::rules;
use chrono::NaiveDate;
use musharaka_core::time::now;
use musharaka_councils::service::{propose_item, NewItem};
use musharaka_councils::{ItemSource, Matter};
use musharaka_db::events::Decided;
use musharaka_db::write_transaction;
use musharaka_mail::MailContext;

fn answerable(c: &ConsultationRow, today: NaiveDate, field: &str) -> Result<()> {
    if rules::may_answer(c.status, c.closes_on, today) {
        Ok(())
    } else {
        Err(Error::invalid(field, "cons-error-answer-after-closing"))
    }
}

/// The owner's answer on one section: what was taken into account, what was not and why.
#[derive(Debug, Clone, Default)]
pub struct SectionAnswer {
    pub taken: String,
    pub not_taken: String,
}

/// The owner's answer on one section of the draft. Audited.
pub fn answer_section(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    section_id: i64,
    input: &SectionAnswer,
    today: NaiveDate,
) -> Result<()> {
    require_owner(actor, commune_id)?;
    let mut err = Error::new(ErrorKind::InvalidInput);
    let taken = text(&mut err, "taken", &input.taken, 20_000, true);
    let not_taken = text(&mut err, "not_taken", &input.not_taken, 20_000, true);
    checked(err)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        answerable(&c, today, "taken")?;
        let s = store::section(conn, id, section_id)?;
        if s.version != 1 {
            return Err(ErrorKind::NotFound.into());
        }
        store::set_section_answer(conn, s.id, taken, not_taken)?;
        actor.audit_decision(
            conn,
            &c,
            "consultation.section_answer",
            json!({ "section": s.id, "position": s.position }),
        )
    })
}

/// The revised document: a new version of every section (heading, body), the earlier ones
/// kept. Audited; returns the new version number.
pub fn revise(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    sections: &[(String, String)],
    today: NaiveDate,
) -> Result<i32> {
    require_owner(actor, commune_id)?;
    let mut err = Error::new(ErrorKind::InvalidInput);
    for (i, (h, b)) in sections.iter().enumerate() {
        text(&mut err, &format!("heading_{i}"), h, 300, true);
        text(&mut err, &format!("body_{i}"), b, 20_000, true);
    }
    if sections.is_empty() {
        err.fields.push(("body_0".into(), "field-required".into()));
    }
    checked(err)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        answerable(&c, today, "body_0")?;
        let version = c.revised_version.unwrap_or(1) + 1;
        for (i, (h, b)) in sections.iter().enumerate() {
            let section = NewSection {
                commune_id,
                consultation_id: id,
                version,
                position: i as i32 + 1,
                heading: h.trim(),
                body: b.trim(),
            };
            store::insert_section(conn, &section)?;
        }
        store::set_revised_version(conn, id, version)?;
        actor.audit_decision(
            conn,
            &c,
            "consultation.revise",
            json!({ "version": version, "sections": sections.len() }),
        )?;
        Ok(version)
    })
}

/// The synthesis of a consultation, in both languages.
#[derive(Debug, Clone, Default)]
pub struct SynthesisInput {
    pub ar: String,
    pub fr: String,
}

/// Publishes the synthesis once every section is answered and the revised document is
/// written; everyone who took part online is mailed, in their language. Audited.
pub fn publish_synthesis(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    input: &SynthesisInput,
    today: NaiveDate,
) -> Result<()> {
    require_owner(actor, commune_id)?;
    let mut err = Error::new(ErrorKind::InvalidInput);
    let ar = text(&mut err, "synthesis_ar", &input.ar, 20_000, true);
    let fr = text(&mut err, "synthesis_fr", &input.fr, 20_000, true);
    checked(err)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        answerable(&c, today, "synthesis_ar")?;
        if store::sections(conn, id, 1)?
            .iter()
            .any(|s| s.answered_at.is_none())
        {
            return Err(Error::invalid("synthesis_ar", "cons-error-unanswered"));
        }
        if c.revised_version.is_none() {
            return Err(Error::invalid("synthesis_ar", "cons-error-no-revision"));
        }
        transition(conn, &c, Event::PublishSynthesis)?;
        store::set_synthesis(conn, id, ar, fr, now())?;
        actor.audit_decision(
            conn,
            &c,
            "consultation.synthesis_publish",
            json!({ "status": "synthesised", "version": c.revised_version }),
        )?;
        tell_participants(conn, mail, &c)
    })
}

fn tell_participants(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    c: &ConsultationRow,
) -> Result<()> {
    let slug = musharaka_communes::store::by_id(conn, c.commune_id)?.slug;
    let link = mail.link(&format!("/{slug}/consultations/{}", c.id));
    for account in store::participant_accounts(conn, c.id)? {
        let a = musharaka_identity::service::account(conn, account)?;
        let lang = a.lang();
        let message = mail.compose(
            &a.email,
            lang,
            "cons-mail-synthesis-subject",
            "cons-mail-synthesis-body",
            &[("title", c.title(lang).to_string()), ("link", link.clone())],
        );
        musharaka_mail::enqueue(conn, &message)?;
    }
    Ok(())
}

/// Where the revised draft went: the agenda item and its session.
#[derive(Debug, Clone, Copy)]
pub struct Sent {
    pub item_id: musharaka_councils::ItemId,
    pub session_id: i64,
    pub session_start: NaiveDate,
}

/// Sends the revised draft to the council: an item on the next ordinary session's agenda
/// (arts. 38, 78), its source this consultation. Audited.
pub fn send_to_council(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    today: NaiveDate,
) -> Result<Sent> {
    require_owner(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        if c.status != Status::Synthesised {
            return Err(Error::with_cause(ErrorKind::Conflict, "not synthesised"));
        }
        let reference = c.id.to_string();
        let proposal = propose_item(
            conn,
            commune_id,
            &NewItem {
                title_ar: &c.title_ar,
                title_fr: &c.title_fr,
                summary: c.synthesis_fr.as_deref().unwrap_or(&c.text_fr),
                committee_id: None,
                matter: Matter::General,
                source: ItemSource::Consultation,
                source_ref: Some(&reference),
            },
            today,
        )?;
        transition(conn, &c, Event::SendToCouncil)?;
        store::set_agenda_item(conn, id, proposal.item.id)?;
        actor.audit_decision(
            conn,
            &c,
            "consultation.send_to_council",
            json!({ "status": "on_agenda", "session": proposal.session.id, "item": proposal.item.id }),
        )?;
        Ok(Sent {
            item_id: proposal.item.id,
            session_id: proposal.session.id,
            session_start: proposal.session.starts_on,
        })
    })
}

/// The council's deliberation on the revised draft (from `deliberation.decided`): the
/// consultation is adopted or not, linked to the deliberation. A second delivery of the
/// same event changes nothing.
pub fn record_council_decision(conn: &mut AnyConnection, d: &Decided<'_>) -> Result<()> {
    write_transaction(conn, |conn| {
        let Some(c) = store::find(conn, d.commune_id, d.source_id)? else {
            return Ok(());
        };
        if c.status != Status::OnAgenda
            || c.agenda_item_id != Some(musharaka_councils::ItemId::new(d.item_id))
            || c.deliberation_id.is_some()
        {
            return Ok(());
        }
        let adopted = d.adopted;
        transition(conn, &c, Event::CouncilDecided { adopted })?;
        store::set_deliberation(conn, c.id, d.deliberation_id, d.number)?;
        Ok(())
    })
}
