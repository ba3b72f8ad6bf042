//! Account forms: registration, the association file.

use crate::forms::{parse_date, require_text};
use crate::uploads::{self, FileKind, MultipartForm, UploadedFile};
use crate::views::form::FieldErrors;
use chrono::NaiveDate;
use musharaka_communes::Commune;
use serde::Deserialize;
use validator::Validate;

/// An association file as posted (multipart): the checked dates, the seat among the
/// platform's communes, the statutes PDF if one was sent.
pub struct AssociationInput {
    pub receipt_date: NaiveDate,
    pub founded_on: NaiveDate,
    pub seat: i64,
    pub statutes: Option<(UploadedFile, FileKind)>,
}

impl AssociationInput {
    /// The input, or every field error at once. `has_statutes`: a file is already stored
    /// (then sending none keeps it).
    pub fn parse(
        form: &MultipartForm,
        communes: &[Commune],
        has_statutes: bool,
    ) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        for (field, max) in [
            ("name_ar", 200),
            ("name_fr", 200),
            ("receipt_number", 60),
            ("activity_field", 200),
        ] {
            require_text(form.text(field), field, max, &mut errors);
        }
        let receipt_date = parse_date(form.text("receipt_date"), "receipt_date", true, &mut errors);
        let founded_on = parse_date(form.text("founded_on"), "founded_on", true, &mut errors);
        let seat = form
            .text("seat_commune")
            .parse::<i64>()
            .ok()
            .filter(|id| communes.iter().any(|c| c.id == *id));
        if seat.is_none() {
            errors.push(("seat_commune".into(), "field-choice".into()));
        }
        let file = form.files.iter().find(|f| f.field == "statutes");
        let statutes = match file.map(|f| (f, uploads::check_kind(f, &[FileKind::Pdf]))) {
            Some((_, Err(e))) => {
                errors.extend(e.fields);
                None
            }
            Some((f, Ok(kind))) => Some((
                UploadedFile {
                    field: f.field.clone(),
                    original_name: f.original_name.clone(),
                    bytes: f.bytes.clone(),
                },
                kind,
            )),
            None => None,
        };
        if file.is_none() && !has_statutes {
            errors.push(("statutes".into(), "field-required".into()));
        }
        match (receipt_date, founded_on, seat) {
            (Some(receipt_date), Some(founded_on), Some(seat)) if errors.is_empty() => Ok(Self {
                receipt_date,
                founded_on,
                seat,
                statutes,
            }),
            _ => Err(errors),
        }
    }
}

#[derive(Deserialize, Validate, Default, Clone)]
pub struct RegisterForm {
    #[validate(length(min = 2, max = 120, message = "field-required"))]
    pub name: String,
    #[validate(email(message = "field-email"))]
    pub email: String,
    #[validate(length(min = 10, max = 200, message = "field-password-short"))]
    pub password: String,
    #[serde(default)]
    pub commune: String,
    #[serde(default)]
    pub lang: String,
}
