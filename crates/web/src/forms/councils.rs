//! Posted forms of the council area and of the working-day calendar, typed, each turning
//! into its service input or field errors (`Vec<(field, fluent-id)>`).

use super::parse_date;
use crate::views::form::FieldErrors;
use chrono::NaiveDate;
use musharaka_core::calendar::MovableHoliday;
use serde::Deserialize;

/// A posted form with nothing but its CSRF token (a button).
#[derive(Deserialize, Default)]
pub struct NoFields {}

/// A movable holiday entered by the platform admin.
#[derive(Deserialize, Default, Clone)]
pub struct HolidayForm {
    #[serde(default)]
    pub day: String,
    #[serde(default)]
    pub kind: String,
}

impl HolidayForm {
    pub fn parse(&self) -> Result<(NaiveDate, MovableHoliday), FieldErrors> {
        let mut errors = FieldErrors::new();
        let day = parse_date(&self.day, "day", true, &mut errors);
        let kind = MovableHoliday::from_key(self.kind.trim());
        if kind.is_none() {
            errors.push(("kind".into(), "field-required".into()));
        }
        match (day, kind) {
            (Some(d), Some(k)) if errors.is_empty() => Ok((d, k)),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holiday_form_collects_field_errors() {
        let bad = HolidayForm {
            day: "2027-02-30".into(),
            kind: "christmas".into(),
        };
        let errs = bad.parse().err().unwrap_or_default();
        let fields: Vec<_> = errs.iter().map(|(f, _)| f.as_str()).collect();
        assert_eq!(fields, vec!["day", "kind"]);
        let good = HolidayForm {
            day: "2027-03-10".into(),
            kind: "eid-al-fitr".into(),
        };
        assert!(good.parse().is_ok());
    }
}
