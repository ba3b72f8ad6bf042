//! Participatory budgets: the public pages of a commune's cycles (proposals, ballot,
//! results, follow-up, exports), their back office under `/{slug}/admin/budgets`, and the
//! JSON API. Registered before the commune's admin scope so its paths win.

use super::{db, html, see_other};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::{parse_date, parse_number, require_text, CsrfForm};
use crate::state::{i18n, AppState};
use crate::uploads::{self, FileKind};
use crate::views::budgets as v;
use crate::views::form::FieldErrors;
use actix_multipart::Multipart;
use actix_web::{http::header, web, HttpResponse};
use chrono::NaiveTime;
use musharaka_budgets::model::{BallotType, ImplStatus, Phase, TieBreak, WhoProposes};
use musharaka_budgets::rules::parse_amount;
use musharaka_budgets::service::{
    self as pb, CycleFacts, MailContext, ProposalFacts, ReviewFacts, UpdateFacts, Voter,
};
use musharaka_budgets::store::{self, ProposalFilter};
use musharaka_budgets::Rule;
use musharaka_communes::service as communes;
use musharaka_communes::Commune;
use musharaka_core::time::now;
use musharaka_core::{Error, ErrorKind};
use musharaka_identity::Permissions;
use serde::Deserialize;
use serde_json::{json, Value};

pub const PAGE_SIZE: i64 = 20;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/communes/{slug}/budgets", web::get().to(api_cycles))
        .route(
            "/api/v1/communes/{slug}/budgets/{cycle}",
            web::get().to(api_cycle),
        )
        .route(
            "/api/v1/communes/{slug}/budgets/{cycle}/results",
            web::get().to(api_results),
        )
        .route("/{slug}/admin/budgets", web::get().to(admin_cycles))
        .route("/{slug}/admin/budgets", web::post().to(admin_create))
        .route("/{slug}/admin/budgets/{cycle}", web::get().to(admin_cycle))
        .route(
            "/{slug}/admin/budgets/{cycle}/edit",
            web::get().to(admin_edit_page),
        )
        .route(
            "/{slug}/admin/budgets/{cycle}/edit",
            web::post().to(admin_edit),
        )
        .route(
            "/{slug}/admin/budgets/{cycle}/phase",
            web::post().to(admin_phase),
        )
        .route(
            "/{slug}/admin/budgets/{cycle}/proposals/{id}/review",
            web::post().to(admin_review),
        )
        .route(
            "/{slug}/admin/budgets/{cycle}/paper",
            web::post().to(admin_paper),
        )
        .route(
            "/{slug}/admin/budgets/{cycle}/count",
            web::post().to(admin_count),
        )
        .route(
            "/{slug}/admin/budgets/{cycle}/proposals/{id}/update",
            web::post().to(admin_update),
        )
        .route("/{slug}/budgets", web::get().to(cycles))
        .route("/{slug}/budgets/{cycle}", web::get().to(cycle))
        .route(
            "/{slug}/budgets/{cycle}/proposals",
            web::get().to(proposals),
        )
        .route("/{slug}/budgets/{cycle}/proposals", web::post().to(propose))
        .route(
            "/{slug}/budgets/{cycle}/proposals/new",
            web::get().to(proposal_new),
        )
        .route(
            "/{slug}/budgets/{cycle}/proposals/{id}",
            web::get().to(proposal),
        )
        .route("/{slug}/budgets/{cycle}/vote", web::get().to(vote_page))
        .route("/{slug}/budgets/{cycle}/vote", web::post().to(vote))
        .route("/{slug}/budgets/{cycle}/results", web::get().to(results))
        .route(
            "/{slug}/budgets/{cycle}/results.csv",
            web::get().to(results_csv),
        )
        .route("/{slug}/budgets/{cycle}/pabulib.pb", web::get().to(pabulib))
        .route(
            "/{slug}/budgets/{cycle}/follow-up",
            web::get().to(follow_up),
        )
        .route("/{slug}/budgets/{cycle}/updates.atom", web::get().to(atom));
}

async fn commune(state: &web::Data<AppState>, slug: &str) -> Result<Commune, PageError> {
    let slug = slug.to_string();
    db(state, move |c| communes::by_slug(c, &slug)).await
}

/// A cycle of the commune (404 for another commune's cycle).
async fn cycle_of(
    state: &web::Data<AppState>,
    slug: &str,
    cycle_id: i64,
) -> Result<(Commune, v::CycleData), PageError> {
    let commune = commune(state, slug).await?;
    let cid = commune.id;
    let data = db(state, move |c| {
        Ok(v::CycleData {
            cycle: store::cycle(c, cid, cycle_id)?,
            districts: store::districts(c, cid, cycle_id)?,
            categories: store::categories(c, cid, cycle_id)?,
            turnout: store::turnout(c, cid, cycle_id)?,
        })
    })
    .await?;
    Ok((commune, data))
}

// ---- public pages --------------------------------------------------------------

