//! Comments per section, replies and supports (while the consultation is open), their
//! moderation against the published charter (hidden with a reason and an audit record,
//! never deleted) and what became of each in the synthesis.

use super::*;
use crate::model::{AuthorKind, Channel, HideReason, Outcome};
use crate::rules::{self, NotOpen};
use chrono::NaiveDate;
use musharaka_db::write_transaction;
use musharaka_identity::AssociationStatus;

/// Longest comment, in characters.
pub const MAX_COMMENT: usize = 4000;

fn open_for(c: &crate::records::ConsultationRow, today: NaiveDate, field: &str) -> Result<()> {
    match rules::accepts_contributions(c.status, c.opens_on, c.closes_on, today) {
        Ok(()) => Ok(()),
        Err(NotOpen::NotYet) => Err(Error::invalid(field, "cons-error-not-yet")),
        Err(NotOpen::Closed) => Err(Error::invalid(field, "cons-error-closed")),
    }
}

/// Who speaks in a comment.
#[derive(Debug, Clone)]
pub enum Speaker {
    /// The signed-in citizen (shown as "a citizen", never by name).
    Citizen,
    /// The association the signed-in account represents (verified), by its name.
    Association,
    /// A consultative body's remark on the draft (arts. 119–120), entered by the owner
    /// with a free reference to the body (the hook the bodies crate will link).
    Body { reference: String },
}

/// What a comment or a reply says, and who says it.
#[derive(Debug, Clone)]
pub struct CommentInput {
    pub body: String,
    pub speaker: Speaker,
}

/// Where a comment goes: a section of the draft, and the comment it replies to if any.
#[derive(Clone, Copy)]
struct Place {
    section_id: i64,
    parent: Option<i64>,
}

/// A comment on a section of the draft while the consultation is open (art. 119).
/// Returns the comment's id.
pub fn comment(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    section_id: i64,
    input: &CommentInput,
    today: NaiveDate,
) -> Result<i64> {
    let place = Place {
        section_id,
        parent: None,
    };
    post(conn, actor, commune_id, id, place, input, today)
}

/// A comment or a reply (`place.parent`), while the consultation is open (art. 119).
fn post(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    place: Place,
    input: &CommentInput,
    today: NaiveDate,
) -> Result<i64> {
    let Place { section_id, parent } = place;
    let speaker = &input.speaker;
    let mut err = Error::new(ErrorKind::InvalidInput);
    let body = text(&mut err, "body", &input.body, MAX_COMMENT, true);
    checked(err)?;
    write_transaction(conn, |conn| {
        let c = visible(conn, Some(actor), commune_id, id)?;
        if !c.has_channel(Channel::Comments) {
            return Err(Error::invalid("body", "cons-error-no-comments"));
        }
        open_for(&c, today, "body")?;
        let section = store::section(conn, id, section_id)?;
        if section.version != 1 {
            return Err(ErrorKind::NotFound.into());
        }
        if let Some(p) = parent {
            let p = store::comment(conn, id, p)?;
            if p.section_id != section_id || p.parent_id.is_some() || p.is_hidden() {
                return Err(Error::invalid("body", "cons-error-no-reply"));
            }
        }
        let (kind, association, label) = match speaker {
            Speaker::Citizen => (AuthorKind::Citizen, None, None),
            Speaker::Association => {
                let a = musharaka_identity::service::association_of(conn, actor.account.id)?
                    .filter(|a| a.status == AssociationStatus::Verified)
                    .ok_or_else(|| {
                        Error::invalid("as_association", "cons-error-not-representative")
                    })?;
                let label = if a.name_ar == a.name_fr {
                    a.name_fr.clone()
                } else {
                    format!("{} — {}", a.name_ar, a.name_fr)
                };
                (AuthorKind::Association, Some(a.id), Some(label))
            }
            Speaker::Body { reference } => {
                require_owner(actor, commune_id)?;
                let mut err = Error::new(ErrorKind::InvalidInput);
                let r = text(&mut err, "body_ref", reference, 200, true);
                checked(err)?;
                (AuthorKind::Body, None, Some(r.to_string()))
            }
        };
        let cid = store::insert_comment(
            conn,
            &store::NewComment {
                commune_id,
                consultation_id: id,
                section_id,
                parent_id: parent,
                author_kind: kind.key(),
                account_id: Some(actor.account.id),
                association_id: association,
                author_label: label.as_deref(),
                body,
            },
        )?;
        if kind == AuthorKind::Body {
            actor.audit_decision(
                conn,
                &c,
                "consultation.body_remark",
                json!({ "comment": cid, "body_ref": label }),
            )?;
        }
        Ok(cid)
    })
}

