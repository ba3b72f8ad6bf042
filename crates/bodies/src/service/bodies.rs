//! Bodies (arts. 119–120), their secretaries, members and work programme.

use super::{
    all_fields, audit_added, body_run_by, not_dissolved, optional, require_admin, required,
};
use crate::model::{ActivityStatus, BodyKind, BodyStatus};
use crate::records::{ActivityInput, ActivityRow, BodyFacts, BodyRow, MemberFactsInput, MemberRow};
use crate::{rules, store};
use chrono::NaiveDate;
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_db::{write_transaction, AnyConnection};
use musharaka_identity::{store as accounts, Permissions, Role};
use serde_json::json;

fn check_facts(f: &BodyFacts) -> Result<BodyFacts> {
    let mut out = f.clone();
    let target = |v: Option<i32>, field: &str| match v {
        Some(p) if !rules::valid_target(i64::from(p)) => {
            Err(Error::invalid(field, "bod-error-target"))
        }
        _ => Ok(()),
    };
    let kind = match f.kind {
        Some(_) => Ok(()),
        None => Err(Error::invalid("kind", "field-required")),
    };
    let name_ar = required(&f.name_ar, "name_ar", 200).map(|v| out.name_ar = v);
    let name_fr = required(&f.name_fr, "name_fr", 200).map(|v| out.name_fr = v);
    all_fields(vec![
        kind,
        name_ar,
        name_fr,
        target(f.target_women_pct, "target_women_pct"),
        target(f.target_youth_pct, "target_youth_pct"),
        target(f.target_associations_pct, "target_associations_pct"),
    ])?;
    out.mission = f.mission.trim().to_string();
    out.founding_reference = optional(f.founding_reference.as_deref());
    Ok(out)
}

/// Creates a body, being formed (the focal point; art. 120 for the equality body).
pub fn create_body(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    facts: &BodyFacts,
) -> Result<BodyRow> {
    require_admin(actor, commune_id)?;
    let f = check_facts(facts)?;
    let kind = f.kind.unwrap_or(BodyKind::Thematic);
    write_transaction(conn, |conn| {
        let b = store::insert_body(conn, commune_id, &f, kind, BodyStatus::Forming)?;
        actor
            .audit(commune_id, "body.create", format!("body:{}", b.id))
            .after(json!(b))
            .record(conn)?;
        Ok(b)
    })
}

/// Edits a body's facts and targets (the focal point).
pub fn edit_body(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    facts: &BodyFacts,
) -> Result<BodyRow> {
    require_admin(actor, commune_id)?;
    let f = check_facts(facts)?;
    let kind = f.kind.unwrap_or(BodyKind::Thematic);
    write_transaction(conn, |conn| {
        let before = store::body(conn, commune_id, id)?;
        store::update_body(conn, id, &f, kind)?;
        let after = store::body(conn, commune_id, id)?;
        actor
            .audit(commune_id, "body.edit", format!("body:{id}"))
            .before(json!(before))
            .after(json!(after))
            .record(conn)?;
        Ok(after)
    })
}

/// Activates or dissolves a body (the focal point).
pub fn set_body_status(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    to: BodyStatus,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let b = store::body(conn, commune_id, id)?;
        if !b.status.can_become(to) || !store::set_body_status_if(conn, id, b.status, to)? {
            return Err(Error::with_cause(ErrorKind::Conflict, "body status"));
        }
        actor.audit_decision(conn, &b, "body.status", json!({ "status": to.key() }))?;
        Ok(())
    })
}

/// Attaches the body's internal rules (a PDF, public): `keep` stores the file and answers
/// its upload id, run only once the focal point's right is checked, in the transaction.
pub fn set_rules_document(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    keep: impl FnOnce(&mut AnyConnection) -> Result<i64>,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let before = store::body(conn, commune_id, id)?;
        let upload_id = keep(conn)?;
        store::set_rules_upload(conn, id, upload_id)?;
        actor
            .audit(commune_id, "body.rules", format!("body:{id}"))
            .before(json!({ "upload_id": before.rules_upload_id }))
            .after(json!({ "upload_id": upload_id }))
            .record(conn)?;
        Ok(())
    })
}

/// Assigns a secretary to a body (the focal point): an account holding the
/// `body_secretary` role in this commune.
pub fn assign_secretary(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
    email: &str,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    let email = required(email, "email", 200)?;
    write_transaction(conn, |conn| {
        store::body(conn, commune_id, body_id)?;
        let not_secretary = || Error::invalid("email", "bod-error-not-secretary");
        let account = accounts::account_by_email(conn, &email)?.ok_or_else(not_secretary)?;
        let roles = accounts::roles_of(conn, account.id)?;
        if !roles.contains(&(commune_id, Role::BodySecretary)) {
            return Err(not_secretary());
        }
        if store::is_secretary(conn, body_id, account.id)? {
            return Ok(());
        }
        store::add_secretary(conn, commune_id, body_id, account.id, actor.account.id)?;
        actor
            .audit(
                commune_id,
                "body.secretary.assign",
                format!("body:{body_id}"),
            )
            .after(json!({ "account_id": account.id }))
            .record(conn)?;
        Ok(())
    })
}

