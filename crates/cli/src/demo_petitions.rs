//! The demo petitions live with their domain (`musharaka_petitions::demo`); this gives them
//! what only the web crate has: the statutes file storage and the domain-event dispatcher.

use musharaka_core::{Error, I18n, Result};
use musharaka_db::AnyConnection;
use musharaka_petitions::demo::Setup;
use musharaka_petitions::service::Context;

/// Loads the demo petitions (called by `demo::load_if_empty`, after the councils).
pub fn load(conn: &mut AnyConnection, state: &musharaka_web::AppState) -> Result<()> {
    let i18n = I18n::load().map_err(Error::internal)?;
    let mail = musharaka_mail::MailContext {
        i18n: &i18n,
        base_url: "http://127.0.0.1:8080",
    };
    let statutes = |conn: &mut AnyConnection, owner: i64, commune_id: i64, name: &str| {
        crate::demo::statutes(conn, &state.config, owner, commune_id, name)
    };
    let run_events = |conn: &mut AnyConnection| {
        musharaka_events::run_due(conn, &mail)
            .map(|_| ())
            .map_err(Error::internal)
    };
    let setup = Setup {
        ctx: Context {
            mail,
            protector: &state.protector,
        },
        password: crate::demo::DEMO_PASSWORD,
        statutes: &statutes,
        run_events: &run_events,
    };
    musharaka_petitions::demo::load(conn, &setup)
}
