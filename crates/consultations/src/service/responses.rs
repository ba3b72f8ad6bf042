//! The questionnaire: one online response per account (the unique key decides, so a retry
//! or a race cannot double it), and paper questionnaires entered by staff, counted apart.

use super::*;
use crate::model::{Channel, ResponseChannel};
use crate::questionnaire::{self, Parsed};
use crate::rules;
use chrono::NaiveDate;
use musharaka_db::write_transaction;

fn parsed(
    conn: &mut AnyConnection,
    c: &ConsultationRow,
    pairs: &[(String, String)],
) -> Result<Parsed> {
    if !c.has_channel(Channel::Questionnaire) {
        return Err(ErrorKind::NotFound.into());
    }
    let questions = store::questions(conn, c.id)?;
    questionnaire::parse(&questions, &c.district_list(), pairs).map_err(|fields| {
        let mut e = Error::new(ErrorKind::InvalidInput);
        e.fields = fields;
        e
    })
}

fn insert(
    conn: &mut AnyConnection,
    c: &ConsultationRow,
    p: &Parsed,
    channel: ResponseChannel,
    account: Option<i64>,
    entered_by: Option<i64>,
) -> Result<bool> {
    let answers = serde_json::to_string(&p.answers).map_err(Error::internal)?;
    let d = &p.declared;
    let member = d.association_member.map(|m| if m { "yes" } else { "no" });
    Ok(store::insert_response(
        conn,
        &store::NewResponse {
            commune_id: c.commune_id,
            consultation_id: c.id,
            channel: channel.key(),
            account_id: account,
            entered_by,
            answers: &answers,
            age_band: d.age_band.map(|a| a.key()),
            gender: d.gender.map(|g| g.key()),
            district: d.district.as_deref(),
            association_member: member,
        },
    )?)
}

/// A signed-in account answers the questionnaire online while the consultation is open
/// (art. 119); a second answer is refused.
pub fn respond_online(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    pairs: &[(String, String)],
    today: NaiveDate,
) -> Result<()> {
    write_transaction(conn, |conn| {
        let c = visible(conn, Some(actor), commune_id, id)?;
        match rules::accepts_contributions(c.status, c.opens_on, c.closes_on, today) {
            Ok(()) => {}
            Err(rules::NotOpen::NotYet) => {
                return Err(Error::invalid("questionnaire", "cons-error-not-yet"))
            }
            Err(rules::NotOpen::Closed) => {
                return Err(Error::invalid("questionnaire", "cons-error-closed"))
            }
        }
        let p = parsed(conn, &c, pairs)?;
        if !insert(
            conn,
            &c,
            &p,
            ResponseChannel::Online,
            Some(actor.account.id),
            None,
        )? {
            return Err(Error::invalid(
                "questionnaire",
                "cons-error-already-answered",
            ));
        }
        Ok(())
    })
}

/// Whether the account already answered online.
pub fn has_responded(conn: &mut AnyConnection, id: i64, account_id: i64) -> Result<bool> {
    Ok(store::has_responded(conn, id, account_id)?)
}

/// Staff enter a paper questionnaire collected in the room or at the commune's desk,
/// from the opening until the synthesis is published. Audited.
pub fn enter_paper(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    pairs: &[(String, String)],
    today: NaiveDate,
) -> Result<()> {
    require_owner(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        if !rules::accepts_paper(c.status, c.opens_on, today) {
            return Err(Error::invalid("questionnaire", "cons-error-paper-closed"));
        }
        let p = parsed(conn, &c, pairs)?;
        insert(
            conn,
            &c,
            &p,
            ResponseChannel::Paper,
            None,
            Some(actor.account.id),
        )?;
        actor.audit_decision(
            conn,
            &c,
            "consultation.paper_response",
            json!({ "channel": "paper" }),
        )
    })
}
