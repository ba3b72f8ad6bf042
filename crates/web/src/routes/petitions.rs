//! Petitions (arts. 121–125): public list and pages, signing with mail confirmation, the
//! agent's drafting and deposit with a printable receipt, the bureau's review, the JSON API.
//! Signers' names and CIN numbers appear only on the bureau's and the agent's pages.

use super::{db, html, see_other};
use crate::ctx::Ctx;
use crate::errors::PageError;
use crate::forms::{parse_date, CsrfForm};
use crate::state::AppState;
use crate::views::form::FieldErrors;
use crate::views::petitions as v;
use actix_web::{web, HttpRequest, HttpResponse};
use musharaka_communes::{service as communes, store as communes_store, Commune};
use musharaka_core::{Error, ErrorKind};
use musharaka_identity::{Permissions, Role};
use musharaka_petitions::records::{Counts, PetitionRow};
use musharaka_petitions::service::{self, Decision, Signed, SignerInput, Texts};
use musharaka_petitions::{rules, store, BureauChecklist, CommuneTie, PetitionKind};
use serde::Deserialize;
use serde_json::json;

pub const PAGE_SIZE: i64 = 20;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/petitions/confirm/{token}", web::get().to(confirm))
        .route("/api/v1/communes/{slug}/petitions", web::get().to(api_list))
        .route(
            "/api/v1/communes/{slug}/petitions/{id}",
            web::get().to(api_one),
        )
        .route(
            "/api/v1/communes/{slug}/petitions/{id}/count",
            web::get().to(api_count),
        )
        .route("/{slug}/petitions.atom", web::get().to(atom))
        .route("/{slug}/petitions.csv", web::get().to(csv_export))
        .route("/{slug}/petitions", web::get().to(list))
        .route("/{slug}/petitions", web::post().to(create))
        .route("/{slug}/petitions/new", web::get().to(new_page))
        .route("/{slug}/petitions/{id}", web::get().to(page))
        .route("/{slug}/petitions/{id}/sign", web::get().to(sign_page))
        .route("/{slug}/petitions/{id}/sign", web::post().to(sign))
        .route("/{slug}/petitions/{id}/open", web::post().to(open))
        .route("/{slug}/petitions/{id}/deposit", web::post().to(deposit))
        .route("/{slug}/petitions/{id}/withdraw", web::post().to(withdraw))
        .route(
            "/{slug}/admin/petitions/paper",
            web::post().to(register_paper),
        )
        .route("/{slug}/petitions/{id}/receipt", web::get().to(receipt))
        .route(
            "/{slug}/petitions/{id}/signatories",
            web::get().to(agent_signatories),
        )
        .route("/{slug}/petitions/{id}/attachments", web::post().to(attach))
        .route("/{slug}/petitions/{id}/mandate", web::get().to(mandate))
        .route(
            "/{slug}/petitions/{id}/mandate",
            web::post().to(upload_mandate),
        )
        .route(
            "/{slug}/admin/petitions/{id}/file",
            web::get().to(deposit_file),
        )
        .route("/{slug}/admin/petitions", web::get().to(bureau_list))
        .route("/{slug}/admin/petitions/{id}", web::get().to(bureau_page))
        .route(
            "/{slug}/admin/petitions/{id}/decide",
            web::post().to(bureau_decide),
        )
        .route(
            "/{slug}/admin/petitions/{id}/paper",
            web::post().to(paper_signature),
        )
        .route(
            "/{slug}/admin/petitions/{id}/invalidate",
            web::post().to(invalidate),
        );
}

fn today() -> chrono::NaiveDate {
    musharaka_core::time::local_date(musharaka_core::time::now())
}

async fn commune(state: &web::Data<AppState>, slug: &str) -> Result<Commune, PageError> {
    let slug = slug.to_string();
    db(state, move |c| communes::by_slug(c, &slug)).await
}

/// The petition as the public sees it: drafts are the agent's alone.
async fn load(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: i64,
) -> Result<(PetitionRow, Counts), PageError> {
    let cid = commune.id;
    let (p, counts) = db(state, move |c| {
        let p = store::petition(c, cid, id)?;
        Ok((p.clone(), store::counts(c, p.id)?))
    })
    .await?;
    let is_agent = ctx
        .user
        .as_ref()
        .is_some_and(|u| p.agent_account_id == Some(u.account.id));
    if p.status == "draft" && !is_agent {
        return Err(ErrorKind::NotFound.into());
    }
    Ok((p, counts))
}

