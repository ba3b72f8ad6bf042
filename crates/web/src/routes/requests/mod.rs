//! Access to information (law 31.13) and complaints (decree 2.17.265), by audience:
//! `public` (the law explained, officers, statistics, the register; filing, the receipt,
//! the requester's page and complaint to the head), `complaints` (the dashboard, filing,
//! the filer's page), `officer` and `officer_complaints` (the back office). Identity
//! document numbers are never shown anywhere; they stay encrypted.

mod complaints;
mod officer;
mod officer_complaints;
mod public;

use super::Router;
use crate::scope::Need;
use crate::state::AppState;
use musharaka_identity::Permissions;

/// The commune's information officers (art. 12), or its admin acting for them.
pub struct InformationOfficer;

impl Need for InformationOfficer {
    fn allows(user: &Permissions, commune_id: i64) -> bool {
        musharaka_requests::service::is_officer(user, commune_id)
    }
}

/// What the requests service needs: the mail composer and the CIN keys.
fn rctx(state: &AppState) -> musharaka_requests::service::Context<'_> {
    musharaka_requests::service::Context {
        mail: state.mail_ctx(),
        protector: &state.protector,
    }
}

/// A page with personal data: never stored by a browser or a proxy.
fn private(mut res: actix_web::HttpResponse) -> actix_web::HttpResponse {
    res.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        actix_web::http::header::HeaderValue::from_static("private, no-store"),
    );
    res
}

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .get(
            "/api/v1/communes/{slug}/information/stats",
            public::stats_json,
        )
        .get(
            "/api/v1/communes/{slug}/complaints/dashboard",
            complaints::dashboard_json,
        )
        .get("/{slug}/information", public::overview)
        .post("/{slug}/information", public::file)
        .get("/{slug}/information/new", public::new_form)
        .get("/{slug}/information/mine", public::mine)
        .get("/{slug}/information/publications", public::publications)
        .get("/{slug}/information/requests/{id}", public::request_page)
        .get("/{slug}/information/requests/{id}/receipt", public::receipt)
        .post("/{slug}/information/requests/{id}/appeal", public::appeal)
        .get("/{slug}/complaints", complaints::dashboard)
        .post("/{slug}/complaints", complaints::file)
        .get("/{slug}/complaints/new", complaints::new_form)
        .get("/{slug}/complaints/{id}", complaints::page)
        .post("/{slug}/complaints/{id}/satisfaction", complaints::rate)
        .get("/{slug}/admin/information", officer::list)
        .post("/{slug}/admin/information/requests", officer::register)
        .get(
            "/{slug}/admin/information/publications",
            officer::publications,
        )
        .post(
            "/{slug}/admin/information/publications",
            officer::add_publication,
        )
        .get("/{slug}/admin/information/requests/{id}", officer::page)
        .post(
            "/{slug}/admin/information/requests/{id}/extend",
            officer::extend,
        )
        .post(
            "/{slug}/admin/information/requests/{id}/answer",
            officer::answer,
        )
        .post(
            "/{slug}/admin/information/requests/{id}/decide",
            officer::decide,
        )
        .post(
            "/{slug}/admin/information/requests/{id}/appeal",
            officer::register_appeal,
        )
        .get("/{slug}/admin/complaints", officer_complaints::list)
        .post("/{slug}/admin/complaints", officer_complaints::register)
        .get("/{slug}/admin/complaints/{id}", officer_complaints::page)
        .post("/{slug}/admin/complaints/{id}/act", officer_complaints::act);
}
