//! Open data downloads: the table's CSV (in the reader's language) and JSON are
//! `musharaka_core::export`; this names the file.

use crate::state::i18n;
use musharaka_core::open_data::Table;
use musharaka_core::Lang;

pub use musharaka_core::export::json;

/// The CSV of `table` in `lang` (see `musharaka_core::export::csv`).
pub fn csv(table: &Table, lang: Lang) -> Result<String, csv::Error> {
    musharaka_core::export::csv(table, i18n(), lang)
}

/// The `Content-Disposition` header of a download named `file_name`.
pub fn attachment(file_name: &str) -> (actix_web::http::header::HeaderName, String) {
    (
        actix_web::http::header::CONTENT_DISPOSITION,
        format!("attachment; filename=\"{file_name}\""),
    )
}
