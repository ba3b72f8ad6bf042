//! Routes. Specific paths first; `/{slug}` (a commune's site) last.

pub mod account;
pub mod api;
pub mod bodies;
pub mod budgets;
pub mod cocreation;
pub mod communes;
pub mod consultations;
pub mod councils;
pub mod data;
pub mod openapi;
pub mod ops;
pub mod petitions;
pub mod platform;
pub mod platform_holidays;
pub mod programme;
pub mod requests;

use crate::errors::PageError;
use crate::state::AppState;
use crate::views::form::FieldErrors;
use actix_web::{http::header, web, FromRequest, HttpResponse};
use musharaka_core::{Error, ErrorKind};
use musharaka_db::AnyConnection;

pub fn configure(cfg: &mut web::ServiceConfig) {
    let mut routes = Routes::default();
    declare(&mut routes);
    routes.mount(cfg);
}

/// Every route, in the order that matters where two patterns could match one path.
fn declare(cfg: &mut Routes) {
    Router::new(cfg)
        .get("/healthz", ops::healthz)
        .get("/assets/{name}", crate::assets::stylesheet)
        .get("/lang/{code}", communes::public::switch_language)
        .get("/", communes::public::national)
        .get("/uploads/{id}", crate::uploads::serve);
    account::configure(cfg);
    api::configure(cfg);
    // Before the domains: `/data/petitions.csv` is the national file, not a commune "data".
    data::configure(cfg);
    budgets::configure(cfg);
    councils::configure(cfg);
    platform_holidays::configure(cfg);
    platform::configure(cfg);
    councils::admin::configure(cfg);
    petitions::configure(cfg);
    bodies::configure(cfg);
    cocreation::configure(cfg);
    consultations::configure(cfg);
    requests::configure(cfg);
    programme::configure(cfg);
    ops::configure(cfg);
    openapi::configure(cfg);
    communes::configure(cfg);
    Router::new(cfg).get("/{slug}", communes::home::commune_home);
}

mod tree;
pub use tree::Routes;

/// Declares routes with their full paths and remembers each (method, pattern), so tests can
/// walk every route the app serves (the hostile-input and read-only crawls) from the app
/// itself, not from a hand list. Every domain's `configure` declares through it.
pub struct Router<'a> {
    routes: &'a mut Routes,
    /// Put before every path declared (`at`), so a table names each shared prefix once.
    prefix: String,
}

static REGISTERED: std::sync::Mutex<Vec<(&'static str, String)>> =
    std::sync::Mutex::new(Vec::new());

impl<'a> Router<'a> {
    pub fn new(routes: &'a mut Routes) -> Self {
        Router {
            routes,
            prefix: String::new(),
        }
    }

    /// The paths declared next are below `prefix` (`"/{slug}/admin/bodies"`); `""` after
    /// it is the prefix itself.
    pub fn at(&mut self, prefix: &str) -> &mut Self {
        self.prefix = prefix.to_string();
        self
    }

    fn remember(method: &'static str, path: &str) {
        let mut all = match REGISTERED.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        };
        if !all.iter().any(|(m, p)| *m == method && p == path) {
            all.push((method, path.to_string()));
        }
    }

    fn add(&mut self, method: &'static str, path: &str, route: actix_web::Route) -> &mut Self {
        let path = format!("{}{path}", self.prefix);
        Self::remember(method, &path);
        self.routes.add(&path, route);
        self
    }

    pub fn get<A: FromRequest + 'static>(&mut self, path: &str, h: impl Endpoint<A>) -> &mut Self {
        self.add("GET", path, web::get().to(h))
    }

    pub fn post<A: FromRequest + 'static>(&mut self, path: &str, h: impl Endpoint<A>) -> &mut Self {
        self.add("POST", path, web::post().to(h))
    }

    /// What every domain publishes of its list `name`: the JSON (`/api/v1/communes/{slug}/
    /// {name}`, one item at `/{id}`), the Atom feed (`/{slug}/{name}.atom`) and the page
    /// (`/{slug}/{name}`), below which the table goes on.
    pub fn published<A, B, C, D>(
        &mut self,
        name: &str,
        (list_json, one_json): (impl Endpoint<A>, impl Endpoint<B>),
        (atom, list): (impl Endpoint<C>, impl Endpoint<D>),
    ) -> &mut Self
    where
        A: FromRequest + 'static,
        B: FromRequest + 'static,
        C: FromRequest + 'static,
        D: FromRequest + 'static,
    {
        self.at(&format!("/api/v1/communes/{{slug}}/{name}"))
            .get("", list_json)
            .get("/{id}", one_json)
            .at(&format!("/{{slug}}/{name}"))
            .get(".atom", atom)
            .get("", list)
    }
}

/// A handler a `Router` mounts: an actix handler whose answer is a response.
pub trait Endpoint<Args>: actix_web::Handler<Args, Output: actix_web::Responder + 'static> {}

impl<F, Args> Endpoint<Args> for F where
    F: actix_web::Handler<Args, Output: actix_web::Responder + 'static>
{
}

/// Every (method, pattern) registered through `Router` so far (after an app was built),
/// in registration order.
pub fn registered() -> Vec<(&'static str, String)> {
    match REGISTERED.lock() {
        Ok(g) => g.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    }
}

