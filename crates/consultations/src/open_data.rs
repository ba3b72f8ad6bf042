//! Open data: the published consultations with their participation, and the questionnaire's
//! answers as counts per question and option (aggregates only, never a response).

use crate::records::{CommentView, ConsultationRow};
use crate::service::{self, PublicPage, Results};
use chrono::NaiveDate;
use musharaka_communes::dataset;
use musharaka_communes::open_data::{col, Cell, Column, Dataset, Kind, Table};
use musharaka_communes::Commune;
use musharaka_core::page::all_pages;
use musharaka_core::Paged;
use musharaka_core::Result;
use musharaka_db::AnyConnection;
use serde_json::json;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 2] = [
    dataset!("consultations", &CONSULTATIONS, consultations),
    dataset!("consultation-answers", &ANSWERS, answers),
];

/// Every public consultation's results (aggregates), newest first.
fn all_results(conn: &mut AnyConnection, commune: &Commune) -> Result<Vec<Results>> {
    all_pages(|page| service::list(conn, None, commune.id, None, page, 100))?
        .iter()
        .map(|c| service::results(conn, None, commune.id, c.id))
        .collect()
}

static CONSULTATIONS: [Column; 11] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-id", Kind::Integer),
    col("title_ar", "data-col-title-ar", Kind::Text),
    col("title_fr", "data-col-title-fr", Kind::Text),
    col("status", "data-col-status", Kind::Code("cons-status-")),
    col("opens_on", "data-col-opens-on", Kind::Date),
    col("closes_on", "data-col-closes-on", Kind::Date),
    col(
        "responses_online",
        "data-col-responses-online",
        Kind::Integer,
    ),
    col("responses_paper", "data-col-responses-paper", Kind::Integer),
    col("participants", "data-col-participants", Kind::Integer),
    col("deliberation_number", "data-col-number", Kind::Text),
];

fn consultations(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut t = Table::new(&CONSULTATIONS);
    for r in all_results(conn, commune)? {
        let c = r.consultation;
        t.push(
            vec![
                commune.slug.as_str().into(),
                c.id.into(),
                c.title_ar.into(),
                c.title_fr.into(),
                c.status.into(),
                c.opens_on.into(),
                c.closes_on.into(),
                r.responses_online.into(),
                r.responses_paper.into(),
                r.figures.total.into(),
                c.deliberation_number.into(),
            ],
            Some(c.updated_at),
        );
    }
    Ok(t)
}

static ANSWERS: [Column; 10] = [
    col("commune", "data-col-commune", Kind::Text),
    col("id", "data-col-question-id", Kind::Integer),
    col("consultation_id", "data-col-consultation-id", Kind::Integer),
    col("kind", "data-col-kind", Kind::Code("cons-qkind-")),
    col("question_ar", "data-col-question-ar", Kind::Text),
    col("question_fr", "data-col-question-fr", Kind::Text),
    col("answered", "data-col-answered", Kind::Integer),
    col("option_ar", "data-col-option-ar", Kind::Text),
    col("option_fr", "data-col-option-fr", Kind::Text),
    col("count", "data-col-count", Kind::Integer),
];

/// One row per option of a choice or ranking question (its count, or its Borda score),
/// one row without option for a free-text question (only how many answered it).
fn answers(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let mut t = Table::new(&ANSWERS);
    for r in all_results(conn, commune)? {
        let changed = Some(r.consultation.updated_at);
        for q in r.questions {
            let options = q.question.option_list();
            let base = vec![
                commune.slug.as_str().into(),
                q.question.id.into(),
                q.question.consultation_id.into(),
                q.question.kind.as_str().into(),
                q.question.prompt_ar.as_str().into(),
                q.question.prompt_fr.as_str().into(),
                q.tally.answered.into(),
            ];
            if options.is_empty() {
                let mut row = base.clone();
                row.extend([Cell::Null, Cell::Null, Cell::Null]);
                t.push(row, changed);
            }
            for (i, (ar, fr)) in options.into_iter().enumerate() {
                let mut row = base.clone();
                row.extend([
                    ar.into(),
                    fr.into(),
                    q.tally.per_option.get(i).copied().into(),
                ]);
                t.push(row, changed);
            }
        }
    }
    Ok(t)
}

