//! A commune's home for participation (`/{slug}`): what is open now, the next council
//! session, the latest deliberations and answers, the commune's figures; and the council
//! roster on its own page (`/{slug}/members`). Read-only: every figure comes from the
//! owning crate's public query functions.

use crate::ctx::Ctx;
use crate::routes::Reply;
use crate::routes::{db, html};
use crate::scope::Site;
use crate::state::AppState;
use crate::views;
use actix_web::web;
use musharaka_budgets::model::{Cycle, Phase};
use musharaka_cocreation::records::CallRow;
use musharaka_communes::{service, Commune};
use musharaka_consultations::records::ConsultationRow;
use musharaka_core::time::{now, today};
use musharaka_core::Error;
use musharaka_councils::records::{DeliberationRow, ItemRow};
use musharaka_councils::service::public::SessionSummary;
use musharaka_db::AnyConnection;
use musharaka_petitions::records::PetitionRow;
use musharaka_petitions::service::Summary;

/// How many entries each list of the home shows (the full lists are one click away).
const SHOWN: usize = 4;

/// Everything the commune's home shows.
pub struct Home {
    pub commune: Commune,
    /// Petitions open for signature, each with its signatures so far.
    pub collecting: Vec<(PetitionRow, i64)>,
    /// Budget cycles in a phase where residents act (proposals, vote, results), each with
    /// its phase and its ballots so far.
    pub cycles: Vec<(Cycle, Phase, i64)>,
    pub consultations: Vec<ConsultationRow>,
    pub calls: Vec<CallRow>,
    pub next_session: Option<SessionSummary>,
    pub deliberations: Vec<(DeliberationRow, ItemRow)>,
    /// Petitions the bureau or the council answered, latest first.
    pub answered: Vec<PetitionRow>,
    pub petitions: Summary,
    pub signatures: i64,
    pub ballots: i64,
    pub members: usize,
}

fn load(c: &mut AnyConnection, commune: Commune) -> Result<Home, Error> {
    let cid = commune.id;
    let (day, at) = (today(), now());
    let petitions = musharaka_petitions::service::digest(c, cid, day, SHOWN)?;
    let budgets = musharaka_budgets::service::digest(c, cid, at)?;
    let consultations = musharaka_consultations::service::open_now(c, cid, day, SHOWN)?;
    let calls = musharaka_cocreation::service::open_calls(c, cid, at, SHOWN)?;
    let next_session = musharaka_councils::service::public::next_session(c, cid, day)?;
    let deliberations =
        musharaka_councils::service::public::recent_deliberations(c, cid, SHOWN as i64)?;
    let members = usize::try_from(service::council_members_count(c, cid)?).unwrap_or_default();
    Ok(Home {
        commune,
        collecting: petitions.collecting,
        cycles: budgets.cycles,
        consultations,
        calls,
        next_session,
        deliberations,
        answered: petitions.answered,
        petitions: petitions.summary,
        signatures: petitions.signatures,
        ballots: budgets.ballots,
        members,
    })
}

/// The home of the commune the address names (from the per-process commune cache).
pub async fn commune_home(site: Site) -> Reply {
    let commune = site.commune.clone();
    site.kept_page(
        "home",
        String::new(),
        move |c| load(c, commune.clone()),
        |home| views::communes::home::home(&site.ctx, home, today()),
    )
    .await
}

/// The council roster: bureau, members, committees, contact (what the home used to be).
pub async fn members(state: web::Data<AppState>, ctx: Ctx, slug: web::Path<String>) -> Reply {
    let slug = slug.into_inner();
    let (commune, members, committees) = db(&state, move |c| service::home(c, &slug)).await?;
    Ok(html(
        views::communes::public::commune_home(&ctx, &commune, &members, &committees),
        false,
    ))
}
