//! The Atom feed of a commune's advisory opinions and the council's answers (RFC 4287).

use crate::views::xml::{atom as feed, AtomEntry};
use musharaka_bodies::service::OpinionPage;
use musharaka_communes::Commune;

/// One entry per opinion past its draft, with its latest step; no personal data.
pub fn atom(
    lang: musharaka_core::Lang,
    commune: &Commune,
    rows: &[OpinionPage],
    base: &str,
) -> String {
    let i18n = crate::state::i18n();
    let list_url = format!("{base}/{}/bodies", commune.slug);
    let title = i18n.t(
        lang,
        "bod-atom-title",
        &[("commune", commune.name(lang).into())],
    );
    let entries: Vec<AtomEntry> = rows
        .iter()
        .map(|p| {
            let o = &p.opinion;
            let url = format!("{list_url}/{}/opinions/{}", p.body.id, o.id);
            let status = i18n.t(lang, &format!("bod-opinion-status-{}", o.status), &[]);
            AtomEntry {
                title: format!("{} — {status}", o.title),
                id: url.clone(),
                link: url,
                updated: o.updated_at,
                published: Some(o.created_at),
                author: p.body.name(lang),
                summary: if o.status == "draft" {
                    String::new()
                } else {
                    o.text.clone()
                },
            }
        })
        .collect();
    feed(lang, &title, &list_url, &entries)
}