async fn cycles(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let list = db(&state, move |c| Ok(store::cycles(c, cid)?)).await?;
    Ok(html(v::cycles(&ctx, &commune, &list, now()), false))
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

async fn cycle(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    Ok(html(
        v::cycle(&ctx, &commune, &data, now(), q.done.as_deref()),
        false,
    ))
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    pub district: Option<String>,
    pub category: Option<String>,
    pub status: Option<String>,
    pub page: Option<i64>,
}

async fn proposals(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    let q = q.into_inner();
    let filter = ProposalFilter {
        district_id: q.district.as_deref().and_then(|s| s.parse().ok()),
        category_id: q.category.as_deref().and_then(|s| s.parse().ok()),
        status: q
            .status
            .as_deref()
            .filter(|s| {
                s.parse::<musharaka_budgets::model::ProposalStatus>()
                    .is_ok()
            })
            .map(str::to_string),
        selected_only: false,
    };
    let page = q.page.unwrap_or(1).max(1);
    let cid = commune.id;
    let show_votes = data.cycle.phase(now()) >= Phase::Results;
    let (list, total, tallies) = db(&state, move |c| {
        let (list, total) =
            store::proposals(c, cid, id, &filter, PAGE_SIZE, (page - 1) * PAGE_SIZE)?;
        let tallies = if show_votes {
            store::tallies(c, cid, id)?
        } else {
            Default::default()
        };
        Ok((list, total, tallies))
    })
    .await?;
    Ok(html(
        v::proposals(
            &ctx,
            &commune,
            &data,
            &v::ProposalPage {
                list: &list,
                total,
                page,
                query: &q,
                tallies: show_votes.then_some(&tallies),
            },
        ),
        false,
    ))
}

async fn proposal(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, cycle_id, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, cycle_id).await?;
    let cid = commune.id;
    let show_votes = data.cycle.phase(now()) >= Phase::Results;
    let (p, (updates, photos), votes, others) = db(&state, move |c| {
        let p = store::proposal(c, cid, cycle_id, id)?;
        let updates = store::updates(c, cid, cycle_id, Some(id), 100)?;
        let ids: Vec<i64> = updates.iter().map(|u| u.id).collect();
        let updates = (updates, store::update_photos(c, cid, &ids)?);
        let votes = if show_votes {
            store::tallies(c, cid, cycle_id)?.get(&id).copied()
        } else {
            None
        };
        let others = store::all_proposals(c, cid, cycle_id)?;
        Ok((p, updates, votes, others))
    })
    .await?;
    let reviewer = ctx
        .user
        .as_ref()
        .is_some_and(|u| pb::may_review(u, commune.id));
    Ok(html(
        v::proposal(
            &ctx,
            &commune,
            &data,
            &p,
            &v::Updates {
                list: &updates,
                photos: &photos,
            },
            votes,
            reviewer.then_some(others.as_slice()),
            None,
            &vec![],
        ),
        false,
    ))
}

async fn proposal_new(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    ctx.require_user()?;
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    Ok(html(
        v::proposal_form(&ctx, &commune, &data, &v::ProposalInput::default(), &vec![]),
        false,
    ))
}

