//! Registration, mail confirmation, login and logout, password reset, profile and the
//! association an account represents.

pub mod profile;

use crate::ctx::{Ctx, SESSION_COOKIE};
use crate::errors::PageError;
use crate::forms::account::RegisterForm;
use crate::forms::CsrfForm;
use crate::routes::Reply;
use crate::routes::{db, html, marked, safe_next, see_other, Router};
use crate::state::AppState;
use crate::views::account as v;
use crate::views::form::FieldErrors;
use actix_web::cookie::{time::Duration, Cookie, SameSite};
use actix_web::{web, HttpRequest, HttpResponse};
use musharaka_core::{Error, ErrorKind, Lang};
use musharaka_identity::password;
use musharaka_identity::service::{self, Registration};
use serde::Deserialize;
use validator::Validate;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .get("/register", register_page)
        .post("/register", register)
        .get("/login", login_page)
        .post("/login", login)
        .post("/logout", logout)
        .post("/confirm/resend", resend)
        .get("/confirm/{token}", confirm_page)
        .post("/confirm/{token}", confirm)
        .get("/password/forgot", forgot_page)
        .post("/password/forgot", forgot)
        .get("/password/reset/{token}", reset_page)
        .post("/password/reset/{token}", reset)
        .get("/profile", profile::profile_page)
        .post("/profile", profile::profile)
        .post("/profile/password", profile::change_password)
        .post("/profile/sessions/end", profile::end_sessions)
        .get("/profile/association", profile::association_page)
        .post("/profile/association", profile::association);
}

/// The session cookie for a freshly authenticated account.
fn signed_in(
    state: &AppState,
    account: &musharaka_identity::Account,
) -> Result<Cookie<'static>, Error> {
    let token = state.keys.issue(account.id, account.session_version)?;
    Ok(session_cookie(
        state,
        token,
        Duration::seconds(state.keys.lifetime_seconds()),
    ))
}

/// Maps validator's errors to (field, Fluent id) pairs.
fn field_errors(e: validator::ValidationErrors) -> FieldErrors {
    let mut out: FieldErrors = e
        .field_errors()
        .iter()
        .map(|(field, errs)| {
            let code = errs
                .first()
                .and_then(|e| e.message.clone())
                .map_or_else(|| "field-required".to_string(), |m| m.into_owned());
            (field.to_string(), code)
        })
        .collect();
    out.sort();
    out
}

fn communes_list(
    state: &web::Data<AppState>,
) -> impl std::future::Future<Output = Result<Vec<musharaka_communes::Commune>, PageError>> + '_ {
    db(state, musharaka_communes::service::all)
}

async fn register_page(state: web::Data<AppState>, ctx: Ctx) -> Reply {
    let list = communes_list(&state).await?;
    let form = RegisterForm {
        lang: ctx.lang.code().into(),
        ..Default::default()
    };
    Ok(html(v::register(&ctx, &list, &form, &vec![]), false))
}

async fn rate_limit(
    state: &web::Data<AppState>,
    req: &HttpRequest,
    email: &str,
) -> Result<(), PageError> {
    let keys = vec![
        format!(
            "ip:{}",
            crate::limiter::request_client(req, &state.config.trusted_proxies)
        ),
        format!("account:{}", service::normalize_email(email)),
    ];
    let limits = state.clone();
    if db(state, move |c| limits.auth_limiter.allow(c, &keys)).await? {
        Ok(())
    } else {
        Err(ErrorKind::RateLimited.into())
    }
}

async fn register(
    state: web::Data<AppState>,
    ctx: Ctx,
    req: HttpRequest,
    CsrfForm(form): CsrfForm<RegisterForm>,
) -> Reply {
    rate_limit(&state, &req, &form.email).await?;
    let list = communes_list(&state).await?;
    let mut errors = form.validate().err().map(field_errors).unwrap_or_default();
    let commune_id = match form.commune.as_str() {
        "" => None,
        s => match s
            .parse::<i64>()
            .ok()
            .filter(|id| list.iter().any(|c| c.id == *id))
        {
            Some(id) => Some(id),
            None => {
                errors.push(("commune".into(), "field-choice".into()));
                None
            }
        },
    };
    if !errors.is_empty() {
        return Ok(html(v::register(&ctx, &list, &form, &errors), true));
    }
    let lang: Lang = form.lang.parse().unwrap_or(ctx.lang);
    let f = form.clone();
    let st = state.clone();
    let result = db(&state, move |c| {
        service::register(
            c,
            &st.mail_ctx(),
            Registration {
                name: &f.name,
                email: &f.email,
                password: &f.password,
                commune_id,
                lang,
            },
        )
    })
    .await;
    match marked(result)? {
        Ok(email) => {
            state.mail_queued();
            Ok(html(v::register_done(&ctx, &email), false))
        }
        Err(fields) => Ok(html(v::register(&ctx, &list, &form, &fields), true)),
    }
}

#[derive(Deserialize)]
pub struct NextQuery {
    pub next: Option<String>,
}

async fn login_page(ctx: Ctx, q: web::Query<NextQuery>) -> HttpResponse {
    let next = safe_next(q.next.as_deref());
    html(v::login(&ctx, "", &next, None), false)
}

