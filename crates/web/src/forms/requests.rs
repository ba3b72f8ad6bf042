//! The query strings and posted forms of access to information and complaints, and what
//! they become for the service.

use super::parse_date;
use crate::views::form::FieldErrors;
use musharaka_core::Page;
use musharaka_requests::model::Channel;
use musharaka_requests::service::{
    AnswerInput, ComplaintAction, ComplaintInput, PublicationInput, RequestInput,
};
use serde::Deserialize;

/// `?all=1&page=&done=` of the back-office lists.
#[derive(Deserialize, Default, Clone)]
pub struct ListQuery {
    pub all: Option<String>,
    #[serde(default)]
    pub page: Page,
    pub done: Option<String>,
}

impl ListQuery {
    pub fn open_only(&self) -> bool {
        self.all.as_deref().is_none_or(str::is_empty)
    }
}

/// `?done=` after a saved form.
#[derive(Deserialize, Default, Clone)]
pub struct DoneQuery {
    pub done: Option<String>,
}

/// A request for information (art. 14), online or entered by staff.
#[derive(Deserialize, Default, Clone)]
pub struct RequestForm {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub id_kind: String,
    #[serde(default)]
    pub id_number: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub information: String,
    #[serde(default)]
    pub preferred_form: String,
    pub urgent: Option<String>,
    /// Staff entry: desk or post.
    #[serde(default)]
    pub channel: String,
    /// Staff entry: the day it was received.
    #[serde(default)]
    pub received_on: String,
}

impl RequestForm {
    pub fn input(&self) -> RequestInput {
        RequestInput {
            name: self.name.clone(),
            address: self.address.clone(),
            id_kind: self.id_kind.clone(),
            id_number: self.id_number.clone(),
            email: self.email.clone(),
            information: self.information.clone(),
            preferred_form: self.preferred_form.clone(),
            urgent: self.urgent.is_some(),
        }
    }

    pub fn channel(&self) -> Channel {
        if self.channel == "post" {
            Channel::Post
        } else {
            Channel::Desk
        }
    }

    /// The form as re-shown: without the identity document number (retyped, not echoed).
    pub fn reshown(&self) -> Self {
        Self {
            id_number: String::new(),
            ..self.clone()
        }
    }
}

/// A date field, or the field errors.
pub fn date_field(value: &str, name: &str) -> Result<chrono::NaiveDate, FieldErrors> {
    let mut errors = FieldErrors::new();
    match parse_date(value, name, true, &mut errors) {
        Some(d) if errors.is_empty() => Ok(d),
        _ => Err(errors),
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct ExtendForm {
    #[serde(default)]
    pub reason: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct AnswerForm {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub ground: String,
    #[serde(default)]
    pub exception: String,
    #[serde(default)]
    pub detail: String,
    #[serde(default)]
    pub costs: String,
}

impl AnswerForm {
    pub fn input(&self) -> AnswerInput {
        AnswerInput {
            kind: self.kind.clone(),
            text: self.text.clone(),
            ground: self.ground.clone(),
            exception: self.exception.clone(),
            detail: self.detail.clone(),
            costs: self.costs.clone(),
        }
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct AppealForm {
    #[serde(default)]
    pub appeal: String,
    /// Staff entry: the day the complaint was received.
    #[serde(default)]
    pub received_on: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct DecideForm {
    #[serde(default)]
    pub outcome: String,
    #[serde(default)]
    pub decision: String,
}

#[derive(Deserialize, Default, Clone)]
pub struct PublicationForm {
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub published_on: String,
}

impl PublicationForm {
    pub fn input(&self) -> PublicationInput {
        PublicationInput {
            category: self.category.clone(),
            title: self.title.clone(),
            url: self.url.clone(),
            published_on: chrono::NaiveDate::parse_from_str(self.published_on.trim(), "%Y-%m-%d")
                .ok(),
        }
    }
}

/// A complaint, observation or suggestion, online or entered at a desk.
#[derive(Deserialize, Default, Clone)]
pub struct ComplaintForm {
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub category: String,
    #[serde(default)]
    pub subject: String,
    #[serde(default)]
    pub body: String,
    #[serde(default)]
    pub district: String,
    #[serde(default)]
    pub address: String,
    pub anonymous: Option<String>,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub desk: String,
    #[serde(default)]
    pub received_on: String,
}

impl ComplaintForm {
    pub fn input(&self) -> ComplaintInput {
        ComplaintInput {
            kind: self.kind.clone(),
            category: self.category.clone(),
            subject: self.subject.clone(),
            body: self.body.clone(),
            district: self.district.clone(),
            address: self.address.clone(),
            anonymous: self.anonymous.is_some(),
            name: self.name.clone(),
            email: self.email.clone(),
            desk: self.desk.clone(),
        }
    }
}

/// What staff do on a complaint's page: `ack`, `route`, `note` or `answer`, with its text.
#[derive(Deserialize, Default, Clone)]
pub struct ActForm {
    #[serde(default)]
    pub action: String,
    #[serde(default)]
    pub text: String,
}

impl ActForm {
    pub fn action(&self) -> Result<ComplaintAction, FieldErrors> {
        let t = self.text.clone();
        match self.action.as_str() {
            "ack" => Ok(ComplaintAction::Acknowledge),
            "route" => Ok(ComplaintAction::Route(t)),
            "note" => Ok(ComplaintAction::Note(t)),
            "answer" => Ok(ComplaintAction::Answer(t)),
            _ => Err(vec![("action".into(), "field-required".into())]),
        }
    }
}

#[derive(Deserialize, Default, Clone)]
pub struct SatisfactionForm {
    #[serde(default)]
    pub satisfaction: String,
    #[serde(default)]
    pub note: String,
}

/// The forms of a request's back-office page, as re-shown after an error.
#[derive(Default)]
pub struct Posted {
    pub answer: AnswerForm,
    pub extend: ExtendForm,
    pub decide: DecideForm,
    pub appeal: AppealForm,
}