async fn propose(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    payload: Multipart,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    let form = uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let input = v::ProposalInput {
        title: form.text("title").to_string(),
        description: form.text("description").to_string(),
        location: form.text("location").to_string(),
        district_id: form.text("district_id").to_string(),
        category_id: form.text("category_id").to_string(),
        estimated: form.text("estimated").to_string(),
        as_association: !form.text("as_association").is_empty(),
    };
    let mut errors = FieldErrors::new();
    require_text(&input.title, "title", 200, &mut errors);
    require_text(&input.description, "description", 5000, &mut errors);
    if input.location.chars().count() > 300 {
        errors.push(("location".into(), "field-too-long".into()));
    }
    let district_id = parse_number::<i64>(&input.district_id, "district_id", &mut errors);
    let category_id = match input.category_id.trim() {
        "" => None,
        s => parse_number::<i64>(s, "category_id", &mut errors),
    };
    let estimated = parse_amount(&input.estimated);
    if estimated.is_none_or(|c| c <= 0) {
        errors.push(("estimated".into(), "field-number".into()));
    }
    let photo = form.files.into_iter().find(|f| f.field == "photo");
    let kind = match &photo {
        Some(f) => match uploads::check_kind(f, &[FileKind::Png, FileKind::Jpeg]) {
            Ok(k) => Some(k),
            Err(e) => {
                errors.extend(e.fields);
                None
            }
        },
        None => None,
    };
    let (Some(district_id), Some(estimated), true) = (district_id, estimated, errors.is_empty())
    else {
        return Ok(html(
            v::proposal_form(&ctx, &commune, &data, &input, &errors),
            true,
        ));
    };
    let config = state.config.clone();
    let cid = commune.id;
    let as_association = input.as_association;
    let title = input.title.clone();
    let description = input.description.clone();
    let location = input.location.clone();
    let result = db(&state, move |c| {
        let photo_upload_id = match (&photo, kind) {
            (Some(f), Some(k)) => Some(uploads::store(
                c,
                &config,
                f,
                k,
                Some(user.account.id),
                Some(cid),
                false,
            )?),
            _ => None,
        };
        pb::submit_proposal(
            c,
            &user,
            cid,
            id,
            &ProposalFacts {
                district_id,
                category_id,
                title: title.clone(),
                description: description.clone(),
                location: location.clone(),
                estimated_cents: estimated,
                photo_upload_id,
                as_association,
            },
        )
    })
    .await;
    match result {
        Ok(p) => Ok(see_other(&format!(
            "/{}/budgets/{id}/proposals/{}",
            commune.slug, p.id
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let status_422 = e.kind != ErrorKind::Forbidden;
            if !status_422 {
                return Err(PageError(e));
            }
            Ok(html(
                v::proposal_form(&ctx, &commune, &data, &input, &e.fields),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

// ---- voting --------------------------------------------------------------------

#[derive(Deserialize, Default)]
pub struct BallotForm {
    #[serde(default)]
    pub p: Vec<String>,
    #[serde(default)]
    pub birth_year: String,
    #[serde(default)]
    pub paper_number: String,
    #[serde(default)]
    pub voter_email: String,
    #[serde(default)]
    pub voter_cin: String,
}

impl BallotForm {
    fn choices(&self) -> Vec<i64> {
        self.p
            .iter()
            .filter_map(|s| s.trim().parse().ok())
            .collect()
    }
}

async fn vote_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let key = format!("account:{}", user.account.id);
    let (bctx, mine) = db(&state, move |c| {
        Ok((
            pb::ballot_context(c, cid, id)?,
            store::ballot_of(c, cid, id, &key)?,
        ))
    })
    .await?;
    let form = BallotForm {
        p: mine
            .as_ref()
            .map(|(_, _, items)| items.iter().map(|i| i.to_string()).collect())
            .unwrap_or_default(),
        ..Default::default()
    };
    let channel = mine.map(|(_, ch, _)| ch);
    Ok(html(
        v::ballot(
            &ctx,
            &commune,
            &bctx,
            &form,
            channel.as_deref(),
            &[],
            &vec![],
        ),
        false,
    ))
}

async fn vote(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<BallotForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let bctx = db(&state, move |c| pb::ballot_context(c, cid, id)).await?;
    let mut errors = FieldErrors::new();
    let birth_year = match form.birth_year.trim() {
        "" => {
            errors.push(("birth_year".into(), "field-required".into()));
            None
        }
        s => parse_number::<i32>(s, "birth_year", &mut errors),
    };
    let choices = form.choices();
    let problems = bctx.check(&choices, birth_year);
    if !errors.is_empty() || !problems.is_empty() {
        return Ok(html(
            v::ballot(&ctx, &commune, &bctx, &form, None, &problems, &errors),
            true,
        ));
    }
    let result = db(&state, move |c| {
        pb::cast_ballot(c, cid, id, &Voter::Online(&user), &choices, birth_year)
    })
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/{}/budgets/{id}?done=pb-ballot-saved",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let status = e.kind;
            let page = v::ballot(&ctx, &commune, &bctx, &form, None, &[], &e.fields);
            let mut res = html(page, true);
            if status == ErrorKind::Conflict {
                *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
            }
            Ok(res)
        }
        Err(e) => Err(e),
    }
}

// ---- results and exports -------------------------------------------------------

async fn counted(
    state: &web::Data<AppState>,
    slug: &str,
    id: i64,
) -> Result<(Commune, v::CycleData, Vec<pb::DistrictResult>), PageError> {
    let (commune, data) = cycle_of(state, slug, id).await?;
    if data.cycle.phase(now()) < Phase::Results {
        return Err(Error::new(ErrorKind::NotFound).into());
    }
    let cid = commune.id;
    let (_, results) = db(state, move |c| pb::count_cycle(c, cid, id)).await?;
    Ok((commune, data, results))
}

async fn results(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    if data.cycle.phase(now()) < Phase::Results {
        return Ok(html(v::results_closed(&ctx, &commune, &data), false));
    }
    let (commune, data, results) = counted(&state, &slug, id).await?;
    Ok(html(v::results(&ctx, &commune, &data, &results), false))
}

fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

async fn results_csv(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data, results) = counted(&state, &slug, id).await?;
    let mut out = String::from(
        "district,proposal_id,title,cost_mad,votes,selected,rule,greedy,equal_shares\n",
    );
    for r in &results {
        for (p, votes) in &r.projects {
            let row = [
                csv_cell(&r.district.name_fr),
                p.id.to_string(),
                csv_cell(&p.title),
                pb::amount_string(p.cost_cents()),
                votes.to_string(),
                r.outcome.winners.contains(&p.id).to_string(),
                r.outcome.rule.clone(),
                r.greedy.winners.contains(&p.id).to_string(),
                r.equal_shares.winners.contains(&p.id).to_string(),
            ];
            out.push_str(&row.join(","));
            out.push('\n');
        }
    }
    let name = format!("{}-{}-results.csv", commune.slug, data.cycle.year);
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/csv; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{name}\""),
        ))
        .body(out))
}

#[derive(Deserialize)]
pub struct DistrictQuery {
    district: Option<i64>,
}

async fn pabulib(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
    q: web::Query<DistrictQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    // Ballots are published with the results, never during the vote.
    if data.cycle.phase(now()) < Phase::Results {
        return Err(ErrorKind::NotFound.into());
    }
    let cid = commune.id;
    let s = commune.slug.clone();
    let district = q.district;
    let text = db(&state, move |c| {
        pb::pabulib_export(c, &s, cid, id, district)
    })
    .await?;
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "text/plain; charset=utf-8"))
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{}-{}.pb\"",
                commune.slug, data.cycle.year
            ),
        ))
        .body(text))
}

async fn follow_up(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    let cid = commune.id;
    let (selected, updates) = db(&state, move |c| {
        let filter = ProposalFilter {
            selected_only: true,
            ..Default::default()
        };
        let (list, _) = store::proposals(c, cid, id, &filter, 1000, 0)?;
        let updates = store::updates(c, cid, id, None, 50)?;
        let ids: Vec<i64> = updates.iter().map(|u| u.id).collect();
        let photos = store::update_photos(c, cid, &ids)?;
        Ok((list, (updates, photos)))
    })
    .await?;
    let (updates, photos) = updates;
    Ok(html(
        v::follow_up(
            &ctx,
            &commune,
            &data,
            &selected,
            &v::Updates {
                list: &updates,
                photos: &photos,
            },
        ),
        false,
    ))
}