#[derive(Deserialize, Default)]
pub struct ListQuery {
    pub status: Option<String>,
    pub kind: Option<String>,
    pub year: Option<i32>,
    pub q: Option<String>,
    pub page: Option<i64>,
    pub done: Option<String>,
}

impl ListQuery {
    fn filter(&self) -> store::ListFilter {
        let keep = |s: &Option<String>| s.clone().filter(|v| !v.is_empty());
        store::ListFilter {
            status: keep(&self.status),
            kind: keep(&self.kind),
            year: self.year,
            words: keep(&self.q),
            with_drafts: false,
        }
    }
}

/// The commune's figures: filed, accepted, rejected, overdue, median days to decision.
pub fn summary(all: &[PetitionRow], today: chrono::NaiveDate) -> v::Summary {
    let mut days: Vec<i64> = all
        .iter()
        .filter_map(|p| Some((p.bureau_decided_at?.date() - p.deposited_at?.date()).num_days()))
        .collect();
    days.sort_unstable();
    v::Summary {
        filed: all.iter().filter(|p| p.deposited_at.is_some()).count(),
        accepted: all
            .iter()
            .filter(|p| p.bureau_decided_at.is_some() && p.bureau_reasons.is_none())
            .count(),
        rejected: all
            .iter()
            .filter(|p| p.status == "rejected_by_bureau")
            .count(),
        overdue: all.iter().filter(|p| is_overdue(p, today)).count(),
        median_days: days.get(days.len() / 2).copied(),
    }
}

/// Art. 125: deposited, no bureau decision, and the 3-month deadline passed.
pub fn is_overdue(p: &PetitionRow, today: chrono::NaiveDate) -> bool {
    p.status().awaiting_bureau() && p.review_deadline.is_some_and(|d| d < today)
}

async fn list(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let commune = commune(&state, &slug).await?;
    let page = q.page.unwrap_or(1).max(1);
    let (cid, filter) = (commune.id, q.filter());
    let (rows, all) = db(&state, move |c| {
        Ok((
            store::list(c, cid, &filter, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)?,
            store::all_public(c, cid)?,
        ))
    })
    .await?;
    let has_next = rows.len() as i64 > PAGE_SIZE;
    let rows: Vec<_> = rows.into_iter().take(PAGE_SIZE as usize).collect();
    Ok(html(
        v::list(
            &ctx,
            &commune,
            &rows,
            &summary(&all, today()),
            &q,
            page,
            has_next,
        ),
        false,
    ))
}

async fn page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let commune = commune(&state, &slug).await?;
    let (p, counts) = load(&state, &ctx, &commune, id).await?;
    let extras = page_extras(&state, &ctx, &p).await?;
    Ok(html(
        v::page(
            &ctx,
            &commune,
            &p,
            counts,
            &events_of(&state, p.id).await?,
            &extras,
            today(),
            &vec![],
            q.done.as_deref(),
        ),
        false,
    ))
}

async fn events_of(
    state: &web::Data<AppState>,
    pid: i64,
) -> Result<Vec<musharaka_petitions::records::EventRow>, PageError> {
    db(state, move |c| Ok(store::events(c, pid)?)).await
}

/// The petition's attachments, its session and the calculation behind it (arts. 38, 125),
/// and the mandate for its agent only.
async fn page_extras(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    p: &PetitionRow,
) -> Result<v::PageExtras, PageError> {
    let is_agent = ctx
        .user
        .as_ref()
        .is_some_and(|u| p.agent_account_id == Some(u.account.id));
    let p = p.clone();
    db(state, move |c| {
        let cid = p.commune_id;
        let session = match p.agenda_item_id {
            Some(i) => {
                let item = musharaka_councils::store::item(c, cid, i)?;
                Some(musharaka_councils::store::session(c, cid, item.session_id)?)
            }
            None => None,
        };
        let mandate = if is_agent {
            store::mandate(c, cid, p.id)?
        } else {
            None
        };
        Ok(v::PageExtras {
            attachments: store::attachments(c, cid, p.id)?,
            session,
            choice: service::session_choice_of(c, &p)?,
            mandate,
        })
    })
    .await
}

// ---- drafting and deposit (the agent) ---------------------------------------------------

async fn new_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    ctx.require_user()?;
    let commune = commune(&state, &slug).await?;
    Ok(html(
        v::new_form(&ctx, &commune, &v::DraftValues::default(), &vec![]),
        false,
    ))
}

