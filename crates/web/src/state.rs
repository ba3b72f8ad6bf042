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
    /// The day the council's acts are recorded on (art. 47: nothing dated after it).
    pub clock: Clock,
    /// Communes by slug (issue 17: one database hop less per page).
    pub communes: crate::cache::CommuneCache,
    /// The open-data catalogue's counts, nationally (None) and per commune, until a change
    /// (at most [`crate::routes::data::CATALOGUE_TTL`]).
    pub catalogues: crate::cache::Recent<Option<i64>, Vec<crate::routes::data::Counted>>,
    /// The most visited public pages' data, until a change (at most
    /// [`crate::cache::PAGE_TTL`]).
    pub pages: crate::cache::Pages,
    /// SQLite's WAL checkpoints, off the writers' path (a serving process only).
    pub checkpointer: Option<musharaka_db::checkpoint::Checkpointer>,
    /// The group commit for burst-prone writes (`routes::write`); None if it could not start.
    pub group_commit: Option<musharaka_db::group_commit::GroupCommit>,
}

/// Today in Casablanca, the day the council's register is kept on. Always the real date in
/// a running server; a test simulating the weeks between an agenda and its session moves it
/// forward with [`Clock::travel_to`] (a session lawfully planned 20 days ahead can then be
/// held and voted without dating an act in the future).
#[derive(Debug, Clone, Default)]
pub struct Clock {
    offset_days: Arc<std::sync::atomic::AtomicI64>,
}

impl Clock {
    pub fn today(&self) -> chrono::NaiveDate {
        let offset = self.offset_days.load(std::sync::atomic::Ordering::Relaxed);
        let real = musharaka_core::time::today();
        real.checked_add_signed(chrono::Duration::days(offset))
            .unwrap_or(real)
    }

    /// Makes `date` today for this application (tests only move time forward).
    pub fn travel_to(&self, date: chrono::NaiveDate) {
        let offset = (date - musharaka_core::time::today()).num_days();
        self.offset_days
            .store(offset, std::sync::atomic::Ordering::Relaxed);
    }
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
