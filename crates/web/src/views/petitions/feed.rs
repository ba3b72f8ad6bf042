//! The Atom feed of a commune's petitions (RFC 4287), written as real XML.

use crate::views::xml::{commune_atom, status_text, AtomEntry, Feed};
use musharaka_petitions::records::PetitionRow;

/// New petitions and their latest step; no personal data.
pub fn atom(at: Feed<'_>, rows: &[PetitionRow]) -> String {
    let (lang, commune) = (at.lang, at.commune);
    commune_atom(at, ("petitions", "pet-list-title"), rows, |feed_url, p| {
        let status = status_text(lang, "pet-status-", p.status.key());
        AtomEntry::at(
            format!("{feed_url}/{}", p.id),
            (&p.subject, &status),
            (p.updated_at, p.created_at),
            commune.name(lang),
            p.requested_item.clone(),
        )
    })
}
