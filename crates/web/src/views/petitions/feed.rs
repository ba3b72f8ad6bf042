//! The Atom feed of a commune's petitions (RFC 4287), written as real XML.

use crate::views::xml::Xml;
use musharaka_communes::Commune;
use musharaka_petitions::records::PetitionRow;

fn stamp(d: chrono::NaiveDateTime) -> String {
    d.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// New petitions and their latest step; no personal data.
pub fn atom(
    lang: musharaka_core::Lang,
    commune: &Commune,
    rows: &[PetitionRow],
    base: &str,
) -> String {
    let i18n = crate::state::i18n();
    let updated = rows.iter().map(|p| p.updated_at).max().unwrap_or_default();
    let feed_url = format!("{base}/{}/petitions", commune.slug);
    let self_url = format!("{feed_url}.atom");
    let title = i18n.t(
        lang,
        "pet-list-title",
        &[("commune", commune.name(lang).into())],
    );
    let mut x = Xml::new();
    x.open(
        "feed",
        &[
            ("xmlns", "http://www.w3.org/2005/Atom"),
            ("xml:lang", lang.code()),
        ],
    )
    .text("title", &[], &title)
    .text("id", &[], &feed_url)
    .empty("link", &[("href", &feed_url)])
    .empty("link", &[("rel", "self"), ("href", &self_url)])
    .text("updated", &[], &stamp(updated));
    for p in rows {
        let url = format!("{feed_url}/{}", p.id);
        let status = i18n.t(lang, &format!("pet-status-{}", p.status), &[]);
        x.open("entry", &[])
            .text("title", &[], &format!("{} — {status}", p.subject))
            .text("id", &[], &url)
            .empty("link", &[("href", &url)])
            .text("updated", &[], &stamp(p.updated_at))
            .text("published", &[], &stamp(p.created_at))
            .open("author", &[])
            .text("name", &[], commune.name(lang))
            .close()
            .text("summary", &[], &p.requested_item)
            .close();
    }
    x.finish()
}