#[derive(Deserialize, Default)]
pub struct DraftForm {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub reasons: String,
    #[serde(default)]
    pub requested_item: String,
}

async fn create(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    CsrfForm(form): CsrfForm<DraftForm>,
) -> Result<HttpResponse, PageError> {
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let kind = match form.kind.as_str() {
        "association" => PetitionKind::Association,
        _ => PetitionKind::Citizens,
    };
    let values = v::DraftValues {
        kind: form.kind.clone(),
        subject: form.subject.clone(),
        reasons: form.reasons.clone(),
        requested_item: form.requested_item.clone(),
    };
    let c2 = commune.clone();
    let result = db(&state, move |c| {
        service::create_draft(
            c,
            &user,
            &c2,
            kind,
            &Texts {
                subject: &form.subject,
                reasons: &form.reasons,
                requested_item: &form.requested_item,
            },
        )
    })
    .await;
    match result {
        Ok(p) => Ok(see_other(&format!("/{}/petitions/{}", commune.slug, p.id))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            Ok(html(v::new_form(&ctx, &commune, &values, &e.fields), true))
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize)]
pub struct EmptyForm {}

async fn open(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    db(&state, move |c| {
        service::open_for_signatures(c, &user, cid, id)
    })
    .await?;
    Ok(see_other(&format!("/{}/petitions/{id}", commune.slug)))
}

async fn deposit(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let (c2, st) = (commune.clone(), state.clone());
    let result = db(&state, move |c| {
        service::deposit(c, &st.petitions_ctx(), &user, &c2, id, today())
    })
    .await;
    match result {
        Ok(_) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/petitions/{id}/receipt",
                commune.slug
            )))
        }
        Err(PageError(e)) if !e.fields.is_empty() => {
            let (p, counts) = load(&state, &ctx, &commune, id).await?;
            let extras = page_extras(&state, &ctx, &p).await?;
            Ok(html(
                v::page(
                    &ctx,
                    &commune,
                    &p,
                    counts,
                    &events_of(&state, p.id).await?,
                    &extras,
                    today(),
                    &e.fields,
                    None,
                ),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

async fn withdraw(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    _f: CsrfForm<EmptyForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    db(&state, move |c| service::withdraw(c, &user, cid, id)).await?;
    Ok(see_other(&format!("/{}/petitions/{id}", commune.slug)))
}

#[derive(Deserialize, Default)]
pub struct PaperPetitionForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    reasons: String,
    #[serde(default)]
    requested_item: String,
    #[serde(default)]
    received_on: String,
}

/// Staff register a petition deposited on paper.
async fn register_paper(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
    CsrfForm(form): CsrfForm<PaperPetitionForm>,
) -> Result<HttpResponse, PageError> {
    let (commune, user) = bureau_scope(&state, &ctx, &slug).await?;
    let mut errors = FieldErrors::new();
    let received_on = parse_date(&form.received_on, "received_on", true, &mut errors);
    let kind = if form.kind == "association" {
        PetitionKind::Association
    } else {
        PetitionKind::Citizens
    };
    let result = match received_on {
        Some(on) if errors.is_empty() => {
            let (c2, st) = (commune.clone(), state.clone());
            db(&state, move |c| {
                let t = Texts {
                    subject: &form.subject,
                    reasons: &form.reasons,
                    requested_item: &form.requested_item,
                };
                service::register_paper_petition(c, &st.petitions_ctx(), &user, &c2, kind, &t, on)
            })
            .await
        }
        _ => Err(PageError(Error::new(ErrorKind::InvalidInput))),
    };
    match result {
        Ok(p) => Ok(see_other(&format!(
            "/{}/admin/petitions/{}?done=admin-saved",
            commune.slug, p.id
        ))),
        Err(PageError(e)) if e.kind == ErrorKind::InvalidInput => {
            errors.extend(e.fields);
            let cid = commune.id;
            let all = db(&state, move |c| Ok(store::all_public(c, cid)?)).await?;
            Ok(html(
                v::bureau_list_with(&ctx, &commune, &all, today(), &errors),
                true,
            ))
        }
        Err(e) => Err(e),
    }
}

/// The receipt (وصل) issued at deposit: for the agent and the commune's staff.
async fn receipt(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let (p, counts) = load(&state, &ctx, &commune, id).await?;
    let allowed = p.agent_account_id == Some(user.account.id)
        || user.has(commune.id, Role::Bureau)
        || user.can_administer(commune.id);
    if !allowed {
        return Err(ErrorKind::Forbidden.into());
    }
    if p.receipt_number.is_none() {
        return Err(ErrorKind::NotFound.into());
    }
    Ok(html(v::receipt(&ctx, &commune, &p, counts), false))
}

// ---- signing -------------------------------------------------------------------

#[derive(Deserialize, Default, Clone)]
pub struct SignForm {
    #[serde(default)]
    pub full_name: String,
    #[serde(default)]
    pub cin: String,
    #[serde(default)]
    pub birth_date: String,
    #[serde(default)]
    pub tie: String,
    #[serde(default)]
    pub address: String,
    pub declares_electoral_conditions: Option<String>,
    pub declares_common_interest: Option<String>,
    #[serde(default)]
    pub email: String,
    pub notify: Option<String>,
}

impl SignForm {
    fn input(&self, errors: &mut FieldErrors) -> (Option<chrono::NaiveDate>, Option<CommuneTie>) {
        let birth = parse_date(&self.birth_date, "birth_date", true, errors);
        let tie = match self.tie.as_str() {
            "residence" => Some(CommuneTie::Residence),
            "activity" => Some(CommuneTie::Activity),
            _ => None,
        };
        (birth, tie)
    }
}

fn signer<'a>(
    f: &'a SignForm,
    birth_date: Option<chrono::NaiveDate>,
    tie: Option<CommuneTie>,
) -> SignerInput<'a> {
    SignerInput {
        full_name: &f.full_name,
        cin: &f.cin,
        birth_date,
        tie,
        address: &f.address,
        declares_electoral_conditions: f.declares_electoral_conditions.is_some(),
        declares_common_interest: f.declares_common_interest.is_some(),
        email: &f.email,
        notify: f.notify.is_some(),
    }
}