/// Runs database work on the blocking pool with a pooled connection. Services that write
/// through `musharaka_db::write_transaction` (`BEGIN IMMEDIATE` on SQLite) never meet a
/// busy database mid-transaction. Until every service does, a unit of work that failed
/// with a retryable error (`ErrorKind::Busy`: a deferred SQLite transaction that could not
/// upgrade its snapshot, a PostgreSQL serialization failure) was rolled back whole and is
/// run again, a few times.
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
                Err(e) if e.is_retryable() => match retry_pause(&mut attempt) {
                    Some(pause) => std::thread::sleep(pause),
                    None => return Err(e),
                },
                other => return other,
            }
        }
    })
    .await?;
    Ok(result?)
}

/// `db` for a burst-prone write (a signature, a vote): the unit joins the group commit
/// (`musharaka_db::group_commit`), run in its own savepoint of a transaction shared with
/// the units queued beside it and answered after that commit. A batch that did not commit,
/// or a retryable error, runs the unit again a few times, as `db` does. Without a writer
/// (it could not be started) it is `db`.
pub async fn write<T, F>(state: &web::Data<AppState>, f: F) -> Result<T, PageError>
where
    T: Send + 'static,
    F: Fn(&mut AnyConnection) -> Result<T, Error> + Send + Sync + 'static,
{
    let Some(writer) = &state.group_commit else {
        return db(state, f).await;
    };
    let work = std::sync::Arc::new(f);
    let mut attempt: u32 = 0;
    loop {
        let unit = work.clone();
        let again = match writer.run(move |c| unit(c)).await {
            Ok(Ok(value)) => return Ok(value),
            Ok(Err(e)) if e.is_retryable() => e,
            Ok(Err(e)) => return Err(e.into()),
            Err(lost @ musharaka_db::group_commit::Lost::NotCommitted(_)) => {
                Error::with_cause(ErrorKind::Busy, lost)
            }
            Err(lost) => return Err(Error::with_cause(ErrorKind::Unavailable, lost).into()),
        };
        match retry_pause(&mut attempt) {
            Some(pause) => actix_web::rt::time::sleep(pause).await,
            None => return Err(again.into()),
        }
    }
}

/// The pause before running a unit of work again after a retryable failure (`db`,
/// `write`): growing from 10 ms, and none once it has been run again eight times.
fn retry_pause(attempt: &mut u32) -> Option<std::time::Duration> {
    (*attempt < 8).then(|| {
        *attempt += 1;
        std::time::Duration::from_millis(5 << *attempt)
    })
}

/// What a handler answers: a page, a redirect, or an error page.
pub type Reply = Result<HttpResponse, PageError>;

/// A page with personal data or a back-office page: never stored by a browser or a proxy.
pub fn private(mut res: HttpResponse) -> HttpResponse {
    res.headers_mut().insert(
        header::CACHE_CONTROL,
        header::HeaderValue::from_static("private, no-store"),
    );
    res
}

/// An Atom feed's document.
pub fn atom_feed(body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(body)
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
    b.content_type(crate::cache::HTML)
        .body(markup.into_string())
}

/// A posted form's outcome: `Ok(Ok(value))` to go on, `Ok(Err(page))` when the service
/// marked fields (the form re-shown with them, 422), `Err` for every other error (its
/// error page). The one place a handler turns field errors into a re-shown form.
pub fn reshow_on_fields<T>(
    result: Result<T, PageError>,
    form: impl FnOnce(&FieldErrors) -> maud::Markup,
) -> Result<Result<T, HttpResponse>, PageError> {
    Ok(marked(result)?.map_err(|fields| html(form(&fields), true)))
}

/// A service's outcome split for a form: `Ok(Ok(value))` done, `Ok(Err(fields))` the fields
/// it marked (the form to re-show with them), `Err` every other error (its error page).
pub fn marked<T>(result: Result<T, PageError>) -> Result<Result<T, FieldErrors>, PageError> {
    match result {
        Ok(value) => Ok(Ok(value)),
        Err(PageError(e)) if !e.fields.is_empty() => Ok(Err(e.fields)),
        Err(e) => Err(e),
    }
}

/// Runs a posted form's service work (`db`), its field errors split out (`marked`).
pub async fn submit<T, F>(
    state: &web::Data<AppState>,
    work: F,
) -> Result<Result<T, FieldErrors>, PageError>
where
    T: Send + 'static,
    F: Fn(&mut AnyConnection) -> Result<T, Error> + Send + 'static,
{
    marked(db(state, work).await)
}

/// `submit` for a form checked first (`checked`): the fields the check marked, or the
/// service's outcome on what it returned.
pub async fn submit_checked<V, T, F>(
    state: &web::Data<AppState>,
    check: Result<V, FieldErrors>,
    work: F,
) -> Result<Result<T, FieldErrors>, PageError>
where
    V: Send + 'static,
    T: Send + 'static,
    F: Fn(&mut AnyConnection, &V) -> Result<T, Error> + Send + 'static,
{
    match check {
        Ok(value) => submit(state, move |c| work(c, &value)).await,
        Err(fields) => Ok(Err(fields)),
    }
}

/// A form's own check (`facts(&mut errors) -> Option<_>`) as a `Result`.
pub fn checked<V>(check: impl FnOnce(&mut FieldErrors) -> Option<V>) -> Result<V, FieldErrors> {
    let mut errors = FieldErrors::new();
    check(&mut errors).ok_or(errors)
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
