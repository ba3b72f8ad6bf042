//! The Atom feed of a commune's consultations (RFC 4287), written as real XML.

use crate::views::xml::{atom as feed, AtomEntry};
use musharaka_communes::Commune;
use musharaka_consultations::records::ConsultationRow;

/// Published consultations and their latest step; no personal data.
pub fn atom(
    lang: musharaka_core::Lang,
    commune: &Commune,
    rows: &[ConsultationRow],
    base: &str,
) -> String {
    let i18n = crate::state::i18n();
    let feed_url = format!("{base}/{}/consultations", commune.slug);
    let title = i18n.t(
        lang,
        "cons-list-title",
        &[("commune", commune.name(lang).into())],
    );
    let entries: Vec<AtomEntry> = rows
        .iter()
        .map(|c| {
            let url = format!("{feed_url}/{}", c.id);
            let status = i18n.t(lang, &format!("cons-status-{}", c.status), &[]);
            AtomEntry {
                title: format!("{} — {status}", c.title(lang)),
                id: url.clone(),
                link: url,
                updated: c.updated_at,
                published: Some(c.published_at.unwrap_or(c.created_at)),
                author: commune.name(lang),
                summary: c.synthesis(lang).unwrap_or(c.text(lang)).to_string(),
            }
        })
        .collect();
    feed(lang, &title, &feed_url, &entries)
}
