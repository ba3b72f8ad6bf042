//! The petitions' query strings and posted forms, and what they become for the service.

use super::parse_date;
use crate::views::form::FieldErrors;
use musharaka_core::Page;
use musharaka_petitions::service::{BureauDecision, Decision, Invalidation, SignerInput, Texts};
use musharaka_petitions::store::ListFilter;
use musharaka_petitions::{BureauChecklist, CommuneTie, PetitionKind};
use serde::Deserialize;

/// `?status=&kind=&year=&q=&page=` of the public list, the API and the CSV export, and
/// `?done=` after a saved form.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ListQuery {
    pub status: Option<String>,
    pub kind: Option<String>,
    pub year: Option<String>,
    pub q: Option<String>,
    pub page: Page,
    pub done: Option<String>,
}

impl ListQuery {
    pub fn filter(&self) -> ListFilter {
        let keep = |s: &Option<String>| s.clone().filter(|v| !v.is_empty());
        ListFilter {
            status: keep(&self.status),
            kind: keep(&self.kind),
            year: self
                .year
                .as_deref()
                .and_then(|y| y.trim().parse::<i32>().ok())
                .filter(|y| (1900..=9999).contains(y)),
            words: keep(&self.q),
            with_drafts: false,
        }
    }
}

pub use super::invalid;

fn kind(value: &str) -> PetitionKind {
    if value == "association" {
        PetitionKind::Association
    } else {
        PetitionKind::Citizens
    }
}

/// A new petition drafted online.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct DraftForm {
    pub kind: String,
    pub subject: String,
    pub reasons: String,
    pub requested_item: String,
}

impl DraftForm {
    pub fn kind(&self) -> PetitionKind {
        kind(&self.kind)
    }

    pub fn texts(&self) -> Texts<'_> {
        Texts {
            subject: &self.subject,
            reasons: &self.reasons,
            requested_item: &self.requested_item,
        }
    }
}

/// A petition deposited on paper, registered by staff.
#[derive(Deserialize, Default, Clone)]
pub struct PaperPetitionForm {
    /// What an online draft has: the kind and the texts.
    #[serde(flatten)]
    pub draft: DraftForm,
    #[serde(default)]
    pub received_on: String,
}

impl PaperPetitionForm {
    /// The day the paper petition was received, or the field errors.
    pub fn received_on(&self) -> Result<chrono::NaiveDate, FieldErrors> {
        let mut errors = FieldErrors::new();
        match parse_date(&self.received_on, "received_on", true, &mut errors) {
            Some(d) if errors.is_empty() => Ok(d),
            _ => Err(errors),
        }
    }
}

/// A signature, online or entered from a paper list.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct SignForm {
    pub full_name: String,
    pub cin: String,
    pub birth_date: String,
    pub tie: String,
    pub address: String,
    pub declares_electoral_conditions: Option<String>,
    pub declares_common_interest: Option<String>,
    pub email: String,
    pub notify: Option<String>,
}

impl SignForm {
    /// The signer for the service; a bad birth date is recorded in `errors` (the service
    /// adds its own checks).
    pub fn signer(&self, errors: &mut FieldErrors) -> SignerInput<'_> {
        let birth_date = parse_date(&self.birth_date, "birth_date", true, errors);
        let tie = match self.tie.as_str() {
            "residence" => Some(CommuneTie::Residence),
            "activity" => Some(CommuneTie::Activity),
            _ => None,
        };
        SignerInput {
            full_name: &self.full_name,
            cin: &self.cin,
            birth_date,
            tie,
            address: &self.address,
            declares_electoral_conditions: self.declares_electoral_conditions.is_some(),
            declares_common_interest: self.declares_common_interest.is_some(),
            email: &self.email,
            notify: self.notify.is_some(),
        }
    }
}

/// The bureau's decision (art. 125).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct DecideForm {
    pub decision: String,
    pub within_council_powers: Option<String>,
    pub respects_constitution_article_1: Option<String>,
    pub petitioners_conditions_met: Option<String>,
    pub form_and_documents_complete: Option<String>,
    pub committee: String,
    pub reasons: String,
}

impl DecideForm {
    pub fn checklist(&self) -> BureauChecklist {
        BureauChecklist {
            within_council_powers: self.within_council_powers.is_some(),
            respects_constitution_article_1: self.respects_constitution_article_1.is_some(),
            petitioners_conditions_met: self.petitioners_conditions_met.is_some(),
            form_and_documents_complete: self.form_and_documents_complete.is_some(),
        }
    }

    pub fn committee(&self) -> Option<i64> {
        self.committee.trim().parse::<i64>().ok()
    }

    /// The bureau's decision this form sends.
    pub fn bureau_decision(&self) -> Result<BureauDecision<'_>, FieldErrors> {
        Ok(BureauDecision {
            checklist: self.checklist(),
            committee_id: self.committee(),
            decision: self.decision()?,
        })
    }

    pub fn decision(&self) -> Result<Decision<'_>, FieldErrors> {
        match self.decision.as_str() {
            "accept" => Ok(Decision::Accept),
            "reject" => Ok(Decision::Reject {
                reasons: &self.reasons,
            }),
            _ => Err(vec![("decision".into(), "field-choice".into())]),
        }
    }
}

/// Invalidating a burst of signatures.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InvalidateForm {
    pub email_domain: String,
    pub email: String,
    pub ip: String,
    /// A time range (Casablanca time, `YYYY-MM-DDTHH:MM` as `datetime-local` sends it).
    pub from: String,
    pub to: String,
    pub reason: String,
}

/// Reads a `datetime-local` value typed in Casablanca time, as UTC.
fn local_datetime(value: &str) -> Option<chrono::NaiveDateTime> {
    chrono::NaiveDateTime::parse_from_str(value.trim(), "%Y-%m-%dT%H:%M")
        .ok()
        .map(musharaka_core::time::casablanca_to_utc)
}

impl InvalidateForm {
    pub fn invalidation(&self) -> Invalidation<'_> {
        fn given(s: &str) -> Option<&str> {
            (!s.trim().is_empty()).then_some(s)
        }
        Invalidation {
            email_domain: given(self.email_domain.as_str()),
            email: given(self.email.as_str()),
            from: local_datetime(&self.from),
            to: local_datetime(&self.to),
            ip_hash: given(self.ip.as_str()),
        }
    }
}
