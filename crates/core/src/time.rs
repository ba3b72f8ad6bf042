//! Time: stored in UTC, shown in Africa/Casablanca in the page's language.

use crate::i18n::{I18n, Lang};
use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Africa::Casablanca;

/// Now, in UTC, without the offset (the database stores plain UTC timestamps).
pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

/// A fixed calendar date (demo data, imports); one that does not exist is an internal error.
pub fn ymd(y: i32, m: u32, d: u32) -> crate::Result<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| crate::Error::internal("no such date"))
}

/// `date` at `hour`:00.
pub fn at_hour(date: NaiveDate, hour: u32) -> crate::Result<NaiveDateTime> {
    date.and_hms_opt(hour, 0, 0)
        .ok_or_else(|| crate::Error::internal("no such hour"))
}

/// The calendar date in Casablanca for a UTC timestamp.
pub fn local_date(utc: NaiveDateTime) -> NaiveDate {
    DateTime::<Utc>::from_naive_utc_and_offset(utc, Utc)
        .with_timezone(&Casablanca)
        .date_naive()
}

/// Today's date in Casablanca: the "today" every deadline and page is reckoned on.
pub fn today() -> NaiveDate {
    local_date(now())
}

/// A wall-clock time typed in Casablanca, as UTC for storage (the earliest reading if the
/// clock changed that hour).
pub fn casablanca_to_utc(local: NaiveDateTime) -> NaiveDateTime {
    use chrono::TimeZone;
    Casablanca
        .from_local_datetime(&local)
        .earliest()
        .map_or(local, |t| t.naive_utc())
}

/// "29 novembre 2026" / "29 نونبر 2026": month names come from the Fluent files.
pub fn format_date(i18n: &I18n, lang: Lang, date: NaiveDate) -> String {
    let month = i18n.t(lang, &format!("month-{}", date.month()), &[]);
    format!("{} {} {}", date.day(), month, date.year())
}

/// A UTC timestamp shown as a Casablanca date and time.
pub fn format_datetime(i18n: &I18n, lang: Lang, utc: NaiveDateTime) -> String {
    let local = DateTime::<Utc>::from_naive_utc_and_offset(utc, Utc).with_timezone(&Casablanca);
    format!(
        "{} {}",
        format_date(i18n, lang, local.date_naive()),
        local.format("%H:%M")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casablanca_is_ahead_of_utc_outside_ramadan() {
        let utc = NaiveDate::from_ymd_opt(2026, 11, 28)
            .and_then(|d| d.and_hms_opt(23, 30, 0))
            .expect("valid date");
        assert_eq!(
            local_date(utc),
            NaiveDate::from_ymd_opt(2026, 11, 29).expect("valid")
        );
    }

    #[test]
    fn dates_use_the_page_language() {
        let i18n = I18n::load().expect("locales parse");
        let d = NaiveDate::from_ymd_opt(2026, 2, 3).expect("valid");
        assert_eq!(format_date(&i18n, Lang::Fr, d), "3 février 2026");
        assert_eq!(format_date(&i18n, Lang::Ar, d), "3 فبراير 2026");
    }
}
