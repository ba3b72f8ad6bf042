//! The national page and a commune's home.

use crate::ctx::Ctx;
use crate::views::layout::head_row;
use crate::views::layout::render;
use crate::views::layout::titled;
use maud::{html, Markup};
use musharaka_communes::model::CommitteeWithMembers;
use musharaka_communes::{Commune, CouncilMember, CouncilRole};
use musharaka_core::time::format_date;

/// Numbers grouped for reading: 80 149 (the one helper, [`musharaka_core::i18n::format_count`]).
pub fn grouped(n: i64) -> String {
    musharaka_core::i18n::format_count(n)
}

pub fn national(
    ctx: &Ctx,
    communes: &[Commune],
    petitions: &crate::views::petitions::Summary,
) -> Markup {
    titled(
        ctx,
        "home-title",
        html! {
            p.muted { (ctx.t("home-intro")) }
            p { (ctx.ta("communes-count", &[("count", communes.len().into())])) }
            h2 { (ctx.t("home-petitions")) }
            div.grid {
                div.card { strong { (grouped(petitions.filed as i64)) } div { (ctx.t("pet-sum-filed")) } }
                div.card { strong { (grouped(petitions.accepted as i64)) } div { (ctx.t("pet-sum-accepted")) } }
                div.card { strong { (grouped(petitions.rejected as i64)) } div { (ctx.t("pet-sum-rejected")) } }
                div.card { strong { (grouped(petitions.overdue as i64)) } div { (ctx.t("pet-sum-overdue")) } }
                div.card { strong { (petitions.median_days.map(|d| d.to_string()).unwrap_or_else(|| "—".into())) } div { (ctx.t("pet-sum-median")) } }
            }
            table {
                (head_row(ctx, &["col-commune", "col-province", "col-region", "col-population", "home-sections"]))
                tbody {
                    @for c in communes {
                        tr {
                            td { a href={ "/" (c.slug) } { (c.name(ctx.lang)) } }
                            td { (c.province(ctx.lang)) }
                            td { (c.region(ctx.lang)) }
                            td.num { (grouped(c.population)) " (" (c.census_year) ")" }
                            td {
                                a href={ "/" (c.slug) "/petitions" } { (ctx.t("pet-list-link")) } " · "
                                a href={ "/" (c.slug) "/budgets" } { (ctx.t("pb-title")) } " · "
                                a href={ "/" (c.slug) "/council" } { (ctx.t("commune-council-sessions")) }
                            }
                        }
                    }
                }
            }
        },
    )
}

pub fn member_role(ctx: &Ctx, m: &CouncilMember) -> String {
    match (m.role(), m.vice_rank) {
        (CouncilRole::VicePresident, Some(rank)) => {
            ctx.ta("role-vice_president-rank", &[("rank", rank.into())])
        }
        (role, _) => ctx.t(&format!("role-{}", role.key())),
    }
}

/// The council's permanent committees: each with its purpose (art. 25), its chair, marked
/// when in the opposition (art. 27), and how many members (the commune's and the council's
/// public pages).
pub fn committees_section(
    ctx: &Ctx,
    committees: &[CommitteeWithMembers],
    members: &[CouncilMember],
) -> Markup {
    html! {
        h2 id="committees" { (ctx.t("commune-committees")) }
        @if committees.is_empty() { p.muted { (ctx.t("commune-no-committees")) } }
        div.grid {
            @for c in committees {
                div.card {
                    strong { (c.committee.name(ctx.lang)) }
                    div.muted { (ctx.t(&format!("committee-purpose-{}", c.committee.purpose().key()))) }
                    @if let Some(chair) = c.committee.chair_member_id.and_then(|id| members.iter().find(|m| m.id == id)) {
                        div {
                            (ctx.ta("committee-chair", &[("name", chair.name(ctx.lang).into())]))
                            @if chair.opposition { " " span.badge { (ctx.t("committee-chair-opposition")) } }
                        }
                    }
                    div.muted { (ctx.ta("members-count", &[("count", c.member_ids.len().into())])) }
                }
            }
        }
    }
}

pub fn commune_home(
    ctx: &Ctx,
    commune: &Commune,
    members: &[CouncilMember],
    committees: &[CommitteeWithMembers],
) -> Markup {
    let name = commune.name(ctx.lang);
    let (bureau, others): (Vec<&CouncilMember>, Vec<&CouncilMember>) = members
        .iter()
        .partition(|m| m.role() != CouncilRole::Member);
    let title = format!("{} — {name}", ctx.t("commune-council"));
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            p.muted {
                (commune.province(ctx.lang)) " — " (commune.region(ctx.lang)) " · "
                (ctx.ta("commune-population", &[("population", grouped(commune.population).into()), ("year", commune.census_year.into())]))
                @if commune.has_arrondissements { " · " (ctx.t("commune-arrondissements")) }
            }
            nav.admin aria-label=(name) {
                a href={ "/" (commune.slug) "/petitions" } { (ctx.t("pet-list-link")) }
                a href={ "/" (commune.slug) "/bodies" } { (ctx.t("bod-list-link")) }
                a href={ "/" (commune.slug) "/cocreation" } { (ctx.t("cc-list-link")) }
                a href={ "/" (commune.slug) "/consultations" } { (ctx.t("cons-list-link")) }
                a href={ "/" (commune.slug) "/information" } { (ctx.t("req-home-link")) }
                a href={ "/" (commune.slug) "/programme" } { (ctx.t("prog-home-link")) }
                a href={ "/" (commune.slug) "/council" } { (ctx.t("commune-council-sessions")) }
            }
            h2 id="council" { (ctx.t("home-bureau")) " " span.badge { (ctx.ta("members-count", &[("count", members.len().into())])) } }
            @if members.is_empty() { p.muted { (ctx.t("commune-no-members")) } }
            div.grid {
                @for m in &bureau {
                    div.card {
                        strong { bdi { (m.name(ctx.lang)) } }
                        div { (member_role(ctx, m)) }
                        @if let Some(g) = &m.political_group { div.muted { (ctx.ta("member-group", &[("group", g.as_str().into())])) } }
                        div.muted { (ctx.ta("member-term", &[("start", format_date(crate::state::i18n(), ctx.lang, m.term_start).into())])) }
                    }
                }
            }
            @if !others.is_empty() {
                details {
                    summary { (ctx.t("role-member")) " (" (others.len()) ")" }
                    ul.plain {
                        @for m in &others {
                            li { bdi { (m.name(ctx.lang)) } @if let Some(g) = &m.political_group { span.muted { " — " (g) } } }
                        }
                    }
                }
            }
            (committees_section(ctx, committees, members))
            h2 { (ctx.t("commune-contact")) }
            dl {
                @if !commune.address(ctx.lang).is_empty() { dt { (ctx.t("commune-address")) } dd { (commune.address(ctx.lang)) } }
                @if !commune.phone.is_empty() { dt { (ctx.t("commune-phone")) } dd dir="ltr" { (commune.phone) } }
                @if !commune.email.is_empty() { dt { (ctx.t("commune-email")) } dd { a href={ "mailto:" (commune.email) } { (commune.email) } } }
            }
        },
    )
}
