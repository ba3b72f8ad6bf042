//! Building the application state and running the HTTP server.

use crate::ctx::{FreshCsrf, CSRF_COOKIE};
use crate::errors::{render_errors, PageError};
use crate::limiter::RateLimiter;
use crate::state::AppState;
use actix_web::body::MessageBody;
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{ServerHandle, ServiceRequest, ServiceResponse};
use actix_web::middleware::{from_fn, DefaultHeaders, Next};
use actix_web::{web, App, HttpMessage, HttpServer};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use musharaka_core::{Config, ErrorKind};
use musharaka_identity::session::SessionKeys;
use musharaka_mail::{Mailer, Worker};
use rand::RngCore;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

/// Database connections per process.
pub const POOL_SIZE: u32 = 16;

/// Threads a worker may run database work on: no more than there are connections (a
/// thread beyond them only waits for one, and each thread's allocator arena stays in
/// memory: 512 by default, they took the process past 140 MB under load).
const BLOCKING_THREADS: usize = POOL_SIZE as usize;

/// Opens the database (migrating it), the mailer and, if asked, the mail worker.
pub fn build_state(config: Config, start_mail_worker: bool) -> Result<AppState, String> {
    let pool = musharaka_db::connect_pool(&config.database_url, POOL_SIZE)?;
    let mut conn = pool.get().map_err(|e| format!("database: {e}"))?;
    musharaka_db::run_migrations(&mut conn)?;
    drop(conn);
    let mailer = Arc::new(Mailer::from_url(&config.mail_url, &config.mail_from)?);
    let keys = SessionKeys::new(&config.session_secret, config.session_hours)
        .map_err(|e| format!("session keys: {e}"))?;
    std::fs::create_dir_all(crate::uploads::dir(&config))
        .map_err(|e| format!("data directory {}: {e}", config.data_dir))?;
    crate::uploads::set_spool_dir(&config);
    let mail_worker = start_mail_worker.then(|| Worker::spawn(mailer.clone(), pool.clone()));
    if start_mail_worker {
        spawn_housekeeping(pool.clone(), config.retention_months);
        musharaka_events::spawn_worker(
            pool.clone(),
            crate::state::i18n(),
            config.base_url.clone(),
            mail_worker.clone(),
        );
    }
    let checkpointer = start_mail_worker
        .then(|| musharaka_db::checkpoint::spawn(&pool))
        .flatten();
    let database_url = config.database_url.clone();
    let group_commit = musharaka_db::group_commit::spawn(&pool);
    let protector = musharaka_petitions::protect::Protector::from_hex(&config.cin_key)
        .map_err(|e| format!("cin_key: {e}"))?;
    Ok(AppState {
        protector,
        auth_limiter: RateLimiter::new(config.auth_attempts_per_minute),
        config,
        pool,
        keys,
        mailer,
        mail_worker,
        clock: Default::default(),
        communes: crate::cache::CommuneCache::listening(&database_url),
        catalogues: crate::cache::Recent::new(crate::routes::data::CATALOGUE_TTL),
        pages: crate::cache::Recent::new(crate::cache::PAGE_TTL),
        checkpointer,
        group_commit,
    })
}

/// Hourly chores: erase petition signers' personal data once the retention period after
/// the final decision is over (law 09.08). Counts stay.
fn spawn_housekeeping(pool: musharaka_db::Pool, retention_months: u32) {
    std::thread::spawn(move || loop {
        let today = musharaka_core::time::today();
        match pool.get() {
            Ok(mut conn) => match musharaka_petitions::service::erase_expired_personal_data(
                &mut conn,
                today,
                retention_months,
            ) {
                Ok(0) => {}
                Ok(n) => tracing::info!(
                    petitions = n,
                    "signers' personal data erased after the retention period"
                ),
                Err(e) => tracing::warn!(error = %e, "retention purge"),
            },
            Err(e) => tracing::warn!(error = %e, "retention purge: no connection"),
        }
        std::thread::sleep(std::time::Duration::from_secs(3600));
    });
}

fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "same-origin"))
        .add((
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=()",
        ))
}