async fn atom(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    let cid = commune.id;
    let (proposals, updates, photos) = db(&state, move |c| {
        let proposals = store::all_proposals(c, cid, id)?;
        let updates = store::updates(c, cid, id, None, 50)?;
        let ids: Vec<i64> = updates.iter().map(|u| u.id).collect();
        let photos = store::update_photos(c, cid, &ids)?;
        Ok((proposals, updates, photos))
    })
    .await?;
    let body = v::atom(
        &ctx,
        &state.config.base_url,
        &commune,
        &data.cycle,
        &proposals,
        &v::Updates {
            list: &updates,
            photos: &photos,
        },
    );
    Ok(HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"))
        .body(body))
}

// ---- back office ---------------------------------------------------------------

/// Loads the commune and checks the permission: `need_admin`, or any back-office role.
async fn scope(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    slug: &str,
    need_admin: bool,
) -> Result<(Commune, Permissions), PageError> {
    let user = ctx.require_user()?.clone();
    let commune = commune(state, slug).await?;
    let allowed = if need_admin {
        user.can_administer(commune.id)
    } else {
        user.has_any(commune.id)
    };
    if !allowed {
        return Err(ErrorKind::Forbidden.into());
    }
    Ok((commune, user))
}

async fn admin_cycles(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (commune, _) = scope(&state, &ctx, &slug, false).await?;
    let cid = commune.id;
    let list = db(&state, move |c| Ok(store::cycles(c, cid)?)).await?;
    Ok(html(
        v::admin_cycles(&ctx, &commune, &list, &CycleForm::default(), &vec![]),
        false,
    ))
}

#[derive(Deserialize, Default)]
pub struct CycleForm {
    #[serde(default)]
    pub year: String,
    #[serde(default)]
    pub title_ar: String,
    #[serde(default)]
    pub title_fr: String,
    #[serde(default)]
    pub description_ar: String,
    #[serde(default)]
    pub description_fr: String,
    #[serde(default)]
    pub total: String,
    #[serde(default)]
    pub information_at: String,
    #[serde(default)]
    pub proposals_at: String,
    #[serde(default)]
    pub review_at: String,
    #[serde(default)]
    pub voting_at: String,
    #[serde(default)]
    pub results_at: String,
    #[serde(default)]
    pub implementation_at: String,
    #[serde(default)]
    pub who_proposes: String,
    #[serde(default)]
    pub voter_min_age: String,
    #[serde(default)]
    pub ballot_type: String,
    #[serde(default)]
    pub min_projects: String,
    #[serde(default)]
    pub max_projects: String,
    #[serde(default)]
    pub districts_per_voter: String,
    #[serde(default)]
    pub rule: String,
    #[serde(default)]
    pub tie_break: String,
    /// One district a line: `name ar | name fr | amount`.
    #[serde(default)]
    pub districts: String,
    /// One category a line: `name ar | name fr`.
    #[serde(default)]
    pub categories: String,
}

pub const CALENDAR_FIELDS: [&str; 6] = [
    "information_at",
    "proposals_at",
    "review_at",
    "voting_at",
    "results_at",
    "implementation_at",
];

