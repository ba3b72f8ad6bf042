//! In-person workshops: when, where, on which theme or district, who facilitated, how many
//! were invited and came by category and gender (counts, never names), and what came out.

use super::*;
use crate::model::{Category, Focus};
use crate::records::NewAttendance;
use chrono::NaiveDate;
use musharaka_db::write_transaction;

/// Most people one workshop line may count (a guard against typing errors).
pub const MAX_ATTENDANCE: i32 = 5000;

/// A workshop as staff record it.
#[derive(Debug, Clone)]
pub struct WorkshopInput {
    pub held_on: NaiveDate,
    pub place: String,
    pub focus: Focus,
    pub topic: String,
    pub facilitators: String,
    pub invitations: i32,
    pub outputs: String,
    /// (category, women, men)
    pub attendance: Vec<(Category, i32, i32)>,
}

/// Records a workshop held on or before `today` (it appears in the consultation's
/// timeline beside the online channel). Audited; returns its id.
pub fn record_workshop(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    w: &WorkshopInput,
    today: NaiveDate,
) -> Result<i64> {
    require_owner(actor, commune_id)?;
    let mut err = Error::new(ErrorKind::InvalidInput);
    let place = text(&mut err, "place", &w.place, 300, true);
    let topic = text(&mut err, "topic", &w.topic, 300, true);
    let facilitators = text(&mut err, "facilitators", &w.facilitators, 1000, false);
    let outputs = text(&mut err, "outputs", &w.outputs, 20_000, false);
    if w.held_on > today {
        err.fields
            .push(("held_on".into(), "cons-error-future-workshop".into()));
    }
    if !(0..=MAX_ATTENDANCE).contains(&w.invitations) {
        err.fields
            .push(("invitations".into(), "field-number".into()));
    }
    for (cat, women, men) in &w.attendance {
        for (n, sex) in [(women, "women"), (men, "men")] {
            if !(0..=MAX_ATTENDANCE).contains(n) {
                err.fields
                    .push((format!("{sex}_{}", cat.key()), "field-number".into()));
            }
        }
    }
    checked(err)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        let wid = store::insert_workshop(
            conn,
            &store::NewWorkshop {
                commune_id,
                consultation_id: id,
                held_on: w.held_on,
                place,
                focus: w.focus.key(),
                topic,
                facilitators,
                invitations: w.invitations,
                outputs,
            },
        )?;
        let mut total = 0;
        for (cat, women, men) in w.attendance.iter().filter(|(_, a, b)| a + b > 0) {
            let attendance = NewAttendance {
                workshop_id: wid,
                commune_id,
                category: cat.key(),
                women: *women,
                men: *men,
            };
            store::insert_attendance(conn, &attendance)?;
            total += women + men;
        }
        actor.audit_decision(
            conn,
            &c,
            "consultation.workshop_record",
            json!({ "workshop": wid, "held_on": w.held_on, "attended": total }),
        )?;
        Ok(wid)
    })
}

/// Stores a photo of a workshop's flip charts (`store_upload`, a public image) and links
/// it, in one transaction: a refused photo leaves no upload record. Audited.
pub fn add_workshop_photo(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
    workshop_id: i64,
    store_upload: impl FnOnce(&mut AnyConnection) -> Result<i64>,
) -> Result<()> {
    require_owner(actor, commune_id)?;
    write_transaction(conn, |conn| {
        let c = store::consultation(conn, commune_id, id)?;
        if !store::workshops(conn, id)?
            .iter()
            .any(|w| w.id == workshop_id)
        {
            return Err(ErrorKind::NotFound.into());
        }
        let upload_id = store_upload(conn)?;
        store::insert_photo(conn, commune_id, workshop_id, upload_id)?;
        actor.audit_decision(
            conn,
            &c,
            "consultation.workshop_photo",
            json!({ "workshop": workshop_id, "upload": upload_id }),
        )
    })
}
