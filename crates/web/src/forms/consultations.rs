//! The consultations' query strings and posted forms, and what they become for the
//! service. The questionnaire and the workshop form are read as plain (name, value) pairs:
//! their fields depend on the questions and the attendance categories.

use super::{parse_date, parse_number};
use crate::views::form::FieldErrors;
use musharaka_consultations::model::{Category, Channel, Focus, HideReason, Outcome, Subject};
use musharaka_consultations::service::{
    CommentInput, DraftInput, OutcomeInput, SectionAnswer, Speaker, SynthesisInput, WorkshopInput,
};
use musharaka_consultations::Status;
use musharaka_core::Page;
use serde::{Deserialize, Serialize};

/// `?status=&page=` of the lists, `?done=` after a saved form.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ListQuery {
    pub status: Option<String>,
    pub page: Page,
    pub done: Option<String>,
}

impl ListQuery {
    pub fn status(&self) -> Option<Status> {
        self.status.as_deref().and_then(|s| s.parse().ok())
    }
}

pub use super::invalid;

/// A consultation's texts, dates and channels.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct DraftForm {
    pub subject: String,
    pub title_ar: String,
    pub title_fr: String,
    pub text_ar: String,
    pub text_fr: String,
    pub owner_service: String,
    pub opens_on: String,
    pub closes_on: String,
    pub channels: Vec<String>,
    pub districts: String,
}

