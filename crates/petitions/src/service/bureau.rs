//! The bureau's decision (art. 125): acceptance puts the petition on the council's agenda.

use super::*;

/// The bureau's decision.
pub enum Decision<'a> {
    Accept,
    Reject { reasons: &'a str },
}

/// What the bureau decides on a petition (art. 125): its check of the conditions, the
/// committee it refers the petition to, and acceptance or rejection.
pub struct BureauDecision<'a> {
    pub checklist: BureauChecklist,
    pub committee_id: Option<i64>,
    pub decision: Decision<'a>,
}

/// What acceptance did: where the petition went and why (art. 38: the 20-day rule).
pub struct Placement {
    pub session_id: i64,
    pub session_start: NaiveDate,
    pub agenda_deadline: NaiveDate,
}

/// The bureau checks the conditions (art. 125) and accepts — the petition goes on the next
/// ordinary session whose agenda is open, referred to the competent committee — or rejects
/// with reasons. The agent is told by mail.
pub fn bureau_decide(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    d: BureauDecision<'_>,
    today: NaiveDate,
) -> Result<Option<Placement>> {
    let BureauDecision {
        checklist,
        committee_id,
        decision,
    } = d;
    let checklist = &checklist;
    if !actor.has(commune_id, Role::Bureau) {
        return Err(ErrorKind::Forbidden.into());
    }
    let unmet = rules::bureau_unmet_conditions(checklist);
    if matches!(decision, Decision::Accept) && !unmet.is_empty() {
        return Err(Error::invalid("checklist", "pet-error-checklist"));
    }
    let reasons = match decision {
        Decision::Reject { reasons } => {
            Some(Reasons::new(reasons).map_err(|_| Error::invalid("reasons", "field-required"))?)
        }
        Decision::Accept => None,
    };
    if !rules::referral_complete(matches!(decision, Decision::Accept), committee_id) {
        return Err(Error::invalid("committee", "pet-error-committee-required"));
    }
    if let Some(k) = committee_id {
        musharaka_communes::store::committee(conn, commune_id, k)
            .map_err(|_| Error::invalid("committee", "field-choice"))?;
    }
    write_transaction(conn, |conn| {
        let p = store::petition(conn, commune_id, id)?;
        let p = if p.status == PetitionStatus::Deposited {
            transition(conn, &p, PetitionEvent::StartReview)?;
            store::petition(conn, commune_id, id)?
        } else {
            p
        };
        store::set_bureau_decision(
            conn,
            p.id,
            serde_json::to_string(checklist).ok().as_deref(),
            reasons.as_ref().map(|r| r.as_str()),
        )?;
        jobs::cancel_tagged(conn, &reminder_tag(&p))?;
        let agent = match p.agent_account_id {
            Some(a) => Some(accounts::account(conn, a)?),
            None => None,
        };
        let placement = match reasons {
            Some(r) => {
                transition(conn, &p, PetitionEvent::RejectByBureau(r.clone()))?;
                event(conn, &p, "rejected_by_bureau", Some(r.as_str().to_string()))?;
                actor.audit_decision(
                    conn,
                    &p,
                    "petition.reject",
                    json!({ "status": "rejected_by_bureau", "reasons": r.as_str(), "checklist": checklist }),
                )?;
                let reasons = r.as_str().to_string();
                let why = move |_: musharaka_core::Lang| reasons.clone();
                tell_agent(
                    conn,
                    ctx,
                    agent.as_ref(),
                    &p,
                    "pet-mail-rejected-body",
                    ("reasons", &why),
                )?;
                None
            }
            None => {
                transition(conn, &p, PetitionEvent::Accept)?;
                let accepted = store::petition(conn, commune_id, id)?;
                let proposal = propose_item(
                    conn,
                    commune_id,
                    &NewItem {
                        title_ar: &p.subject,
                        title_fr: &p.subject,
                        summary: &p.requested_item,
                        committee_id,
                        matter: Matter::General,
                        source: ItemSource::Petition,
                        source_ref: Some(&p.id.to_string()),
                    },
                    today,
                )?;
                transition(conn, &accepted, PetitionEvent::PlaceOnAgenda)?;
                store::set_agenda_item(conn, p.id, proposal.item.id)?;
                // Arts. 38, 125: the placement as decided today, stored and shown as stored.
                let decided =
                    rules::placement_decision(today, proposal.session.starts_on, proposal.next)
                        .map_err(|e| Error::with_cause(ErrorKind::Internal, e))?;
                let json = serde_json::to_string(&decided).map_err(Error::internal)?;
                store::set_placement(conn, p.id, &json)?;
                event(conn, &p, "accepted", None)?;
                event(
                    conn,
                    &p,
                    "on_agenda",
                    Some(format!(
                        "{}|{}",
                        proposal.session.starts_on, proposal.next.agenda_deadline
                    )),
                )?;
                actor.audit_decision(
                    conn,
                    &p,
                    "petition.accept",
                    json!({ "status": "on_agenda", "session": proposal.session.id, "item": proposal.item.id, "checklist": checklist, "placement": decided }),
                )?;
                let start = proposal.session.starts_on;
                let i18n = ctx.mail.i18n;
                let when = move |lang: musharaka_core::Lang| {
                    musharaka_core::time::format_date(i18n, lang, start)
                };
                tell_agent(
                    conn,
                    ctx,
                    agent.as_ref(),
                    &p,
                    "pet-mail-accepted-body",
                    ("session", &when),
                )?;
                Some(Placement {
                    session_id: proposal.session.id,
                    session_start: proposal.session.starts_on,
                    agenda_deadline: proposal.next.agenda_deadline,
                })
            }
        };
        Ok(placement)
    })
}

/// Mails the bureau's decision to the petition's agent, if it has an account; `detail`
/// is written in the agent's language (a date formatted for it).
fn tell_agent(
    conn: &mut AnyConnection,
    ctx: &Context<'_>,
    agent: Option<&Account>,
    p: &PetitionRow,
    body: &str,
    detail: (&str, &dyn Fn(musharaka_core::Lang) -> String),
) -> Result<()> {
    if let Some(a) = agent {
        let args = [
            ("subject", p.subject.clone()),
            (detail.0, (detail.1)(a.lang())),
        ];
        let mail = ctx
            .mail
            .compose(&a.email, a.lang(), "pet-mail-decision-subject", body, &args);
        musharaka_mail::enqueue(conn, &mail)?;
    }
    Ok(())
}
