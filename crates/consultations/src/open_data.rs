//! Open data: the published consultations with their participation, and the questionnaire's
//! answers as counts per question and option (aggregates only, never a response).

use crate::records::{CommentView, ConsultationRow, QuestionRow};
use crate::service::{self, PublicPage, QuestionResult, Results};
use chrono::NaiveDate;
use musharaka_communes::dataset;
use musharaka_communes::open_data::{
    commune_table, field, id, status, table, Dataset, Field, Kind, Table,
};
use musharaka_communes::Commune;
use musharaka_core::page::all_pages;
use musharaka_core::Paged;
use musharaka_core::Result;
use musharaka_db::AnyConnection;
use serde_json::json;

/// This crate's open datasets, in the order of the `/data` page.
pub static DATASETS: [Dataset; 2] = [
    dataset!("consultations", CONSULTATIONS, consultations),
    dataset!("consultation-answers", answer_fields(), answers),
];

/// Every public consultation's results (aggregates), newest first.
fn all_results(conn: &mut AnyConnection, commune: &Commune) -> Result<Vec<Results>> {
    all_pages(|page| service::list(conn, None, commune.id, None, page, 100))?
        .iter()
        .map(|c| service::results(conn, None, commune.id, c.id))
        .collect()
}

static CONSULTATIONS: [Field<Results>; 10] = [
    id(|r| r.consultation.id.into()),
    field("title_ar", "data-col-title-ar", Kind::Text, |r| {
        r.consultation.title_ar.as_str().into()
    }),
    field("title_fr", "data-col-title-fr", Kind::Text, |r| {
        r.consultation.title_fr.as_str().into()
    }),
    status("cons-status-", |r| r.consultation.status.key().into()),
    field("opens_on", "data-col-opens-on", Kind::Date, |r| {
        r.consultation.opens_on.into()
    }),
    field("closes_on", "data-col-closes-on", Kind::Date, |r| {
        r.consultation.closes_on.into()
    }),
    field(
        "responses_online",
        "data-col-responses-online",
        Kind::Integer,
        |r| r.responses_online.into(),
    ),
    field(
        "responses_paper",
        "data-col-responses-paper",
        Kind::Integer,
        |r| r.responses_paper.into(),
    ),
    field(
        "participants",
        "data-col-participants",
        Kind::Integer,
        |r| r.figures.total.into(),
    ),
    field("deliberation_number", "data-col-number", Kind::Text, |r| {
        r.consultation.deliberation_number.as_deref().into()
    }),
];

fn consultations(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let rows = all_results(conn, commune)?;
    Ok(commune_table(commune, &CONSULTATIONS, &rows, |r| {
        Some(r.consultation.updated_at)
    }))
}

/// A question with one of its options (none for a free-text question) and its count.
struct Answer<'a> {
    consultation: &'a ConsultationRow,
    question: &'a QuestionResult,
    option: Option<(String, String)>,
    count: Option<i64>,
}

fn answer_fields<'a>() -> [Field<Answer<'a>>; 9] {
    [
        field("id", "data-col-question-id", Kind::Integer, |a| {
            a.question.question.id.into()
        }),
        field(
            "consultation_id",
            "data-col-consultation-id",
            Kind::Integer,
            |a| a.question.question.consultation_id.into(),
        ),
        field("kind", "data-col-kind", Kind::Code("cons-qkind-"), |a| {
            a.question.question.kind.as_str().into()
        }),
        field("question_ar", "data-col-question-ar", Kind::Text, |a| {
            a.question.question.prompt_ar.as_str().into()
        }),
        field("question_fr", "data-col-question-fr", Kind::Text, |a| {
            a.question.question.prompt_fr.as_str().into()
        }),
        field("answered", "data-col-answered", Kind::Integer, |a| {
            a.question.tally.answered.into()
        }),
        field("option_ar", "data-col-option-ar", Kind::Text, |a| {
            a.option.as_ref().map(|(ar, _)| ar.as_str()).into()
        }),
        field("option_fr", "data-col-option-fr", Kind::Text, |a| {
            a.option.as_ref().map(|(_, fr)| fr.as_str()).into()
        }),
        field("count", "data-col-count", Kind::Integer, |a| a.count.into()),
    ]
}