static RESULTS: [Column; 9] = [
    col("measure", "data-col-measure", Kind::Code("data-measure-")),
    col("question_ar", "data-col-question-ar", Kind::Text),
    col("question_fr", "data-col-question-fr", Kind::Text),
    col("option_ar", "data-col-option-ar", Kind::Text),
    col("option_fr", "data-col-option-fr", Kind::Text),
    col("group", "data-col-group", Kind::Code("cons-fig-")),
    col("district", "data-col-district", Kind::Text),
    col("value", "data-col-value", Kind::Integer),
    col("small_group", "data-col-small-group", Kind::Boolean),
];

/// One consultation's results (its page's CSV): per question how many answered and per
/// option its count (or Borda score), then the participation figures, small groups
/// without their number.
pub fn results_table(r: &Results) -> Table {
    let mut t = Table::new(&RESULTS);
    let changed = Some(r.consultation.updated_at);
    let mut push = |measure: &str,
                    q: Option<&crate::records::QuestionRow>,
                    option: Option<&(String, String)>,
                    group: Cell,
                    district: Cell,
                    value: Option<i64>| {
        t.push(
            vec![
                measure.into(),
                q.map(|q| q.prompt_ar.as_str()).into(),
                q.map(|q| q.prompt_fr.as_str()).into(),
                option.map(|o| o.0.as_str()).into(),
                option.map(|o| o.1.as_str()).into(),
                group,
                district,
                value.into(),
                value.is_none().into(),
            ],
            changed,
        );
    };
    for q in &r.questions {
        let question = Some(&q.question);
        push(
            "answered",
            question,
            None,
            Cell::Null,
            Cell::Null,
            Some(q.tally.answered),
        );
        let measure = match q.question.kind() {
            crate::QuestionKind::Ranking => "score",
            _ => "count",
        };
        for (i, option) in q.question.option_list().iter().enumerate() {
            let n = q.tally.per_option.get(i).copied().unwrap_or(0);
            push(
                measure,
                question,
                Some(option),
                Cell::Null,
                Cell::Null,
                Some(n),
            );
        }
    }
    let f = &r.figures;
    push("total", None, None, Cell::Null, Cell::Null, Some(f.total));
    for (name, cells) in [
        ("channel", &f.by_channel),
        ("category", &f.by_category),
        ("gender", &f.by_gender),
        ("age_band", &f.by_age_band),
        ("district", &f.by_district),
    ] {
        for c in cells {
            let (group, district) = match name {
                "district" if c.key != "other" => (Cell::Null, c.key.as_str().into()),
                _ => (c.key.as_str().into(), Cell::Null),
            };
            push(name, None, None, group, district, c.count);
        }
    }
    t
}

// The JSON API (`/api/v1/communes/{slug}/consultations[/{id}]`, a consultation's
// `results.json`): aggregates only; a hidden comment keeps its place, not its text.

fn consultation_json(c: &ConsultationRow, slug: &str, today: NaiveDate) -> serde_json::Value {
    json!({
        "id": c.id,
        "subject": c.subject,
        "title_ar": c.title_ar,
        "title_fr": c.title_fr,
        "status": c.status,
        "phase": c.phase(today).key(),
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

/// One page of the commune's consultations.
pub fn api_list(
    rows: &Paged<ConsultationRow>,
    page_size: i64,
    slug: &str,
    today: NaiveDate,
) -> serde_json::Value {
    let items: Vec<_> = rows
        .rows
        .iter()
        .map(|c| consultation_json(c, slug, today))
        .collect();
    json!({
        "page": rows.page.number(),
        "page_size": page_size,
        "has_next": rows.has_next,
        "items": items,
    })
}

/// A consultation with its text, sections, comments, workshops, timeline and figures.
pub fn api_one(d: &PublicPage, slug: &str, today: NaiveDate) -> serde_json::Value {
    let mut body = consultation_json(&d.consultation, slug, today);
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
    body
}

/// The questionnaire's results: per question how many answered and per option.
pub fn api_results(r: &Results, slug: &str, today: NaiveDate) -> serde_json::Value {
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
    json!({
        "consultation": consultation_json(&r.consultation, slug, today),
        "responses": { "online": r.responses_online, "paper": r.responses_paper },
        "questions": questions,
        "participation": r.figures,
    })
}
