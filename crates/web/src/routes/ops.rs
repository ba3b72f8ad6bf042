//! For the operator and the load balancer: `/healthz` (the process answers), `/readyz`
//! (the database answers and the mail worker runs: send traffic here) and `/metrics`
//! (Prometheus text format, only for the addresses in `metrics_allow`).

use super::db;
use crate::routes::Reply;
use crate::state::AppState;
use actix_web::{web, HttpRequest, HttpResponse};
use musharaka_core::ErrorKind;
use serde_json::json;

pub fn configure(cfg: &mut crate::routes::Routes) {
    super::Router::new(cfg)
        .get("/readyz", readyz)
        .get("/metrics", metrics);
}

/// Alive: the process answers HTTP. Touches nothing else, so a slow database never gets
/// a healthy process restarted.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "ok" }))
}

/// Ready: the database answers a query and the mail worker thread runs. 503 otherwise,
/// with the parts that are not ready.
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let database = db(&state, musharaka_communes::service::database_answers)
        .await
        .is_ok();
    let mail_worker = state.mail_worker.as_ref().is_some_and(|w| w.is_running());
    let ready = database && mail_worker;
    let body = json!({
        "status": if ready { "ready" } else { "unavailable" },
        "database": database,
        "mail_worker": mail_worker,
    });
    if ready {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::ServiceUnavailable().json(body)
    }
}

/// Prometheus metrics, for the configured addresses only (404 for everyone else: the
/// page does not exist for them).
pub async fn metrics(state: web::Data<AppState>, req: HttpRequest) -> Reply {
    let client = crate::limiter::request_client(&req, &state.config.trusted_proxies);
    let allowed = client
        .parse::<std::net::IpAddr>()
        .is_ok_and(|ip| state.config.metrics_allow.iter().any(|c| c.contains(ip)));
    if !allowed {
        return Err(ErrorKind::NotFound.into());
    }
    let (jobs_waiting, jobs_failed) =
        db(&state, |c| Ok(musharaka_db::jobs::waiting_and_failed(c)?)).await?;
    let pool = state.pool.state();
    let text = crate::metrics::render(&crate::metrics::Gauges {
        pool_max: state.pool.max_size(),
        pool_open: pool.connections,
        pool_idle: pool.idle_connections,
        jobs_waiting,
        jobs_failed,
    });
    Ok(HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(text))
}