impl CycleForm {
    /// The form filled with an existing cycle's facts (the edit form), in the same text
    /// shapes `facts` reads back.
    pub fn from_facts(f: &CycleFacts) -> Self {
        let day = |t: &chrono::NaiveDateTime| t.date().format("%Y-%m-%d").to_string();
        let [information, proposals, review, voting, results, implementation] = &f.calendar;
        CycleForm {
            year: f.year.to_string(),
            title_ar: f.title_ar.clone(),
            title_fr: f.title_fr.clone(),
            description_ar: f.description_ar.clone(),
            description_fr: f.description_fr.clone(),
            total: pb::amount_string(f.total_cents),
            information_at: day(information),
            proposals_at: day(proposals),
            review_at: day(review),
            voting_at: day(voting),
            results_at: day(results),
            implementation_at: day(implementation),
            who_proposes: f.who_proposes.key().to_string(),
            voter_min_age: f.voter_min_age.to_string(),
            ballot_type: f.ballot_type.key().to_string(),
            min_projects: f.min_projects.to_string(),
            max_projects: f.max_projects.to_string(),
            districts_per_voter: f.districts_per_voter.to_string(),
            rule: f.rule.clone(),
            tie_break: f.tie_break.key().to_string(),
            districts: f
                .districts
                .iter()
                .map(|(ar, fr, amount)| format!("{ar} | {fr} | {}", pb::amount_string(*amount)))
                .collect::<Vec<_>>()
                .join("\n"),
            categories: f
                .categories
                .iter()
                .map(|(ar, fr)| format!("{ar} | {fr}"))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    fn facts(&self, errors: &mut FieldErrors) -> Option<CycleFacts> {
        let year = parse_number::<i32>(&self.year, "year", errors);
        require_text(&self.title_ar, "title_ar", 200, errors);
        require_text(&self.title_fr, "title_fr", 200, errors);
        let total = parse_amount(&self.total);
        if total.is_none() {
            errors.push(("total".into(), "field-number".into()));
        }
        let values = [
            &self.information_at,
            &self.proposals_at,
            &self.review_at,
            &self.voting_at,
            &self.results_at,
            &self.implementation_at,
        ];
        let mut calendar = Vec::new();
        for (name, value) in CALENDAR_FIELDS.iter().zip(values) {
            if let Some(d) = parse_date(value, name, true, errors) {
                calendar.push(d.and_time(NaiveTime::MIN));
            }
        }
        let choice = |v: &str, f: &str, errors: &mut FieldErrors| {
            if v.is_empty() {
                errors.push((f.into(), "field-choice".into()));
            }
        };
        let who: Option<WhoProposes> = self.who_proposes.parse().ok();
        choice(if who.is_some() { "x" } else { "" }, "who_proposes", errors);
        let ballot: Option<BallotType> = self.ballot_type.parse().ok();
        choice(
            if ballot.is_some() { "x" } else { "" },
            "ballot_type",
            errors,
        );
        let tie: Option<TieBreak> = self.tie_break.parse().ok();
        choice(if tie.is_some() { "x" } else { "" }, "tie_break", errors);
        if self.rule.parse::<Rule>().is_err() {
            errors.push(("rule".into(), "field-choice".into()));
        }
        let min_age = parse_number::<i32>(&self.voter_min_age, "voter_min_age", errors);
        let min_projects = parse_number::<i32>(&self.min_projects, "min_projects", errors);
        let max_projects = parse_number::<i32>(&self.max_projects, "max_projects", errors);
        let per_voter =
            parse_number::<i32>(&self.districts_per_voter, "districts_per_voter", errors);
        let mut districts = Vec::new();
        for line in self.districts.lines().filter(|l| !l.trim().is_empty()) {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            match (parts.as_slice(), parts.get(2).and_then(|a| parse_amount(a))) {
                ([ar, fr, _], Some(amount)) if !ar.is_empty() && !fr.is_empty() => {
                    districts.push((ar.to_string(), fr.to_string(), amount))
                }
                _ => {
                    errors.push(("districts".into(), "pb-field-districts".into()));
                    break;
                }
            }
        }
        let mut categories = Vec::new();
        for line in self.categories.lines().filter(|l| !l.trim().is_empty()) {
            let parts: Vec<&str> = line.split('|').map(str::trim).collect();
            match parts.as_slice() {
                [ar, fr] if !ar.is_empty() && !fr.is_empty() => {
                    categories.push((ar.to_string(), fr.to_string()))
                }
                _ => {
                    errors.push(("categories".into(), "pb-field-categories".into()));
                    break;
                }
            }
        }
        if !errors.is_empty() {
            return None;
        }
        Some(CycleFacts {
            year: year?,
            title_ar: self.title_ar.clone(),
            title_fr: self.title_fr.clone(),
            description_ar: self.description_ar.clone(),
            description_fr: self.description_fr.clone(),
            total_cents: total?,
            calendar: calendar.try_into().ok()?,
            who_proposes: who?,
            voter_min_age: min_age?,
            ballot_type: ballot?,
            min_projects: min_projects?,
            max_projects: max_projects?,
            districts_per_voter: per_voter?,
            rule: self.rule.clone(),
            tie_break: tie?,
            districts,
            categories,
        })
    }
}

async fn admin_create(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    CsrfForm(form): CsrfForm<CycleForm>,
) -> Result<HttpResponse, PageError> {
    let (commune, user) = scope(&state, &ctx, &slug, true).await?;
    let cid = commune.id;
    let mut errors = FieldErrors::new();
    let facts = form.facts(&mut errors);
    let result = match facts {
        Some(f) => db(&state, move |c| pb::create_cycle(c, Some(&user), cid, &f)).await,
        None => Err(PageError(Error {
            kind: ErrorKind::InvalidInput,
            cause: None,
            fields: errors,
        })),
    };
    match result {
        Ok(cycle) => Ok(see_other(&format!(
            "/{}/admin/budgets/{}?done=admin-saved",
            commune.slug, cycle.id
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let list = db(&state, move |c| Ok(store::cycles(c, cid)?)).await?;
            Ok(html(
                v::admin_cycles(&ctx, &commune, &list, &form, &e.fields),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

/// The edit form of a cycle's rulebook, with whether it is already frozen.
async fn admin_edit_view(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: i64,
    form: Option<&CycleForm>,
    errors: &FieldErrors,
) -> Result<maud::Markup, PageError> {
    let cid = commune.id;
    let (cycle, facts, ballots) = db(state, move |c| {
        Ok((
            store::cycle(c, cid, id)?,
            pb::cycle_facts(c, cid, id)?,
            store::turnout(c, cid, id)?,
        ))
    })
    .await?;
    let frozen = musharaka_budgets::rules::rulebook_frozen(cycle.phase(now()), ballots);
    let filled;
    let form = match form {
        Some(f) => f,
        None => {
            filled = CycleForm::from_facts(&facts);
            &filled
        }
    };
    Ok(v::admin_edit_cycle(
        ctx, commune, &cycle, frozen, form, errors,
    ))
}

async fn admin_edit_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, _) = scope(&state, &ctx, &slug, true).await?;
    let page = admin_edit_view(&state, &ctx, &commune, id, None, &vec![]).await?;
    Ok(html(page, false))
}

async fn admin_edit(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<CycleForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug, true).await?;
    let cid = commune.id;
    let mut errors = FieldErrors::new();
    let result = match form.facts(&mut errors) {
        Some(f) => {
            db(&state, move |c| {
                pb::update_cycle(c, Some(&user), cid, id, &f)
            })
            .await
        }
        None => Err(PageError(Error {
            kind: ErrorKind::InvalidInput,
            cause: None,
            fields: errors,
        })),
    };
    match result {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/budgets/{id}?done=admin-saved",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let page = admin_edit_view(&state, &ctx, &commune, id, Some(&form), &e.fields).await?;
            let mut res = html(page, true);
            if e.kind == ErrorKind::Conflict {
                *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
            }
            Ok(res)
        }
        Err(e) => Err(e),
    }
}

async fn admin_cycle_page(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    slug: &str,
    id: i64,
    done: Option<&str>,
    paper: &BallotForm,
    errors: &FieldErrors,
) -> Result<maud::Markup, PageError> {
    let (commune, user) = scope(state, ctx, slug, false).await?;
    let (_, data) = cycle_of(state, slug, id).await?;
    let cid = commune.id;
    let (proposals, bctx, channels) = db(state, move |c| {
        Ok((
            store::all_proposals(c, cid, id)?,
            pb::ballot_context(c, cid, id)?,
            store::turnout_by_channel(c, cid, id)?,
        ))
    })
    .await?;
    Ok(v::admin_cycle(
        ctx,
        &commune,
        &user,
        &v::AdminCycle {
            data: &data,
            proposals: &proposals,
            ballot: &bctx,
            channels: &channels,
            paper,
            errors,
            done,
        },
    ))
}

async fn admin_cycle(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    q: web::Query<DoneQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let page = admin_cycle_page(
        &state,
        &ctx,
        &slug,
        id,
        q.done.as_deref(),
        &BallotForm::default(),
        &vec![],
    )
    .await?;
    Ok(html(page, false))
}

#[derive(Deserialize)]
pub struct PhaseForm {
    #[serde(default)]
    phase: String,
}

async fn admin_phase(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<PhaseForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug, true).await?;
    let phase = match form.phase.as_str() {
        "" | "calendar" => None,
        p => Some(p.parse::<Phase>().map_err(|_| ErrorKind::InvalidInput)?),
    };
    let cid = commune.id;
    db(&state, move |c| {
        pb::set_phase(c, Some(&user), cid, id, phase)
    })
    .await?;
    Ok(see_other(&format!(
        "/{}/admin/budgets/{id}?done=admin-saved",
        commune.slug
    )))
}

#[derive(Deserialize, Default)]
pub struct ReviewForm {
    #[serde(default)]
    pub decision: String,
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
    pub official_cost: String,
    #[serde(default)]
    pub merge_into: String,
}

async fn admin_review(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64, i64)>,
    CsrfForm(form): CsrfForm<ReviewForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, cycle_id, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    if !pb::may_review(&user, commune.id) {
        return Err(ErrorKind::Forbidden.into());
    }
    let mut errors = FieldErrors::new();
    let official_cents = match form.official_cost.trim() {
        "" => None,
        s => {
            let c = parse_amount(s);
            if c.is_none() {
                errors.push(("official_cost".into(), "field-number".into()));
            }
            c
        }
    };
    let merge_into = match form.merge_into.trim() {
        "" => None,
        s => parse_number::<i64>(s, "merge_into", &mut errors),
    };
    let cid = commune.id;
    let facts = ReviewFacts {
        decision: form.decision.clone(),
        reason: form.reason.clone(),
        official_cents,
        merge_into,
    };
    let result = if errors.is_empty() {
        let base_url = state.config.base_url.clone();
        let u = user.clone();
        db(&state, move |c| {
            let mail = MailContext {
                i18n: i18n(),
                base_url: &base_url,
            };
            pb::review_proposal(c, &mail, &u, cid, cycle_id, id, &facts)
        })
        .await
        .map(|_| ())
    } else {
        Err(PageError(Error {
            kind: ErrorKind::InvalidInput,
            cause: None,
            fields: errors,
        }))
    };
    match result {
        Ok(()) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/budgets/{cycle_id}/proposals/{id}",
                commune.slug
            )))
        }
        Err(PageError(e)) if !e.fields.is_empty() => {
            proposal_with_errors(&state, &ctx, &commune, &slug, cycle_id, id, None, &e.fields).await
        }
        Err(e) => Err(e),
    }
}

