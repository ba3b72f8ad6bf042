//! The Atom feed of a commune's advisory opinions and the council's answers (RFC 4287).

use crate::views::xml::Xml;
use musharaka_bodies::service::OpinionPage;
use musharaka_communes::Commune;

fn stamp(d: chrono::NaiveDateTime) -> String {
    d.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// One entry per opinion past its draft, with its latest step; no personal data.
pub fn atom(
    lang: musharaka_core::Lang,
    commune: &Commune,
    rows: &[OpinionPage],
    base: &str,
) -> String {
    let i18n = crate::state::i18n();
    let updated = rows
        .iter()
        .map(|p| p.opinion.updated_at)
        .max()
        .unwrap_or_default();
    let list_url = format!("{base}/{}/bodies", commune.slug);
    let self_url = format!("{list_url}.atom");
    let title = i18n.t(
        lang,
        "bod-atom-title",
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
    .text("id", &[], &list_url)
    .empty("link", &[("href", &list_url)])
    .empty("link", &[("rel", "self"), ("href", &self_url)])
    .text("updated", &[], &stamp(updated));
    for p in rows {
        let o = &p.opinion;
        let url = format!("{list_url}/{}/opinions/{}", p.body.id, o.id);
        let status = i18n.t(lang, &format!("bod-opinion-status-{}", o.status), &[]);
        let summary = if o.status == "draft" {
            String::new()
        } else {
            o.text.clone()
        };
        x.open("entry", &[])
            .text("title", &[], &format!("{} — {status}", o.title))
            .text("id", &[], &url)
            .empty("link", &[("href", &url)])
            .text("updated", &[], &stamp(o.updated_at))
            .text("published", &[], &stamp(o.created_at))
            .open("author", &[])
            .text("name", &[], p.body.name(lang))
            .close()
            .text("summary", &[], &summary)
            .close();
    }
    x.finish()
}
