//! Read models for pages, the API and open data. Public ones carry no personal data: a
//! comment shows its kind of author (and an association's or body's name), responses only
//! ever leave as aggregates through the small-group rule ([`crate::rules::participation`]).

use super::*;
use crate::model::AuthorKind;
use crate::records::{CommentRow, CommentView, QuestionRow, SectionRow, WorkshopView};
use crate::rules::{
    self, Figures, ParticipationInput, QuestionTally, ResponseFacts, WorkshopFacts,
};
use chrono::{NaiveDate, NaiveDateTime};
use musharaka_core::{Page, Paged};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One page of a commune's consultations (drafts only for the owner).
pub fn list(
    conn: &mut AnyConnection,
    viewer: Option<&Permissions>,
    commune_id: i64,
    status: Option<Status>,
    page: Page,
    per_page: i64,
) -> Result<Paged<ConsultationRow>> {
    let owner = viewer.is_some_and(|v| v.can_administer(commune_id));
    let status = status.filter(|s| owner || s.is_public()).map(|s| s.key());
    let rows = store::list(
        conn,
        commune_id,
        owner,
        status,
        per_page + 1,
        page.offset(per_page),
    )?;
    Ok(Paged::cut(rows, page, per_page))
}

/// A dated step of a consultation's timeline: online and in the room side by side.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub on: NaiveDate,
    /// `published`, `opens`, `workshop`, `closes`, `synthesis`, `adopted`, `not_adopted`.
    pub kind: &'static str,
    pub detail: Option<String>,
}

/// What a consultation's public page shows.
#[derive(Debug, Clone, Serialize)]
pub struct PublicPage {
    pub consultation: ConsultationRow,
    pub sections: Vec<SectionRow>,
    pub revised: Vec<SectionRow>,
    pub comments: Vec<CommentView>,
    pub workshops: Vec<WorkshopView>,
    pub timeline: Vec<Step>,
    pub figures: Figures,
    pub questions: usize,
    /// For a signed-in viewer: whether they already answered the questionnaire.
    #[serde(skip)]
    pub answered: Option<bool>,
}

fn date_of(t: NaiveDateTime) -> NaiveDate {
    musharaka_core::time::local_date(t)
}

fn timeline(c: &ConsultationRow, workshops: &[WorkshopView]) -> Vec<Step> {
    let mut steps = Vec::new();
    if let Some(p) = c.published_at {
        steps.push(Step {
            on: date_of(p),
            kind: "published",
            detail: None,
        });
    }
    steps.push(Step {
        on: c.opens_on,
        kind: "opens",
        detail: None,
    });
    for w in workshops {
        steps.push(Step {
            on: w.workshop.held_on,
            kind: "workshop",
            detail: Some(w.workshop.topic.clone()),
        });
    }
    steps.push(Step {
        on: c.closes_on,
        kind: "closes",
        detail: None,
    });
    if let Some(s) = c.synthesis_published_at {
        steps.push(Step {
            on: date_of(s),
            kind: "synthesis",
            detail: None,
        });
    }
    if let Some(n) = &c.deliberation_number {
        let kind = if c.status == Status::Adopted {
            "adopted"
        } else {
            "not_adopted"
        };
        steps.push(Step {
            on: date_of(c.updated_at),
            kind,
            detail: Some(n.clone()),
        });
    }
    steps.sort_by_key(|s| s.on);
    steps
}

fn with_supports(
    conn: &mut AnyConnection,
    id: i64,
    rows: Vec<CommentRow>,
) -> Result<Vec<CommentView>> {
    let counts: BTreeMap<i64, i64> = store::support_counts(conn, id)?.into_iter().collect();
    Ok(rows
        .into_iter()
        .map(|c| CommentView {
            supports: counts.get(&c.id).copied().unwrap_or(0),
            comment: c,
        })
        .collect())
}

fn workshop_views(conn: &mut AnyConnection, id: i64) -> Result<Vec<WorkshopView>> {
    let attendance = store::attendance(conn, id)?;
    let photos = store::photos(conn, id)?;
    Ok(store::workshops(conn, id)?
        .into_iter()
        .map(|w| WorkshopView {
            attendance: attendance
                .iter()
                .filter(|a| a.0 == w.id)
                .map(|a| (a.1.clone(), a.2, a.3))
                .collect(),
            photos: photos.iter().filter(|p| p.0 == w.id).map(|p| p.1).collect(),
            workshop: w,
        })
        .collect())
}

