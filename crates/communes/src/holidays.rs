//! The movable public holidays (Eid al-Fitr, Eid al-Adha, 1 Muharram, Mawlid): they follow
//! the moon sighting, so the platform administrator enters their dates each year. With the
//! fixed civil holidays built into [`musharaka_core::calendar`] they make the working-day
//! calendar every domain counts its deadlines with ([`calendar`]).

use chrono::{Datelike, NaiveDate};
use diesel::prelude::*;
use musharaka_core::calendar::{MovableHoliday, WorkingCalendar};
use musharaka_core::{Error, ErrorKind, Result};
use musharaka_db::audit::{self, AuditEntry};
use musharaka_db::schema::holidays;
use musharaka_db::AnyConnection;
use musharaka_identity::Permissions;
use serde::Serialize;

/// One entered day off.
#[derive(Debug, Clone, Queryable, Selectable, Serialize)]
#[diesel(table_name = holidays)]
pub struct Holiday {
    pub id: i64,
    pub day: NaiveDate,
    pub kind: String,
    pub created_at: chrono::NaiveDateTime,
}

impl Holiday {
    /// The kind, when it is one the platform knows.
    pub fn kind(&self) -> Option<MovableHoliday> {
        MovableHoliday::from_key(&self.kind)
    }
}

/// The first year and the last year a holiday may be entered for (beyond that a typo).
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

pub mod store {
    //! Every query on `holidays`.
    use super::*;

    pub fn all(conn: &mut AnyConnection) -> QueryResult<Vec<Holiday>> {
        holidays::table
            .order((holidays::day, holidays::id))
            .select(Holiday::as_select())
            .load(conn)
    }

    pub fn days(conn: &mut AnyConnection) -> QueryResult<Vec<NaiveDate>> {
        holidays::table.select(holidays::day).load(conn)
    }

    pub fn find(conn: &mut AnyConnection, id: i64) -> QueryResult<Option<Holiday>> {
        holidays::table
            .find(id)
            .select(Holiday::as_select())
            .first(conn)
            .optional()
    }

    pub fn exists(conn: &mut AnyConnection, day: NaiveDate) -> QueryResult<bool> {
        diesel::select(diesel::dsl::exists(
            holidays::table.filter(holidays::day.eq(day)),
        ))
        .get_result(conn)
    }

    pub fn insert(conn: &mut AnyConnection, day: NaiveDate, kind: &str) -> QueryResult<Holiday> {
        diesel::insert_into(holidays::table)
            .values((
                holidays::day.eq(day),
                holidays::kind.eq(kind),
                holidays::created_at.eq(musharaka_core::time::now()),
            ))
            .returning(holidays::all_columns)
            .get_result(conn)
    }

    pub fn delete(conn: &mut AnyConnection, id: i64) -> QueryResult<usize> {
        diesel::delete(holidays::table.find(id)).execute(conn)
    }
}

/// The working-day calendar: the built-in fixed holidays plus every entered date.
pub fn calendar(conn: &mut AnyConnection) -> Result<WorkingCalendar> {
    Ok(WorkingCalendar::default().with_holiday_dates(store::days(conn)?))
}

/// Every entered holiday, by date (platform admin).
pub fn list(conn: &mut AnyConnection, actor: &Permissions) -> Result<Vec<Holiday>> {
    require_platform_admin(actor)?;
    Ok(store::all(conn)?)
}

fn require_platform_admin(actor: &Permissions) -> Result<()> {
    if actor.is_platform_admin() {
        Ok(())
    } else {
        Err(ErrorKind::Forbidden.into())
    }
}

fn log(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    action: &str,
    h: &Holiday,
) -> Result<()> {
    let facts = serde_json::json!({ "day": h.day, "kind": h.kind });
    let (before, after) = if action == "holiday.removed" {
        (Some(facts), None)
    } else {
        (None, Some(facts))
    };
    audit::record(
        conn,
        AuditEntry {
            commune_id: None,
            actor_id: actor.map(|a| a.account.id),
            action,
            target: format!("holiday:{}", h.id),
            before,
            after,
        },
    )?;
    Ok(())
}

/// Enters a movable holiday (platform admin; audited). A day already entered is a field
/// error on `day`.
pub fn add(
    conn: &mut AnyConnection,
    actor: &Permissions,
    day: NaiveDate,
    kind: MovableHoliday,
) -> Result<Holiday> {
    require_platform_admin(actor)?;
    insert(conn, Some(actor), day, kind)
}

fn insert(
    conn: &mut AnyConnection,
    actor: Option<&Permissions>,
    day: NaiveDate,
    kind: MovableHoliday,
) -> Result<Holiday> {
    if !YEARS.contains(&day.year()) {
        return Err(Error::invalid("day", "holiday-error-year"));
    }
    conn.transaction(|conn| {
        if store::exists(conn, day)? {
            return Err(Error::field(
                ErrorKind::Conflict,
                "day",
                "holiday-error-taken",
            ));
        }
        let h = store::insert(conn, day, kind.key())?;
        log(conn, actor, "holiday.added", &h)?;
        Ok(h)
    })
}

/// Removes an entered holiday (platform admin; audited).
pub fn remove(conn: &mut AnyConnection, actor: &Permissions, id: i64) -> Result<()> {
    require_platform_admin(actor)?;
    conn.transaction(|conn| {
        let h = store::find(conn, id)?.ok_or(ErrorKind::NotFound)?;
        store::delete(conn, id)?;
        log(conn, Some(actor), "holiday.removed", &h)
    })
}

/// The expected movable holidays of 2026 and 2027 (astronomical estimates; the platform
/// admin corrects them after the moon sighting). Used by the demo loader.
pub const EXPECTED_2026_2027: [(i32, u32, u32, MovableHoliday); 14] = [
    (2026, 3, 20, MovableHoliday::EidAlFitr),
    (2026, 3, 21, MovableHoliday::EidAlFitr),
    (2026, 5, 27, MovableHoliday::EidAlAdha),
    (2026, 5, 28, MovableHoliday::EidAlAdha),
    (2026, 6, 17, MovableHoliday::Muharram),
    (2026, 8, 26, MovableHoliday::Mawlid),
    (2026, 8, 27, MovableHoliday::Mawlid),
    (2027, 3, 10, MovableHoliday::EidAlFitr),
    (2027, 3, 11, MovableHoliday::EidAlFitr),
    (2027, 5, 17, MovableHoliday::EidAlAdha),
    (2027, 5, 18, MovableHoliday::EidAlAdha),
    (2027, 6, 7, MovableHoliday::Muharram),
    (2027, 8, 16, MovableHoliday::Mawlid),
    (2027, 8, 17, MovableHoliday::Mawlid),
];

/// Demo loader: enters [`EXPECTED_2026_2027`] (days already entered are kept), audited
/// without an actor, like the rest of the demo.
pub fn load_expected(conn: &mut AnyConnection) -> Result<usize> {
    let mut n = 0;
    for (y, m, d, kind) in EXPECTED_2026_2027 {
        let Some(day) = NaiveDate::from_ymd_opt(y, m, d) else {
            continue;
        };
        if store::exists(conn, day)? {
            continue;
        }
        insert(conn, None, day, kind)?;
        n += 1;
    }
    Ok(n)
}