#[derive(Deserialize)]
pub struct LoginForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    next: Option<String>,
}

fn session_cookie(state: &AppState, value: String, max_age: Duration) -> Cookie<'static> {
    Cookie::build(SESSION_COOKIE, value)
        .path("/")
        .http_only(true)
        .secure(state.config.secure_cookies)
        .same_site(SameSite::Lax)
        .max_age(max_age)
        .finish()
}

async fn login(
    state: web::Data<AppState>,
    ctx: Ctx,
    req: HttpRequest,
    CsrfForm(form): CsrfForm<LoginForm>,
) -> Reply {
    rate_limit(&state, &req, &form.email).await?;
    let next = safe_next(form.next.as_deref());
    let (email, pass) = (form.email.clone(), form.password.clone());
    let result = db(&state, move |c| service::authenticate(c, &email, &pass)).await;
    match result {
        Ok(account) => {
            let cookie = signed_in(&state, &account)?;
            let mut res = see_other(&next);
            res.add_cookie(&cookie).map_err(Error::internal)?;
            Ok(res)
        }
        Err(PageError(e))
            if matches!(
                e.kind,
                ErrorKind::InvalidCredentials | ErrorKind::EmailNotConfirmed
            ) =>
        {
            let status = e.kind.status();
            let mut res = html(v::login(&ctx, &form.email, &next, Some(e.kind)), false);
            *res.status_mut() = actix_web::http::StatusCode::from_u16(status)
                .unwrap_or(actix_web::http::StatusCode::UNAUTHORIZED);
            Ok(res)
        }
        Err(e) => Err(e),
    }
}

/// Signs out: the account's sessions end on the server too (a copied cookie no longer
/// opens anything), in every browser.
async fn logout(
    state: web::Data<AppState>,
    ctx: Ctx,
    _f: CsrfForm<crate::forms::EmptyForm>,
) -> Reply {
    if let Some(user) = &ctx.user {
        let id = user.account.id;
        db(&state, move |c| service::end_sessions(c, id)).await?;
    }
    let mut res = html(v::message(&ctx, "nav-logout", "logout-done"), false);
    res.add_cookie(&session_cookie(&state, String::new(), Duration::ZERO))
        .map_err(Error::internal)?;
    Ok(res)
}

async fn confirm_page(ctx: Ctx, token: web::Path<String>) -> HttpResponse {
    html(v::confirm(&ctx, &token), false)
}

async fn confirm(
    state: web::Data<AppState>,
    ctx: Ctx,
    token: web::Path<String>,
    _f: CsrfForm<crate::forms::EmptyForm>,
) -> Reply {
    let token = token.into_inner();
    db(&state, move |c| service::confirm_email(c, &token)).await?;
    Ok(html(v::confirmed(&ctx), false))
}

#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    email: String,
}

/// A use case that mails a link to an account: a new confirmation, a password reset.
type MailLink =
    fn(&mut musharaka_db::AnyConnection, &service::MailContext<'_>, &str) -> Result<(), Error>;

/// Mails `email`'s account what `send` writes (rate-limited like a sign-in) and says it
/// went, under `title`: the same answer whether or not the account exists.
async fn mail_link(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    req: &HttpRequest,
    email: String,
    send: MailLink,
    title: &str,
) -> Reply {
    rate_limit(state, req, &email).await?;
    let st = state.clone();
    db(state, move |c| send(c, &st.mail_ctx(), &email)).await?;
    state.mail_queued();
    Ok(html(v::message(ctx, title, "forgot-done"), false))
}

async fn resend(
    state: web::Data<AppState>,
    ctx: Ctx,
    req: HttpRequest,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> Reply {
    let send = service::resend_confirmation;
    mail_link(&state, &ctx, &req, form.email, send, "confirm-resend").await
}

async fn forgot_page(ctx: Ctx) -> HttpResponse {
    html(v::forgot(&ctx, "", &vec![]), false)
}

async fn forgot(
    state: web::Data<AppState>,
    ctx: Ctx,
    req: HttpRequest,
    CsrfForm(form): CsrfForm<EmailForm>,
) -> Reply {
    if validator::ValidateEmail::validate_email(&form.email) {
        let send = service::request_password_reset;
        mail_link(&state, &ctx, &req, form.email, send, "forgot-title").await
    } else {
        let errors = vec![("email".to_string(), "field-email".to_string())];
        Ok(html(v::forgot(&ctx, &form.email, &errors), true))
    }
}

async fn reset_page(ctx: Ctx, token: web::Path<String>) -> HttpResponse {
    html(v::reset(&ctx, &token, &vec![]), false)
}

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    password: String,
}

async fn reset(
    state: web::Data<AppState>,
    ctx: Ctx,
    token: web::Path<String>,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> Reply {
    let token = token.into_inner();
    if form.password.chars().count() < password::MIN_LENGTH {
        let errors = vec![("password".to_string(), "field-password-short".to_string())];
        return Ok(html(v::reset(&ctx, &token, &errors), true));
    }
    db(&state, move |c| {
        service::reset_password(c, &token, &form.password)
    })
    .await?;
    Ok(html(v::message(&ctx, "reset-title", "reset-done"), false))
}

#[derive(Deserialize)]
pub struct DoneQuery {
    pub done: Option<String>,
}
