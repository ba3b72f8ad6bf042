//! Working days and calendar arithmetic, shared by every domain (councils, petitions, …).
//!
//! Several deadlines of organic law 113.14 are counted in working days (أيام العمل): the
//! extension of an ordinary session (art. 34), the length of an extraordinary session
//! (art. 36) and the third convocation (art. 42). Whether a day is worked depends on the
//! weekend and on public holidays. Holidays are data: the fixed civil holidays of Morocco are
//! built in ([`MOROCCO_FIXED_HOLIDAYS`]); the religious holidays (Eid al-Fitr, Eid al-Adha,
//! 1 Muharram, Mawlid) follow the moon sighting, so the platform administrator enters their
//! dates each year and the caller builds the calendar with
//! [`WorkingCalendar::with_holiday_dates`]. Pure: no database, no clock.
//!
//! Everything works on `NaiveDate` in the commune's local calendar (Africa/Casablanca): the
//! caller converts a timestamp to a local date before asking.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// A public holiday that falls on the same day every year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FixedHoliday {
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
}

/// Morocco's fixed-date public holidays: New Year (1 Jan), Independence Manifesto (11 Jan),
/// Amazigh New Year / Yennayer (14 Jan), Labour Day (1 May), Throne Day (30 Jul), Oued
/// Eddahab (14 Aug), Revolution of the King and the People (20 Aug), Youth Day (21 Aug),
/// Green March (6 Nov), Independence Day (18 Nov).
pub const MOROCCO_FIXED_HOLIDAYS: [FixedHoliday; 10] = [
    FixedHoliday { month: 1, day: 1 },
    FixedHoliday { month: 1, day: 11 },
    FixedHoliday { month: 1, day: 14 },
    FixedHoliday { month: 5, day: 1 },
    FixedHoliday { month: 7, day: 30 },
    FixedHoliday { month: 8, day: 14 },
    FixedHoliday { month: 8, day: 20 },
    FixedHoliday { month: 8, day: 21 },
    FixedHoliday { month: 11, day: 6 },
    FixedHoliday { month: 11, day: 18 },
];

/// Which days are worked: Monday to Friday, minus public holidays.
///
/// `Default` gives the Moroccan fixed-date holidays and no movable ones; add the religious
/// holidays of the year with [`WorkingCalendar::with_holiday_dates`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WorkingCalendar {
    /// Holidays recurring on the same day every year.
    pub fixed: Vec<FixedHoliday>,
    /// One-off holidays (Eid al-Fitr, Eid al-Adha, 1 Muharram, Mawlid, …) as dates.
    pub dates: BTreeSet<NaiveDate>,
}

impl Default for WorkingCalendar {
    fn default() -> Self {
        Self {
            fixed: MOROCCO_FIXED_HOLIDAYS.to_vec(),
            dates: BTreeSet::new(),
        }
    }
}

impl WorkingCalendar {
    /// A calendar with only weekends off (useful in tests and as a base).
    pub fn weekends_only() -> Self {
        Self {
            fixed: Vec::new(),
            dates: BTreeSet::new(),
        }
    }

    /// Adds one-off holiday dates (the movable religious holidays of a year).
    pub fn with_holiday_dates(mut self, dates: impl IntoIterator<Item = NaiveDate>) -> Self {
        self.dates.extend(dates);
        self
    }

