//! The request context every page needs: language, signed-in account with its roles,
//! CSRF token, current path (for the language switch).

use crate::errors::PageError;
use crate::state::{i18n, AppState};
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};
use musharaka_core::i18n::FluentValue;
use musharaka_core::{Error, ErrorKind, Lang};
use musharaka_identity::{service, Permissions};
use std::future::Future;
use std::pin::Pin;

pub const SESSION_COOKIE: &str = "mk_session";
pub const LANG_COOKIE: &str = "mk_lang";
pub const CSRF_COOKIE: &str = "mk_csrf";

/// A CSRF token minted for this request because the browser had none yet.
#[derive(Clone)]
pub struct FreshCsrf(pub String);

#[derive(Clone)]
pub struct Ctx {
    pub lang: Lang,
    pub user: Option<Permissions>,
    pub csrf: String,
    /// Path and query of this request (the language switch brings you back here).
    pub path: String,
    /// Whether the browser takes gzip (a kept page is sent as it was gzipped once).
    pub accepts_gzip: bool,
}

impl Ctx {
    pub fn t(&self, id: &str) -> String {
        i18n().t(self.lang, id, &[])
    }

    pub fn ta(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        i18n().t(self.lang, id, args)
    }

    /// The translation of `id` that names a commune: `commune`'s name in this language.
    pub fn t_commune(&self, id: &str, commune: &musharaka_communes::Commune) -> String {
        self.ta(id, &[("commune", commune.name(self.lang).into())])
    }

    /// The signed-in account, or 401 (the page offers to sign in).
    pub fn require_user(&self) -> Result<&Permissions, Error> {
        self.user
            .as_ref()
            .ok_or_else(|| ErrorKind::Unauthenticated.into())
    }

    /// Checks a posted CSRF token against the cookie (double submit, constant time).
    pub fn check_csrf(&self, posted: &str) -> Result<(), Error> {
        if crate::forms::csrf_matches(&self.csrf, posted) {
            Ok(())
        } else {
            Err(ErrorKind::CsrfInvalid.into())
        }
    }
}

/// The `?lang=fr` of a link: the language asked for by this request's address.
fn query_lang(req: &HttpRequest) -> Option<Lang> {
    req.query_string()
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == "lang")
        .and_then(|(_, v)| v.parse().ok())
}

/// Language from the address (`?lang=fr`), else the cookie, else the account, else
/// Accept-Language, else Arabic.
pub fn request_lang(req: &HttpRequest, account_lang: Option<Lang>) -> Lang {
    query_lang(req)
        .or_else(|| req.cookie(LANG_COOKIE).and_then(|c| c.value().parse().ok()))
        .or(account_lang)
        .or_else(|| {
            req.headers()
                .get("accept-language")
                .and_then(|h| h.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default()
}

pub fn request_csrf(req: &HttpRequest) -> String {
    req.extensions()
        .get::<FreshCsrf>()
        .map(|f| f.0.clone())
        .or_else(|| req.cookie(CSRF_COOKIE).map(|c| c.value().to_string()))
        .unwrap_or_default()
}

pub fn request_path(req: &HttpRequest) -> String {
    match req.query_string() {
        "" => req.path().to_string(),
        q => format!("{}?{q}", req.path()),
    }
}

impl FromRequest for Ctx {
    type Error = PageError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let state = req
                .app_data::<web::Data<AppState>>()
                .cloned()
                .ok_or_else(|| Error::internal("state missing"))?;
            let claim = req
                .cookie(SESSION_COOKIE)
                .and_then(|c| state.keys.verify(c.value()));
            let user = match claim {
                Some(claim) => {
                    let pool = state.pool.clone();
                    web::block(move || -> Result<Option<Permissions>, Error> {
                        let mut conn = pool
                            .get()
                            .map_err(|e| Error::with_cause(ErrorKind::Unavailable, e))?;
                        match service::load_permissions(&mut conn, claim.account_id) {
                            // A session ended since (logout, new password, "sign out
                            // everywhere") is signed out like no session at all.
                            Ok(p) => Ok(claim.is_current(&p.account).then_some(p)),
                            // A deleted account's old cookie is simply signed out.
                            Err(e) if e.kind == ErrorKind::NotFound => Ok(None),
                            Err(e) => Err(e),
                        }
                    })
                    .await
                    .map_err(Error::internal)??
                }
                None => None,
            };
            let ctx = Ctx {
                lang: request_lang(&req, user.as_ref().map(|u| u.account.lang())),
                csrf: request_csrf(&req),
                path: request_path(&req),
                accepts_gzip: crate::gzip::takes_gzip(req.headers()),
                user,
            };
            // The error pages (403, 404 in a handler) show the same header as the page.
            req.extensions_mut().insert(ctx.clone());
            Ok(ctx)
        })
    }
}