/// A keyed hash of a CIN number (the same HMAC key and normalisation as petition
/// signatures): enough to refuse a second ballot, useless to read back.
fn cin_key(
    protector: &musharaka_petitions::protect::Protector,
    cin: &str,
) -> Result<String, Error> {
    let cin = musharaka_petitions::Cin::parse(cin)
        .map_err(|_| Error::field(ErrorKind::InvalidInput, "voter_cin", "pet-error-cin"))?;
    Ok(format!(
        "cin:{}",
        protector.hash(&format!("pb:{}", cin.as_str()))
    ))
}

async fn admin_paper(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<BallotForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug, false).await?;
    if !pb::may_enter_paper(&user, commune.id) {
        return Err(ErrorKind::Forbidden.into());
    }
    let mut errors = FieldErrors::new();
    require_text(&form.paper_number, "paper_number", 40, &mut errors);
    let birth_year = match form.birth_year.trim() {
        "" => None,
        s => parse_number::<i32>(s, "birth_year", &mut errors),
    };
    let email = form.voter_email.trim().to_lowercase();
    let cin = form.voter_cin.trim().to_string();
    if email.is_empty() && cin.is_empty() {
        errors.push(("voter_email".into(), "pb-voter-required".into()));
    }
    let cid = commune.id;
    let choices = form.choices();
    let st = state.clone();
    let number = form.paper_number.trim().to_string();
    let result = if errors.is_empty() {
        db(&state, move |c| {
            let (voter_key, voter_id) = if email.is_empty() {
                (cin_key(&st.protector, &cin)?, None)
            } else {
                let account =
                    musharaka_identity::store::account_by_email(c, &email)?.ok_or_else(|| {
                        Error::field(ErrorKind::InvalidInput, "voter_email", "pb-voter-unknown")
                    })?;
                (format!("account:{}", account.id), Some(account.id))
            };
            let bctx = pb::ballot_context(c, cid, id)?;
            if !bctx.check(&choices, birth_year).is_empty() {
                return Err(Error::field(
                    ErrorKind::InvalidInput,
                    "ballot",
                    "pb-ballot-invalid",
                ));
            }
            pb::cast_ballot(
                c,
                cid,
                id,
                &Voter::Paper {
                    officer: &user,
                    voter_key,
                    voter_id,
                    number: number.clone(),
                },
                &choices,
                birth_year,
            )
        })
        .await
    } else {
        Err(PageError(Error {
            kind: ErrorKind::InvalidInput,
            cause: None,
            fields: errors,
        }))
    };
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/{}/admin/budgets/{id}?done=pb-paper-saved",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            let page = admin_cycle_page(&state, &ctx, &slug, id, None, &form, &e.fields).await?;
            let mut res = html(page, true);
            if e.kind == ErrorKind::Conflict {
                *res.status_mut() = actix_web::http::StatusCode::CONFLICT;
            }
            Ok(res)
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct EmptyForm {}