/// Ends a secretary's assignment to a body (the focal point).
pub fn unassign_secretary(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
    account_id: i64,
) -> Result<()> {
    require_admin(actor, commune_id)?;
    write_transaction(conn, |conn| {
        store::body(conn, commune_id, body_id)?;
        if !store::remove_secretary(conn, body_id, account_id)? {
            return Err(ErrorKind::NotFound.into());
        }
        actor
            .audit(
                commune_id,
                "body.secretary.unassign",
                format!("body:{body_id}"),
            )
            .before(json!({ "account_id": account_id }))
            .record(conn)?;
        Ok(())
    })
}

/// Adds a member (the body's secretary). A replacement takes the seat of a member in
/// office, who leaves the day the replacement's term begins.
pub fn add_member(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
    m: &MemberFactsInput,
) -> Result<MemberRow> {
    let mut m = m.clone();
    let name = required(&m.name, "name", 200).map(|v| m.name = v);
    let term = match m.term_end {
        Some(end) if end < m.term_start => Err(Error::invalid("term_end", "bod-error-term")),
        _ => Ok(()),
    };
    all_fields(vec![name, term])?;
    m.association_name = optional(m.association_name.as_deref());
    m.email = optional(m.email.as_deref());
    write_transaction(conn, |conn| {
        not_dissolved(body_run_by(conn, actor, commune_id, body_id)?)?;
        if let Some(old) = m.replaces_member_id {
            let replaced = store::member(conn, body_id, old)
                .map_err(|_| Error::invalid("replaces_member_id", "bod-error-replaced"))?;
            if !replaced.in_office(m.term_start) || !store::set_left(conn, old, m.term_start)? {
                return Err(Error::invalid("replaces_member_id", "bod-error-replaced"));
            }
        }
        let row = store::insert_member(conn, commune_id, body_id, &m)?;
        let what = ("body.member.add", format!("body_member:{}", row.id));
        audit_added(conn, actor, commune_id, what, &row)?;
        Ok(row)
    })
}

/// Records that a member left the body on `on` (the body's secretary).
pub fn end_member(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
    member_id: i64,
    on: NaiveDate,
) -> Result<()> {
    write_transaction(conn, |conn| {
        body_run_by(conn, actor, commune_id, body_id)?;
        let m = store::member(conn, body_id, member_id)?;
        if on < m.term_start || !store::set_left(conn, member_id, on)? {
            return Err(Error::invalid("left_on", "bod-error-left"));
        }
        actor
            .audit(
                commune_id,
                "body.member.leave",
                format!("body_member:{member_id}"),
            )
            .after(json!({ "left_on": on }))
            .record(conn)?;
        Ok(())
    })
}

/// Adds an activity to the body's yearly work programme (the body's secretary).
pub fn add_activity(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
    a: &ActivityInput,
) -> Result<ActivityRow> {
    let mut a = a.clone();
    let title = required(&a.title, "title", 300).map(|v| a.title = v);
    let year = if (2000..=2100).contains(&a.year) {
        Ok(())
    } else {
        Err(Error::invalid("year", "field-number"))
    };
    all_fields(vec![title, year])?;
    write_transaction(conn, |conn| {
        body_run_by(conn, actor, commune_id, body_id)?;
        let row = store::insert_activity(conn, commune_id, body_id, &a)?;
        let what = ("body.activity.add", format!("body_activity:{}", row.id));
        audit_added(conn, actor, commune_id, what, &row)?;
        Ok(row)
    })
}

/// Marks an activity done (with its output) or cancelled (the body's secretary).
pub fn update_activity(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    body_id: i64,
    activity_id: i64,
    status: ActivityStatus,
    output: Option<&str>,
) -> Result<()> {
    write_transaction(conn, |conn| {
        body_run_by(conn, actor, commune_id, body_id)?;
        let before = store::activity(conn, body_id, activity_id)?;
        let output = optional(output);
        store::set_activity(conn, activity_id, status, output.as_deref())?;
        actor
            .audit(
                commune_id,
                "body.activity.update",
                format!("body_activity:{activity_id}"),
            )
            .before(json!({ "status": before.status.key(), "output": before.output }))
            .after(json!({ "status": status.key(), "output": output }))
            .record(conn)?;
        Ok(())
    })
}
