//! The Atom feed of a commune's advisory opinions and the council's answers (RFC 4287).

use crate::views::xml::{commune_atom, status_text, AtomEntry, Feed};
use musharaka_bodies::service::OpinionPage;

/// One entry per opinion past its draft, with its latest step; no personal data.
pub fn atom(at: Feed<'_>, rows: &[OpinionPage]) -> String {
    let lang = at.lang;
    commune_atom(at, ("bodies", "bod-atom-title"), rows, |list_url, p| {
        let o = &p.opinion;
        let status = status_text(lang, "bod-opinion-status-", o.status.key());
        let summary = if o.status == musharaka_bodies::model::OpinionStatus::Draft {
            String::new()
        } else {
            o.text.clone()
        };
        AtomEntry::at(
            format!("{list_url}/{}/opinions/{}", p.body.id, o.id),
            (&o.title, &status),
            (o.updated_at, o.created_at),
            p.body.name(lang),
            summary,
        )
    })
}
