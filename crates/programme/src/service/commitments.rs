//! Commitments and what follows them: status with reasons, actions, indicators and their
//! dated values, evidence, and the origins they cite.

use super::*;

/// A new commitment as the admin types it.
#[derive(Debug, Clone, Default)]
pub struct CommitmentFacts {
    pub series_id: Option<i64>,
    pub title_ar: String,
    pub title_fr: String,
    pub description: String,
    pub lead_service: String,
    pub partners: String,
    pub expected_results: String,
    pub budget: Option<Money>,
}

/// Adds a commitment to a plan, numbered after the last one.
pub fn add_commitment(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    plan_id: i64,
    f: &CommitmentFacts,
) -> Result<CommitmentRow> {
    require_admin(actor, commune_id)?;
    let title_ar = required(&f.title_ar, "title_ar", MAX_LINE)?;
    let title_fr = optional(&f.title_fr, "title_fr", MAX_LINE)?;
    let lead_service = required(&f.lead_service, "lead_service", MAX_LINE)?;
    let partners = optional(&f.partners, "partners", MAX_TEXT)?;
    let description = optional(&f.description, "description", MAX_TEXT)?;
    let expected = optional(&f.expected_results, "expected_results", MAX_TEXT)?;
    write_transaction(conn, |conn| {
        let plan = store::plan(conn, commune_id, plan_id)?;
        if let Some(s) = f.series_id {
            if !store::series(conn, commune_id, plan.id)?
                .iter()
                .any(|x| x.id == s)
            {
                return Err(Error::invalid("series", "field-choice"));
            }
        }
        let t = now();
        let number = store::next_commitment_number(conn, plan.id)?;
        let c = store::insert_commitment(
            conn,
            &NewCommitmentRow {
                commune_id,
                plan_id: plan.id,
                series_id: f.series_id,
                number,
                title_ar,
                title_fr,
                description,
                lead_service,
                partners,
                expected_results: expected,
                budget_cents: f.budget.map(Money::centimes),
                status: CommitmentStatus::NotStarted,
                created_at: t,
                updated_at: t,
            },
        )?;
        timeline(
            conn,
            commune_id,
            plan.id,
            Some(c.id),
            "commitment_added",
            None,
        )?;
        entry(
            actor,
            commune_id,
            "programme.commitment_add",
            format!("programme_commitment:{}", c.id),
        )
        .after(json!({ "plan": plan.id, "number": number, "title": c.title_ar }))
        .record(conn)?;
        Ok(c)
    })
}

/// Moves a commitment through its state machine; dropping it needs a reason.
pub fn set_status(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    commitment_id: i64,
    to: CommitmentStatus,
    reason: &str,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    let reason = optional(reason, "status_reason", MAX_TEXT)?;
    if rules::status_reason_required(to) && reason.is_empty() {
        return Err(Error::invalid("status_reason", "field-required"));
    }
    write_transaction(conn, |conn| {
        let c = store::commitment(conn, commune_id, commitment_id)?;
        let from = c.status;
        from.transition(to)
            .map_err(|_| Error::invalid("status", "prog-error-transition"))?;
        let stored_reason = (!reason.is_empty()).then_some(reason);
        if !store::set_status_if(conn, c.id, from, to, stored_reason, now())? {
            return Err(ErrorKind::Conflict.into());
        }
        let detail = match stored_reason {
            Some(r) => format!("{}|{r}", to.key()),
            None => to.key().to_string(),
        };
        timeline(
            conn,
            commune_id,
            c.plan_id,
            Some(c.id),
            "status",
            Some(&detail),
        )?;
        entry(
            actor,
            commune_id,
            "programme.commitment_status",
            format!("programme_commitment:{}", c.id),
        )
        .before(json!({ "status": from.key() }))
        .after(json!({ "status": to.key(), "reason": stored_reason }))
        .record(conn)?;
        Ok(())
    })
}

/// A planned action of a commitment.
#[derive(Debug, Clone)]
pub struct ActionFacts {
    pub title: String,
    pub starts_on: Option<NaiveDate>,
    pub due_on: Option<NaiveDate>,
}

pub fn add_action(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    commitment_id: i64,
    f: &ActionFacts,
) -> Result<i64> {
    require_admin(actor, commune_id)?;
    let title = required(&f.title, "action_title", MAX_LINE)?;
    if let (Some(s), Some(d)) = (f.starts_on, f.due_on) {
        if d < s {
            return Err(Error::invalid("action_due", "prog-error-dates"));
        }
    }
    write_transaction(conn, |conn| {
        let c = store::commitment(conn, commune_id, commitment_id)?;
        let a = store::insert_action(
            conn,
            &NewActionRow {
                commune_id,
                commitment_id: c.id,
                title,
                starts_on: f.starts_on,
                due_on: f.due_on,
                created_at: now(),
            },
        )?;
        entry(
            actor,
            commune_id,
            "programme.action_add",
            format!("programme_commitment:{}", c.id),
        )
        .after(json!({ "action": a.id, "title": title }))
        .record(conn)?;
        Ok(a.id)
    })
}

