//! Shared types every crate speaks: errors, configuration, languages, time.

pub mod calendar;
pub mod config;
pub mod error;
pub mod export;
pub mod i18n;
pub mod money;
pub mod page;
pub mod time;

pub use calendar::WorkingCalendar;
pub use config::Config;
pub use error::{Error, ErrorKind, Result};
pub use i18n::{I18n, Lang};
pub use money::Money;
pub use page::{Page, Paged};
