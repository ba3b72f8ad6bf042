//! The Atom feed of a commune's consultations (RFC 4287), written as real XML.

use crate::views::xml::{commune_atom, status_text, AtomEntry, Feed};
use musharaka_consultations::records::ConsultationRow;

/// Published consultations and their latest step; no personal data.
pub fn atom(at: Feed<'_>, rows: &[ConsultationRow]) -> String {
    let (lang, commune) = (at.lang, at.commune);
    commune_atom(
        at,
        ("consultations", "cons-list-title"),
        rows,
        |feed_url, c| {
            let status = status_text(lang, "cons-status-", c.status.key());
            AtomEntry::at(
                format!("{feed_url}/{}", c.id),
                (c.title(lang), &status),
                (c.updated_at, c.published_at.unwrap_or(c.created_at)),
                commune.name(lang),
                c.synthesis(lang).unwrap_or(c.text(lang)).to_string(),
            )
        },
    )
}
