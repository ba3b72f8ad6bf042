//! The Atom feed of the programme's updates (RFC 4287), written as real XML; no personal
//! data.

use super::*;
use crate::views::xml::{atom as feed, AtomEntry};
use musharaka_programme::records::CommitmentRow;

pub fn atom(
    ctx: &Ctx,
    commune: &Commune,
    rows: &[(UpdateRow, PlanRow, Option<CommitmentRow>)],
    base: &str,
) -> String {
    let home = format!("{base}/{}/programme", commune.slug);
    let title = ctx.t_commune("prog-feed-title", commune);
    let entries: Vec<AtomEntry> = rows
        .iter()
        .map(|(u, plan, c)| {
            let url = match c {
                Some(c) => format!("{base}{}", commitment_href(commune, plan.id, c.id)),
                None => format!("{base}{}", plan_href(commune, plan.id)),
            };
            let what = match c {
                Some(c) => format!("{}. {}", c.number, c.title(ctx.lang)),
                None => plan.title(ctx.lang).to_string(),
            };
            AtomEntry {
                title: format!("{what} — {}", update_text(ctx, u)),
                id: format!("{url}#update-{}", u.id),
                link: url,
                updated: u.created_at,
                published: None,
                author: commune.name(ctx.lang),
                summary: update_text(ctx, u),
            }
        })
        .collect();
    feed(ctx.lang, &title, &home, &entries)
}