/// Marks an action done on `on`.
pub fn complete_action(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    commitment_id: i64,
    action_id: i64,
    on: NaiveDate,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let c = store::commitment(conn, commune_id, commitment_id)?;
        if !store::complete_action(conn, commune_id, c.id, action_id, on)? {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "action done or unknown",
            ));
        }
        timeline(
            conn,
            commune_id,
            c.plan_id,
            Some(c.id),
            "action_done",
            Some(&action_id.to_string()),
        )?;
        entry(
            actor,
            commune_id,
            "programme.action_done",
            format!("programme_commitment:{}", c.id),
        )
        .after(json!({ "action": action_id, "done_on": on }))
        .record(conn)?;
        Ok(())
    })
}

/// A result or impact indicator: baseline, target, unit and period.
#[derive(Debug, Clone)]
pub struct IndicatorFacts {
    pub kind: IndicatorKind,
    pub name: String,
    pub unit: String,
    pub period: String,
    pub baseline: Quantity,
    pub target: Quantity,
}

/// Adds an indicator. Impact indicators are measured once the commitment is done; result
/// indicators from the start.
pub fn add_indicator(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    commitment_id: i64,
    f: &IndicatorFacts,
) -> Result<i64> {
    require_admin(actor, commune_id)?;
    let name = required(&f.name, "ind_name", MAX_LINE)?;
    let unit = optional(&f.unit, "ind_unit", 40)?;
    let period = optional(&f.period, "ind_period", 80)?;
    write_transaction(conn, |conn| {
        let c = store::commitment(conn, commune_id, commitment_id)?;
        if f.kind == IndicatorKind::Impact && c.status != CommitmentStatus::Done {
            return Err(Error::invalid("ind_kind", "prog-error-impact-after-done"));
        }
        let i = store::insert_indicator(
            conn,
            &NewIndicatorRow {
                commune_id,
                commitment_id: c.id,
                kind: f.kind,
                name,
                unit,
                period,
                baseline: f.baseline.0,
                target: f.target.0,
                created_at: now(),
            },
        )?;
        entry(
            actor,
            commune_id,
            "programme.indicator_add",
            format!("programme_commitment:{}", c.id),
        )
        .after(
            json!({ "indicator": i.id, "name": name, "baseline": f.baseline, "target": f.target }),
        )
        .record(conn)?;
        Ok(i.id)
    })
}

/// A measured value of an indicator, with its source.
#[derive(Debug, Clone)]
pub struct ValueFacts {
    pub indicator_id: i64,
    pub measured_on: NaiveDate,
    pub value: Quantity,
    pub source: String,
}

/// Records a value of one of the commitment's indicators (never in the future).
pub fn record_value(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    commitment_id: i64,
    f: &ValueFacts,
    today: NaiveDate,
) -> Result<i64> {
    require_admin(actor, commune_id)?;
    let source = required(&f.source, "value_source", MAX_LINE)?;
    if f.measured_on > today {
        return Err(Error::invalid("value_on", "prog-error-future"));
    }
    write_transaction(conn, |conn| {
        let c = store::commitment(conn, commune_id, commitment_id)?;
        let i = store::indicator(conn, commune_id, f.indicator_id)
            .ok()
            .filter(|i| i.commitment_id == c.id)
            .ok_or_else(|| Error::invalid("value_indicator", "field-choice"))?;
        let id = store::insert_value(
            conn,
            &NewValueRow {
                commune_id,
                indicator_id: i.id,
                measured_on: f.measured_on,
                value: f.value.0,
                source,
                created_at: now(),
            },
        )?;
        let detail = format!("{}|{}|{}", i.id, f.measured_on, f.value.plain());
        timeline(
            conn,
            commune_id,
            c.plan_id,
            Some(c.id),
            "value",
            Some(&detail),
        )?;
        entry(
            actor,
            commune_id,
            "programme.value_record",
            format!("programme_indicator:{}", i.id),
        )
        .after(json!({ "value": f.value, "on": f.measured_on, "source": source }))
        .record(conn)?;
        Ok(id)
    })
}

