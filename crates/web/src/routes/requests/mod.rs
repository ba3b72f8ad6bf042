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
use crate::errors::PageError;
use crate::scope::{CommuneScope, Need};
use crate::state::AppState;
use crate::views::form::FieldErrors;
use musharaka_communes::Commune;
use musharaka_core::Error;
use musharaka_db::AnyConnection;
use musharaka_identity::Permissions;
use musharaka_requests::service::Context;

/// The commune's information officers (art. 12), or its admin acting for them.
pub struct InformationOfficer;

impl Need for InformationOfficer {
    fn allows(user: &Permissions, commune_id: i64) -> bool {
        musharaka_requests::service::is_officer(user, commune_id)
    }
}

/// An officer's form: `check`ed, then `work` with the service's context, the officer and
/// the commune; done, the mail worker is woken (the service may have queued mail).
async fn as_officer<V: Send + 'static, T: Send + 'static>(
    s: &CommuneScope<InformationOfficer>,
    check: Result<V, FieldErrors>,
    work: impl Fn(&mut AnyConnection, &Context<'_>, &Permissions, &Commune, &V) -> Result<T, Error>
        + Send
        + 'static,
) -> Result<Result<T, FieldErrors>, PageError> {
    let (user, commune, st) = (s.user.clone(), s.commune.clone(), s.state.clone());
    let work = move |c: &mut AnyConnection, v: &V| work(c, &rctx(&st), &user, &commune, v);
    let result = crate::routes::submit_checked(&s.state, check, work).await?;
    if result.is_ok() {
        s.state.mail_queued();
    }
    Ok(result)
}

/// What the requests service needs: the mail composer and the CIN keys.
fn rctx(state: &AppState) -> musharaka_requests::service::Context<'_> {
    musharaka_requests::service::Context {
        mail: state.mail_ctx(),
        protector: &state.protector,
    }
}

use crate::routes::private;

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
        .at("/{slug}/information")
        .get("", public::overview)
        .post("", public::file)
        .get("/new", public::new_form)
        .get("/mine", public::mine)
        .get("/publications", public::publications)
        .get("/requests/{id}", public::request_page)
        .get("/requests/{id}/receipt", public::receipt)
        .post("/requests/{id}/appeal", public::appeal)
        .at("/{slug}/complaints")
        .get("", complaints::dashboard)
        .post("", complaints::file)
        .get("/new", complaints::new_form)
        .get("/{id}", complaints::page)
        .post("/{id}/satisfaction", complaints::rate)
        .at("/{slug}/admin/information")
        .get("", officer::list)
        .post("/requests", officer::register)
        .get("/publications", officer::publications)
        .post("/publications", officer::add_publication)
        .get("/requests/{id}", officer::page)
        .post("/requests/{id}/extend", officer::extend)
        .post("/requests/{id}/answer", officer::answer)
        .post("/requests/{id}/decide", officer::decide)
        .post("/requests/{id}/appeal", officer::register_appeal)
        .at("/{slug}/admin/complaints")
        .get("", officer_complaints::list)
        .post("", officer_complaints::register)
        .get("/{id}", officer_complaints::page)
        .post("/{id}/act", officer_complaints::act);
}
