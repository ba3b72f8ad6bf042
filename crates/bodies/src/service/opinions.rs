//! Advisory opinions (arts. 119–120): drafted in versions by the body, adopted by vote or
//! consensus, transmitted to the council as an agenda item of its next ordinary session
//! (through `musharaka-councils`), answered by the council's deliberation. Also referrals:
//! opinions the council asks for, by a deadline. Every step writes the public timeline.

use super::{
    all_fields, audit_added, body_run_by, fields_of, not_dissolved, opinion_run_by, optional,
    required,
};
use crate::model::{Adoption, OpinionEvent, OpinionKind, OpinionStatus};
use crate::records::{NewVersion, OpinionInput, OpinionRow};
use crate::{rules, store};
use chrono::NaiveDate;
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_councils::service::{propose_item, NewItem};
use musharaka_councils::{ItemSource, Matter};
use musharaka_db::events::Decided;
use musharaka_db::{write_transaction, AnyConnection};
use musharaka_identity::{Permissions, Role};
use serde_json::json;

/// Moves the opinion through the state machine with a conditional update.
fn transition(conn: &mut AnyConnection, o: &OpinionRow, e: OpinionEvent) -> Result<OpinionStatus> {
    let next = o
        .status
        .transition(e)
        .map_err(|e| Error::with_cause(ErrorKind::Conflict, e))?;
    if !store::set_status_if(conn, o.id, o.status, next)? {
        return Err(ErrorKind::Conflict.into());
    }
    Ok(next)
}

fn check_input(o: &OpinionInput) -> Result<OpinionInput> {
    let mut out = o.clone();
    let title = required(&o.title, "title", 300).map(|v| out.title = v);
    let text = match o.kind {
        // A referral's text is the council's question; a draft may start empty.
        OpinionKind::Referral => required(&o.text, "text", 50_000).map(|v| out.text = v),
        _ => {
            out.text = o.text.trim().to_string();
            Ok(())
        }
    };
    out.target_document = optional(o.target_document.as_deref());
    out.target_section = optional(o.target_section.as_deref());
    let target = match (o.kind, &out.target_document) {
        (OpinionKind::Remarks, None) => Err(Error::invalid("target_document", "field-required")),
        _ => Ok(()),
    };
    all_fields(vec![title, text, target])?;
    Ok(out)
}

fn record_new(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
    o: &OpinionInput,
    event: &str,
) -> Result<OpinionRow> {
    let row = store::insert_opinion(conn, commune_id, body_id, o)?;
    save_version(conn, actor, (commune_id, row.id), 1, &row.text)?;
    store::add_event(conn, commune_id, row.id, event, None)?;
    let what = ("opinion.create", format!("opinion:{}", row.id));
    audit_added(conn, actor, commune_id, what, &row)?;
    Ok(row)
}

/// Stores version `version` of an opinion's text (`opinion`: its commune and id), written
/// by `actor`.
fn save_version(
    conn: &mut AnyConnection,
    actor: &Permissions,
    opinion: (i64, i64),
    version: i32,
    text: &str,
) -> Result<()> {
    let (commune_id, opinion_id) = opinion;
    let new = NewVersion {
        commune_id,
        opinion_id,
        version,
        text,
        edited_by: Some(actor.account.id),
        editor_name: &actor.account.name,
    };
    Ok(store::insert_version(conn, &new)?)
}

/// A new draft opinion of the body (own initiative, or remarks on a draft document such as
/// the action programme, art. 78), by its secretary.
pub fn create_opinion(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
    input: &OpinionInput,
) -> Result<OpinionRow> {
    if input.kind == OpinionKind::Referral {
        return Err(Error::invalid("kind", "bod-error-kind"));
    }
    let o = check_input(input)?;
    let o = OpinionInput {
        requested_on: None,
        deadline: None,
        ..o
    };
    write_transaction(conn, |conn| {
        not_dissolved(body_run_by(conn, actor, commune_id, body_id)?)?;
        record_new(conn, actor, commune_id, body_id, &o, "drafted")
    })
}

