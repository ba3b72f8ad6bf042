//! Open data: the JSON API, the Atom feed, the results of the questionnaire as a page, CSV
//! and JSON (aggregates only: no response, no respondent's declared facts except through
//! the small-group rule), and the national sum of participation.

use super::PAGE_SIZE;
use crate::ctx::request_lang;
use crate::errors::PageError;
use crate::forms::consultations::ListQuery;
use crate::routes::data::csv_file;
use crate::routes::{db, html};
use crate::scope::Site;
use crate::state::AppState;
use crate::views::consultations as v;
use actix_web::{web, HttpRequest, HttpResponse};
use musharaka_consultations::records::{CommentView, ConsultationRow};
use musharaka_consultations::service::{self, Results};
use musharaka_core::Page;
use serde_json::json;

type Path = web::Path<(String, i64)>;

fn consultation_json(c: &ConsultationRow, slug: &str) -> serde_json::Value {
    json!({
        "id": c.id,
        "subject": c.subject,
        "title_ar": c.title_ar,
        "title_fr": c.title_fr,
        "status": c.status,
        "phase": c.phase(super::today()).key(),
        "owner_service": c.owner_service,
        "opens_on": c.opens_on,
        "closes_on": c.closes_on,
        "channels": c.channels().iter().map(|ch| ch.key()).collect::<Vec<_>>(),
        "revised_version": c.revised_version,
        "synthesis_published_at": c.synthesis_published_at,
        "deliberation_number": c.deliberation_number,
        "url": format!("/{slug}/consultations/{}", c.id),
    })
}

/// A comment in the API: a hidden one keeps its place and reason, not its text.
fn comment_json(c: &CommentView) -> serde_json::Value {
    let cm = &c.comment;
    json!({
        "id": cm.id,
        "section_id": cm.section_id,
        "parent_id": cm.parent_id,
        "author_kind": cm.author_kind,
        "author_label": cm.author_label,
        "body": if cm.is_hidden() { None } else { Some(&cm.body) },
        "hidden_reason": cm.hidden_reason,
        "supports": c.supports,
        "outcome": cm.outcome,
        "outcome_note": cm.outcome_note,
        "created_at": cm.created_at,
    })
}

pub async fn api_list(
    state: web::Data<AppState>,
    site: Site,
    q: web::Query<ListQuery>,
) -> Result<HttpResponse, PageError> {
    let (cid, status, page) = (site.commune.id, q.status(), q.page);
    let rows = db(&state, move |c| {
        service::list(c, None, cid, status, page, PAGE_SIZE)
    })
    .await?;
    let items: Vec<_> = rows
        .rows
        .iter()
        .map(|c| consultation_json(c, &site.commune.slug))
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "page": rows.page.number(),
        "page_size": PAGE_SIZE,
        "has_next": rows.has_next,
        "items": items,
    })))
}

pub async fn api_one(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
) -> Result<HttpResponse, PageError> {
    let (cid, id) = (site.commune.id, path.1);
    let d = db(&state, move |c| service::public_page(c, None, cid, id)).await?;
    let mut body = consultation_json(&d.consultation, &site.commune.slug);
    body["text_ar"] = json!(d.consultation.text_ar);
    body["text_fr"] = json!(d.consultation.text_fr);
    body["synthesis_ar"] = json!(d.consultation.synthesis_ar);
    body["synthesis_fr"] = json!(d.consultation.synthesis_fr);
    body["sections"] = json!(d.sections);
    body["revised_sections"] = json!(d.revised);
    body["comments"] = d.comments.iter().map(comment_json).collect();
    body["workshops"] = json!(d.workshops);
    body["timeline"] = json!(d.timeline);
    body["participation"] = json!(d.figures);
    Ok(HttpResponse::Ok().json(body))
}

pub async fn atom(
    state: web::Data<AppState>,
    site: Site,
    req: HttpRequest,
) -> Result<HttpResponse, PageError> {
    let cid = site.commune.id;
    let rows = db(&state, move |c| {
        service::list(c, None, cid, None, Page::FIRST, 50)
    })
    .await?;
    let base = state.config.base_url.trim_end_matches('/');
    let body = v::atom(request_lang(&req, None), &site.commune, &rows.rows, base);
    Ok(HttpResponse::Ok()
        .content_type("application/atom+xml; charset=utf-8")
        .body(body))
}

async fn load(state: &web::Data<AppState>, site: &Site, id: i64) -> Result<Results, PageError> {
    let cid = site.commune.id;
    db(state, move |c| service::results(c, None, cid, id)).await
}

pub async fn results(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
) -> Result<HttpResponse, PageError> {
    let r = load(&state, &site, path.1).await?;
    Ok(html(v::results(&site.ctx, &site.commune, &r), false))
}

pub async fn results_json(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
) -> Result<HttpResponse, PageError> {
    let r = load(&state, &site, path.1).await?;
    let questions: Vec<_> = r
        .questions
        .iter()
        .map(|q| {
            json!({
                "position": q.question.position,
                "kind": q.question.kind,
                "prompt_ar": q.question.prompt_ar,
                "prompt_fr": q.question.prompt_fr,
                "options": q.question.option_list(),
                "answered": q.tally.answered,
                "per_option": q.tally.per_option,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "consultation": consultation_json(&r.consultation, &site.commune.slug),
        "responses": { "online": r.responses_online, "paper": r.responses_paper },
        "questions": questions,
        "participation": r.figures,
    })))
}

/// The results as CSV: one row per option of each question (count or ranking score), then
/// the participation figures (small groups without their number).
pub async fn results_csv(
    state: web::Data<AppState>,
    site: Site,
    path: Path,
) -> Result<HttpResponse, PageError> {
    let r = load(&state, &site, path.1).await?;
    let table = musharaka_consultations::open_data::results_table(&r);
    let name = format!(
        "consultation-{}-{}.csv",
        site.commune.slug, r.consultation.id
    );
    csv_file(&table, site.ctx.lang, &name)
}

/// The national sum of participation in every commune's published consultations.
pub async fn national(
    state: web::Data<AppState>,
    ctx: crate::ctx::Ctx,
) -> Result<HttpResponse, PageError> {
    let (count, figures) = db(&state, service::national).await?;
    Ok(html(v::national(&ctx, count, &figures), false))
}
