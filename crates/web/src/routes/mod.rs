//! Routes. Specific paths first; `/{slug}` (a commune's site) last.

pub mod admin;
pub mod api;
pub mod auth;
pub mod budgets;
pub mod council_admin;
pub mod council_public;
pub mod petitions;
pub mod platform;
pub mod public;

use crate::errors::PageError;
use crate::state::AppState;
use actix_web::{http::header, web, HttpResponse};
use musharaka_core::{Error, ErrorKind};
use musharaka_db::AnyConnection;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/healthz", web::get().to(public::healthz))
        .route("/assets/{name}", web::get().to(crate::assets::stylesheet))
        .route("/lang/{code}", web::get().to(public::switch_language))
        .route("/", web::get().to(public::national))
        .route("/uploads/{id}", web::get().to(crate::uploads::serve));
    auth::configure(cfg);
    api::configure(cfg);
    budgets::configure(cfg);
    council_public::configure(cfg);
    cfg.route("/admin", web::get().to(admin::staff_home));
    platform::configure(cfg);
    council_admin::configure(cfg);
    petitions::configure(cfg);
    admin::configure(cfg);
    cfg.route("/{slug}", web::get().to(public::commune_home));
}

/// Runs database work on the blocking pool with a pooled connection. On SQLite a
/// transaction that read before writing cannot upgrade its snapshot when another writer
/// committed meanwhile ("database is locked", which the busy timeout does not cover): the
/// whole unit of work is rolled back, so it is simply run again.
pub async fn db<T, F>(state: &web::Data<AppState>, f: F) -> Result<T, PageError>
where
    T: Send + 'static,
    F: Fn(&mut AnyConnection) -> Result<T, Error> + Send + 'static,
{
    let pool = state.pool.clone();
    let result = web::block(move || {
        let mut conn = pool
            .get()
            .map_err(|e| Error::with_cause(ErrorKind::Unavailable, e))?;
        let mut attempt = 0;
        loop {
            match f(&mut conn) {
                Err(e) if attempt < 8 && is_locked(&e) => {
                    attempt += 1;
                    std::thread::sleep(std::time::Duration::from_millis(5 << attempt));
                }
                other => return other,
            }
        }
    })
    .await?;
    Ok(result?)
}

fn is_locked(e: &Error) -> bool {
    e.kind == ErrorKind::Internal
        && e.cause
            .as_deref()
            .is_some_and(|c| c.contains("database is locked"))
}

/// 303 to `location` (after a successful POST).
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// A page, or a form re-shown with its errors (422).
pub fn html(markup: maud::Markup, invalid: bool) -> HttpResponse {
    let mut b = if invalid {
        HttpResponse::UnprocessableEntity()
    } else {
        HttpResponse::Ok()
    };
    b.content_type("text/html; charset=utf-8")
        .body(markup.into_string())
}

/// Only local paths are followed after login or a language switch (no open redirect).
pub fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn next_stays_on_this_site() {
        assert_eq!(super::safe_next(Some("/taroudant?x=1")), "/taroudant?x=1");
        assert_eq!(super::safe_next(Some("//evil.example")), "/");
        assert_eq!(super::safe_next(Some("https://evil.example")), "/");
        assert_eq!(super::safe_next(Some("/\\evil")), "/");
        assert_eq!(super::safe_next(None), "/");
    }
}