fn category_of(kind: AuthorKind) -> &'static str {
    match kind {
        AuthorKind::Citizen => "citizen",
        AuthorKind::Association => "association",
        AuthorKind::Body => "consultative_body",
        AuthorKind::Staff => "staff",
    }
}

/// What the participation figures count for consultation `id` (no personal data leaves:
/// only the facts, without who gave them).
fn participation_input(
    conn: &mut AnyConnection,
    id: i64,
    comments: &[CommentRow],
    workshops: &[WorkshopView],
) -> Result<ParticipationInput> {
    let mut authors: BTreeSet<(&'static str, String)> = BTreeSet::new();
    for c in comments {
        let who = match (c.association_id, c.account_id, &c.author_label) {
            (Some(a), _, _) => format!("association:{a}"),
            (None, _, Some(l)) if c.author_kind() == AuthorKind::Body => format!("body:{l}"),
            (None, Some(a), _) => format!("account:{a}"),
            _ => format!("comment:{}", c.id),
        };
        authors.insert((category_of(c.author_kind()), who));
    }
    let mut commenters: BTreeMap<String, i64> = BTreeMap::new();
    for (kind, _) in &authors {
        *commenters.entry(kind.to_string()).or_insert(0) += 1;
    }
    let responses = store::responses(conn, id)?
        .into_iter()
        .map(|r| ResponseFacts {
            paper: r.channel == "paper",
            age_band: r.age_band,
            gender: r.gender,
            district: r.district,
            association_member: r.association_member.map(|m| m == "yes"),
        })
        .collect();
    let workshops = workshops
        .iter()
        .map(|w| WorkshopFacts {
            district: (w.workshop.focus == "district").then(|| w.workshop.topic.clone()),
            attendance: w
                .attendance
                .iter()
                .map(|(c, women, men)| (c.clone(), i64::from(*women), i64::from(*men)))
                .collect(),
        })
        .collect();
    Ok(ParticipationInput {
        commenters: commenters.into_iter().collect(),
        responses,
        workshops,
    })
}

/// The public page of a consultation.
pub fn public_page(
    conn: &mut AnyConnection,
    viewer: Option<&Permissions>,
    commune_id: i64,
    id: i64,
) -> Result<PublicPage> {
    let c = visible(conn, viewer, commune_id, id)?;
    let sections = store::sections(conn, id, 1)?;
    let revised = match c.revised_version {
        Some(v) => store::sections(conn, id, v)?,
        None => Vec::new(),
    };
    let rows = store::comments(conn, id)?;
    let workshops = workshop_views(conn, id)?;
    let input = participation_input(conn, id, &rows, &workshops)?;
    let answered = match viewer {
        Some(v) => Some(store::has_responded(conn, id, v.account.id)?),
        None => None,
    };
    Ok(PublicPage {
        timeline: timeline(&c, &workshops),
        figures: rules::participation(&input),
        questions: store::questions(conn, id)?.len(),
        comments: with_supports(conn, id, rows)?,
        consultation: c,
        sections,
        revised,
        workshops,
        answered,
    })
}

/// A comment's own page: the comment, its replies, its section and what became of it.
pub struct CommentPage {
    pub consultation: ConsultationRow,
    pub section: SectionRow,
    pub comment: CommentView,
    pub replies: Vec<CommentView>,
}

pub fn comment_page(
    conn: &mut AnyConnection,
    viewer: Option<&Permissions>,
    commune_id: i64,
    id: i64,
    comment_id: i64,
) -> Result<CommentPage> {
    let c = visible(conn, viewer, commune_id, id)?;
    let cm = store::comment(conn, id, comment_id)?;
    let section = store::section(conn, id, cm.section_id)?;
    let all: Vec<CommentRow> = store::comments(conn, id)?
        .into_iter()
        .filter(|r| r.id == comment_id || r.parent_id == Some(comment_id))
        .collect();
    let mut views = with_supports(conn, id, all)?;
    let pos = views
        .iter()
        .position(|v| v.comment.id == comment_id)
        .ok_or(ErrorKind::NotFound)?;
    let comment = views.remove(pos);
    Ok(CommentPage {
        consultation: c,
        section,
        comment,
        replies: views,
    })
}

/// A question with the aggregate of its answers (open data).
#[derive(Debug, Clone, Serialize)]
pub struct QuestionResult {
    pub question: QuestionRow,
    pub tally: QuestionTally,
}

/// The open data of a consultation's answers: aggregates only.
#[derive(Debug, Clone, Serialize)]
pub struct Results {
    pub consultation: ConsultationRow,
    pub responses_online: i64,
    pub responses_paper: i64,
    pub questions: Vec<QuestionResult>,
    pub figures: Figures,
}

pub fn results(
    conn: &mut AnyConnection,
    viewer: Option<&Permissions>,
    commune_id: i64,
    id: i64,
) -> Result<Results> {
    let c = visible(conn, viewer, commune_id, id)?;
    let responses = store::responses(conn, id)?;
    let parsed: Vec<BTreeMap<i64, crate::model::Answer>> = responses
        .iter()
        .map(|r| serde_json::from_str(&r.answers).unwrap_or_default())
        .collect();
    let questions = store::questions(conn, id)?
        .into_iter()
        .map(|q| {
            let answers: Vec<&crate::model::Answer> =
                parsed.iter().filter_map(|a| a.get(&q.id)).collect();
            QuestionResult {
                tally: rules::tally(q.kind(), q.option_list().len(), &answers),
                question: q,
            }
        })
        .collect();
    let rows = store::comments(conn, id)?;
    let workshops = workshop_views(conn, id)?;
    let input = participation_input(conn, id, &rows, &workshops)?;
    let paper = responses.iter().filter(|r| r.channel == "paper").count() as i64;
    Ok(Results {
        consultation: c,
        responses_online: responses.len() as i64 - paper,
        responses_paper: paper,
        questions,
        figures: rules::participation(&input),
    })
}

/// The participation figures of every published consultation of every commune, summed
/// (the national sum), through the small-group rule; and how many consultations.
pub fn national(conn: &mut AnyConnection) -> Result<(usize, Figures)> {
    let ids = store::all_public_ids(conn)?;
    let mut inputs = Vec::with_capacity(ids.len());
    for (_, id) in &ids {
        let rows = store::comments(conn, *id)?;
        let workshops = workshop_views(conn, *id)?;
        inputs.push(participation_input(conn, *id, &rows, &workshops)?);
    }
    Ok((ids.len(), rules::national_sum(&inputs)))
}

/// What the owner's page of a consultation shows.
pub struct OwnerPage {
    pub page: PublicPage,
    pub questions: Vec<QuestionRow>,
    pub responses_online: i64,
    pub responses_paper: i64,
}

pub fn owner_page(
    conn: &mut AnyConnection,
    actor: &Permissions,
    commune_id: i64,
    id: i64,
) -> Result<OwnerPage> {
    require_owner(actor, commune_id)?;
    let page = public_page(conn, Some(actor), commune_id, id)?;
    let responses = store::responses(conn, id)?;
    let paper = responses.iter().filter(|r| r.channel == "paper").count() as i64;
    Ok(OwnerPage {
        questions: store::questions(conn, id)?,
        responses_online: responses.len() as i64 - paper,
        responses_paper: paper,
        page,
    })
}

/// The questionnaire of a consultation the public may see, and whether the viewer has
/// already answered it.
pub fn questionnaire(
    conn: &mut AnyConnection,
    viewer: Option<&Permissions>,
    commune_id: i64,
    id: i64,
) -> Result<(ConsultationRow, Vec<QuestionRow>, bool)> {
    let c = visible(conn, viewer, commune_id, id)?;
    let answered = match viewer {
        Some(v) => store::has_responded(conn, id, v.account.id)?,
        None => false,
    };
    Ok((c, store::questions(conn, id)?, answered))
}

/// The consultations open today, newest first, at most `shown` (the commune's home).
pub fn open_now(
    conn: &mut AnyConnection,
    commune_id: i64,
    today: chrono::NaiveDate,
    shown: usize,
) -> Result<Vec<ConsultationRow>> {
    Ok(store::list(conn, commune_id, false, None, 50, 0)?
        .into_iter()
        .filter(|r| r.phase(today) == crate::Phase::Open)
        .take(shown)
        .collect())
}