impl DraftForm {
    pub fn input(&self) -> Result<DraftInput, FieldErrors> {
        let mut errors = FieldErrors::new();
        let subject = self.subject.parse::<Subject>().ok();
        if subject.is_none() {
            errors.push(("subject".into(), "field-choice".into()));
        }
        let opens = parse_date(&self.opens_on, "opens_on", true, &mut errors);
        let closes = parse_date(&self.closes_on, "closes_on", true, &mut errors);
        let mut channels = Vec::new();
        for c in &self.channels {
            match c.parse::<Channel>() {
                Ok(c) if !channels.contains(&c) => channels.push(c),
                Ok(_) => {}
                Err(_) => errors.push(("channels".into(), "field-choice".into())),
            }
        }
        match (subject, opens, closes) {
            (Some(subject), Some(opens_on), Some(closes_on)) if errors.is_empty() => {
                Ok(DraftInput {
                    subject,
                    title_ar: self.title_ar.clone(),
                    title_fr: self.title_fr.clone(),
                    text_ar: self.text_ar.clone(),
                    text_fr: self.text_fr.clone(),
                    owner_service: self.owner_service.clone(),
                    opens_on,
                    closes_on,
                    channels,
                    districts: self.districts.clone(),
                })
            }
            _ => Err(errors),
        }
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct SectionForm {
    pub heading: String,
    pub body: String,
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct QuestionForm {
    pub kind: String,
    pub prompt_ar: String,
    pub prompt_fr: String,
    pub options: String,
    pub required: Option<String>,
}

/// A comment or a reply; `as_association` to speak in the association's name.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct CommentForm {
    pub body: String,
    pub as_association: Option<String>,
}

impl CommentForm {
    pub fn input(&self) -> CommentInput {
        let speaker = if self.as_association.is_some() {
            Speaker::Association
        } else {
            Speaker::Citizen
        };
        CommentInput {
            body: self.body.clone(),
            speaker,
        }
    }
}

/// A consultative body's remark entered by the owner (the hook for the bodies crate).
#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct BodyRemarkForm {
    pub section: String,
    pub body_ref: String,
    pub body: String,
}

impl BodyRemarkForm {
    pub fn input(&self) -> CommentInput {
        CommentInput {
            body: self.body.clone(),
            speaker: Speaker::Body {
                reference: self.body_ref.clone(),
            },
        }
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct HideForm {
    pub reason: String,
    pub note: String,
}

impl HideForm {
    pub fn reason(&self) -> Result<HideReason, FieldErrors> {
        self.reason
            .parse()
            .map_err(|_| vec![("reason".to_string(), "field-choice".to_string())])
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct OutcomeForm {
    pub outcome: String,
    pub outcome_note: String,
}

impl OutcomeForm {
    pub fn input(&self) -> Result<OutcomeInput, FieldErrors> {
        let outcome: Outcome = self
            .outcome
            .parse()
            .map_err(|_| vec![("outcome".to_string(), "field-choice".to_string())])?;
        Ok(OutcomeInput {
            outcome,
            note: self.outcome_note.clone(),
        })
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct AnswerForm {
    pub taken: String,
    pub not_taken: String,
}

impl AnswerForm {
    pub fn input(&self) -> SectionAnswer {
        SectionAnswer {
            taken: self.taken.clone(),
            not_taken: self.not_taken.clone(),
        }
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
#[serde(default)]
pub struct SynthesisForm {
    pub synthesis_ar: String,
    pub synthesis_fr: String,
}

impl SynthesisForm {
    pub fn input(&self) -> SynthesisInput {
        SynthesisInput {
            ar: self.synthesis_ar.clone(),
            fr: self.synthesis_fr.clone(),
        }
    }
}

/// A posted form as (name, value) pairs, the CSRF token left out.
pub type Pairs = Vec<(String, String)>;

/// A typed form back as the (name, value) pairs it was posted as, to show them again.
pub fn pairs_of<T: Serialize>(form: &T) -> Pairs {
    serde_urlencoded::to_string(form)
        .ok()
        .and_then(|s| serde_urlencoded::from_str(&s).ok())
        .unwrap_or_default()
}

pub fn without_token(pairs: Pairs) -> Pairs {
    pairs
        .into_iter()
        .filter(|(k, _)| k != "csrf_token")
        .collect()
}

fn value<'a>(pairs: &'a [(String, String)], name: &str) -> &'a str {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map_or("", |(_, v)| v.as_str())
}

/// The revised document: `heading_<i>` and `body_<i>` for i = 0, 1, … while present.
pub fn revision(pairs: &[(String, String)]) -> Vec<(String, String)> {
    (0..200)
        .map_while(|i| {
            let h = pairs.iter().find(|(k, _)| *k == format!("heading_{i}"))?;
            Some((h.1.clone(), value(pairs, &format!("body_{i}")).to_string()))
        })
        .collect()
}

/// A workshop: its fields, and `women_<category>` / `men_<category>` counts.
pub fn workshop(pairs: &[(String, String)]) -> Result<WorkshopInput, FieldErrors> {
    let mut errors = FieldErrors::new();
    let held_on = parse_date(value(pairs, "held_on"), "held_on", true, &mut errors);
    let focus = value(pairs, "focus").parse::<Focus>().ok();
    if focus.is_none() {
        errors.push(("focus".into(), "field-choice".into()));
    }
    let count = |name: &str, errors: &mut FieldErrors| -> i32 {
        let raw = value(pairs, name).trim();
        if raw.is_empty() {
            0
        } else {
            parse_number::<i32>(raw, name, errors).unwrap_or(0)
        }
    };
    let invitations = count("invitations", &mut errors);
    let mut attendance = Vec::new();
    for cat in Category::ALL {
        let women = count(&format!("women_{}", cat.key()), &mut errors);
        let men = count(&format!("men_{}", cat.key()), &mut errors);
        attendance.push((*cat, women, men));
    }
    match (held_on, focus) {
        (Some(held_on), Some(focus)) if errors.is_empty() => Ok(WorkshopInput {
            held_on,
            place: value(pairs, "place").to_string(),
            focus,
            topic: value(pairs, "topic").to_string(),
            facilitators: value(pairs, "facilitators").to_string(),
            invitations,
            outputs: value(pairs, "outputs").to_string(),
            attendance,
        }),
        _ => Err(errors),
    }
}