async fn sign_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let commune = commune(&state, &slug).await?;
    let (p, _) = load(&state, &ctx, &commune, id).await?;
    Ok(html(
        v::sign_form(&ctx, &commune, &p, &SignForm::default(), &vec![]),
        false,
    ))
}

async fn sign(
    state: web::Data<AppState>,
    ctx: Ctx,
    req: HttpRequest,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<SignForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let commune = commune(&state, &slug).await?;
    let (p, _) = load(&state, &ctx, &commune, id).await?;
    let mut errors = FieldErrors::new();
    let (birth, tie) = form.input(&mut errors);
    let account = ctx.user.as_ref().map(|u| u.account.clone());
    let ip = req
        .peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_default();
    let (st, c2, f2) = (state.clone(), commune.clone(), form.clone());
    let result = db(&state, move |c| {
        let input = signer(&f2, birth, tie);
        service::sign_online(
            c,
            &st.petitions_ctx(),
            &c2,
            id,
            &input,
            account.as_ref(),
            &ip,
            today(),
        )
    })
    .await;
    match result {
        Ok(outcome) => {
            state.mail_queued();
            Ok(html(
                v::signed(&ctx, &commune, &p, outcome == Signed::Counted),
                false,
            ))
        }
        Err(PageError(e)) if !e.fields.is_empty() => {
            errors.extend(e.fields);
            errors.dedup();
            Ok(html(v::sign_form(&ctx, &commune, &p, &form, &errors), true))
        }
        Err(e) => Err(e),
    }
}

async fn confirm(
    state: web::Data<AppState>,
    ctx: Ctx,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let token = token.into_inner();
    let (cid, pid) = db(&state, move |c| service::confirm_signature(c, &token)).await?;
    let (commune, p) = db(&state, move |c| {
        Ok((
            communes_store::by_id(c, cid)?,
            store::petition(c, cid, pid)?,
        ))
    })
    .await?;
    Ok(html(v::signed(&ctx, &commune, &p, true), false))
}

// ---- the bureau ---------------------------------------------------------------------

async fn bureau_scope(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    slug: &str,
) -> Result<(Commune, Permissions), PageError> {
    let user = ctx.require_user()?.clone();
    let commune = commune(state, slug).await?;
    if !(user.has(commune.id, Role::Bureau) || user.can_administer(commune.id)) {
        return Err(ErrorKind::Forbidden.into());
    }
    Ok((commune, user))
}

