//! Unit tests of the council rules, one file a topic; each test names the article it pins.

use super::*;
use crate::model::ExtraordinaryTrigger as Trig;

mod acts;
mod agenda;
mod sessions;
mod sittings;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
}

const FEB: SessionKind = SessionKind::Ordinary(OrdinaryMonth::February);
const GOVERNOR: SessionKind = SessionKind::Extraordinary(Trig::Governor);
const PRESIDENT_EXTRA: SessionKind = SessionKind::Extraordinary(Trig::President);

fn cal() -> WorkingCalendar {
    WorkingCalendar::default()
}