async fn admin_count(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug, true).await?;
    let cid = commune.id;
    db(&state, move |c| pb::select_winners(c, Some(&user), cid, id)).await?;
    Ok(see_other(&format!(
        "/{}/admin/budgets/{id}?done=pb-counted",
        commune.slug
    )))
}

/// The follow-up update form as typed (multipart: it carries photos).
#[derive(Default)]
pub struct UpdateForm {
    pub impl_status: String,
    pub progress: String,
    pub spent: String,
    pub body: String,
}

/// The proposal page with the reviewer's and admin's forms, re-shown with field errors.
#[allow(clippy::too_many_arguments)]
async fn proposal_with_errors(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    slug: &str,
    cycle_id: i64,
    id: i64,
    update: Option<&UpdateForm>,
    errors: &FieldErrors,
) -> Result<HttpResponse, PageError> {
    let (_, data) = cycle_of(state, slug, cycle_id).await?;
    let cid = commune.id;
    let (p, others, updates, photos) = db(state, move |c| {
        let updates = store::updates(c, cid, cycle_id, Some(id), 100)?;
        let ids: Vec<i64> = updates.iter().map(|u| u.id).collect();
        Ok((
            store::proposal(c, cid, cycle_id, id)?,
            store::all_proposals(c, cid, cycle_id)?,
            updates,
            store::update_photos(c, cid, &ids)?,
        ))
    })
    .await?;
    Ok(html(
        v::proposal(
            ctx,
            commune,
            &data,
            &p,
            &v::Updates {
                list: &updates,
                photos: &photos,
            },
            None,
            Some(&others),
            update,
            errors,
        ),
        true,
    ))
}

async fn admin_update(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64, i64)>,
    payload: Multipart,
) -> Result<HttpResponse, PageError> {
    let (slug, cycle_id, id) = path.into_inner();
    let (commune, user) = scope(&state, &ctx, &slug, true).await?;
    let form = uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let input = UpdateForm {
        impl_status: form.text("impl_status").to_string(),
        progress: form.text("progress").to_string(),
        spent: form.text("spent").to_string(),
        body: form.text("body").to_string(),
    };
    let mut errors = FieldErrors::new();
    let status: Option<ImplStatus> = input.impl_status.parse().ok();
    if status.is_none() {
        errors.push(("impl_status".into(), "field-choice".into()));
    }
    let progress = parse_number::<i32>(&input.progress, "progress", &mut errors);
    if progress.is_some_and(|p| !(0..=100).contains(&p)) {
        errors.push(("progress".into(), "field-number".into()));
    }
    let spent = match input.spent.trim() {
        "" => Some(0),
        s => parse_amount(s),
    };
    if spent.is_none() {
        errors.push(("spent".into(), "field-number".into()));
    }
    require_text(&input.body, "body", 5000, &mut errors);
    let photos: Vec<_> = form
        .files
        .into_iter()
        .filter(|f| f.field == "photos")
        .collect();
    if photos.len() > pb::MAX_UPDATE_PHOTOS {
        errors.push(("photos".into(), "pb-update-photos-too-many".into()));
    }
    let mut kinds = Vec::with_capacity(photos.len());
    for f in &photos {
        match uploads::check_kind(f, &[FileKind::Png, FileKind::Jpeg]) {
            Ok(k) => kinds.push(k),
            Err(e) => {
                for (_, m) in e.fields {
                    errors.push(("photos".into(), m));
                }
                break;
            }
        }
    }
    let (Some(status), Some(progress), Some(spent), true) =
        (status, progress, spent, errors.is_empty())
    else {
        return proposal_with_errors(
            &state,
            &ctx,
            &commune,
            &slug,
            cycle_id,
            id,
            Some(&input),
            &errors,
        )
        .await;
    };
    let cid = commune.id;
    let config = state.config.clone();
    let body = input.body.clone();
    let result = db(&state, move |c| {
        diesel::Connection::transaction(c, |c| {
            let mut photo_upload_ids = Vec::with_capacity(photos.len());
            for (f, k) in photos.iter().zip(&kinds) {
                photo_upload_ids.push(uploads::store(
                    c,
                    &config,
                    f,
                    *k,
                    Some(user.account.id),
                    Some(cid),
                    false,
                )?);
            }
            let facts = UpdateFacts {
                impl_status: status,
                progress,
                spent_cents: spent,
                body: body.clone(),
                photo_upload_ids,
            };
            pb::add_update(c, Some(&user), cid, cycle_id, id, &facts)
        })
    })
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/{}/budgets/{cycle_id}/proposals/{id}",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            proposal_with_errors(
                &state,
                &ctx,
                &commune,
                &slug,
                cycle_id,
                id,
                Some(&input),
                &e.fields,
            )
            .await
        }
        Err(e) => Err(e),
    }
}

