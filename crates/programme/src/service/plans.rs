//! Plans, their series, adoption by a deliberation, the steering committee and the
//! six-monthly monitoring rounds.

use super::*;

/// A new plan as the admin types it.
#[derive(Debug, Clone)]
pub struct PlanFacts {
    pub kind: PlanKind,
    pub title_ar: String,
    pub title_fr: String,
    pub summary: String,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

/// Creates a draft plan (the action programme must span six years, art. 78).
pub fn create_plan(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    f: &PlanFacts,
) -> Result<PlanRow> {
    require_admin(actor, commune_id)?;
    let title_ar = required(&f.title_ar, "title_ar", MAX_LINE)?;
    let title_fr = optional(&f.title_fr, "title_fr", MAX_LINE)?;
    let summary = optional(&f.summary, "summary", MAX_TEXT)?;
    if !rules::plan_span_ok(f.kind, f.starts_on, f.ends_on) {
        let msg = match f.kind {
            PlanKind::ActionProgramme => "prog-error-six-years",
            PlanKind::CommitmentPlan => "prog-error-dates",
        };
        return Err(Error::invalid("ends_on", msg));
    }
    write_transaction(conn, |conn| {
        let t = now();
        let plan = store::insert_plan(
            conn,
            &NewPlanRow {
                commune_id,
                kind: f.kind,
                title_ar,
                title_fr,
                summary,
                starts_on: f.starts_on,
                ends_on: f.ends_on,
                status: PlanStatus::Draft,
                created_at: t,
                updated_at: t,
            },
        )?;
        entry(
            actor,
            commune_id,
            "programme.plan_create",
            format!("programme_plan:{}", plan.id),
        )
        .after(json!({ "kind": plan.kind.key(), "title": plan.title_ar }))
        .record(conn)?;
        Ok(plan)
    })
}

/// Records the council's deliberation adopting the plan: the deliberation must exist in
/// this commune and be adopted (checked through `musharaka-councils`). The plan is public
/// from then on.
pub fn adopt_plan(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    plan_id: i64,
    deliberation_id: i64,
) -> Result<PlanRow> {
    require_admin(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let plan = store::plan(conn, commune_id, plan_id)?;
        if plan.status != PlanStatus::Draft {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "plan already adopted",
            ));
        }
        let d = musharaka_councils::store::deliberation(conn, commune_id, deliberation_id)
            .map_err(|_| Error::invalid("deliberation", "prog-error-deliberation"))?;
        if d.outcome != "adopted" {
            return Err(Error::invalid(
                "deliberation",
                "prog-error-deliberation-outcome",
            ));
        }
        if !store::adopt_plan(conn, plan.id, d.id, d.decided_on, now())? {
            return Err(ErrorKind::Conflict.into());
        }
        timeline(
            conn,
            commune_id,
            plan.id,
            None,
            "plan_adopted",
            Some(&d.number()),
        )?;
        entry(
            actor,
            commune_id,
            "programme.plan_adopt",
            format!("programme_plan:{}", plan.id),
        )
        .before(json!({ "status": plan.status.key() }))
        .after(json!({ "status": "adopted", "deliberation": d.id, "number": d.number() }))
        .record(conn)?;
        Ok(store::plan(conn, commune_id, plan.id)?)
    })
}

/// Adds a series of commitments (an axis of the plan) at the end.
pub fn add_series(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    plan_id: i64,
    title_ar: &str,
    title_fr: &str,
) -> Result<SeriesRow> {
    require_admin(actor, commune_id)?;
    let title_ar = required(title_ar, "series_title_ar", MAX_LINE)?;
    let title_fr = optional(title_fr, "series_title_fr", MAX_LINE)?;
    write_transaction(conn, |conn| {
        let plan = store::plan(conn, commune_id, plan_id)?;
        let s = store::insert_series(conn, commune_id, plan.id, title_ar, title_fr)?;
        entry(
            actor,
            commune_id,
            "programme.series_add",
            format!("programme_plan:{}", plan.id),
        )
        .after(json!({ "series": s.id, "title": s.title_ar }))
        .record(conn)?;
        Ok(s)
    })
}

