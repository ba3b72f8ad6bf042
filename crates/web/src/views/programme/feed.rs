//! The Atom feed of the programme's updates (RFC 4287), written as real XML; no personal
//! data.

use super::*;
use crate::views::xml::Xml;
use musharaka_programme::records::CommitmentRow;

fn stamp(d: chrono::NaiveDateTime) -> String {
    d.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub fn atom(
    ctx: &Ctx,
    commune: &Commune,
    rows: &[(UpdateRow, PlanRow, Option<CommitmentRow>)],
    base: &str,
) -> String {
    let updated = rows
        .iter()
        .map(|r| r.0.created_at)
        .max()
        .unwrap_or_default();
    let home = format!("{base}/{}/programme", commune.slug);
    let self_url = format!("{home}.atom");
    let title = ctx.ta(
        "prog-feed-title",
        &[("commune", commune.name(ctx.lang).into())],
    );
    let mut x = Xml::new();
    x.open(
        "feed",
        &[
            ("xmlns", "http://www.w3.org/2005/Atom"),
            ("xml:lang", ctx.lang.code()),
        ],
    )
    .text("title", &[], &title)
    .text("id", &[], &home)
    .empty("link", &[("href", &home)])
    .empty("link", &[("rel", "self"), ("href", &self_url)])
    .text("updated", &[], &stamp(updated));
    for (u, plan, c) in rows {
        let url = match c {
            Some(c) => format!("{base}{}", commitment_href(commune, plan.id, c.id)),
            None => format!("{base}{}", plan_href(commune, plan.id)),
        };
        let what = match c {
            Some(c) => format!("{}. {}", c.number, c.title(ctx.lang)),
            None => plan.title(ctx.lang).to_string(),
        };
        x.open("entry", &[])
            .text("title", &[], &format!("{what} — {}", update_text(ctx, u)))
            .text("id", &[], &format!("{url}#update-{}", u.id))
            .empty("link", &[("href", &url)])
            .text("updated", &[], &stamp(u.created_at))
            .open("author", &[])
            .text("name", &[], commune.name(ctx.lang))
            .close()
            .text("summary", &[], &update_text(ctx, u))
            .close();
    }
    x.finish()
}
