//! The privacy notice (law 09.08), the accessibility statement and the legal information,
//! the platform's or a commune's with its contacts; and the admin's form for them.

use crate::ctx::Ctx;
use crate::forms::notices::NoticesForm;
use crate::routes::communes::notices::Notice;
use crate::views::communes::admin::shell_done;
use crate::views::form::{self, FieldErrors};
use crate::views::layout::render;
use maud::{html, Markup};
use musharaka_communes::notices::Notices;
use musharaka_communes::Commune;

/// A contact line: a label, then the value isolated in its own direction (an address in
/// Latin letters, a phone number) so it stays beside its label in Arabic.
fn contact(ctx: &Ctx, label: &str, value: &str, link: Option<&str>) -> Markup {
    html! {
        @if !value.trim().is_empty() {
            dt { (ctx.t(label)) }
            dd {
                @match link {
                    Some(href) => { a href=(href) dir="ltr" { bdi { (value) } } }
                    None => { bdi dir="auto" { (value) } }
                }
            }
        }
    }
}

/// The commune's general contact (address, phone, e-mail), the fallback for every notice.
fn general_contact(ctx: &Ctx, c: &Commune) -> Markup {
    html! {
        (contact(ctx, "commune-address", c.address(ctx.lang), None))
        @if !c.phone.is_empty() {
            dt { (ctx.t("commune-phone")) }
            dd { a href={ "tel:" (c.phone.replace(' ', "")) } dir="ltr" { bdi { (c.phone) } } }
        }
        @if !c.email.is_empty() { (contact(ctx, "commune-email", &c.email, Some(&format!("mailto:{}", c.email)))) }
    }
}

pub fn notice(
    ctx: &Ctx,
    commune: Option<&Commune>,
    notices: Option<&Notices>,
    which: Notice,
    retention_months: u32,
) -> Markup {
    let empty = Notices::default();
    let n = &notices.unwrap_or(&empty).facts;
    let title_id = match which {
        Notice::Privacy => "notices-privacy-title",
        Notice::Accessibility => "notices-accessibility-title",
        Notice::Legal => "notices-legal-title",
    };
    let title = match commune {
        Some(c) => format!("{} — {}", ctx.t(title_id), c.name(ctx.lang)),
        None => ctx.t(title_id),
    };
    let name = commune.map(|c| c.name(ctx.lang).to_string());
    render(
        ctx,
        &title,
        html! {
            h1 { (title) }
            @match which {
                Notice::Privacy => {
                    @match &name {
                        Some(name) => p { (ctx.ta("notices-privacy-controller", &[("commune", name.as_str().into())])) },
                        None => p { (ctx.t("notices-privacy-controller-national")) },
                    }
                    h2 { (ctx.t("notices-privacy-what-title")) }
                    ul {
                        li { (ctx.t("notices-privacy-account")) }
                        li { (ctx.t("notices-privacy-petition")) }
                        li { (ctx.t("notices-privacy-vote")) }
                        li { (ctx.t("notices-privacy-writing")) }
                        li { (ctx.t("notices-privacy-technical")) }
                    }
                    h2 { (ctx.t("notices-privacy-how-long-title")) }
                    p { (ctx.ta("notices-privacy-how-long", &[("months", retention_months.into())])) }
                    h2 { (ctx.t("notices-privacy-who-title")) }
                    p { (ctx.t("notices-privacy-who")) }
                    h2 { (ctx.t("notices-privacy-rights-title")) }
                    p { (ctx.t("notices-privacy-rights")) }
                    @if let Some(c) = commune {
                        dl.contact {
                            (contact(ctx, "notices-privacy-contact", &n.privacy_contact, None))
                            @if !n.privacy_email.is_empty() { (contact(ctx, "commune-email", &n.privacy_email, Some(&format!("mailto:{}", n.privacy_email)))) }
                            @if !n.privacy_phone.is_empty() { (contact(ctx, "commune-phone", &n.privacy_phone, Some(&format!("tel:{}", n.privacy_phone.replace(' ', ""))))) }
                            (contact(ctx, "notices-cndp", &n.cndp_reference, None))
                            @if n.privacy_email.is_empty() && n.privacy_phone.is_empty() {
                                dt { (ctx.t("notices-contact-missing")) }
                                dd {}
                                (general_contact(ctx, c))
                            }
                        }
                    }
                }
                Notice::Accessibility => {
                    p { (ctx.t("notices-accessibility-intro")) }
                    p { (ctx.t("notices-accessibility-status")) }
                    p { (ctx.t("notices-accessibility-limits")) }
                    h2 { (ctx.t("notices-accessibility-email")) }
                    p { (ctx.t("notices-accessibility-contact")) }
                    @if let Some(c) = commune {
                        dl.contact {
                            @if !n.accessibility_email.is_empty() {
                                (contact(ctx, "commune-email", &n.accessibility_email, Some(&format!("mailto:{}", n.accessibility_email))))
                            } @else {
                                (general_contact(ctx, c))
                            }
                        }
                    }
                }
                Notice::Legal => {
                    h2 { (ctx.t("notices-legal-publisher-title")) }
                    @match &name {
                        Some(name) => p { (ctx.ta("notices-legal-publisher", &[("commune", name.as_str().into())])) },
                        None => p { (ctx.t("notices-legal-publisher-national")) },
                    }
                    @if let Some(c) = commune {
                        dl.contact {
                            (contact(ctx, "notices-legal-director", &n.publisher, None))
                            (general_contact(ctx, c))
                        }
                    }
                    @if !n.host.is_empty() {
                        h2 { (ctx.t("notices-legal-host")) }
                        p { bdi dir="auto" { (n.host) } }
                    }
                    h2 { (ctx.t("notices-legal-software-title")) }
                    p { (ctx.t("notices-legal-software")) }
                }
            }
        },
    )
}

pub fn admin_form(
    ctx: &Ctx,
    commune: &Commune,
    f: &NoticesForm,
    errors: &FieldErrors,
    done: Option<&str>,
) -> Markup {
    let action = format!("/{}/admin/notices", commune.slug);
    let field = |name, label, value: &str, kind| {
        form::typed(ctx, errors, kind, (name, label, value), false)
    };
    let content = html! {
        p.muted { (ctx.t("notices-admin-intro")) " "
            a href={ "/" (commune.slug) "/privacy" } { (ctx.t("footer-privacy")) } " · "
            a href={ "/" (commune.slug) "/accessibility" } { (ctx.t("footer-accessibility")) } " · "
            a href={ "/" (commune.slug) "/legal" } { (ctx.t("footer-legal")) } }
        (form::post_form(ctx, errors, &action, html! {
            (field("privacy_contact", "notices-privacy-contact", &f.privacy_contact, "text"))
            (field("privacy_email", "notices-field-privacy-email", &f.privacy_email, "email"))
            (field("privacy_phone", "notices-field-privacy-phone", &f.privacy_phone, "tel"))
            (field("cndp_reference", "notices-cndp", &f.cndp_reference, "text"))
            (field("accessibility_email", "notices-accessibility-email", &f.accessibility_email, "email"))
            (field("publisher", "notices-legal-director", &f.publisher, "text"))
            (form::field(ctx, errors, "host", "notices-legal-host", html! {
                textarea id="host" name="host" rows="3" { (f.host) }
            }))
        }, "admin-save"))
    };
    shell_done(ctx, commune, "/notices", done, content)
}
