//! Errors as pages. A handler returns `PageError` (from any domain `Error`); the response
//! carries the error kind, and the `render_errors` middleware turns every error response,
//! ours or actix's own (404, 413, bad form), into a page in the visitor's language, or a
//! JSON body under `/api/`.

use crate::ctx::{request_csrf, request_lang, request_path, Ctx};
use crate::views::layout::{page, Chrome};
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::HttpMessage;
use actix_web::{HttpResponse, ResponseError};
use maud::html;
use musharaka_core::{Error, ErrorKind, Lang};
use std::fmt;

#[derive(Debug)]
pub struct PageError(pub Error);

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl From<Error> for PageError {
    fn from(e: Error) -> Self {
        PageError(e)
    }
}

impl From<ErrorKind> for PageError {
    fn from(k: ErrorKind) -> Self {
        PageError(Error::new(k))
    }
}

impl From<diesel::result::Error> for PageError {
    fn from(e: diesel::result::Error) -> Self {
        PageError(e.into())
    }
}

impl From<actix_web::error::BlockingError> for PageError {
    fn from(e: actix_web::error::BlockingError) -> Self {
        PageError(Error::internal(e))
    }
}

impl From<r2d2::Error> for PageError {
    fn from(e: r2d2::Error) -> Self {
        PageError(Error::with_cause(ErrorKind::Unavailable, e))
    }
}

/// Marks a response as carrying this error kind, for the renderer.
#[derive(Clone, Copy)]
struct ErrorMark(ErrorKind);

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.0.kind.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        if self.0.kind == ErrorKind::Internal || self.0.kind == ErrorKind::Unavailable {
            tracing::error!(error = %self.0, "request failed");
        }
        let mut res = HttpResponse::build(self.status_code()).finish();
        res.extensions_mut().insert(ErrorMark(self.0.kind));
        res
    }
}

/// Maps a bare status (from actix itself) to our kind.
fn kind_for_status(status: StatusCode) -> ErrorKind {
    match status.as_u16() {
        404 | 405 => ErrorKind::NotFound,
        401 => ErrorKind::Unauthenticated,
        403 => ErrorKind::Forbidden,
        413 => ErrorKind::PayloadTooLarge,
        429 => ErrorKind::RateLimited,
        400..=499 => ErrorKind::InvalidInput,
        _ => ErrorKind::Internal,
    }
}

/// Middleware body: re-renders error responses that have no page of their own.
pub async fn render_errors(
    req: ServiceRequest,
    next: actix_web::middleware::Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    let res = next.call(req).await?.map_into_boxed_body();
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return Ok(res);
    }
    let mark = res.response().extensions().get::<ErrorMark>().copied();
    let has_own_body = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html") || ct.starts_with("application/json"));
    if mark.is_none() && has_own_body {
        return Ok(res);
    }
    let kind = mark.map_or_else(|| kind_for_status(status), |m| m.0);
    let (req, res) = res.into_parts();
    if sign_in_first(&req, kind) {
        let to = crate::views::login_href(&request_path(&req));
        let redirect = HttpResponse::SeeOther()
            .insert_header((header::LOCATION, to))
            .finish();
        return Ok(ServiceResponse::new(req, redirect));
    }
    // The request's context when a handler got that far: a signed-in visitor keeps the
    // signed-in header on a 403 or a 404.
    let known = req.extensions().get::<Ctx>().map(Chrome::from);
    let lang = known
        .as_ref()
        .map_or_else(|| request_lang(&req, None), |c| c.lang);
    let body = if req.path().starts_with("/api/") {
        error_json(lang, kind)
    } else {
        let chrome = known.unwrap_or_else(|| Chrome {
            lang,
            csrf: request_csrf(&req),
            path: request_path(&req),
            user_name: None,
            is_staff: false,
            is_platform_admin: false,
        });
        error_page(&chrome, status, kind)
    };
    let mut new_res = HttpResponse::build(status);
    for (name, value) in res.headers() {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            new_res.append_header((name.clone(), value.clone()));
        }
    }
    let ct = if req.path().starts_with("/api/") {
        "application/json"
    } else {
        "text/html; charset=utf-8"
    };
    new_res.insert_header((header::CONTENT_TYPE, HeaderValue::from_static(ct)));
    Ok(ServiceResponse::new(req, new_res.body(body)))
}

/// A visitor who is not signed in and opens a public form to write something (a new
/// petition, proposal, note: `.../new` outside the back office) is sent to sign in and
/// brought back, rather than shown "Error 401".
fn sign_in_first(req: &actix_web::HttpRequest, kind: ErrorKind) -> bool {
    let path = req.path();
    kind == ErrorKind::Unauthenticated
        && req.method() == actix_web::http::Method::GET
        && path.ends_with("/new")
        && !path.starts_with("/api/")
        && !path.contains("/admin/")
}

pub fn error_json(lang: Lang, kind: ErrorKind) -> String {
    serde_json::json!({
        "error": {
            "key": kind.key(),
            "message": crate::state::i18n().t(lang, &format!("error-{}", kind.key()), &[]),
        }
    })
    .to_string()
}

fn error_page(chrome: &Chrome, status: StatusCode, kind: ErrorKind) -> String {
    let t = |id: &str| crate::state::i18n().t(chrome.lang, id, &[]);
    let title = crate::state::i18n().t(
        chrome.lang,
        "error-title",
        &[("status", status.as_u16().into())],
    );
    let login_link = kind == ErrorKind::Unauthenticated;
    page(
        chrome,
        &title,
        html! {
            h1 { (title) }
            p.flash.error role="alert" { (t(&format!("error-{}", kind.key()))) }
            @if login_link {
                p { a.button href=(crate::views::login_href(&chrome.path)) { (t("nav-login")) } }
            }
            p { a href="/" { (t("error-back-home")) } }
        },
    )
    .into_string()
}
