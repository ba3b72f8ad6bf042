//! The platform administration pages: every commune, and the creation form.

use crate::ctx::Ctx;
use crate::forms::platform::NewCommuneForm;
use crate::state::i18n;
use crate::views::communes::admin::{commune_fields, pager};
use crate::views::form::{self, csrf, FieldErrors, Input};
use crate::views::layout::head_row;
use crate::views::layout::{flash, render};
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_core::time::{format_date, local_date};

const LIST: &str = "/admin/platform/communes";

/// The platform page shell: title and the area's tabs.
fn shell(ctx: &Ctx, current: &str, body: Markup) -> Markup {
    let title = ctx.t("platform-title");
    let tabs = [
        (LIST, "platform-communes"),
        ("/admin/platform/communes/new", "platform-commune-new"),
    ];
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            nav.admin aria-label=(title) {
                @for (href, label) in tabs {
                    a href=(href) aria-current=[(href == current).then_some("page")] { (ctx.t(label)) }
                }
            }
            (body)
        },
    )
}

/// One page of the commune list, each with its number of role holders.
pub struct CommuneList<'a> {
    pub rows: &'a [(Commune, i64)],
    pub words: &'a str,
    pub page: i64,
    pub has_next: bool,
}

fn commune_row(ctx: &Ctx, c: &Commune, holders: i64) -> Markup {
    html! {
        tr {
            td { bdi lang="ar" { (c.name_ar) } }
            td { bdi lang="fr" { (c.name_fr) } }
            td { a href={ "/" (c.slug) } { code { (c.slug) } } }
            td { (c.region(ctx.lang)) }
            td { (c.province(ctx.lang)) }
            td { (format_date(i18n(), ctx.lang, local_date(c.created_at))) }
            td { (holders) }
            td { a href={ "/" (c.slug) "/admin" } { (ctx.t("nav-admin")) } }
        }
    }
}

pub fn communes(ctx: &Ctx, list: &CommuneList<'_>, done: Option<&str>) -> Markup {
    let base = match list.words {
        "" => LIST.to_string(),
        w => format!(
            "{LIST}?{}",
            serde_urlencoded::to_string([("q", w)]).unwrap_or_default()
        ),
    };
    shell(
        ctx,
        LIST,
        html! {
            (flash(ctx, done))
            form.inline method="get" action=(LIST) role="search" {
                label for="q" { (ctx.t("search-label")) }
                input id="q" name="q" type="search" value=(list.words);
                button type="submit" { (ctx.t("search-submit")) }
            }
            @if list.rows.is_empty() { p.muted { (ctx.t("platform-no-communes")) } }
            @else {
                table {
                    (head_row(ctx, &["field-name-ar", "field-name-fr", "field-slug", "col-region", "col-province", "col-created", "col-role-holders", "admin-actions"]))
                    tbody { @for (c, n) in list.rows { (commune_row(ctx, c, *n)) } }
                }
            }
            (pager(ctx, &base, list.page, list.has_next))
        },
    )
}

pub fn commune_form(ctx: &Ctx, f: &NewCommuneForm, errors: &FieldErrors) -> Markup {
    shell(
        ctx,
        "/admin/platform/communes/new",
        html! {
            (form::summary(ctx, errors))
            form.stack method="post" action="/admin/platform/communes/new" novalidate {
                (csrf(ctx))
                (form::text(ctx, errors, "slug", "field-slug", &f.slug, true))
                p.muted { (ctx.t("field-slug-help")) }
                (commune_fields(ctx, errors, &f.commune))
                h2 { (ctx.t("platform-first-admin")) }
                p.muted { (ctx.t("platform-first-admin-help")) }
                (form::input(ctx, errors, Input { name: "admin_email", label: "roles-account-email", value: &f.admin_email, kind: "email", required: false }))
                div {
                    button type="submit" { (ctx.t("platform-commune-create")) } " "
                    a.button.secondary href=(LIST) { (ctx.t("admin-cancel")) }
                }
            }
        },
    )
}
pub mod holidays;