/// A signed-in account supports a visible comment of someone else while the consultation
/// is open; a second support by the same account changes nothing (derived from rows under
/// a unique key). Returns whether it was counted now.
pub fn support(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    comment_id: i64,
    today: NaiveDate,
) -> Result<bool> {
    write_transaction(conn, |conn| {
        let c = visible(conn, Some(actor), commune_id, id)?;
        open_for(&c, today, "support")?;
        let cm = store::comment(conn, id, comment_id)?;
        if cm.is_hidden() {
            return Err(ErrorKind::NotFound.into());
        }
        if cm.account_id == Some(actor.account.id) {
            return Err(Error::invalid("support", "cons-error-own-comment"));
        }
        Ok(store::insert_support(
            conn,
            commune_id,
            comment_id,
            actor.account.id,
        )?)
    })
}

/// The owner hides a comment against the moderation charter, with the charter's ground
/// and a note; the comment stays stored and its place says it was hidden and why. Audited.
pub fn hide(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    comment_id: i64,
    reason: HideReason,
    note: &str,
) -> Result<()> {
    require_owner(actor, commune_id)?;
    let mut err = Error::new(ErrorKind::InvalidInput);
    let note = text(&mut err, "note", note, 1000, false);
    checked(err)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        let cm = store::comment(conn, id, comment_id)?;
        let note = (!note.is_empty()).then_some(note);
        if !store::hide_comment(conn, cm.id, reason.key(), note)? {
            return Err(Error::with_cause(ErrorKind::Conflict, "already hidden"));
        }
        AuditEntry::new(
            Some(commune_id),
            Some(actor.account.id),
            "consultation.comment_hide",
            format!("consultation_comment:{}", cm.id),
        )
        .before(json!({ "hidden": false, "consultation": c.id }))
        .after(json!({ "hidden": true, "reason": reason.key(), "note": note }))
        .record(conn)?;
        Ok(())
    })
}

/// What became of a comment in the synthesis, and why (required when not taken).
#[derive(Debug, Clone)]
pub struct OutcomeInput {
    pub outcome: Outcome,
    pub note: String,
}

/// After closing, the owner says what became of a comment (taken into account, partly,
/// not taken, with why). Audited.
pub fn set_outcome(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    comment_id: i64,
    input: &OutcomeInput,
    today: NaiveDate,
) -> Result<()> {
    require_owner(actor, commune_id)?;
    let (outcome, note) = (input.outcome, input.note.as_str());
    let mut err = Error::new(ErrorKind::InvalidInput);
    let note = text(
        &mut err,
        "outcome_note",
        note,
        2000,
        outcome == Outcome::NotTaken,
    );
    checked(err)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        if c.status == Status::Draft || today <= c.closes_on {
            return Err(Error::invalid("outcome", "cons-error-answer-after-closing"));
        }
        let cm = store::comment(conn, id, comment_id)?;
        let note = (!note.is_empty()).then_some(note);
        store::set_outcome(conn, cm.id, outcome.key(), note)?;
        AuditEntry::new(
            Some(commune_id),
            Some(actor.account.id),
            "consultation.comment_outcome",
            format!("consultation_comment:{}", cm.id),
        )
        .before(json!({ "outcome": cm.outcome }))
        .after(json!({ "outcome": outcome.key(), "note": note }))
        .record(conn)?;
        Ok(())
    })
}

/// A reply to a visible top-level comment, on the same section (see [`comment`]).
pub fn reply(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    parent: i64,
    input: &CommentInput,
    today: NaiveDate,
) -> Result<i64> {
    visible(conn, Some(actor), commune_id, id)?;
    let place = Place {
        section_id: store::comment(conn, id, parent)?.section_id,
        parent: Some(parent),
    };
    post(conn, actor, commune_id, id, place, input, today)
}