/// A member of the steering committee.
#[derive(Debug, Clone)]
pub struct SteeringFacts {
    pub side: SteeringSide,
    pub name: String,
    pub organisation: String,
}

/// Adds a member to the plan's steering committee (commune or civil society side).
pub fn add_steering_member(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    plan_id: i64,
    f: &SteeringFacts,
) -> Result<i64> {
    require_admin(actor, commune_id)?;
    let name = required(&f.name, "member_name", MAX_LINE)?;
    let organisation = optional(&f.organisation, "member_org", MAX_LINE)?;
    write_transaction(conn, |conn| {
        let plan = store::plan(conn, commune_id, plan_id)?;
        let id = store::insert_steering(
            conn,
            &NewSteeringRow {
                commune_id,
                plan_id: plan.id,
                side: f.side.key(),
                name,
                organisation,
                created_at: now(),
            },
        )?;
        entry(
            actor,
            commune_id,
            "programme.steering_add",
            format!("programme_plan:{}", plan.id),
        )
        .after(json!({ "member": id, "side": f.side.key() }))
        .record(conn)?;
        Ok(id)
    })
}

/// The steering committee's composition: (commune, civil society) members.
pub fn steering_counts(members: &[SteeringRow]) -> (u32, u32) {
    let commune = members
        .iter()
        .filter(|m| m.side() == SteeringSide::Commune)
        .count() as u32;
    (commune, members.len() as u32 - commune)
}

/// Opens the monitoring round closing the half-year ending `period_end` (30 June or 31
/// December): the matrix of that round shows every value measured by then.
pub fn open_round(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    plan_id: i64,
    period_end: NaiveDate,
) -> Result<RoundRow> {
    require_admin(actor, commune_id)?;
    if !rules::is_half_year_end(period_end) {
        return Err(Error::invalid("period_end", "prog-error-half-year"));
    }
    write_transaction(conn, |conn| {
        let plan = store::plan(conn, commune_id, plan_id)?;
        if plan.status != PlanStatus::Adopted {
            return Err(Error::invalid("period_end", "prog-error-not-adopted"));
        }
        if store::rounds(conn, commune_id, plan.id)?
            .iter()
            .any(|r| r.period_end == period_end)
        {
            return Err(Error::invalid("period_end", "prog-error-round-exists"));
        }
        let label = rules::half_year_label(period_end);
        let r = store::insert_round(
            conn,
            &NewRoundRow {
                commune_id,
                plan_id: plan.id,
                label: &label,
                period_end,
                created_at: now(),
            },
        )?;
        timeline(
            conn,
            commune_id,
            plan.id,
            None,
            "round_opened",
            Some(&label),
        )?;
        entry(
            actor,
            commune_id,
            "programme.round_open",
            format!("programme_round:{}", r.id),
        )
        .after(json!({ "plan": plan.id, "label": label }))
        .record(conn)?;
        Ok(r)
    })
}

/// Records the steering committee's validation of a round's matrix; the committee must be
/// paritary ([`rules::steering_parity`]).
pub fn validate_round(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    commune_id: i64,
    plan_id: i64,
    round_id: i64,
    note: &str,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    let note = optional(note, "note", MAX_TEXT)?;
    write_transaction(conn, |conn| {
        let r = store::round(conn, commune_id, plan_id, round_id)?;
        let members = store::steering(conn, commune_id, plan_id)?;
        let (c, s) = steering_counts(&members);
        if let Err(p) = rules::steering_parity(c, s) {
            let msg = match p {
                rules::SteeringProblem::MissingSide => "prog-error-steering-missing",
                rules::SteeringProblem::NotParitary => "prog-error-steering-parity",
            };
            return Err(Error::invalid("note", msg));
        }
        if !store::validate_round(conn, r.id, note, now())? {
            return Err(Error::with_cause(
                ErrorKind::Conflict,
                "round already validated",
            ));
        }
        timeline(
            conn,
            commune_id,
            plan_id,
            None,
            "round_validated",
            Some(&r.label),
        )?;
        entry(
            actor,
            commune_id,
            "programme.round_validate",
            format!("programme_round:{}", r.id),
        )
        .before(json!({ "validated": false }))
        .after(json!({ "validated": true, "note": note, "steering": [c, s] }))
        .record(conn)?;
        Ok(())
    })
}
