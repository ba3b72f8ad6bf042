//! The Atom feed of a commune's consultations (RFC 4287), written as real XML.

use crate::views::xml::Xml;
use musharaka_communes::Commune;
use musharaka_consultations::records::ConsultationRow;

fn stamp(d: chrono::NaiveDateTime) -> String {
    d.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// Published consultations and their latest step; no personal data.
pub fn atom(
    lang: musharaka_core::Lang,
    commune: &Commune,
    rows: &[ConsultationRow],
    base: &str,
) -> String {
    let i18n = crate::state::i18n();
    let updated = rows.iter().map(|c| c.updated_at).max().unwrap_or_default();
    let feed_url = format!("{base}/{}/consultations", commune.slug);
    let self_url = format!("{feed_url}.atom");
    let title = i18n.t(
        lang,
        "cons-list-title",
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
    for c in rows {
        let url = format!("{feed_url}/{}", c.id);
        let status = i18n.t(lang, &format!("cons-status-{}", c.status), &[]);
        x.open("entry", &[])
            .text("title", &[], &format!("{} — {status}", c.title(lang)))
            .text("id", &[], &url)
            .empty("link", &[("href", &url)])
            .text("updated", &[], &stamp(c.updated_at))
            .text(
                "published",
                &[],
                &stamp(c.published_at.unwrap_or(c.created_at)),
            )
            .open("author", &[])
            .text("name", &[], commune.name(lang))
            .close()
            .text("summary", &[], c.synthesis(lang).unwrap_or(c.text(lang)))
            .close();
    }
    x.finish()
}
