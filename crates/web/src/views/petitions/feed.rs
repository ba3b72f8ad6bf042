//! The Atom feed of a commune's petitions (RFC 4287), written as real XML.

use crate::views::xml::{atom as feed, AtomEntry};
use musharaka_communes::Commune;
use musharaka_petitions::records::PetitionRow;

/// New petitions and their latest step; no personal data.
pub fn atom(
    lang: musharaka_core::Lang,
    commune: &Commune,
    rows: &[PetitionRow],
    base: &str,
) -> String {
    let i18n = crate::state::i18n();
    let feed_url = format!("{base}/{}/petitions", commune.slug);
    let title = i18n.t(
        lang,
        "pet-list-title",
        &[("commune", commune.name(lang).into())],
    );
    let entries: Vec<AtomEntry> = rows
        .iter()
        .map(|p| {
            let url = format!("{feed_url}/{}", p.id);
            let status = i18n.t(lang, &format!("pet-status-{}", p.status), &[]);
            AtomEntry {
                title: format!("{} — {status}", p.subject),
                id: url.clone(),
                link: url,
                updated: p.updated_at,
                published: Some(p.created_at),
                author: commune.name(lang),
                summary: p.requested_item.clone(),
            }
        })
        .collect();
    feed(lang, &title, &feed_url, &entries)
}