/// The council's request for an opinion: its title, the question, and the day the
/// opinion is due.
#[derive(Debug, Clone)]
pub struct ReferralInput {
    pub title: String,
    pub question: String,
    pub deadline: Option<NaiveDate>,
}

/// The council asks a body for an opinion by `deadline` (the focal point or the council's
/// secretariat): a referral, drafted then by the body.
pub fn request_opinion(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
    referral: &ReferralInput,
    today: NaiveDate,
) -> Result<OpinionRow> {
    if !(actor.can_administer(commune_id) || actor.has(commune_id, Role::Secretariat)) {
        return Err(ErrorKind::Forbidden.into());
    }
    let deadline = referral.deadline;
    let input = OpinionInput {
        kind: OpinionKind::Referral,
        title: referral.title.clone(),
        text: referral.question.clone(),
        target_document: None,
        target_section: None,
        requested_on: Some(today),
        deadline,
    };
    let checked = check_input(&input);
    let deadline = match deadline {
        None => Err(Error::invalid("deadline", "field-required")),
        Some(d) if d < today => Err(Error::invalid("deadline", "bod-error-deadline")),
        Some(_) => Ok(()),
    };
    all_fields(vec![fields_of(&checked), deadline])?;
    let o = checked?;
    write_transaction(conn, |conn| {
        not_dissolved(store::body(conn, commune_id, body_id)?)?;
        let detail = o.deadline.map(|d| d.format("%Y-%m-%d").to_string());
        let row = record_new(conn, actor, commune_id, body_id, &o, "requested")?;
        if let Some(d) = detail {
            store::add_event(conn, commune_id, row.id, "deadline", Some(&d))?;
        }
        Ok(row)
    })
}

/// A new version of a draft's title and text (the body's secretary). `version` is the one
/// the editor started from: a concurrent edit is refused, not overwritten.
pub fn edit_opinion(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    opinion_id: i64,
    title: &str,
    text: &str,
    version: i32,
) -> Result<OpinionRow> {
    let title_ok = required(title, "title", 300);
    let text_ok = required(text, "text", 50_000);
    all_fields(vec![fields_of(&title_ok), fields_of(&text_ok)])?;
    let (title, text) = (title_ok?, text_ok?);
    write_transaction(conn, |conn| {
        let (_, o) = opinion_run_by(conn, actor, commune_id, opinion_id)?;
        if !o.status.editable() {
            return Err(Error::with_cause(ErrorKind::Conflict, "not a draft"));
        }
        if !store::set_text_if(conn, o.id, version, &title, &text)? {
            return Err(Error::invalid("text", "bod-error-stale"));
        }
        let v = version + 1;
        save_version(conn, actor, (commune_id, o.id), v, &text)?;
        store::add_event(conn, commune_id, o.id, "edited", Some(&v.to_string()))?;
        actor
            .audit(commune_id, "opinion.edit", format!("opinion:{}", o.id))
            .before(json!({ "version": o.version, "text": o.text }))
            .after(json!({ "version": v, "text": text }))
            .record(conn)?;
        Ok(store::opinion(conn, commune_id, o.id)?)
    })
}

/// How the body adopted an opinion: by consensus, or by a vote (for, against, abstaining).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdoptedBy {
    Consensus,
    Vote {
        in_favour: u32,
        against: u32,
        abstaining: u32,
    },
}