async fn bureau_list(
    state: web::Data<AppState>,
    ctx: Ctx,
    slug: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (commune, _) = bureau_scope(&state, &ctx, &slug).await?;
    let cid = commune.id;
    let all = db(&state, move |c| Ok(store::all_public(c, cid)?)).await?;
    Ok(html(v::bureau_list(&ctx, &commune, &all, today()), false))
}

async fn bureau_view(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: i64,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Result<HttpResponse, PageError> {
    let (cid, st) = (commune.id, state.clone());
    let (p, counts, rows, committees) = db(state, move |c| {
        let p = store::petition(c, cid, id)?;
        let rows = store::signatures(c, p.id, 1000, 0)?;
        let committees = communes_store::committees(c, cid)?;
        Ok((p.clone(), store::counts(c, p.id)?, rows, committees))
    })
    .await?;
    let extras = bureau_extras(state, &p).await?;
    let signers: Vec<v::SignerLine> = rows
        .into_iter()
        .map(|r| v::SignerLine {
            cin: r
                .cin_encrypted
                .as_deref()
                .and_then(|s| st.protector.decrypt(s).ok())
                .unwrap_or_default(),
            row: r,
        })
        .collect();
    let committees: Vec<(i64, String)> = committees
        .into_iter()
        .map(|k| (k.committee.id, k.committee.name(ctx.lang).to_string()))
        .collect();
    Ok(html(
        v::bureau_page(
            ctx,
            commune,
            &p,
            counts,
            &signers,
            &committees,
            &extras,
            today(),
            errors,
            done,
        ),
        !errors.is_empty(),
    ))
}

/// Where acceptance today would put the petition (arts. 38, 125: the same calculation as
/// the acceptance itself), and an association's unmet conditions on the deposit day.
async fn bureau_extras(
    state: &web::Data<AppState>,
    p: &PetitionRow,
) -> Result<v::BureauExtras, PageError> {
    let p = p.clone();
    db(state, move |c| {
        let today = today();
        let preview = if p.status().awaiting_bureau() {
            Some(service::session_if_accepted_on(c, p.commune_id, today)?)
        } else {
            None
        };
        let filed_on = p
            .deposited_at
            .map(musharaka_core::time::local_date)
            .unwrap_or(today);
        Ok(v::BureauExtras {
            preview,
            unmet: service::association_unmet(c, &p, filed_on)?,
            mandate: store::mandate(c, p.commune_id, p.id)?,
        })
    })
    .await
}

async fn bureau_page(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, _) = bureau_scope(&state, &ctx, &slug).await?;
    bureau_view(&state, &ctx, &commune, id, &vec![], q.done.as_deref()).await
}

#[derive(Deserialize, Default)]
pub struct DecideForm {
    #[serde(default)]
    decision: String,
    within_council_powers: Option<String>,
    respects_constitution_article_1: Option<String>,
    petitioners_conditions_met: Option<String>,
    form_and_documents_complete: Option<String>,
    #[serde(default)]
    committee: String,
    #[serde(default)]
    reasons: String,
}

async fn bureau_decide(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<DecideForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = bureau_scope(&state, &ctx, &slug).await?;
    let checklist = BureauChecklist {
        within_council_powers: form.within_council_powers.is_some(),
        respects_constitution_article_1: form.respects_constitution_article_1.is_some(),
        petitioners_conditions_met: form.petitioners_conditions_met.is_some(),
        form_and_documents_complete: form.form_and_documents_complete.is_some(),
    };
    let committee = form.committee.parse::<i64>().ok();
    let (cid, st) = (commune.id, state.clone());
    let result = db(&state, move |c| {
        if let Some(k) = committee {
            communes_store::committee(c, cid, k)
                .map_err(|_| Error::field(ErrorKind::InvalidInput, "committee", "field-choice"))?;
        }
        let decision = match form.decision.as_str() {
            "accept" => Decision::Accept,
            "reject" => Decision::Reject {
                reasons: &form.reasons,
            },
            _ => return Err(ErrorKind::InvalidInput.into()),
        };
        service::bureau_decide(
            c,
            &st.petitions_ctx(),
            &user,
            cid,
            id,
            &checklist,
            committee,
            decision,
            today(),
        )
    })
    .await;
    match result {
        Ok(_) => {
            state.mail_queued();
            Ok(see_other(&format!(
                "/{}/admin/petitions/{id}?done=admin-saved",
                commune.slug
            )))
        }
        Err(PageError(e)) if !e.fields.is_empty() => {
            bureau_view(&state, &ctx, &commune, id, &e.fields, None).await
        }
        Err(e) => Err(e),
    }
}