// ---- JSON API ------------------------------------------------------------------

fn cycle_json(slug: &str, c: &musharaka_budgets::model::Cycle) -> Value {
    json!({
        "id": c.id,
        "year": c.year,
        "title": { "ar": c.title_ar, "fr": c.title_fr },
        "total_mad": pb::amount_string(c.total_cents),
        "phase": c.phase(now()).key(),
        "calendar": c.calendar().iter().map(|(p, t)| (p.key().to_string(), json!(t))).collect::<serde_json::Map<_, _>>(),
        "rulebook": {
            "who_proposes": c.who_proposes,
            "voter_min_age": c.voter_min_age,
            "ballot_type": c.ballot_type,
            "min_projects": c.min_projects,
            "max_projects": c.max_projects,
            "districts_per_voter": c.districts_per_voter,
            "rule": c.rule,
            "tie_break": c.tie_break,
        },
        "url": format!("/{slug}/budgets/{}", c.id),
    })
}

fn proposal_json(p: &musharaka_budgets::model::Proposal, votes: Option<u64>) -> Value {
    json!({
        "id": p.id,
        "district_id": p.district_id,
        "category_id": p.category_id,
        "title": p.title,
        "description": p.description,
        "location": p.location,
        "estimated_cost_mad": pb::amount_string(p.estimated_cents),
        "official_cost_mad": p.official_cents.map(pb::amount_string),
        "status": p.status,
        "review_reason": p.review_reason,
        "merged_into": p.merged_into_id,
        "selected_rank": p.selected_rank,
        "implementation": p.impl_status.as_ref().map(|s| json!({
            "status": s, "progress": p.progress, "spent_mad": pb::amount_string(p.spent_cents),
        })),
        "votes": votes,
    })
}

async fn api_cycles(
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let list = db(&state, move |c| Ok(store::cycles(c, cid)?)).await?;
    let items: Vec<Value> = list.iter().map(|c| cycle_json(&commune.slug, c)).collect();
    Ok(HttpResponse::Ok().json(json!({ "count": items.len(), "items": items })))
}

async fn api_cycle(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data) = cycle_of(&state, &slug, id).await?;
    let cid = commune.id;
    let show_votes = data.cycle.phase(now()) >= Phase::Results;
    let (proposals, tallies) = db(&state, move |c| {
        Ok((
            store::all_proposals(c, cid, id)?,
            store::tallies(c, cid, id)?,
        ))
    })
    .await?;
    let mut body = cycle_json(&commune.slug, &data.cycle);
    body["turnout"] = json!(data.turnout);
    body["districts"] = json!(data
        .districts
        .iter()
        .map(|d| json!({
            "id": d.id, "name": { "ar": d.name_ar, "fr": d.name_fr },
            "amount_mad": pb::amount_string(d.amount_cents),
        }))
        .collect::<Vec<_>>());
    body["categories"] = json!(data
        .categories
        .iter()
        .map(|c| json!({ "id": c.id, "name": { "ar": c.name_ar, "fr": c.name_fr } }))
        .collect::<Vec<_>>());
    body["proposals"] = json!(proposals
        .iter()
        .map(|p| proposal_json(
            p,
            show_votes.then(|| tallies.get(&p.id).copied().unwrap_or(0))
        ))
        .collect::<Vec<_>>());
    Ok(HttpResponse::Ok().json(body))
}

async fn api_results(
    state: web::Data<AppState>,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, data, results) = counted(&state, &slug, id).await?;
    let outcome = |o: &pb::RuleOutcome| json!({ "rule": o.rule, "winners": o.winners, "total_cost_mad": pb::amount_string(o.total_cents) });
    let districts: Vec<Value> = results
        .iter()
        .map(|r| {
            json!({
                "district": { "id": r.district.id, "name": { "ar": r.district.name_ar, "fr": r.district.name_fr },
                              "amount_mad": pb::amount_string(r.district.amount_cents) },
                "voters": r.voters,
                "projects": r.projects.iter().map(|(p, v)| json!({
                    "id": p.id, "title": p.title, "cost_mad": pb::amount_string(p.cost_cents()), "votes": v,
                })).collect::<Vec<_>>(),
                "outcome": outcome(&r.outcome),
                "greedy": outcome(&r.greedy),
                "equal_shares": outcome(&r.equal_shares),
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "cycle": cycle_json(&commune.slug, &data.cycle),
        "turnout": data.turnout,
        "districts": districts,
    })))
}
