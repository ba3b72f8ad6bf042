//! Posted forms of the council area and of the working-day calendar, typed, each turning
//! into its service input or field errors (`Vec<(field, fluent-id)>`).

use super::{parse_date, parse_number};
use crate::views::form::FieldErrors;
use chrono::NaiveDate;
use musharaka_core::calendar::MovableHoliday;
use musharaka_core::{Error, ErrorKind, Page, Result};
use musharaka_councils::records::parse;
use musharaka_councils::service::public::OUTCOMES;
use musharaka_councils::store::RegisterFilter;
use musharaka_councils::{service, ExtraordinaryTrigger, ItemSource, SessionKind};
use serde::Deserialize;

/// The register's query string. Empty fields (as a form sends them) mean "any"; the page
/// is clamped (no error for a huge or negative one).
#[derive(Debug, Default, Deserialize)]
pub struct RegisterQuery {
    pub q: Option<String>,
    pub year: Option<String>,
    pub committee: Option<String>,
    pub outcome: Option<String>,
    #[serde(default)]
    pub page: Page,
}

fn filled(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn number<T: std::str::FromStr>(v: &Option<String>) -> Result<Option<T>> {
    filled(v)
        .map(|s| {
            s.parse::<T>()
                .map_err(|_| Error::new(ErrorKind::InvalidInput))
        })
        .transpose()
}

impl RegisterQuery {
    /// The filter for the register; a malformed number or an unknown outcome is a bad
    /// request.
    pub fn filter(&self) -> Result<RegisterFilter> {
        let outcome = filled(&self.outcome).map(str::to_string);
        if outcome.as_deref().is_some_and(|o| !OUTCOMES.contains(&o)) {
            return Err(ErrorKind::InvalidInput.into());
        }
        Ok(RegisterFilter {
            words: filled(&self.q).map(str::to_string),
            year: number(&self.year)?,
            committee_id: number(&self.committee)?,
            outcome,
        })
    }
}

/// A new session as the secretariat enters it.
#[derive(Deserialize, Default, Clone)]
pub struct SessionForm {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub trigger: String,
    #[serde(default)]
    pub trigger_note: String,
    #[serde(default)]
    pub starts_on: String,
    #[serde(default)]
    pub ends_on: String,
    #[serde(default)]
    pub place: String,
}

impl SessionForm {
    pub fn kind(
        &self,
        starts_on: Option<chrono::NaiveDate>,
        errors: &mut FieldErrors,
    ) -> Option<SessionKind> {
        match self.kind.as_str() {
            "ordinary" => {
                let month = starts_on.and_then(service::ordinary_month_of);
                if month.is_none() && starts_on.is_some() {
                    errors.push(("starts_on".into(), "council-error-ordinary-start".into()));
                }
                month.map(SessionKind::Ordinary)
            }
            "extraordinary" => match parse::<ExtraordinaryTrigger>(&self.trigger) {
                Some(t) => Some(SessionKind::Extraordinary(t)),
                None => {
                    errors.push(("trigger".into(), "field-choice".into()));
                    None
                }
            },
            _ => {
                errors.push(("kind".into(), "field-choice".into()));
                None
            }
        }
    }
}

#[derive(Deserialize)]
pub struct ExtendForm {
    #[serde(default)]
    pub extended_until: String,
}

#[derive(Deserialize)]
pub struct EventForm {
    #[serde(default)]
    pub event: String,
}

#[derive(Deserialize, Default)]
pub struct ItemForm {
    #[serde(default)]
    pub title_ar: String,
    #[serde(default)]
    pub title_fr: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub committee: String,
    #[serde(default)]
    pub matter: String,
    #[serde(default)]
    pub source: String,
    /// How many members asked for the item (art. 40), when the source is members.
    #[serde(default)]
    pub requesters: String,
}

impl ItemForm {
    /// The number of requesting members, read only for an item asked for by members.
    pub fn requesters(&self, source: Option<ItemSource>, errors: &mut FieldErrors) -> Option<u32> {
        match (source, self.requesters.trim()) {
            (Some(ItemSource::Members), "") => {
                errors.push(("requesters".into(), "field-required".into()));
                None
            }
            (Some(ItemSource::Members), n) => parse_number::<u32>(n, "requesters", errors),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
pub struct ReasonsForm {
    #[serde(default)]
    pub reasons: String,
}

#[derive(Deserialize, Default)]
pub struct SittingForm {
    #[serde(default)]
    pub date: String,
    #[serde(default)]
    pub time: String,
    #[serde(default)]
    pub convocation: String,
    #[serde(default)]
    pub closed: Option<String>,
    #[serde(default)]
    pub requester: String,
    #[serde(default)]
    pub closed_reasons: String,
}

#[derive(Deserialize, Default)]
pub struct TextsForm {
    #[serde(default)]
    pub text_ar: String,
    #[serde(default)]
    pub text_fr: String,
}

#[derive(Deserialize)]
pub struct SignForm {
    #[serde(default)]
    pub who: String,
}

impl From<TextsForm> for crate::views::council_admin::Texts {
    fn from(f: TextsForm) -> Self {
        crate::views::council_admin::Texts {
            ar: f.text_ar,
            fr: f.text_fr,
        }
    }
}

#[derive(Deserialize)]
pub struct ReportForm {
    #[serde(default)]
    pub report: String,
}

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
