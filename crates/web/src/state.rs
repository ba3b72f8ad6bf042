//! What every request shares.

use crate::limiter::RateLimiter;
use musharaka_core::{Config, I18n};
use musharaka_db::Pool;
use musharaka_identity::session::SessionKeys;
use musharaka_mail::{Mailer, Worker};
use std::sync::{Arc, OnceLock};

pub struct AppState {
    pub config: Config,
    pub pool: Pool,
    pub keys: SessionKeys,
    pub mailer: Arc<Mailer>,
    pub mail_worker: Option<Worker>,
    pub auth_limiter: RateLimiter,
    /// Encrypts and hashes petition signers' CIN numbers (law 09.08).
    pub protector: musharaka_petitions::protect::Protector,
    /// Communes by slug (issue 17: one database hop less per page).
    pub communes: crate::cache::CommuneCache,
}

impl AppState {
    /// What the petitions service needs for mail and personal data.
    pub fn petitions_ctx(&self) -> musharaka_petitions::service::Context<'_> {
        musharaka_petitions::service::Context {
            mail: self.mail_ctx(),
            protector: &self.protector,
        }
    }

    /// The one mail composer, in this site's translations and address.
    pub fn mail_ctx(&self) -> musharaka_mail::MailContext<'_> {
        musharaka_mail::MailContext {
            i18n: i18n(),
            base_url: &self.config.base_url,
        }
    }

    /// Nudges the mail worker after a change that queued mail.
    pub fn mail_queued(&self) {
        if let Some(w) = &self.mail_worker {
            w.wake();
        }
    }
}

static I18N: OnceLock<I18n> = OnceLock::new();

/// The translations, loaded once. They are embedded in the binary and checked by tests,
/// so failing here is a build mistake.
pub fn i18n() -> &'static I18n {
    I18N.get_or_init(|| match I18n::load() {
        Ok(i) => i,
        Err(e) => panic!("embedded Fluent files do not parse: {e}"),
    })
}
