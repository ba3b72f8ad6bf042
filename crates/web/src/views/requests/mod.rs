//! Pages of access to information (law 31.13) and complaints (decree 2.17.265). Public
//! pages carry no personal data; identity document numbers are shown nowhere.

pub mod complaints;
pub mod officer;
pub mod officer_complaints;
pub mod public;

use super::form::{self, FieldErrors};
use crate::ctx::Ctx;
use crate::forms::requests::ListQuery;
use crate::views::communes::admin::shell;
use crate::views::layout::flash;
use maud::{html, Markup};
use musharaka_communes::Commune;
use musharaka_core::time::{format_date, format_datetime};
use musharaka_requests::records::HistoryRow;

fn i18n() -> &'static musharaka_core::I18n {
    crate::state::i18n()
}

pub(crate) fn date(ctx: &Ctx, d: chrono::NaiveDate) -> String {
    format_date(i18n(), ctx.lang, d)
}

/// The keys of an enumeration, in the order of `all`, for [`options`].
pub(crate) fn keys<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|k| key(*k)).collect()
}

/// (key, translated label) options for a select, the label `<prefix>-<key>`, after an
/// empty choice labelled `req-choose`.
pub(crate) fn options(ctx: &Ctx, prefix: &str, keys: &[&str]) -> Vec<(String, String)> {
    std::iter::once((String::new(), ctx.t("req-choose")))
        .chain(
            keys.iter()
                .map(|k| (k.to_string(), ctx.t(&format!("{prefix}-{k}")))),
        )
        .collect()
}

/// A labelled text area.
pub(crate) fn textarea(
    ctx: &Ctx,
    errors: &FieldErrors,
    name: &str,
    label: &str,
    value: &str,
) -> Markup {
    form::textarea(ctx, errors, name, label, value, 4)
}

/// A labelled checkbox.
pub(crate) fn checkbox(ctx: &Ctx, name: &str, label: &str, checked: bool) -> Markup {
    html! {
        div.field {
            label { input type="checkbox" name=(name) value="1" checked[checked]; " " (ctx.t(label)) }
        }
    }
}

/// A history, oldest first: `<prefix>-history-<kind>` with its detail; internal lines
/// marked.
pub(crate) fn history(ctx: &Ctx, rows: &[HistoryRow], prefix: &str) -> Markup {
    html! {
        ol.timeline {
            @for h in rows {
                li {
                    time { (format_datetime(i18n(), ctx.lang, h.created_at)) } " — "
                    (ctx.t(&format!("{prefix}-history-{}", h.kind)))
                    @if h.internal { " " span.badge { (ctx.t("cmp-internal")) } }
                    @if let Some(d) = &h.detail { div.muted { (d) } }
                }
            }
        }
    }
}

/// An officer's list (`section` of the tabs, at `base`): the switch between open and all,
/// `table` (or a note that there is none) with its pages, then the heading `register` over
/// the form that enters a new one.
pub(crate) fn officer_list(
    ctx: &Ctx,
    commune: &Commune,
    (section, base): (&str, &str),
    q: &ListQuery,
    (empty, page, has_next): (bool, i64, bool),
    table: Markup,
    (register, form): (&str, Markup),
) -> Markup {
    let page_base = if q.open_only() {
        format!("{base}?")
    } else {
        format!("{base}?all=1&")
    };
    officer_shell(
        ctx,
        commune,
        (section, q.done.as_deref()),
        html! {
            p { @if q.open_only() { a href={ (base) "?all=1" } { (ctx.t("req-show-all")) } } @else { a href=(base) { (ctx.t("req-show-open")) } } }
            @if empty { p.muted { (ctx.t("req-none")) } }
            (table)
            (pagination(ctx, &page_base, page, has_next))
            h2 id="register" { (ctx.t(register)) }
            (form)
        },
    )
}

/// A back-office page of this domain: the tabs (`section` current), what was `done`, the
/// `body`.
pub(crate) fn officer_shell(
    ctx: &Ctx,
    commune: &Commune,
    (section, done): (&str, Option<&str>),
    body: Markup,
) -> Markup {
    shell(
        ctx,
        commune,
        "",
        html! {
            (officer_nav(ctx, commune, section))
            (flash(ctx, done))
            (body)
        },
    )
}

/// The back office's tabs for this domain.
pub(crate) fn officer_nav(ctx: &Ctx, commune: &Commune, current: &str) -> Markup {
    let base = format!("/{}/admin", commune.slug);
    let tabs = [
        ("/information", "req-admin-requests"),
        ("/information/publications", "req-admin-publications"),
        ("/complaints", "cmp-admin-title"),
    ];
    crate::views::layout::tabs(ctx, &ctx.t("req-admin-requests"), &base, &tabs, current)
}

/// "N working days left" / "due today" / "N working days late".
pub(crate) fn days_left(ctx: &Ctx, n: i64) -> Markup {
    html! {
        @if n > 0 {
            span.badge { (ctx.ta("req-days-left", &[("days", n.into())])) }
        } @else if n == 0 {
            span.badge.warn { (ctx.t("req-due-today")) }
        } @else {
            span.badge.error { (ctx.ta("req-days-late", &[("days", (-n).into())])) }
        }
    }
}

/// Pagination links for `base` (a path with its query so far, ending in `?` or `&`).
pub(crate) fn pagination(ctx: &Ctx, base: &str, page: i64, has_next: bool) -> Markup {
    html! {
        nav.pagination {
            @if page > 1 { a rel="prev" href={ (base) "page=" (page - 1) } { (ctx.t("pagination-previous")) } }
            span { (ctx.ta("pagination-page", &[("page", page.into())])) }
            @if has_next { a rel="next" href={ (base) "page=" (page + 1) } { (ctx.t("pagination-next")) } }
        }
    }
}
