//! The query strings and posted forms of access to information and complaints, and what
//! they become for the service.

use super::parse_date;
use crate::views::form::FieldErrors;
use musharaka_core::Page;
use musharaka_requests::model::Channel;
use musharaka_requests::service::{
    AnswerInput, ComplaintAction, ComplaintInput, DecisionInput, PublicationInput, RequestInput,
};
use serde::Deserialize;

/// `?all=1&page=&done=` of the back-office lists.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ListQuery {
    pub all: Option<String>,
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
#[serde(default)]
pub struct RequestForm {
    pub name: String,
    pub address: String,
    pub id_kind: String,
    pub id_number: String,
    pub email: String,
    pub information: String,
    pub preferred_form: String,
    pub urgent: Option<String>,
    /// Staff entry: desk or post.
    pub channel: String,
    /// Staff entry: the day it was received.
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
#[serde(default)]
pub struct ExtendForm {
    pub reason: String,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct AnswerForm {
    pub kind: String,
    pub text: String,
    pub ground: String,
    pub exception: String,
    pub detail: String,
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
#[serde(default)]
pub struct AppealForm {
    pub appeal: String,
    /// Staff entry: the day the complaint was received.
    pub received_on: String,
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct DecideForm {
    pub outcome: String,
    pub decision: String,
}

impl DecideForm {
    pub fn input(&self) -> DecisionInput {
        DecisionInput {
            outcome: self.outcome.clone(),
            text: self.decision.clone(),
        }
    }
}

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct PublicationForm {
    pub category: String,
    pub title: String,
    pub url: String,
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
#[serde(default)]
pub struct ComplaintForm {
    pub kind: String,
    pub category: String,
    pub subject: String,
    pub body: String,
    pub district: String,
    pub address: String,
    pub anonymous: Option<String>,
    pub name: String,
    pub email: String,
    pub desk: String,
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
#[serde(default)]
pub struct ActForm {
    pub action: String,
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
#[serde(default)]
pub struct SatisfactionForm {
    pub satisfaction: String,
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