    /// Whether `date` is a public holiday (fixed or one-off).
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.dates.contains(&date)
            || self
                .fixed
                .iter()
                .any(|h| h.month == date.month() && h.day == date.day())
    }

    /// Whether `date` is a working day: not Saturday, not Sunday, not a holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !self.is_holiday(date)
    }

    /// `date` itself if it is a working day, otherwise the next working day.
    pub fn working_day_on_or_after(&self, date: NaiveDate) -> NaiveDate {
        let mut d = date;
        while !self.is_working_day(d) {
            d = next_day(d);
        }
        d
    }

    /// The first working day strictly after `date`.
    pub fn next_working_day(&self, date: NaiveDate) -> NaiveDate {
        self.working_day_on_or_after(next_day(date))
    }

    /// The `n`-th working day strictly after `date` (`n = 0` gives `date` back).
    pub fn add_working_days(&self, date: NaiveDate, n: u32) -> NaiveDate {
        (0..n).fold(date, |d, _| self.next_working_day(d))
    }

    /// The last day of a run of `n` working days beginning on `start` (which counts as the
    /// first if it is worked). `n = 0` gives `start` back.
    pub fn last_of_working_days_from(&self, start: NaiveDate, n: u32) -> NaiveDate {
        if n == 0 {
            return start;
        }
        let first = self.working_day_on_or_after(start);
        self.add_working_days(first, n - 1)
    }

    /// The first working day of a month. `None` only for an invalid month.
    pub fn first_working_day_of_month(&self, year: i32, month: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, month, 1).map(|d| self.working_day_on_or_after(d))
    }
}

/// The kinds of movable (religious) holidays the platform administrator enters each year.
/// Stored by [`MovableHoliday::key`]; each kind has a Fluent message `holiday-<key>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MovableHoliday {
    /// 1 Shawwal (and the day after, entered as a second date).
    EidAlFitr,
    /// 10 Dhu al-Hijja (and the day after).
    EidAlAdha,
    /// 1 Muharram, the Hijri new year.
    Muharram,
    /// 12 Rabi' al-awwal, the Prophet's birthday (and the day after).
    Mawlid,
}

impl MovableHoliday {
    pub const ALL: [MovableHoliday; 4] = [
        MovableHoliday::EidAlFitr,
        MovableHoliday::EidAlAdha,
        MovableHoliday::Muharram,
        MovableHoliday::Mawlid,
    ];

    /// The stored key (also the suffix of its Fluent message `holiday-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            MovableHoliday::EidAlFitr => "eid-al-fitr",
            MovableHoliday::EidAlAdha => "eid-al-adha",
            MovableHoliday::Muharram => "muharram",
            MovableHoliday::Mawlid => "mawlid",
        }
    }

    /// The kind stored under `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|h| h.key() == key)
    }
}

/// The day after `date` (saturates at chrono's maximum date, which no deadline reaches).
pub fn next_day(date: NaiveDate) -> NaiveDate {
    date.succ_opt().unwrap_or(date)
}

/// `date` plus `days` calendar days (saturating).
pub fn plus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_add_days(Days::new(days)).unwrap_or(date)
}

/// `date` minus `days` calendar days (saturating).
pub fn minus_days(date: NaiveDate, days: u64) -> NaiveDate {
    date.checked_sub_days(Days::new(days)).unwrap_or(date)
}