/// One row per option of a choice or ranking question (its count, or its Borda score),
/// one row without option for a free-text question (only how many answered it).
fn answers(conn: &mut AnyConnection, commune: &Commune) -> Result<Table> {
    let results = all_results(conn, commune)?;
    let mut rows = Vec::new();
    for r in &results {
        let consultation = &r.consultation;
        for question in &r.questions {
            let options = question.question.option_list();
            if options.is_empty() {
                let (option, count) = (None, None);
                rows.push(Answer {
                    consultation,
                    question,
                    option,
                    count,
                });
            }
            for (i, option) in options.into_iter().enumerate() {
                let count = question.tally.per_option.get(i).copied();
                let option = Some(option);
                rows.push(Answer {
                    consultation,
                    question,
                    option,
                    count,
                });
            }
        }
    }
    Ok(commune_table(commune, &answer_fields(), &rows, |a| {
        Some(a.consultation.updated_at)
    }))
}

/// One figure of a consultation's results: how many answered a question, one option's
/// count (or Borda score), or a participation figure by group or district.
struct Measure<'a> {
    measure: &'a str,
    question: Option<&'a QuestionRow>,
    option: Option<(String, String)>,
    group: Option<&'a str>,
    district: Option<&'a str>,
    /// `None` for a small group (shown as "< 5").
    value: Option<i64>,
}

impl<'a> Measure<'a> {
    fn of(measure: &'a str, question: Option<&'a QuestionRow>, value: Option<i64>) -> Self {
        Measure {
            measure,
            question,
            option: None,
            group: None,
            district: None,
            value,
        }
    }
}

/// One consultation's results (its page's CSV): per question how many answered and per
/// option its count (or Borda score), then the participation figures, small groups
/// without their number.
pub fn results_table(r: &Results) -> Table {
    let fields: [Field<Measure>; 9] = [
        field(
            "measure",
            "data-col-measure",
            Kind::Code("data-measure-"),
            |m| m.measure.into(),
        ),
        field("question_ar", "data-col-question-ar", Kind::Text, |m| {
            m.question.map(|q| q.prompt_ar.as_str()).into()
        }),
        field("question_fr", "data-col-question-fr", Kind::Text, |m| {
            m.question.map(|q| q.prompt_fr.as_str()).into()
        }),
        field("option_ar", "data-col-option-ar", Kind::Text, |m| {
            m.option.as_ref().map(|(ar, _)| ar.as_str()).into()
        }),
        field("option_fr", "data-col-option-fr", Kind::Text, |m| {
            m.option.as_ref().map(|(_, fr)| fr.as_str()).into()
        }),
        field("group", "data-col-group", Kind::Code("cons-fig-"), |m| {
            m.group.into()
        }),
        field("district", "data-col-district", Kind::Text, |m| {
            m.district.into()
        }),
        field("value", "data-col-value", Kind::Integer, |m| m.value.into()),
        field("small_group", "data-col-small-group", Kind::Boolean, |m| {
            m.value.is_none().into()
        }),
    ];
    let mut rows = Vec::new();
    for q in &r.questions {
        let question = Some(&q.question);
        rows.push(Measure::of("answered", question, Some(q.tally.answered)));
        let measure = match q.question.kind() {
            crate::QuestionKind::Ranking => "score",
            _ => "count",
        };
        for (i, option) in q.question.option_list().into_iter().enumerate() {
            let n = q.tally.per_option.get(i).copied().unwrap_or(0);
            let option = Some(option);
            rows.push(Measure {
                option,
                ..Measure::of(measure, question, Some(n))
            });
        }
    }
    let f = &r.figures;
    rows.push(Measure::of("total", None, Some(f.total)));
    for (name, cells) in [
        ("channel", &f.by_channel),
        ("category", &f.by_category),
        ("gender", &f.by_gender),
        ("age_band", &f.by_age_band),
        ("district", &f.by_district),
    ] {
        for c in cells {
            let key = Some(c.key.as_str());
            let (group, district) = match name {
                "district" if c.key != "other" => (None, key),
                _ => (key, None),
            };
            rows.push(Measure {
                group,
                district,
                ..Measure::of(name, None, c.count)
            });
        }
    }
    table(&fields, &rows, |_| Some(r.consultation.updated_at))
}

// The JSON API (`/api/v1/communes/{slug}/consultations[/{id}]`, a consultation's
// `results.json`): aggregates only; a hidden comment keeps its place, not its text.

fn consultation_json(c: &ConsultationRow, slug: &str, today: NaiveDate) -> serde_json::Value {
    json!({
        "id": c.id,
        "subject": c.subject,
        "title_ar": c.title_ar,
        "title_fr": c.title_fr,
        "status": c.status.key(),
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