async fn paper_signature(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<SignForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = bureau_scope(&state, &ctx, &slug).await?;
    let mut errors = FieldErrors::new();
    let (birth, tie) = form.input(&mut errors);
    let (cid, st) = (commune.id, state.clone());
    let result = db(&state, move |c| {
        let mut input = signer(&form, birth, tie);
        // The paper list carries the signatures and declarations of art. 123.
        input.declares_common_interest = true;
        input.declares_electoral_conditions = true;
        service::add_paper_signature(c, &st.petitions_ctx(), &user, cid, id, &input, today())
    })
    .await;
    match result {
        Ok(()) => Ok(see_other(&format!(
            "/{}/admin/petitions/{id}?done=admin-saved#paper",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            errors.extend(e.fields);
            bureau_view(&state, &ctx, &commune, id, &errors, None).await
        }
        Err(e) => Err(e),
    }
}

#[derive(Deserialize, Default)]
pub struct InvalidateForm {
    #[serde(default)]
    email_domain: String,
    #[serde(default)]
    email: String,
    /// A time range (Casablanca time, `YYYY-MM-DDTHH:MM` as `datetime-local` sends it).
    #[serde(default)]
    ip: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    reason: String,
}

/// Reads a `datetime-local` value typed in Casablanca time, as UTC.
fn local_datetime(value: &str) -> Option<chrono::NaiveDateTime> {
    chrono::NaiveDateTime::parse_from_str(value.trim(), "%Y-%m-%dT%H:%M")
        .ok()
        .map(musharaka_core::time::casablanca_to_utc)
}

async fn invalidate(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    CsrfForm(form): CsrfForm<InvalidateForm>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, user) = bureau_scope(&state, &ctx, &slug).await?;
    let cid = commune.id;
    let result = db(&state, move |c| {
        let f = service::Invalidation {
            email_domain: Some(form.email_domain.as_str()).filter(|s| !s.trim().is_empty()),
            email: Some(form.email.as_str()).filter(|s| !s.trim().is_empty()),
            from: local_datetime(&form.from),
            to: local_datetime(&form.to),
            ip_hash: Some(form.ip.as_str()).filter(|s| !s.trim().is_empty()),
        };
        service::invalidate(c, &user, cid, id, &f, &form.reason)
    })
    .await;
    match result {
        Ok(_) => Ok(see_other(&format!(
            "/{}/admin/petitions/{id}?done=admin-saved",
            commune.slug
        ))),
        Err(PageError(e)) if !e.fields.is_empty() => {
            bureau_view(&state, &ctx, &commune, id, &e.fields, None).await
        }
        Err(e) => Err(e),
    }
}

// ---- JSON API (public: no personal data) ---------------------------------------------

pub fn petition_json(
    p: &PetitionRow,
    counts: Counts,
    slug: &str,
    today: chrono::NaiveDate,
) -> serde_json::Value {
    json!({
        "id": p.id,
        "kind": p.kind,
        "status": p.status,
        "subject": p.subject,
        "reasons": p.reasons,
        "requested_item": p.requested_item,
        "threshold": p.threshold,
        "receipt_number": p.receipt_number,
        "deposited_at": p.deposited_at,
        "review_deadline": p.review_deadline,
        "overdue": is_overdue(p, today),
        "bureau_reasons": p.bureau_reasons,
        "agenda_item_id": p.agenda_item_id,
        "deliberation_id": p.deliberation_id,
        "signatures": { "online": counts.online, "paper": counts.paper, "total": counts.total() },
        "url": format!("/{slug}/petitions/{}", p.id),
        "created_at": p.created_at,
    })
}

async fn api_list(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let commune = commune(&state, &slug).await?;
    let page = q.page.unwrap_or(1).max(1);
    let (cid, filter) = (commune.id, q.filter());
    let rows = db(&state, move |c| {
        store::list(c, cid, &filter, PAGE_SIZE, (page - 1) * PAGE_SIZE)?
            .into_iter()
            .map(|p| Ok((p.clone(), store::counts(c, p.id)?)))
            .collect::<musharaka_core::Result<Vec<_>>>()
    })
    .await?;
    let items: Vec<_> = rows
        .iter()
        .map(|(p, n)| petition_json(p, *n, &commune.slug, today()))
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "page": page, "page_size": PAGE_SIZE, "items": items })))
}

