//! The edge of the app: what every request passes before a handler sees it.
//!
//! - `reject_control`: a path or query string carrying a control character (`%00`, `%1b`,
//!   …) or bytes that are not UTF-8 once decoded is refused with 422 and the error page,
//!   the same on both backends (PostgreSQL cannot store NUL in text; SQLite would).
//!   Url-encoded bodies are checked by `forms::CsrfForm`, multipart text fields by
//!   `uploads::read_form`, both with `has_control` (newline, carriage return and tab
//!   allowed there, for long text).
//! - `private_no_store`: `Cache-Control: private, no-store` on every response to a
//!   signed-in visitor and on every back-office, profile and personal-data page, unless
//!   the handler set its own.

use crate::ctx::SESSION_COOKIE;
use crate::errors::PageError;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::ResponseError;
use musharaka_core::ErrorKind;

/// Whether `text` holds a control character; `multiline` allows `\n`, `\r` and `\t`.
pub fn has_control(text: &str, multiline: bool) -> bool {
    text.chars()
        .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t')))
}

/// Decodes `%XX` escapes (and, in a query, `+`), then checks the result is UTF-8 without
/// control characters.
fn clean_component(raw: &str, plus_is_space: bool) -> bool {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if plus_is_space && b == b'+' { b' ' } else { b });
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) => !has_control(&s, false),
        Err(_) => false,
    }
}

/// Whether a request's path and query string are acceptable.
pub fn clean_url(path: &str, query: &str) -> bool {
    clean_component(path, false) && query.split('&').all(|pair| clean_component(pair, true))
}

fn refuse(req: ServiceRequest, kind: ErrorKind) -> ServiceResponse<BoxBody> {
    let res = PageError::from(kind).error_response();
    req.into_response(res)
}

/// Middleware: refuses control characters in the path and query string (see the module).
pub async fn reject_control(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let uri = req.uri();
    if !clean_url(uri.path(), uri.query().unwrap_or("")) {
        return Ok(refuse(req, ErrorKind::InvalidInput));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

/// Paths that show personal data or the back office whoever asks.
fn private_path(path: &str) -> bool {
    let mut segments = path.trim_start_matches('/').split('/');
    let first = segments.next().unwrap_or("");
    let second = segments.next().unwrap_or("");
    matches!(first, "admin" | "profile" | "uploads")
        || second == "admin"
        || ["/signatories", "/mandate", "/receipt", "/file", "/paper"]
            .iter()
            .any(|tail| path.ends_with(tail))
}

/// Middleware: `Cache-Control: private, no-store` (see the module).
pub async fn private_no_store(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let private = req.cookie(SESSION_COOKIE).is_some() || private_path(req.path());
    let mut res = next.call(req).await?;
    if private && !res.headers().contains_key(header::CACHE_CONTROL) {
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
    }
    Ok(res)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_found_once_decoded() {
        assert!(clean_url("/taroudant/petitions", "q=eau+potable&page=2"));
        assert!(clean_url(
            "/%D8%AA%D8%A7%D8%B1%D9%88%D8%AF%D8%A7%D9%86%D8%AA",
            ""
        ));
        assert!(clean_url("/x", "q=100%25"));
        assert!(!clean_url("/%00", ""));
        assert!(!clean_url("/x", "q=a%00"));
        assert!(!clean_url("/x", "q=a%1Bb"));
        assert!(!clean_url("/x", "q=a%0Ab"));
        assert!(!clean_url("/x", "q=%C2%85"), "C1 control (NEL)");
        assert!(!clean_url("/x", "q=%FF"), "not UTF-8");
        assert!(clean_url("/x", "q=%"), "a lone % is left as is");
        assert!(clean_url("/x", "q=%4"));
    }

    #[test]
    fn long_text_may_have_newlines_and_tabs() {
        assert!(!has_control("line\nline\ttab\r\n", true));
        assert!(has_control("line\nline", false));
        assert!(has_control("a\0b", true));
        assert!(has_control("a\u{7f}b", true));
    }

    #[test]
    fn personal_pages_are_private() {
        assert!(private_path("/admin/platform/communes"));
        assert!(private_path("/profile"));
        assert!(private_path("/taroudant/admin/petitions/3/file"));
        assert!(private_path("/taroudant/petitions/3/signatories"));
        assert!(!private_path("/taroudant/petitions"));
        assert!(!private_path("/"));
    }
}