/// The body adopts its draft on `on` (recorded by its secretary). A vote must carry it
/// (a majority of the votes cast, [`rules::vote_adopts`]); the text must not be empty.
pub fn adopt_opinion(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    opinion_id: i64,
    by: AdoptedBy,
    on: NaiveDate,
) -> Result<OpinionRow> {
    if let AdoptedBy::Vote {
        in_favour, against, ..
    } = by
    {
        if !rules::vote_adopts(in_favour, against) {
            return Err(Error::invalid("votes_for", "bod-error-vote-lost"));
        }
    }
    write_transaction(conn, |conn| {
        let (_, o) = opinion_run_by(conn, actor, commune_id, opinion_id)?;
        if o.text.trim().is_empty() {
            return Err(Error::invalid("text", "bod-error-empty-text"));
        }
        transition(conn, &o, OpinionEvent::Adopt)?;
        let as_i32 = |n: u32| i32::try_from(n).unwrap_or(i32::MAX);
        let (adoption, votes, detail) = match by {
            AdoptedBy::Consensus => (Adoption::Consensus, None, "consensus".to_string()),
            AdoptedBy::Vote {
                in_favour,
                against,
                abstaining,
            } => (
                Adoption::Vote,
                Some((as_i32(in_favour), as_i32(against), as_i32(abstaining))),
                format!("{in_favour}/{against}/{abstaining}"),
            ),
        };
        store::set_adoption(conn, o.id, adoption.key(), votes, on)?;
        store::add_event(conn, commune_id, o.id, "adopted", Some(&detail))?;
        actor.audit_decision(
            conn,
            &o,
            "opinion.adopt",
            json!({ "status": "adopted", "adoption": adoption.key(), "votes": votes }),
        )?;
        Ok(store::opinion(conn, commune_id, o.id)?)
    })
}

/// Transmits an adopted opinion to the council (the body's secretary): it becomes an item
/// of the next ordinary session whose agenda is still open on `today` (arts. 38, 119), with
/// the opinion's text as its summary and the opinion as its source.
pub fn transmit_opinion(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    opinion_id: i64,
    today: NaiveDate,
) -> Result<OpinionRow> {
    write_transaction(conn, |conn| {
        let (body, o) = opinion_run_by(conn, actor, commune_id, opinion_id)?;
        transition(conn, &o, OpinionEvent::Transmit)?;
        let (title_ar, title_fr) = (
            format!("{} — {}", body.name_ar, o.title),
            format!("{} — {}", body.name_fr, o.title),
        );
        let source_ref = o.id.to_string();
        let item = NewItem {
            title_ar: &title_ar,
            title_fr: &title_fr,
            summary: &o.text,
            committee_id: None,
            matter: Matter::General,
            source: ItemSource::AdvisoryOpinion,
            source_ref: Some(&source_ref),
        };
        let p = propose_item(conn, commune_id, &item, today)?;
        store::set_transmitted(conn, o.id, p.item.id, p.session.id, today)?;
        store::add_event(
            conn,
            commune_id,
            o.id,
            "transmitted",
            Some(&p.session.id.to_string()),
        )?;
        actor.audit_decision(conn, &o, "opinion.transmit", json!({ "status": "transmitted", "agenda_item_id": p.item.id, "session_id": p.session.id }))?;
        Ok(store::opinion(conn, commune_id, o.id)?)
    })
}

/// The council's deliberation on the opinion's agenda item, as the `deliberation.decided`
/// event brings it: recorded and linked back. A second delivery changes nothing.
pub fn record_council_answer(
    conn: &mut AnyConnection,
    d: &Decided<'_>,
    on: NaiveDate,
) -> Result<()> {
    write_transaction(conn, |conn| {
        let Ok(o) = store::opinion(conn, d.commune_id, d.source_id) else {
            return Ok(());
        };
        if o.status != OpinionStatus::Transmitted
            || o.agenda_item_id != Some(musharaka_councils::ItemId::new(d.item_id))
        {
            return Ok(());
        }
        transition(conn, &o, OpinionEvent::Answer)?;
        store::set_answer(conn, o.id, d.deliberation_id, d.number, d.adopted, on)?;
        let detail = json!({
            "number": d.number, "deliberation_id": d.deliberation_id, "adopted": d.adopted,
        });
        store::add_event(
            conn,
            d.commune_id,
            o.id,
            "answered",
            Some(&detail.to_string()),
        )?;
        Ok(())
    })
}