/// `date` plus `months` calendar months: the same day of the month, or the month's last day
/// when it is shorter (30 Nov + 3 months = 28 or 29 Feb; 29 Feb + 12 months = 28 Feb).
/// This single reading is used for every "N months" and "N years" period in the crates.
pub fn plus_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn weekends_are_not_working_days() {
        let cal = WorkingCalendar::weekends_only();
        assert!(cal.is_working_day(d(2027, 1, 15))); // Friday
        assert!(!cal.is_working_day(d(2027, 1, 16))); // Saturday
        assert!(!cal.is_working_day(d(2027, 1, 17))); // Sunday
        assert!(cal.is_working_day(d(2027, 1, 18))); // Monday
    }

    #[test]
    fn default_calendar_has_the_fixed_moroccan_holidays() {
        let cal = WorkingCalendar::default();
        for (m, day) in [
            (1, 1),
            (1, 11),
            (1, 14),
            (5, 1),
            (7, 30),
            (8, 14),
            (8, 20),
            (8, 21),
            (11, 6),
            (11, 18),
        ] {
            assert!(cal.is_holiday(d(2027, m, day)), "{m}/{day}");
        }
        assert!(!cal.is_holiday(d(2027, 1, 12)));
    }

    #[test]
    fn movable_holidays_are_settable() {
        let eid = d(2027, 3, 10); // a Wednesday
        let cal = WorkingCalendar::default().with_holiday_dates([eid]);
        assert!(!cal.is_working_day(eid));
        assert_eq!(cal.next_working_day(d(2027, 3, 9)), d(2027, 3, 11));
    }

    #[test]
    fn adding_working_days_skips_weekends_and_holidays() {
        let cal = WorkingCalendar::default();
        // Thu 29 Apr 2027 + 2 working days: Fri 30 Apr, (1 May Sat), Mon 3 May.
        assert_eq!(cal.add_working_days(d(2027, 4, 29), 2), d(2027, 5, 3));
        assert_eq!(cal.add_working_days(d(2027, 4, 29), 0), d(2027, 4, 29));
    }

    #[test]
    fn run_of_working_days_counts_the_start() {
        let cal = WorkingCalendar::weekends_only();
        // Mon 1 Feb 2027: 7 working days end on Tue 9 Feb.
        assert_eq!(
            cal.last_of_working_days_from(d(2027, 2, 1), 7),
            d(2027, 2, 9)
        );
        // Starting on a Saturday: the run begins on Monday.
        assert_eq!(
            cal.last_of_working_days_from(d(2027, 1, 30), 1),
            d(2027, 2, 1)
        );
    }

    #[test]
    fn first_working_day_of_month_skips_holidays_and_weekends() {
        let cal = WorkingCalendar::default();
        // 1 May 2026 is a Friday and Labour Day: Monday 4 May.
        assert_eq!(cal.first_working_day_of_month(2026, 5), Some(d(2026, 5, 4)));
        // 1 Jan 2027 (Fri) is a holiday: Monday 4 Jan.
        assert_eq!(cal.first_working_day_of_month(2027, 1), Some(d(2027, 1, 4)));
        assert_eq!(cal.first_working_day_of_month(2027, 13), None);
    }

    #[test]
    fn art_34_extension_skips_an_entered_eid() {
        // Law 113.14 art. 34: one extension of at most 7 consecutive working days.
        // Eid al-Fitr 2027 expected on Tue 9 and Wed 10 March (entered by the admin).
        let cal = WorkingCalendar::default().with_holiday_dates([d(2027, 3, 9), d(2027, 3, 10)]);
        // A session ending Mon 8 March: 11, 12, 15, 16, 17, 18, 19 March.
        assert_eq!(cal.add_working_days(d(2027, 3, 8), 7), d(2027, 3, 19));
        // Without the entered dates the built-in calendar knows nothing of the moon.
        assert_eq!(
            WorkingCalendar::default().add_working_days(d(2027, 3, 8), 7),
            d(2027, 3, 17)
        );
    }

    #[test]
    fn art_36_extraordinary_session_skips_yennayer() {
        // Art. 36: an extraordinary session closes within 7 consecutive working days.
        // Yennayer (14 Jan) is a public holiday since 2024: a run starting Wed 13 Jan 2027
        // is 13, 15, 18, 19, 20, 21, 22 January.
        let cal = WorkingCalendar::default();
        assert_eq!(
            cal.last_of_working_days_from(d(2027, 1, 13), 7),
            d(2027, 1, 22)
        );
        assert_eq!(
            WorkingCalendar::weekends_only().last_of_working_days_from(d(2027, 1, 13), 7),
            d(2027, 1, 21)
        );
    }

    #[test]
    fn movable_holiday_keys_round_trip() {
        for h in MovableHoliday::ALL {
            assert_eq!(MovableHoliday::from_key(h.key()), Some(h));
        }
        assert_eq!(MovableHoliday::from_key("christmas"), None);
    }

    #[test]
    fn months_clamp_to_the_end_of_shorter_months() {
        assert_eq!(plus_months(d(2026, 11, 30), 3), d(2027, 2, 28));
        assert_eq!(plus_months(d(2027, 11, 30), 3), d(2028, 2, 29));
        assert_eq!(plus_months(d(2028, 2, 29), 12), d(2029, 2, 28));
        assert_eq!(plus_months(d(2027, 1, 15), 3), d(2027, 4, 15));
    }
}
