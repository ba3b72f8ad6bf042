//! `CsrfForm<T>`: the extractor every POST form goes through. It reads a bounded
//! url-encoded body, checks the `csrf_token` field against the CSRF cookie, refuses
//! control characters (422, before any handler or database sees them) and deserialises
//! the rest (repeated keys become lists). Bad input is a 4xx, never a 500.

pub mod councils;

use crate::ctx::request_csrf;
use crate::errors::PageError;
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use futures_util::future::LocalBoxFuture;
use musharaka_core::{Error, ErrorKind};
use serde::de::DeserializeOwned;
use serde::Deserialize;

pub mod account;
pub mod bodies;
pub mod budgets;
pub mod cocreation;
pub mod communes;
pub mod consultations;
pub mod notices;
pub mod petitions;
pub mod platform;
pub mod programme;
pub mod requests;

/// Largest url-encoded form accepted (uploads go through multipart with their own limit).
pub const FORM_LIMIT: usize = 64 * 1024;

pub struct CsrfForm<T>(pub T);

/// A posted form with nothing but its CSRF token (a button).
#[derive(Deserialize, Default)]
pub struct EmptyForm {}

#[derive(Deserialize)]
struct TokenOnly {
    #[serde(default)]
    csrf_token: String,
}

/// Constant-time comparison of the posted token with the cookie's.
pub fn csrf_matches(expected: &str, posted: &str) -> bool {
    let (a, b) = (expected.as_bytes(), posted.as_bytes());
    !a.is_empty()
        && a.len() == b.len()
        && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

impl<T: DeserializeOwned + 'static> FromRequest for CsrfForm<T> {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Self, PageError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let expected = request_csrf(req);
        // Only what a browser's form sends: a body of another type (JSON, multipart,
        // none) is refused before it is read.
        let url_encoded = req.content_type() == "application/x-www-form-urlencoded";
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !url_encoded {
                return Err(ErrorKind::InvalidInput.into());
            }
            let bytes = body
                .await
                .map_err(|e| Error::with_cause(ErrorKind::PayloadTooLarge, e))?;
            if bytes.len() > FORM_LIMIT {
                return Err(ErrorKind::PayloadTooLarge.into());
            }
            let token: TokenOnly = serde_html_form::from_bytes(&bytes)
                .map_err(|e| Error::with_cause(ErrorKind::InvalidInput, e))?;
            if !csrf_matches(&expected, &token.csrf_token) {
                return Err(ErrorKind::CsrfInvalid.into());
            }
            if has_control_characters(&bytes) {
                return Err(ErrorKind::InvalidInput.into());
            }
            let value = serde_html_form::from_bytes(&bytes)
                .map_err(|e| Error::with_cause(ErrorKind::InvalidInput, e))?;
            Ok(CsrfForm(value))
        })
    }
}

/// Whether a url-encoded body holds a control character in a name or value (newline,
/// carriage return and tab allowed, for long text). Checked once here for every form.
pub fn has_control_characters(body: &[u8]) -> bool {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body).map_or(true, |pairs| {
        pairs
            .iter()
            .any(|(k, v)| crate::edge::has_control(k, false) || crate::edge::has_control(v, true))
    })
}

/// Field errors found while reading a form, as the service's kind of error.
pub fn invalid(fields: Vec<(String, String)>) -> Error {
    let mut e = Error::new(ErrorKind::InvalidInput);
    e.fields = fields;
    e
}

/// Parses an optional date field (`YYYY-MM-DD`), recording a field error.
pub fn parse_date(
    value: &str,
    field: &str,
    required: bool,
    errors: &mut Vec<(String, String)>,
) -> Option<chrono::NaiveDate> {
    let v = value.trim();
    if v.is_empty() {
        if required {
            errors.push((field.into(), "field-required".into()));
        }
        return None;
    }
    match chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            errors.push((field.into(), "field-date".into()));
            None
        }
    }
}

/// Requires a non-blank text of at most `max` characters.
pub fn require_text(value: &str, field: &str, max: usize, errors: &mut Vec<(String, String)>) {
    if let Some(message) = musharaka_core::text::text_problem(value, max, true) {
        errors.push((field.into(), message.into()));
    }
}

/// Parses a number field, recording a field error.
pub fn parse_number<N: std::str::FromStr>(
    value: &str,
    field: &str,
    errors: &mut Vec<(String, String)>,
) -> Option<N> {
    match value.trim().parse() {
        Ok(n) => Some(n),
        Err(_) => {
            errors.push((field.into(), "field-number".into()));
            None
        }
    }
}

/// A service's refusal with the fields the form's own check marked added to its own (both
/// shown at once); success, or a refusal when the form found nothing, as they are.
pub fn with_form_errors<T>(
    mut errors: Vec<(String, String)>,
    result: Result<T, Error>,
) -> Result<T, Error> {
    match result {
        Err(mut e) if !errors.is_empty() => {
            errors.append(&mut e.fields);
            errors.dedup();
            e.fields = errors;
            Err(e)
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csrf_needs_an_exact_non_empty_match() {
        assert!(csrf_matches("abc", "abc"));
        assert!(!csrf_matches("abc", "abd"));
        assert!(!csrf_matches("abc", "ab"));
        assert!(!csrf_matches("", ""));
    }

    #[test]
    fn control_characters_in_forms_are_found() {
        assert!(!has_control_characters(b"a=1&body=line%0D%0Aline%09x"));
        assert!(has_control_characters(b"email=a%00%40x.org"));
        assert!(has_control_characters(b"name=a%1Bb"));
        assert!(has_control_characters(b"na%00me=x"));
    }

    #[test]
    fn field_parsers_record_errors() {
        let mut errs = vec![];
        assert!(parse_date("2024-02-30", "d", true, &mut errs).is_none());
        assert!(parse_date("", "e", false, &mut errs).is_none());
        assert!(parse_number::<i64>("12x", "n", &mut errs).is_none());
        require_text("   ", "t", 10, &mut errs);
        let fields: Vec<_> = errs.iter().map(|(f, m)| (f.as_str(), m.as_str())).collect();
        assert_eq!(
            fields,
            vec![
                ("d", "field-date"),
                ("n", "field-number"),
                ("t", "field-required")
            ]
        );
    }
}