async fn api_one(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let commune = commune(&state, &slug).await?;
    let (p, counts) = load(&state, &ctx, &commune, id).await?;
    if p.status == "draft" {
        return Err(ErrorKind::NotFound.into());
    }
    let pid = p.id;
    let events = db(&state, move |c| Ok(store::events(c, pid)?)).await?;
    let mut body = petition_json(&p, counts, &commune.slug, today());
    body["timeline"] = json!(events
        .iter()
        .map(|e| json!({ "event": e.event, "at": e.created_at }))
        .collect::<Vec<_>>());
    Ok(HttpResponse::Ok().json(body))
}

async fn api_count(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let commune = commune(&state, &slug).await?;
    let (p, counts) = load(&state, &ctx, &commune, id).await?;
    let threshold = p.threshold.map(|t| t as u32).unwrap_or_else(|| {
        rules::signature_threshold(
            u32::try_from(commune.population).unwrap_or(u32::MAX),
            commune.has_arrondissements,
        )
    });
    Ok(HttpResponse::Ok().json(json!({ "id": p.id, "online": counts.online, "paper": counts.paper, "total": counts.total(), "threshold": threshold })))
}

// ---- feeds and exports (public: no personal data) -------------------------------------

/// Atom feed of the commune's petitions: new ones and their latest step.
async fn atom(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let rows = db(&state, move |c| {
        Ok(store::list(c, cid, &store::ListFilter::default(), 50, 0)?)
    })
    .await?;
    let lang = crate::ctx::request_lang(&req, None);
    let base = state.config.base_url.trim_end_matches('/').to_string();
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(v::atom(lang, &commune, &rows, &base).into_string()))
}

/// CSV of the public list (no personal data).
async fn csv_export(
    state: web::Data<AppState>,
    slug: web::Path<String>,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let commune = commune(&state, &slug).await?;
    let (cid, filter) = (commune.id, q.filter());
    let rows = db(&state, move |c| {
        store::list(c, cid, &filter, 10_000, 0)?
            .into_iter()
            .map(|p| Ok((p.clone(), store::counts(c, p.id)?)))
            .collect::<musharaka_core::Result<Vec<_>>>()
    })
    .await?;
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "id",
        "kind",
        "status",
        "subject",
        "created_at",
        "deposited_at",
        "receipt_number",
        "review_deadline",
        "overdue",
        "signatures_online",
        "signatures_paper",
        "bureau_reasons",
        "deliberation_id",
    ];
    w.write_record(header).map_err(Error::internal)?;
    for (p, n) in &rows {
        w.write_record([
            p.id.to_string(),
            p.kind.clone(),
            p.status.clone(),
            p.subject.clone(),
            p.created_at.to_string(),
            p.deposited_at.map(|d| d.to_string()).unwrap_or_default(),
            p.receipt_number.clone().unwrap_or_default(),
            p.review_deadline.map(|d| d.to_string()).unwrap_or_default(),
            is_overdue(p, today()).to_string(),
            n.online.to_string(),
            n.paper.to_string(),
            p.bureau_reasons.clone().unwrap_or_default(),
            p.deliberation_id.map(|d| d.to_string()).unwrap_or_default(),
        ])
        .map_err(Error::internal)?;
    }
    let bytes = w.into_inner().map_err(Error::internal)?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"petitions-{}.csv\"", commune.slug),
        ))
        .body(bytes))
}

/// The petition file for the deposit (decree 2.16.403's form with the list of
/// signatories): personal data, so for the bureau and the commune's admin only.
async fn deposit_file(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let (commune, _) = bureau_scope(&state, &ctx, &slug).await?;
    signatories_page(&state, &ctx, &commune, id, None).await
}

/// The agent's own view of the petition's signatories (the same file as the bureau's).
async fn agent_signatories(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    signatories_page(&state, &ctx, &commune, id, Some(user.account.id)).await
}