/// Gives every browser a CSRF token cookie (double-submit pattern).
async fn csrf_cookie(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let fresh = if req.cookie(CSRF_COOKIE).is_none() {
        let mut bytes = [0u8; 24];
        rand::rng().fill_bytes(&mut bytes);
        let token = URL_SAFE_NO_PAD.encode(bytes);
        req.extensions_mut().insert(FreshCsrf(token.clone()));
        Some(token)
    } else {
        None
    };
    let secure = req
        .app_data::<web::Data<AppState>>()
        .is_some_and(|s| s.config.secure_cookies);
    let mut res = next.call(req).await?;
    if let Some(token) = fresh {
        let cookie = Cookie::build(CSRF_COOKIE, token)
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Lax)
            .finish();
        res.response_mut().add_cookie(&cookie)?;
    }
    Ok(res)
}

/// One line per request: method, route pattern (never the raw path, which may hold
/// tokens), status and duration. No personal data.
async fn log_requests(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let start = Instant::now();
    let method = req.method().clone();
    let res = next.call(req).await?;
    let route = res.request().match_pattern().unwrap_or_else(|| "-".into());
    tracing::info!(
        method = %method,
        route = %route,
        status = res.status().as_u16(),
        ms = start.elapsed().as_millis() as u64,
        "request"
    );
    Ok(res)
}

async fn not_found() -> Result<actix_web::HttpResponse, PageError> {
    Err(ErrorKind::NotFound.into())
}

fn input_error() -> PageError {
    ErrorKind::InvalidInput.into()
}

/// The application with its middleware, for `HttpServer::new`.
macro_rules! app {
    ($state:expr) => {
        App::new()
            .app_data($state.clone())
            .app_data(web::PayloadConfig::new(crate::forms::FORM_LIMIT))
            .app_data(web::PathConfig::default().error_handler(|_, _| input_error().into()))
            .app_data(web::QueryConfig::default().error_handler(|_, _| input_error().into()))
            .app_data(web::FormConfig::default().error_handler(|_, _| input_error().into()))
            .wrap(from_fn(crate::edge::reject_control))
            .wrap(from_fn(render_errors))
            .wrap(from_fn(crate::edge::private_no_store))
            .wrap(from_fn(csrf_cookie))
            .wrap(security_headers())
            .wrap(from_fn(log_requests))
            .wrap(from_fn(crate::gzip::gzip))
            .wrap(from_fn(crate::metrics::observe))
            .wrap(from_fn(crate::cache::note_writes))
            .configure(crate::routes::configure)
            .default_service(web::to(not_found))
    };
}

/// Serves until stopped (Ctrl-C).
pub async fn run_server(state: AppState, bind: &str) -> Result<(), String> {
    let state = web::Data::new(state);
    tracing::info!(%bind, "listening");
    HttpServer::new(move || app!(state))
        .worker_max_blocking_threads(BLOCKING_THREADS)
        .bind(bind)
        .map_err(|e| format!("cannot listen on {bind}: {e}"))?
        .run()
        .await
        .map_err(|e| e.to_string())
}

/// A server on a free local port in its own thread (tests, load scripts).
pub struct RunningServer {
    pub addr: SocketAddr,
    pub state: web::Data<AppState>,
    handle: ServerHandle,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl RunningServer {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for RunningServer {
    fn drop(&mut self) {
        let handle = self.handle.clone();
        actix_web::rt::System::new().block_on(handle.stop(false));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

pub fn spawn_server(state: AppState) -> Result<RunningServer, String> {
    let state = web::Data::new(state);
    let data = state.clone();
    let (tx, rx) = std::sync::mpsc::channel();
    let thread = std::thread::spawn(move || {
        let sys = actix_web::rt::System::new();
        sys.block_on(async move {
            let server = HttpServer::new(move || app!(data))
                .workers(2)
                .worker_max_blocking_threads(BLOCKING_THREADS)
                .disable_signals()
                .bind("127.0.0.1:0");
            let server = match server {
                Ok(s) => s,
                Err(e) => {
                    let _ = tx.send(Err(e.to_string()));
                    return;
                }
            };
            let addr = server.addrs()[0];
            let server = server.run();
            let _ = tx.send(Ok((addr, server.handle())));
            let _ = server.await;
        });
    });
    let (addr, handle) = rx.recv().map_err(|e| e.to_string())??;
    Ok(RunningServer {
        addr,
        state,
        handle,
        thread: Some(thread),
    })
}
