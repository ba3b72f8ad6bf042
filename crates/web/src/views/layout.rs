//! The page shell: language and direction, header with the language switch, footer.

use crate::assets;
use crate::ctx::Ctx;
use crate::state::i18n;
use maud::{html, Markup, DOCTYPE};
use musharaka_core::Lang;

/// What the shell needs to know about the request.
pub struct Chrome {
    pub lang: Lang,
    pub csrf: String,
    pub path: String,
    pub user_name: Option<String>,
    pub is_staff: bool,
    pub is_platform_admin: bool,
}

impl From<&Ctx> for Chrome {
    fn from(ctx: &Ctx) -> Self {
        Chrome {
            lang: ctx.lang,
            csrf: ctx.csrf.clone(),
            path: ctx.path.clone(),
            user_name: ctx.user.as_ref().map(|u| u.account.name.clone()),
            is_staff: ctx
                .user
                .as_ref()
                .is_some_and(|u| u.is_platform_admin() || !u.roles.is_empty()),
            is_platform_admin: ctx.user.as_ref().is_some_and(|u| u.is_platform_admin()),
        }
    }
}

fn lang_href(lang: Lang, path: &str) -> String {
    let q = serde_urlencoded::to_string([("next", path)]).unwrap_or_default();
    format!("/lang/{}?{q}", lang.code())
}

pub fn page(chrome: &Chrome, title: &str, body: Markup) -> Markup {
    let t = |id: &str| i18n().t(chrome.lang, id, &[]);
    html! {
        (DOCTYPE)
        html lang=(chrome.lang.code()) dir=(chrome.lang.dir()) {
            (head(title, &t("app-name"), false))
            body {
                a.skip href="#content" { (t("skip-to-content")) }
                header.site {
                    div.bar {
                        a.brand href="/" { (t("app-name")) }
                        nav aria-label=(t("nav-home")) {
                            a href="/" { (t("nav-communes")) }
                            @if let Some(name) = &chrome.user_name {
                                @if chrome.is_staff { a href="/admin" { (t("nav-admin")) } }
                                @if chrome.is_platform_admin { a href="/admin/platform/communes" { (t("nav-platform")) } }
                                a href="/profile" title=(name) { (t("nav-profile")) }
                                form method="post" action="/logout" {
                                    input type="hidden" name="csrf_token" value=(chrome.csrf);
                                    button.link type="submit" { (t("nav-logout")) }
                                }
                            } @else {
                                a href=(crate::views::login_href(&chrome.path)) { (t("nav-login")) }
                                a href="/register" { (t("nav-register")) }
                            }
                        }
                        nav.langs aria-label=(t("nav-language")) {
                            @for l in Lang::ALL {
                                @let name = i18n().t(l, "lang-name", &[]);
                                @if l == chrome.lang {
                                    a href=(lang_href(l, &chrome.path)) lang=(l.code()) aria-current="true" { (name) }
                                } @else {
                                    a href=(lang_href(l, &chrome.path)) lang=(l.code()) hreflang=(l.code()) { (name) }
                                }
                            }
                        }
                    }
                }
                main id="content" { (body) }
                footer.site {
                    @let base = commune_base(&chrome.path);
                    nav aria-label=(t("footer-nav")) {
                        a href={ (base) "/privacy" } { (t("footer-privacy")) }
                        a href={ (base) "/accessibility" } { (t("footer-accessibility")) }
                        a href={ (base) "/legal" } { (t("footer-legal")) }
                    }
                    p { (t("footer-text")) }
                }
            }
        }
    }
}

/// `/{slug}` when the page belongs to a commune's site (its footer links that commune's
/// notices), else the empty string (the platform's notices).
fn commune_base(path: &str) -> String {
    let first = path
        .trim_start_matches('/')
        .split(['/', '?'])
        .next()
        .unwrap_or_default();
    if musharaka_communes::rules::valid_slug(first) {
        format!("/{first}")
    } else {
        String::new()
    }
}

/// "N days left" with the Fluent id `left_id` (argument `days`), or "overdue by N days"
/// when the count went below zero (never "-3 days left").
pub fn days_left(ctx: &Ctx, left_id: &str, days: i64) -> String {
    if days >= 0 {
        ctx.ta(left_id, &[("days", days.into())])
    } else {
        ctx.ta("days-overdue", &[("days", (-days).into())])
    }
}

/// Shortcut for handlers: the shell around a body, from the request context.
pub fn render(ctx: &Ctx, title: &str, body: Markup) -> Markup {
    page(&Chrome::from(ctx), title, body)
}

/// A message strip shown after an action (`?done=<fluent id>`).
pub fn flash(ctx: &Ctx, done: Option<&str>) -> Markup {
    html! {
        @if let Some(id) = done.filter(|id| id.chars().all(|c| c.is_ascii_lowercase() || c == '-')) {
            p.flash.ok role="status" { (ctx.t(id)) }
        }
    }
}

/// A table's head: one column header (`scope="col"`) per Fluent id, in order.
/// A row of tabs (`nav.admin` named `label`): each (path, Fluent id) links below `base`,
/// the `current` one marked as the page.
pub fn tabs(ctx: &Ctx, label: &str, base: &str, tabs: &[(&str, &str)], current: &str) -> Markup {
    html! {
        nav.admin aria-label=(label) {
            @for (path, name) in tabs {
                @if *path == current {
                    a href={ (base) (path) } aria-current="page" { (ctx.t(name)) }
                } @else {
                    a href={ (base) (path) } { (ctx.t(name)) }
                }
            }
        }
    }
}

pub fn head_row(ctx: &Ctx, columns: &[&str]) -> Markup {
    html! {
        thead { tr { @for c in columns { th scope="col" { (ctx.t(c)) } } } }
    }
}

/// A page whose heading is its title, the Fluent id `title_id`.
pub fn titled(ctx: &Ctx, title_id: &str, body: Markup) -> Markup {
    let title = ctx.t(title_id);
    render(ctx, &title, html! { h1 { (title) } (body) })
}

/// A document's `head`: charset, viewport, `noindex` for pages not to index, the title
/// (`title — suffix`) and the stylesheet.
pub fn head(title: &str, suffix: &str, noindex: bool) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            @if noindex { meta name="robots" content="noindex"; }
            title { (title) " — " (suffix) }
            link rel="stylesheet" href=(assets::css_href());
        }
    }
}
