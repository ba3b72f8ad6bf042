//! The Atom feed of a commune's consultations (RFC 4287), written as real XML.

use crate::views::xml::{commune_atom, status_text, AtomEntry};
use musharaka_communes::Commune;
use musharaka_consultations::records::ConsultationRow;

/// Published consultations and their latest step; no personal data.
pub fn atom(
    lang: musharaka_core::Lang,
    commune: &Commune,
    rows: &[ConsultationRow],
    base: &str,
) -> String {
    let at = (commune, base, "consultations");
    commune_atom(lang, at, "cons-list-title", rows, |feed_url, c| {
        let status = status_text(lang, "cons-status-", &c.status);
        AtomEntry::at(
            format!("{feed_url}/{}", c.id),
            (c.title(lang), &status),
            (c.updated_at, c.published_at.unwrap_or(c.created_at)),
            commune.name(lang),
            c.synthesis(lang).unwrap_or(c.text(lang)).to_string(),
        )
    })
}
