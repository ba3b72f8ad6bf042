//! The commune admin's form for the contacts of the privacy notice, accessibility
//! statement and legal information.

use musharaka_communes::notices::{NoticeFacts, Notices};
use serde::Deserialize;

#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct NoticesForm {
    pub privacy_contact: String,
    pub privacy_email: String,
    pub privacy_phone: String,
    pub cndp_reference: String,
    pub accessibility_email: String,
    pub publisher: String,
    pub host: String,
}

impl NoticesForm {
    pub fn from_notices(n: &Notices) -> Self {
        NoticesForm {
            privacy_contact: n.privacy_contact.clone(),
            privacy_email: n.privacy_email.clone(),
            privacy_phone: n.privacy_phone.clone(),
            cndp_reference: n.cndp_reference.clone(),
            accessibility_email: n.accessibility_email.clone(),
            publisher: n.publisher.clone(),
            host: n.host.clone(),
        }
    }

    pub fn facts(&self) -> NoticeFacts {
        NoticeFacts {
            privacy_contact: self.privacy_contact.clone(),
            privacy_email: self.privacy_email.clone(),
            privacy_phone: self.privacy_phone.clone(),
            cndp_reference: self.cndp_reference.clone(),
            accessibility_email: self.accessibility_email.clone(),
            publisher: self.publisher.clone(),
            host: self.host.clone(),
        }
    }
}
