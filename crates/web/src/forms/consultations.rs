//! The consultations' query strings and posted forms, and what they become for the
//! service. The questionnaire and the workshop form are read as plain (name, value) pairs:
//! their fields depend on the questions and the attendance categories.

use super::{parse_date, parse_number};
use crate::views::form::FieldErrors;
use musharaka_consultations::model::{Category, Channel, Focus, HideReason, Outcome, Subject};
use musharaka_consultations::service::{DraftInput, WorkshopInput};
use musharaka_consultations::Status;
use musharaka_core::Page;
use serde::{Deserialize, Serialize};

/// `?status=&page=` of the lists, `?done=` after a saved form.
#[derive(Deserialize, Default, Clone)]
pub struct ListQuery {
    pub status: Option<String>,
    #[serde(default)]
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
pub struct DraftForm {
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub title_ar: String,
    #[serde(default)]
    pub title_fr: String,
    #[serde(default)]
    pub text_ar: String,
    #[serde(default)]
    pub text_fr: String,
    #[serde(default)]
    pub owner_service: String,
    #[serde(default)]
    pub opens_on: String,
    #[serde(default)]
    pub closes_on: String,
    #[serde(default)]
    pub channels: Vec<String>,
    #[serde(default)]
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
pub struct SectionForm {
    #[serde(default)]
    pub heading: String,
    #[serde(default)]
    pub body: String,
}

#[derive(Deserialize, Serialize, Default, Clone)]
pub struct QuestionForm {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub prompt_ar: String,
    #[serde(default)]
    pub prompt_fr: String,
    #[serde(default)]
    pub options: String,
    pub required: Option<String>,
}

/// A comment or a reply; `as_association` to speak in the association's name.
#[derive(Deserialize, Default, Clone)]
pub struct CommentForm {
    #[serde(default)]
    pub body: String,
    pub as_association: Option<String>,
}

/// A consultative body's remark entered by the owner (the hook for the bodies crate).
#[derive(Deserialize, Serialize, Default, Clone)]
pub struct BodyRemarkForm {
    #[serde(default)]
    pub section: String,
    #[serde(default)]
    pub body_ref: String,
    #[serde(default)]
    pub body: String,
}

#[derive(Deserialize, Serialize, Default, Clone)]
pub struct HideForm {
    #[serde(default)]
    pub reason: String,
    #[serde(default)]
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
pub struct OutcomeForm {
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub outcome_note: String,
}

impl OutcomeForm {
    pub fn outcome(&self) -> Result<Outcome, FieldErrors> {
        self.outcome
            .parse()
            .map_err(|_| vec![("outcome".to_string(), "field-choice".to_string())])
    }
}

#[derive(Deserialize, Serialize, Default, Clone)]
pub struct AnswerForm {
    #[serde(default)]
    pub taken: String,
    #[serde(default)]
    pub not_taken: String,
}

#[derive(Deserialize, Serialize, Default, Clone)]
pub struct SynthesisForm {
    #[serde(default)]
    pub synthesis_ar: String,
    #[serde(default)]
    pub synthesis_fr: String,
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
