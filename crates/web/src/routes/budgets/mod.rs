//! Participatory budgets: the public pages of a commune's cycles (proposals, ballot,
//! results, follow-up, exports), their back office under `/{slug}/admin/budgets`, and the
//! JSON API. Registered before the commune's admin scope so its paths win.

use super::{db, html, reshow_on_fields, see_other, Reply, Router};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::budgets::*;
use crate::forms::{parse_number, CsrfForm};
use crate::scope::{Admin, AnyRole, CommuneScope, Id, Reviewer, Site};
use crate::state::{i18n, AppState};
use crate::uploads::{self, FileKind};
use crate::views::budgets as v;
use crate::views::form::FieldErrors;
use actix_multipart::Multipart;
use actix_web::dev::Payload;
use actix_web::{http::header, web, HttpResponse};
use actix_web::{FromRequest, HttpRequest};
use futures_util::future::LocalBoxFuture;
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
        .at("/api/v1/communes/{slug}/budgets")
        .get("", api::api_cycles)
        .get("/{cycle}", api::api_cycle)
        .get("/{cycle}/results", api::api_results)
        .at("/{slug}/admin/budgets")
        .get("", admin::admin_cycles)
        .post("", admin::admin_create)
        .get("/{cycle}", admin::admin_cycle)
        .get("/{cycle}/edit", admin::admin_edit_page)
        .post("/{cycle}/edit", admin::admin_edit)
        .post("/{cycle}/phase", admin::admin_phase)
        .post("/{cycle}/proposals/{id}/review", review::admin_review)
        .post("/{cycle}/paper", vote::admin_paper)
        .post("/{cycle}/count", admin::admin_count)
        .post("/{cycle}/proposals/{id}/update", admin::admin_update)
        .at("/{slug}/budgets")
        .get("", public::cycles)
        .get("/{cycle}", public::cycle)
        .get("/{cycle}/proposals", public::proposals)
        .post("/{cycle}/proposals", public::propose)
        .get("/{cycle}/proposals/new", public::proposal_new)
        .get("/{cycle}/proposals/{id}", public::proposal)
        .get("/{cycle}/vote", vote::vote_page)
        .post("/{cycle}/vote", vote::vote)
        .get("/{cycle}/results", public::results)
        .get("/{cycle}/results.csv", feeds::results_csv)
        .get("/{cycle}/pabulib.pb", feeds::pabulib)
        .get("/{cycle}/follow-up", public::follow_up)
        .get("/{cycle}/updates.atom", feeds::atom);
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
    let data = cycle_data(state, commune.id, cycle_id).await?;
    Ok((commune, data))
}

/// A cycle's data, kept as page data (404 for another commune's cycle).
async fn cycle_data(
    state: &web::Data<AppState>,
    cid: i64,
    cycle_id: i64,
) -> Result<std::sync::Arc<v::CycleData>, PageError> {
    let key = (cid, "pb-cycle", cycle_id.to_string());
    crate::cache::kept(state, key, move |c| pb::cycle_data(c, cid, cycle_id)).await
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

/// A public page of one cycle: the site, the cycle of the path's `{cycle}` (404 for another
/// commune's) and its data, kept as page data.
pub(super) struct CyclePage {
    site: Site,
    id: i64,
    data: std::sync::Arc<v::CycleData>,
}

impl FromRequest for CyclePage {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Self, PageError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let id = req.match_info().get("cycle").map(str::parse::<i64>);
        let site = Site::from_request(req, payload);
        Box::pin(async move {
            let id = match id {
                Some(Ok(id)) => id,
                _ => return Err(ErrorKind::InvalidInput.into()),
            };
            let site = site.await?;
            let data = cycle_data(&site.state, site.commune.id, id).await?;
            Ok(CyclePage { site, id, data })
        })
    }
}

impl CyclePage {
    /// The cycle's results; not found before the results phase.
    async fn counted(
        &self,
    ) -> Result<std::sync::Arc<(musharaka_budgets::model::Cycle, Vec<pb::DistrictResult>)>, PageError>
    {
        if self.data.cycle.phase(now()) < Phase::Results {
            return Err(Error::new(ErrorKind::NotFound).into());
        }
        results_of(&self.site.state, self.site.commune.id, self.id).await
    }
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
    crate::forms::invalid(fields).into()
}
