//! The council's routes by audience: `public` (pages of a commune's site), `feeds`
//! (iCalendar, Atom), `api` (JSON, documented in `docs/api.md`), `admin` (the secretariat's
//! back office, one file per resource).

pub mod admin;
pub mod api;
pub mod feeds;
pub mod public;

use actix_web::web;
use musharaka_core::{Error, ErrorKind, Result};

pub fn configure(cfg: &mut crate::routes::Routes) {
    api::configure(cfg);
    public::configure(cfg);
}

/// The record id of a `/{slug}/…/{id}` URL. An id that is not a number names no record:
/// 404, like an unknown one (actix's own path error would be a 4xx "invalid input").
pub fn record_id(path: web::Path<(String, String)>) -> Result<i64> {
    let (_, id) = path.into_inner();
    id.parse().map_err(|_| Error::new(ErrorKind::NotFound))
}

pub use musharaka_core::time::today;
