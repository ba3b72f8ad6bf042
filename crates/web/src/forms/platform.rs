//! The platform's posted form: a new commune (its facts, its address, its first admin).

use crate::forms::communes::CommuneForm;
use crate::forms::require_text;
use crate::views::form::FieldErrors;
use musharaka_communes::rules;
use musharaka_communes::service::CommuneFacts;
use serde::Deserialize;

/// The creation form: the commune's facts, its address, and optionally the address of an
/// existing account that becomes its first admin.
#[derive(Deserialize, Default)]
pub struct NewCommuneForm {
    #[serde(default)]
    pub slug: String,
    #[serde(default)]
    pub admin_email: String,
    #[serde(flatten)]
    pub commune: CommuneForm,
}

impl NewCommuneForm {
    pub fn facts(&self, errors: &mut FieldErrors) -> Option<CommuneFacts> {
        let slug = self.slug.trim();
        require_text(slug, "slug", rules::MAX_SLUG_LEN, errors);
        if errors.is_empty() && !rules::valid_slug(slug) {
            errors.push(("slug".into(), "slug-invalid".into()));
        }
        self.commune.facts(slug, errors)
    }

    pub fn admin_email(&self) -> Option<String> {
        Some(self.admin_email.trim().to_string()).filter(|e| !e.is_empty())
    }
}