/// The valid signatories with their CIN numbers decrypted; `agent` restricts it to the
/// petition's own agent.
async fn signatories_page(
    state: &web::Data<AppState>,
    ctx: &Ctx,
    commune: &Commune,
    id: i64,
    agent: Option<i64>,
) -> Result<HttpResponse, PageError> {
    let (cid, st) = (commune.id, state.clone());
    let (p, counts, rows) = db(state, move |c| {
        let p = store::petition(c, cid, id)?;
        Ok((
            p.clone(),
            store::counts(c, p.id)?,
            store::signatures(c, p.id, 100_000, 0)?,
        ))
    })
    .await?;
    if agent.is_some() && p.agent_account_id != agent {
        return Err(ErrorKind::Forbidden.into());
    }
    let signers: Vec<v::SignerLine> = rows
        .into_iter()
        .filter(|r| r.confirmed_at.is_some() && r.invalidated_at.is_none())
        .map(|r| v::SignerLine {
            cin: r
                .cin_encrypted
                .as_deref()
                .and_then(|s| st.protector.decrypt(s).ok())
                .unwrap_or_default(),
            row: r,
        })
        .collect();
    Ok(html(
        v::deposit_file(ctx, commune, &p, counts, &signers),
        false,
    ))
}

/// A document attached to the petition by its agent (PDF or image), public like the text.
async fn attach(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let form = crate::uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let file = form
        .files
        .into_iter()
        .find(|f| f.field == "attachment")
        .ok_or_else(|| Error::field(ErrorKind::InvalidInput, "attachment", "field-required"))?;
    let kind = crate::uploads::check_kind(
        &file,
        &[
            crate::uploads::FileKind::Pdf,
            crate::uploads::FileKind::Png,
            crate::uploads::FileKind::Jpeg,
        ],
    )?;
    let (cid, config) = (commune.id, state.config.clone());
    db(&state, move |c| {
        let p = store::petition(c, cid, id)?;
        if p.agent_account_id != Some(user.account.id) {
            return Err(ErrorKind::Forbidden.into());
        }
        // One transaction: a refused attachment leaves no upload record behind.
        diesel::Connection::transaction(c, |c| {
            let upload = crate::uploads::store(
                c,
                &config,
                &file,
                kind,
                Some(user.account.id),
                Some(cid),
                false,
            )?;
            service::attach(c, &user, cid, id, upload)
        })
    })
    .await?;
    Ok(see_other(&format!("/{}/petitions/{id}", commune.slug)))
}

/// The mandate of an association's agent (decree 2.16.403): private, for the agent, the
/// bureau and the commune's admin only.
async fn mandate(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let cid = commune.id;
    let (p, m) = db(&state, move |c| {
        let p = store::petition(c, cid, id)?;
        let m = store::mandate(c, cid, p.id)?;
        Ok((p, m))
    })
    .await?;
    let allowed = p.agent_account_id == Some(user.account.id)
        || user.has(cid, Role::Bureau)
        || user.can_administer(cid);
    if !allowed {
        return Err(ErrorKind::Forbidden.into());
    }
    let upload = m.and_then(|m| m.upload_id).ok_or(ErrorKind::NotFound)?;
    crate::uploads::serve_allowed(&state, upload).await
}

/// The agent of an association's petition gives the mandate (a PDF, private like the
/// statutes) or declares being the association's legal representative.
async fn upload_mandate(
    state: web::Data<AppState>,
    ctx: Ctx,
    path: web::Path<(String, i64)>,
    payload: actix_multipart::Multipart,
) -> Result<HttpResponse, PageError> {
    let (slug, id) = path.into_inner();
    let user = ctx.require_user()?.clone();
    let commune = commune(&state, &slug).await?;
    let form = crate::uploads::read_form(&ctx, payload, state.config.upload_max_bytes).await?;
    let legal_representative = !form.text("legal_representative").is_empty();
    let file = form.files.into_iter().find(|f| f.field == "mandate");
    let kind = file
        .as_ref()
        .map(|f| crate::uploads::check_kind(f, &[crate::uploads::FileKind::Pdf]))
        .transpose()?;
    let (cid, config) = (commune.id, state.config.clone());
    db(&state, move |c| {
        // One transaction: a refused mandate leaves no upload record behind.
        diesel::Connection::transaction(c, |c| {
            let upload = match (&file, kind) {
                (Some(f), Some(k)) => Some(crate::uploads::store(
                    c,
                    &config,
                    f,
                    k,
                    Some(user.account.id),
                    Some(cid),
                    true,
                )?),
                _ => None,
            };
            service::set_mandate(c, &user, cid, id, upload, legal_representative)
        })
    })
    .await?;
    Ok(see_other(&format!(
        "/{}/petitions/{id}?done=admin-saved",
        commune.slug
    )))
}
