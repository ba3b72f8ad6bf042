//! Participatory budgets: the public pages of a commune's cycles (proposals, ballot,
//! results, follow-up, exports), their back office under `/{slug}/admin/budgets`, and the
//! JSON API. Registered before the commune's admin scope so its paths win.

use super::{db, html, reshow_on_fields, see_other, Router};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::budgets::*;
use crate::forms::{parse_number, CsrfForm};
use crate::scope::{Admin, AnyRole, CommuneScope, Reviewer};
use crate::state::{i18n, AppState};
use crate::uploads::{self, FileKind};
use crate::views::budgets as v;
use crate::views::form::FieldErrors;
use actix_multipart::Multipart;
use actix_web::{http::header, web, HttpResponse};
use musharaka_budgets::model::Phase;
use musharaka_budgets::service::{self as pb, MailContext, Voter};
use musharaka_budgets::store::ProposalFilter;
use musharaka_communes::Commune;
use musharaka_core::time::now;
use musharaka_core::{Error, ErrorKind};

mod admin;
mod api;
mod feeds;
mod public;
mod review;
mod vote;

pub fn configure(cfg: &mut crate::routes::Routes) {
    Router::new(cfg)
        .get("/api/v1/communes/{slug}/budgets", api::api_cycles)
        .get("/api/v1/communes/{slug}/budgets/{cycle}", api::api_cycle)
        .get(
            "/api/v1/communes/{slug}/budgets/{cycle}/results",
            api::api_results,
        )
        .get("/{slug}/admin/budgets", admin::admin_cycles)
        .post("/{slug}/admin/budgets", admin::admin_create)
        .get("/{slug}/admin/budgets/{cycle}", admin::admin_cycle)
        .get("/{slug}/admin/budgets/{cycle}/edit", admin::admin_edit_page)
        .post("/{slug}/admin/budgets/{cycle}/edit", admin::admin_edit)
        .post("/{slug}/admin/budgets/{cycle}/phase", admin::admin_phase)
        .post(
            "/{slug}/admin/budgets/{cycle}/proposals/{id}/review",
            review::admin_review,
        )
        .post("/{slug}/admin/budgets/{cycle}/paper", vote::admin_paper)
        .post("/{slug}/admin/budgets/{cycle}/count", admin::admin_count)
        .post(
            "/{slug}/admin/budgets/{cycle}/proposals/{id}/update",
            admin::admin_update,
        )
        .get("/{slug}/budgets", public::cycles)
        .get("/{slug}/budgets/{cycle}", public::cycle)
        .get("/{slug}/budgets/{cycle}/proposals", public::proposals)
        .post("/{slug}/budgets/{cycle}/proposals", public::propose)
        .get(
            "/{slug}/budgets/{cycle}/proposals/new",
            public::proposal_new,
        )
        .get("/{slug}/budgets/{cycle}/proposals/{id}", public::proposal)
        .get("/{slug}/budgets/{cycle}/vote", vote::vote_page)
        .post("/{slug}/budgets/{cycle}/vote", vote::vote)
        .get("/{slug}/budgets/{cycle}/results", public::results)
        .get("/{slug}/budgets/{cycle}/results.csv", feeds::results_csv)
        .get("/{slug}/budgets/{cycle}/pabulib.pb", feeds::pabulib)
        .get("/{slug}/budgets/{cycle}/follow-up", public::follow_up)
        .get("/{slug}/budgets/{cycle}/updates.atom", feeds::atom);
}

async fn commune(state: &web::Data<AppState>, slug: &str) -> Result<Commune, PageError> {
    crate::cache::commune(state, slug).await
}

/// A cycle of the commune (404 for another commune's cycle).
async fn cycle_of(
    state: &web::Data<AppState>,
    slug: &str,
    cycle_id: i64,
) -> Result<(Commune, std::sync::Arc<v::CycleData>), PageError> {
    let commune = commune(state, slug).await?;
    let cid = commune.id;
    let key = (cid, "pb-cycle", cycle_id.to_string());
    let data = crate::cache::kept(state, key, move |c| pb::cycle_data(c, cid, cycle_id)).await?;
    Ok((commune, data))
}

/// A cycle's results (stored, or counted live), kept as page data.
async fn results_of(
    state: &web::Data<AppState>,
    cid: i64,
    id: i64,
) -> Result<std::sync::Arc<(musharaka_budgets::model::Cycle, Vec<pb::DistrictResult>)>, PageError> {
    let key = (cid, "pb-results", id.to_string());
    crate::cache::kept(state, key, move |c| pb::results(c, cid, id)).await
}

/// The cycle and its results; not found before the results phase.
async fn counted(
    state: &web::Data<AppState>,
    slug: &str,
    id: i64,
) -> Result<
    (
        Commune,
        std::sync::Arc<v::CycleData>,
        std::sync::Arc<(musharaka_budgets::model::Cycle, Vec<pb::DistrictResult>)>,
    ),
    PageError,
> {
    let (commune, data) = cycle_of(state, slug, id).await?;
    if data.cycle.phase(now()) < Phase::Results {
        return Err(Error::new(ErrorKind::NotFound).into());
    }
    let results = results_of(state, commune.id, id).await?;
    Ok((commune, data, results))
}

/// A keyed hash of a CIN number (the same HMAC key and normalisation as petition
/// signatures): enough to refuse a second ballot of the same person, useless to read back.
fn cin_hash(
    protector: &musharaka_petitions::protect::Protector,
    cin: &str,
) -> Result<String, Error> {
    let cin = musharaka_petitions::Cin::parse(cin)
        .map_err(|_| Error::field(ErrorKind::InvalidInput, "voter_cin", "pet-error-cin"))?;
    Ok(protector.hash(&format!("pb:{}", cin.as_str())))
}

/// The field errors of a form and of its files, as one error (the form is re-shown, 422).
fn invalid<A, B>(form: Result<A, FieldErrors>, files: Result<B, FieldErrors>) -> PageError {
    let mut fields = form.err().unwrap_or_default();
    fields.extend(files.err().unwrap_or_default());
    PageError(Error {
        kind: ErrorKind::InvalidInput,
        cause: None,
        fields,
    })
}