/// Evidence of implementation: a document or a link.
pub fn add_evidence(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    commitment_id: i64,
    title: &str,
    url: &str,
) -> Result<i64> {
    require_admin(actor, commune_id)?;
    let title = required(title, "evidence_title", MAX_LINE)?;
    let url = required(url, "evidence_url", 1000)?;
    let local = url.starts_with('/') && !url.starts_with("//");
    if !(url.starts_with("https://") || url.starts_with("http://") || local)
        || url.chars().any(char::is_whitespace)
    {
        return Err(Error::invalid("evidence_url", "prog-error-url"));
    }
    write_transaction(conn, |conn| {
        let c = store::commitment(conn, commune_id, commitment_id)?;
        let id = store::insert_evidence(
            conn,
            &NewEvidenceRow {
                commune_id,
                commitment_id: c.id,
                title,
                url,
                created_at: now(),
            },
        )?;
        timeline(
            conn,
            commune_id,
            c.plan_id,
            Some(c.id),
            "evidence",
            Some(title),
        )?;
        entry(
            actor,
            commune_id,
            "programme.evidence_add",
            format!("programme_commitment:{}", c.id),
        )
        .after(json!({ "evidence": id, "title": title, "url": url }))
        .record(conn)?;
        Ok(id)
    })
}

/// Checks an origin's reference through the crate that owns it. A petition is any
/// public (not draft) petition of the commune; a participatory-budget project is written
/// `cycle/proposal`; a deliberation is one of the commune's register; a body's advisory
/// opinion is written `body/opinion`; a consultation comment `consultation/comment`, and a
/// hidden comment cannot be cited.
fn check_origin(
    conn: &mut AnyConnection,
    commune_id: i64,
    kind: OriginKind,
    reference: &str,
) -> Result<String> {
    let bad = || Error::invalid("link_reference", "prog-error-origin");
    let number = |s: &str| s.trim().parse::<i64>().ok().filter(|n| *n > 0);
    match kind {
        OriginKind::Petition => {
            let id = number(reference).ok_or_else(bad)?;
            musharaka_petitions::service::visible(conn, None, commune_id, id).map_err(|_| bad())?;
            Ok(id.to_string())
        }
        OriginKind::PbProject => {
            let (cycle, proposal) = pair(reference).ok_or_else(bad)?;
            musharaka_budgets::store::proposal(conn, commune_id, cycle, proposal)
                .map_err(|_| bad())?;
            Ok(format!("{cycle}/{proposal}"))
        }
        OriginKind::Deliberation => {
            let id = number(reference).ok_or_else(bad)?;
            musharaka_councils::store::deliberation(conn, commune_id, id).map_err(|_| bad())?;
            Ok(id.to_string())
        }
        OriginKind::AdvisoryOpinion => {
            let (body, opinion) = pair(reference).ok_or_else(bad)?;
            let o =
                musharaka_bodies::store::opinion(conn, commune_id, opinion).map_err(|_| bad())?;
            if o.body_id != body {
                return Err(bad());
            }
            Ok(format!("{body}/{opinion}"))
        }
        OriginKind::ConsultationComment => {
            let (consultation, comment) = pair(reference).ok_or_else(bad)?;
            let c = musharaka_consultations::store::comment(conn, consultation, comment)
                .map_err(|_| bad())?;
            if c.commune_id != commune_id || c.hidden_at.is_some() {
                return Err(bad());
            }
            Ok(format!("{consultation}/{comment}"))
        }
    }
}

/// Two positive ids written `a/b` (a PB project, an opinion, a comment).
fn pair(reference: &str) -> Option<(i64, i64)> {
    let (a, b) = reference.trim().split_once('/')?;
    let id = |s: &str| s.trim().parse::<i64>().ok().filter(|n| *n > 0);
    Some((id(a)?, id(b)?))
}

/// Cites an origin of the commitment (a petition, a PB project, a deliberation, a body's
/// advisory opinion, a consultation comment): that origin's page then shows "became
/// commitment X, now at Y %" (see [`super::became`]).
pub fn add_link(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    commitment_id: i64,
    kind: OriginKind,
    reference: &str,
) -> Result<i64> {
    require_admin(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let c = store::commitment(conn, commune_id, commitment_id)?;
        let reference = check_origin(conn, commune_id, kind, reference)?;
        if store::link_exists(conn, c.id, kind.key(), &reference)? {
            return Err(Error::invalid("link_reference", "prog-error-link-exists"));
        }
        let id = store::insert_link(
            conn,
            &NewLinkRow {
                commune_id,
                commitment_id: c.id,
                kind: kind.key(),
                reference: &reference,
                checked: true,
                created_at: now(),
            },
        )?;
        let detail = format!("{}|{reference}", kind.key());
        timeline(
            conn,
            commune_id,
            c.plan_id,
            Some(c.id),
            "origin",
            Some(&detail),
        )?;
        entry(
            actor,
            commune_id,
            "programme.link_add",
            format!("programme_commitment:{}", c.id),
        )
        .after(json!({ "kind": kind.key(), "reference": reference }))
        .record(conn)?;
        Ok(id)
    })
}
