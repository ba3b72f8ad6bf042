//! The council's answer to a petition (art. 125), as the `deliberation.decided` event
//! brings it, and its postponement (`item.postponed`).

use super::{event, transition};
use crate::model::{CouncilDecision, PetitionEvent, PetitionStatus};
use crate::records::PetitionRow;
use crate::{rules, store};
use musharaka_core::Result;
use musharaka_db::events::Decided;
use musharaka_db::{write_transaction, AnyConnection};
use musharaka_identity::store as accounts;
use musharaka_mail::MailContext;

/// The council's deliberation on the petition's agenda item (art. 125): the petition is
/// closed with its outcome and its agent and the signers who asked are told. Called by the
/// `deliberation.decided` event ([`crate::events`]); a second delivery of the same event
/// changes nothing and mails nobody.
pub fn record_council_decision(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    d: &Decided<'_>,
) -> Result<()> {
    write_transaction(conn, |conn| {
        let Some(p) = store::find_petition(conn, d.commune_id, d.source_id)? else {
            return Ok(());
        };
        let waiting = matches!(
            p.status,
            PetitionStatus::OnAgenda | PetitionStatus::Decided(CouncilDecision::Postponed)
        );
        if !waiting || p.deliberation_id.is_some() {
            return Ok(());
        }
        let outcome = if d.adopted {
            CouncilDecision::Accepted
        } else {
            CouncilDecision::RejectedByCouncil
        };
        transition(conn, &p, PetitionEvent::Decide(outcome))?;
        // The event crosses domains as plain JSON: the id is typed again here.
        let item = musharaka_councils::ItemId::new(d.item_id);
        store::set_council_decision(conn, p.id, item, d.deliberation_id)?;
        event(conn, &p, "decided", Some(d.number.to_string()))?;
        notify_decision(conn, mail, &p, d.number)
    })
}

/// Tells the agent and the signers who asked to be told.
fn notify_decision(
    conn: &mut AnyConnection,
    mail: &MailContext<'_>,
    p: &PetitionRow,
    number: &str,
) -> Result<()> {
    let slug = musharaka_communes::store::by_id(conn, p.commune_id)?.slug;
    let mut to: Vec<(String, musharaka_core::Lang)> = Vec::new();
    if let Some(a) = p.agent_account_id {
        let a = accounts::account(conn, a)?;
        to.push((a.email.clone(), a.lang()));
    }
    let signers = store::emails_to_notify(conn, p.id)?;
    // Each signer in the language of the page they signed on.
    to.extend(signers.into_iter().filter_map(|(email, lang)| {
        let lang = lang.and_then(|l| l.parse().ok()).unwrap_or_default();
        email.map(|e| (e, lang))
    }));
    for (email, lang) in to {
        let message = mail.compose(
            &email,
            lang,
            "pet-mail-decision-subject",
            "pet-mail-decided-body",
            &[
                ("subject", p.subject.clone()),
                ("number", number.to_string()),
                ("link", mail.link(&format!("/{slug}/petitions/{}", p.id))),
            ],
        );
        musharaka_mail::enqueue(conn, &message)?;
    }
    Ok(())
}

/// The council postponed the item answering the petition to the session starting on
/// `starts_on`, where it entered the item `new_item_id` again (art. 125, see
/// [`rules::status_after_postponement`]): the petition becomes postponed (its own state; the
/// public page shows the council's reason and the later session) and follows the new item.
/// One "postponed" step on its timeline per later session; a redelivered event changes
/// nothing.
pub fn record_postponement(
    conn: &mut AnyConnection,
    commune_id: i64,
    petition_id: i64,
    starts_on: &str,
    new_item_id: Option<musharaka_councils::ItemId>,
) -> Result<()> {
    write_transaction(conn, |conn| {
        let Some(p) = store::find_petition(conn, commune_id, petition_id)? else {
            return Ok(());
        };
        let already = store::events(conn, p.id)?
            .iter()
            .any(|e| e.event == "postponed" && e.detail.as_deref() == Some(starts_on));
        if already {
            return Ok(());
        }
        if rules::status_after_postponement(p.status).is_none() {
            return Ok(());
        }
        if p.status == PetitionStatus::OnAgenda {
            transition(conn, &p, PetitionEvent::Decide(CouncilDecision::Postponed))?;
        }
        if let Some(item) = new_item_id {
            store::set_agenda_item(conn, p.id, item)?;
        }
        event(conn, &p, "postponed", Some(starts_on.to_string()))
    })
}
